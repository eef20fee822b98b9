"""``raw_insert.insert_rows`` stores exactly what Core's ``insert(table)`` stores (issue 11).

Every synced table's rows of a demo store (the last of each with None in every nullable column) are
inserted into two empty databases, once each way; the stored values, read back without any
type processing, must be identical byte for byte.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, insert, select
from sqlmodel import Session, SQLModel

from rumahsinggah import demo
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import raw_insert
from rumahsinggah.storage.models import AuditEvent, RowVersion
from rumahsinggah.storage.store import open_store
from rumahsinggah.sync import merge

pytestmark = pytest.mark.both_engines


def _rows(store) -> dict[str, list[dict]]:
    out = {}
    with store.read() as s:
        for table in [*merge.synced_tables(), RowVersion.__table__, AuditEvent.__table__]:
            rows = [dict(r) for r in s.execute(select(table).limit(200)).mappings()]
            if rows:  # the last row with None in every nullable column (JSON null included)
                rows[-1] = {c.name: None if c.nullable and not c.primary_key else rows[-1][c.name]
                            for c in table.columns}
            out[table.name] = rows
    return out


def _dump(path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: sorted(map(repr, con.execute(f'SELECT * FROM "{n}"'))) for n in names}
    finally:
        con.close()


def test_raw_rows_are_stored_as_core_stores_them(tmp_path):
    store = open_store(DataPaths(tmp_path / "demo"), daily_backup=False)
    try:
        demo.generate(store, clients=25, seed=7)
        rows = _rows(store)
    finally:
        store.close()
    assert sum(len(v) for v in rows.values()) > 300

    paths = {}
    for way in ("core", "raw"):
        paths[way] = tmp_path / f"{way}.db"
        engine = create_engine(f"sqlite:///{paths[way]}")
        SQLModel.metadata.create_all(engine)
        with Session(engine) as s:
            for name, table_rows in rows.items():
                table = SQLModel.metadata.tables[name]
                if not table_rows:
                    continue
                if way == "core":
                    s.execute(insert(table), table_rows)
                else:
                    raw_insert.insert_rows(s, table, table_rows)
            s.commit()
        engine.dispose()
    core, raw = _dump(paths["core"]), _dump(paths["raw"])
    assert sum(len(v) for v in raw.values()) == sum(len(v) for v in rows.values())
    assert raw == core
