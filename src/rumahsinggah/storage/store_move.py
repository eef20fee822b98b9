"""Moving a desk's store onto a PostgreSQL server (``rumahsinggah migrate-store``).

:func:`copy_to_server` copies every table of the models (sync and merge tables too), every
row and every column of a desk's SQLite store, and the sealed content of every attachment,
into a server database that is empty or freshly migrated, in ONE transaction on the server:
a failure leaves the server as it was. The server then continues the desk's identity
(``local_state``: site id, store id, the audit chain's key and head, the last stamp) so the
audit chain linked on the desk verifies on the server, and its key file is the desk's, so
everyone signs in there with the same user name and password.

Afterwards both sides are read again and compared table by table: the row count and a
SHA-256 over the rows in a canonical form (ordered by primary key); then the attachments
(count and SHA-256 of their sealed content) and the server's integrity check (the audit
chain, every attachment opened and checked against its SHA-256). Any difference raises a
StoreError; nothing is reported as moved that does not match.

The desk's file is opened read-only and read in one snapshot; it is never written.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    String,
    Table,
    Text,
    bindparam,
    cast,
    func,
    insert,
    select,
    text,
    type_coerce,
)
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlmodel import Session, SQLModel

from rumahsinggah.core.errors import StoreError
from rumahsinggah.i18n import _
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import attachments, schema_version, server, server_keys
from rumahsinggah.storage import keys as keyfile
from rumahsinggah.storage.server import ServerPaths
from rumahsinggah.storage.server_schema import defer_foreign_keys

BATCH_ROWS = 1000
# Tables that must hold no rows for a server to receive a desk's store.
MUST_BE_EMPTY = ("user", "client", "stay")
DESK_ONLY_STATE = ("fingerprint",)  # this machine and folder: meaningless on a server

Progress = Callable[[str, int, int], None]  # (what, done, total)


@dataclass
class TableCheck:
    """One table on both sides after the copy."""

    name: str
    source_rows: int
    target_rows: int
    source_hash: str
    target_hash: str

    @property
    def matched(self) -> bool:
        return self.source_rows == self.target_rows and self.source_hash == self.target_hash


@dataclass
class MoveReport:
    """What :func:`copy_to_server` copied and what it compared."""

    target: str  # the server's address, without its password
    tables: list[TableCheck] = field(default_factory=list)
    attachments_source: int = 0
    attachments_target: int = 0
    attachments_source_hash: str = ""
    attachments_target_hash: str = ""
    missing_files: list[str] = field(default_factory=list)  # rows whose file the desk lacks
    check_lines: list[str] = field(default_factory=list)  # the server's integrity check
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(t.target_rows for t in self.tables)

    @property
    def attachments_matched(self) -> bool:
        return (self.attachments_source == self.attachments_target
                and self.attachments_source_hash == self.attachments_target_hash)

    @property
    def matched(self) -> bool:
        return all(t.matched for t in self.tables) and self.attachments_matched

    def mismatches(self) -> list[str]:
        out = [_("tabel {name}: {src} baris di meja, {dst} di server{what}").format(
            name=t.name, src=t.source_rows, dst=t.target_rows,
            what="" if t.source_rows != t.target_rows else _(" (isi berbeda)"))
            for t in self.tables if not t.matched]
        if not self.attachments_matched:
            out.append(_("lampiran: {src} di meja, {dst} di server").format(
                src=self.attachments_source, dst=self.attachments_target))
        return out

    def render(self) -> list[str]:
        """Indonesian lines for the console (as every command prints): one per table, then
        the attachments and what the server's check found sound."""
        width = max([len(t.name) for t in self.tables] + [len("lampiran")])
        lines = [f"Pemindahan basis data ke {self.target}:"]
        for t in self.tables:
            state = "cocok" if t.matched else "TIDAK COCOK"
            lines.append(f"  {t.name.ljust(width)}  {t.target_rows:>8}  {state}")
        state = "cocok" if self.attachments_matched else "TIDAK COCOK"
        lines.append(f"  {'lampiran'.ljust(width)}  {self.attachments_target:>8}  {state}")
        if self.missing_files:
            lines.append(f"  Catatan: {len(self.missing_files)} lampiran tidak ada berkasnya "
                         "di meja ini dan tidak tersalin: " + ", ".join(self.missing_files[:10]))
        lines += [f"  [OK] {line}" for line in self.check_lines]
        if self.matched:
            lines.append(f"Semua {len(self.tables)} tabel ({self.rows} baris) dan "
                         f"{self.attachments_target} lampiran cocok ({self.seconds:.1f} detik).")
        return lines


