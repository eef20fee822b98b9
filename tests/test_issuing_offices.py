"""Issuing offices beyond the default one: made, edited, assigned and retired through the
service, the command line and the settings window, and used by the facility's letters."""

from __future__ import annotations

import io
import re
import uuid

import pytest
from pypdf import PdfReader
from sqlmodel import select

from accounts_support import ADMIN_PASSWORD, make_store
from rumahsinggah.cli import main
from rumahsinggah.core.errors import DomainError
from rumahsinggah.locations import DataPaths, resolve_data_dir
from rumahsinggah.services import facilities, signin
from rumahsinggah.services.letter_book import letter_book
from rumahsinggah.services.letters import generate_letter
from rumahsinggah.services.letters_sample import add_sample_case
from rumahsinggah.services.settings import (
    OfficeSettings,
    Signatory,
    list_issuing_offices,
    load_office,
    office_for_facility,
    save_office,
)
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import AuditEvent, Facility, IssuingOffice, Stay, User

pytestmark = pytest.mark.both_engines


def pdf_text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in
                                        PdfReader(io.BytesIO(pdf)).pages))


BANJAR = OfficeSettings(
    government="PEMERINTAH KOTA BANJAR", agency="DINAS SOSIAL, P3A",
    address="Jl. Siliwangi No. 12, Banjar", city="Banjar", code="Dinsos.Bjr",
    signatories=[Signatory("kepala_dinas", "Drs. Wahyu Nugraha, M.Si", "197203041998031004",
                           "Kepala Dinas Sosial, P3A\nKota Banjar")])


@pytest.fixture
def case(store):
    with store.write() as s:
        return add_sample_case(s)


def test_a_new_office_serves_its_facility_and_keeps_its_book_after_retiring(store, case):
    officer = Actor(case.officer_id, "rina", "pekerja_sosial")
    with store.write() as s:
        stay = s.get(Stay, case.stay_id)
        key = save_office(s, "new", BANJAR, name="Dinas Sosial Kota Banjar")
        facilities.assign_office(s, stay.facility_id, "Dinsos.Bjr")  # by its code
    with store.read() as s:
        facility = s.get(Facility, s.get(Stay, case.stay_id).facility_id)
        assert str(facility.issuing_office_id) == key
        assert office_for_facility(s, facility).settings.government == "PEMERINTAH KOTA BANJAR"
    letter = generate_letter(store, officer, "surat_pengantar_pemulangan", stay_id=case.stay_id)
    text = pdf_text(letter.pdf)
    assert "PEMERINTAH KOTA BANJAR " in text and "BANJARMASIN" not in text.split("Nomor")[0]
    assert "/Dinsos.Bjr/" in letter.number

    with pytest.raises(DomainError, match="masih dipakai oleh fasilitas BJM"), store.write() as s:
        facilities.retire_office(s, key)
    with store.write() as s:
        facilities.assign_office(s, facility.id, "utama")
        facilities.retire_office(s, key)
    with store.read() as s:
        assert [k for k, _n, _c in list_issuing_offices(s)] == [""]
        assert s.get(IssuingOffice, uuid.UUID(key)).deleted_at is not None  # marked, kept
        book = letter_book(s, year=letter.number and int(letter.number[-4:]), office_key=key)
        assert [e.number for e in book] == [letter.number]
        assert s.get(Facility, facility.id).issuing_office_id is None
    with pytest.raises(DomainError, match="tidak dapat dihapus"), store.write() as s:
        facilities.retire_office(s, "utama")


