"""The duplicates review dialog, the admin's menu entry, and the lazy count on the board."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from sqlmodel import select

from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.duplicates_view import PROMPTS, DuplicatesDialog
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Client, Facility, Stay

ADMIN = Actor(user_id=uuid.uuid4(), username="admin", role="admin")
SHOTS = Path(os.environ.get("RUMAHSINGGAH_SHOTS", "")) if os.environ.get(
    "RUMAHSINGGAH_SHOTS") else None


def _pair(store):
    with store.write() as s:
        f = Facility(name="Rumah Singgah", kind="rumah_singgah", code="BJM")
        s.add(f)
        s.flush()
        old = Client(full_name="Syaiful Rachman", sex="L", birth_date=date(1988, 6, 1),
                     regency="Kota Banjarmasin")
        s.add(old)
        s.flush()
        new = Client(full_name="Saiful Rahman", sex="L", birth_date=date(1988, 6, 1),
                     regency="Kota Banjarmasin")
        s.add(new)
        s.add(Client(full_name="Budi Santoso", sex="L"))
        s.flush()
        s.add(Stay(case_number="BJM-2026-00031", client_id=new.id, facility_id=f.id,
                   standard_code="rs", source="razia", arrival_at=datetime.now(UTC),
                   status="terdaftar"))
    return old.id, new.id


def test_the_admin_reviews_and_merges_a_possible_duplicate(qtbot, store, monkeypatch):
    keep, dup = _pair(store)
    door = DbDoor(store)
    try:
        dialog = DuplicatesDialog(door, ADMIN)
        qtbot.addWidget(dialog)
        dialog.resize(1366, 768)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
        assert dialog.table.rowCount() == 1
        assert "Syaiful Rachman" in dialog.table.item(0, 1).text()
        assert "Saiful Rahman" in dialog.table.item(0, 2).text()
        assert not dialog.merge_button.isEnabled()
        dialog.table.selectRow(0)
        assert dialog.merge_button.isEnabled()
        if SHOTS:
            dialog.grab().save(str(SHOTS / "duplicates.png"))
        asked = []
        monkeypatch.setitem(PROMPTS, "confirm_merge",
                            lambda _p, k, d: asked.append((k, d)) or True)
        with qtbot.waitSignal(dialog.merged, timeout=10000):
            dialog.merge_button.click()
        qtbot.waitUntil(lambda: dialog.loaded and not door.busy, timeout=10000)
        assert asked == [("Syaiful Rachman", "Saiful Rahman")]
        assert dialog.table.rowCount() == 0
        assert "digabungkan" in dialog.message.text()
        with store.read() as s:
            assert s.get(Client, dup).merged_into_id == keep
            assert s.exec(select(Stay)).one().client_id == keep
    finally:
        qtbot.waitUntil(lambda: not door.busy)
        door.shutdown()


def test_a_refused_merge_shows_why_and_changes_nothing(qtbot, store, monkeypatch):
    keep, dup = _pair(store)
    door = DbDoor(store)
    try:
        dialog = DuplicatesDialog(door, Actor(uuid.uuid4(), "kabid", "kepala_bidang"))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
        dialog.table.selectRow(0)
        monkeypatch.setitem(PROMPTS, "confirm_merge", lambda *_a: True)
        dialog.merge_button.click()
        qtbot.waitUntil(lambda: not door.busy, timeout=10000)
        assert "tidak berwenang" in dialog.message.text()
        with store.read() as s:
            assert s.get(Client, dup).merged_into_id is None
    finally:
        qtbot.waitUntil(lambda: not door.busy)
        door.shutdown()
