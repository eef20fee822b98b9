"""The complaints register screen, the service-level screen and the board's complaint cards,
with real widgets on a real encrypted store."""

from __future__ import annotations

import os
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDateTime
from sqlalchemy import select
from tests.sync_support import staff

from rumahsinggah.core.localtime import to_local
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import complaints as svc
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Complaint, Facility
from rumahsinggah.storage.store import open_store

WITA = ZoneInfo("Asia/Makassar")
SHOTS = os.environ.get("RUMAHSINGGAH_SHOTS", "")

@pytest.fixture
def shelter(tmp_path):
    store = open_store(DataPaths(tmp_path / "s"), key=os.urandom(32), daily_backup=False)
    with store.write() as s:
        s.add(Facility(name="Rumah Singgah Banjarmasin", kind="rumah_singgah", code="BJM",
                       default_standard="bjm-penerimaan-rs", time_zone="WITA"))
    door = DbDoor(store)
    yield store, door
    door.shutdown()
    store.close()

def _seed(store, actor):
    """One overdue, one answered complaint."""
    with store.read() as s:
        fid = s.execute(select(Facility.id)).scalar_one()
    now = utcnow()
    with store.write(actor) as s:
        old = svc.receive(s, svc.ComplaintInput(fid, "kotak_saran", "Kamar mandi kotor.",
                                                received_at=now - timedelta(days=10),
                                                anonymous=True))
        done = svc.receive(s, svc.ComplaintInput(
            fid, "email", "Jam kunjung keluarga terlalu singkat.",
            received_at=now - timedelta(hours=5), complainant_name="Siti Rahmah",
            contact="siti@example.org"))
        svc.record_step(s, svc.StepInput(done, "pemeriksaan_administrasi",
                                         at=now - timedelta(hours=4)))
        svc.record_step(s, svc.StepInput(done, "tanggapan", at=now - timedelta(hours=1),
                                         response="Jam kunjung diperpanjang sampai 17.00."))
    return fid, old, done

def test_register_add_step_and_reply(qtbot, shelter, monkeypatch):
    from rumahsinggah.gui import complaints_view
    from rumahsinggah.gui.letters import preview

    store, door = shelter
    actor = staff(store, "petugas_admin")
    fid, old, done = _seed(store, actor)
    dialog = complaints_view.ComplaintsDialog(door, actor)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2 and not door.busy, timeout=15000)
    assert "1 lewat batas tanggapan" in dialog.count.text()
    states = [dialog.table.item(i, 8).text() for i in range(2)]
    assert "Belum ditanggapi, lewat batas" in states and "Ditanggapi tepat waktu" in states
    if SHOTS:
        dialog.table.selectRow(0)
        qtbot.waitUntil(lambda: dialog.steps.rowCount() == 3 and not door.busy,
                        timeout=15000)
        dialog.grab().save(os.path.join(SHOTS, "register-pengaduan.png"))

    # A new complaint through the add dialog.
    add = complaints_view.AddComplaintDialog(door, actor, dialog, facility_id=fid)
    qtbot.addWidget(add)
    qtbot.waitUntil(lambda: add.channel.count() == 5, timeout=15000)  # Banjarmasin's five
    add.channel.setCurrentIndex(add.channel.findData("whatsapp"))
    add.received.setDateTime(QDateTime(to_local(utcnow(), WITA).replace(tzinfo=None,
                                                                        second=0)))
    add.name.setText("Rahmat Hidayat")
    add.content.setPlainText("Anak saya belum mendapat kabar.")
    saved = []
    add.saved.connect(saved.append)
    add.save()
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=15000)
    with store.read() as s:
        row = s.get(Complaint, saved[0])
        assert row.complainant_name == "Rahmat Hidayat" and row.channel == "whatsapp"
        assert row.due_at is not None

    # Its response through the step dialog, then the reply letter.
    dialog.refresh(select=saved[0])
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3 and dialog.detail is not None
                    and dialog.detail.row.id == saved[0] and not door.busy, timeout=15000)
    assert not dialog.reply_button.isEnabled()  # nothing to reply with yet
    step = complaints_view.StepDialog(door, actor, dialog.detail, dialog,
                                      zone=dialog.detail_zone)
    qtbot.addWidget(step)
    assert step.stage.itemText(0) == "Cek administrasi"  # the standard's words
    step.stage.setCurrentIndex(step.stage.findData("tanggapan"))
    step.response.setPlainText("Petugas sudah menghubungi Dinas Sosial daerah asal.")
    stepped = []
    step.saved.connect(stepped.append)
    step.save()
    qtbot.waitUntil(lambda: len(stepped) == 1, timeout=15000)
    dialog.refresh(select=saved[0])
    qtbot.waitUntil(lambda: dialog.reply_button.isEnabled() and not door.busy,
                    timeout=15000)
    opened = []
    monkeypatch.setattr(preview, "_open", lambda parent, result, kind, on: opened.append(
        (kind, result)))
    dialog.reply_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=15000)
    kind, result = opened[0]
    assert kind == "balasan_pengaduan" and result.pdf.startswith(b"%PDF")
    with store.read() as s:
        assert s.get(Complaint, saved[0]).reply_letter_id == result.letter_id

