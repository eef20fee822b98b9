"""Kept conflicts: list them beside the current value, and let a person decide.

A conflict is a value that lost a merge (:mod:`rumahsinggah.sync.merge`). Deciding keeps the
current value, takes the other one, or writes a combination (text fields); the decision is an
ordinary edit of the record (audited, versioned, travels to the other desks) plus an audit
event naming both values, and the conflict is marked decided on every desk.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, SQLModel

from rumahsinggah.core.errors import DomainError, NotFound
from rumahsinggah.core.vocab import CASE_STATUS_LABELS
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.storage.audit import Actor, jsonable, record_event
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Client, Desk, Stay, SyncConflict, SyncPartner
from rumahsinggah.sync.validate import validate_row

TABLE_LABELS = {"client": "Klien", "stay": "Kasus", "family_member": "Anggota keluarga",
                "facility": "Fasilitas", "agency": "Instansi"}
FIELD_LABELS = {"full_name": "nama lengkap", "nickname": "nama panggilan", "nik": "NIK",
                "status": "status kasus", "address": "alamat", "notes": "catatan",
                "birth_date": "tanggal lahir", "phone": "telepon", "case_number": "nomor kasus"}


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    tbl: str
    row_id: uuid.UUID
    field: str
    kind: str
    where: str  # "Klien Joko Susilo", "Kasus BJM-2026-B-00017"
    field_label: str
    current: Any
    other: Any
    loser_desk: str
    client_id: uuid.UUID | None
    resolved: bool
    resolution: str
    text_field: bool  # a combination can be typed


def _model(tbl: str) -> type[SQLModel]:
    for mapper in SQLModel._sa_registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == tbl:
            return mapper.class_
    raise NotFound(_("Tabel {tbl} tidak dikenal.").format(tbl=tbl))


def _where(session: Session, c: SyncConflict, row: Any) -> str:
    label = TABLE_LABELS.get(c.tbl, c.tbl.replace("_", " ").capitalize())
    if isinstance(row, Client):
        return f"{label} {row.full_name}"
    if isinstance(row, Stay):
        return f"{label} {row.case_number}"
    if c.client_id:
        client = session.get(Client, c.client_id)
        if client is not None:
            return f"{label} dari klien {client.full_name}"
    return label


def _shown(field: str, value: Any) -> Any:
    if field == "status" and isinstance(value, str):
        return CASE_STATUS_LABELS.get(value, value)
    return value


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictView]:
    q = select(SyncConflict).order_by(SyncConflict.created_at)
    if not include_resolved:
        q = q.where(SyncConflict.resolved_at.is_(None))
    codes = {p.desk_id: p.code for p in session.exec(select(SyncPartner)).scalars()}
    codes |= {d.desk_id: d.code for d in session.exec(select(Desk)).scalars()}
    out = []
    for c in session.exec(q).scalars():
        model = _model(c.tbl)
        row = session.get(model, c.row_id)
        current = getattr(row, c.field, None) if row is not None else None
        column = model.__table__.c.get(c.field)
        text_field = column is not None and \
            getattr(getattr(column.type, "impl_instance", column.type), "python_type", None) is str
        out.append(ConflictView(
            id=c.id, tbl=c.tbl, row_id=c.row_id, field=c.field, kind=c.kind,
            where=_where(session, c, row), field_label=FIELD_LABELS.get(c.field, c.field),
            current=_shown(c.field, jsonable(current)),
            other=_shown(c.field, c.loser_value.get("value")),
            loser_desk=codes.get(c.loser_site, c.loser_site), client_id=c.client_id,
            resolved=c.resolved_at is not None, resolution=c.resolution, text_field=text_field,
        ))
    return out


def count_open(session: Session) -> int:
    from sqlalchemy import func

    return session.execute(select(func.count()).select_from(SyncConflict)
                           .where(SyncConflict.resolved_at.is_(None))).scalar_one()


def resolve(store: Any, actor: Actor, conflict_id: str | uuid.UUID, choice: str, *,
            value: str | None = None) -> None:
    """``choice``: "winner" (keep the current value), "loser" (take the other value) or
    "combined" (``value``, for text fields). One transaction, audited."""
    if choice not in ("winner", "loser", "combined"):
        raise DomainError(_("Pilihan harus: nilai sekarang, nilai lainnya, atau gabungan."))
    try:
        cid = uuid.UUID(str(conflict_id))
    except ValueError as exc:
        raise NotFound(_("Konflik {conflict_id} tidak ditemukan.").format(conflict_id=conflict_id)) from exc
    with store.write(actor) as s:
        permissions.require(s, "sync.resolve")
        c = s.get(SyncConflict, cid)
        if c is None:
            raise NotFound(_("Konflik {conflict_id} tidak ditemukan.").format(conflict_id=conflict_id))
        if c.resolved_at is not None:
            raise DomainError(_("Konflik ini sudah diputuskan."))
        model = _model(c.tbl)
        row = s.get(model, c.row_id)
        if row is None:
            raise NotFound(_("Data yang berkonflik tidak ditemukan."))
        before = jsonable(getattr(row, c.field))
        other = c.loser_value.get("value")
        if choice == "loser":
            new = validate_row(model.__table__, {c.field: other})[c.field]
        elif choice == "combined":
            column = model.__table__.c[c.field]
            kind = getattr(getattr(column.type, "impl_instance", column.type), "python_type",
                           None)
            if kind is not str:
                raise DomainError(_("Gabungan hanya dapat ditulis untuk isian teks; pilih salah "
                                  "satu nilai."), field="value")
            new = validate_row(model.__table__, {c.field: (value or "").strip()})[c.field]
        else:
            new = getattr(row, c.field)
        if choice != "winner" and jsonable(new) != before:
            setattr(row, c.field, new)
            if c.field == "status" and isinstance(row, Stay):
                row.status_changed_at = utcnow()
            s.add(row)
        c.resolved_at = utcnow()
        c.resolution = choice
        s.add(c)
        record_event(s, "sync_conflict_resolved", entity=c.tbl, record_id=c.row_id,
                     client_id=c.client_id, details={
                         "field": c.field, "choice": choice, "current": before,
                         "other": other, "result": jsonable(new), "conflict": str(c.id)})
