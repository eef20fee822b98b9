"""What rows go out in a bundle and how incoming rows are merged into the store.

Rows travel whole, each with its per-field versions (``_v``, see
:mod:`rumahsinggah.storage.versions`). Merging a row the store already has goes field by field:
the version that has seen the other wins outright; two concurrent versions get a deterministic
winner (the later stamp, ties by desk id; for a case's status the further step of the state
machine) and the loser is kept in ``sync_conflict`` for a person to review. So the result does
not depend on the order bundles arrive in, importing one twice changes nothing, and nothing an
officer typed is dropped without a trace.

Special fields: ``deleted_at`` and ``merged_into_id`` are tombstones: once set, an edit from a
desk that had not seen them never clears them. A case's ``status`` carries its
``status_changed_at`` and ``closed_at`` along. Accounts (``user``) belong to the desk that made
them: other desks' edits of them are not applied.

Which tables travel: every table of a person's record and the shelter's shared lists. Desk-local
(never travel, never overwritten): drafts, counters, ``local_state``, settings (letterhead,
numbering, signatories: each desk's own), the per-partner sync state and the row versions
(which travel inside the rows). The audit trail travels append-only, keyed by id.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Table, and_, insert, select, update
from sqlmodel import Session, SQLModel

from rumahsinggah.core.client_keys import derived_columns
from rumahsinggah.storage import attachments, raw_insert, sequences, server_schema, versions
from rumahsinggah.storage.audit import jsonable
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import AuditEvent, RowVersion, SyncAlias, SyncConflict
from rumahsinggah.sync.container import BundleError
from rumahsinggah.sync.validate import checked_uuid, parse_uuid, validate_row

LOCAL_TABLES = frozenset({
    "draft", "counter", "local_state", "audit_event", "alembic_version", "setting",
    "row_version", "sync_partner", "sync_alias",
})
OWNED_TABLES = frozenset({"user"})  # only the creating desk's edits travel
# Filled by the hooks, or derived: never merged field by field.
NOT_MERGED = frozenset({
    "id", "created_at", "updated_at", "created_by", "updated_by", "site_id", "change_stamp",
    "search_text", "name_key",
})
TOMBSTONES = ("deleted_at", "merged_into_id")
STATUS_GROUP = {"stay": ("status", ("status_changed_at", "closed_at"))}
# Further along the case's state machine (services/status.py) ranks higher; closed is last.
STATUS_RANK = {
    "terdaftar": 0, "identifikasi": 1, "asesmen": 2, "menunggu_keputusan": 3,
    "dalam_pelayanan": 4, "resosialisasi": 5,
    "dirujuk": 6, "rujuk_kesehatan": 6, "ditolak": 6, "selesai": 6,
}
LEGACY_STORED_NAME = re.compile(r"^[0-9a-f]{2}/[0-9a-f]{32}\.bin$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
CONFLICT_NS = uuid.UUID("5b0c7f2e-3a61-4f5e-9d1c-8a2b6e4d7c10")
CHUNK = 500
# A server's round trips cost more than SQLite's calls: fewer, larger chunks (16,400 rather
# than 15,500 rows/s into PostgreSQL).
SERVER_CHUNK = 2000


class SyncDataError(BundleError):
    """A row of a bundle that does not fit this store's schema or references."""

    def __init__(self, message: str) -> None:
        super().__init__(message, reason="invalid")


def synced_tables() -> list[Table]:
    """Tables that travel, parents before children so foreign keys hold on insert."""
    return [t for t in SQLModel.metadata.sorted_tables
            if t.name not in LOCAL_TABLES and "change_stamp" in t.c and "id" in t.c]


def table_map() -> dict[str, Table]:
    return {t.name: t for t in synced_tables()}


# ---- decoding and checking rows ---------------------------------------------------------


def _kind(column) -> type | None:
    if isinstance(column.type, JSON):
        return None
    try:
        return getattr(column.type, "impl_instance", column.type).python_type
    except NotImplementedError:
        return None


@dataclass
class _TableInfo:
    table: Table
    kinds: dict[str, Any]
    lengths: dict[str, int]
    required: set[str]
    fks: dict[str, str]  # column -> referred table
    merged: list[str]

    @classmethod
    def of(cls, table: Table) -> _TableInfo:
        kinds, lengths, required, fks = {}, {}, set(), {}
        for c in table.columns:
            kinds[c.name] = _kind(c)
            length = getattr(c.type, "length", None)
            if length:
                lengths[c.name] = length
            if not c.nullable and c.default is None and c.name != "change_stamp":
                required.add(c.name)
            for fk in c.foreign_keys:
                fks[c.name] = fk.column.table.name
        merged = [c.name for c in table.columns if c.name not in NOT_MERGED]
        return cls(table, kinds, lengths, required, fks, merged)


