"""The main window: menus by role, the board as home tab, records in tabs, lock and switch."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.gui import hooks
from rumahsinggah.gui.board_view import BoardWidget
from rumahsinggah.gui.common import run_modal, show_info, tune_garbage_collector, vocab_label
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.i18n import current_language, format_date, install_language
from rumahsinggah.gui.lock import IdleWatcher, LockScreen
from rumahsinggah.gui.preferences import Preferences, save_preferences
from rumahsinggah.gui.record_view import ClientRecordWidget
from rumahsinggah.gui.server_watch import watch_other_desks
from rumahsinggah.gui.signin import SignInDialog, sign_in_message
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.services import permissions

MENUS = ("file", "case", "view", "settings", "help")


@dataclass
class RegisteredAction:
    key: str
    menu: str
    text: str  # Indonesian source text; translated with the "MainWindow" context
    action: QAction
    roles: tuple[str, ...] = ()
    handler: Callable | None = None
    extra: dict = field(default_factory=dict)
    permission: str = ""  # key in services.permissions.ACTIONS; empty: open to every role
    # False: not offered on this store whatever the role (e.g. the head office's window on
    # a shelter's store); the plugin sets it and calls apply_role().
    available: bool = True


class MainWindow(QMainWindow):
    """Rumah Singgah. ``user`` has username, full_name, role; ``actor`` goes to every write."""

    userChanged = Signal(object)
    languageChanged = Signal(str)

    def __init__(self, store, paths, user, actor, prefs: Preferences | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.paths = paths
        self.user = user
        self.actor = actor
        self.prefs = prefs or Preferences()
        self.door = DbDoor(store, self)
        # A server store: another desk's save refreshes the board here too.
        self.server_watch = watch_other_desks(self.door, store, self)
        self.actions: dict[str, RegisteredAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._hidden_windows: list[QWidget] = []
        self.locked = False

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.board = BoardWidget(self.door, self)
        self.board.openClient.connect(self.open_client)
        self.tabs.addTab(self.board, "")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.LeftSide, None)
        # A demo store says so on every screen: nobody types a real client into it.
        self.demo_banner = QLabel()
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setStyleSheet(
            "QLabel#demoBanner { background: #b00020; color: white; font-weight: bold;"
            " padding: 4px; }")
        self.demo_banner.setVisible(self._is_demo())
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._refusals: dict[str, QShortcut] = {}

        self.user_label = QLabel()
        self.date_label = QLabel()
        self.server_label = QLabel()  # a server store: which one (no user, no password)
        self.statusBar().addWidget(self.user_label, 1)
        self.statusBar().addPermanentWidget(self.server_label)
        self.statusBar().addPermanentWidget(self.date_label)
        self.server_label.setVisible(getattr(paths, "on_server", False))  # None in some tests

        for key in MENUS:
            self.menus[key] = self.menuBar().addMenu("")
        self._builtin_actions()
        self.lock_screen = LockScreen(self)
        self.lock_screen.unlockRequested.connect(self._unlock)
        self.lock_screen.switchRequested.connect(self.switch_user)
        self.idle = IdleWatcher(self.prefs.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)

        hooks.load_plugins()
        for hook in list(hooks.MAIN_WINDOW_HOOKS):
            hook(self)
        fit_window(self, "main", 1360, 820)
        self.retranslate()
        self._apply_role()
        self.board.start()
        self._set_desk_clock()
        tune_garbage_collector()

    # -- the action registry ------------------------------------------------------------
    def register_action(self, menu: str, key: str, text: str, callback: Callable | None = None,
                        *, shortcut: str | QKeySequence | None = None,
                        roles: tuple[str, ...] | list[str] = (),
                        permission: str = "") -> QAction:
        """Add an action to a menu ("file", "case", "view", "settings", "help").

        ``text`` is Indonesian and is translated with the "MainWindow" context;
        ``permission`` (an action of ``services.permissions``) limits who sees it to the roles
        the service accepts (``roles`` is the older, explicit form; empty: everyone). Used by ``gui/wizards`` through ``hooks``.
        """
        if key in self.actions:
            raise ValueError(f"action {key!r} already registered")
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if permission:
            roles = permissions.roles_for(permission)
        entry = RegisteredAction(key, menu, text, action, tuple(str(r) for r in roles),
                                 callback, permission=permission)
        action.triggered.connect(lambda _checked=False, k=key: self.trigger(k))
        self.actions[key] = entry
        self.menus[menu].addAction(action)
        self.addAction(action)
        action.setText(self._tr(text))
        self._apply_role()
        return action

    def set_action_handler(self, key: str, callback: Callable) -> None:
        self.actions[key].handler = callback

    def trigger(self, key: str) -> None:
        if self.locked and key not in ("lock",):
            return
        entry = self.actions[key]
        if entry.handler is not None:
            entry.handler()

    def _tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("MainWindow", text)

    def _builtin_actions(self) -> None:
        reg = self.register_action

        N = QT_TRANSLATE_NOOP  # noqa: N806 - marks text for lupdate ("MainWindow")
        reg("file", "switch_user", N("MainWindow", "&Ganti pengguna\u2026"), self.switch_user,
            shortcut="Ctrl+Shift+U")
        reg("file", "lock", N("MainWindow", "&Kunci layar"), self.lock, shortcut="Ctrl+L")
        self.menus["file"].addSeparator()
        reg("file", "print_board", N("MainWindow", "&Cetak daftar papan (PDF)\u2026"),
            lambda: self.board.export_view("pdf"), shortcut="Ctrl+P")
        reg("file", "export_board", N("MainWindow", "&Ekspor daftar papan (XLSX)\u2026"),
            lambda: self.board.export_view("xlsx"), shortcut="Ctrl+E")
        reg("file", "print_arrivals", N("MainWindow", "Cetak ke&datangan hari ini (PDF)\u2026"),
            lambda: self.board.export_arrivals("pdf"))
        reg("file", "export_arrivals",
            N("MainWindow", "Ekspor kedatangan hari ini (&XLSX)\u2026"),
            lambda: self.board.export_arrivals("xlsx"))
        self.menus["file"].addSeparator()
        reg("file", "quit", N("MainWindow", "&Keluar"), self.close, shortcut="Ctrl+Q")
        reg("case", "new_intake", N("MainWindow", "Pendaftaran klien &baru\u2026"), self._no_wizard,
            shortcut="Ctrl+N", permission="intake.register")
        reg("case", "open_record", N("MainWindow", "&Buka rekam klien"), self._open_current,
            shortcut="Ctrl+O")
        reg("case", "awaiting", N("MainWindow", "Kasus &menunggu keputusan"), self._show_awaiting,
            shortcut="Ctrl+K")
        reg("case", "decide", N("MainWindow", "&Putuskan kasus (Kepala Bidang)\u2026"), self._decide,
            shortcut="Ctrl+D", permission="decision.decide")
        reg("case", "past_limit", N("MainWindow", "Penghuni &lewat batas tinggal"), self._show_past_limit,
            shortcut="Ctrl+T")
        reg("view", "search", N("MainWindow", "&Cari klien"), self.focus_search, shortcut="Ctrl+F")
        reg("view", "refresh", N("MainWindow", "&Muat ulang"), self.refresh, shortcut="F5")
        reg("view", "board", N("MainWindow", "&Papan Penghuni"), self.show_board, shortcut="Ctrl+1")
        reg("view", "close_tab", N("MainWindow", "&Tutup tab"), self.close_current_tab, shortcut="Ctrl+W")
        reg("view", "arrivals_today", N("MainWindow", "&Kedatangan hari ini"),
            self._show_arrivals_today, shortcut="Ctrl+Shift+D")
        reg("view", "reset_filters", N("MainWindow", "Atur &ulang filter"), self._reset_filters,
            shortcut="Ctrl+Shift+R")
        reg("settings", "settings", N("MainWindow", "&Pengaturan\u2026"), self.open_settings,
            shortcut="Ctrl+,", permission="settings.edit")
        reg("settings", "users", N("MainWindow", "Pen&gguna\u2026"), self.open_users, shortcut="Ctrl+U",
            permission="users.manage")
        reg("settings", "calendar", N("MainWindow", "Hari libur &kantor\u2026"),
            self.open_calendar, permission="calendar.edit")
        reg("settings", "duplicates", N("MainWindow", "Data klien &ganda\u2026"),
            self.open_duplicates, permission="duplicates.merge")
        self.menus["settings"].addSeparator()
        reg("settings", "lang_id", N("MainWindow", "Bahasa &Indonesia"), lambda: self.set_language("id"))
        reg("settings", "lang_en", N("MainWindow", "&English"), lambda: self.set_language("en"))
        reg("help", "guide", N("MainWindow", "&Panduan singkat\u2026"), self.open_guide,
            shortcut="F1")
        reg("help", "shortcuts", N("MainWindow", "Pintasan papan &ketik"), self._show_shortcuts,
            shortcut="Shift+F1")
        self._register_about()

    def _set_desk_clock(self) -> None:
        """The wizards show and read times on the user's facility's clock (WIB/WITA/WIT)."""
        from rumahsinggah.gui.wizards import deskclock
        from rumahsinggah.services.calendar import desk_zone

        fid = getattr(self.user, "facility_id", None)

        def job(store):
            with store.read() as s:
                return desk_zone(s, fid)

        self.door.query(job, deskclock.set_zone, lambda _exc: deskclock.set_zone(None))

    def open_calendar(self) -> None:
        from rumahsinggah.gui.calendar_dialog import CalendarDialog

        run_modal(CalendarDialog(self.door, self.actor, getattr(self.user, "facility_id", None),
                                 self))

    def _apply_role(self) -> None:
        role = str(getattr(self.user, "role", "") or "")
        for key, entry in self.actions.items():
            allowed = not entry.roles or role in entry.roles
            entry.action.setVisible(allowed and entry.available)
            entry.action.setEnabled(allowed and entry.available)
            self._refusal_shortcut(key, entry, not allowed)

    def _refusal_shortcut(self, key: str, entry: RegisteredAction, refuse: bool) -> None:
        """A hidden action's shortcut still answers: it says why it is not allowed (the
        role, and who may), instead of doing nothing."""
        shortcut = self._refusals.get(key) if hasattr(self, "_refusals") else None
        if shortcut is None:
            if not refuse or entry.action.shortcut().isEmpty() or not hasattr(self, "_refusals"):
                return
            shortcut = QShortcut(entry.action.shortcut(), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(lambda k=key: self.refuse(k))
            self._refusals[key] = shortcut
        shortcut.setEnabled(refuse)

    def refusal_text(self, key: str) -> str:
        from rumahsinggah.core.vocab import ROLE_LABELS

        entry = self.actions[key]
        role = str(getattr(self.user, "role", "") or "")
        mine = ROLE_LABELS.get(role, role) or self.tr("tanpa peran")
        allowed = ", ".join(ROLE_LABELS.get(r, r) for r in entry.roles)
        what = entry.action.text().replace("&", "").replace("\u2026", "")
        if entry.permission:
            from rumahsinggah.i18n import _

            phrase = _(permissions.phrase(entry.permission))
            return self.tr("\u201c{0}\u201d tidak tersedia: peran {1} tidak berwenang {2}. "
                           "Hanya untuk: {3}.").format(what, mine, phrase, allowed)
        return self.tr("\u201c{0}\u201d tidak tersedia untuk peran {1}. Hanya untuk: {2}."
                       ).format(what, mine, allowed)

    def refuse(self, key: str) -> None:
        if self.locked:
            return
        show_info(self, self.tr("Tidak berwenang"), self.refusal_text(key))

    def can(self, key: str) -> bool:
        entry = self.actions.get(key)
        return entry is not None and entry.action.isVisible()

    # -- actions ------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.show_board()
        self.board.focus_search()

    def refresh(self) -> None:
        self.board.refresh()
        current = self.tabs.currentWidget()
        if isinstance(current, ClientRecordWidget):
            current.reload()

    def show_board(self) -> None:
        self.tabs.setCurrentIndex(0)

    def _show_arrivals_today(self) -> None:
        self.show_board()
        self.board.show_arrivals_today()

    def _reset_filters(self) -> None:
        self.show_board()
        self.board.tabs.setCurrentIndex(0)
        self.board.reset_filters()

    def _is_demo(self) -> bool:
        from rumahsinggah.services import store_setup

        try:
            return bool(self.paths) and store_setup.is_demo(self.paths)
        except Exception:  # noqa: BLE001 - a banner must never stop the window
            return False

    def open_guide(self):
        from rumahsinggah.gui.guide import GuideDialog

        dialog = GuideDialog(str(getattr(self.user, "role", "") or ""), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self._guide = dialog
        return dialog

    def _open_current(self) -> None:
        view = self.board.current_view()
        index = view.currentIndex()
        if index.isValid():
            self.board._open_index(index)

    def selected_case(self) -> tuple[str | None, str | None]:
        """(stay id, client id) of the current record tab, or of the board's selected row."""
        current = self.tabs.currentWidget()
        if isinstance(current, ClientRecordWidget):
            return current.current_case()
        return self.board.selected_case()

    def _show_awaiting(self) -> None:
        self.show_board()
        self.board.tabs.setCurrentIndex(0)
        self.board.set_status_filter("menunggu_keputusan")

    def _show_past_limit(self) -> None:
        self.show_board()
        self.board.tabs.setCurrentIndex(0)
        self.board.set_residency_filter("eligible")

    def _decide(self) -> None:
        # The decision wizard (gui/wizards) sets its own handler; until then, list the cases.
        self._show_awaiting()

    def _no_wizard(self) -> None:
        show_info(self, self.tr("Pendaftaran klien baru"),
                  self.tr("Wisaya pendaftaran belum terpasang pada versi ini."))

    def _show_shortcuts(self) -> None:
        lines = []
        for entry in self.actions.values():
            if entry.action.isVisible() and not entry.action.shortcut().isEmpty():
                text = entry.action.text().replace("&", "").replace("\u2026", "")
                lines.append(f"{entry.action.shortcut().toString()}\t{text}")
        lines.append(self.tr("Enter\tBuka rekam klien yang dipilih"))
        show_info(self, self.tr("Pintasan papan ketik"), "\n".join(lines))

    def open_client(self, client_id: str) -> ClientRecordWidget:
        for i in range(1, self.tabs.count()):
            widget = self.tabs.widget(i)
            if isinstance(widget, ClientRecordWidget) and str(widget.client_id) == client_id:
                self.tabs.setCurrentIndex(i)
                return widget
        widget = ClientRecordWidget(self.door, self.actor, client_id, self)
        index = self.tabs.addTab(widget, self.tr("Rekam klien"))
        widget.titleChanged.connect(lambda title, w=widget: self._retitle(w, title))
        self.tabs.setCurrentIndex(index)
        return widget

    def _retitle(self, widget: QWidget, title: str) -> None:
        index = self.tabs.indexOf(widget)
        if index > 0:
            self.tabs.setTabText(index, title if len(title) <= 28 else title[:27] + "\u2026")

    def close_tab(self, index: int) -> None:
        if index <= 0:
            return
        widget = self.tabs.widget(index)
        if isinstance(widget, ClientRecordWidget) and widget.has_unsaved_changes():
            from rumahsinggah.gui.common import ask_yes_no

            if not ask_yes_no(self, self.tr("Perubahan belum disimpan"),
                              self.tr("Identitas klien ini belum disimpan. Tutup tanpa "
                                      "menyimpan?")):
                return
        self.tabs.removeTab(index)
        widget.deleteLater()

    def close_client_tabs(self) -> None:
        """Close every client record tab (on a switch to another user), unsaved or not."""
        for i in range(self.tabs.count() - 1, 0, -1):
            widget = self.tabs.widget(i)
            self.tabs.removeTab(i)
            widget.deleteLater()

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def open_settings(self):
        from rumahsinggah.gui.settings_view import SettingsDialog

        dialog = SettingsDialog(self.door, self.actor, self.prefs,
                                facility_id=getattr(self.user, "facility_id", None),
                                parent=self)
        dialog.saved.connect(self.apply_preferences)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_users(self):
        from rumahsinggah.gui.users_view import UsersDialog

        dialog = UsersDialog(self.door, self.actor, self.paths, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_duplicates(self):
        from rumahsinggah.gui.duplicates_view import DuplicatesDialog

        dialog = DuplicatesDialog(self.door, self.actor, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def apply_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs
        self.idle.set_minutes(prefs.idle_lock_minutes)
        if prefs.language != current_language():
            self.set_language(prefs.language, save=False)

    def set_language(self, language: str, *, save: bool = True) -> None:
        install_language(language)
        if save:
            self.prefs.language = language
            save_preferences(self.prefs)
        self.languageChanged.emit(language)

    # -- users, lock ----------------------------------------------------------------------
    def set_user(self, signed_in) -> None:
        previous = getattr(self.user, "username", None)
        self.user = signed_in.user
        self.actor = signed_in.actor
        if previous is not None and previous != getattr(self.user, "username", None):
            self.close_client_tabs()  # the next user does not see whom the last one had open
        for i in range(1, self.tabs.count()):
            widget = self.tabs.widget(i)
            if isinstance(widget, ClientRecordWidget):
                widget.actor = self.actor
        self._apply_role()
        self._show_user()
        self._set_desk_clock()
        self.userChanged.emit(self.user)

    def switch_user(self) -> None:
        unsaved = [self.tabs.widget(i) for i in range(1, self.tabs.count())
                   if isinstance(self.tabs.widget(i), ClientRecordWidget)
                   and self.tabs.widget(i).has_unsaved_changes()]
        if unsaved and not self.locked:
            from rumahsinggah.gui.common import ask_yes_no

            if not ask_yes_no(self, self.tr("Perubahan belum disimpan"),
                              self.tr("Ada identitas klien yang belum disimpan. Tab rekam "
                                      "klien ditutup bila pengguna lain masuk. Lanjutkan?")):
                return
        dialog = SignInDialog(self.paths, door=self.door, parent=self)
        dialog.signedIn.connect(self._switched)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._switch_dialog = dialog

    def _switched(self, signed_in) -> None:
        self.set_user(signed_in)
        if self.locked:
            self._finish_unlock()

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.idle.pause()
        self._hidden_windows = [
            w for w in QApplication.topLevelWidgets()
            if w is not self and w.isVisible() and w.isWindow()
        ]
        for w in self._hidden_windows:
            w.hide()
        self.menuBar().setEnabled(False)
        self.tabs.hide()
        self.user_label.setText(self.tr("Layar terkunci"))
        self.lock_screen.show_for(getattr(self.user, "username", ""))

    def _unlock(self, password: str) -> None:
        username = getattr(self.user, "username", "")
        store, paths = self.store, self.paths

        def job(_store):
            from rumahsinggah.services import signin

            return signin.verify_password(store, paths, username, password)

        def done(_signed_in):
            self._finish_unlock()

        self.door.write(job, done, lambda exc: self.lock_screen.failed(sign_in_message(exc)),
                        owner=self)

    def _finish_unlock(self) -> None:
        self.locked = False
        self.lock_screen.succeeded()
        self.tabs.show()
        self.menuBar().setEnabled(True)
        for w in self._hidden_windows:
            w.show()
        self._hidden_windows = []
        self._show_user()
        self.idle.resume()

    def _register_about(self) -> None:
        """Bantuan > Tentang Rumah Singgah (the About dialog), open to every role."""
        N = QT_TRANSLATE_NOOP  # noqa: N806
        self.register_action("help", "about", N("MainWindow", "&Tentang Rumah Singgah\u2026"),
                             self.open_about)

    def open_about(self):
        from rumahsinggah.about import about_info
        from rumahsinggah.gui.about_dialog import AboutDialog

        dialog = AboutDialog(about_info(self.paths, self.store), self)
        dialog.open()
        return dialog

    # -- language -----------------------------------------------------------------------
    def _show_user(self) -> None:
        if self.locked:
            return
        role = vocab_label("role", str(getattr(self.user, "role", "")))
        self.user_label.setText(self.tr("Masuk sebagai {0} ({1})").format(
            getattr(self.user, "full_name", ""), role))
        if getattr(self.paths, "on_server", False):
            from urllib.parse import urlsplit

            where = urlsplit(self.paths.url)
            self.server_label.setText(self.tr("Server: {0}/{1}").format(
                where.hostname or "", where.path.lstrip("/")))
        from rumahsinggah.core.localtime import local_today

        self.date_label.setText(format_date(local_today()))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rumah Singgah"))
        titles = {"file": self.tr("&Berkas"), "case": self.tr("&Kasus"),
                  "view": self.tr("&Tampilan"), "settings": self.tr("&Pengaturan"),
                  "help": self.tr("&Bantuan")}
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        for entry in self.actions.values():
            entry.action.setText(self._tr(entry.text))
        self.tabs.setTabText(0, self.tr("Papan Penghuni"))
        self.demo_banner.setText(self.tr(
            "DEMO \u2014 basis data contoh: data di sini bukan data klien sebenarnya"))
        self._show_user()

    def closeEvent(self, event) -> None:
        unsaved = [self.tabs.widget(i) for i in range(1, self.tabs.count())
                   if isinstance(self.tabs.widget(i), ClientRecordWidget)
                   and self.tabs.widget(i).has_unsaved_changes()]
        if unsaved:
            from rumahsinggah.gui.common import ask_yes_no

            if not ask_yes_no(self, self.tr("Perubahan belum disimpan"),
                              self.tr("Ada identitas klien yang belum disimpan. Keluar "
                                      "tanpa menyimpan?")):
                event.ignore()
                return
        self.idle.stop()
        super().closeEvent(event)

    def run_daily_backup(self) -> None:
        """Today's backup through the door, queued behind the board's first page."""
        store = self.store

        def job(_store):
            from rumahsinggah.services import signin

            return signin.run_daily_backup(store)

        def done(path):
            if path is not None:
                self.statusBar().showMessage(self.tr("Cadangan harian tersimpan."), 8000)

        def failed(exc):
            from rumahsinggah.gui.common import error_text

            self.statusBar().showMessage(
                self.tr("Cadangan harian gagal: {0}").format(error_text(exc)), 30000)

        self.door.write(job, done, failed)

    def shutdown(self) -> None:
        self.idle.stop()
        if self.server_watch is not None:
            self.server_watch.stop()
        self.door.shutdown()
