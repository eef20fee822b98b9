"""Sync-export bundles: carry changes from one desk's store to another's on a flash drive.

A bundle is one file: a small JSON header (format, origin desk, stamps, Argon2id salt and
parameters) followed by the AES-GCM sealed, gzip-compressed JSON body. The body holds every
synced row changed after a stamp, the audit events of those changes, and the content of new
attachments. Nothing in a bundle is readable without its passphrase: it holds personal data.

Importing merges row by row: a row the store lacks is inserted, a row the store has is replaced
only when the bundle's change is newer (higher change stamp, ties broken by site id), so
importing the same bundle twice, or bundles in any order, ends in the same state. Rows keep the
bookkeeping of the desk that made them; the import itself is one audit event.
"""

from __future__ import annotations

import gzip
import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import JSON, Table, insert, select, update
from sqlmodel import Session, SQLModel

from rumahsinggah.core.errors import DomainError
from rumahsinggah.services._common import OFFICE_STAFF, require_role
from rumahsinggah.storage import attachments
from rumahsinggah.storage.audit import jsonable, record_event
from rumahsinggah.storage.models import Attachment, AuditEvent, LocalState, Stay

FORMAT = "rumahsinggah-sync"
VERSION = 1
MAGIC = b"RSSYNC1\n"
# Desk-local tables: drafts are one user's unfinished typing; counters and local state
# belong to one desk; the audit trail travels separately (append-only, keyed by id).
LOCAL_TABLES = {"draft", "counter", "local_state", "audit_event", "alembic_version"}
ARGON2 = {"time_cost": 2, "memory_cost": 19456, "parallelism": 1}
MIN_PASSPHRASE = 8


@dataclass
class ExportSummary:
    path: Path
    rows: int
    attachments: int
    audit_events: int
    up_to_stamp: int


@dataclass
class ImportSummary:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    audit_events: int = 0
    attachments: int = 0
    renamed_cases: list[tuple[str, str]] = field(default_factory=list)
    origin_site: str = ""


def synced_tables() -> list[Table]:
    """Tables that travel, parents before children so foreign keys hold on insert."""
    return [t for t in SQLModel.metadata.sorted_tables if t.name not in LOCAL_TABLES]


def _derive_key(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"), salt, hash_len=32, type=Type.ID, **params
    )


def _encode(value: Any) -> Any:
    return jsonable(value)


def _decode(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in row:
            continue
        value = row[column.name]
        if value is not None and not isinstance(column.type, JSON):
            # TypeDecorators (sqlmodel's UTCDateTime) report ``object``: ask their impl.
            kind = getattr(column.type, "impl_instance", column.type).python_type
            if kind is uuid.UUID:
                value = uuid.UUID(value)
            elif kind is datetime:
                value = datetime.fromisoformat(value)
            elif kind is date:
                value = date.fromisoformat(value)
        out[column.name] = value
    return out


def _last_export_key(label: str) -> str:
    return f"sync_export:{label}"


def export_bundle(
    store: Any,
    actor_session: Session,
    dest: Path,
    passphrase: str,
    *,
    since_stamp: int | None = None,
    label: str = "default",
) -> ExportSummary:
    """Write the changes after ``since_stamp`` (default: after the last export) to ``dest``.

    ``actor_session`` is a write session (``store.write(actor)``): the export is audited and
    remembers its stamp so the next export carries only what changed since.
    """
    require_role(actor_session, OFFICE_STAFF, "mengekspor paket sinkronisasi")
    if len(passphrase) < MIN_PASSPHRASE:
        raise DomainError(
            f"Kata sandi paket sinkronisasi minimal {MIN_PASSPHRASE} karakter.", field="passphrase"
        )
    if dest.exists():
        raise DomainError(f"Berkas {dest} sudah ada; pilih nama lain.", field="dest")
    s = actor_session
    if since_stamp is None:
        state = s.get(LocalState, _last_export_key(label))
        since_stamp = int(state.value) if state else 0
    body: dict[str, Any] = {"tables": {}, "audit": [], "files": {}}
    top = since_stamp
    rows = 0
    for table in synced_tables():
        result = s.execute(select(table).where(table.c.change_stamp > since_stamp)).mappings()
        encoded = [{k: _encode(v) for k, v in r.items()} for r in result]
        if encoded:
            body["tables"][table.name] = encoded
            rows += len(encoded)
            top = max(top, max(r["change_stamp"] for r in encoded))
    audit_rows = s.execute(
        select(AuditEvent.__table__).where(AuditEvent.change_stamp > since_stamp)
    ).mappings()
    body["audit"] = [{k: _encode(v) for k, v in r.items()} for r in audit_rows]
    for raw in body["tables"].get("attachment", []):
        att = s.get(Attachment, uuid.UUID(raw["id"]))
        body["files"][raw["id"]] = attachments.read_bytes(store, att).hex()

    salt = os.urandom(16)
    nonce = os.urandom(12)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "origin_site": store.site_id,
        "since_stamp": since_stamp,
        "up_to_stamp": top,
        "created_at": _encode(datetime.now().astimezone()),
        "salt": salt.hex(),
        "nonce": nonce.hex(),
        "argon2": ARGON2,
    }
    header_bytes = json.dumps(header).encode()
    sealed = AESGCM(_derive_key(passphrase, salt, ARGON2)).encrypt(
        nonce, gzip.compress(json.dumps(body).encode(), 6), header_bytes
    )
    tmp = dest.with_name(dest.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes + sealed)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, dest)

    s.merge(LocalState(key=_last_export_key(label), value=str(top)))
    record_event(
        s, "sync_export",
        details={"file": dest.name, "rows": rows, "since": since_stamp, "up_to": top},
    )
    return ExportSummary(dest, rows, len(body["files"]), len(body["audit"]), top)


