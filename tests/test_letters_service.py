"""Kept letters: attachment and hash, reprint, correction versions, numbers never reused."""

from __future__ import annotations

import hashlib
import io
import re

import pytest
from pypdf import PdfReader
from sqlmodel import select

from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import letters
from rumahsinggah.services.letters import (
    LETTER_TYPES,
    correct_letter,
    generate_in,
    generate_letter,
    letters_for_client,
    letters_for_products,
    reprint,
    set_desk_code,
)
from rumahsinggah.services.letters_sample import add_sample_case
from rumahsinggah.storage.attachments import read_bytes
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Attachment, Letter, Setting
from rumahsinggah.storage.store import open_store

pytestmark = pytest.mark.both_engines

DAY = {"tanggal": "2026-11-22"}


@pytest.fixture
def case(store):
    with store.write() as s:
        return add_sample_case(s)


def actor(case) -> Actor:
    return Actor(case.officer_id, "rina", "pekerja_sosial")


def text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_letter_types_are_listed_in_indonesian():
    assert LETTER_TYPES["surat_penjamin"] == "Surat Penjamin"
    assert LETTER_TYPES["buku_data"] == "Buku Data Klien"
    assert LETTER_TYPES["tanda_terima_pengaduan"] == "Tanda Terima Pengaduan"
    assert len(LETTER_TYPES) == 18


def test_generated_letter_is_kept_with_its_hash(store, case):
    result = generate_letter(store, actor(case), "surat_penjamin", stay_id=case.stay_id,
                             params={**DAY, "saksi": ["Andi", "Badu"]})
    with store.read() as s:
        row = s.get(Letter, result.letter_id)
        att = s.get(Attachment, row.attachment_id)
        assert row.letter_type == "surat_penjamin"
        assert row.number == result.number
        assert row.sequence == 1 and row.year == 2026
        assert row.sha256 == hashlib.sha256(result.pdf).hexdigest() == att.sha256
        assert row.created_by == case.officer_id
        assert row.created_at is not None
        assert row.params["saksi"] == ["Andi", "Badu"]
        assert row.signatory_name == "Ahmad Fauzi, S.Sos., M.AP"
        assert row.client_id == case.client_id and row.stay_id == case.stay_id
        assert att.mime == "application/pdf" and att.kind == "surat"
        assert read_bytes(store, att) == result.pdf
        listed = letters_for_client(s, case.client_id)
    assert [(i.id, i.title, i.number) for i in listed] == [
        (result.letter_id, "Surat Penjamin", result.number)]
    assert "Andi" in text(result.pdf) and "Badu" in text(result.pdf)


def test_reprint_is_byte_identical(store, case):
    result = generate_letter(store, actor(case), "ba_serah_terima", stay_id=case.stay_id,
                             params=DAY)
    assert reprint(store, result.letter_id) == result.pdf
    assert reprint(store, result.letter_id) == result.pdf


def test_correction_makes_a_new_version_and_keeps_the_old(store, case):
    first = generate_letter(store, actor(case), "surat_rujukan", stay_id=case.stay_id,
                            params={**DAY, "tujuan": "Panti Sosial Bina Laras"})
    with pytest.raises(PermissionDenied):  # a pekerja sosial may not correct issued letters
        correct_letter(store, actor(case), first.letter_id, {"tujuan": "x"})
    desk = Actor(None, "tu", "petugas_admin")
    second = correct_letter(store, desk, first.letter_id,
                            {"tujuan": "Balai Rehabilitasi Sosial Budi Luhur"})
    assert second.letter_id != first.letter_id
    assert second.number == first.number  # a correction keeps the letter's number
    assert "Budi Luhur" in text(second.pdf) and "Ralat ke-1" in text(second.pdf)
    assert "Bina Laras" in text(first.pdf)
    assert reprint(store, first.letter_id) == first.pdf  # the old one is kept unchanged
    with store.read() as s:
        new = s.get(Letter, second.letter_id)
        assert new.version == 2 and new.supersedes_id == first.letter_id
        assert new.params["tujuan"] == "Balai Rehabilitasi Sosial Budi Luhur"
        assert new.letter_date.isoformat() == "2026-11-22"
        listed = letters_for_client(s, case.client_id)
    assert [(i.version, i.superseded) for i in listed] == [(1, True), (2, False)]
    with pytest.raises(DomainError):  # only the newest version can be corrected
        correct_letter(store, desk, first.letter_id, {"tujuan": "x"})
    third = correct_letter(store, desk, second.letter_id, {})
    with store.read() as s:
        assert s.get(Letter, third.letter_id).version == 3


