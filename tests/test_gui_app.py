"""Sign-in, set-up, roles, idle lock, switch user, settings, language, users (pytest-qt)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui_support import (
    FAST,
    PASSWORD,
    VARIANT_NAME,
    build_template,
    copy_store,
    sign_in,
    visible_texts,
    wait_door,
)
from rumahsinggah.gui import common, users_view
from rumahsinggah.gui.board_view import CLIENT_ID_ROLE
from rumahsinggah.gui.i18n import current_language, install_language
from rumahsinggah.gui.main_window import MainWindow
from rumahsinggah.gui.preferences import Preferences, load_preferences, preferences_path
from rumahsinggah.gui.signin import SetupWizard, SignInDialog
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import signin, store_setup
from rumahsinggah.services.settings import load_office_settings


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("gui-app") / "store", clients=120)


@pytest.fixture
def desk(template, tmp_path, qapp):
    common.replace_messages(error=lambda *a: None, info=lambda *a: None, ask=lambda *a: True)
    install_language("id")
    yield copy_store(template, tmp_path / "store")
    install_language("id")


@pytest.fixture
def open_window(qtbot, desk):
    made = []

    def make(username: str) -> MainWindow:
        signed = sign_in(desk, username)
        w = MainWindow(signed.store, desk, signed.user, signed.actor, Preferences())
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitUntil(lambda: w.board.model.ready and w.board.model.counted, timeout=15000)
        wait_door(qtbot, w)
        made.append((w, signed.store))
        return w

    yield make
    for w, store in made:
        w.shutdown()
        store.close()


def _attempt(qtbot, dialog, password):
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=20000)


def test_sign_in_good_and_bad_password(qtbot, desk):
    dialog = SignInDialog(desk, username="kabid")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.password
    _attempt(qtbot, dialog, "salah-sandi")
    assert "salah" in dialog.message.text().lower()
    assert dialog.result_signed_in is None and dialog.password.text() == ""
    with qtbot.waitSignal(dialog.signedIn, timeout=20000) as signal:
        _attempt(qtbot, dialog, PASSWORD)
    signed = signal.args[0]
    try:
        assert signed.user.username == "kabid" and signed.user.role == "kepala_bidang"
        assert dialog.result() == dialog.DialogCode.Accepted
    finally:
        signed.store.close()


def test_sign_in_locked_out_after_repeated_mistakes(qtbot, desk):
    dialog = SignInDialog(desk, username="pramu")
    qtbot.addWidget(dialog)
    for _ in range(signin.FREE_ATTEMPTS):
        _attempt(qtbot, dialog, "salah-sandi")
    _attempt(qtbot, dialog, PASSWORD)  # even the right one waits while paused
    text = dialog.message.text()
    assert text.startswith("Terlalu banyak percobaan yang salah. Coba lagi dalam")
    assert "detik" in text
    assert dialog.result_signed_in is None


def test_empty_fields_are_asked_for(qtbot, desk):
    dialog = SignInDialog(desk)
    qtbot.addWidget(dialog)
    dialog.attempt()
    assert dialog.message.text() == "Isi nama pengguna dan kata sandi."


def test_first_start_set_up_shows_the_recovery_key_once(qtbot, tmp_path, qapp, monkeypatch):
    monkeypatch.setattr(store_setup, "DEFAULT_KDF", FAST)
    monkeypatch.setattr(store_setup.setup, "__kwdefaults__",
                        {**store_setup.setup.__kwdefaults__, "_kdf": FAST})
    paths = DataPaths(tmp_path / "new")
    install_language("id")
    assert not store_setup.is_set_up(paths)
    wizard = SetupWizard(paths)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.facility_page
    page.name.setText("Rumah Singgah Kota Banjarmasin")
    page.code.setText("B!")
    wizard.next()
    assert wizard.currentId() == SetupWizard.FACILITY and "Kode fasilitas" in page.message.text()
    page.code.setText("bjm")
    wizard.next()
    assert wizard.currentId() == SetupWizard.ADMIN
    admin = wizard.admin_page
    admin.full_name.setText("Siti Rahmah")
    admin.username.setText("siti")
    admin.password.setText("sandi-rahasia-1")
    admin.password2.setText("sandi-lain-22")
    wizard.next()
    assert admin.message.text() == "Kedua kata sandi tidak sama."
    admin.password2.setText("sandi-rahasia-1")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SetupWizard.KEY, timeout=30000)
    key = wizard.key_page.key.toPlainText()
    try:
        assert key and key == wizard.recovery_key
        assert wizard.signed_in.user.username == "siti"
        assert store_setup.is_set_up(paths)
        assert wizard.key_page.print_button.text() == "&Cetak\u2026"
        doc = wizard.key_page.document()
        assert key in doc.toPlainText()
    finally:
        wizard.signed_in.store.close()


@pytest.mark.parametrize(("username", "decides", "manages_users", "settings"), [
    ("kabid", True, False, True),
    ("pramu", False, False, False),
    ("peksos", False, False, False),
    ("admin", False, True, True),
])
def test_menus_follow_the_role(open_window, username, decides, manages_users, settings):
    w = open_window(username)
    assert w.can("decide") is decides
    assert w.can("users") is manages_users
    assert w.can("settings") is settings
    assert w.can("search") and w.can("lock") and w.can("refresh")
    texts = [a.text() for a in w.menus["case"].actions() if a.isVisible()]
    assert ("&Putuskan kasus (Kepala Bidang)\u2026" in texts) is decides


def test_switch_user_changes_the_role_and_closes_the_records(open_window, qtbot):
    w = open_window("pramu")
    record = w.open_client(w.board.model.index(0, 0).data(CLIENT_ID_ROLE))
    qtbot.waitUntil(lambda: record.record is not None, timeout=10000)
    assert not w.can("decide")
    w.switch_user()
    dialog = w._switch_dialog
    dialog.username.setText("kabid")
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.user.username == "kabid", timeout=10000)
    assert w.can("decide") and w.actor.username == "kabid"
    assert w.tabs.count() == 1  # the previous user's record tab was closed (issue 15)
    assert "Kepala Bidang Demo" in w.user_label.text()


def test_idle_lock_hides_names_and_keeps_unsaved_work(open_window, qtbot):
    w = open_window("peksos")
    w.board.search.setText(VARIANT_NAME)
    w.board.search_now()
    wait_door(qtbot, w)
    record = w.open_client(w.board.model.index(0, 0).data(CLIENT_ID_ROLE))
    qtbot.waitUntil(lambda: record.record is not None, timeout=10000)
    record.fields["notes"].setPlainText("Catatan belum disimpan")
    settings = w.open_settings() if w.can("settings") else None
    assert any(VARIANT_NAME in t for t in visible_texts(w))
    w.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: w.locked, timeout=5000)
    texts = " ".join(visible_texts(w))
    assert "Layar terkunci" in texts
    assert VARIANT_NAME not in texts and "Catatan belum disimpan" not in texts
    assert not w.tabs.isVisible() and not w.menuBar().isEnabled()
    assert settings is None or not settings.isVisible()
    # shortcuts do nothing while locked
    w.trigger("search")
    assert not w.board.search.hasFocus()
    # a wrong password keeps it locked
    w.lock_screen.password.setText("salah-sandi")
    w.lock_screen._unlock()
    qtbot.waitUntil(lambda: w.lock_screen.message.text() != "", timeout=20000)
    assert w.locked
    w.lock_screen.password.setText(PASSWORD)
    qtbot.keyClick(w.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not w.locked, timeout=20000)
    assert w.tabs.isVisible() and not w.lock_screen.isVisible()
    assert record.fields["notes"].toPlainText() == "Catatan belum disimpan"
    assert any(VARIANT_NAME in t for t in visible_texts(w))


def test_ctrl_l_locks_at_once(open_window, qtbot):
    """The real shortcut: Ctrl+L pressed on the main window (no call to lock() or trigger())."""
    w = open_window("kabid")
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    assert not w.locked and not w.lock_screen.isVisible() and w.idle.timer.isActive()
    QTest.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    # the lock screen covers the window and asks for the password
    assert w.lock_screen.isVisible() and w.lock_screen.geometry() == w.rect()
    assert QApplication.focusWidget() is w.lock_screen.password
    assert "kabid" in w.lock_screen.who.text()
    # the session is locked: no tabs, no menus, no idle countdown, shortcuts do nothing
    assert w.locked and not w.tabs.isVisible() and not w.menuBar().isEnabled()
    assert w.user_label.text() == "Layar terkunci"
    assert not w.idle.timer.isActive()
    QTest.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not w.board.search.hasFocus() and w.locked


def test_settings_are_saved(open_window, qtbot):
    w = open_window("admin")
    dialog = w.open_settings()
    qtbot.waitUntil(lambda: getattr(dialog, "loaded", False), timeout=10000)
    dialog.agency.setText("DINAS SOSIAL KOTA BANJARMASIN")
    dialog.paper.setCurrentIndex(dialog.paper.findData("F4"))
    dialog.signatories.item(1, 0).setText("Hj. Siti Rahmah, S.Sos")
    dialog.signatories.item(1, 1).setText("197001012000032001")
    dialog.signatories.item(1, 2).setText("Kepala Bidang Rehabilitasi Sosial")
    dialog.signatories.item(1, 3).setText("Pembina (IV/a)")
    dialog.office_code.setText("Dinsos.RS")
    dialog.idle.setValue(15)
    dialog.fac_phone.setText("(0511) 111222")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with w.store.read() as s:
        office = load_office_settings(s)
    assert office.agency == "DINAS SOSIAL KOTA BANJARMASIN" and office.paper_size == "F4"
    kabid = office.signatory("kepala_bidang")
    assert (kabid.name, kabid.nip) == ("Hj. Siti Rahmah, S.Sos", "197001012000032001")
    assert kabid.pangkat == "Pembina (IV/a)" and office.code == "Dinsos.RS"
    saved = json.loads(preferences_path().read_text())
    assert saved["idle_lock_minutes"] == 15 and load_preferences().idle_lock_minutes == 15
    assert w.idle.timer.interval() == 15 * 60_000


def test_settings_refuse_a_bad_nip(open_window, qtbot):
    w = open_window("admin")
    dialog = w.open_settings()
    qtbot.waitUntil(lambda: getattr(dialog, "loaded", False), timeout=10000)
    dialog.signatories.item(0, 1).setText("12345")
    dialog.save()
    assert "NIP harus 18 angka" in dialog.message.text() and dialog.isVisible()


def test_language_switch_changes_visible_labels(open_window, qtbot):
    w = open_window("kabid")
    assert w.board.title.text() == "Papan Penghuni"
    w.set_language("en")
    assert current_language() == "en"
    qtbot.waitUntil(lambda: w.board.title.text() == "Resident Board", timeout=5000)
    assert w.menus["file"].title() == "&File"
    assert w.board.model.headerData(0, Qt.Orientation.Horizontal) == "Case number"
    assert load_preferences().language == "en"
    w.set_language("id")
    qtbot.waitUntil(lambda: w.board.title.text() == "Papan Penghuni", timeout=5000)
    assert w.menus["file"].title() == "&Berkas"


def test_administrator_manages_users(open_window, qtbot, monkeypatch):
    w = open_window("admin")
    dialog = w.open_users()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
    monkeypatch.setitem(users_view.PROMPTS, "add_user", lambda parent: dict(
        username="rina", full_name="Rina Marlina", role="pekerja_sosial",
        password="sandi-rina-123", nip="", title="Pekerja Sosial Ahli Pertama"))
    dialog.add_user()
    qtbot.waitUntil(lambda: any(u.username == "rina" for u in dialog.users), timeout=20000)
    row = next(i for i, u in enumerate(dialog.users) if u.username == "rina")
    dialog.table.selectRow(row)
    dialog.toggle_active()
    qtbot.waitUntil(lambda: not next(u for u in dialog.users if u.username == "rina").active,
                    timeout=10000)
    assert dialog.message.text() == "Akun rina dinonaktifkan."
    row = next(i for i, u in enumerate(dialog.users) if u.username == "rina")
    dialog.table.selectRow(row)
    dialog.toggle_active()
    qtbot.waitUntil(lambda: next(u for u in dialog.users if u.username == "rina").active,
                    timeout=10000)
    monkeypatch.setitem(users_view.PROMPTS, "new_password", lambda p, u: "sandi-baru-456")
    row = next(i for i, u in enumerate(dialog.users) if u.username == "rina")
    dialog.table.selectRow(row)
    dialog.reset_password()
    qtbot.waitUntil(lambda: "diatur ulang" in dialog.message.text(), timeout=20000)
    signed = signin.verify_password(w.store, w.paths, "rina", "sandi-baru-456")
    assert signed.user.role == "pekerja_sosial"


def test_users_screen_refuses_a_non_administrator(open_window, qtbot):
    w = open_window("kabid")
    assert not w.can("users")
    dialog = w.open_users()  # even if opened, the service refuses the change
    monkeypatch_values = dict(username="x1", full_name="X", role="pramu_sosial",
                              password="sandi-rahasia-9", nip="", title="")
    users_view.PROMPTS["add_user"], old = (lambda parent: monkeypatch_values,
                                           users_view.PROMPTS["add_user"])
    try:
        dialog.add_user()
        qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10000)
        assert "x1" not in [u.username for u in dialog.users]
        assert "ditambahkan" not in dialog.message.text()
    finally:
        users_view.PROMPTS["add_user"] = old


def test_run_signs_in_then_opens_the_board(desk, qapp):
    """The whole start: ``rumahsinggah`` without a command, sign-in, board, quit."""
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from rumahsinggah.gui import app as gui_app

    seen = {}

    def drive():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, SignInDialog) and w.isVisible() and "dialog" not in seen:
                seen["dialog"] = w
                w.username.setText("kabid")
                w.password.setText(PASSWORD)
                w.attempt()
            if isinstance(w, MainWindow) and w.isVisible() and w.board.model.ready:
                seen["rows"] = w.board.model.rowCount()
                seen["title"] = w.board.title.text()
                w.close()
                return
        QTimer.singleShot(50, drive)

    QTimer.singleShot(50, drive)
    assert gui_app.run(argparse.Namespace(data_dir=str(desk.root))) == 0
    assert seen["rows"] > 10 and seen["title"] == "Papan Penghuni"
    assert load_preferences().last_username == "kabid"
