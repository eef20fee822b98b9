"""The one factory for every database connection the application makes.

Connections use the ``sqlcipher3`` DB-API module: it bundles a current SQLite (free of the
WAL-reset corruption bug of SQLite 3.7.0 to 3.51.2) and, given a key, encrypts the file.
Every connection gets the same pragmas, and every write transaction starts with
``BEGIN IMMEDIATE`` so two desks or threads never deadlock upgrading a read lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event

# A save waits this long for another desk's transaction (a long sync import) before the user
# is told, in Indonesian, to try again. Writes run off the GUI thread, so waiting is cheap.
BUSY_TIMEOUT_MS = 30000
READ_ONLY = {"sqlite_begin": "DEFERRED"}


def _key_pragma(key: bytes) -> str:
    # A raw 32-byte key in SQLCipher's blob syntax: no password derivation on every connect.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_raw(path: Path, key: bytes | None = None) -> Any:
    """A plain DB-API connection with the key and pragmas applied (backups, checks)."""
    conn = sqlcipher3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    _prepare(conn, key)
    return conn


MIN_FREE_BYTES = 2 * 1024 * 1024


def disk_full(path: Path) -> bool:
    """Too little free space beside ``path`` for SQLite even to make its ``-shm`` file."""
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < MIN_FREE_BYTES
    except OSError:
        return False


def _ro_uri(path: Path) -> str:
    # On a full disk SQLite cannot create the WAL index (-shm): read the file as immutable
    # (no locks, no -shm). Only for looking at a store that cannot be written anyway.
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if disk_full(path) else "")


def connect_probe(path: Path, key: bytes | None = None) -> Any:
    """A read-only connection that writes nothing to the file, for looking before opening.

    :func:`connect_raw` and the engine switch the file to WAL, which rewrites its header; a
    foreign, damaged or too-new file must be examined without that.
    """
    conn = sqlcipher3.connect(
        _ro_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
    )
    cur = conn.cursor()
    # Looking with a key that may be the wrong one (key rotation, a foreign file) is
    # expected to fail; SQLCipher would log each failed page check to stderr.
    cur.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        cur.execute(_key_pragma(key))
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.close()
    return conn


def quick_check(path: Path, key: bytes | None = None, limit: int = 5) -> list[str]:
    """SQLite's ``quick_check`` on a read-only connection: [] when the file is sound.

    It reads every page (seconds on a very large store) but skips the index-content
    comparison of ``integrity_check``; enough to refuse a damaged interior page before the
    first write of a sign-in.
    """
    conn = connect_probe(path, key)
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA quick_check({int(limit)})")]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def _prepare(dbapi_conn: Any, key: bytes | None, readonly: bool = False) -> None:
    cur = dbapi_conn.cursor()
    if key is not None:
        cur.execute(_key_pragma(key))
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    if readonly:  # a damaged store is looked at, never written to
        cur.execute("PRAGMA query_only = ON")
        cur.close()
        return
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed transaction survives a power cut, not just a crash.
    cur.execute("PRAGMA synchronous = FULL")
    # Sorts and temporary indexes stay in memory: no plaintext temporary files on disk.
    cur.execute("PRAGMA temp_store = MEMORY")
    # 32 MB of decrypted pages per connection (the GUI holds one): the board, its counts and
    # the search on 100,000 clients use about that much; 16 MB made the searches of a typing
    # session 1.5-2x slower (issue 22), so the cache is the working set, not waste.
    cur.execute("PRAGMA cache_size = -32000")
    cur.close()


def make_engine(path: Path, key: bytes | None = None, *, readonly: bool = False) -> Engine:
    """An engine over the store file at ``path``; ``key`` encrypts it with SQLCipher.

    ``readonly``: opened with ``mode=ro`` and ``query_only``, for a damaged store.
    """
    url = (f"sqlite:///{_ro_uri(path).replace('file://', 'file:', 1)}&uri=true" if readonly
           else f"sqlite:///{path}")
    engine = create_engine(
        url,
        module=sqlcipher3,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event, not the driver, decide when transactions start.
        dbapi_conn.isolation_level = None
        _prepare(dbapi_conn, key, readonly)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = "DEFERRED" if readonly else conn.get_execution_options().get(
            "sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine
