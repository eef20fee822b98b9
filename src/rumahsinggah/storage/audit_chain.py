"""A tamper-evident audit trail: every event linked to the one before by a keyed hash.

After each flush that wrote audit events, the new events get, per origin desk (``site_id``)
and in the order they were written, a position ``chain_seq`` (1, 2, 3, ...) and
``chain_hash = HMAC(chain key, previous hash | the event's stored values)``. The chain key
is a random secret kept in ``local_state`` (inside the encrypted store, never synced, and
unchanged by a key rotation); the head of this desk's chain (position and hash) is kept
there too, so deleting the newest events shows as well.

:func:`verify` (run by ``rumahsinggah check``) recomputes this desk's chain: a deleted
event is a gap, a changed or reordered one a hash that does not match, an event slipped in
by raw SQL one without a link. Events imported from other desks keep the origin desk's links
(keyed with that desk's secret, which this desk does not hold): for them the positions are
checked (a deleted event is a gap), and their head travels on; the head office compares heads
from backups (``manifest.json``) and sync bundles (:func:`head`) to see a rewritten history.
Someone holding the store key could recompute this desk's chain too; the copies of the head
outside the store (every backup, every bundle) are what catches that.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from rumahsinggah.storage.models import AuditEvent

KEY_NAME = "audit_chain_key"
HEAD_NAME = "audit_chain_head"
COLUMNS = ("id", "at", "user_id", "username", "site_id", "action", "entity", "record_id",
           "client_id", "changes", "change_stamp")
_SELECT = ", ".join(COLUMNS)


def _canonical(row: tuple[Any, ...]) -> bytes:
    return json.dumps([None if v is None else str(v) for v in row],
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def link(key: bytes, previous: str, row: tuple[Any, ...]) -> str:
    return hmac.new(key, previous.encode() + b"|" + _canonical(row), hashlib.sha256).hexdigest()


def _local(conn: Any, name: str) -> str | None:
    row = conn.execute("SELECT value FROM local_state WHERE key = ?", (name,)).fetchone()
    return row[0] if row else None


def _set_local(conn: Any, name: str, value: str) -> None:
    conn.execute("INSERT INTO local_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO "
                 "UPDATE SET value = excluded.value", (name, value))


def _chain_key(conn: Any) -> bytes:
    value = _local(conn, KEY_NAME)
    if not value:
        value = secrets.token_hex(32)
        _set_local(conn, KEY_NAME, value)
    return bytes.fromhex(value)


# On PostgreSQL each column is read back in the text SQLite stores for it (UUIDs as 32 hex
# digits, UTC timestamps with microseconds, the JSON text as written), so a chain linked on a
# desk verifies unchanged after ``migrate-store`` copies it to a server, and the other way.
# ``rowid`` there is a BIGSERIAL column (``storage.server_schema``): the order of writing.
_PG_FORMS = {
    "id": "replace(id::text, '-', '')", "user_id": "replace(user_id::text, '-', '')",
    "record_id": "replace(record_id::text, '-', '')",
    "client_id": "replace(client_id::text, '-', '')",
    "at": "to_char(at, 'YYYY-MM-DD HH24:MI:SS.US')", "changes": "changes::text",
}
_PG_SELECT = ", ".join(_PG_FORMS.get(c, c) for c in COLUMNS)


def select_list(conn: Any) -> str:
    """The chained columns, in the form the hash is computed over, for ``conn``'s engine."""
    return _PG_SELECT if getattr(conn, "postgres", False) else _SELECT


def seal_raw(conn: Any, site_id: str) -> int:
    """Link every event not yet linked, inside the caller's write transaction (a DB-API
    connection or cursor-like object with ``execute``). Returns how many were linked."""
    pending = conn.execute(
        f"SELECT rowid, {select_list(conn)} FROM audit_event WHERE chain_seq IS NULL "
        "ORDER BY rowid").fetchall()
    if not pending:
        return 0
    key = _chain_key(conn)
    tops: dict[str, tuple[int, str]] = {}
    for rowid, *values in pending:
        site = values[COLUMNS.index("site_id")] or ""
        if site not in tops:
            top = conn.execute(
                "SELECT chain_seq, chain_hash FROM audit_event WHERE site_id = ? AND "
                "chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1", (site,)).fetchone()
            tops[site] = (top[0], top[1] or "") if top else (0, "")
        seq, previous = tops[site]
        digest = link(key, previous, tuple(values))
        conn.execute("UPDATE audit_event SET chain_seq = ?, chain_hash = ? WHERE rowid = ?",
                     (seq + 1, digest, rowid))
        tops[site] = (seq + 1, digest)
    if site_id in tops:
        _set_local(conn, HEAD_NAME, json.dumps({"site_id": site_id, "seq": tops[site_id][0],
                                                "hash": tops[site_id][1]}))
    return len(pending)


