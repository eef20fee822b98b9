"""The complaints register: receiving, due moments on the working-day calendar, stages, board
counts, letters and permissions, on a real encrypted store."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from tests.sync_support import staff

from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import complaints as svc
from rumahsinggah.services.board import board_counts
from rumahsinggah.storage.models import AuditEvent, Complaint, Facility
from rumahsinggah.storage.store import open_store

pytestmark = pytest.mark.both_engines

WITA = ZoneInfo("Asia/Makassar")


@pytest.fixture
def shelter(tmp_path):
    store = open_store(DataPaths(tmp_path / "s"), key=os.urandom(32), daily_backup=False)
    with store.write() as s:
        bjm = Facility(name="Rumah Singgah Banjarmasin", kind="rumah_singgah", code="BJM",
                       default_standard="bjm-penerimaan-rs", time_zone="WITA",
                       regency="Kota Banjarmasin")
        babel = Facility(name="Rumah Singgah Babel", kind="rumah_singgah", code="BBL",
                         default_standard="babel-orang-terlantar", time_zone="WIB")
        s.add_all([bjm, babel])
    yield store
    store.close()


def _fac(store, code):
    with store.read() as s:
        return s.execute(select(Facility).where(Facility.code == code)).scalars().one().id


def _receive(store, actor, **kw):
    data = dict(facility_id=_fac(store, "BJM"), channel="kotak_saran",
                content="Makanan untuk penghuni terlambat dibagikan.", anonymous=True)
    data.update(kw)
    with store.write(actor) as s:
        return svc.receive(s, svc.ComplaintInput(**data))


def test_friday_before_cuti_bersama_is_due_end_of_the_third_working_day(shelter):
    """Received Friday 13 Feb 2026 10:00 WITA. Mon 16 Feb is cuti bersama Imlek, Tue 17 Feb is
    Imlek: the 3 working days are Wed 18, Thu 19, Fri 20 Feb, so the answer is due at the end
    of Friday 20 Feb WITA = 21 Feb 00:00 WITA = 20 Feb 16:00 UTC (counted by hand)."""
    admin = staff(shelter, "petugas_admin")
    received = datetime(2026, 2, 13, 10, 0, tzinfo=WITA)
    cid = _receive(shelter, admin, received_at=received)
    with shelter.read() as s:
        row = s.get(Complaint, cid)
        assert row.due_at == datetime(2026, 2, 20, 16, 0, tzinfo=UTC)
        assert row.standard_code == "bjm-penerimaan-rs"
        assert row.stage == "diterima" and row.steps[0]["stage"] == "diterima"
    # Board counts on the facility's clock: Friday 20 Feb 12:00 WITA it is due today ...
    with shelter.read() as s:
        c = svc.complaint_counts(s, datetime(2026, 2, 20, 12, 0, tzinfo=WITA))
        assert (c.overdue, c.due_today) == (0, 1)
        c = svc.complaint_counts(s, datetime(2026, 2, 19, 12, 0, tzinfo=WITA))
        assert (c.overdue, c.due_today) == (0, 0)
        # ... and on Saturday 21 Feb 00:00 WITA it is overdue.
        c = svc.complaint_counts(s, datetime(2026, 2, 21, 0, 0, tzinfo=WITA))
        assert (c.overdue, c.due_today) == (1, 0)
        counts = board_counts(s, now=datetime(2026, 2, 21, 1, 0, tzinfo=WITA))
        assert counts.complaints_overdue == 1


def test_stages_response_within_limit_and_resolution(shelter):
    admin = staff(shelter, "petugas_admin")
    received = datetime(2026, 2, 13, 10, 0, tzinfo=WITA)
    cid = _receive(shelter, admin, received_at=received)
    with shelter.write(admin) as s:
        svc.record_step(s, svc.StepInput(cid, "pemeriksaan_administrasi",
                                         at=received + timedelta(hours=1), note="Lengkap"))
        svc.record_step(s, svc.StepInput(cid, "koordinasi", at=received + timedelta(days=4),
                                         note="Dengan bagian dapur"))
        with pytest.raises(DomainError, match="belum ditanggapi"):
            svc.record_step(s, svc.StepInput(cid, "selesai", at=received + timedelta(days=5)))
    with shelter.write(admin) as s, pytest.raises(DomainError, match="tanggapan"):
        svc.record_step(s, svc.StepInput(cid, "tanggapan",
                                         at=received + timedelta(days=6)))
    with shelter.write(admin) as s:
        svc.record_step(s, svc.StepInput(
            cid, "tanggapan", at=datetime(2026, 2, 20, 15, 0, tzinfo=WITA),
            response="Jadwal makan sudah diperbaiki."))
        svc.record_step(s, svc.StepInput(cid, "selesai",
                                         at=datetime(2026, 2, 23, 9, 0, tzinfo=WITA)))
    with shelter.read() as s:
        d = svc.complaint_detail(s, cid)
        assert [st.stage for st in d.steps] == ["diterima", "pemeriksaan_administrasi",
                                               "koordinasi", "tanggapan", "selesai"]
        # The standard's own wording names its stages.
        assert d.stage_choices["pemeriksaan_administrasi"] == "Cek administrasi"
        assert d.row.state == "tepat_waktu" and d.row.stage == "selesai"
        assert d.response == "Jadwal makan sudah diperbaiki."
        assert svc.complaint_counts(s, datetime(2026, 3, 1, tzinfo=UTC)).overdue == 0
        # every change audited: the insert and one update per successful transaction
        events = s.execute(select(AuditEvent).where(AuditEvent.entity == "complaint")
                           .order_by(AuditEvent.chain_seq)).scalars().all()
        assert [e.action for e in events] == ["insert", "update", "update"]
        assert "steps" in events[-1].changes.get("changes", events[-1].changes) or \
            "steps" in str(events[-1].changes)
    with shelter.write(admin) as s, pytest.raises(DomainError, match="sudah selesai"):
        svc.record_step(s, svc.StepInput(cid, "koordinasi"))


def test_late_response_is_beyond_limit(shelter):
    admin = staff(shelter, "petugas_admin")
    received = datetime(2026, 2, 13, 10, 0, tzinfo=WITA)
    cid = _receive(shelter, admin, received_at=received)
    with shelter.write(admin) as s:
        svc.record_step(s, svc.StepInput(cid, "tanggapan",
                                         at=datetime(2026, 2, 21, 8, 0, tzinfo=WITA),
                                         response="Maaf terlambat."))
    with shelter.read() as s:
        assert svc.complaint_detail(s, cid).row.state == "terlambat_ditanggapi"


def test_bad_input_leaves_the_store_unchanged(shelter):
    admin = staff(shelter, "petugas_admin")
    with pytest.raises(DomainError, match="Saluran"):
        _receive(shelter, admin, channel="telepon")  # Banjarmasin lists no phone line
    with pytest.raises(DomainError, match="Isi pengaduan"):
        _receive(shelter, admin, content="  ")
    with pytest.raises(DomainError, match="Nama pengadu"):
        _receive(shelter, admin, anonymous=False)
    # Bangka Belitung asks a named complainant for a valid identity document.
    with pytest.raises(DomainError, match="identitas"):
        _receive(shelter, admin, facility_id=_fac(shelter, "BBL"), channel="surat",
                 anonymous=False, complainant_name="Siti")
    with shelter.read() as s:
        assert s.execute(select(Complaint)).scalars().all() == []
    cid = _receive(shelter, admin, facility_id=_fac(shelter, "BBL"), channel="sp4n_lapor",
                   anonymous=False, complainant_name="Siti", identity_document="KTP 1971")
    with shelter.read() as s:
        row = s.get(Complaint, cid)
        assert row.identity_document == "KTP 1971" and row.due_at is None  # no limit in Babel


def test_only_office_staff_may_record_complaints(shelter):
    pramu = staff(shelter, "pramu_sosial")
    with pytest.raises(PermissionDenied):
        _receive(shelter, pramu)
    head = staff(shelter, "kepala_bidang")
    assert _receive(shelter, head)


def test_receipt_and_reply_letters_are_numbered_in_the_letter_book(shelter):
    from rumahsinggah.services import complaint_letters
    from rumahsinggah.services.letter_book import letter_book

    admin = staff(shelter, "petugas_admin")
    received = datetime(2026, 2, 13, 10, 0, tzinfo=WITA)
    cid = _receive(shelter, admin, received_at=received, anonymous=False,
                   complainant_name="Rahmat Hidayat", contact="0812-5555-1234",
                   channel="whatsapp")
    receipt = complaint_letters.receipt(shelter, admin, cid)
    assert receipt.pdf.startswith(b"%PDF")
    with pytest.raises(DomainError, match="belum ditanggapi"):
        complaint_letters.reply(shelter, admin, cid)
    with shelter.write(admin) as s:
        svc.record_step(s, svc.StepInput(cid, "tanggapan",
                                         at=datetime(2026, 2, 18, 9, 0, tzinfo=WITA),
                                         response="Jadwal makan sudah diperbaiki."))
    reply = complaint_letters.reply(shelter, admin, cid)
    assert reply.number != receipt.number
    with shelter.read() as s:
        row = s.get(Complaint, cid)
        assert (row.receipt_letter_id, row.reply_letter_id) == (receipt.letter_id,
                                                                reply.letter_id)
        book = letter_book(s, year=2026)
        numbers = [e.number for e in book]
        assert receipt.number in numbers and reply.number in numbers
    import re
    seqs = sorted(int(re.search(r"/(\d+)", n).group(1)) for n in numbers)
    assert seqs == [1, 2]


def test_cli_add_list_show_step_and_letters(tmp_path, capsys, monkeypatch):
    from accounts_support import ADMIN_PASSWORD, make_store
    from rumahsinggah.cli import main
    from rumahsinggah.locations import resolve_data_dir

    signed, _recovery = make_store(DataPaths(resolve_data_dir()))
    with signed.store.write(signed.actor) as s:
        fac = s.execute(select(Facility)).scalars().one()
        fac.default_standard, fac.time_zone = "bjm-penerimaan-rs", "WITA"
        s.add(fac)
    signed.store.close()
    monkeypatch.setenv("RUMAHSINGGAH_USER", signed.user.username)
    monkeypatch.setenv("RUMAHSINGGAH_PASSWORD", ADMIN_PASSWORD)

    assert main(["complaints", "add", "--facility", "BJM", "--channel", "email",
                 "--content", "Petugas tidak ramah", "--received", "2026-02-13 10:00",
                 "--name", "Rahmat", "--contact", "rahmat@example.org"]) == 0
    out = capsys.readouterr().out
    assert "Batas tanggapan: 2026-02-21 00:00" in out  # end of Friday 20 Feb, WITA
    cid = out.split("ID ")[1].split()[0]
    assert main(["complaints", "list"]) == 0
    out = capsys.readouterr().out
    assert cid[:8] in out and "1 pengaduan." in out
    assert main(["complaints", "step", cid[:8], "tanggapan", "--at", "2026-02-18 09:00",
                 "--response", "Petugas sudah dibina."]) == 0
    capsys.readouterr()
    assert main(["complaints", "show", cid[:8]]) == 0
    out = capsys.readouterr().out
    assert "Ditanggapi tepat waktu" in out and "Petugas sudah dibina." in out
    assert "2026-02-18 09:00  Tanggapan kepada pengadu" in out
    pdf = tmp_path / "balasan.pdf"
    assert main(["complaints", "reply", cid[:8], "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    # a refused stage changes nothing and says why
    assert main(["complaints", "step", cid[:8], "tanggapan"]) != 0
    assert "tanggapan" in capsys.readouterr().err.lower()
