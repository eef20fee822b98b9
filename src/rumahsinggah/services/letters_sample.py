"""A complete sample case (arrival to termination) for letter previews, tests and benchmarks.

Rows are inserted directly, as the workflows would leave them; nothing here checks rules.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import Session, select

from rumahsinggah.services.settings import OfficeSettings, Signatory, save_office_settings
from rumahsinggah.storage.models import (
    Agency,
    Assessment,
    Belonging,
    Client,
    Decision,
    Facility,
    FamilyMember,
    HomeVisit,
    Identification,
    ServiceSession,
    Stay,
    Termination,
    TracingAttempt,
    User,
)

LONG_NAME = (
    "Muhammad Abdurrahman Syaifullah Nurhidayatullah Al-Banjari bin Haji Ahmad "
    "Zainuddin Kusumawardhana Prawiranegara"
)


@dataclass(frozen=True)
class SampleCase:
    client_id: uuid.UUID
    stay_id: uuid.UUID
    case_number: str
    officer_id: uuid.UUID


def office_settings() -> OfficeSettings:
    return OfficeSettings(
        signatories=[
            Signatory("kepala_dinas", "Dra. Hj. Siti Rahmah, M.Si", "196805121994032007",
                      "Kepala Dinas Sosial\nKota Banjarmasin",
                      pangkat="Pembina Utama Muda (IV/c)"),
            Signatory("kepala_bidang", "Ahmad Fauzi, S.Sos., M.AP", "197503182001121003",
                      "Kepala Bidang Rehabilitasi Sosial", pangkat="Pembina (IV/a)"),
            Signatory("petugas", "Rina Marlina, S.Tr.Sos", "199001012019032011",
                      "Pekerja Sosial Ahli Pertama"),
        ],
    )


def other_offices() -> list[tuple[str, OfficeSettings, tuple[str, ...]]]:
    """The demo's other issuing offices: (name, letterhead and signatories, facility codes).
    Names and NIPs are invented."""
    return [
        ("Dinsos P3A Kota Banjar", OfficeSettings(
            government="PEMERINTAH KOTA BANJAR",
            agency="DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
            address="Jl. Siliwangi No. 54, Banjar 46311", phone="(0265) 741234",
            website="dinsosp3a.banjarkota.go.id", city="Banjar", code="Dinsos.P3A",
            paper_size="F4",
            signatories=[
                Signatory("kepala_dinas", "Drs. H. Asep Supriatna, M.Si", "197002141996031004",
                          "Kepala Dinas Sosial, Pemberdayaan Perempuan\ndan Perlindungan Anak",
                          pangkat="Pembina Utama Muda (IV/c)"),
                Signatory("kepala_bidang", "Neneng Hasanah, S.Sos", "197811052005012009",
                          "Kepala Bidang Rehabilitasi Sosial", pangkat="Pembina (IV/a)",
                          on_behalf="Kepala Dinas Sosial, P3A Kota Banjar"),
            ]), ("BJR",)),
        ("Dinsos PMD Provinsi Kepulauan Bangka Belitung", OfficeSettings(
            government="PEMERINTAH PROVINSI KEPULAUAN BANGKA BELITUNG",
            agency="DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DESA",
            address="Jl. Pulau Bangka, Komplek Perkantoran Gubernur, Air Itam, Pangkalpinang",
            phone="(0717) 438812", website="dinsospmd.babelprov.go.id", city="Pangkalpinang",
            code="DINSOSPMD",
            signatories=[
                Signatory("kepala_dinas", "Dr. Hendra Kurniawan, S.STP., M.Si",
                          "197604122000121002", "Kepala Dinas Sosial dan Pemberdayaan\n"
                          "Masyarakat Desa", pangkat="Pembina Utama Muda (IV/c)",
                          acting=True),
                Signatory("kepala_bidang", "Yuliana Putri, S.Psi", "198207192006042011",
                          "Kepala Bidang Rehabilitasi Sosial", pangkat="Pembina (IV/a)"),
            ]), ("BBL",)),
        ("Dinas Sosial Kota Pangkalpinang", OfficeSettings(
            government="PEMERINTAH KOTA PANGKALPINANG", agency="DINAS SOSIAL",
            address="Jl. Depati Amir No. 7, Bukit Intan, Pangkalpinang", city="Pangkalpinang",
            phone="(0717) 421190", code="Dinsos.PGK",
            signatories=[
                Signatory("kepala_dinas", "Hj. Rosmala Dewi, S.E., M.M", "196909091995032003",
                          "Kepala Dinas Sosial\nKota Pangkalpinang",
                          pangkat="Pembina Tingkat I (IV/b)"),
                Signatory("kepala_bidang", "Rahmat Hidayat, S.Sos", "198001152008011007",
                          "Kepala Bidang Rehabilitasi Sosial", pangkat="Penata Tingkat I (III/d)"),
            ]), ("PGK",)),
    ]


def add_other_offices(session: Session) -> None:
    """Register the demo's other issuing offices for their facilities (once)."""
    from rumahsinggah.services.settings import save_issuing_office
    from rumahsinggah.storage.models import IssuingOffice

    if session.exec(select(IssuingOffice)).first() is not None:
        return
    known = set(session.exec(select(Facility.code)).all())
    for name, settings, codes in other_offices():
        save_issuing_office(session, name, settings,
                            facility_codes=tuple(c for c in codes if c in known))


