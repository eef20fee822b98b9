"""The complaints register (pengaduan): receiving, recording its stages, counting what is due.

Contract:
- ``receive(session, ComplaintInput) -> uuid``: one complaint, with the channel checked
  against the governing standard's channels (the case's standard, else the facility's default
  standard; with neither, :data:`USUAL_CHANNELS`). The due moment is
  ``service_level.complaint_due`` (the standard's response time on the facility's working-day
  calendar), fixed when received.
- ``record_step(session, StepInput)``: a stage the standard names (administrative check,
  internal/external coordination), the response (``tanggapan``: sets ``responded_at`` the
  first time, which is what the limit is judged on) or the resolution (``selesai``).
- ``complaint_counts(session, now, facility_id)``: unanswered complaints overdue and due
  today, for the board. ``list_complaints`` / ``complaint_detail``: plain rows for the GUI/CLI.

Every change is a ``Complaint`` row change, so the audit trail records it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlmodel import Session

from rumahsinggah.core.errors import DomainError, NotFound
from rumahsinggah.core.localtime import from_local, local_date
from rumahsinggah.core.vocab import ComplaintStage
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.services._common import registry
from rumahsinggah.services.calendar import facility_zone
from rumahsinggah.services.service_level import complaint_due
from rumahsinggah.standards.model import Standard
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Client, Complaint, Facility, Stay, User

# The usual channels when no standard governs the complaint (kind -> label).
USUAL_CHANNELS: dict[str, str] = {
    "langsung": "Langsung", "surat": "Surat", "kotak_saran": "Kotak saran",
    "website": "Website", "telepon": "Telepon", "whatsapp": "WhatsApp", "email": "E-mail",
    "sp4n_lapor": "SP4N LAPOR!",
}

S = ComplaintStage
STAGE_ORDER = (S.DITERIMA, S.PEMERIKSAAN_ADMINISTRASI, S.KOORDINASI, S.TANGGAPAN, S.SELESAI)
STAGE_LABELS: dict[str, str] = {
    S.DITERIMA: "Diterima",
    S.PEMERIKSAAN_ADMINISTRASI: "Pemeriksaan administrasi",
    S.KOORDINASI: "Koordinasi internal/eksternal",
    S.TANGGAPAN: "Tanggapan kepada pengadu",
    S.SELESAI: "Penyelesaian",
}
# Words by which a standard's own stage names are matched to our stage keys.
_STAGE_WORDS = ((S.PEMERIKSAAN_ADMINISTRASI, ("administrasi", "verifikasi")),
                (S.KOORDINASI, ("koordinasi",)),
                (S.TANGGAPAN, ("tanggapan", "respon", "jawab")),
                (S.SELESAI, ("selesai", "penyelesaian", "tindak lanjut")))
RECORDABLE = tuple(str(s) for s in STAGE_ORDER[1:])

# Complaint states for lists and the service-level view.
STATE_LABELS = {
    "terlambat": "Belum ditanggapi, lewat batas",
    "hari_ini": "Jatuh tempo hari ini",
    "berjalan": "Dalam batas waktu",
    "tanpa_batas": "Belum ditanggapi (tanpa batas waktu)",
    "tepat_waktu": "Ditanggapi tepat waktu",
    "terlambat_ditanggapi": "Ditanggapi melewati batas",
}


# -- the governing standard --------------------------------------------------------------------

def governing_standard(session: Session, facility_id: uuid.UUID | None,
                       stay_id: uuid.UUID | None) -> Standard | None:
    """The case's standard, else the facility's default standard, else none."""
    reg = registry(session)
    if stay_id is not None:
        stay = session.get(Stay, stay_id)
        if stay is not None and reg.get(stay.standard_code) is not None:
            return reg.get(stay.standard_code)
    if facility_id is not None:
        facility = session.get(Facility, facility_id)
        if facility is not None and facility.default_standard:
            return reg.get(facility.default_standard)
    return None


def channels_of(std: Standard | None) -> dict[str, str]:
    """Channel kind -> the label the standard publishes (the usual list without one)."""
    if std is None:
        return dict(USUAL_CHANNELS)
    return {ch.kind: ch.label for ch in std.complaints.channels}


def stages_of(std: Standard | None) -> dict[str, str]:
    """Recordable stage key -> label, in the standard's words where it names the stage."""
    labels = {str(k): v for k, v in STAGE_LABELS.items() if k != S.DITERIMA}
    for named in (std.complaints.stages if std is not None else ()):
        low = named.lower()
        for key, words in _STAGE_WORDS:
            if any(w in low for w in words):
                labels[str(key)] = named[:1].upper() + named[1:]
                break
    return labels


