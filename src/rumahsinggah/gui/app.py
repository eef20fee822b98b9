"""Starting the desktop application: translator, set-up or sign-in, then the main window."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from rumahsinggah.gui.common import APP_STYLE
from rumahsinggah.gui.i18n import install_language
from rumahsinggah.gui.preferences import load_preferences, save_preferences


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Rumah Singgah")
    app.setOrganizationName("Rumah Singgah")
    app.setStyle("Fusion")
    app.setStyleSheet(APP_STYLE)
    from rumahsinggah.gui.about_dialog import app_icon

    app.setWindowIcon(app_icon())  # every window, the taskbar and the Windows title bar
    return app


def sign_in_or_set_up(paths, prefs, parent=None):
    """The SignedIn of whoever opens the desk, or None when they cancel."""
    from rumahsinggah.gui.signin import SetupWizard, SignInDialog
    from rumahsinggah.services import accounts

    # A key file without its database: the store is broken, not new. The sign-in window
    # says so and offers the restore.
    if not accounts.is_set_up(paths) and not paths.key_file.exists():
        wizard = SetupWizard(paths, parent)
        wizard.exec()
        if not wizard.restored:
            return wizard.signed_in  # set once the administrator page is done
    dialog = SignInDialog(paths, username=prefs.last_username, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_signed_in


STARTUP_PROBE_ENV = "RUMAHSINGGAH_STARTUP_PROBE"


def _startup_probe() -> None:
    """With ``RUMAHSINGGAH_STARTUP_PROBE=1`` the first window (sign-in or set-up) closes as
    soon as it is shown, so a process's wall-clock time is its start-up time (used by
    packaging/test_package.sh to time the installed program against the development one)."""
    if not os.environ.get(STARTUP_PROBE_ENV):
        return
    from PySide6.QtCore import QTimer

    def close_first_window() -> None:
        window = QApplication.activeModalWidget()
        if window is None:
            QTimer.singleShot(10, close_first_window)
            return
        window.close()

    QTimer.singleShot(0, close_first_window)


def run(args: argparse.Namespace) -> int:
    from rumahsinggah.cli.common import data_paths
    from rumahsinggah.gui.main_window import MainWindow

    app = make_application()
    prefs = load_preferences()
    install_language(prefs.language)
    paths = data_paths(args)
    _startup_probe()
    signed_in = sign_in_or_set_up(paths, prefs)
    if signed_in is None:
        return 0
    prefs.last_username = signed_in.user.username
    save_preferences(prefs)
    window = MainWindow(signed_in.store, paths, signed_in.user, signed_in.actor, prefs)
    window.show()
    window.run_daily_backup()
    try:
        return app.exec()
    finally:
        window.shutdown()
        signed_in.store.close()
        QCoreApplication.processEvents()
