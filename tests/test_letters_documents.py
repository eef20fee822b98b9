"""Every document: generated from a case, its text extracted with pypdf and checked."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from rumahsinggah.core.errors import DomainError
from rumahsinggah.documents.indonesian import (
    bulan_romawi,
    hari,
    tanggal,
    tanggal_terbilang,
    terbilang,
    umur,
)
from rumahsinggah.documents.numbering import format_number
from rumahsinggah.documents.render import render
from rumahsinggah.services.letters import LETTER_TYPES, SPECS, build_context, generate_letter
from rumahsinggah.services.letters_sample import LONG_NAME, add_sample_case
from rumahsinggah.services.settings import load_office_settings, save_office_settings
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Client, Stay

DAY = {"tanggal": "2026-11-22"}


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    """Extracted text with line breaks and repeated spaces folded (wrapped lines join)."""
    return re.sub(r"\s+", " ", text)


def text_runs_inside_page(pdf: bytes) -> list[str]:
    """Text runs whose end lies beyond the page's right edge or outside its height."""
    problems: list[str] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        width = float(page.mediabox.width)
        height = float(page.mediabox.height)

        def visit(text, cm, tm, font, size, number=number, width=width, height=height):
            if not text.strip() or not font:
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            base = str(font.get("/BaseFont", "/Times-Roman")).lstrip("/")
            scale = (tm[0] * cm[0]) or 1
            end = x + stringWidth(text, base, size * scale)
            if x < 0 or end > width - 10 or y < 0 or y > height:
                problems.append(f"page {number}: {text!r} at x={x:.0f}..{end:.0f} y={y:.0f}")

        page.extract_text(visitor_text=visit)
    return problems


@pytest.fixture
def case(store):
    with store.write() as s:
        return add_sample_case(s)


@pytest.fixture
def long_case(store):
    with store.write() as s:
        return add_sample_case(s, long=True, seq=2)


def officer(case) -> Actor:
    return Actor(case.officer_id, "rina", "pekerja_sosial")


# -- Indonesian words ------------------------------------------------------------------------


def test_indonesian_dates_and_words():
    d = date(2026, 11, 22)
    assert tanggal(d) == "22 November 2026"
    assert hari(d) == "Minggu"
    assert tanggal_terbilang(d) == (
        "Minggu tanggal dua puluh dua bulan November tahun dua ribu dua puluh enam")
    assert bulan_romawi(d) == "XI"
    assert terbilang(2) == "dua"
    assert umur(date(1981, 7, 1), True, d) == "± 45 tahun"
    assert umur(date(1980, 7, 5), False, d) == "46 tahun"
    assert umur(None, False, d) == "tidak diketahui"
    assert tanggal(date(2026, 3, 1)) == "1 Maret 2026"


def test_number_pattern():
    d = date(2026, 11, 22)
    pattern = "{kode}/{nomor:03d}/Dinsos/{bulan_romawi}/{tahun}"
    assert format_number(pattern, kode="460", nomor=17, letter_date=d) == \
        "460/017/Dinsos/XI/2026"
    assert format_number(pattern, kode="460", nomor=17, letter_date=d, desk_code="A") == \
        "460/017-A/Dinsos/XI/2026"
    assert format_number("{kode}/{meja}.{nomor}/{tahun}", kode="460", nomor=5, letter_date=d,
                         desk_code="B") == "460/B.5/2026"
    with pytest.raises(DomainError):
        format_number("{kode}/Dinsos/{tahun}", kode="460", nomor=1, letter_date=d)
    with pytest.raises(DomainError):
        format_number("{kode}/{nomor}/{bogus}", kode="460", nomor=1, letter_date=d)


# -- each document ---------------------------------------------------------------------------

