"""Letters a Dinas can sign (issue 14): the right government and official, one letter book,
letters dated by their event, a Berita Acara for each way a stay ends, content from the act,
the letters that were missing, and the layout rules. Text checked with pypdf."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlmodel import select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.services.letter_book import letter_book
from rumahsinggah.services.letters import SPECS, correct_letter, generate_letter
from rumahsinggah.services.letters_sample import add_other_offices, add_sample_case
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import (
    Agency,
    Attachment,
    Coordination,
    Decision,
    Facility,
    Letter,
    Raid,
    Stay,
    Termination,
    User,
)

pytestmark = pytest.mark.both_engines


def pdf_text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in
                                        PdfReader(io.BytesIO(pdf)).pages))


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def case(store):
    with store.write() as s:
        return add_sample_case(s)


def rina(case) -> Actor:
    return Actor(case.officer_id, "rina", "pekerja_sosial")


def _admin(store) -> Actor:
    """Someone else at the desk, who prints letters for acts they did not do."""
    with store.write() as s:
        user = User(username="admin", full_name="Admin Demo", role="admin")
        s.add(user)
        s.flush()
        return Actor(user.id, "admin", "admin")


def _termination(store, case, **changes) -> None:
    with store.write() as s:
        t = s.exec(select(Termination).where(Termination.stay_id == case.stay_id)).one()
        for key, value in changes.items():
            setattr(t, key, value)


def make(store, case, letter_type, actor=None, **params):
    return generate_letter(store, actor or rina(case), letter_type, stay_id=case.stay_id,
                           params=params)


# -- 1. who issues and who signs -----------------------------------------------------------------

def test_two_facilities_of_different_governments_in_one_store(store, case):
    with store.write() as s:
        bjm = s.get(Stay, case.stay_id)
        s.add(Facility(name="Rumah Singgah Dinsos P3A Kota Banjar", kind="rumah_singgah",
                       code="BJR", regency="Kota Banjar"))
        s.flush()
        add_other_offices(s)
        banjar = add_sample_case(s, seq=2, settings=False)
        stay = s.get(Stay, banjar.stay_id)
        stay.facility_id = s.exec(select(Facility.id).where(Facility.code == "BJR")).one()
        stay.case_number = "BJR-2026-00001"
        assert bjm.facility_id != stay.facility_id
    here = pdf_text(make(store, case, "surat_pengantar_pemulangan").pdf)
    there_result = make(store, banjar, "surat_pengantar_pemulangan")
    there = pdf_text(there_result.pdf)
    assert "PEMERINTAH KOTA BANJARMASIN" in here and "Dra. Hj. Siti Rahmah" in here
    assert "PEMERINTAH KOTA BANJAR " in there and "BANJARMASIN" not in there.split("Nomor")[1][:5]
    assert "PEMERINTAH KOTA BANJARMASIN" not in there
    assert "Drs. H. Asep Supriatna, M.Si" in there and "Pembina Utama Muda (IV/c)" in there
    assert "Banjar, 22 November 2026" in there  # the office's own city before the date
    # Each office keeps its own book: both letters are number 001 of their office.
    assert there_result.number == "460/001/Dinsos.P3A/XI/2026"
    page = PdfReader(io.BytesIO(there_result.pdf)).pages[0]
    assert round(float(page.mediabox.height) / 72 * 25.4) == 330  # that office prints on F4
    # a.n. and the pangkat of the Kepala Bidang who signs for the Kepala Dinas
    ba = pdf_text(make(store, banjar, "ba_serah_terima").pdf)
    assert "a.n. Kepala Dinas Sosial, P3A Kota Banjar" in ba and "Pembina (IV/a)" in ba


def test_plt_prefix_for_an_acting_head(store, case):
    with store.write() as s:
        s.add(Facility(name="Panti Sosial Bina Serumpun", kind="panti", code="BBL"))
        s.flush()
        add_other_offices(s)
        s.get(Stay, case.stay_id).facility_id = s.exec(
            select(Facility.id).where(Facility.code == "BBL")).one()
    text = pdf_text(make(store, case, "surat_rujukan").pdf)
    assert "PEMERINTAH PROVINSI KEPULAUAN BANGKA BELITUNG" in text
    assert "Plt. Kepala Dinas Sosial dan Pemberdayaan" in text
    assert "Dr. Hendra Kurniawan" in text


def test_parties_are_the_people_recorded_on_the_act(store, case):
    admin = _admin(store)
    ba = pdf_text(make(store, case, "ba_serah_terima", actor=admin).pdf)
    penjamin = pdf_text(make(store, case, "surat_penjamin", actor=admin).pdf)
    for text in (ba, penjamin):
        assert "Rina Marlina, S.Tr.Sos" in text  # the termination officer
        assert "Admin Demo" not in text  # not whoever printed it
    assert "Hendra Gunawan" in ba and "Ketua RT 12" in ba  # the recorded witnesses


def test_disposisi_carries_the_kepala_bidang_who_decided(store, case):
    with store.write() as s:
        kabid = User(username="yusuf", full_name="Yusuf Hamdani, S.Sos", role="kepala_bidang",
                     nip="198104042006041005", title="Plh. Kepala Bidang Rehabilitasi Sosial")
        s.add(kabid)
        s.flush()
        s.exec(select(Decision).where(Decision.stay_id == case.stay_id)).one().decided_by = \
            kabid.id
    result = make(store, case, "disposisi")
    text = pdf_text(result.pdf)
    assert "Yusuf Hamdani, S.Sos" in text and "198104042006041005" in text
    assert "Ahmad Fauzi" not in text  # the configured Kepala Bidang did not decide
    with store.read() as s:
        assert s.get(Letter, result.letter_id).signatory_name == "Yusuf Hamdani, S.Sos"


# -- 2. one letter book ---------------------------------------------------------------------------

def test_numbers_unique_across_all_letter_types(store, case):
    _termination(store, case, escort="Hendra Gunawan")
    numbered = [t for t, spec in SPECS.items() if spec.numbered]
    numbers = [make(store, case, t, tanggal="2026-11-22").number for t in numbered]
    assert len(set(numbers)) == len(numbers)
    assert [int(n.split("/")[1]) for n in numbers] == list(range(1, len(numbers) + 1))
    assert numbers[numbered.index("surat_tugas")].startswith("800.1.11.1/")  # its own code
    with store.read() as s:
        book = letter_book(s, year=2026)
    assert [e.number for e in book] == numbers
    assert {e.letter_type for e in book} == set(numbered)
    assert all(e.case_number == case.case_number for e in book)


def test_roman_month_follows_the_letter_date(store, case):
    december = make(store, case, "surat_rujukan", tanggal="2026-12-05").number
    assert december.endswith("/XII/2026")
    november = make(store, case, "ba_serah_terima").number  # dated by the pickup, 22 Nov
    assert november.endswith("/XI/2026")


def test_classification_code_per_type_from_the_office(store, case):
    from rumahsinggah.services.settings import load_office_settings, save_office_settings

    with store.write() as s:
        office = load_office_settings(s)
        office.codes = {"surat_rujukan": "400.9.4"}
        office.code = "Dinsos.RS"
        save_office_settings(s, office)
    assert make(store, case, "surat_rujukan").number == "400.9.4/001/Dinsos.RS/XI/2026"
    with store.write() as s:
        office = load_office_settings(s)
        office.code = "a/b"
        with pytest.raises(DomainError):
            save_office_settings(s, office)


def test_a_lost_counter_never_repeats_a_number_of_the_book(store, case):
    first = make(store, case, "surat_rujukan").number
    with store.write() as s:
        from sqlalchemy import text as sql

        s.execute(sql("DELETE FROM counter"))  # a restored backup of this desk
    second = make(store, case, "surat_rujukan").number
    assert first != second and second.startswith("460/002/")


# -- 3. dated by the event -----------------------------------------------------------------------

def test_letters_are_dated_by_their_event_unless_the_user_chooses(store, case):
    ba = make(store, case, "ba_serah_terima")
    rujukan = make(store, case, "disposisi")
    laporan = make(store, case, "laporan_sosial")
    chosen = make(store, case, "surat_pengantar_pemulangan", tanggal="2026-11-25")
    with store.read() as s:
        dates = {r.letter_type: r.letter_date for r in s.exec(select(Letter)).all()}
    assert dates["ba_serah_terima"] == date(2026, 11, 22)  # the pickup
    assert dates["disposisi"] == date(2026, 11, 3)  # the decision
    assert dates["laporan_sosial"] == date(2026, 11, 16)  # the latest assessment
    assert dates["surat_pengantar_pemulangan"] == date(2026, 11, 25)
    assert "Banjarmasin, 25 November 2026" in pdf_text(chosen.pdf)
    for result in (ba, rujukan, laporan, chosen):
        text = pdf_text(result.pdf).lower()
        assert "dibuat kemudian" not in text and "tanggal cetak" not in text


# -- 4. a Berita Acara for each way a stay ends -------------------------------------------------

def test_death_refuses_a_pemulangan_and_makes_a_serah_terima_jenazah(store, case):
    _termination(store, case, mode="meninggal_dunia", basis="siap_pulang",
                 notes="Meninggal di RSUD Ulin karena sakit jantung.")
    with pytest.raises(DomainError, match="meninggal"):
        make(store, case, "ba_pemulangan")
    with pytest.raises(DomainError):
        make(store, case, "surat_penjamin")
    with store.read() as s:
        assert s.exec(select(Letter)).all() == []  # nothing kept, no number used
    text = pdf_text(make(store, case, "ba_serah_terima").pdf)
    assert "BERITA ACARA SERAH TERIMA JENAZAH" in text
    assert "telah meninggal dunia" in text and "menerima jenazah" in text
    assert "dalam keadaan baik" not in text
    assert "Dasar terminasi : Klien meninggal dunia" in text
    assert "sakit jantung" in text


def test_handover_to_an_agency_names_pihak_kedua_from_the_destination(store, case):
    with store.write() as s:
        rsbl = Agency(name="Panti Sosial Bina Laras Budi Luhur", kind="balai_panti",
                      address="Jl. A. Yani Km 21, Banjarbaru")
        s.add(rsbl)
        s.flush()
        agency_id = rsbl.id
    _termination(store, case, mode="diserahkan_instansi", basis="siap_pulang",
                 receiving_agency_id=agency_id, receiving_name="Drs. Bambang Sutrisno",
                 receiving_nip="196912121994031006", receiving_title="Kepala Seksi Rehabilitasi",
                 destination="Panti Sosial Bina Laras Budi Luhur", pickup_name="")
    text = pdf_text(make(store, case, "ba_serah_terima").pdf)
    second = text.split("PIHAK PERTAMA")[1]
    assert "Drs. Bambang Sutrisno" in second and "196912121994031006" in second
    assert "Kepala Seksi Rehabilitasi" in second
    assert "Instansi : Panti Sosial Bina Laras Budi Luhur" in text
    assert "Jl. A. Yani Km 21" in text
    assert "Cara terminasi : Diserahkan ke instansi lain" in text


def test_leaving_without_notice_has_no_second_party(store, case):
    _termination(store, case, mode="pergi_tanpa_pamit", basis="siap_pulang",
                 notes="Tidak kembali setelah izin ke pasar.")
    with pytest.raises(DomainError):
        make(store, case, "ba_pemulangan")
    text = pdf_text(make(store, case, "ba_serah_terima").pdf)
    assert "BERITA ACARA KLIEN PERGI TANPA PEMBERITAHUAN" in text
    assert "PIHAK KEDUA" not in text and "tanpa pemberitahuan" in text
    assert "izin ke pasar" in text


def test_pickup_and_delivery_home_state_basis_and_length_of_stay(store, case):
    pickup = pdf_text(make(store, case, "ba_serah_terima").pdf)
    assert "Dasar terminasi : Keluarga datang menjemput" in pickup
    assert "Lama tinggal : 21 hari" in pickup  # 2 to 22 November
    _termination(store, case, mode="diantar_pulang", basis="lewat_batas_tinggal",
                 terminated_at=datetime(2026, 12, 1, 3, tzinfo=UTC), escort="Hendra Gunawan")
    home = pdf_text(make(store, case, "ba_pemulangan").pdf)
    assert "Lama tinggal : lebih dari 21 hari (30 hari)" in home
    assert "Dasar terminasi : Telah tinggal melebihi batas waktu" in home
    assert "Cara pemulangan : Diantar pulang ke keluarga" in home
    assert "dalam keadaan baik" not in home


# -- 5. content from the act it reports ----------------------------------------------------------

def test_surat_rujukan_follows_the_referral_decision(store, case):
    with store.write() as s:
        d = s.exec(select(Decision).where(Decision.stay_id == case.stay_id)).one()
        d.outcome, d.referral_destination = "rujuk", "Panti Sosial Bina Laras Budi Luhur"
        d.reason = "Gangguan jiwa berat memerlukan rehabilitasi di panti."
    text = pdf_text(make(store, case, "surat_rujukan").pdf)
    assert "Pimpinan Panti Sosial Bina Laras Budi Luhur" in text
    assert "Alasan rujukan : Gangguan jiwa berat" in text
    # The assessment's own advice (keep and send home) contradicts the referral: not printed.
    assert "Ditampung, diberi bimbingan" not in text and "Dipulangkan kepada" not in text
    # Enclosures: the social report (there are assessments), no KTP scan was kept.
    assert "Laporan sosial klien" in text and "Salinan KTP" not in text
    with store.write() as s:
        s.add(Attachment(stay_id=case.stay_id, kind="ktp", filename="ktp.jpg",
                         stored_name="x-ktp.jpg"))
    assert "Salinan KTP" in pdf_text(make(store, case, "surat_rujukan").pdf)


def test_raid_notice_goes_to_the_raiding_agency_and_its_hal_follows_the_decision(store, case):
    with store.write() as s:
        satpol = Agency(name="Satpol PP Kota Banjarmasin", kind="satpol_pp")
        s.add(satpol)
        s.flush()
        raid = Raid(raid_date=datetime(2026, 11, 1, 14, tzinfo=UTC), agency_id=satpol.id,
                    letter_number="300/77/Satpol/XI/2026")
        s.add(raid)
        s.flush()
        stay = s.get(Stay, case.stay_id)
        stay.raid_id, stay.requester_name = raid.id, ""
        stay.referring_agency_id = None
    text = pdf_text(make(store, case, "pemberitahuan_penerimaan").pdf)
    assert "Yth. Pimpinan Satpol PP Kota Banjarmasin" in text and "Pemohon" not in text
    assert "300/77/Satpol/XI/2026" in text
    assert "Hal : Pemberitahuan Penerimaan Klien" in text
    with store.write() as s:
        s.exec(select(Decision).where(Decision.stay_id == case.stay_id)).one().outcome = "tolak"
    rejected = pdf_text(make(store, case, "pemberitahuan_penerimaan").pdf)
    assert "Hal : Pemberitahuan Penolakan Klien" in rejected
    assert "tidak dapat ditampung" in rejected and "Penerimaan Klien" not in rejected


# -- 6. the letters that were missing -------------------------------------------------------------

def test_coordination_letter_tracks_a_reply_due_date(store, case):
    result = make(store, case, "surat_koordinasi", tanggal="2026-11-10")
    text = pdf_text(result.pdf)
    assert "Yth. Kepala Dinas Sosial Kota Banjarmasin" in text
    assert "Koordinasi dan Penelusuran Keluarga Klien" in text
    assert "paling lambat tanggal 24 November 2026" in text
    assert "telepon (Siti Aminah), ditemukan" in text  # the tracing done so far
    with store.read() as s:
        row = s.exec(select(Coordination).where(Coordination.stay_id == case.stay_id)).one()
    assert row.reply_due == date(2026, 11, 24) and row.letter_number == result.number


def test_receipt_statement_assignment_and_home_visit_letters(store, case):
    receipt = pdf_text(make(store, case, "tanda_terima_barang").pdf)
    assert "TANDA TERIMA BARANG BAWAAN KLIEN" in receipt and "Tas ransel hitam" in receipt
    assert "Banjarmasin, 2 November 2026" in receipt  # dated by the intake
    statement = pdf_text(make(store, case, "surat_pernyataan").pdf)
    assert "SURAT PERNYATAAN PENANGGUNG JAWAB" in statement and "Siti Aminah" in statement
    assert "METERAI" in statement
    with pytest.raises(DomainError):  # no escort recorded: no assignment letter
        make(store, case, "surat_tugas")
    _termination(store, case, mode="diantar_pulang", escort="Hendra Gunawan, Rina Marlina")
    tugas = make(store, case, "surat_tugas")
    text = pdf_text(tugas.pdf)
    assert "SURAT TUGAS" in text and "MENUGASKAN" in text
    assert "Hendra Gunawan, Rina Marlina" in text and tugas.number.startswith("800.1.11.1/")
    visit = pdf_text(make(store, case, "laporan_kunjungan_rumah").pdf)
    assert "LAPORAN KUNJUNGAN RUMAH" in visit
    assert "bekerja sebagai tukang" in visit and "1 Desember 2026" in visit


def test_corrected_letter_carries_a_visible_ralat_mark(store, case):
    first = make(store, case, "surat_rujukan")
    assert "RALAT" not in pdf_text(first.pdf)
    second = correct_letter(store, Actor(None, "tu", "petugas_admin"), first.letter_id,
                            {"tujuan": "Balai Budi Luhur"})
    page_one = pages(second.pdf)[0]
    assert "RALAT ke-1" in page_one
    with store.read() as s:
        book = letter_book(s, year=2026)
    assert [(e.number, e.version) for e in book] == [(first.number, 2)]  # listed once


def test_default_tembusan_per_type(store, case):
    assert "Tembusan: 1. Kepala Dinas Sosial (sebagai laporan) 2. Arsip" in pdf_text(
        make(store, case, "surat_pengantar_pemulangan").pdf)
    assert "Tembusan" not in pdf_text(make(store, case, "ba_serah_terima").pdf)
    given = pdf_text(make(store, case, "surat_rujukan", tembusan=["Camat Banjarmasin Selatan"])
                     .pdf)
    assert "1. Camat Banjarmasin Selatan" in given and "Arsip" not in given


# -- 7. layout -------------------------------------------------------------------------------------

@pytest.mark.parametrize("paper", ["A4", "F4"])
@pytest.mark.parametrize("letter_type", ["ba_serah_terima", "ba_pemulangan"])
def test_berita_acara_fits_one_sheet(store, case, paper, letter_type):
    pdf = make(store, case, letter_type, kertas=paper).pdf
    assert len(pages(pdf)) == 1
    assert "Halaman" not in pages(pdf)[0]  # no page count on a one-page letter


def test_page_count_only_on_longer_documents(store, case):
    pdf = make(store, case, "case_record").pdf
    texts = pages(pdf)
    assert len(texts) > 1
    for i, text in enumerate(texts, start=1):
        assert f"Halaman {i} dari {len(texts)}" in text


@pytest.mark.parametrize("letter_type", sorted(t for t in SPECS if t not in (
    "buku_data", "formulir_asesmen", "case_record", "laporan_sosial", "disposisi")))
def test_no_page_holds_only_signatures(store, case, letter_type):
    _termination(store, case, escort="Hendra Gunawan")
    texts = pages(make(store, case, letter_type).pdf)
    last = re.sub(r"\s+", " ", texts[-1])
    # The closing words travel with the signatures: the last page is never signatures alone.
    assert "Demikian" in last or "Barang tersebut dikembalikan" in last


def _colon_columns(pdf: bytes) -> set[int]:
    xs: set[int] = set()

    def visit(text, cm, tm, font, size):
        if text.strip() == ":":
            xs.add(round(tm[4] * cm[0] + tm[5] * cm[2] + cm[4]))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return xs


def test_colon_columns_align_within_a_berita_acara(store, case):
    xs = _colon_columns(make(store, case, "ba_serah_terima").pdf)
    assert len(xs) == 1, xs  # the parties' and the client's fields share one colon column


def test_register_counts_persons_and_cases_and_names_facilities(store, case):
    with store.write() as s:
        other = Facility(name="Rumah Singgah Dinsos P3A Kota Banjar", kind="rumah_singgah",
                         code="BJR")
        s.add(other)
        s.flush()
        first = s.get(Stay, case.stay_id)
        s.add(Stay(case_number="BJR-2026-00001", client_id=first.client_id,
                   facility_id=other.id, standard_code="x", source="razia",
                   arrival_at=datetime(2026, 11, 25, 2, tzinfo=UTC), status="dalam_pelayanan"))
    text = pdf_text(generate_letter(store, rina(case), "buku_data", params={
        "dari": "2026-11-01", "sampai": "2026-11-30", "tanggal": "2026-11-30"}).pdf)
    assert "BUKU DATA KLIEN SEMUA FASILITAS" in text
    assert "Jumlah: 2 kasus, 1 orang" in text
    assert "Rumah Singgah Dinsos P3A Kota Banjar" in text


def test_handover_recorded_by_the_workflow_prints_the_receiving_officer(store):
    """Through the services: admit, mark ready, hand over to an agency, print the BA."""
    import uuid as _uuid

    from rules_support import World
    from rumahsinggah.services.casework import (
        AssessmentInput,
        IdentificationInput,
        record_assessment,
        record_identification,
    )
    from rumahsinggah.services.decision import DecisionInput, decide
    from rumahsinggah.services.termination import TerminationInput, terminate

    world = World(store)
    r = world.person(days_ago=3)
    with world.write("pramu_sosial") as s:
        record_identification(s, IdentificationInput(r.stay_id, papers_seen=["KTP"]))
    with world.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(r.stay_id, "awal", problem="ODGJ",
                                             submit_for_decision=True))
    with world.write("kepala_bidang") as s:
        decide(s, DecisionInput(r.stay_id, "tampung", reason="Perlu pembinaan"))
    with world.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(r.stay_id, "lanjutan", problem="stabil",
                                             ready_to_return=True))
        agency = Agency(name="Panti Sosial Bina Laras Budi Luhur", kind="balai_panti")
        s.add(agency)
        s.flush()
        agency_id = agency.id
    data = dict(mode="diserahkan_instansi", basis="siap_pulang", place="Kantor panti",
                destination="Panti Sosial Bina Laras Budi Luhur", witnesses=["Petugas panti"],
                receiving_name="Drs. Bambang Sutrisno", receiving_nip="196912121994031006",
                receiving_title="Kepala Seksi Rehabilitasi")
    with pytest.raises(DomainError, match="Instansi penerima"), \
            world.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, receiving_agency_id=_uuid.uuid4(), **data))
    with world.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, receiving_agency_id=agency_id, **data))
    text = pdf_text(generate_letter(store, world.actors["petugas_admin"], "ba_serah_terima",
                                    stay_id=r.stay_id).pdf)
    second = text.split("PIHAK PERTAMA")[1]
    assert "Drs. Bambang Sutrisno" in second and "Kepala Seksi Rehabilitasi" in second
    assert "Instansi : Panti Sosial Bina Laras Budi Luhur" in text
    assert "Pekerja Sosial" in text.split("PIHAK PERTAMA")[0]  # the officer who terminated
    assert "Petugas Admin" not in text  # not the one who printed it
