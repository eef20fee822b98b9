"""Starting the desktop application: translator, set-up or sign-in, then the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from rumahsinggah.gui import startup_probe
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
    """The SignedIn of whoever opens the desk (or None when they cancel), and the store's
    paths: the set-up wizard may have chosen a server store instead of ``paths``."""
    from rumahsinggah.gui.signin import SetupWizard, SignInDialog
    from rumahsinggah.storage import first_look  # no database layers before the window

    # A key file without its database: the store is broken, not new. The sign-in window
    # says so and offers the restore.
    if not first_look.is_set_up(paths) and (paths.on_server
                                            or not paths.key_file.exists()):
        wizard = SetupWizard(paths, parent)
        wizard.exec()
        paths = wizard.paths  # a server store, when one was chosen
        if not wizard.restored and not wizard.server_chosen:
            return wizard.signed_in, paths  # set once the administrator page is done
    dialog = SignInDialog(paths, username=prefs.last_username, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, paths
    return dialog.result_signed_in, paths


def run(args: argparse.Namespace) -> int:
    """Sign-in window first; the rest of the application loads while the user types."""
    from rumahsinggah.gui import pyside_sources
    from rumahsinggah.gui.preload import Preloader

    pyside_sources.install()  # before the heavy imports: 30 MB of source text not kept
    from rumahsinggah.locations import resolve_store_paths

    app = make_application()
    prefs = load_preferences()
    install_language(prefs.language)
    # --database, RUMAHSINGGAH_DATABASE or the server chosen at first start; else this desk
    paths = resolve_store_paths(getattr(args, "data_dir", None), getattr(args, "database", None))
    preloader = Preloader()

    def first_window_shown() -> None:
        startup_probe.mark("signin_shown")
        preloader.start()  # after the first paint: it does not share the GIL with it

    QTimer.singleShot(0, first_window_shown)
    signed_in, paths = sign_in_or_set_up(paths, prefs)
    if not preloader.started:
        preloader.start()
    preloader.wait()
    if signed_in is None:
        return 0
    from rumahsinggah.gui.main_window import MainWindow

    prefs.last_username = signed_in.user.username
    save_preferences(prefs)
    window = MainWindow(signed_in.store, paths, signed_in.user, signed_in.actor, prefs)
    window.board.model.loaded.connect(lambda: startup_probe.mark("board_rows"))
    window.show()
    window.run_daily_backup()
    try:
        return app.exec()
    finally:
        window.shutdown()
        signed_in.store.close()
        QCoreApplication.processEvents()
