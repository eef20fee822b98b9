"""The client record (Rekam Klien): everything known about one person, as plain values.

``load_record`` gathers identity, every stay as a timeline in the national stages, family and
tracing, attachments, letters and the audit history of the record. ``update_client_identity``
edits identity fields with validation; the store's session hooks keep the history (every
change is an audit event with the old and new values).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlmodel import Session

from rumahsinggah.core import vocab
from rumahsinggah.core.errors import DomainError, EditedElsewhere, NotFound
from rumahsinggah.core.nik import check_nik
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.services.letters import letters_for_client, letters_for_stay
from rumahsinggah.services.service_level import service_level
from rumahsinggah.storage.models import (
    Assessment,
    Attachment,
    AuditEvent,
    Client,
    Coordination,
    Decision,
    Facility,
    FamilyMember,
    HomeVisit,
    Identification,
    ServiceSession,
    Stay,
    Termination,
    TracingAttempt,
)

# The national stages of social rehabilitation, in order.
STAGES = (
    ("penerimaan", "Penerimaan"),
    ("asesmen", "Asesmen"),
    ("rencana", "Rencana intervensi"),
    ("intervensi", "Intervensi"),
    ("resosialisasi", "Resosialisasi"),
    ("terminasi", "Terminasi"),
    ("bimbingan_lanjut", "Bimbingan lanjut"),
)
STAGE_LABELS = dict(STAGES)

TRACING_LABELS = {
    "telepon": "telepon", "kunjungan": "kunjungan", "surat_dinas": "surat dinas",
    "media_sosial": "media sosial", "ditemukan": "Keluarga ditemukan",
    "tidak_ditemukan": "Keluarga belum ditemukan", "menunggu": "Menunggu jawaban",
}

EDITABLE_FIELDS = {
    "full_name": "Nama lengkap",
    "nickname": "Nama panggilan",
    "nik": "NIK",
    "kk_number": "Nomor KK",
    "sex": "Jenis kelamin",
    "birth_date": "Tanggal lahir",
    "birth_date_estimated": "Tanggal lahir perkiraan",
    "birth_place": "Tempat lahir",
    "religion": "Agama",
    "address": "Alamat",
    "village": "Desa / kelurahan",
    "district": "Kecamatan",
    "regency": "Kabupaten / kota",
    "province": "Provinsi",
    "physical_description": "Ciri-ciri fisik",
    "pmks_category": "Kategori PPKS",
    "notes": "Catatan",
    "photo_attachment_id": "Foto",
}


@dataclass(frozen=True)
class TimelineEntry:
    stage: str
    at: datetime | date | None
    title: str
    detail: str = ""
    # the row it shows (a table name and id), to open it: services.timeline_entries
    entity: str = ""
    record_id: uuid.UUID | None = None


@dataclass(frozen=True)
class StepView:
    """One procedure step of the stay's standard, with its deadline (service level)."""

    number: int
    text: str
    state: str  # a key of services.service_level.STATE_LABELS
    state_label: str
    due_at: datetime | None
    done_at: datetime | None


@dataclass(frozen=True)
class StayView:
    stay_id: uuid.UUID
    case_number: str
    facility: str
    standard_code: str
    source: str
    status: str
    arrival_at: datetime
    closed_at: datetime | None
    timeline: list[TimelineEntry]
    steps: list[StepView] = field(default_factory=list)


@dataclass(frozen=True)
class FamilyView:
    id: uuid.UUID
    full_name: str
    relationship: str
    phone: str
    address: str


@dataclass(frozen=True)
class TracingView:
    at: datetime
    method: str
    counterpart: str
    result: str
    notes: str


@dataclass(frozen=True)
class AttachmentView:
    id: uuid.UUID
    kind: str
    filename: str
    mime: str
    size: int
    created_at: datetime | None


@dataclass(frozen=True)
class LetterView:
    id: uuid.UUID
    letter_type: str
    number: str
    letter_date: date
    signatory_name: str
    attachment_id: uuid.UUID | None