def identity_required(std: Standard | None) -> bool:
    return bool(std is not None and std.complaints.identity_required)


# -- receiving ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ComplaintInput:
    facility_id: uuid.UUID
    channel: str  # a channel kind of the governing standard
    content: str
    received_at: datetime | None = None  # aware; default now
    anonymous: bool = False
    complainant_name: str = ""
    contact: str = ""
    identity_document: str = ""
    stay_id: uuid.UUID | None = None
    handler_id: uuid.UUID | None = None  # default: the receiving officer


def receive(session: Session, data: ComplaintInput) -> uuid.UUID:
    """Record a received complaint; its due moment comes from the standard's response time."""
    who = permissions.require(session, "complaints.manage")
    facility = session.get(Facility, data.facility_id)
    if facility is None or facility.deleted_at is not None:
        raise NotFound(_("Fasilitas tidak ditemukan."), field="facility_id")
    if data.stay_id is not None:
        stay = session.get(Stay, data.stay_id)
        if stay is None or stay.deleted_at is not None:
            raise NotFound(_("Kasus yang dikaitkan tidak ditemukan."), field="stay_id")
    std = governing_standard(session, facility.id, data.stay_id)
    channels = channels_of(std)
    if data.channel not in channels:
        raise DomainError(
            f"Saluran pengaduan '{data.channel}' tidak tersedia"
            + (f" menurut standar {std.code}" if std else "") + ". Pilih salah satu: "
            + ", ".join(channels.values()) + ".", field="channel")
    content = (data.content or "").strip()
    if not content:
        raise DomainError(_("Isi pengaduan wajib diisi."), field="content")
    name = (data.complainant_name or "").strip()
    identity = (data.identity_document or "").strip()
    if data.anonymous:
        name, identity = "", ""
    else:
        if not name:
            raise DomainError(_("Nama pengadu wajib diisi, atau tandai pengaduan sebagai anonim."),
                              field="complainant_name")
        if identity_required(std) and not identity:
            raise DomainError(
                _("Standar pelayanan meminta dokumen identitas diri yang sah untuk pengaduan "
                "atas nama: isi jenis dan nomor identitas (mis. KTP 6371...), atau tandai "
                "pengaduan sebagai anonim."), field="identity_document")
    now = utcnow()
    received = data.received_at or now
    if received.tzinfo is None:
        raise ValueError("received_at must be aware")
    if received > now + timedelta(minutes=5):
        raise DomainError(_("Waktu diterima tidak boleh di masa depan."), field="received_at")
    handler = data.handler_id or who.user_id
    if handler is not None and data.handler_id is not None:
        _require_user(session, handler)
    due = complaint_due(session, std.code, received, facility.id) if std is not None else None
    row = Complaint(
        facility_id=facility.id, stay_id=data.stay_id, channel=data.channel,
        anonymous=data.anonymous, complainant_name=name, contact=(data.contact or "").strip(),
        identity_document=identity, content=content, received_at=received, due_at=due,
        stage=S.DITERIMA.value, standard_code=std.code if std else "", handler_id=handler,
        steps=[_step(S.DITERIMA.value, received, who.user_id, "")],
    )
    session.add(row)
    session.flush()
    return row.id


