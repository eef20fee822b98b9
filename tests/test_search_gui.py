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
        assert dialog.table.rowCount() == 1 and dialog.status.text() == "1 pasangan"
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
        assert dialog.status.text() == "Tidak ada data klien yang tampak ganda."
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


def test_the_raid_table_shows_a_returning_client_under_another_spelling(qtbot, store):
    """Dedy / Dedi and Syaiful / Saiful in the first word: candidates while typing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from rumahsinggah.gui.wizards.intake import IntakeWizard
    from wizards_support import seed

    ctx = seed(store)
    with store.write() as s:
        for name, born in (("Dedi Saputra", date(1992, 7, 1)),
                           ("Syaiful Bahri", date(1980, 7, 1))):
            s.add(Client(full_name=name, sex="L", birth_date=born, birth_date_estimated=True,
                         regency="Banjarmasin"))
    door = DbDoor(store)
    try:
        w = IntakeWizard(door, ctx["actors"]["pramu_sosial"])
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        w.activateWindow()
        qtbot.waitUntil(lambda: w.loaded and not door.busy)

        def keys(text):
            for ch in text:
                QTest.keyClicks(QApplication.focusWidget(), ch)

        def key(k, mod=Qt.KeyboardModifier.NoModifier):
            QTest.keyClick(QApplication.focusWidget(), k, mod)

        key(Qt.Key.Key_R)
        key(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: w.current_key() == "razia")
        key(Qt.Key.Key_Tab)
        keys("300/9/Satpol PP/XII/2026")
        key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_Tab)
        keys("Pasar Lama")
        key(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: w.current_key() == "orang")
        for person in (("Dedy Saputra", "Dedy", "L", "34", "Banjarmasin"),
                       ("Saiful Bahri", "Ipul", "L", "46", "Banjarmasin"),
                       ("Rina Marlina", "Rina", "P", "27", "Banjarmasin")):
            for value in person:
                keys(value)
                key(Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: not door.busy and {k for k, c in w.candidates.items() if c}
                        == {"row0", "row1"}, timeout=15000)
        assert w.candidates["row0"][0].full_name == "Dedi Saputra"
        assert w.candidates["row1"][0].full_name == "Syaiful Bahri"
        assert w.raid_panel.isVisible()
        if SHOTS:
            w.grab().save(str(SHOTS / "raid-candidates.png"))
    finally:
        qtbot.waitUntil(lambda: not door.busy)
        door.shutdown()


def test_all_clients_show_the_page_then_the_count_and_a_new_key_wins(qtbot, store):
    from rumahsinggah.gui.board_view import BoardWidget
    from rumahsinggah.services import board

    with store.write() as s:
        for i in range(board.PAGE_SIZE + 30):
            s.add(Client(full_name=f"Siti Aminah {i:03d}", sex="P"))
        s.add(Client(full_name="Budi Santoso", sex="L"))
    door = DbDoor(store)
    try:
        widget = BoardWidget(door)
        qtbot.addWidget(widget)
        widget.resize(1366, 768)
        widget.show()
        widget.start()
        widget.tabs.setCurrentIndex(1)
        model = widget.clients_model
        qtbot.waitUntil(lambda: model.ready and not door.busy, timeout=15000)
        # Two keys in quick succession: the second query's rows and count are what stay.
        widget.search.setText("siti")
        widget.search_now()
        widget.search.setText("siti amin")
        widget.search_now()
        qtbot.waitUntil(lambda: not door.busy, timeout=15000)
        assert model.query.text == "siti amin"
        assert model.rowCount() == board.PAGE_SIZE and model.total == board.PAGE_SIZE + 30
        assert widget.result_label.text() == "230 klien"
        assert model.canFetchMore()
        widget.search.setText("budi")
        widget.search_now()
        qtbot.waitUntil(lambda: not door.busy, timeout=15000)
        assert model.rowCount() == 1 and model.total == 1  # a short page needs no count
        if SHOTS:
            widget.grab().save(str(SHOTS / "all-clients.png"))
    finally:
        qtbot.waitUntil(lambda: not door.busy)
        door.shutdown()