COMMON = ["PEMERINTAH KOTA BANJARMASIN", "DINAS SOSIAL", "Budi Santoso"]
REQUIRED = {
    "surat_penjamin": ["SURAT PENJAMIN", "Yang bertanda tangan di bawah ini", "Siti Aminah",
                       "6371014408850002", "METERAI", "Saksi I", "Saksi II", "Hendra Gunawan",
                       "Rina Marlina", "NIP. 199001012019032011", "Banjarmasin, 22 November 2026",
                       "berjanji", "6371010507800001"],
    "ba_serah_terima": ["BERITA ACARA SERAH TERIMA KLIEN",
                        "Pada hari ini Minggu tanggal dua puluh dua bulan November tahun dua "
                        "ribu dua puluh enam", "PIHAK PERTAMA", "PIHAK KEDUA", "Siti Aminah",
                        "Tas ransel hitam", "Saksi I", "Ahmad Fauzi"],
    "ba_pemulangan": ["BERITA ACARA PEMULANGAN KLIEN",
                      "Pada hari ini Minggu tanggal dua puluh dua bulan November tahun dua ribu "
                      "dua puluh enam", "PIHAK PERTAMA", "PIHAK KEDUA", "Dijemput keluarga",
                      "2 November 2026 s.d. 22 November 2026"],
    "surat_pengantar_pemulangan": ["Pengantar Pemulangan Klien", "Kepada", "Yth.",
                                   "Kelayan Tengah", "2 November 2026", "Dra. Hj. Siti Rahmah",
                                   "NIP. 196805121994032007", "Banjarmasin, 22 November 2026"],
    "surat_rujukan": ["Rujukan / Rekomendasi Klien", "rehabilitasi sosial lanjutan",
                      "Dasar rujukan", "Dra. Hj. Siti Rahmah", "Laporan sosial klien"],
    "pemberitahuan_penerimaan": ["Pemberitahuan Penerimaan Klien",
                                 "Pimpinan Satuan Polisi Pamong Praja Kota Banjarmasin",
                                 "ditampung",
                                 "3 November 2026", "Klien sehat dan bersedia"],
    "disposisi": ["LEMBAR DISPOSISI", "Nomor agenda", "[ X ] Tampung dan intervensi",
                  "Ahmad Fauzi", "Kepala Bidang Rehabilitasi Sosial", "BJM-2026-00001"],
    "laporan_sosial": ["LAPORAN SOSIAL", "I. IDENTITAS KLIEN", "III. HASIL ASESMEN",
                       "Asesmen awal", "Asesmen lanjutan", "Mengemis di persimpangan",
                       "Siti Aminah", "Bimbingan sosial", "VI. KESIMPULAN DAN REKOMENDASI",
                       "Satuan Polisi Pamong Praja"],
    "formulir_asesmen": ["FORMULIR ASESMEN LANJUTAN", "A. IDENTITAS KLIEN",
                         "C. HASIL ASESMEN", "Siap kembali ke keluarga"],
    "case_record": ["CATATAN KASUS (CASE RECORD)", "1. IDENTITAS KLIEN", "8. TERMINASI",
                    "Keluarga datang menjemput", "Tas ransel hitam", "Tampung dan intervensi",
                    "Mengemis di persimpangan", "10. SURAT YANG DITERBITKAN"],
}


@pytest.mark.parametrize("letter_type", sorted(REQUIRED))
def test_each_document_carries_its_words(store, case, letter_type):
    result = generate_letter(store, officer(case), letter_type, stay_id=case.stay_id,
                             params=DAY)
    text = flat(pdf_text(result.pdf))
    for word in COMMON + REQUIRED[letter_type]:
        assert word in text, f"{letter_type}: '{word}' missing"
    if not SPECS[letter_type].numbered:
        assert result.number == ""
    else:
        assert re.fullmatch(r"460/001/Dinsos/XI/2026", result.number)
        assert result.number in text
    assert text_runs_inside_page(result.pdf) == []


def test_surat_penjamin_is_one_page(store, case, long_case):
    for c in (case, long_case):
        pdf = generate_letter(store, officer(c), "surat_penjamin", stay_id=c.stay_id,
                              params=DAY).pdf
        assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


# The complaint letters name the complainant, not a client (tests/test_complaints.py has them).
CLIENT_LETTERS = sorted(set(LETTER_TYPES) - {"tanda_terima_pengaduan", "balasan_pengaduan"})


@pytest.mark.parametrize("letter_type", CLIENT_LETTERS)
def test_long_name_no_nik_unknown_birth_date_stays_inside_the_page(store, long_case,
                                                                   letter_type):
    params = dict(DAY, dari="2026-11-01", sampai="2026-11-30")
    pdf = generate_letter(store, officer(long_case), letter_type, stay_id=long_case.stay_id,
                          params=params).pdf
    text = flat(pdf_text(pdf))
    assert text_runs_inside_page(pdf) == []
    # Every word of the long name is printed (wrapped, never cut).
    for word in LONG_NAME.split():
        assert word in text, f"{letter_type}: '{word}' of the name missing"
    if letter_type != "disposisi":  # the disposition sheet names the client only
        assert "tidak ada" in text  # no NIK
        assert "± 45 tahun" in text  # unknown birth date: the estimate


def test_blank_assessment_form_needs_no_case(store):
    result = generate_letter(store, Actor(None, "admin"), "formulir_asesmen",
                             params={"kosong": True, **DAY})
    text = flat(pdf_text(result.pdf))
    assert "FORMULIR ASESMEN AWAL" in text
    assert "1. Permasalahan klien" in text and "10. Rekomendasi" in text
    assert "coret yang tidak perlu" in text
    assert text_runs_inside_page(result.pdf) == []