@dataclass(frozen=True)
class AuditView:
    at: datetime
    username: str
    action: str
    entity: str
    changes: dict


@dataclass(frozen=True)
class ClientRecord:
    client_id: uuid.UUID
    identity: dict
    photo: bytes | None
    stays: list[StayView] = field(default_factory=list)
    family: list[FamilyView] = field(default_factory=list)
    tracing: list[TracingView] = field(default_factory=list)
    attachments: list[AttachmentView] = field(default_factory=list)
    letters: list[LetterView] = field(default_factory=list)
    history: list[AuditView] = field(default_factory=list)


def _identity(client: Client) -> dict:
    return {name: getattr(client, name) for name in EDITABLE_FIELDS} | {
        "search_text": client.search_text,
        "created_at": client.created_at,
        "updated_at": client.updated_at,
    }


def _timeline(session: Session, stay: Stay) -> list[TimelineEntry]:
    sid = stay.id
    out = [TimelineEntry("penerimaan", stay.arrival_at, "Kedatangan / pendaftaran",
                         vocab.CASE_SOURCE_LABELS.get(stay.source, stay.source),
                         "stay", stay.id)]
    for row in session.execute(select(Identification).where(
            Identification.stay_id == sid, Identification.deleted_at.is_(None))).scalars():
        out.append(TimelineEntry("penerimaan", row.identified_at, "Identifikasi awal",
                                 row.health_notes or row.notes,
                                 entity="identification", record_id=row.id))
    for row in session.execute(select(Assessment).where(
            Assessment.stay_id == sid, Assessment.deleted_at.is_(None))).scalars():
        out.append(TimelineEntry(
            "asesmen", row.assessed_at,
            vocab.ASSESSMENT_KIND_LABELS.get(row.kind, row.kind), row.recommendation,
            entity="assessment", record_id=row.id))
    for row in session.execute(select(Decision).where(
            Decision.stay_id == sid, Decision.deleted_at.is_(None))).scalars():
        out.append(TimelineEntry(
            "rencana", row.decided_at,
            "Keputusan: " + vocab.DECISION_OUTCOME_LABELS.get(row.outcome, row.outcome),
            row.reason, entity="decision", record_id=row.id))
    for row in session.execute(select(ServiceSession).where(
            ServiceSession.stay_id == sid, ServiceSession.deleted_at.is_(None))).scalars():
        out.append(TimelineEntry(
            "intervensi", row.held_at, vocab.SERVICE_KIND_LABELS.get(row.kind, row.kind),
            row.notes, entity="service_session", record_id=row.id))
    for row in session.execute(select(TracingAttempt).where(
            TracingAttempt.stay_id == sid, TracingAttempt.deleted_at.is_(None))).scalars():
        out.append(TimelineEntry(
            "resosialisasi", row.attempted_at,
            f"Penelusuran keluarga ({TRACING_LABELS.get(row.method, row.method)})",
            TRACING_LABELS.get(row.result, row.result),
            entity="tracing_attempt", record_id=row.id))
    for row in session.execute(select(Coordination).where(
            Coordination.stay_id == sid, Coordination.deleted_at.is_(None))).scalars():
        out.append(TimelineEntry("resosialisasi", row.sent_at,
                                 f"Koordinasi dengan {row.agency_name or row.region}",
                                 row.response, entity="coordination", record_id=row.id))
    for row in session.execute(select(Termination).where(
            Termination.stay_id == sid, Termination.deleted_at.is_(None))).scalars():
        out.append(TimelineEntry(
            "terminasi", row.terminated_at,
            vocab.TERMINATION_MODE_LABELS.get(row.mode, row.mode),
            vocab.TERMINATION_BASIS_LABELS.get(row.basis, row.basis),
            entity="termination", record_id=row.id))
    for row in session.execute(select(HomeVisit).where(
            HomeVisit.stay_id == sid, HomeVisit.deleted_at.is_(None))).scalars():
        out.append(TimelineEntry("bimbingan_lanjut", row.visited_at or row.scheduled_for,
                                 "Kunjungan rumah" if row.visited_at
                                 else "Kunjungan rumah (terjadwal)", row.result,
                                 entity="home_visit", record_id=row.id))
    order = {code: i for i, (code, _label) in enumerate(STAGES)}
    return sorted(out, key=lambda e: (order[e.stage], _sort_key(e.at)))


