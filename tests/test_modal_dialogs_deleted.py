"""A dialog opened from a menu with ``exec()`` is deleted once it is closed: parented to the
main window, it would otherwise stay alive and hidden for the whole session, one more for
every opening (and answer every event sent to the windows)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from gui_support import build_template, copy_store, open_window, wait_door


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("modal") / "store", clients=12)


@pytest.mark.parametrize("key", ["letter_book", "sync_desks", "sync_conflicts",
                                 "monthly_recap", "service_level_view"])
def test_a_menu_dialog_closed_is_gone(qtbot, template, tmp_path, messages, key):
    paths = copy_store(template, tmp_path / "store")
    window, signed = open_window(qtbot, paths, "admin" if key.startswith("sync") else "kabid",
                                 counted=False)
    try:
        assert key in window.actions and window.actions[key].action.isEnabled()
        seen: list[str] = []

        def answer() -> None:  # the dialog runs modally: note it, then close it
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog) and not window.door.busy:
                seen.append(type(dialog).__name__)
                dialog.reject()
            else:
                QTimer.singleShot(50, answer)

        for opened in (1, 2):  # opened twice: neither stays behind
            QTimer.singleShot(50, answer)
            window.actions[key].action.trigger()  # returns once the dialog is closed
            qtbot.waitUntil(lambda n=opened: len(seen) == n, timeout=20000)
            wait_door(qtbot, window)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        left = [w for w in window.findChildren(QDialog) if type(w).__name__ == seen[0]]
        assert left == []
    finally:
        window.shutdown()
        signed.store.close()