_INFO: dict[str, _TableInfo] = {}


def info(table: Table) -> _TableInfo:
    got = _INFO.get(table.name)
    if got is None:
        got = _INFO[table.name] = _TableInfo.of(table)
    return got


def decode_row(table: Table, raw: Any, *, versions_checked: bool = False) -> dict[str, Any]:
    """The row's Python values, checked against the schema (``validate_row``), its versions
    and, for an attachment, its file name; SyncDataError names the problem."""
    out = validate_row(table, raw)
    out.pop("change_stamp", None)  # a desk's own ordering: never taken from a partner
    ti = info(table)
    missing = [c for c in ti.required if out.get(c) is None and c != "change_stamp"]
    if "id" not in out or missing:
        raise SyncDataError(
            f"Baris tabel {table.name} dalam paket tidak lengkap ({', '.join(missing) or 'id'}).")
    if not versions_checked:
        _check_versions(table, out.get("_v"))
    if table.name == "attachment":
        name = out["stored_name"]
        if LEGACY_STORED_NAME.match(name) and SHA256.match(out.get("sha256") or ""):
            out["stored_name"] = attachments.incoming_name(out["sha256"], out["id"])
        elif not attachments.is_plain_name(name):
            raise SyncDataError("Nama berkas lampiran dalam paket tidak sah; paket ditolak.")
    return out


def _check_versions(table: Table, v: Any) -> None:
    ok = isinstance(v, dict) and versions.STAR in v
    if ok:
        for key, ver in v.items():
            if not (isinstance(key, str) and isinstance(ver, list) and len(ver) in (2, 3)
                    and isinstance(ver[0], int) and not isinstance(ver[0], bool)
                    and isinstance(ver[1], str) and len(ver[1]) <= 40
                    and (len(ver) == 2 or (isinstance(ver[2], dict) and all(
                        isinstance(s, str) and isinstance(n, int) for s, n in ver[2].items())))):
                ok = False
                break
    if not ok:
        raise SyncDataError(f"Versi baris tabel {table.name} dalam paket tidak sah.")


def max_stamp(v: dict[str, list]) -> int:
    return max(int(x[0]) for x in v.values())


# ---- export -------------------------------------------------------------------------------


def _encode_row(row: dict[str, Any], versions_: dict | None) -> dict[str, Any]:
    out = {k: jsonable(v) for k, v in row.items() if k != "change_stamp"}
    out["_v"] = versions_ or {versions.STAR: versions.make(row["change_stamp"], row["site_id"])}
    return out


