"""The sync dialog drives the real bundle export and import through the database door."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from sqlmodel import select

from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.sync_dialog import SyncDialog
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage.actors import mint
from rumahsinggah.storage.models import Client, Facility, Stay, User
from rumahsinggah.storage.store import open_store


def _kabid(store):
    """An encrypted store acts only for a signed-in user: the row, and an actor minted for
    it as sign-in would (tests may mint)."""
    with store.write() as s:
        user = User(username="kabid", full_name="Kepala Bidang", role="kepala_bidang")
        s.add(user)
        s.flush()
        return mint(user.id, user.username, user.role)


def _run(qtbot, dialog: SyncDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.door.busy)


def test_export_then_import_through_the_dialog(qtbot, tmp_path):
    a = open_store(DataPaths(tmp_path / "a"), key=os.urandom(32))
    b = open_store(DataPaths(tmp_path / "b"), key=os.urandom(32))
    with a.write() as s:
        f = Facility(name="Rumah Singgah", kind="rumah_singgah", code="BJM")
        c = Client(full_name="Wahyu Ramadhan", sex="L")
        s.add_all([f, c])
        s.flush()
        s.add(Stay(case_number="BJM-2026-00001", client_id=c.id, facility_id=f.id,
                   standard_code="rs", source="razia", arrival_at=datetime.now(UTC),
                   status="terdaftar"))
    door_a, door_b = DbDoor(a), DbDoor(b)
    kabid_a, kabid_b = _kabid(a), _kabid(b)
    bundle = tmp_path / "meja-a.rsbundle"
    try:
        export = SyncDialog(door_a, kabid_a, "export")
        export.path.setText(str(bundle))
        export.passphrase.setText("rahasia-sinkron")
        export.repeat.setText("rahasia-lain")
        export.ok.click()
        assert "tidak sama" in export.message.text() and not bundle.exists()
        export.repeat.setText("rahasia-sinkron")
        _run(qtbot, export)
        assert bundle.exists() and "Paket disimpan" in export.result_text

        wrong = SyncDialog(door_b, kabid_b, "import")
        wrong.path.setText(str(bundle))
        wrong.passphrase.setText("bukan-sandinya")
        _run(qtbot, wrong)
        assert "Kata sandi paket salah" in wrong.message.text()
        assert wrong.ok.isEnabled()

        right = SyncDialog(door_b, kabid_b, "import")
        right.path.setText(str(bundle))
        right.passphrase.setText("rahasia-sinkron")
        _run(qtbot, right)
        assert "digabungkan" in right.result_text
        with b.read() as s:
            assert s.exec(select(Client.full_name)).all() == ["Wahyu Ramadhan"]
    finally:
        door_a.shutdown()
        door_b.shutdown()
        a.close()
        b.close()
