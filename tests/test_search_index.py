"""The full-text index stays correct after edits, merges, migrations and a sync import."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert, text
from sqlmodel import select

from rumahsinggah.core import names, phonetic
from rumahsinggah.core.errors import DomainError
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import duplicates
from rumahsinggah.services.board import ClientQuery, client_count, client_page
from rumahsinggah.services.matching import MatchQuery, find_candidates
from rumahsinggah.services.search import search_clients
from rumahsinggah.storage import migrate, search_index
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.engine import make_engine
from rumahsinggah.storage.models import AuditEvent, Client, Facility, FamilyMember, Stay
from rumahsinggah.storage.store import open_store

pytestmark = pytest.mark.both_engines

pytestmark = pytest.mark.real_migrations  # these tests are about the migrations

ADMIN = Actor(user_id=uuid.uuid4(), username="admin", role="admin")


def _found(store, query: str) -> list[str]:
    with store.read() as s:
        return [h.full_name for h in search_clients(s, query)]


def _facility(s) -> uuid.UUID:
    f = s.exec(select(Facility)).first()
    if f is None:
        f = Facility(name="Rumah Singgah", kind="rumah_singgah", code="BJM")
        s.add(f)
        s.flush()
    return f.id


def _stay(s, client_id, number: str, *, closed: bool = True) -> Stay:
    now = datetime.now(UTC)
    stay = Stay(case_number=number, client_id=client_id, facility_id=_facility(s),
                standard_code="rs", source="razia", arrival_at=now, status="terdaftar",
                closed_at=now if closed else None)
    s.add(stay)
    return stay


def test_edits_reach_the_index_at_once(store):
    with store.write() as s:
        c = Client(full_name="Mohammad Djunaedi", nickname="Jun", sex="L",
                   kk_number="6371010101900055")
        s.add(c)
        s.flush()
        _stay(s, c.id, "BJM-2026-00417")
    assert _found(store, "junaedi") == ["Mohammad Djunaedi"]
    assert _found(store, "6371010101900055") == ["Mohammad Djunaedi"]  # KK number
    assert _found(store, "2026-00417") == ["Mohammad Djunaedi"]  # case number
    with store.write() as s:
        row = s.get(Client, c.id)
        row.full_name = "Ahmad Fauzi"
        row.kk_number = None
        stay = s.exec(select(Stay).where(Stay.client_id == c.id)).one()
        stay.case_number = "BJM-2026-00999"
    assert _found(store, "junaedi") == [] and _found(store, "fauzi") == ["Ahmad Fauzi"]
    assert _found(store, "6371010101900055") == []
    assert _found(store, "2026-00417") == [] and _found(store, "2026-00999") == ["Ahmad Fauzi"]
    with store.write() as s:
        s.get(Client, c.id).deleted_at = datetime.now(UTC)
    assert _found(store, "fauzi") == []
    with store.read() as s:
        assert [h.full_name for h in search_clients(s, "fauzi", include_deleted=True)] == [
            "Ahmad Fauzi"]


def test_bulk_inserts_outside_the_orm_are_indexed_too(store):
    now = datetime.now(UTC)
    rows = [{"id": uuid.uuid4(), "created_at": now, "updated_at": now, "full_name": name,
             "sex": "P", "search_text": names.search_text(name), "name_key": names.name_key(name),
             "sounds_key": phonetic.sounds_key(name)}
            for name in ("Siti Nurhaliza", "Nur Aini", "Rina Wati")]
    with store.write() as s:
        s.execute(insert(Client), rows)
    assert _found(store, "haliza") == ["Siti Nurhaliza"]
    with store.read() as s:
        found = find_candidates(s, MatchQuery(full_name="Siti Nur Haliza", sex="P"))
    assert [c.full_name for c in found][:1] == ["Siti Nurhaliza"]


def test_broad_and_short_queries_page_in_name_order_and_count_lazily(store, monkeypatch):
    from rumahsinggah.services import search

    monkeypatch.setattr(search, "BROAD", 5)  # make "muh" broad on a small store
    with store.write() as s:
        for i in range(12):
            c = Client(full_name=f"Muhammad Test {chr(ord('z') - i)}", sex="L")
            s.add(c)
            s.flush()
            _stay(s, c.id, f"BJM-2026-{i:05d}")
        s.add(Client(full_name="Budi", sex="L"))
    with store.read() as s:
        for query in ("muh", "mu", "BJM-2026-0"):
            page = client_page(s, ClientQuery(text=query, limit=5), with_total=False)
            assert page.total == -1 and len(page.rows) == 5
            keys = [names.name_key(r.full_name) for r in page.rows]
            assert keys == sorted(keys) and keys[0] == "muhammad test o", query
            assert client_count(s, ClientQuery(text=query)) == 12
        assert client_count(s, ClientQuery(text="xwv")) == 0


def _two_records(store):
    with store.write() as s:
        old = Client(full_name="Dedy Saputra", sex="L", birth_date=date(1990, 3, 3),
                     regency="Kota Banjarmasin", nik="6371010303900001")
        s.add(old)
        s.flush()
        _stay(s, old.id, "BJM-2025-00001")
        s.add(FamilyMember(client_id=old.id, full_name="Aminah", relationship="ibu"))
        new = Client(full_name="Dedi Saputra", sex="L", birth_date=date(1990, 3, 3),
                     regency="Kota Banjarmasin", address="Jl. Pasar 3")
        s.add(new)
        s.flush()
        _stay(s, new.id, "BJM-2026-00002", closed=False)
        s.add(FamilyMember(client_id=new.id, full_name="Rusdi", relationship="ayah"))
    return old.id, new.id


def test_possible_duplicates_and_a_merge_that_keeps_every_stay_and_the_history(store):
    keep, dup = _two_records(store)
    with store.read() as s:
        pairs = duplicates.possible_duplicates(s)
    assert [(p.keep.client_id, p.duplicate.client_id) for p in pairs] == [(keep, dup)]
    assert pairs[0].score >= 85 and pairs[0].reasons
    with pytest.raises(DomainError), store.write(
            Actor(user_id=uuid.uuid4(), username="pramu", role="pramu_sosial")) as s:
        duplicates.merge_clients(s, keep, dup)
    with store.write(ADMIN) as s:
        moved = duplicates.merge_clients(s, keep, dup)
    assert moved == 2  # one stay, one family member
    with store.read() as s:
        tomb = s.get(Client, dup)
        kept = s.get(Client, keep)
        stays = s.exec(select(Stay).where(Stay.client_id == keep)).all()
        family = s.exec(select(FamilyMember).where(FamilyMember.client_id == keep)).all()
        events = s.exec(select(AuditEvent).where(AuditEvent.client_id == dup)).all()
        assert tomb.merged_into_id == keep and tomb.deleted_at is not None
        assert kept.address == "Jl. Pasar 3"  # empty field filled from the duplicate
        assert sorted(x.case_number for x in stays) == ["BJM-2025-00001", "BJM-2026-00002"]
        assert {f.full_name for f in family} == {"Aminah", "Rusdi"}
        assert {e.action for e in events} >= {"insert"}  # its history is kept
        assert duplicates.resolve(s, dup) == keep
        assert duplicates.possible_duplicates(s) == []
    # The index follows: the tombstone is gone, the case numbers find the kept client.
    assert _found(store, "dedi saputra") == [] and _found(store, "dedy") == ["Dedy Saputra"]
    assert _found(store, "2026-00002") == ["Dedy Saputra"]
    with pytest.raises(DomainError, match="sudah digabungkan"), store.write(ADMIN) as s:
        duplicates.merge_clients(s, keep, dup)


def test_a_later_edit_never_undoes_a_merge(store):
    keep, dup = _two_records(store)
    with store.write(ADMIN) as s:
        duplicates.merge_clients(s, keep, dup)
    with pytest.raises(DomainError, match="sudah digabungkan"), store.write(ADMIN) as s:
        s.get(Client, dup).deleted_at = None
    # A write around the ORM (as a sync import does) is put back by the trigger.
    with store.write() as s:
        s.execute(text("UPDATE client SET deleted_at = NULL, merged_into_id = NULL, "
                       "full_name = 'Dedi S.' WHERE id = :id"), {"id": dup.hex})
    with store.read() as s:
        row = s.get(Client, dup)
        assert row.merged_into_id == keep and row.deleted_at is not None
    assert _found(store, "dedi s") == []


def test_two_open_cases_or_different_niks_are_not_merged(store):
    with store.write() as s:
        a = Client(full_name="Rina", sex="P", nik="6371014101900001")
        b = Client(full_name="Rina", sex="P", nik="6371014101900002")
        s.add_all([a, b])
    with pytest.raises(DomainError, match="NIK"), store.write(ADMIN) as s:
        duplicates.merge_clients(s, a.id, b.id)
    with store.write() as s:
        s.get(Client, b.id).nik = None
        _stay(s, a.id, "BJM-2026-00010", closed=False)
        _stay(s, b.id, "BJM-2026-00011", closed=False)
    with pytest.raises(DomainError, match="kasus terbuka"), store.write(ADMIN) as s:
        duplicates.merge_clients(s, a.id, b.id)
    with store.read() as s:
        assert s.get(Client, b.id).merged_into_id is None


def test_index_rebuilt_after_a_migration_that_rebuilds_the_client_table(tmp_path):
    """A later branch's batch migration copies client into a new table: triggers gone."""
    store = open_store(DataPaths(tmp_path / "s"))
    with store.write() as s:
        s.add(Client(full_name="Syaiful Anwar", sex="L"))
    store.close()
    engine = make_engine(tmp_path / "s" / "rumahsinggah.sqlite")
    with engine.begin() as conn:  # what Alembic's batch mode does on SQLite
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'client'").scalar_one()
        conn.exec_driver_sql(re.sub(r'^CREATE TABLE "?client"?', "CREATE TABLE _tmp_client", sql))
        conn.exec_driver_sql("INSERT INTO _tmp_client SELECT * FROM client ORDER BY rowid DESC")
        conn.exec_driver_sql("DROP TABLE client")
        conn.exec_driver_sql("ALTER TABLE _tmp_client RENAME TO client")
        triggers = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert "client_index_ai" not in triggers  # dropped with the old table
    # What storage.migrate.upgrade does after any migration that ran.
    with engine.begin() as conn:
        assert search_index.ensure(conn)  # triggers missing: rebuilt
        assert not search_index.ensure(conn)  # in step: nothing to do
    engine.dispose()
    store = open_store(DataPaths(tmp_path / "s"))
    with store.write() as s:
        s.add(Client(full_name="Nur Haliza", sex="P"))
    assert _found(store, "anwar") == ["Syaiful Anwar"]
    assert _found(store, "haliza") == ["Nur Haliza"]
    store.close()