def export_records(session: Session, since: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every synced row changed on this desk after ``since`` (own edits and imports alike, so
    a desk relays what it received), then the audit events of the same span."""
    rv = RowVersion.__table__
    for table in synced_tables():
        query = (
            select(table, rv.c.versions)
            .outerjoin(rv, and_(rv.c.tbl == table.name, rv.c.row_id == table.c.id))
            .where(table.c.change_stamp > since)
            .order_by(table.c.change_stamp)
        )
        for row in session.execute(query.execution_options(yield_per=2000)).mappings():
            values = {c.name: row[c] for c in table.columns}
            yield table.name, _encode_row(values, row["versions"])
    audit = AuditEvent.__table__
    query = select(audit).where(audit.c.change_stamp > since).order_by(audit.c.change_stamp)
    for row in session.execute(query.execution_options(yield_per=2000)).mappings():
        yield "audit_event", {k: jsonable(v) for k, v in row.items() if k != "change_stamp"}


def attachment_rows(session: Session, since: int) -> list[tuple[str, str]]:
    """(sha256, stored_name) of the attachments whose rows go out after ``since``."""
    from rumahsinggah.storage.models import Attachment

    rows = session.execute(
        select(Attachment.sha256, Attachment.stored_name)
        .where(Attachment.change_stamp > since, Attachment.sha256 != "")
    ).all()
    return sorted({(r[0], r[1]) for r in rows})


# ---- import -------------------------------------------------------------------------------


@dataclass
class MergeResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    audit_events: int = 0
    renamed_cases: list[tuple[str, str]] = field(default_factory=list)
    new_attachments: list[tuple[str, str]] = field(default_factory=list)  # (sha256, stored)
    per_table: dict[str, list[int]] = field(default_factory=dict)  # table -> [new, updated]
    top_stamp: int = 0


Records = Callable[[], Iterable[tuple[str, Any]]]


def _row_id(table: Table, raw: Any) -> uuid.UUID:
    try:
        return parse_uuid(raw["id"])
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise SyncDataError(f"Baris tabel {table.name} dalam paket tanpa id yang sah.") from exc


def _among(session: Session, column, values) -> Any:
    """``column IN values``; on PostgreSQL ``column = ANY(array)``: one parameter instead of
    thousands, which the driver and the server would otherwise parse for every chunk."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import any_, bindparam
        from sqlalchemy.dialects.postgresql import ARRAY

        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(values)


def _known_versions(session: Session, table: Table, ids: list[uuid.UUID]) -> dict:
    rv = RowVersion.__table__
    return {
        r[0]: r[1] or {versions.STAR: versions.make(r[2], r[3])}
        for r in session.execute(
            select(table.c.id, rv.c.versions, table.c.change_stamp, table.c.site_id)
            .outerjoin(rv, and_(rv.c.tbl == table.name, rv.c.row_id == table.c.id))
            .where(_among(session, table.c.id, ids)))
    }


def merge_records(session: Session, records: Records, clock, *, floor: int = 0) -> MergeResult:
    """Merge every row of a bundle inside the caller's transaction, in one pass.

    Each chunk of rows is validated (``decode_row``: types, lengths, versions, file names)
    before it is written; a row this desk holds in the same version is skipped before it is
    decoded. References are checked at the end, against the bundle and the store, while the
    store's own foreign-key check waits for the commit (``defer_foreign_keys``). Any error
    leaves the caller's transaction to roll back, and the clock is put back where it was, so a
    refused bundle changes nothing. ``floor`` is a stamp the clock observes first (the
    manifest's clock)."""
    before = clock.last
    try:
        server_schema.defer_foreign_keys(session.connection())
        clock.observe(floor)
        return _merge_all(session, records, clock)
    except BaseException:
        clock.rewind(before)
        raise


# References still unresolved are looked up in the store once this many have gathered: rows
# written so far are in the store (same transaction), so only references to rows later in the
# bundle stay pending, and memory does not grow with the bundle.
RESOLVE_AT = 20_000


def _merge_all(session: Session, records: Records, clock) -> MergeResult:
    tables = table_map()
    aliases = _aliases(session)
    refs = _References(session, tables, aliases)
    result = MergeResult()
    batch: list[Any] = []
    current: str | None = None

    def flush(name: str | None, raws: list[Any]) -> None:
        if not raws:
            return
        if name == "audit_event":
            _apply_audits(session, raws, clock, result)
            return
        table = tables[name]
        local_ids = [aliases.get((name, i), i) for i in (_row_id(table, r) for r in raws)]
        known = _known_versions(session, table, local_ids)
        fks = info(table).fks
        todo: list[dict[str, Any]] = []
        top = 0
        for row_id, raw in zip(local_ids, raws, strict=True):
            v = raw.get("_v") if isinstance(raw, dict) else None
            _check_versions(table, v)
            top = max(top, max_stamp(v))
            if known.get(row_id) == v:
                result.unchanged += 1
                continue
            row = decode_row(table, raw, versions_checked=True)
            for column, target in fks.items():
                value = row.get(column)
                if value is not None:
                    refs.want(target, value)
            todo.append(row)
        clock.observe(top)  # local stamps drawn while merging order after the chunk's
        result.top_stamp = max(result.top_stamp, top)
        if todo:
            _apply_chunk(session, table, todo, aliases, clock, result)
        if refs.pending >= RESOLVE_AT:
            refs.resolve()

    chunk = SERVER_CHUNK if session.get_bind().dialect.name == "postgresql" else CHUNK
    for name, raw in records():
        if name != "audit_event" and name not in tables:
            raise SyncDataError(f"Paket memuat tabel {str(name)[:60]!r} yang tidak dikenal "
                                "meja ini.")
        if name != current or len(batch) >= chunk:
            flush(current, batch)
            batch, current = [], name
        batch.append(raw)
    flush(current, batch)
    refs.resolve(final=True)
    return result


class _References:
    """Every reference a written row makes must name a row of this store once the bundle is
    merged (its own rows included, as they are written in the same transaction); aliases
    redirect a partner's id to this desk's row. The store's own foreign-key check waits for
    the commit, so a reference to a row later in the bundle is fine until the end."""

    def __init__(self, session: Session, tables: dict[str, Table], aliases) -> None:
        self.session, self.tables, self.aliases = session, tables, aliases
        self.wanted: dict[str, set[uuid.UUID]] = {}
        self.pending = 0

    def want(self, target: str, value: uuid.UUID) -> None:
        ids = self.wanted.setdefault(target, set())
        if value not in ids:
            ids.add(value)
            self.pending += 1

    def resolve(self, *, final: bool = False) -> None:
        self.session.flush()
        for target, ids in self.wanted.items():
            table = (self.tables[target] if target in self.tables
                     else SQLModel.metadata.tables[target])
            local = {self.aliases.get((target, i), i): i for i in ids}
            pending = list(local)
            for start in range(0, len(pending), CHUNK):
                part = pending[start:start + CHUNK]
                for (found,) in self.session.execute(select(table.c.id)
                                                     .where(_among(self.session, table.c.id, part))):
                    ids.discard(local[found])
            if final and ids:
                raise SyncDataError(
                    f"Paket merujuk ke {len(ids)} baris tabel {target} yang tidak ada di "
                    "meja ini maupun di paket. Impor paket dari meja asalnya terlebih dahulu.")
        self.wanted = {t: ids for t, ids in self.wanted.items() if ids}
        self.pending = sum(len(ids) for ids in self.wanted.values())


def decode_audit(raw: Any) -> dict[str, Any]:
    out = validate_row(AuditEvent.__table__, raw)
    out.pop("change_stamp", None)
    if not isinstance(out.get("id"), uuid.UUID) or not out.get("action"):
        raise SyncDataError("Catatan jejak audit dalam paket tidak lengkap.")
    return out


def _aliases(session: Session) -> dict[tuple[str, uuid.UUID], uuid.UUID]:
    return {(a.tbl, a.remote_id): a.local_id for a in session.exec(select(SyncAlias)).scalars()}


def _apply_audits(session, raws, clock, result: MergeResult) -> None:
    audit = AuditEvent.__table__
    ids = [checked_uuid(r["id"]) for r in raws]
    have = {r[0] for r in session.execute(select(audit.c.id).where(_among(session, audit.c.id, ids)))}
    new = []
    for row_id, raw in zip(ids, raws, strict=True):
        if row_id not in have:
            have.add(row_id)
            r = decode_audit(raw)
            r["change_stamp"] = clock.next()  # so this desk relays it onwards
            new.append(r)
    if new:
        _free_chain_places(session, new)
        session.execute(insert(audit), new)
        result.audit_events += len(new)


def _free_chain_places(session, new: list[dict[str, Any]]) -> None:
    """An incoming event whose place in its desk's audit chain is taken here by another event
    (this desk restored an older copy and went on numbering; its lost events now come back
    from a partner) is kept unlinked: the chain links it anew after the import."""
    audit = AuditEvent.__table__
    places = {(r.get("site_id"), r.get("chain_seq")) for r in new if r.get("chain_seq")}
    if not places:
        return
    taken = set()
    for site in {p[0] for p in places}:
        seqs = [p[1] for p in places if p[0] == site]
        taken |= {(site, s) for (s,) in session.execute(
            select(audit.c.chain_seq).where(audit.c.site_id == site,
                                            _among(session, audit.c.chain_seq, seqs)))}
    for r in new:
        if (r.get("site_id"), r.get("chain_seq")) in taken:
            r["chain_seq"] = None
            r["chain_hash"] = None


def _remap(ti: _TableInfo, row: dict[str, Any], aliases) -> None:
    if not aliases:
        return
    tname = ti.table.name
    row["id"] = aliases.get((tname, row["id"]), row["id"])
    for column, target in ti.fks.items():
        value = row.get(column)
        if value is not None:
            row[column] = aliases.get((target, value), value)
    for column in ("created_by", "updated_by"):
        value = row.get(column)
        if value is not None:
            row[column] = aliases.get(("user", value), value)


def _apply_chunk(session: Session, table: Table, rows: list[dict[str, Any]], aliases,
                 clock, result: MergeResult) -> None:
    ti = info(table)
    rv = RowVersion.__table__
    for row in rows:
        _remap(ti, row, aliases)
    ids = [r["id"] for r in rows]
    local = {
        r["id"]: r for r in session.execute(
            select(table, rv.c.versions)
            .outerjoin(rv, and_(rv.c.tbl == table.name, rv.c.row_id == table.c.id))
            .where(_among(session, table.c.id, ids))
        ).mappings()
    }
    fresh = [r for r in rows if r["id"] not in local]
    same = _unique_matches(session, table, fresh)
    clashes: set[str] = set()
    if table.name == "stay" and fresh:
        numbers = [r["case_number"] for r in fresh]
        sequences.advance_for_case_numbers(session, numbers)
        clashes = set(session.execute(select(table.c.case_number)
                                      .where(_among(session, table.c.case_number, numbers))).scalars())
    counts = result.per_table.setdefault(table.name, [0, 0])
    inserts: list[dict[str, Any]] = []
    new_versions: list[dict[str, Any]] = []
    seen_ids: set[uuid.UUID] = set()
    for row in rows:
        incoming_v = row.pop("_v")
        result.top_stamp = max(result.top_stamp, max_stamp(incoming_v))
        if row["id"] in seen_ids:  # the same row twice in one bundle: merge the later one
            if inserts:
                raw_insert.insert_rows(session, table, inserts)
                raw_insert.insert_rows(session, rv, new_versions)
                inserts, new_versions = [], []
            session.flush()
            local[row["id"]] = session.execute(
                select(table, rv.c.versions)
                .outerjoin(rv, and_(rv.c.tbl == table.name, rv.c.row_id == table.c.id))
                .where(table.c.id == row["id"])).mappings().first()
        seen_ids.add(row["id"])
        mine = local.get(row["id"])
        if mine is None and same:
            mine = _same_thing(session, table, row, aliases, same)
        if mine is None:
            if row.get("case_number") in clashes and table.name == "stay":
                _rename_clash(session, table, row, incoming_v, clock, result)
            row["change_stamp"] = clock.next()
            inserts.append(_complete(table, row))
            new_versions.append({"tbl": table.name, "row_id": row["id"], "versions": incoming_v})
            counts[0] += 1
            result.inserted += 1
            if table.name == "attachment":
                result.new_attachments.append((row.get("sha256") or "", row["stored_name"]))
            continue
        if _merge_into(session, table, dict(mine), row, incoming_v, clock, result):
            counts[1] += 1
            result.updated += 1
        else:
            result.unchanged += 1
    if inserts:
        # Every row holds every column (``_complete``), so one statement inserts them all.
        raw_insert.insert_rows(session, table, inserts)
        raw_insert.insert_rows(session, rv, new_versions)


_DEFAULTS: dict[str, list[tuple[str, Any, bool]]] = {}


def _defaults(table: Table) -> list[tuple[str, Any, bool]]:
    """(column, default, default is callable) per column, looked up once per table."""
    got = _DEFAULTS.get(table.name)
    if got is None:
        got = []
        for c in table.columns:
            if c.default is not None and getattr(c.default, "is_scalar", False):
                got.append((c.name, c.default.arg, False))
            elif c.default is not None and callable(getattr(c.default, "arg", None)):
                got.append((c.name, c.default.arg, True))
            else:
                got.append((c.name, None, False))
        _DEFAULTS[table.name] = got
    return got


_NAMES: dict[str, tuple[frozenset[str], dict[str, tuple[Any, bool]]]] = {}


def _complete(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    got = _NAMES.get(table.name)
    if got is None:
        defaults = _defaults(table)
        got = _NAMES[table.name] = (frozenset(n for n, _d, _c in defaults),
                                    {n: (d, c) for n, d, c in defaults})
    names, defaults = got
    # A bundle's row carries nearly every column: copy it, fill in the few it lacks.
    out = dict(row)
    for extra in out.keys() - names:  # metadata ("_" keys) never reaches the table
        del out[extra]
    for name in names - out.keys():
        default, call = defaults[name]
        out[name] = default({}) if call else default  # sqlalchemy passes a context
    if table.name == "client":
        out.update(derived_columns(out["full_name"], out.get("nickname"), out.get("nik")))
    return out


def _unique_matches(session, table: Table, fresh: list[dict[str, Any]]) -> dict:
    """Local rows sharing a unique code with incoming new rows: {(column, value): row}."""
    out: dict[tuple[str, Any], Any] = {}
    if table.name == "stay" or not fresh:
        return out  # case numbers: see _rename_clash
    rv = RowVersion.__table__
    for column in table.columns:
        if not column.unique or column.primary_key:
            continue
        values = [r[column.name] for r in fresh if r.get(column.name) is not None]
        if not values:
            continue
        for found in session.execute(
            select(table, rv.c.versions)
            .outerjoin(rv, and_(rv.c.tbl == table.name, rv.c.row_id == table.c.id))
            .where(_among(session, column, values))).mappings():
            out[(column.name, found[column.name])] = found
    return out


def _same_thing(session, table: Table, row: dict[str, Any], aliases, same: dict) -> Any:
    """A row this desk has under another id with the same unique code (a facility code, a
    username set up on two desks): remembered as an alias, so later bundles that refer to the
    partner's id find this desk's row (a forgotten alias broke the second bundle before)."""
    for column in table.columns:
        found = same.get((column.name, row.get(column.name)))
        if found is not None and found["id"] != row["id"]:
            session.add(SyncAlias(tbl=table.name, remote_id=row["id"], local_id=found["id"]))
            aliases[(table.name, row["id"])] = found["id"]
            row["id"] = found["id"]
            return found
    return None


def _rename_clash(session, table: Table, row: dict[str, Any], incoming_v, clock,
                  result: MergeResult) -> None:
    number = row["case_number"]
    clash = session.execute(
        select(table.c.id, table.c.case_number).where(table.c.case_number == number)).first()
    if clash is None:
        return
    # Two cases under one number (stores from before desk codes, or a desk copied without
    # joining): every desk renames the same one, the case with the larger id, the same way.
    loser_id = max(clash[0], row["id"])
    renamed = f"{number}-{loser_id.hex[:4].upper()}"
    result.renamed_cases.append((number, renamed))
    if loser_id == row["id"]:
        row["case_number"] = renamed
        incoming_v["case_number"] = versions.after_edit(
            versions.effective(incoming_v, "case_number", incoming_v[versions.STAR]),
            clock.next(), session.info.get("site_id", ""))
    else:
        _local_edit(session, table, clash[0], {"case_number": renamed}, clock)


def _local_edit(session, table: Table, row_id: uuid.UUID, values: dict[str, Any], clock) -> None:
    """A change this desk makes during an import (a rename): a local edit with versions."""
    rv = RowVersion.__table__
    mine = session.execute(
        select(table, rv.c.versions)
        .outerjoin(rv, and_(rv.c.tbl == table.name, rv.c.row_id == table.c.id))
        .where(table.c.id == row_id)).mappings().one()
    site = session.info.get("site_id", "")
    v = dict(mine["versions"] or {versions.STAR: versions.make(mine["change_stamp"],
                                                              mine["site_id"])})
    stamp = clock.next()
    for name in values:
        v[name] = versions.after_edit(versions.effective(v, name, v[versions.STAR]), stamp, site)
    session.execute(update(table).where(table.c.id == row_id).values(
        **values, change_stamp=stamp, site_id=site, updated_at=utcnow()))
    _save_versions(session, table.name, row_id, v, existed=mine["versions"] is not None)


def _save_versions(session, tbl: str, row_id, v: dict, *, existed: bool) -> None:
    rv = RowVersion.__table__
    if existed:
        session.execute(update(rv).where(rv.c.tbl == tbl, rv.c.row_id == row_id)
                        .values(versions=v))
    else:
        session.execute(insert(rv).values(tbl=tbl, row_id=row_id, versions=v))


def _rank(table: str, name: str, value: Any, ver: list) -> tuple:
    if table in STATUS_GROUP and name == STATUS_GROUP[table][0]:
        return (STATUS_RANK.get(value, -1), *versions.order_key(ver))
    return versions.order_key(ver)


def _merge_into(session, table: Table, mine: dict[str, Any], row: dict[str, Any],
                incoming_v: dict, clock, result: MergeResult) -> bool:
    """Merge ``row`` into the local row ``mine``; True when the local row changed."""
    local_v = mine.pop("versions", None)
    existed = local_v is not None
    if local_v is None:
        local_v = {versions.STAR: versions.make(mine["change_stamp"], mine["site_id"])}
    if local_v == incoming_v:
        return False  # the common case of a repeated or echoed bundle
    tname = table.name
    ti = info(table)
    star_l, star_i = local_v[versions.STAR], incoming_v[versions.STAR]
    owner = star_l[1]
    group = STATUS_GROUP.get(tname)
    carried = set(group[1]) if group else set()
    merged_v = dict(local_v)
    values: dict[str, Any] = {}
    conflicts: list[tuple[str, Any, list, str]] = []
    if star_l != star_i:  # one row inserted twice (an alias): the inserts join
        first = min(star_l, star_i, key=versions.order_key)
        merged_v[versions.STAR] = versions.joined(first, max(star_l, star_i,
                                                             key=versions.order_key))
    for name in ti.merged:
        if name in carried or name not in row:
            continue
        lv = versions.effective(local_v, name, star_l)
        iv = versions.effective(incoming_v, name, star_i)
        if lv[:2] == iv[:2]:
            if versions.seen_of(lv) != versions.seen_of(iv):
                merged_v[name] = versions.joined(lv, iv)
            continue
        if tname in OWNED_TABLES and iv[1] != owner:
            continue  # an account is changed only by the desk that made it
        take = False
        if versions.has_seen(iv, lv):
            take, new_v = True, iv
        elif versions.has_seen(lv, iv):
            continue
        else:
            mine_value, their_value = mine.get(name), row.get(name)
            if name in TOMBSTONES and (mine_value is None) != (their_value is None):
                take = their_value is not None  # a tombstone is never undone
                new_v = versions.joined(iv if take else lv, lv if take else iv)
            elif _same_value(mine_value, their_value):
                new_v = versions.joined(lv, iv)
            else:
                take = _rank(tname, name, their_value, iv) > _rank(tname, name, mine_value, lv)
                winner, loser = (iv, lv) if take else (lv, iv)
                loser_value = mine_value if take else their_value
                new_v = versions.joined(winner, loser)
                conflicts.append((name, loser_value, loser,
                                  "status" if group and name == group[0] else "field"))
        merged_v[name] = new_v
        if take:
            values[name] = row[name]
            if group and name == group[0]:
                for extra in group[1]:
                    if extra in row:
                        values[extra] = row[extra]
                        merged_v[extra] = new_v
    if merged_v == local_v and not values:
        return False
    changed_values = {k: v for k, v in values.items() if not _same_value(mine.get(k), v)}
    top_in = max(versions.order_key(v) for v in incoming_v.values())
    top_merged = max(versions.order_key(v) for v in merged_v.values())
    stamp = clock.next()
    update_values: dict[str, Any] = dict(changed_values, change_stamp=stamp)
    if top_merged == top_in:  # the newest edit is the partner's: its bookkeeping travels
        for k in ("updated_at", "updated_by", "site_id"):
            if k in row:
                update_values[k] = row[k]
    if tname == "client" and ({"full_name", "nickname", "nik"} & set(changed_values)):
        update_values.update(derived_columns(
            *(changed_values.get(k, mine.get(k)) for k in ("full_name", "nickname", "nik"))))
    if tname == "stay" and "case_number" in changed_values:
        sequences.advance_for_case_numbers(session, [changed_values["case_number"]])
    session.execute(update(table).where(table.c.id == mine["id"]).values(**update_values))
    _save_versions(session, tname, mine["id"], merged_v, existed=existed)
    for name, loser_value, loser, kind in conflicts:
        _keep_conflict(session, table, mine, name, loser_value, loser, kind, result)
    return True


def _same_value(a: Any, b: Any) -> bool:
    return jsonable(a) == jsonable(b)


def conflict_id(tbl: str, row_id: uuid.UUID, name: str, loser: list) -> uuid.UUID:
    """The same conflict found on two desks gets the same id (so they merge, not double)."""
    return uuid.uuid5(CONFLICT_NS, f"{tbl}:{row_id}:{name}:{loser[0]}:{loser[1]}")


def _keep_conflict(session, table: Table, mine: dict[str, Any], name: str, loser_value: Any,
                   loser: list, kind: str, result: MergeResult) -> None:
    cid = conflict_id(table.name, mine["id"], name, loser)
    if session.get(SyncConflict, cid) is not None:
        return
    client_id = mine["id"] if table.name == "client" else mine.get("client_id")
    session.add(SyncConflict(
        id=cid, tbl=table.name, row_id=mine["id"], field=name, kind=kind, client_id=client_id,
        loser_value={"value": jsonable(loser_value)}, loser_site=loser[1], loser_stamp=loser[0],
    ))
    session.flush()
    result.conflicts += 1