def test_buku_data_register_repeats_its_header(store):
    with store.write() as s:
        base = datetime(2026, 3, 1, 2, tzinfo=UTC)
        add_sample_case(s, seq=1, arrival=base)
        first = s.get(Stay, add_sample_case(s, seq=2, long=True, settings=False,
                                            arrival=base).stay_id)
        client = s.get(Client, first.client_id)
        for i in range(3, 90):
            s.add(Stay(case_number=f"BJM-2026-{i:05d}", client_id=client.id,
                       facility_id=first.facility_id, standard_code="x", source="razia",
                       arrival_at=base + timedelta(hours=i), status="dalam_pelayanan"))
        # outside the period: not listed
        s.add(Stay(case_number="BJM-2025-00999", client_id=client.id,
                   facility_id=first.facility_id, standard_code="x", source="razia",
                   arrival_at=datetime(2025, 12, 31, 2, tzinfo=UTC), status="selesai"))
    result = generate_letter(store, Actor(None, "admin"), "buku_data",
                             params={"dari": "2026-01-01", "sampai": "2026-12-31", **DAY})
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) > 2
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    table_pages = [p.extract_text() for p in reader.pages if "BJM-20" in p.extract_text()]
    assert len(table_pages) > 2
    for text in table_pages:
        assert "Nama (Panggilan)" in text  # the header row repeats on every page
    text = flat(pdf_text(result.pdf))
    assert "Periode: 1 Januari 2026 s.d. 31 Desember 2026" in text
    assert "BJM-2026-00089" in text and "BJM-2025-00999" not in text
    assert "Jumlah: 89 kasus, 2 orang" in text
    assert text_runs_inside_page(result.pdf) == []


def test_same_input_gives_same_bytes(store, case):
    with store.read() as s:
        ctx1 = build_context(store, s, officer(case), "laporan_sosial", stay_id=case.stay_id,
                             params=DAY, number="460/001-A/Dinsos/XI/2026")
        ctx2 = build_context(store, s, officer(case), "laporan_sosial", stay_id=case.stay_id,
                             params=DAY, number="460/001-A/Dinsos/XI/2026")
        assert render(ctx1) == render(ctx2)


def test_f4_paper_and_logo(store, case, tmp_path):
    from PIL import Image

    from rumahsinggah.storage.attachments import save_bytes

    buf = io.BytesIO()
    Image.new("RGB", (120, 140), (20, 90, 160)).save(buf, "PNG")
    with store.write() as s:
        logo = save_bytes(store, s, buf.getvalue(), filename="logo.png", kind="lainnya")
        settings = load_office_settings(s)
        settings.paper_size = "F4"
        settings.logo_attachment_id = str(logo.id)
        save_office_settings(s, settings)
    pdf = generate_letter(store, officer(case), "surat_rujukan", stay_id=case.stay_id,
                          params=DAY).pdf
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert round(float(page.mediabox.height) / 72 * 25.4) == 330
    assert round(float(page.mediabox.width) / 72 * 25.4) == 215
    assert len(page.images) == 1


def test_health_referral(store, case):
    with store.write() as s:
        s.get(Stay, case.stay_id).health_referral_to = "RSUD Ulin Banjarmasin"
    pdf = generate_letter(store, officer(case), "surat_rujukan", stay_id=case.stay_id,
                          params=DAY).pdf
    text = flat(pdf_text(pdf))
    assert "pemeriksaan dan perawatan kesehatan di RSUD Ulin Banjarmasin" in text
    assert "Layanan Kesehatan" in text


def test_unknown_type_and_missing_case(store):
    with pytest.raises(DomainError):
        generate_letter(store, Actor(None, "x"), "surat_cinta", params=DAY)
    with pytest.raises(DomainError):
        generate_letter(store, Actor(None, "x"), "surat_penjamin", params=DAY)


def test_berita_acara_without_belongings(store, case):
    from sqlmodel import select

    from rumahsinggah.storage.base import utcnow
    from rumahsinggah.storage.models import Belonging

    with store.write() as s:
        for b in s.exec(select(Belonging)).all():
            b.deleted_at = utcnow()
    pdf = generate_letter(store, officer(case), "ba_serah_terima", stay_id=case.stay_id,
                          params=DAY).pdf
    text = flat(pdf_text(pdf))
    assert "Klien tidak membawa barang bawaan." in text
    assert "Tas ransel" not in text