def read_bundle(path: Path, passphrase: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header and body of a bundle; Indonesian DomainError if it is not one or cannot open."""
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise DomainError(f"Berkas {path} tidak dapat dibaca: {exc.strerror}.") from exc
    if not blob.startswith(MAGIC):
        raise DomainError(f"Berkas {path.name} bukan paket sinkronisasi Rumah Singgah.")
    size = int.from_bytes(blob[len(MAGIC) : len(MAGIC) + 4], "big")
    start = len(MAGIC) + 4
    header_bytes = blob[start : start + size]
    header = json.loads(header_bytes)
    if header.get("format") != FORMAT or header.get("version", 0) > VERSION:
        raise DomainError(
            "Paket sinkronisasi ini dibuat oleh versi Rumah Singgah yang lebih baru. "
            "Perbarui aplikasi terlebih dahulu."
        )
    key = _derive_key(passphrase, bytes.fromhex(header["salt"]), header["argon2"])
    try:
        plain = AESGCM(key).decrypt(
            bytes.fromhex(header["nonce"]), blob[start + size :], header_bytes
        )
    except Exception as exc:
        raise DomainError(
            "Kata sandi paket salah, atau berkas paket rusak/terpotong. Tidak ada data yang "
            "diubah."
        ) from exc
    return header, json.loads(gzip.decompress(plain))


def _newer(incoming: dict[str, Any], local: Any) -> bool:
    return (incoming["change_stamp"], incoming["site_id"]) > (local.change_stamp, local.site_id)


def import_bundle(store: Any, session: Session, path: Path, passphrase: str) -> ImportSummary:
    """Merge a bundle into the store inside the caller's write transaction (all or nothing)."""
    require_role(session, OFFICE_STAFF, "mengimpor paket sinkronisasi")
    header, body = read_bundle(path, passphrase)
    summary = ImportSummary(origin_site=header["origin_site"])
    if header["origin_site"] == store.site_id:
        raise DomainError("Paket ini dibuat oleh meja ini sendiri; tidak perlu diimpor.")
    files: dict[str, str] = body.get("files", {})
    id_map: dict[uuid.UUID, uuid.UUID] = {}
    for table in synced_tables():
        for raw in body["tables"].get(table.name, []):
            row = _remap(table, _decode(table, raw), id_map)
            local = session.execute(select(table).where(table.c.id == row["id"])).first()
            if local is None and table.name == "stay":
                _avoid_case_number_clash(session, row, header["origin_site"], summary)
            elif local is None:
                local = _same_by_natural_key(session, table, row)
                if local is not None:  # e.g. one facility code set up on two desks
                    id_map[row["id"]] = local.id
                    row["id"] = local.id
            if local is None:
                if table.name == "attachment":
                    _write_attachment_file(store, row, files)
                    summary.attachments += 1
                session.execute(insert(table).values(**row))
                summary.inserted += 1
            elif _newer(row, local):
                if table.name == "stay":
                    row["case_number"] = local.case_number  # keep a number renamed on import
                session.execute(update(table).where(table.c.id == row["id"]).values(**row))
                summary.updated += 1
            else:
                summary.unchanged += 1
    audit = AuditEvent.__table__
    for raw in body.get("audit", []):
        row = _decode(audit, raw)
        if session.get(AuditEvent, row["id"]) is None:
            session.execute(insert(audit).values(**row))
            summary.audit_events += 1
    store.clock.observe(int(header["up_to_stamp"]))
    record_event(
        session, "sync_import",
        details={
            "file": path.name, "origin_site": header["origin_site"],
            "inserted": summary.inserted, "updated": summary.updated,
            "renamed_cases": summary.renamed_cases,
        },
    )
    return summary


def _natural_keys(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.unique and not c.primary_key]


def _same_by_natural_key(session: Session, table: Table, row: dict[str, Any]) -> Any:
    """A local row that is the same thing under another id (same facility code, username,
    setting key): the two are merged rather than the import failing."""
    for name in _natural_keys(table):
        if row.get(name) is not None:
            found = session.execute(select(table).where(table.c[name] == row[name])).first()
            if found is not None:
                return found
    return None


def _remap(table: Table, row: dict[str, Any], id_map: dict[uuid.UUID, uuid.UUID]) -> dict[str, Any]:
    """Point references (foreign keys, acting users) at the local ids of merged rows."""
    if id_map:
        for column in table.columns:
            value = row.get(column.name)
            if column.name != "id" and isinstance(value, uuid.UUID) and value in id_map:
                row[column.name] = id_map[value]
    return row


def _avoid_case_number_clash(
    session: Session, row: dict[str, Any], origin: str, summary: ImportSummary
) -> None:
    """Two offline desks of one facility may draw the same case number: keep both cases,
    suffix the incoming one with its desk, and report it."""
    clash = session.execute(
        select(Stay.id).where(Stay.case_number == row["case_number"])
    ).first()
    if clash is not None:
        renamed = f"{row['case_number']}-{origin[-4:].upper()}"
        summary.renamed_cases.append((row["case_number"], renamed))
        row["case_number"] = renamed


def _write_attachment_file(store: Any, row: dict[str, Any], files: dict[str, str]) -> None:
    content = files.get(str(row["id"]))
    if content is not None:  # a row without its file is reported by `rumahsinggah check`
        attachments.write_file(store, row["stored_name"], bytes.fromhex(content))
