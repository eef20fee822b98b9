"""The per-run template gives a new store exactly what the real migrations give it."""

from __future__ import annotations

import os
import sqlite3

from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import migrate
from rumahsinggah.storage.store import open_store
from template_store import build_script


def _schema(path) -> set[tuple[str, str, str]]:
    con = sqlite3.connect(path)
    try:
        return set(con.execute("SELECT type, name, sql FROM sqlite_master WHERE sql NOT NULL"))
    finally:
        con.close()


def test_the_template_schema_is_the_migrations_schema(tmp_path, _template_script):
    assert build_script(tmp_path) == _template_script
    real = _schema(tmp_path / "template.sqlite")
    assert len(real) > 40
    store = open_store(DataPaths(tmp_path / "copy"))
    store.close()
    assert _schema(store.paths.database) == real
    con = sqlite3.connect(store.paths.database)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
        migrate.head_revision()
    con.close()


def test_an_encrypted_store_from_the_template_works(tmp_path):
    from sqlmodel import select

    from rumahsinggah.storage.models import Facility

    key = os.urandom(32)
    store = open_store(DataPaths(tmp_path / "enc"), key=key, daily_backup=False)
    with store.write() as s:
        s.add(Facility(name="Rumah Singgah Banjarmasin", kind="rumah_singgah", code="BJM"))
    store.close()
    again = open_store(DataPaths(tmp_path / "enc"), key=key, daily_backup=False)
    with again.read() as s:
        assert [f.code for f in s.exec(select(Facility)).all()] == ["BJM"]
    again.close()
