"""Casework during a stay: identification, assessment, guidance, family, tracing, coordination,
home visits.

Contract (each function takes the session and one input dataclass, returns the new row's id,
raises DomainError / PermissionDenied / NotFound with an Indonesian message and writes nothing
on refusal):
- ``record_identification(IdentificationInput)``: pramu sosial's identifikasi awal (papers
  seen, health, belongings). Status terdaftar -> identifikasi; not healthy -> rujuk_kesehatan
  (closed, ``health_referral_to`` set). Once per stay. Roles: case staff.
- ``record_assessment(AssessmentInput)``: kinds awal / lanjutan / lingkungan_sosial. The first
  awal moves the case to ``asesmen`` (requires the identification first when the standard has
  an identification step); ``submit_for_decision`` moves it to ``menunggu_keputusan``;
  ``ready_to_return`` records the ``siap_pulang`` event (basis for termination). Roles:
  pekerja_sosial, kepala_bidang.
- ``record_guidance(GuidanceInput)``: a guidance session (bimbingan fisik / mental-spiritual /
  sosial, ...). Only for an admitted client when the standard has a Kepala Bidang decision step;
  otherwise from the assessment on (and the first session moves the case to dalam_pelayanan).
- ``add_family_member(FamilyMemberInput)``; ``record_tracing(TracingInput)`` (a found family
  moves an admitted case to resosialisasi); ``record_coordination(CoordinationInput)`` and
  ``record_coordination_response(CoordinationResponseInput)`` for another region's Dinas.
- ``schedule_home_visit(HomeVisitScheduleInput)`` after the client went home, only for clients
  from the facility's own kab/kota; ``log_home_visit(HomeVisitLogInput)``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, select

from rumahsinggah.core import names
from rumahsinggah.core.errors import DomainError, NotFound
from rumahsinggah.core.localtime import local_date
from rumahsinggah.core.nik import check_nik
from rumahsinggah.core.vocab import (
    AssessmentKind,
    CaseStatus,
    ServiceKind,
    TracingMethod,
    TracingResult,
)
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions, service_level
from rumahsinggah.services._common import (
    ensure_open,
    get_client,
    get_facility,
    get_stay,
    registry,
    require_text,
)
from rumahsinggah.services.calendar import stay_zone
from rumahsinggah.services.status import change_status
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import (
    Assessment,
    Belonging,
    Coordination,
    FamilyMember,
    HomeVisit,
    Identification,
    ServiceSession,
    Stay,
    TracingAttempt,
)

S = CaseStatus


def _when(at: datetime | None, stay: Stay, fld: str) -> datetime:
    at = at or utcnow()
    if at.tzinfo is None:
        raise DomainError(_("Waktu harus menyertakan zona waktu."), field=fld)
    if at > utcnow():
        raise DomainError(_("Waktu tidak boleh di masa depan."), field=fld)
    if at < stay.arrival_at:
        raise DomainError(_("Waktu tidak boleh sebelum klien tiba."), field=fld)
    return at


def _has_event_step(session: Session, stay: Stay, event: str) -> bool:
    std = registry(session).require(stay.standard_code)
    return any(step.event == event and (not step.when.source or stay.source in step.when.source)
               for step in std.steps)


@dataclass
class BelongingInput:
    description: str
    quantity: int = 1
    condition: str = ""


def check_belongings(items: list[BelongingInput], prefix: str = "") -> None:
    """The checks every list of barang bawaan passes (identification and intake)."""
    for i, item in enumerate(items):
        require_text(item.description, f"{prefix}belongings[{i}].description",
                     "Uraian barang bawaan")
        if not isinstance(item.quantity, int) or item.quantity < 1:
            raise DomainError(_("Jumlah barang paling sedikit 1."),
                              field=f"{prefix}belongings[{i}].quantity")


def add_belongings(session: Session, stay_id: uuid.UUID, items: list[BelongingInput]) -> None:
    session.add_all(Belonging(stay_id=stay_id, description=b.description.strip(),
                              quantity=b.quantity, condition=b.condition.strip())
                    for b in items)


def belongings_of(session: Session, stay_id: uuid.UUID) -> list[Belonging]:
    """The barang bawaan recorded for a stay (at intake or since), not yet returned."""
    return list(session.exec(select(Belonging).where(
        Belonging.stay_id == stay_id, Belonging.deleted_at.is_(None),
        Belonging.returned_at.is_(None)).order_by(Belonging.created_at)).all())


def belonging_line(b: Belonging | BelongingInput) -> str:
    """'2 baju' (a quantity of 1 is left out: 'tas ransel'), as the forms list them."""
    return f"{b.quantity} {b.description}" if b.quantity != 1 else b.description


def _settle_belongings(session: Session, stay_id: uuid.UUID,
                       items: list[BelongingInput]) -> None:
    """Make the stay's belongings the list checked at identification: those recorded at
    intake and listed again are kept (not added twice), new ones are added, and one recorded
    earlier but left off the list is marked deleted (its history stays in the audit trail)."""
    recorded = belongings_of(session, stay_id)
    kept: set[uuid.UUID] = set()
    new: list[BelongingInput] = []
    for item in items:
        same = next((b for b in recorded if b.id not in kept
                     and b.description.strip().lower() == item.description.strip().lower()
                     and b.quantity == item.quantity), None)
        if same is not None:
            kept.add(same.id)
        else:
            new.append(item)
    for b in recorded:
        if b.id not in kept:
            b.deleted_at = utcnow()
            session.add(b)
    add_belongings(session, stay_id, new)


@dataclass
class IdentificationInput:
    stay_id: uuid.UUID
    papers_seen: list[str] = field(default_factory=list)  # "ktp", "kk", "akta", ...
    healthy: bool = True
    health_notes: str = ""
    health_referral_to: str = ""
    notes: str = ""
    # The barang bawaan as checked now: the intake's list (pre-filled) with any changes.
    # None keeps what intake recorded and adds nothing.
    belongings: list[BelongingInput] | None = None
    identified_at: datetime | None = None


def record_identification(session: Session, data: IdentificationInput) -> uuid.UUID:
    who = permissions.require(session, "casework.identification")
    stay = get_stay(session, data.stay_id)
    ensure_open(stay)
    at = _when(data.identified_at, stay, "identified_at")
    if session.exec(select(Identification.id).where(Identification.stay_id == stay.id,
                                                    Identification.deleted_at.is_(None))).first():
        raise DomainError(_("Identifikasi awal kasus ini sudah dicatat. Ubah catatan yang ada "
                          "bila perlu koreksi."), field="stay_id")
    if stay.status != S.TERDAFTAR:
        raise DomainError(_("Identifikasi awal hanya untuk kasus yang baru terdaftar."),
                          field="stay_id")
    if data.belongings is not None:
        check_belongings(data.belongings)
    row = Identification(stay_id=stay.id, identified_at=at, officer_id=who.user_id,
                         papers_seen=[p.strip().lower() for p in data.papers_seen if p.strip()],
                         healthy=data.healthy, health_notes=data.health_notes.strip(),
                         notes=data.notes.strip())
    session.add(row)
    if data.belongings is not None:
        _settle_belongings(session, stay.id, data.belongings)
    service_level.record_event(session, stay, "identifikasi", at=at, officer_id=who.user_id)
    if data.healthy:
        change_status(session, stay, S.IDENTIFIKASI, at=at)
    else:
        stay.health_referral_to = data.health_referral_to.strip() or "Layanan kesehatan"
        requirements = dict(stay.requirements)
        for req in registry(session).require(stay.standard_code).health_requirements():
            requirements[req.code] = False
        stay.requirements = requirements
        change_status(session, stay, S.RUJUK_KESEHATAN, at=at)
    return row.id


@dataclass
class AssessmentInput:
    stay_id: uuid.UUID
    kind: str  # AssessmentKind
    problem: str = ""
    causes: str = ""
    physical_condition: str = ""
    mental_condition: str = ""
    spiritual_condition: str = ""
    social_condition: str = ""
    family_situation: str = ""
    potentials: str = ""
    needs: str = ""
    recommendation: str = ""
    ready_to_return: bool = False
    submit_for_decision: bool = False
    assessed_at: datetime | None = None


def record_assessment(session: Session, data: AssessmentInput) -> uuid.UUID:
    who = permissions.require(session, "casework.assessment")
    stay = get_stay(session, data.stay_id)
    ensure_open(stay)
    if data.kind not in set(AssessmentKind):
        raise DomainError(_("Jenis asesmen harus awal, lanjutan atau lingkungan sosial."),
                          field="kind")
    at = _when(data.assessed_at, stay, "assessed_at")
    if not data.problem.strip() and not data.recommendation.strip():
        raise DomainError(_("Isi paling sedikit uraian masalah atau rekomendasi asesmen."),
                          field="problem")
    earlier = session.exec(select(Assessment.kind).where(Assessment.stay_id == stay.id,
                                                         Assessment.deleted_at.is_(None))).all()
    if data.kind == AssessmentKind.AWAL:
        if stay.status == S.TERDAFTAR and _has_event_step(session, stay, "identifikasi"):
            raise DomainError(_("Identifikasi awal oleh pramu sosial belum dicatat; asesmen "
                              "dilakukan setelah identifikasi."), field="kind")
    elif AssessmentKind.AWAL not in earlier and _has_event_step(session, stay, "asesmen_awal"):
        raise DomainError(_("Asesmen awal belum dicatat; lakukan asesmen awal terlebih dahulu."),
                          field="kind")
    if data.submit_for_decision and stay.status not in (S.TERDAFTAR, S.IDENTIFIKASI, S.ASESMEN):
        raise DomainError(_("Kasus ini tidak sedang menunggu keputusan penerimaan."),
                          field="submit_for_decision")
    if data.ready_to_return and stay.status not in (S.DALAM_PELAYANAN, S.RESOSIALISASI):
        raise DomainError(_("Klien belum diterima (ditampung); pernyataan dapat dipulangkan "
                          "dibuat setelah intervensi."), field="ready_to_return")
    row = Assessment(
        stay_id=stay.id, kind=data.kind, assessed_at=at, officer_id=who.user_id,
        problem=data.problem.strip(), causes=data.causes.strip(),
        physical_condition=data.physical_condition.strip(),
        mental_condition=data.mental_condition.strip(),
        spiritual_condition=data.spiritual_condition.strip(),
        social_condition=data.social_condition.strip(),
        family_situation=data.family_situation.strip(), potentials=data.potentials.strip(),
        needs=data.needs.strip(), recommendation=data.recommendation.strip(),
        ready_to_return=data.ready_to_return,
        submitted_at=at if data.submit_for_decision else None,
    )
    session.add(row)
    service_level.record_event(session, stay, f"asesmen_{data.kind}", at=at,
                               officer_id=who.user_id)
    if stay.status in (S.TERDAFTAR, S.IDENTIFIKASI):
        change_status(session, stay, S.ASESMEN, at=at)
    if data.submit_for_decision:
        change_status(session, stay, S.MENUNGGU_KEPUTUSAN, at=at)
    if data.ready_to_return:
        service_level.record_event(session, stay, "siap_pulang", at=at, officer_id=who.user_id)
    return row.id


@dataclass
class GuidanceInput:
    stay_id: uuid.UUID
    kind: str  # ServiceKind
    held_at: datetime | None = None
    officer_name: str = ""
    duration_minutes: int | None = None
    notes: str = ""


def record_guidance(session: Session, data: GuidanceInput) -> uuid.UUID:
    who = permissions.require(session, "casework.care")
    stay = get_stay(session, data.stay_id)
    ensure_open(stay)
    if data.kind not in set(ServiceKind):
        raise DomainError(_("Jenis layanan / bimbingan tidak dikenal."), field="kind")
    at = _when(data.held_at, stay, "held_at")
    if data.duration_minutes is not None and not 1 <= data.duration_minutes <= 24 * 60:
        raise DomainError(_("Durasi bimbingan antara 1 menit dan 24 jam."), field="duration_minutes")
    admitted = (S.DALAM_PELAYANAN, S.RESOSIALISASI)
    if _has_event_step(session, stay, "keputusan"):
        if stay.status not in admitted:
            raise DomainError(_("Bimbingan diberikan setelah klien diterima (ditampung) oleh "
                              "Kepala Bidang."), field="stay_id")
    elif stay.status not in (*admitted, S.ASESMEN, S.MENUNGGU_KEPUTUSAN):
        raise DomainError(_("Bimbingan diberikan setelah identifikasi dan asesmen."),
                          field="stay_id")
    row = ServiceSession(stay_id=stay.id, kind=data.kind, held_at=at, officer_id=who.user_id,
                         officer_name=data.officer_name.strip() or who.username,
                         duration_minutes=data.duration_minutes, notes=data.notes.strip())
    session.add(row)
    service_level.record_event(session, stay, "bimbingan", at=at, officer_id=who.user_id)
    if stay.status in (S.ASESMEN, S.MENUNGGU_KEPUTUSAN):
        change_status(session, stay, S.DALAM_PELAYANAN, at=at)
    return row.id


@dataclass
class FamilyMemberInput:
    client_id: uuid.UUID
    full_name: str
    relationship: str = ""
    nik: str | None = None
    phone: str = ""
    address: str = ""
    regency: str = ""
    province: str = ""
    notes: str = ""


def add_family_member(session: Session, data: FamilyMemberInput) -> uuid.UUID:
    permissions.require(session, "casework.family")
    client = get_client(session, data.client_id)
    name = require_text(data.full_name, "full_name", "Nama anggota keluarga")
    nik = check_nik(data.nik)
    if nik and nik == client.nik:
        raise DomainError(_("NIK anggota keluarga sama dengan NIK klien."), field="nik")
    row = FamilyMember(client_id=client.id, full_name=name,
                       relationship=data.relationship.strip(), nik=nik,
                       phone=data.phone.strip(), address=data.address.strip(),
                       regency=data.regency.strip(), province=data.province.strip(),
                       notes=data.notes.strip())
    session.add(row)
    return row.id


@dataclass
class TracingInput:
    stay_id: uuid.UUID
    method: str  # TracingMethod
    counterpart: str = ""  # who was contacted: a relative, a kelurahan, another Dinas
    result: str = TracingResult.MENUNGGU
    family_member_id: uuid.UUID | None = None
    notes: str = ""
    attempted_at: datetime | None = None


def record_tracing(session: Session, data: TracingInput) -> uuid.UUID:
    who = permissions.require(session, "casework.tracing")
    stay = get_stay(session, data.stay_id)
    ensure_open(stay)
    if data.method not in set(TracingMethod):
        raise DomainError(_("Cara penelusuran harus telepon, kunjungan, surat ke Dinas Sosial "
                          "atau media sosial."), field="method")
    if data.result not in set(TracingResult):
        raise DomainError(_("Hasil penelusuran harus ditemukan, tidak ditemukan atau menunggu."),
                          field="result")
    at = _when(data.attempted_at, stay, "attempted_at")
    if data.family_member_id is not None:
        member = session.get(FamilyMember, data.family_member_id)
        if member is None or member.deleted_at is not None or member.client_id != stay.client_id:
            raise NotFound(_("Anggota keluarga tidak ditemukan untuk klien ini."),
                           field="family_member_id")
    elif not data.counterpart.strip():
        raise DomainError(_("Isi siapa yang dihubungi, atau pilih anggota keluarga."),
                          field="counterpart")
    row = TracingAttempt(stay_id=stay.id, family_member_id=data.family_member_id,
                         method=data.method, counterpart=data.counterpart.strip(),
                         attempted_at=at, result=data.result, notes=data.notes.strip())
    session.add(row)
    service_level.record_event(session, stay, "penelusuran", at=at, officer_id=who.user_id)
    if data.result == TracingResult.DITEMUKAN and stay.status == S.DALAM_PELAYANAN:
        change_status(session, stay, S.RESOSIALISASI, at=at)
    return row.id


@dataclass
class CoordinationInput:
    stay_id: uuid.UUID
    region: str  # kabupaten / kota of the client's origin
    agency_name: str  # e.g. "Dinas Sosial Kabupaten Banjar"
    letter_number: str = ""
    sent_at: datetime | None = None
    notes: str = ""


def record_coordination(session: Session, data: CoordinationInput) -> uuid.UUID:
    who = permissions.require(session, "casework.coordination")
    stay = get_stay(session, data.stay_id)
    ensure_open(stay)
    region = require_text(data.region, "region", "Daerah tujuan koordinasi")
    agency = require_text(data.agency_name, "agency_name", "Nama Dinas Sosial daerah tujuan")
    at = _when(data.sent_at, stay, "sent_at")
    row = Coordination(stay_id=stay.id, region=region, agency_name=agency,
                       letter_number=data.letter_number.strip(), sent_at=at,
                       notes=data.notes.strip())
    session.add(row)
    service_level.record_event(session, stay, "koordinasi", at=at, officer_id=who.user_id)
    return row.id


@dataclass
class CoordinationResponseInput:
    coordination_id: uuid.UUID
    response: str
    responded_at: datetime | None = None


def record_coordination_response(session: Session, data: CoordinationResponseInput) -> None:
    permissions.require(session, "casework.coordination_reply")
    row = session.get(Coordination, data.coordination_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(_("Catatan koordinasi tidak ditemukan."), field="coordination_id")
    row.response = require_text(data.response, "response", "Isi balasan")
    at = data.responded_at or utcnow()
    if at < row.sent_at:
        raise DomainError(_("Tanggal balasan tidak boleh sebelum surat dikirim."),
                          field="responded_at")
    row.responded_at = at
    session.add(row)


@dataclass
class HomeVisitScheduleInput:
    stay_id: uuid.UUID
    scheduled_for: date
    notes: str = ""


def _is_local(session: Session, stay: Stay) -> bool | None:
    client = get_client(session, stay.client_id)
    facility = get_facility(session, stay.facility_id)
    if not client.regency.strip() or not facility.regency.strip():
        return None
    return names.fold(client.regency) == names.fold(facility.regency)


def schedule_home_visit(session: Session, data: HomeVisitScheduleInput) -> uuid.UUID:
    permissions.require(session, "casework.home_visit_plan")
    stay = get_stay(session, data.stay_id)
    if stay.status != S.SELESAI:
        raise DomainError(_("Kunjungan rumah (bimbingan lanjut) dijadwalkan setelah klien "
                          "dipulangkan (terminasi)."), field="stay_id")
    if _is_local(session, stay) is False:
        raise DomainError(_("Kunjungan rumah hanya untuk klien yang berasal dari kota yang sama. "
                          "Untuk klien dari luar daerah, catat koordinasi dengan Dinas Sosial "
                          "daerah asal."), field="stay_id")
    if stay.closed_at is not None and data.scheduled_for < local_date(
            stay.closed_at, stay_zone(session, stay)):
        raise DomainError(_("Jadwal kunjungan tidak boleh sebelum tanggal terminasi."),
                          field="scheduled_for")
    row = HomeVisit(stay_id=stay.id, scheduled_for=data.scheduled_for, notes=data.notes.strip())
    session.add(row)
    return row.id


@dataclass
class HomeVisitLogInput:
    home_visit_id: uuid.UUID
    result: str
    visited_at: datetime | None = None
    notes: str = ""


def log_home_visit(session: Session, data: HomeVisitLogInput) -> None:
    who = permissions.require(session, "casework.home_visit_record")
    visit = session.get(HomeVisit, data.home_visit_id)
    if visit is None or visit.deleted_at is not None:
        raise NotFound(_("Jadwal kunjungan rumah tidak ditemukan."), field="home_visit_id")
    if visit.visited_at is not None:
        raise DomainError(_("Hasil kunjungan ini sudah dicatat."), field="home_visit_id")
    result = require_text(data.result, "result", "Hasil kunjungan")
    at = data.visited_at or utcnow()
    if at > utcnow():
        raise DomainError(_("Waktu kunjungan tidak boleh di masa depan."), field="visited_at")
    visit.visited_at, visit.result, visit.officer_id = at, result, who.user_id
    visit.notes = "\n".join(t for t in (visit.notes, data.notes.strip()) if t)
    session.add(visit)
    stay = get_stay(session, visit.stay_id)
    service_level.record_event(session, stay, "kunjungan_rumah", at=at, officer_id=who.user_id)


# -- steps recorded while the case stays open ------------------------------------------------


@dataclass
class ReferralInput:
    """Referral to a panti for rehabilitation while the Dinas keeps the case (Babel A3 / B4)."""

    stay_id: uuid.UUID
    destination: str  # the panti
    letter_number: str = ""  # Surat Rujukan ke Panti
    referred_at: datetime | None = None
    notes: str = ""


def refer_to_panti(session: Session, data: ReferralInput) -> None:
    """Record the referral as the step's event; the case stays open (coordination and the
    return home follow)."""
    who = permissions.require(session, "casework.referral")
    stay = get_stay(session, data.stay_id)
    ensure_open(stay)
    destination = require_text(data.destination, "destination", "Panti tujuan rujukan")
    at = _when(data.referred_at, stay, "referred_at")
    if not _has_event_step(session, stay, "rujukan"):
        raise DomainError(_("Standar pelayanan kasus ini tidak mengatur rujukan ke panti selama "
                          "kasus berjalan."), field="stay_id")
    std = registry(session).require(stay.standard_code)
    followed = session.exec(select(Assessment.id).where(
        Assessment.stay_id == stay.id, Assessment.kind == "lanjutan",
        Assessment.deleted_at.is_(None))).first()
    if any(s.event == "asesmen_lanjutan" for s in std.steps) and not followed:
        raise DomainError(_("Rujukan ke panti berdasarkan hasil asesmen lanjutan: catat asesmen "
                          "lanjutan terlebih dahulu."), field="stay_id")
    note = "; ".join(x for x in (destination, data.letter_number.strip(), data.notes.strip())
                     if x)
    service_level.record_event(session, stay, "rujukan", at=at, officer_id=who.user_id,
                               note=note)


@dataclass
class RpsPlacementInput:
    """An emergency placed temporarily in the Rumah Perlindungan Sosial (Pangkalpinang 4)."""

    stay_id: uuid.UUID
    reason: str  # why it is an emergency needing protection
    placed_at: datetime | None = None


def place_in_rps(session: Session, data: RpsPlacementInput) -> None:
    who = permissions.require(session, "casework.rps_placement")
    stay = get_stay(session, data.stay_id)
    ensure_open(stay)
    reason = require_text(data.reason, "reason", "Alasan darurat / perlu pengamanan")
    at = _when(data.placed_at, stay, "placed_at")
    if not _has_event_step(session, stay, "penempatan_rps"):
        raise DomainError(_("Standar pelayanan kasus ini tidak mengatur penempatan sementara di "
                          "RPS."), field="stay_id")
    service_level.record_event(session, stay, "penempatan_rps", at=at, officer_id=who.user_id,
                               note=reason)