def test_bad_complaint_shows_the_message_and_saves_nothing(qtbot, shelter, monkeypatch):
    from rumahsinggah.gui import complaints_view

    store, door = shelter
    actor = staff(store, "kepala_bidang")
    errors = []
    monkeypatch.setattr(complaints_view, "show_error", lambda parent, exc: errors.append(exc))
    add = complaints_view.AddComplaintDialog(door, actor)
    qtbot.addWidget(add)
    qtbot.waitUntil(lambda: add.channel.count() > 0, timeout=15000)
    add.content.setPlainText("Isi")  # no name, not anonymous
    add.save()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=15000)
    assert "Nama pengadu" in str(errors[0])
    with store.read() as s:
        assert s.execute(select(Complaint)).first() is None

def test_service_level_screen_and_board_cards(qtbot, shelter):
    from rumahsinggah.gui.board_view import BoardWidget
    from rumahsinggah.gui.service_level_view import ServiceLevelDialog

    store, door = shelter
    actor = staff(store, "kepala_bidang")
    _seed(store, actor)
    dialog = ServiceLevelDialog(door, actor)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    # The period is this month; the seeded complaints may fall in the month before.
    dialog.start.setDate(dialog.start.date().addDays(-40))
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.complaints.received
                    == 2 and not door.busy, timeout=15000)
    text = dialog.complaints.text()
    assert "<b>1</b> ditanggapi tepat waktu" in text
    assert "<b>1</b> belum ditanggapi dan lewat batas" in text
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "capaian-standar-pelayanan.png"))

    widget = BoardWidget(door)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.start()
    qtbot.waitUntil(lambda: widget.cards["complaints_overdue"].value.text() == "1"
                    and not door.busy, timeout=15000)
    assert widget.cards["complaints_overdue"].label.text() == "Pengaduan lewat batas tanggapan"
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, "papan-pengaduan.png"))



def test_received_time_starts_on_the_facilitys_clock_not_the_pcs(qtbot, shelter):
    from rumahsinggah.gui import complaints_view

    store, door = shelter
    add = complaints_view.AddComplaintDialog(door, staff(store, "petugas_admin"))
    qtbot.addWidget(add)
    qtbot.waitUntil(lambda: add.channel.count() > 0 and add.zone is not None, timeout=15000)
    shown = add.received.dateTime().toPython()
    wita_now = to_local(utcnow(), WITA).replace(tzinfo=None)
    assert abs((wita_now - shown).total_seconds()) < 120  # WITA, though this PC may be on UTC
    assert not add.received.property("edited")  # set by the dialog, not typed by the user
