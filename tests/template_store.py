"""A template store schema built once per test run and copied into every new store.

Building a store runs the Alembic migrations (about a quarter of a second each time). The
session builds one plain store with the real migrations, turns its schema and rows into one SQL
script, and every test that opens a NEW, EMPTY store gets that script instead of the migrations
(the same tables, indexes, triggers, full-text index and ``alembic_version``, made from the real
migrations of this very run). Works for plain and encrypted stores alike (it runs through the
store's own engine). Tests marked ``real_migrations`` (and any non-default target or config)
run Alembic as usual.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from rumahsinggah.storage import migrate
from rumahsinggah.storage.engine import make_engine

_SHADOW = ("_data", "_idx", "_content", "_docsize", "_config")


def build_script(folder: Path) -> str:
    """Run the real migrations on a fresh file and return SQL that recreates the result."""
    path = folder / "template.sqlite"
    engine = make_engine(path, None)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    try:
        entries = con.execute("SELECT type, name, sql FROM sqlite_master "
                              "WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
        virtual = [n for t, n, sql in entries if t == "table" and "VIRTUAL TABLE" in sql.upper()]
        shadows = {v + s for v in virtual for s in _SHADOW}
        lines, tables = [], []
        for kind, name, sql in entries:
            if name in shadows or name.startswith("sqlite_"):
                continue
            lines.append(sql + ";")
            if kind == "table" and name not in virtual:
                tables.append(name)
        for name in tables:
            for row in con.execute(f'SELECT * FROM "{name}"'):
                values = ", ".join(_literal(v) for v in row)
                lines.append(f'INSERT INTO "{name}" VALUES ({values});')
    finally:
        con.close()
    return "\n".join(lines)


def _literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, bytes):
        return f"X'{value.hex()}'"
    return "'" + str(value).replace("'", "''") + "'"


def patched_upgrade(script: str, real):
    """``migrate.upgrade`` that lays the template on an empty database, else runs Alembic."""

    def upgrade(engine: Engine, target: str = "head", cfg=None) -> None:
        if target != "head" or cfg is not None or engine.dialect.name != "sqlite":
            return real(engine, target, cfg)  # a server store: its own template database
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            empty = raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
            if empty:
                raw.executescript("BEGIN;\n" + script + "\nCOMMIT;")
                return None
        return real(engine, target, cfg)

    return upgrade
