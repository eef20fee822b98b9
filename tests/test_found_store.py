"""Migrations, model/migration agreement, audit trail, backup/restore, and refusing bad stores."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select, text

from rumahsinggah import demo
from rumahsinggah.core.errors import StoreError
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import backup, migrate, search_index
from rumahsinggah.storage.base import SQLModel
from rumahsinggah.storage.engine import make_engine
from rumahsinggah.storage.models import AuditEvent, Client, FamilyMember, Stay
from rumahsinggah.storage.store import open_store

pytestmark = pytest.mark.real_migrations  # these tests are about the migrations

TODAY = date(2026, 11, 23)


def _diff(engine) -> list:
    with engine.connect() as conn:
        return compare_metadata(
            MigrationContext.configure(conn, opts={
                "compare_type": True,
                # the full-text index (storage.search_index) is not a model
                "include_name": lambda name, kind, _p: not (
                    kind == "table" and search_index.is_index_table(name or "")),
            }), SQLModel.metadata
        )


def _downgrade(engine, target: str) -> None:
    migrate.downgrade(engine, target)


def _tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_on_an_empty_store_match_the_models(tmp_path):
    engine = make_engine(tmp_path / "empty.sqlite")
    migrate.upgrade(engine)
    assert _diff(engine) == []
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
    _downgrade(engine, "base")
    assert _tables(engine) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert _diff(engine) == []
    engine.dispose()


def test_migrations_on_a_populated_store(tmp_path):
    paths = DataPaths(tmp_path / "s")
    store = open_store(paths)
    demo.generate(store, clients=40, seed=3, today=TODAY)
    with store.read() as s:
        clients = s.scalar(select(func.count()).select_from(Client))
    store.close()
    # Opening again at head migrates nothing and makes no pre-migration copy.
    store = open_store(paths)
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == clients
    store.close()
    assert not list(paths.backups.glob("sebelum-migrasi-*"))
    # Full round trip on the populated file: down to base (drops the tables), up to head.
    engine = make_engine(paths.database)
    _downgrade(engine, "base")
    assert _tables(engine) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert _diff(engine) == []
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    engine.dispose()


def test_store_opened_by_open_store_matches_the_models(store):
    assert _diff(store.engine) == []


def test_audit_trail_records_insert_update_and_mark_deleted(store):
    from rumahsinggah.storage.audit import Actor

    actor = Actor(user_id=None, username="pramu.rina", role="pramu_sosial")
    with store.write(actor) as s:
        c = Client(full_name="Siti Nurhaliza", sex="P", nik=None)
        s.add(c)
        s.flush()
        relative = FamilyMember(client_id=c.id, full_name="Aminah", relationship="ibu")
        s.add(relative)
    with store.write(actor) as s:
        row = s.get(Client, c.id)
        row.full_name = "Siti Nur Haliza"
        row.religion = "Islam"
    with store.write(actor) as s:
        from rumahsinggah.storage.base import utcnow

        s.get(FamilyMember, relative.id).deleted_at = utcnow()
    with store.read() as s:
        events = s.execute(
            select(AuditEvent).where(AuditEvent.client_id == c.id).order_by(AuditEvent.change_stamp)
        ).scalars().all()
        client_row = s.get(Client, c.id)
        relative_row = s.get(FamilyMember, relative.id)
    assert [(e.entity, e.action) for e in events] == [
        ("client", "insert"), ("family_member", "insert"), ("client", "update"),
        ("family_member", "mark_deleted"),
    ]
    insert, _fam, update, deleted = events
    assert insert.changes["full_name"] == [None, "Siti Nurhaliza"]
    assert update.changes == {
        "full_name": ["Siti Nurhaliza", "Siti Nur Haliza"], "religion": ["", "Islam"]
    }
    assert deleted.changes["deleted_at"][0] is None and deleted.changes["deleted_at"][1]
    assert all(e.username == "pramu.rina" and e.site_id == store.site_id for e in events)
    assert client_row.search_text == "siti nur haliza"  # derived keys follow the correction
    assert relative_row is not None and relative_row.deleted_at is not None  # kept, marked


def test_backup_and_restore_round_trip(paths):
    store = open_store(paths)
    demo.generate(store, clients=20, seed=5, today=TODAY)
    out = backup.backup_file(paths.database, paths.root / "manual.sqlite")
    with store.read() as s:
        before = s.execute(select(Stay.case_number).order_by(Stay.case_number)).scalars().all()
    # Something happens after the backup...
    with store.write() as s:
        s.add(Client(full_name="Klien Setelah Cadangan", sex="L"))
    store.close()
    saved = backup.restore(paths, out)
    # ...the restore brings the backup's data back and keeps the replaced store aside.
    store = open_store(paths)
    with store.read() as s:
        after = s.execute(select(Stay.case_number).order_by(Stay.case_number)).scalars().all()
        late = s.scalar(select(func.count()).where(Client.full_name == "Klien Setelah Cadangan"))
    store.close()
    assert after == before and late == 0
    # The replaced store is set aside whole (renamed, not overwritten).
    assert saved.name.startswith("disisihkan-") and (saved / "rumahsinggah.sqlite").is_file()
    conn = sqlite3.connect(saved / "rumahsinggah.sqlite")
    try:
        assert conn.execute(
            "SELECT count(*) FROM client WHERE full_name = 'Klien Setelah Cadangan'"
        ).fetchone()[0] == 1
    finally:
        conn.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(paths, tmp_path):
    store = open_store(paths)
    store.close()
    bogus = tmp_path / "bukan-cadangan.sqlite"
    bogus.write_bytes(b"ini bukan basis data" * 100)
    before = _digest(paths.database)
    with pytest.raises(StoreError) as err:
        backup.restore(paths, bogus)
    assert "cadangan" in err.value.message
    assert _digest(paths.database) == before


# ---- stores that must be refused untouched -----------------------------------------------

def _populated(paths: DataPaths) -> None:
    store = open_store(paths)
    demo.generate(store, clients=10, seed=9, today=TODAY)
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(paths.database) + suffix).unlink(missing_ok=True)


def _assert_refused(paths: DataPaths, *words: str) -> None:
    before = _digest(paths.database)
    with pytest.raises(StoreError) as err:
        open_store(paths)
    message = err.value.message
    assert any(w in message for w in words), message
    assert _digest(paths.database) == before


def test_open_store_refuses_a_corrupt_file(paths):
    _populated(paths)
    data = bytearray(paths.database.read_bytes())
    data[:100] = os.urandom(100)  # the header is gone: not recognisable as SQLite
    paths.database.write_bytes(bytes(data))
    _assert_refused(paths, "rusak")


def test_open_store_refuses_a_foreign_sqlite_database(paths):
    paths.ensure()
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
    conn.execute("INSERT INTO pelanggan (nama) VALUES ('Toko Sumber Rejeki')")
    conn.commit()
    conn.close()
    _assert_refused(paths, "bukan milik Rumah Singgah")


def test_open_store_refuses_a_store_from_a_newer_version(paths):
    _populated(paths)
    conn = sqlite3.connect(paths.database)
    conn.execute("UPDATE alembic_version SET version_num = '9999_dari_masa_depan'")
    conn.commit()
    conn.close()
    _assert_refused(paths, "versi Rumah Singgah yang lebih baru")
    assert not list(paths.backups.glob("sebelum-migrasi-*"))


def test_open_store_refuses_a_read_only_folder(paths):
    _populated(paths)
    before = _digest(paths.database)
    if os.geteuid() == 0:
        # root writes through permission bits; the immutable attribute stops even root.
        subprocess.run(["chattr", "+i", str(paths.root)], check=True)
        undo = ["chattr", "-i", str(paths.root)]
    else:
        paths.root.chmod(0o555)
        undo = ["chmod", "755", str(paths.root)]
    try:
        with pytest.raises(StoreError) as err:
            open_store(paths)
    finally:
        subprocess.run(undo, check=True)
    assert "hanya-baca" in err.value.message or "tidak dapat" in err.value.message
    assert _digest(paths.database) == before


def test_copy_of_store_folder_is_independent(paths, tmp_path):
    # A folder is a whole store: copying it (closed) gives a working store.
    _populated(paths)
    copy = DataPaths(tmp_path / "salinan")
    shutil.copytree(paths.root, copy.root)
    store = open_store(copy)
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 10
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    store.close()


def test_reserving_a_block_of_numbers_continues_the_sequence(store):
    from rumahsinggah.storage import sequences

    with store.write() as s:
        assert sequences.next_value(s, "case:BJM:2026:A") == 1
        assert sequences.reserve(s, "case:BJM:2026:A", 10) == 2
        assert sequences.case_number(s, "BJM", 2026) == "BJM-2026-A-00012"
        assert sequences.reserve(s, "case:BBL:2026", 3) == 1
    with pytest.raises(ValueError), store.write() as s:
        sequences.reserve(s, "case:BJM:2026", 0)


LATER_REVISION = '''
from alembic import op
import sqlalchemy as sa

revision = "9001_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    # Rebuilds client (copy, drop, rename): every stay and family row refers to it.
    with op.batch_alter_table("client", recreate="always") as batch:
        batch.add_column(sa.Column("extra_note", sa.String(), nullable=True))


def downgrade():
    with op.batch_alter_table("client", recreate="always") as batch:
        batch.drop_column("extra_note")
'''


def test_a_later_migration_rebuilding_a_referenced_table_keeps_a_populated_store(tmp_path):
    import rumahsinggah.storage.migrations as package

    paths = DataPaths(tmp_path / "s")
    store = open_store(paths)
    demo.generate(store, clients=30, seed=8, today=TODAY)
    with store.read() as s:
        before = s.execute(select(Client.id, Client.full_name).order_by(Client.id)).all()
        stays = s.scalar(select(func.count()).select_from(Stay))
    store.close()
    later = tmp_path / "later"
    later.mkdir()
    (later / "9001_test.py").write_text(LATER_REVISION.format(head=migrate.head_revision()))
    cfg = migrate.alembic_config()
    cfg.set_main_option("path_separator", "space")
    cfg.set_main_option(
        "version_locations", f"{Path(package.__file__).parent / 'versions'} {later}"
    )
    engine = make_engine(paths.database)
    migrate.upgrade(engine, "heads", cfg)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == "9001_test"
        assert conn.exec_driver_sql("SELECT count(*) FROM stay").scalar() == stays
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on
        rows = conn.exec_driver_sql("SELECT id, full_name FROM client ORDER BY id").all()
    engine.dispose()
    assert [(r[0], r[1]) for r in rows] == [(i.hex, n) for i, n in before]