def _steps(session: Session, stay: Stay) -> list[StepView]:
    """The applicable steps of an open stay with their deadlines; empty if unknown."""
    try:
        level = service_level(session, stay.id)
    except Exception:  # an unknown standard must not hide the record
        return []
    return [StepView(st.number, st.text, st.state, st.state_label, st.due_at, st.done_at)
            for st in level.steps if st.applicable]


def _sort_key(value) -> str:
    if value is None:
        return ""
    return value.isoformat()


def load_record(session: Session, client_id: uuid.UUID, *, store=None) -> ClientRecord:
    """Everything shown on the client record; ``store`` lets it read the photo file."""
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise NotFound(_("Data klien tidak ditemukan."), field="client_id")
    stays = []
    stay_rows = session.execute(
        select(Stay, Facility.name).join(Facility, Facility.id == Stay.facility_id)
        .where(Stay.client_id == client_id, Stay.deleted_at.is_(None))
        .order_by(Stay.arrival_at.desc())).all()
    for stay, facility_name in stay_rows:
        stays.append(StayView(stay.id, stay.case_number, facility_name, stay.standard_code,
                              stay.source, stay.status, stay.arrival_at, stay.closed_at,
                              _timeline(session, stay),
                              _steps(session, stay) if stay.closed_at is None else []))
    stay_ids = [s.stay_id for s in stays]
    family = [FamilyView(f.id, f.full_name, f.relationship, f.phone, f.address)
              for f in session.execute(select(FamilyMember).where(
                  FamilyMember.client_id == client_id, FamilyMember.deleted_at.is_(None))
                  .order_by(FamilyMember.full_name)).scalars()]
    tracing = []
    if stay_ids:
        tracing = [TracingView(t.attempted_at, t.method, t.counterpart, t.result, t.notes)
                   for t in session.execute(select(TracingAttempt).where(
                       TracingAttempt.stay_id.in_(stay_ids),
                       TracingAttempt.deleted_at.is_(None))
                       .order_by(TracingAttempt.attempted_at.desc())).scalars()]
    att_where = [Attachment.client_id == client_id]
    if stay_ids:
        att_where.append(Attachment.stay_id.in_(stay_ids))
    attachments = [
        AttachmentView(a.id, a.kind, a.filename, a.mime, a.size, a.created_at)
        for a in session.execute(select(Attachment).where(
            or_(*att_where), Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at.desc())).scalars()]
    letters = _letters(session, client_id, stay_ids)
    history = [
        AuditView(e.at, e.username, e.action, e.entity, e.changes or {})
        for e in session.execute(select(AuditEvent).where(AuditEvent.client_id == client_id)
                                 .order_by(AuditEvent.at.desc()).limit(500)).scalars()]
    photo = None
    if store is not None and client.photo_attachment_id:
        att = session.get(Attachment, client.photo_attachment_id)
        if att is not None and att.deleted_at is None:
            from rumahsinggah.storage.attachments import read_bytes

            try:
                photo = read_bytes(store, att)
            except Exception:  # a missing photo file must not hide the record
                photo = None
    return ClientRecord(client.id, _identity(client), photo, stays, family, tracing,
                        attachments, letters, history)


def _letters(session: Session, client_id: uuid.UUID, stay_ids: list[uuid.UUID]):
    """The client's letters and those of each stay; newest first, corrected ones left out."""
    # the letters service knows titles and corrections
    infos = list(letters_for_client(session, client_id))
    for stay_id in stay_ids:
        infos.extend(letters_for_stay(session, stay_id))
    seen: set = set()
    out = []
    for info in sorted(infos, key=lambda i: (i.letter_date, _sort_key(i.created_at)),
                       reverse=True):
        if info.id in seen or info.superseded:
            continue
        seen.add(info.id)
        out.append(LetterView(info.id, info.title or info.letter_type, info.number,
                              info.letter_date, info.signatory_name, None))
    return out


