"""Restore from the sign-in window over a broken store; re-keying shows its progress."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from gui_support import PASSWORD, build_template, copy_store, sign_in, wait_door
from rumahsinggah.gui import common
from rumahsinggah.gui.main_window import MainWindow
from rumahsinggah.gui.preferences import Preferences
from rumahsinggah.gui.restore_dialog import RestoreDialog
from rumahsinggah.gui.signin import SignInDialog
from rumahsinggah.services import signin
from rumahsinggah.storage import archive

SHOTS = os.environ.get("RUMAHSINGGAH_SHOTS")  # a folder: save what the tests show as PNG


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("gui-recovery") / "store", clients=40)


@pytest.fixture
def desk(template, tmp_path, qapp):
    common.replace_messages(error=lambda *a: None, info=lambda *a: None, ask=lambda *a: True)
    paths = copy_store(template, tmp_path / "store")
    signed = sign_in(paths, "admin")
    made = archive.write_archive(paths, tmp_path / "usb" / "cadangan.rsbak", signed.store.key)
    signed.store.close()
    return paths, made


def test_restore_from_the_sign_in_window_over_a_truncated_store(qtbot, desk):
    paths, made = desk
    with open(paths.database, "r+b") as fh:
        fh.truncate(paths.database.stat().st_size // 4)
    dialog = SignInDialog(paths, username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button.isVisible()
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=20000)
    assert dialog.result_signed_in is None and "Traceback" not in dialog.message.text()
    _shot(dialog, "signin-broken.png")

    restore = RestoreDialog(paths, username="admin", parent=dialog)
    qtbot.addWidget(restore)
    restore.file.setText(str(made))
    restore.password.setText(PASSWORD)
    restore.resize(700, restore.sizeHint().height())
    restore.show()
    _shot(restore, "restore-dialog.png")
    qtbot.mouseClick(restore.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: restore.restored or restore.ok_button.isEnabled(), timeout=30000)
    assert restore.restored, restore.message.text()
    assert restore.restored_aside is not None
    assert (restore.restored_aside / "rumahsinggah.sqlite").is_file()
    signed = signin.sign_in(paths, "admin", PASSWORD)
    try:
        assert not signed.read_only
    finally:
        signed.store.close()


def test_restore_with_the_recovery_key_choice_and_a_wrong_key(qtbot, desk):
    paths, made = desk
    restore = RestoreDialog(paths)
    qtbot.addWidget(restore)
    restore.file.setText(str(made))
    restore.by_recovery.setChecked(True)
    assert restore.recovery.isEnabled() and not restore.password.isEnabled()
    restore.recovery.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    restore.attempt()
    qtbot.waitUntil(lambda: restore.ok_button.isEnabled(), timeout=20000)
    assert not restore.restored and "salah" in restore.message.text()


def test_a_damaged_store_signs_in_read_only_with_an_offer_to_restore(qtbot, desk):
    paths, _made = desk
    data = bytearray(paths.database.read_bytes())
    data[3 * 4096 + 100] ^= 0x04  # one interior page
    paths.database.write_bytes(bytes(data))
    asked = []
    common.replace_messages(ask=lambda p, t, x: asked.append(x) or False,
                            info=lambda *a: None, error=lambda *a: None)
    dialog = SignInDialog(paths, username="admin")
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.signedIn, timeout=20000):
        dialog.attempt()
    signed = dialog.result_signed_in
    try:
        assert signed.read_only and asked and "cadangan" in asked[0]
    finally:
        signed.store.close()


def test_disabling_a_user_re_keys_with_progress(qtbot, desk):
    paths, _made = desk
    signed = sign_in(paths, "admin")
    w = MainWindow(signed.store, paths, signed.user, signed.actor, Preferences())
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_door(qtbot, w)
    try:
        old_key = signed.store.key
        dialog = w.open_users()
        qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
        seen = []
        dialog.rekey_progress.connect(lambda step, done, total: seen.append(step))
        row = next(i for i, u in enumerate(dialog.users) if u.username == "pramu")
        dialog.table.selectRow(row)
        dialog.toggle_active()
        qtbot.waitUntil(lambda: "dinonaktifkan" in dialog.message.text(), timeout=60000)
        assert {"basis_data", "lampiran", "berkas_kunci"} <= set(seen)
        assert signed.store.key != old_key
        _shot(dialog, "users-after-rekey.png")
    finally:
        w.shutdown()
        signed.store.close()
