"""A language change in the settings reaches the windows on screen, not the closed ones.

In the application, windows closed but not deleted stay behind: a wizard closed with Batal, a
dialog that ran ``exec()`` (holidays, sync, letters...), the main window of a session that
ended. They must not retranslate while nobody sees them (their door may be shut, their store
closed); a closed window shown again reads in the new language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from gui_support import PASSWORD, build_template, copy_store, open_window, wait_door
from rumahsinggah.gui import common, door
from rumahsinggah.gui.board_view import CLIENT_ID_ROLE
from rumahsinggah.gui.calendar_dialog import CalendarDialog
from rumahsinggah.gui.i18n import current_language, install_language
from rumahsinggah.gui.main_window import MainWindow
from rumahsinggah.gui.preferences import Preferences
from rumahsinggah.gui.wizards import IntakeWizard, open_wizard


class _Spy(QObject):
    """Counts the language changes ``target`` receives."""

    def __init__(self, target: QObject) -> None:
        super().__init__()
        self.seen = 0
        target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.seen += 1
        return False


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("closed-windows") / "store", clients=12)


@pytest.fixture
def errors(qapp):
    """Every error the door or a message box would have shown, instead of the dialogs."""
    seen: list[str] = []
    saved = door.replace_dialogs(error=lambda parent, exc, details="": seen.append(repr(exc)))
    saved_messages = dict(common._MESSAGES)
    common.replace_messages(error=lambda p, t, x: seen.append(x), info=lambda *a: None,
                            ask=lambda *a: True)
    install_language("id")
    yield seen
    install_language("id")
    door.replace_dialogs(**saved)
    common._MESSAGES.clear()
    common._MESSAGES.update(saved_messages)


def _window(qtbot, paths, username: str) -> tuple[MainWindow, object]:
    window, signed = open_window(qtbot, paths, username, size=(1200, 700), counted=False)
    return window, signed.store


def _settle(qtbot, window) -> None:
    wait_door(qtbot, window)
    QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))
    QCoreApplication.processEvents()


def test_closed_windows_keep_still_until_shown_again(qtbot, template, tmp_path, errors):
    """Sign in, close a record tab, a wizard and the holidays dialog, switch user, then
    choose English in the settings: the window on screen reads in English at once, the
    closed ones were not touched, and the holidays dialog reads in English when shown."""
    paths = copy_store(template, tmp_path / "store")
    window, store = _window(qtbot, paths, "kabid")
    try:
        record = window.open_client(window.board.model.index(0, 0).data(CLIENT_ID_ROLE))
        qtbot.waitUntil(lambda: record.record is not None, timeout=10000)
        window.close_tab(window.tabs.indexOf(record))

        wizard = open_wizard(IntakeWizard, window.door, window.actor, window)
        qtbot.waitUntil(wizard.isVisible, timeout=5000)
        wait_door(qtbot, window)
        wizard_spy = _Spy(wizard.currentPage())  # reached only through the wizard
        wizard.reject()  # Batal: the wizard is hidden, kept as a child of the window

        holidays: list[CalendarDialog] = []

        def answer() -> None:  # the holidays dialog runs exec()
            modal = QApplication.activeModalWidget()
            if isinstance(modal, CalendarDialog) and modal.loaded:
                holidays.append(modal)
                modal.reject()
            else:
                QTimer.singleShot(50, answer)

        # A dialog kept after exec() (the menu's own are deleted on closing, see
        # test_modal_dialogs_deleted.py): closed, it stays still until shown again.
        kept = CalendarDialog(window.door, window.actor, None, window)
        QTimer.singleShot(50, answer)
        kept.exec()
        assert holidays == [kept] and not kept.isVisible()
        calendar = holidays[0]
        indonesian_title = calendar.windowTitle()

        window.switch_user()
        dialog = window._switch_dialog
        dialog.username.setText("peksos")
        dialog.password.setText(PASSWORD)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.user.username == "peksos", timeout=10000)
        _settle(qtbot, window)

        window.apply_preferences(Preferences(language="en"))  # Pengaturan > Bahasa: English
        assert current_language() == "en"
        qtbot.waitUntil(lambda: window.board.title.text() == "Resident Board", timeout=5000)
        _settle(qtbot, window)
        assert window.menus["file"].title() == "&File"
        assert window.user.full_name in window.user_label.text()
        assert window.user_label.text().startswith("Signed in as"), window.user_label.text()

        assert wizard_spy.seen == 0  # the closed wizard was not reached
        assert calendar.windowTitle() == indonesian_title  # nor the closed dialog

        calendar.show()  # shown again: in the language chosen meanwhile
        english = QCoreApplication.translate("CalendarDialog", "Hari libur kantor")
        assert english != indonesian_title
        assert calendar.windowTitle() == english
        assert calendar.close_button.text() == QCoreApplication.translate(
            "CalendarDialog", "T&utup")
        calendar.close()
        assert errors == []
    finally:
        install_language("id")
        _settle(qtbot, window)
        window.shutdown()
        store.close()


def test_a_window_whose_session_ended_is_not_retranslated(qtbot, template, tmp_path,
                                                           errors):
    """The main window of a session that ended (closed, door shut, store closed) stays
    behind; a language change for the next window must not run its handlers."""
    paths = copy_store(template, tmp_path / "old")
    old, old_store = _window(qtbot, paths, "kabid")
    old.close()
    _settle(qtbot, old)
    old.shutdown()
    old_store.close()
    touched: list[str] = []
    old.retranslate = lambda: touched.append("window")
    old.board.retranslate = lambda: touched.append("board")

    window, store = _window(qtbot, copy_store(template, tmp_path / "new"), "admin")
    try:
        window.set_language("en", save=False)
        qtbot.waitUntil(lambda: window.board.title.text() == "Resident Board", timeout=5000)
        _settle(qtbot, window)
        assert touched == []
        assert old.board.title.text() == "Papan Penghuni"
        assert errors == []
        window.set_language("id", save=False)
        qtbot.waitUntil(lambda: window.board.title.text() == "Papan Penghuni", timeout=5000)
        assert touched == []
    finally:
        install_language("id")
        _settle(qtbot, window)
        window.shutdown()
        store.close()