def _check_nik(value, field_name: str, sex=None, birth_date=None, estimated=False):
    if value is None or not str(value).strip():
        return None
    compact = "".join(str(value).split())
    if not compact.isdigit():
        raise DomainError(_("NIK hanya boleh berisi angka."), field=field_name)
    if len(compact) != 16:
        raise DomainError(_("NIK harus 16 angka (yang diisi {compact} angka).").format(compact=len(compact)),
                          field=field_name)
    return check_nik(value, sex=sex, birth_date=birth_date,
                     birth_date_estimated=estimated, field=field_name)


def update_client_identity(session: Session, client_id: uuid.UUID, changes: dict,
                           expected: dict | None = None) -> dict:
    """Change identity fields of a client; returns {field: (old, new)} of what changed.

    The store hooks write each change to the audit trail, so the history is kept.
    ``expected``: the values the form showed for the changed fields; when another desk (or
    window) saved a different value meanwhile, :class:`EditedElsewhere` is raised and nothing
    is saved: neither desk's work is overwritten unseen.
    """

    permissions.require(session, "client.edit_identity")
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise NotFound(_("Data klien tidak ditemukan."), field="client_id")
    if expected:
        moved = {k: getattr(client, k) for k in changes
                 if k in expected and k in EDITABLE_FIELDS
                 and (getattr(client, k) or None) != (expected[k] or None)}
        if moved:
            raise EditedElsewhere(_(
                "Data ini baru saja diubah di meja lain ({fields}). Belum ada yang tersimpan; "
                "isian Anda tetap ada. Periksa nilai dari meja lain, lalu simpan lagi.").format(
                    fields=", ".join(EDITABLE_FIELDS[k].lower() for k in sorted(moved))),
                moved, field=sorted(moved)[0])
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise DomainError(_("Kolom tidak dikenal: {join}.").format(join=', '.join(sorted(unknown))),
                          field=sorted(unknown)[0])
    new = {k: getattr(client, k) for k in EDITABLE_FIELDS} | dict(changes)
    for key in ("full_name", "nickname", "birth_place", "religion", "address", "village",
                "district", "regency", "province", "physical_description", "pmks_category",
                "notes"):
        new[key] = (new[key] or "").strip()
    if not new["full_name"]:
        raise DomainError(_("Nama lengkap wajib diisi. Jika nama tidak diketahui, tulis "
                          "'Tanpa Nama' dan ciri-cirinya."), field="full_name")
    if new["sex"] not in ("L", "P"):
        raise DomainError(_("Jenis kelamin harus L (laki-laki) atau P (perempuan)."), field="sex")
    birth = new["birth_date"]
    if birth is not None and birth > date.today():
        raise DomainError(_("Tanggal lahir tidak boleh setelah hari ini."), field="birth_date")
    new["nik"] = _check_nik(new["nik"], "nik", sex=new["sex"], birth_date=birth,
                            estimated=bool(new["birth_date_estimated"]))
    kk = (new["kk_number"] or "").strip() or None
    if kk is not None and (not kk.isdigit() or len(kk) != 16):
        raise DomainError(_("Nomor KK harus 16 angka."), field="kk_number")
    new["kk_number"] = kk
    done = {}
    for key, value in new.items():
        old = getattr(client, key)
        if old != value:
            setattr(client, key, value)
            done[key] = (old, value)
    if done:
        session.add(client)
        session.flush()
    return done


__all__ = [
    "EDITABLE_FIELDS", "STAGES", "STAGE_LABELS", "AttachmentView", "AuditView",
    "ClientRecord", "FamilyView", "LetterView", "StayView", "StepView", "TimelineEntry", "TracingView",
    "load_record", "update_client_identity",
]