# ---- canonical rows ----------------------------------------------------------------------


def _canonical_value(value: Any) -> Any:
    """One value in a form both engines give alike (JSON-ready)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, date | dtime):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, Decimal):
        return str(value.normalize())
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return str(value)


def _order_by(table: Table, postgres: bool) -> list[Any]:
    """The primary key (every column when there is none), strings compared byte by byte on
    both engines (SQLite's BINARY; PostgreSQL's "C" collation, not the database's)."""
    columns = list(table.primary_key.columns) or list(table.columns)
    order = []
    for column in columns:
        if postgres and isinstance(column.type, String):
            order.append(column.collate("C"))
        else:
            order.append(column)
    return order


def table_digest(conn: Connection, table: Table) -> tuple[int, str]:
    """Row count and SHA-256 of ``table``'s rows in canonical form, ordered by primary key."""
    postgres = conn.dialect.name == "postgresql"
    digest = hashlib.sha256(table.name.encode())
    count = 0
    result = conn.execute(select(*table.columns).order_by(*_order_by(table, postgres)))
    for part in result.partitions(BATCH_ROWS):
        for row in part:
            digest.update(json.dumps([_canonical_value(v) for v in row], ensure_ascii=False,
                                     separators=(",", ":")).encode("utf-8"))
            digest.update(b"\n")
            count += 1
    return count, digest.hexdigest()


def _tables() -> list[Table]:
    import rumahsinggah.storage.models  # noqa: F401 - every model registered

    return list(SQLModel.metadata.sorted_tables)


# ---- the source (a desk's file, read-only) -----------------------------------------------


def _open_source(source: DataPaths, key: bytes | None):
    from rumahsinggah.storage.engine import make_engine

    database = source.database
    if not database.is_file() or database.stat().st_size == 0:
        raise StoreError(_("Tidak ada basis data Rumah Singgah di {root}; tidak ada yang "
                           "dipindahkan.").format(root=source.root))
    engine = make_engine(database, key, readonly=True)
    try:
        conn = engine.connect()
        conn.begin()  # one snapshot for the copy and the comparison
        tables = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(_("Basis data {name} tidak dapat dibaca (rusak, bukan milik Rumah "
                           "Singgah, atau kuncinya salah): {error}. Tidak ada yang dipindahkan."
                           ).format(name=database.name, error=getattr(exc, "orig", exc))
                         ) from exc
    if not schema_version.is_current(revision):
        conn.close()
        engine.dispose()
        raise StoreError(_("Basis data di meja ini belum diperbarui ke versi aplikasi ini "
                           "(revisi {revision}). Buka dan masuk sekali dengan aplikasi ini agar "
                           "diperbarui, lalu pindahkan lagi. Tidak ada yang dipindahkan."
                           ).format(revision=revision or "-"))
    return engine, conn


def _source_select(table: Table, order_rowid: bool):
    """Every column; JSON as the text the desk stored (a chained event's hash covers it)."""
    columns = [type_coerce(c, Text).label(c.name) if isinstance(c.type, JSON) else c
               for c in table.columns]
    query = select(*columns)
    if order_rowid:  # the order of writing, which the server's ``rowid`` will keep
        return query.order_by(text("rowid"))
    return query.order_by(*_order_by(table, False))


def _source_rows(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    result = conn.execute(_source_select(table, table.name == "audit_event"))
    for part in result.partitions(BATCH_ROWS):
        yield [{f"p_{k}": v for k, v in row._mapping.items()} for row in part]


# ---- the target (a server database) ------------------------------------------------------


def _refuse_unless_empty(paths: ServerPaths) -> None:
    """StoreError, before anything is written, unless the server's database is empty or
    freshly migrated without people or cases in it."""
    from rumahsinggah.storage.server_store import explain, look

    engine = server.make_engine(paths.url)
    try:
        revision = look(engine, paths)
        if revision is None:
            return  # an empty database: the migrations make the schema
        with engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
            filled = _filled(conn)
            conn.rollback()
    except DBAPIError as exc:
        raise explain(exc, paths) from exc
    finally:
        engine.dispose()
    if filled:
        raise _refusal(paths, filled)


def _filled(conn: Any) -> list[str]:
    """The tables of :data:`MUST_BE_EMPTY` holding rows, and the key file if there is one."""
    filled = [name for name in MUST_BE_EMPTY if conn.exec_driver_sql(
        f'SELECT EXISTS (SELECT 1 FROM "{name}")').scalar()]
    if conn.exec_driver_sql("SELECT to_regclass(%s) IS NOT NULL", (server_keys.TABLE,)
                            ).scalar() and conn.exec_driver_sql(
            f"SELECT EXISTS (SELECT 1 FROM {server_keys.TABLE})").scalar():
        filled.append(server_keys.TABLE)
    return filled


def _refusal(paths: ServerPaths, filled: list[str]) -> StoreError:
    return StoreError(_(
        "Basis data di server {target} sudah berisi data (tabel {what}). Basis data meja "
        "hanya dapat dipindahkan ke basis data server yang kosong atau baru disiapkan; "
        "tidak ada yang diubah di server.").format(target=paths.label, what=", ".join(filled)))


def _still_empty(conn: Connection, paths: ServerPaths) -> None:
    filled = _filled(conn)
    if filled:
        raise _refusal(paths, filled)


def _target_insert(table: Table):
    values = {}
    for column in table.columns:
        param = bindparam(f"p_{column.name}", type_=Text() if isinstance(column.type, JSON)
                          else column.type)
        # JSON arrives as the desk's text and is kept verbatim (PostgreSQL's json type).
        values[column.name] = cast(param, column.type) if isinstance(column.type, JSON) \
            else param
    return insert(table).values(values)


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    """Serial columns continue after the copied values (none today; any added later)."""
    for table in tables:
        for column in table.columns:
            seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                               {"t": f'"{table.name}"', "c": column.name}).scalar()
            if seq:
                conn.execute(text(
                    f'SELECT setval(:s, coalesce((SELECT max("{column.name}") FROM '
                    f'"{table.name}"), 0) + 1, false)'), {"s": seq})


def _attachment_names(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute(text(
        "SELECT DISTINCT stored_name FROM attachment ORDER BY stored_name"))]


def _copy_attachments(source: DataPaths, names: list[str], conn: Connection,
                      report: MoveReport, progress: Progress | None) -> None:
    """The sealed content of every attachment file, as it is (sealed under the same key)."""
    with Session(bind=conn) as session:
        for i, name in enumerate(names, 1):
            if not (attachments.is_plain_name(name)
                    or attachments._LEGACY_NAME.fullmatch(name or "")):
                report.missing_files.append(name)
                continue
            path = source.attachments / name
            try:
                sealed = path.read_bytes()
            except FileNotFoundError:
                report.missing_files.append(name)
                continue
            except OSError as exc:
                raise StoreError(_("Berkas lampiran {name} tidak dapat dibaca: {error}. Tidak "
                                   "ada yang diubah di server.").format(name=name, error=exc)
                                 ) from exc
            if attachments.is_plain_name(name):
                attachments.put_sealed(session, name, sealed)
            else:  # a name of the old fan-out layout: on the server it is only a key
                session.execute(text(
                    f"INSERT INTO {attachments.CONTENT_TABLE} (stored_name, sealed) VALUES "
                    "(:n, :b) ON CONFLICT (stored_name) DO NOTHING"), {"n": name, "b": sealed})
            if progress is not None:
                progress("lampiran", i, len(names))


def _source_attachments_digest(source: DataPaths, names: list[str]) -> tuple[int, str]:
    digest = hashlib.sha256()
    count = 0
    for name in names:
        try:
            data = (source.attachments / name).read_bytes()
        except (OSError, ValueError):
            continue
        digest.update(f"{name}:{hashlib.sha256(data).hexdigest()}\n".encode())
        count += 1
    return count, digest.hexdigest()


def _target_attachments_digest(conn: Connection) -> tuple[int, str]:
    digest = hashlib.sha256()
    count = 0
    result = conn.exec_driver_sql(
        f'SELECT stored_name, sealed FROM {attachments.CONTENT_TABLE} '
        'ORDER BY stored_name COLLATE "C"')
    for part in result.partitions(50):
        for name, sealed in part:
            digest.update(f"{name}:{hashlib.sha256(bytes(sealed)).hexdigest()}\n".encode())
            count += 1
    return count, digest.hexdigest()


def _describe(exc: Exception, table: str) -> StoreError:
    return StoreError(_("Baris tabel {table} tidak dapat disalin ke server: {error}. Tidak ada "
                        "yang diubah di server.").format(
        table=table, error=str(getattr(exc, "orig", None) or exc).strip()))


# ---- the move ----------------------------------------------------------------------------


def copy_to_server(source: DataPaths, key: bytes | None, url: str,
                   progress: Progress | None = None, *,
                   data_root: Path | None = None) -> MoveReport:
    """Copy the desk store under ``source`` (opened with ``key``) into the server database
    at ``url``; returns the comparison of both sides. StoreError (Indonesian) when the
    server is not empty, the desk cannot be read, or anything differs afterwards; a failed
    copy leaves the server's database as it was."""
    from rumahsinggah.storage.store import open_store

    started = time.perf_counter()
    if not server.is_server_url(url):
        raise StoreError(_("Alamat server harus diawali postgresql:// (misalnya "
                           "postgresql://pengguna@server/rumahsinggah)."))
    target_paths = ServerPaths.for_url(url, data_root or source.root)
    report = MoveReport(target=target_paths.label)
    key_data = None
    if key is not None:
        desk_keys = keyfile.load(source)
        if desk_keys.check != keyfile.key_check(key):
            raise StoreError(_("Kunci yang diberikan bukan kunci basis data di {root}; tidak ada "
                               "yang dipindahkan.").format(root=source.root))
        key_data = keyfile.serialize(desk_keys)
    src_engine, src = _open_source(source, key)
    try:
        _refuse_unless_empty(target_paths)
        target = open_store(target_paths, key)
        try:
            _copy(source, src, target_paths, target.engine, key_data, report, progress)
            _compare(source, src, target.engine, report)
        finally:
            target.engine.dispose()
    finally:
        src.close()
        src_engine.dispose()
    if not report.matched:
        raise StoreError(_("Salinan di server tidak sama dengan basis data meja ini ({what}). "
                           "Jangan pakai basis data di server; kosongkan lalu ulangi.").format(
            what="; ".join(report.mismatches())))
    _check_server(target_paths, key, report)
    report.seconds = time.perf_counter() - started
    return report


def _copy(source: DataPaths, src: Connection, paths: ServerPaths, engine,
          key_data: bytes | None, report: MoveReport, progress: Progress | None) -> None:
    tables = _tables()
    totals = {t.name: src.execute(select(func.count()).select_from(t)).scalar_one()
              for t in tables}
    try:
        with engine.begin() as conn:  # the server's write lock: no desk writes meanwhile
            defer_foreign_keys(conn)
            _still_empty(conn, paths)  # under the lock: no desk set it up meanwhile
            conn.exec_driver_sql(f"DELETE FROM {attachments.CONTENT_TABLE}")
            for table in reversed(tables):  # what a fresh database holds (its identity rows)
                conn.execute(table.delete())
            for table in tables:
                statement = _target_insert(table)
                done = 0
                try:
                    for batch in _source_rows(src, table):
                        if table.name == "local_state":
                            batch = [r for r in batch if r["p_key"] not in DESK_ONLY_STATE]
                        if batch:
                            conn.execute(statement, batch)
                        done += len(batch)
                        if progress is not None:
                            progress(table.name, done, totals[table.name])
                except DBAPIError as exc:
                    raise _describe(exc, table.name) from exc
            _reset_sequences(conn, tables)
            _copy_attachments(source, _attachment_names(src), conn, report, progress)
            if key_data is not None:  # the key file commits with the rows it opens
                conn.exec_driver_sql(server_keys.DDL)
                conn.execute(text(
                    f"INSERT INTO {server_keys.TABLE} (id, body) VALUES (1, :b) "
                    "ON CONFLICT (id) DO UPDATE SET body = excluded.body"),
                    {"b": key_data.decode("utf-8")})
    except DBAPIError as exc:  # at the commit, too: the references are checked there
        from rumahsinggah.storage.server_store import explain

        explained = explain(exc, paths)
        if type(explained) is not StoreError:  # busy, unreachable, disk full: say so
            raise explained from exc
        raise StoreError(_("Salinan ke server dibatalkan ({error}); tidak ada yang diubah di "
                           "server.").format(error=str(getattr(exc, "orig", None) or exc).strip())
                         ) from exc


def _compare(source: DataPaths, src: Connection, engine, report: MoveReport) -> None:
    """Both sides read again: the desk in the copy's snapshot, the server as committed."""
    with engine.connect().execution_options(sqlite_begin="DEFERRED") as dst:
        for table in _tables():
            if table.name == "local_state":
                src_count, src_hash = _state_digest(src)
                dst_count, dst_hash = _state_digest(dst)
            else:
                src_count, src_hash = table_digest(src, table)
                dst_count, dst_hash = table_digest(dst, table)
            report.tables.append(TableCheck(table.name, src_count, dst_count, src_hash,
                                            dst_hash))
        names = _attachment_names(src)
        report.attachments_source, report.attachments_source_hash = \
            _source_attachments_digest(source, names)
        report.attachments_target, report.attachments_target_hash = \
            _target_attachments_digest(dst)
        dst.rollback()


def _state_digest(conn: Connection) -> tuple[int, str]:
    """``local_state`` without the desk-only rows (which stay behind by design)."""
    rows = sorted((k, v) for k, v in conn.execute(text("SELECT key, value FROM local_state"))
                  if k not in DESK_ONLY_STATE)
    return len(rows), hashlib.sha256(json.dumps(rows).encode()).hexdigest()


def _check_server(paths: ServerPaths, key: bytes | None, report: MoveReport) -> None:
    """The server's own integrity check: the audit chain, and every attachment opened."""
    from rumahsinggah.storage import integrity

    checked = integrity.check_store(paths, key, checksums=True)
    # Files the desk itself lacked are missing on the server too (listed in the report); the
    # comparison above showed every file the desk has arrived.
    severe = [f for f in checked.findings if f.severe
              and not (f.kind == "lampiran_hilang" and report.missing_files)]
    if severe:
        raise StoreError(_("Data sudah tersalin ke server, tetapi pemeriksaan di server "
                           "menemukan masalah: {problems}. Jangan pakai basis data di server; "
                           "kosongkan lalu ulangi.").format(
            problems=" ".join(f.message for f in severe)))
    report.check_lines = list(checked.checked)