class _Adapter:
    """``execute(sql, params)`` over a SQLAlchemy connection, like a DB-API connection."""

    def __init__(self, connection: Any) -> None:
        self._c = connection
        self.postgres = connection.dialect.name == "postgresql"

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        if self.postgres:  # psycopg's placeholders
            sql = sql.replace("?", "%s")
        return self._c.exec_driver_sql(sql, params)


def _after_flush(session: Session, _ctx: Any) -> None:
    if any(isinstance(obj, AuditEvent) for obj in session.new):
        seal_raw(_Adapter(session.connection()), session.info.get("site_id", ""))


_installed = False


def install() -> None:
    """Link new events after every ORM flush in the process (once)."""
    global _installed
    if not _installed:
        event.listen(Session, "after_flush", _after_flush)
        _installed = True


def seal(session: Session) -> int:
    """Link events written without the ORM (e.g. a sync import's Core inserts)."""
    return seal_raw(_Adapter(session.connection()), session.info.get("site_id", ""))


def heads_raw(conn: Any) -> dict[str, dict[str, Any]]:
    """The last link of every origin desk's chain: ``{site_id: {"seq", "hash"}}``."""
    rows = conn.execute(
        "SELECT site_id, chain_seq, chain_hash FROM audit_event AS a WHERE chain_seq = "
        "(SELECT max(chain_seq) FROM audit_event AS b WHERE b.site_id = a.site_id)").fetchall()
    return {site: {"seq": seq, "hash": digest} for site, seq, digest in rows}


def verify_session(session: Session, site_id: str | None = None) -> ChainReport:
    """:func:`verify` inside a session (either engine)."""
    return verify(_Adapter(session.connection()), site_id)


def head(session: Session) -> dict[str, dict[str, Any]]:
    """The chain heads, for backups and sync bundles (a head office compares them)."""
    return heads_raw(_Adapter(session.connection()))


@dataclass
class ChainReport:
    checked: int = 0
    problems: list[str] | None = None
    notes: list[str] | None = None


def verify(conn: Any, site_id: str | None = None) -> ChainReport:
    """Recompute this desk's chain; check the positions of the other desks' chains."""
    report = ChainReport(problems=[], notes=[])
    if site_id is None:
        site_id = _local(conn, "site_id") or ""
    key_hex = _local(conn, KEY_NAME)
    unlinked = conn.execute(
        "SELECT count(*) FROM audit_event WHERE chain_seq IS NULL").fetchone()[0]
    if unlinked:
        report.problems.append(
            f"{unlinked} peristiwa jejak audit tidak terikat ke rantai (ditambahkan di luar "
            "aplikasi).")
    sites = [r[0] for r in conn.execute(
        "SELECT DISTINCT site_id FROM audit_event WHERE chain_seq IS NOT NULL")]
    for site in sites:
        rows = conn.execute(
            f"SELECT chain_seq, chain_hash, {select_list(conn)} FROM audit_event WHERE site_id = ? AND "
            "chain_seq IS NOT NULL ORDER BY chain_seq", (site,)).fetchall()
        report.checked += len(rows)
        own = site == site_id and key_hex is not None
        key = bytes.fromhex(key_hex) if own else b""
        expected, previous, gaps, bad = 1, "", [], []
        for seq, digest, *values in rows:
            after_gap = seq != expected
            if after_gap and (own or expected > 1):
                # The link before is gone: the next one cannot be judged. (Another desk's
                # chain may start later: its first events were never sent here.)
                gaps.append(f"{expected}-{seq - 1}" if seq - 1 > expected else str(expected))
            elif own and not hmac.compare_digest(link(key, previous, tuple(values)),
                                                 digest or ""):
                bad.append(str(seq))
            previous, expected = digest or "", seq + 1
        where = "meja ini" if site == site_id else f"meja {site or '(tanpa nama)'}"
        if own:
            stored = _local(conn, HEAD_NAME)
            if stored:
                top = json.loads(stored)
                if top.get("site_id") == site and int(top.get("seq", 0)) > expected - 1:
                    gaps.append(f"{expected}-{top['seq']}")
        if gaps:
            report.problems.append(
                f"Jejak audit {where}: peristiwa nomor {', '.join(gaps[:10])} hilang "
                "(dihapus di luar aplikasi).")
        if bad:
            report.problems.append(
                f"Jejak audit {where}: {len(bad)} peristiwa diubah atau urutannya ditukar "
                f"(nomor {', '.join(bad[:10])}).")
    return report