def _facility(session: Session) -> Facility:
    facility = session.exec(select(Facility).where(Facility.code == "BJM")).first()
    if facility is None:
        facility = Facility(name="Rumah Singgah Dinas Sosial Kota Banjarmasin",
                            kind="rumah_singgah", code="BJM", regency="Kota Banjarmasin",
                            province="Kalimantan Selatan", capacity=30)
        session.add(facility)
        session.flush()
    return facility


def _officer(session: Session) -> User:
    user = session.exec(select(User).where(User.username == "rina")).first()
    if user is None:
        user = User(username="rina", full_name="Rina Marlina, S.Tr.Sos", role="pekerja_sosial",
                    nip="199001012019032011", title="Pekerja Sosial Ahli Pertama")
        session.add(user)
        session.flush()
    return user


def add_sample_case(session: Session, *, long: bool = False, seq: int = 1,
                    arrival: datetime | None = None, settings: bool = True) -> SampleCase:
    """One client with a full stay. ``long``: a very long name, no NIK, age only estimated."""
    if settings:
        save_office_settings(session, office_settings())
    facility = _facility(session)
    officer = _officer(session)
    arrival = arrival or datetime(2026, 11, 2, 1, 30, tzinfo=UTC)
    satpol = Agency(name="Satuan Polisi Pamong Praja Kota Banjarmasin", kind="satpol_pp")
    session.add(satpol)
    if long:
        client = Client(full_name=LONG_NAME, nickname="Udin", nik=None, sex="L",
                        birth_date=date(1981, 7, 1), birth_date_estimated=True,
                        address="Kolong jembatan Antasari, dekat pasar terapung dan gudang "
                                "bekas pabrik karet yang sudah lama tidak dipakai lagi",
                        regency="Kabupaten Hulu Sungai Selatan",
                        province="Kalimantan Selatan", pmks_category="gelandangan")
    else:
        client = Client(full_name="Budi Santoso", nickname="Budi", nik="6371010507800001",
                        sex="L", birth_date=date(1980, 7, 5), birth_place="Banjarmasin",
                        religion="Islam", address="Jl. Kelayan B Gg. Sepakat RT 12",
                        village="Kelayan Tengah", district="Banjarmasin Selatan",
                        regency="Kota Banjarmasin", province="Kalimantan Selatan",
                        pmks_category="pengemis", physical_description="Tinggi 165 cm, kurus")
    session.add(client)
    session.flush()
    stay = Stay(case_number=f"BJM-2026-{seq:05d}", client_id=client.id, facility_id=facility.id,
                standard_code="banjarmasin-penerimaan", source="razia",
                referring_agency_id=satpol.id, requester_name="Kepala Satpol PP Kota Banjarmasin",
                arrival_at=arrival, status="selesai")
    session.add(stay)
    session.flush()
    session.add(Identification(stay_id=stay.id, identified_at=arrival, officer_id=officer.id,
                               papers_seen=["KTP"] if not long else [], healthy=True,
                               notes="Tiba bersama razia malam."))
    session.add_all([
        Belonging(stay_id=stay.id, description="Tas ransel hitam berisi pakaian", quantity=1,
                  condition="baik"),
        Belonging(stay_id=stay.id, description="Telepon genggam", quantity=1,
                  condition="layar retak"),
    ])
    session.add(Assessment(
        stay_id=stay.id, kind="awal", assessed_at=datetime(2026, 11, 3, 2, tzinfo=UTC),
        officer_id=officer.id, problem="Mengemis di persimpangan jalan karena tidak memiliki "
        "pekerjaan tetap.", causes="Kehilangan pekerjaan sebagai buruh bangunan.",
        physical_condition="Sehat, sedikit kurang gizi.", mental_condition="Stabil.",
        spiritual_condition="Menjalankan ibadah.", social_condition="Mau bergaul dengan "
        "penghuni lain.", family_situation="Memiliki seorang istri dan dua anak.",
        potentials="Terampil bertukang.", needs="Pekerjaan dan dukungan keluarga.",
        recommendation="Ditampung, diberi bimbingan sosial, lalu dipulangkan ke keluarga.",
        submitted_at=datetime(2026, 11, 3, 5, tzinfo=UTC)))
    session.add(Assessment(
        stay_id=stay.id, kind="lanjutan", assessed_at=datetime(2026, 11, 16, 2, tzinfo=UTC),
        officer_id=officer.id, problem="Siap kembali ke keluarga.",
        recommendation="Dipulangkan kepada keluarga dengan surat penjamin.",
        ready_to_return=True))
    session.add(Decision(stay_id=stay.id, outcome="tampung", reason="Klien sehat dan "
                         "bersedia mengikuti bimbingan.",
                         decided_at=datetime(2026, 11, 3, 7, tzinfo=UTC)))
    session.add(ServiceSession(stay_id=stay.id, kind="bimbingan_sosial",
                               held_at=datetime(2026, 11, 5, 2, tzinfo=UTC),
                               officer_id=officer.id, notes="Diskusi kelompok."))
    family = FamilyMember(client_id=client.id, full_name="Siti Aminah", relationship="istri",
                          nik="6371014408850002", phone="0812-5555-1234",
                          address="Jl. Kelayan B Gg. Sepakat RT 12", regency="Kota Banjarmasin")
    session.add(family)
    session.flush()
    session.add(TracingAttempt(stay_id=stay.id, family_member_id=family.id, method="telepon",
                               counterpart="Siti Aminah", result="ditemukan",
                               attempted_at=datetime(2026, 11, 10, 3, tzinfo=UTC)))
    session.add(Termination(
        stay_id=stay.id, basis="dijemput_keluarga",
        mode="diantar_pulang" if long else "dijemput_keluarga",
        escort="Hendra Gunawan, S.Sos" if long else "",
        terminated_at=datetime(2026, 11, 22, 3, tzinfo=UTC),
        place="Rumah Singgah Dinas Sosial Kota Banjarmasin", pickup_name="Siti Aminah",
        pickup_relationship="istri", pickup_nik="6371014408850002",
        pickup_address="Jl. Kelayan B Gg. Sepakat RT 12, Kota Banjarmasin",
        pickup_phone="0812-5555-1234", pickup_papers=["KTP", "KK"],
        surat_penjamin_signed=True, meterai=True,
        destination="Jl. Kelayan B Gg. Sepakat RT 12, Kota Banjarmasin",
        witnesses=["Hendra Gunawan", {"name": "Ketua RT 12", "title": "Ketua RT"}],
        officer_id=officer.id))
    session.add(HomeVisit(stay_id=stay.id, scheduled_for=date(2026, 12, 1),
                          visited_at=datetime(2026, 12, 1, 3, tzinfo=UTC), officer_id=officer.id,
                          result="Klien tinggal bersama keluarga dan bekerja sebagai tukang.",
                          notes="Keluarga mendukung; tidak ada tanda kembali ke jalan."))
    session.flush()
    return SampleCase(client.id, stay.id, stay.case_number, officer.id)