def test_numbers_never_reused_per_type_and_year(store, case):
    numbers = [generate_letter(store, actor(case), "surat_penjamin", stay_id=case.stay_id,
                               params=DAY).number for _ in range(3)]
    assert len(set(numbers)) == 3
    assert [n.split("/")[1].split("-")[0] for n in numbers] == ["001", "002", "003"]
    other = generate_letter(store, actor(case), "surat_rujukan", stay_id=case.stay_id,
                            params=DAY).number
    assert other == "460/004/Dinsos/XI/2026"  # one book for every letter type
    next_year = generate_letter(store, actor(case), "surat_penjamin", stay_id=case.stay_id,
                                params={"tanggal": "2027-01-04"}).number
    assert next_year == "460/001/Dinsos/I/2027"


def test_rolled_back_generation_leaves_nothing_and_no_duplicate(store, case):
    kept = generate_letter(store, actor(case), "surat_penjamin", stay_id=case.stay_id,
                           params=DAY)
    with pytest.raises(RuntimeError), store.write(actor(case)) as s:
        generate_in(store, s, actor(case), "surat_penjamin", stay_id=case.stay_id, params=DAY)
        raise RuntimeError("power cut before the commit")
    after = generate_letter(store, actor(case), "surat_penjamin", stay_id=case.stay_id,
                            params=DAY)
    with store.read() as s:
        rows = s.exec(select(Letter)).all()
    assert len(rows) == 2
    assert len({r.number for r in rows}) == 2
    assert kept.number != after.number


def test_two_offline_desks_never_print_the_same_number(tmp_path, case, store):
    other = open_store(DataPaths(tmp_path / "desk2"))
    try:
        # The second desk is set up from the first: the office (and its home desk) arrives
        # with the first sync, as it does with a bundle import.
        with store.read() as s:
            office = s.exec(select(Setting).where(Setting.key == "office")).one().value
        with other.write() as s:
            s.add(Setting(key="office", value=office))
            case2 = add_sample_case(s, settings=False)
        n1 = generate_letter(store, actor(case), "surat_penjamin", stay_id=case.stay_id,
                             params=DAY).number
        n2 = generate_letter(other, actor(case2), "surat_penjamin", stay_id=case2.stay_id,
                             params=DAY).number
        assert store.site_id != other.site_id
        assert n1 != n2  # both are the desk's first Surat Penjamin of 2026
        assert n1 == "460/001/Dinsos/XI/2026"  # the home desk prints the plain number
        assert re.fullmatch(r"460/001-[0-9A-Z]{1,6}/Dinsos/XI/2026", n2)
        with store.write() as s:
            set_desk_code(s, store.site_id, "a")
            with pytest.raises(DomainError):
                set_desk_code(s, "desk-other", "A")
            with pytest.raises(DomainError):
                set_desk_code(s, store.site_id, "A/B")
        n3 = generate_letter(store, actor(case), "surat_penjamin", stay_id=case.stay_id,
                             params=DAY).number
        assert n3 == "460/002/Dinsos/XI/2026"
        with other.write() as s:
            set_desk_code(s, other.site_id, "B")
        n4 = generate_letter(other, actor(case2), "ba_serah_terima", stay_id=case2.stay_id,
                             params=DAY).number
        assert n4 == "460/002-B/Dinsos/XI/2026"
    finally:
        other.close()


def test_pattern_per_letter_type_from_office_settings(store, case):
    from rumahsinggah.services.settings import load_office_settings, save_office_settings

    with store.write() as s:
        settings = load_office_settings(s)
        settings.letter_patterns = {"*": "{kode}/{nomor:03d}/Dinsos/{bulan_romawi}/{tahun}",
                                    "ba_pemulangan": "BA-{meja}/{nomor:04d}/RS/{tahun}"}
        save_office_settings(s, settings)
        set_desk_code(s, store.site_id, "B")
    ba = generate_letter(store, actor(case), "ba_pemulangan", stay_id=case.stay_id, params=DAY)
    assert ba.number == "BA-B/0001/RS/2026"
    assert "Nomor: BA-B/0001/RS/2026" in text(ba.pdf)


def test_generation_needs_a_known_case(store):
    import uuid

    with pytest.raises(letters.NotFound):
        generate_letter(store, Actor(None, "x"), "surat_penjamin", stay_id=uuid.uuid4())


def test_standard_products_map_to_letter_types():
    assert letters_for_products(["Surat Rujukan ke Panti yang menangani Orang Terlantar",
                                 "Surat Pengantar Pemulangan Klien",
                                 "Berita Acara Pemulangan Klien"]) == [
        "surat_rujukan", "surat_pengantar_pemulangan", "ba_pemulangan"]
    assert letters_for_products(["Surat Rujukan/Rekomendasi Klien", "Laporan Sosial"]) == [
        "surat_rujukan", "laporan_sosial"]
    assert letters_for_products(["Penerimaan Klien Rumah Singgah"]) == [
        "pemberitahuan_penerimaan"]
    assert letters_for_products(["Pemulangan Klien Rumah Singgah"]) == [
        "surat_penjamin", "ba_serah_terima"]
    assert letters_for_products(["Rehabilitasi Sosial"]) == []
