"""Translations: Indonesian source text, English from ``resources/i18n/rumahsinggah_en.qm``;
Qt's built-in texts in Indonesian from ``resources/i18n/qtbase_id.qm``.

Dates go through ``core.dates`` (one formatter for every layer); switching the language here
switches the services' gettext catalogs (``rumahsinggah.i18n``) too.

A language change reaches only the windows on screen. A window that was shown and is closed
now (a finished wizard, a dialog that ran ``exec()``, a window a test left behind) keeps its
texts until it is shown again, and then retranslates before it paints: its ``changeEvent``
handlers never run on a widget nobody can see, whose door or store may be gone.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from rumahsinggah import i18n as services_i18n
from rumahsinggah.core import dates

MONTHS_ID = dates.MONTHS["id"]
MONTHS_EN = dates.MONTHS["en"]

_state = {"language": "id", "translators": []}


def i18n_dir() -> Path:
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "resources" / "i18n"
        if candidate.is_dir():
            return candidate
    return here.parent / "i18n"


def current_language() -> str:
    return _state["language"]


def install_language(language: str) -> bool:
    """Install the translators for ``language`` ("id" or "en") on the running application.

    Widgets that override ``changeEvent`` for ``LanguageChange`` retranslate themselves;
    closed windows do so when they are shown again (``_hold_closed_windows``).
    """
    app = QCoreApplication.instance()
    _hold_closed_windows()
    for old in _state["translators"]:
        app.removeTranslator(old)
    _state["translators"] = []
    _state["language"] = language if language in ("id", "en") else "id"
    services_i18n.set_language(_state["language"])  # the services' messages and labels too
    loaded = True
    if _state["language"] == "en":
        ours = QTranslator(app)
        loaded = ours.load(str(i18n_dir() / "rumahsinggah_en.qm"))
        if loaded:
            app.installTranslator(ours)
            _state["translators"].append(ours)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        # Qt's own texts (message box buttons, "Show Details...", file dialogs): PySide6 ships
        # no qtbase_id.qm, so ours (resources/i18n/qtbase_id.ts) is installed after Qt's, if
        # any, and wins for the texts it has.
        qt = QTranslator(app)
        if qt.load("qtbase_id", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _state["translators"].append(qt)
        qt_ours = QTranslator(app)
        if qt_ours.load(str(i18n_dir() / "qtbase_id.qm")):
            app.installTranslator(qt_ours)
            _state["translators"].append(qt_ours)
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    return loaded


DEFERRED = "rsLanguageDeferred"  # object name of the filter a closed window carries


class _LanguageOnShow(QObject):
    """On a closed window: swallows the language change while it is hidden, and hands it
    over (once) when the window is shown again."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(DEFERRED)
        self._window = window
        self.pending = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            if self._window.isVisible():
                return False  # shown meanwhile: let it through
            self.pending = True
            return True
        if kind == QEvent.Type.Show:
            window = self._window
            window.removeEventFilter(self)
            self.setObjectName("")  # a language change before the deletion holds it anew
            self.deleteLater()
            if self.pending:
                QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
        return False


def _closed(widget: QWidget) -> bool:
    """A window that was shown (or hidden on purpose) and is not on screen now. A window
    never shown yet still retranslates: it may be read or shown at any moment."""
    return (widget.isWindow() and not widget.isVisible()
            and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide))


def _hold_closed_windows() -> None:
    if not isinstance(QCoreApplication.instance(), QApplication):
        return
    windows = {*QApplication.topLevelWidgets()}
    for window in windows:
        if _closed(window) and window.findChild(
                QObject, DEFERRED, Qt.FindChildOption.FindDirectChildrenOnly) is None:
            _LanguageOnShow(window)


def format_date(value: date | datetime | None, *, with_time: bool = False) -> str:
    """22 November 2026 in the interface language (``core.dates``)."""
    return dates.format_date(value, with_time=with_time, language=_state["language"])
