"""A store on a PostgreSQL server: the head office, or several desks sharing one database.

The same models, migrations and services run on it; what differs is kept here and in the
few dialect branches it names (``storage.search_index``, ``storage.dialect``):

- **Writes one at a time, as on a desk.** SQLite's ``BEGIN IMMEDIATE`` lets one writer in
  at a time; here every write transaction first takes one transaction-scoped advisory lock
  (:data:`WRITE_LOCK`), waiting at most :data:`LOCK_WAIT` before the user is told to try
  again. So case and letter numbers, change stamps and the audit chain behave exactly as on
  a desk, and a desk never overwrites work it has not seen: reads see committed work at once
  (MVCC), a write waits its turn and is never lost.
- **One clock for all desks.** Under the lock, the desk's change clock observes the highest
  stamp any desk committed, so stamps keep growing across desks (sync exports rely on it).
- **Sessions in UTC** (``timezone=UTC``): timestamps are stored as UTC wall time, as on
  SQLite, whatever the server's own zone.
- **TLS when the server offers it** (``sslmode=prefer``, libpq's default, stated so it stays
  so); ``sslmode=require`` or ``verify-full`` in the URL demand it.
- **Announcements.** Every committed write sends ``NOTIFY rumahsinggah_changes`` with the
  desk's id, so other desks' boards refresh (``storage.server_watch``).

At-rest protection is the server's (disk encryption): the database itself is not encrypted
the way a desk's SQLCipher file is. Sign-in still unwraps a store key (kept in the database,
``storage.keys``) that seals attachments.
"""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Engine, create_engine, event

from rumahsinggah.core.errors import StoreError
from rumahsinggah.locations import SCHEMES, ServerPaths, is_server_url, redact

__all__ = ["ServerPaths", "is_server_url", "redact", "make_engine", "connect_raw"]

# One 64-bit advisory lock key for "the store's write lock" (the bytes of "RSWRITE1").
WRITE_LOCK = int.from_bytes(b"RSWRITE1", "big") >> 1
LOCK_WAIT = "30s"  # as SQLite's busy timeout on a desk
CHANNEL = "rumahsinggah_changes"

def _new_sender() -> str:
    """Who announces, per engine (one per open store): a desk ignores its own announcements
    (it knows what it just wrote), and hears every other store's, even in one process."""
    return f"{os.getpid()}-{uuid.uuid4().hex[:8]}"


def on_postgres(session: Any) -> bool:
    """True when ``session`` (or a connection) works on a PostgreSQL store."""
    bind = session.get_bind() if hasattr(session, "get_bind") else session
    return bind.dialect.name == "postgresql"


def engine_url(url: str) -> str:
    """The SQLAlchemy URL for ``url`` (the psycopg 3 driver, whatever the scheme given)."""
    url = url.strip()
    for scheme in SCHEMES:
        if url.lower().startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    raise StoreError(f"Alamat basis data tidak dikenal: {redact(url)}")


def make_engine(url: str, clock: Any = None) -> Engine:
    """An engine over the server database at ``url``; ``clock`` (the store's ChangeClock,
    or one given later by :func:`attach_clock`, once the schema exists) observes the newest
    committed stamp at the start of every write."""
    state = {"clock": clock, "sender": _new_sender()}
    engine = create_engine(
        engine_url(url),
        connect_args={"sslmode": _sslmode(url), "options": "-c timezone=UTC",
                      "application_name": "rumahsinggah", "connect_timeout": 10},
        pool_pre_ping=True,  # a server restarted overnight: reconnect, do not fail
        pool_size=5, max_overflow=5,
    )

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("sqlite_begin") == "DEFERRED":
            return  # a read: MVCC snapshot, no lock
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        if state["clock"] is not None:
            top = conn.exec_driver_sql(
                "SELECT coalesce(max(change_stamp), 0) FROM audit_event").scalar()
            state["clock"].observe(int(top or 0))
        conn.info["rs_wrote"] = True

    @event.listens_for(engine, "commit")
    def _on_commit(conn: Any) -> None:
        if conn.info.pop("rs_wrote", False):
            conn.exec_driver_sql(f"NOTIFY {CHANNEL}, '{state['sender']}'")

    @event.listens_for(engine, "rollback")
    def _on_rollback(conn: Any) -> None:
        conn.info.pop("rs_wrote", None)

    engine._rs_state = state  # type: ignore[attr-defined]
    return engine


def sender_of(engine: Engine) -> str:
    """The id this engine's writes announce themselves with."""
    return engine._rs_state["sender"]  # type: ignore[attr-defined]


def attach_clock(engine: Engine, clock: Any) -> None:
    engine._rs_state["clock"] = clock  # type: ignore[attr-defined]


def connect_raw(url: str) -> Any:
    """A plain psycopg connection (its own transaction, committed on leaving ``with``)."""
    import psycopg

    try:
        return psycopg.connect(engine_url(url).replace("postgresql+psycopg://", "postgresql://"),
                               sslmode=_sslmode(url), options="-c timezone=UTC",
                               application_name="rumahsinggah", connect_timeout=10)
    except psycopg.Error as exc:
        from rumahsinggah.storage.server_store import explain

        raise explain(exc, ServerPaths(Path("."), url=url)) from exc


def _sslmode(url: str) -> str:
    query = urlsplit(url).query
    match = re.search(r"(?:^|&)sslmode=([a-z-]+)", query)
    return match.group(1) if match else "prefer"


def uses_tls(engine: Engine) -> bool:
    """True when this engine's connections are encrypted (``pg_stat_ssl``)."""
    with engine.connect() as conn:
        return bool(conn.exec_driver_sql(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar())
