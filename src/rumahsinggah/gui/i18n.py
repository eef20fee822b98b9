"""Translations: Indonesian source text, English from ``resources/i18n/rumahsinggah_en.qm``;
Qt's built-in texts in Indonesian from ``resources/i18n/qtbase_id.qm``.

Dates go through ``core.dates`` (one formatter for every layer); switching the language here
switches the services' gettext catalogs (``rumahsinggah.i18n``) too.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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

    Widgets that override ``changeEvent`` for ``LanguageChange`` retranslate themselves.
    """
    app = QCoreApplication.instance()
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


def format_date(value: date | datetime | None, *, with_time: bool = False) -> str:
    """22 November 2026 in the interface language (``core.dates``)."""
    return dates.format_date(value, with_time=with_time, language=_state["language"])
