"""The key file of a server store, kept in the database (table ``server_keys``).

A desk keeps its key file beside its SQLite file; desks sharing a server must share it, so
there it is one row, read and written as the file would be (``storage.keys`` calls these for
a :class:`~rumahsinggah.storage.server.ServerPaths`). The wrapped keys are as safe in the
database as in a file: each is sealed under a key derived from a password (Argon2id).
Written on its own short connection, outside the write lock, so saving it inside a user
action (an account added) cannot wait on that action's own lock.
"""

from __future__ import annotations

import json
from typing import Any

from rumahsinggah.core.errors import StoreError
from rumahsinggah.storage import server

TABLE = "server_keys"
DDL = f"CREATE TABLE IF NOT EXISTS {TABLE} (id integer PRIMARY KEY CHECK (id = 1), body text NOT NULL)"


def read_raw(paths: server.ServerPaths) -> Any | None:
    """The key file's JSON, or None when the store has none yet."""
    with server.connect_raw(paths.url) as conn:
        exists = conn.execute("SELECT to_regclass(%s)", (TABLE,)).fetchone()[0]
        if exists is None:
            return None
        row = conn.execute(f"SELECT body FROM {TABLE} WHERE id = 1").fetchone()
    if row is None:
        return None
    try:
        return json.loads(row[0])
    except ValueError as exc:
        raise StoreError("Kunci basis data di server rusak (isi tidak terbaca).") from exc


def write(paths: server.ServerPaths, data: bytes) -> None:
    with server.connect_raw(paths.url) as conn:
        conn.execute(DDL)
        conn.execute(f"INSERT INTO {TABLE} (id, body) VALUES (1, %s) ON CONFLICT (id) DO "
                     "UPDATE SET body = excluded.body", (data.decode("utf-8"),))


def exists(paths: server.ServerPaths) -> bool:
    try:
        return read_raw(paths) is not None
    except Exception:
        return False
