"""The sync dialogs drive the real export, import, desks list and conflict review."""

from __future__ import annotations

import pytest
from sqlmodel import select

from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.sync_dialog import ConflictsDialog, DesksDialog, SyncDialog
from rumahsinggah.storage.audit import SYSTEM
from rumahsinggah.storage.models import Client, SyncPartner
from sync_support import PASS, Desks, clients, register, staff


@pytest.fixture
def two(tmp_path):
    d = Desks(tmp_path, 2)
    a, b = d.stores
    for x, y in ((a, b), (b, a)):
        with x.write() as s:
            if s.get(SyncPartner, y.site_id) is None:
                s.add(SyncPartner(desk_id=y.site_id, code="B" if y is b else "A"))
    doors = [DbDoor(a), DbDoor(b)]
    yield d, doors
    for door in doors:
        door.shutdown()
    d.close()


def _run(qtbot, dialog) -> None:
    qtbot.addWidget(dialog)
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.door.busy, timeout=20000)


def test_export_for_a_partner_then_import_shows_a_summary(qtbot, two, tmp_path):
    d, (door_a, door_b) = two
    a, b = d.stores
    register(a, "Wahyu Ramadhan")
    path = tmp_path / "meja-a.rssync"
    export = SyncDialog(door_a, staff(a, "kepala_bidang"), "export")
    qtbot.waitUntil(lambda: export.partner.count() == 1)
    export.path.setText(str(path))
    export.passphrase.setText(PASS)
    export.repeat.setText("lain-sekali")
    export.ok.click()
    assert "tidak sama" in export.message.text() and not path.exists()
    export.repeat.setText(PASS)
    _run(qtbot, export)
    assert path.exists() and "Paket disimpan" in export.result_text

    wrong = SyncDialog(door_b, staff(b, "kepala_bidang"), "import")
    wrong.path.setText(str(path))
    wrong.passphrase.setText("bukan-sandinya")
    _run(qtbot, wrong)
    assert "sandi" in wrong.message.text() and wrong.ok.isEnabled()

    right = SyncDialog(door_b, staff(b, "kepala_bidang"), "import")
    right.path.setText(str(path))
    right.passphrase.setText(PASS)
    _run(qtbot, right)
    assert "digabungkan" in right.result_text and "baris baru" in right.result_text
    assert right.result.inserted >= 2
    with b.read() as s:
        assert "Wahyu Ramadhan" in s.exec(select(Client.full_name)).all()


def test_desks_list_and_conflict_review_side_by_side(qtbot, two):
    d, (door_a, _door_b) = two
    a, b = d.stores
    r = register(a, "Andi")
    d.send(a, b)
    for store, name in ((a, "Andi A"), (b, "Andi B")):
        with store.write() as s:
            c = s.get(Client, r.client_id)
            c.nickname = name
            s.add(c)
    assert d.send(b, a).conflicts == 1

    desks_dialog = DesksDialog(door_a)
    qtbot.addWidget(desks_dialog)
    qtbot.waitUntil(lambda: desks_dialog.table.rowCount() == 2)
    texts = [desks_dialog.table.item(i, 2).text() for i in range(2)]
    assert any("ke-" in t for t in texts)

    review = ConflictsDialog(door_a, SYSTEM)
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.list.count() == 1)
    assert {review.current.text(), review.other.text()} == {"Andi A", "Andi B"}
    review.combined.setText("Andi (A/B)")
    review.combine.click()
    qtbot.waitUntil(lambda: review.list.count() == 0, timeout=10000)
    assert clients(a)[r.client_id].nickname == "Andi (A/B)"
