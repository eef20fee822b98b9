"""Bulk inserts for the demo generator: rows as SQLite stores them, ids that append.

The generator writes each table as one ``executemany`` of the Core ``insert(table)`` statement
(:func:`insert_params`) with the values already converted to what the SQLite dialect stores,
and with time-ordered UUIDs (:class:`TimeOrderedIds`) so every index grows at its end. Rows
start from :func:`row_template`, every column with its default, so a table's rows share one
key set.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Uuid, insert
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import UTCDateTime


def row_template(model: type[SQLModel]) -> dict[str, Any]:
    """Every column of ``model`` with its default, so bulk rows share one key set."""
    row: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        row[name] = None if info.is_required() else info.get_default(call_default_factory=True)
    return row


def _utc_text(value: datetime) -> str:
    """``YYYY-MM-DD HH:MM:SS.ffffff`` in UTC, as SQLAlchemy's SQLite DateTime stores it."""
    if value.tzinfo is not UTC:
        if value.utcoffset() is None:
            raise ValueError("demo data datetimes must be timezone-aware")
        value = value.astimezone(UTC)
    return value.isoformat(" ", "microseconds")[:26]


RowId = uuid.UUID | str  # the generator's rows carry new ids as 32 hex digits


def _uuid_text(value: RowId) -> str:
    return value if value.__class__ is str else value.hex


def _converter(column_type: Any):
    """How SQLAlchemy's SQLite dialect stores a value of this column type, done directly."""
    if isinstance(column_type, Uuid):
        return _uuid_text
    if isinstance(column_type, DateTime | UTCDateTime):
        return _utc_text
    if isinstance(column_type, Date):
        return date.isoformat
    if isinstance(column_type, JSON):
        return json.dumps
    if isinstance(column_type, Boolean):
        return bool  # SQLite binds it as 0/1; PostgreSQL needs a boolean
    return None


_INSERTS: dict[str, tuple[str, Any, list[tuple[int, Any]]]] = {}  # by dialect and table


def _dialect(name: str):
    if name == "postgresql":  # positional placeholders, and "user" quoted as PostgreSQL needs
        from sqlalchemy.dialects.postgresql.psycopg import dialect as pg_dialect

        return pg_dialect(paramstyle="format")
    return sqlite_dialect()


_DIALECTS: dict[str, Any] = {}


def insert_params(model: type[SQLModel], rows: list[dict[str, Any]],
                  dialect: str = "sqlite") -> tuple[str, list[tuple]]:
    """The SQL and parameter tuples of one ``executemany`` Core insert of ``rows``.

    SQLAlchemy's per-value type processing was two thirds of the demo's run time at 100,000
    clients, so the values are converted here exactly as the SQLite dialect stores them
    (UUID as 32 hex digits, aware datetimes as UTC text, JSON text, booleans as 0/1); the
    demo tests read the rows back through the ORM to hold this equal.
    """
    table = model.__table__
    key = f"{dialect}:{table.name}"
    if key not in _INSERTS:
        compiler = _DIALECTS.setdefault(dialect, _dialect(dialect))
        stmt = insert(table).compile(dialect=compiler)
        names_ = list(stmt.positiontup)
        converters = [(i, conv) for i, name in enumerate(names_)
                      if (conv := _converter(table.c[name].type)) is not None]
        _INSERTS[key] = (str(stmt), itemgetter(*names_), converters)
    sql, getter, converters = _INSERTS[key]
    params = []
    for r in rows:
        values = list(getter(r))
        for i, conv in converters:
            v = values[i]
            if v is not None:
                values[i] = conv(v)
        params.append(tuple(values))
    return sql, params


class TimeOrderedIds:
    """UUID version 7 style ids (RFC 9562): a millisecond timestamp, then a counter.

    Random (version 4) keys land all over every primary-key and foreign-key index, so each
    insert touches a different page; ids that increase make a bulk load append to the end of
    each index instead, which roughly halves the demo's run time at 100,000 clients. They are
    still UUIDs, unique across desks: 48 bits of time, version 7, variant bits, and a counter
    started at 60 random bits. Returned as the 32 hex digits the store keeps (no UUID object
    per row: the demo makes millions).
    """

    def __init__(self) -> None:
        stamp = (time.time_ns() // 1_000_000) & ((1 << 48) - 1)
        self._base = (stamp << 80) | (0x7 << 76) | (0b10 << 62)
        self._next = int.from_bytes(os.urandom(8)) >> 4  # < 2**60: counts up within 62 bits

    def __call__(self) -> str:
        n = self._next
        self._next = n + 1
        return f"{self._base | n:032x}"