def _require_user(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None or user.deleted_at is not None:
        raise NotFound(_("Petugas penanggung jawab tidak ditemukan."), field="handler_id")
    return user


def _step(stage: str, at: datetime, by: uuid.UUID | None, note: str) -> dict:
    return {"stage": stage, "at": at.isoformat(), "by": str(by) if by else None, "note": note}


# -- stages ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StepInput:
    complaint_id: uuid.UUID
    stage: str  # one of RECORDABLE
    at: datetime | None = None  # aware; default now
    note: str = ""
    response: str = ""  # the answer, required for "tanggapan"
    handler_id: uuid.UUID | None = None  # hand the complaint to another officer


def get_complaint(session: Session, complaint_id: uuid.UUID) -> Complaint:
    row = session.get(Complaint, complaint_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(_("Pengaduan tidak ditemukan."), field="complaint_id")
    return row


def record_step(session: Session, data: StepInput) -> None:
    """Record one stage of handling; the response and the resolution fix their moments."""
    who = permissions.require(session, "complaints.manage")
    row = get_complaint(session, data.complaint_id)
    if data.stage not in RECORDABLE:
        raise DomainError("Tahap pengaduan tidak dikenal. Pilih salah satu: "
                          + ", ".join(STAGE_LABELS[S(s)] for s in RECORDABLE) + ".",
                          field="stage")
    if row.stage == S.SELESAI.value:
        raise DomainError(_("Pengaduan ini sudah selesai; tahap baru tidak dapat dicatat."),
                          field="stage")
    at = data.at or utcnow()
    if at.tzinfo is None:
        raise ValueError("at must be aware")
    if at < row.received_at:
        raise DomainError(_("Waktu tahap tidak boleh sebelum pengaduan diterima."), field="at")
    if at > utcnow() + timedelta(minutes=5):
        raise DomainError(_("Waktu tahap tidak boleh di masa depan."), field="at")
    note = (data.note or "").strip()
    if data.stage == S.TANGGAPAN.value:
        answer = (data.response or "").strip()
        if not answer:
            raise DomainError(_("Isi tanggapan kepada pengadu wajib diisi."), field="response")
        row.response = answer
        if row.responded_at is None:
            row.responded_at = at
    if data.stage == S.SELESAI.value:
        if row.responded_at is None:
            raise DomainError(_("Pengaduan belum ditanggapi: catat tanggapan kepada pengadu "
                              "sebelum menyelesaikannya."), field="stage")
        row.resolved_at = at
    if data.handler_id is not None:
        _require_user(session, data.handler_id)
        row.handler_id = data.handler_id
    row.steps = [*(row.steps or []), _step(data.stage, at, who.user_id,
                                           note or (data.response or "").strip())]
    # The current stage is the furthest one reached (a late coordination note does not
    # take an answered complaint back).
    order = [str(s) for s in STAGE_ORDER]
    if order.index(data.stage) >= order.index(row.stage if row.stage in order else "diterima"):
        row.stage = data.stage
    session.add(row)


# -- state and counts --------------------------------------------------------------------------

def _end_of_today(now: datetime, zone) -> datetime:
    return from_local(datetime.combine(local_date(now, zone) + timedelta(days=1), time()), zone)


def complaint_state(row: Complaint, now: datetime, zone) -> str:
    """A key of :data:`STATE_LABELS`."""
    if row.responded_at is not None:
        if row.due_at is None or row.responded_at <= row.due_at:
            return "tepat_waktu"
        return "terlambat_ditanggapi"
    if row.due_at is None:
        return "tanpa_batas"
    if row.due_at <= now:
        return "terlambat"
    if row.due_at <= _end_of_today(now, zone):
        return "hari_ini"
    return "berjalan"


@dataclass(frozen=True)
class ComplaintCounts:
    overdue: int = 0
    due_today: int = 0


def complaint_counts(session: Session, now: datetime | None = None, *,
                     facility_id: uuid.UUID | None = None) -> ComplaintCounts:
    """Unanswered complaints past their due moment, and those due before today ends."""
    now = now or utcnow()
    where = [Complaint.deleted_at.is_(None), Complaint.responded_at.is_(None),
             Complaint.due_at.is_not(None)]
    if facility_id is not None:
        where.append(Complaint.facility_id == facility_id)
    overdue = session.execute(select(func.count()).where(*where, Complaint.due_at <= now)
                              ).scalar_one()
    today = 0
    fids = session.execute(select(Complaint.facility_id).where(*where, Complaint.due_at > now)
                           .distinct()).scalars().all()
    for fid in fids:  # "today" ends at midnight on each facility's own clock
        end = _end_of_today(now, facility_zone(session, fid))
        today += session.execute(select(func.count()).where(
            *where, Complaint.facility_id == fid, Complaint.due_at > now,
            Complaint.due_at <= end)).scalar_one()
    return ComplaintCounts(int(overdue), int(today))


# -- reading -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ComplaintRow:
    id: uuid.UUID
    received_at: datetime
    facility_code: str
    channel: str
    channel_label: str
    complainant: str  # "Anonim" when anonymous
    content: str
    case_number: str
    stage: str
    stage_label: str
    handler: str
    due_at: datetime | None
    responded_at: datetime | None
    resolved_at: datetime | None
    state: str
    state_label: str


@dataclass(frozen=True)
class StepRow:
    stage: str
    label: str
    at: datetime
    by: str
    note: str


@dataclass(frozen=True)
class ComplaintDetail:
    row: ComplaintRow
    standard_code: str
    contact: str
    identity_document: str
    response: str
    steps: list[StepRow]
    stage_choices: dict[str, str]  # recordable stages in the standard's words
    response_time_text: str
    receipt_letter_id: uuid.UUID | None
    reply_letter_id: uuid.UUID | None
    client_name: str


def _users(session: Session) -> dict[uuid.UUID, str]:
    return {u.id: u.full_name for u in session.execute(select(User)).scalars()}


def _to_row(session: Session, c: Complaint, now: datetime, users, facilities, cases) -> ComplaintRow:
    std = registry(session).get(c.standard_code) if c.standard_code else None
    labels = channels_of(std)
    stages = {str(S.DITERIMA): STAGE_LABELS[S.DITERIMA], **stages_of(std)}
    state = complaint_state(c, now, facility_zone(session, c.facility_id))
    return ComplaintRow(
        id=c.id, received_at=c.received_at, facility_code=facilities.get(c.facility_id, ""),
        channel=c.channel, channel_label=labels.get(c.channel) or USUAL_CHANNELS.get(
            c.channel, c.channel),
        complainant="Anonim" if c.anonymous else c.complainant_name, content=c.content,
        case_number=cases.get(c.stay_id, "") if c.stay_id else "", stage=c.stage,
        stage_label=stages.get(c.stage, c.stage), handler=users.get(c.handler_id, ""),
        due_at=c.due_at, responded_at=c.responded_at, resolved_at=c.resolved_at,
        state=state, state_label=STATE_LABELS[state])


def list_complaints(session: Session, *, facility_id: uuid.UUID | None = None,
                    open_only: bool = False, since: datetime | None = None,
                    until: datetime | None = None,
                    now: datetime | None = None) -> list[ComplaintRow]:
    """The register, newest first (``open_only``: not yet resolved)."""
    permissions.require(session, "complaints.view")
    now = now or utcnow()
    q = select(Complaint).where(Complaint.deleted_at.is_(None))
    if facility_id is not None:
        q = q.where(Complaint.facility_id == facility_id)
    if open_only:
        q = q.where(Complaint.resolved_at.is_(None))
    if since is not None:
        q = q.where(Complaint.received_at >= since)
    if until is not None:
        q = q.where(Complaint.received_at < until)
    rows = session.execute(q.order_by(Complaint.received_at.desc())).scalars().all()
    users = _users(session)
    facilities = dict(session.execute(select(Facility.id, Facility.code)).all())
    stay_ids = {c.stay_id for c in rows if c.stay_id}
    cases = dict(session.execute(select(Stay.id, Stay.case_number).where(
        Stay.id.in_(stay_ids))).all()) if stay_ids else {}
    return [_to_row(session, c, now, users, facilities, cases) for c in rows]


def complaint_detail(session: Session, complaint_id: uuid.UUID,
                     now: datetime | None = None) -> ComplaintDetail:
    permissions.require(session, "complaints.view")
    c = get_complaint(session, complaint_id)
    users = _users(session)
    facilities = dict(session.execute(select(Facility.id, Facility.code)).all())
    cases, client_name = {}, ""
    if c.stay_id:
        stay = session.get(Stay, c.stay_id)
        if stay is not None:
            cases[stay.id] = stay.case_number
            client = session.get(Client, stay.client_id)
            client_name = client.full_name if client is not None else ""
    row = _to_row(session, c, now or utcnow(), users, facilities, cases)
    std = registry(session).get(c.standard_code) if c.standard_code else None
    stages = {str(S.DITERIMA): STAGE_LABELS[S.DITERIMA], **stages_of(std)}
    steps = []
    for s in c.steps or []:
        by = users.get(uuid.UUID(s["by"]), "") if s.get("by") else "sistem"
        steps.append(StepRow(s["stage"], stages.get(s["stage"], s["stage"]),
                             datetime.fromisoformat(s["at"]), by, s.get("note", "")))
    limit = std.complaints.response_time if std is not None else None
    return ComplaintDetail(
        row=row, standard_code=c.standard_code, contact=c.contact,
        identity_document=c.identity_document, response=c.response, steps=steps,
        stage_choices=stages_of(std),
        response_time_text=(limit.text or limit.describe()) if limit else "",
        receipt_letter_id=c.receipt_letter_id, reply_letter_id=c.reply_letter_id,
        client_name=client_name)


__all__ = [
    "RECORDABLE", "STAGE_LABELS", "STATE_LABELS", "USUAL_CHANNELS", "ComplaintCounts",
    "ComplaintDetail", "ComplaintInput", "ComplaintRow", "StepInput", "channels_of",
    "complaint_counts", "complaint_detail", "complaint_state", "get_complaint",
    "governing_standard", "identity_required", "list_complaints", "receive", "record_step",
    "stages_of",
]