def test_facility_details_are_validated_audited_and_refused_to_a_pramu(store, case):
    with store.write() as s:
        fid = s.get(Stay, case.stay_id).facility_id
        pramu = User(username="pramu", full_name="Pramu", role="pramu_sosial")
        s.add(pramu)
        s.flush()
        pramu_actor = Actor(pramu.id, "pramu", "pramu_sosial")
    details = facilities.FacilityDetails(name="Rumah Singgah Bjm", phone="(0511) 1",
                                         capacity=40, time_zone="WITA")
    with pytest.raises(DomainError), store.write(pramu_actor) as s:
        facilities.save_facility_details(s, fid, details)
    for bad, match in ((facilities.FacilityDetails(name="  "), "wajib diisi"),
                       (facilities.FacilityDetails(name="X", capacity=-1), "Kapasitas"),
                       (facilities.FacilityDetails(name="X", time_zone="GMT"), "WIB, WITA")):
        with pytest.raises(DomainError, match=match), store.write() as s:
            facilities.save_facility_details(s, fid, bad)
    with store.read() as s:
        facility = s.get(Facility, fid)
        before = (facility.name, facility.capacity, facility.time_zone)
    assert before[1] == 30 and before[2] == "WIB"  # nothing of the refused changes stayed
    with store.write() as s:
        facilities.save_facility_details(s, fid, details)
    with store.read() as s:
        facility = s.get(Facility, fid)
        assert (facility.name, facility.capacity, facility.time_zone) == (
            "Rumah Singgah Bjm", 40, "WITA")
        changes = s.exec(select(AuditEvent).where(AuditEvent.entity == "facility",
                                                  AuditEvent.record_id == fid)).all()
        assert any("capacity" in (e.changes or {}) for e in changes)


def test_office_commands(capsys, monkeypatch):
    signed, _recovery = make_store(DataPaths(resolve_data_dir()))
    signed.store.close()
    monkeypatch.setenv("RUMAHSINGGAH_USER", signed.user.username)
    monkeypatch.setenv("RUMAHSINGGAH_PASSWORD", ADMIN_PASSWORD)
    assert main(["office", "add", "Dinas Sosial Provinsi Kep. Bangka Belitung", "--code",
                 "Dinsos.Babel", "--government", "PEMERINTAH PROVINSI KEPULAUAN BANGKA BELITUNG",
                 "--agency", "DINAS SOSIAL", "--city", "Pangkalpinang", "--paper", "F4",
                 "--facility", "bjm"]) == 0
    assert "dicatat (kode Dinsos.Babel)" in capsys.readouterr().out
    assert main(["office", "signatory", "Dinsos.Babel", "kepala_dinas", "--name",
                 "Hj. Rosmala Dewi, S.E.", "--nip", "196909091995032003", "--acting"]) == 0
    assert main(["office", "signatory", "Dinsos.Babel", "kepala_bidang", "--name", "X",
                 "--nip", "123"]) == 2
    assert "harus 18 angka" in capsys.readouterr().err
    assert main(["office", "list"]) == 0
    listed = capsys.readouterr().out
    assert re.search(r"Dinsos\.Babel\s+Dinas Sosial Provinsi .*\[fasilitas: BJM\]", listed)
    assert main(["office", "show", "nothing-here"]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
    assert main(["office", "show", "dinsos.babel"]) == 0  # codes are matched ignoring case
    shown = capsys.readouterr().out
    assert "kertas F4" in shown and "Plt. Hj. Rosmala Dewi" in shown
    assert "X " not in shown  # the bad NIP was refused and changed nothing
    assert main(["office", "set", "utama", "--city", "Banjarbaru"]) == 0
    assert main(["office", "assign", "BJM", "utama"]) == 0
    assert "kini keluar atas nama" in capsys.readouterr().out
    assert main(["office", "retire", "Dinsos.Babel"]) == 0
    capsys.readouterr()
    assert main(["office", "list"]) == 0
    assert "Dinsos.Babel" not in capsys.readouterr().out
    store = signin.sign_in(DataPaths(resolve_data_dir()), signed.user.username,
                             ADMIN_PASSWORD).store
    try:
        with store.read() as s:
            assert load_office(s, "")[1].city == "Banjarbaru"
    finally:
        store.close()
