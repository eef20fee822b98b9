"""One entry of a client's timeline opened: what was recorded, by whom, when, its corrections.

Contract:
- ``entry_detail(session, entity, record_id, role=None) -> EntryDetail``: the recorded values of one
  timeline row (arrival, identification, assessment, decision, service session, tracing,
  coordination, termination, home visit) as labelled text, who recorded it and when (from
  the audit trail), and every later change with who, when, old and new value and the reason.
- ``correct_entry(session, entity, record_id, changes, reason) -> dict``: correct some text
  fields of that row. Only the fields listed as correctable may change; a reason is
  required; the role must be one that may record such an entry. Nothing is overwritten
  silently: the store's hooks write the old and new values to the audit trail, and a
  ``koreksi`` event keeps the reason with them. Returns ``{field: (old, new)}``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from rumahsinggah.core import vocab
from rumahsinggah.core.errors import DomainError, NotFound
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.storage.audit import record_event
from rumahsinggah.storage.models import (
    Assessment,
    AuditEvent,
    Coordination,
    Decision,
    HomeVisit,
    Identification,
    ServiceSession,
    Stay,
    Termination,
    TracingAttempt,
    User,
)

CORRECTION = "koreksi"  # the audit action that keeps a correction's reason


@dataclass(frozen=True)
class EntryKind:
    model: Any
    title: str
    permission: str  # the action that records such an entry; correcting needs the same
    fields: tuple[tuple[str, str], ...]  # (column, label) shown, in order
    correctable: tuple[str, ...]  # text columns a correction may change
    at: str  # the column saying when it happened


KINDS: dict[str, EntryKind] = {
    "stay": EntryKind(Stay, "Kedatangan / pendaftaran", "intake.register", (
        ("case_number", "Nomor kasus"), ("arrival_at", "Waktu tiba"), ("source", "Sumber"),
        ("requester_name", "Pemohon"), ("requester_contact", "Kontak pemohon"),
        ("notes", "Catatan")),
        ("requester_name", "requester_contact", "notes"), "arrival_at"),
    "identification": EntryKind(Identification, "Identifikasi awal", "casework.identification", (
        ("identified_at", "Waktu identifikasi"), ("papers_seen", "Dokumen yang dilihat"),
        ("healthy", "Sehat jasmani"), ("health_notes", "Catatan kesehatan"),
        ("notes", "Catatan awal")),
        ("health_notes", "notes"), "identified_at"),
    "assessment": EntryKind(Assessment, "Asesmen", "casework.assessment", (
        ("kind", "Jenis asesmen"), ("assessed_at", "Waktu asesmen"), ("problem", "Masalah"),
        ("causes", "Penyebab"), ("physical_condition", "Kondisi fisik"),
        ("mental_condition", "Kondisi mental / psikologis"),
        ("spiritual_condition", "Kondisi spiritual"), ("social_condition", "Kondisi sosial"),
        ("family_situation", "Situasi keluarga"), ("potentials", "Potensi dan sumber"),
        ("needs", "Kebutuhan"), ("recommendation", "Rekomendasi")),
        ("problem", "causes", "physical_condition", "mental_condition", "spiritual_condition",
         "social_condition", "family_situation", "potentials", "needs", "recommendation"),
        "assessed_at"),
    "decision": EntryKind(Decision, "Keputusan Kepala Bidang", "decision.decide", (
        ("outcome", "Keputusan"), ("decided_at", "Waktu keputusan"), ("reason", "Alasan"),
        ("referral_destination", "Tujuan rujukan")),
        ("reason", "referral_destination"), "decided_at"),
    "service_session": EntryKind(ServiceSession, "Sesi bimbingan / layanan", "casework.care", (
        ("kind", "Bentuk layanan"), ("held_at", "Waktu"), ("officer_name", "Pembimbing"),
        ("duration_minutes", "Lama (menit)"), ("notes", "Catatan")),
        ("officer_name", "notes"), "held_at"),
    "tracing_attempt": EntryKind(TracingAttempt, "Penelusuran keluarga", "casework.tracing", (
        ("method", "Cara"), ("attempted_at", "Waktu"), ("counterpart", "Yang dihubungi"),
        ("result", "Hasil"), ("notes", "Catatan")),
        ("counterpart", "notes"), "attempted_at"),
    "coordination": EntryKind(Coordination, "Koordinasi dengan Dinas Sosial daerah lain",
                              "casework.coordination", (
        ("region", "Kabupaten / kota"), ("agency_name", "Dinas yang dihubungi"),
        ("letter_number", "Nomor surat"), ("sent_at", "Tanggal kirim"),
        ("response", "Balasan"), ("responded_at", "Tanggal balasan"), ("notes", "Catatan")),
        ("region", "agency_name", "letter_number", "notes"), "sent_at"),
    "termination": EntryKind(Termination, "Terminasi", "termination.terminate", (
        ("mode", "Cara klien keluar"), ("basis", "Dasar terminasi"),
        ("terminated_at", "Waktu terminasi"), ("place", "Tempat"),
        ("destination", "Tujuan"), ("pickup_name", "Penjemput"), ("escort", "Pendamping"),
        ("notes", "Catatan")),
        ("place", "escort", "notes"), "terminated_at"),
    "home_visit": EntryKind(HomeVisit, "Kunjungan rumah", "casework.home_visit_record", (
        ("scheduled_for", "Dijadwalkan"), ("visited_at", "Waktu kunjungan"),
        ("result", "Hasil"), ("notes", "Catatan / tindak lanjut")),
        ("result", "notes"), "visited_at"),
}

_LABELS = {
    "source": vocab.CASE_SOURCE_LABELS, "kind": {**vocab.ASSESSMENT_KIND_LABELS,
                                                 **vocab.SERVICE_KIND_LABELS},
    "outcome": vocab.DECISION_OUTCOME_LABELS, "mode": vocab.TERMINATION_MODE_LABELS,
    "basis": vocab.TERMINATION_BASIS_LABELS,
    "papers_seen": {"ktp": "KTP", "kk": "Kartu Keluarga", "akta": "Akta kelahiran",
                    "surat_keterangan": "Surat keterangan lain"},
    "pickup_papers": {"ktp": "KTP", "kk": "Kartu Keluarga"},
}


@dataclass(frozen=True)
class EntryField:
    name: str
    label: str
    value: Any  # as stored (datetimes aware UTC): the GUI formats dates itself
    text: str  # plain text of a non-date value
    correctable: bool


@dataclass(frozen=True)
class Change:
    """One later change of the entry: who, when, {field: (old, new)}, and why."""

    at: datetime
    username: str
    changes: dict[str, tuple[Any, Any]]
    reason: str = ""


@dataclass(frozen=True)
class EntryDetail:
    entity: str
    record_id: uuid.UUID
    title: str
    at: datetime | date | None
    fields: list[EntryField]
    recorded_by: str  # the full name (username) of who recorded it
    recorded_at: datetime | None
    changes: list[Change] = field(default_factory=list)
    may_correct: bool = False


def _kind(entity: str) -> EntryKind:
    kind = KINDS.get(entity)
    if kind is None:
        raise DomainError(_("Catatan jenis ini tidak dapat dibuka."), field="entity")
    return kind


def _row(session: Session, kind: EntryKind, record_id: uuid.UUID) -> Any:
    row = session.get(kind.model, record_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(_("Catatan ini tidak ditemukan lagi. Muat ulang rekam klien."),
                       field="record_id")
    return row


def _text(name: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    labels = _LABELS.get(name)
    if isinstance(value, list):
        return ", ".join((labels or {}).get(v, str(v)) for v in value)
    if labels:
        return labels.get(value, str(value))
    return str(value)


def _who(session: Session, user_id: uuid.UUID | None, username: str) -> str:
    user = session.get(User, user_id) if user_id else None
    if user is not None:
        return f"{user.full_name} ({user.username})"
    return username or "sistem"


def entry_detail(session: Session, entity: str, record_id: uuid.UUID, *,
                 role: str | None = None) -> EntryDetail:
    """The entry as recorded; ``may_correct`` says whether ``role`` (default: the session's
    actor) may correct it."""
    kind = _kind(entity)
    row = _row(session, kind, record_id)
    fields = [EntryField(name, label, getattr(row, name), _text(name, getattr(row, name)),
                         name in kind.correctable) for name, label in kind.fields]
    events = session.execute(select(AuditEvent).where(AuditEvent.record_id == record_id)
                             .order_by(AuditEvent.at, AuditEvent.change_stamp)).scalars().all()
    inserted = next((e for e in events if e.action == "insert"), None)
    recorded_by = _who(session, inserted.user_id if inserted else row.created_by,
                       inserted.username if inserted else "")
    recorded_at = inserted.at if inserted else row.created_at
    reasons = [e for e in events if e.action == CORRECTION]
    changes = []
    for e in events:
        if e.action != "update":
            continue
        shown = {k: tuple(v) for k, v in (e.changes or {}).items()
                 if k in dict(kind.fields)}
        if not shown:
            continue
        why = next((r for r in reasons if (r.changes or {}).get("changes") == e.changes), None)
        if why is not None:
            reasons.remove(why)
        changes.append(Change(e.at, _who(session, e.user_id, e.username), shown,
                              (why.changes or {}).get("reason", "") if why else ""))
    if role is None:
        actor = session.info.get("actor")
        role = actor.role if actor is not None else ""
    may = bool(kind.correctable) and permissions.can(role, kind.permission)
    return EntryDetail(entity, record_id, _title(kind, row), getattr(row, kind.at, None),
                       fields, recorded_by, recorded_at, changes, may)


def _title(kind: EntryKind, row: Any) -> str:
    if isinstance(row, Assessment):
        return vocab.ASSESSMENT_KIND_LABELS.get(row.kind, kind.title)
    if isinstance(row, ServiceSession):
        return vocab.SERVICE_KIND_LABELS.get(row.kind, kind.title)
    return kind.title


def correct_entry(session: Session, entity: str, record_id: uuid.UUID,
                  changes: dict[str, str], reason: str) -> dict[str, tuple[Any, Any]]:
    """Correct text fields of one timeline entry, keeping the old values and the reason."""
    kind = _kind(entity)
    permissions.require(session, kind.permission)
    row = _row(session, kind, record_id)
    unknown = sorted(set(changes) - set(kind.correctable))
    if unknown:
        raise DomainError(_("Kolom {fields} tidak dapat dikoreksi di sini.").format(
            fields=", ".join(unknown)), field=unknown[0])
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Tulis alasan koreksi: riwayat menyimpan nilai lama dan alasannya."),
                          field="reason")
    done: dict[str, tuple[Any, Any]] = {}
    for name, value in changes.items():
        new = (value or "").strip()
        old = getattr(row, name)
        if (old or "") != new:
            setattr(row, name, new)
            done[name] = (old, new)
    if not done:
        raise DomainError(_("Tidak ada yang berubah: ubah isian yang salah dahulu."),
                          field=sorted(changes)[0] if changes else "reason")
    session.add(row)
    session.flush()  # the hooks write the update event with old and new values
    client_id = _client_id(session, row)
    record_event(session, CORRECTION, entity=entity, record_id=record_id, client_id=client_id,
                 details={"reason": reason,
                          "changes": {k: [old, new] for k, (old, new) in done.items()}})
    return done


def _client_id(session: Session, row: Any) -> uuid.UUID | None:
    if isinstance(row, Stay):
        return row.client_id
    stay = session.get(Stay, row.stay_id)
    return stay.client_id if stay else None


__all__ = ["CORRECTION", "KINDS", "Change", "EntryDetail", "EntryField", "correct_entry",
           "entry_detail"]