def test_migration_fills_the_index_from_existing_rows(tmp_path):
    engine = make_engine(tmp_path / "old.sqlite")
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO client (id, created_at, updated_at, site_id, change_stamp, full_name, "
            "nickname, sex, birth_date_estimated, birth_place, religion, address, village, "
            "district, regency, province, physical_description, pmks_category, notes, "
            "search_text, name_key) VALUES (?, '2026-01-01', '2026-01-01', '', 1, "
            "'Dzulkifli Rachman', '', 'L', 0, '', '', '', '', '', '', '', '', '', '', "
            "'dzulkifli rakhman', 'dzulkifli rakhman')", (uuid.uuid4().hex,))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT sounds_key FROM client").scalar_one() == \
            phonetic.sounds_key("Dzulkifli Rachman")
        hits = conn.exec_driver_sql(
            "SELECT count(*) FROM client_sounds WHERE client_sounds MATCH 'zulkifli'").scalar()
        assert hits == 1
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM client_search WHERE client_search MATCH '\"rakhman\"'"
        ).scalar() == 1
    engine.dispose()


def test_a_sync_import_is_indexed(tmp_path):
    from sync_support import Desks

    desks = Desks(tmp_path)
    a, b = desks.stores
    try:
        with a.write() as s:
            c = Client(full_name="Taufiq Hidayat", sex="L", birth_date=date(1985, 1, 1))
            s.add(c)
            s.flush()
            _stay(s, c.id, "PLK-2026-00077")
        desks.send(a, b)
        assert _found(b, "hidayat") == ["Taufiq Hidayat"]
        assert _found(b, "PLK-2026-00077") == ["Taufiq Hidayat"]
        with b.read() as s:
            found = find_candidates(s, MatchQuery(full_name="Taufik Hidayat", sex="L"))
        assert [x.full_name for x in found] == ["Taufiq Hidayat"]
        # An edit on desk a travels too, and the index follows it on desk b.
        with a.write() as s:
            s.get(Client, c.id).full_name = "Taufiq Rahman"
        desks.send(a, b)
        assert _found(b, "hidayat") == [] and _found(b, "rahman") == ["Taufiq Rahman"]
    finally:
        desks.close()


def test_demo_clients_carry_their_phonetic_key(store):
    from rumahsinggah import demo

    demo.generate(store, clients=30, seed=5)
    with store.read() as s:
        rows = s.exec(select(Client)).all()
        assert rows and all(c.sounds_key == phonetic.sounds_key(c.full_name) for c in rows)
        some = rows[0]
        found = find_candidates(s, MatchQuery(full_name=some.full_name, sex=some.sex))
        assert some.id in [c.client_id for c in found]
