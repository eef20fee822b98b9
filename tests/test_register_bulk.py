"""A register import writes its rows without ORM objects: the rows and their audit events must
be what the session hooks would have made of the same clients and stays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from register_support import write_xlsx
from rules_support import World
from rumahsinggah.services import matching
from rumahsinggah.services.registers import importer
from rumahsinggah.storage import audit_chain
from rumahsinggah.storage.audit import BOOKKEEPING
from rumahsinggah.storage.models import AuditEvent, Client, Stay

pytestmark = pytest.mark.both_engines

DERIVED = ("search_text", "name_key", "sounds_key")


def _import(store, tmp_path):
    world = World(store)
    prepared = importer.prepare(write_xlsx(tmp_path / "register.xlsx"))
    report = importer.run_import(store, world.actors["admin"], prepared, importer.ImportOptions(
        "BJM", prepared.suggested, "razia"))
    assert report.new_clients == 3 and report.stays == 4
    return world, report


def _fields(obj, *, skip=()) -> dict:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns
            if c.key not in BOOKKEEPING and c.key not in skip}


def _insert_event(session, record_id) -> AuditEvent:
    return session.execute(select(AuditEvent).where(
        AuditEvent.record_id == record_id, AuditEvent.action == "insert")).scalar_one()


def test_rows_and_audit_events_are_what_the_session_hooks_make(store, tmp_path):
    world, _report = _import(store, tmp_path)
    admin = world.actors["admin"]
    with store.session(admin) as s, s.begin():
        clients = s.execute(select(Client).where(Client.id.in_(
            select(Stay.client_id).where(Stay.register_reference != "")))).scalars().all()
        stays = s.execute(select(Stay).where(Stay.register_reference != "")
                          .order_by(Stay.change_stamp)).scalars().all()
        assert len(clients) == 3 and len(stays) == 4
        for client in clients:
            twin = Client(**_fields(client, skip=DERIVED + ("deleted_at",)))
            s.add(twin)
            s.flush()  # the hooks derive the search columns and write the audit event
            for name in DERIVED:
                assert getattr(client, name) == getattr(twin, name) != ""
            assert _insert_event(s, client.id).changes == _insert_event(s, twin.id).changes
        for stay in stays:
            values = _fields(stay) | {"case_number": stay.case_number + "-X"}
            twin = Stay(**values)
            s.add(twin)
            s.flush()
            ours = _insert_event(s, stay.id).changes
            theirs = _insert_event(s, twin.id).changes
            assert theirs.pop("case_number") == [None, stay.case_number + "-X"]
            assert ours.pop("case_number") == [None, stay.case_number]
            assert ours == theirs
        s.rollback()


def test_bookkeeping_chain_and_search_indexes_are_kept(store, tmp_path):
    world, _report = _import(store, tmp_path)
    admin = world.actors["admin"]
    with store.read() as s:
        rows = s.execute(select(Client.id, Client.change_stamp, Client.created_by,
                                Client.updated_by, Client.site_id, Client.created_at)
                         .where(Client.name_key.like("muhammad rizky%"))).all()
        assert len(rows) == 1
        rizky = rows[0]
        assert rizky.created_by == rizky.updated_by == admin.user_id
        assert rizky.site_id == store.site_id and rizky.created_at is not None
        event = _insert_event(s, rizky.id)
        assert event.change_stamp == rizky.change_stamp > 0
        assert event.username == admin.username and event.client_id == rizky.id
        stays = s.execute(select(Stay.change_stamp, Stay.client_id)
                          .where(Stay.register_reference != "")).all()
        # Every row drew its own stamp from the store's clock.
        stamps = [r.change_stamp for r in stays] + [rizky.change_stamp]
        assert len(set(stamps)) == len(stamps)
        assert sum(1 for r in stays if r.client_id == rizky.id) == 2
        # Each insert event is linked into the tamper-evident chain.
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.chain_seq.is_(None))) == 0
        report = audit_chain.verify_session(s, store.site_id)
        assert report.problems == [] and report.checked > 7
        # The full-text indexes (SQL triggers) have the new clients: the matcher's database
        # query finds the imported person by a spelling variant.
        found = matching.find_candidates(s, matching.MatchQuery(
            full_name="Mochamad Rizki", sex="L"))
        assert rizky.id in [c.client_id for c in found]


FIRST = ["ANDI", "BUDI", "CITRA", "DEWI", "EKA", "FITRI", "GITA", "HANA", "INDAH", "JUITA",
         "KARTIKA", "LINA", "MAYA", "NINA", "OKTA", "PUTRI", "RINA", "SARI", "TARI", "UMI"]
LAST = ["ARIANI", "BAHRI", "CAHYANI", "DARMAWATI", "ERLINA", "FAUZIAH", "GUSTINA", "HARTATI",
        "ISMAWATI", "JUNAIDA", "KURNIA", "LESTARI", "MULYANI", "NOVITA", "OKTAVIA", "PERMATA",
        "RAHMAWATI", "SUSANTI", "TRIANA", "UTAMI", "WULANDARI", "YULIANA", "ZAHRA", "AMELIA",
        "BUDIARTI", "CANDRA", "DAMAYANTI", "EVITA", "FEBRIANTI", "HANDAYANI"]


def _row(n: int, name: str, born: date) -> list:
    return [n, f"RS/{n:04d}/2023", name, "P", None, f"Banjarmasin, {born:%d-%m-%Y}", None,
            "Kota Banjarmasin", "gelandangan", "03/01/23", "20 Januari 2023", None]


def test_a_person_met_again_after_a_written_chunk_is_found_and_progress_is_reported(
        store, tmp_path):
    # More rows than one chunk: the first chunk is written before the last row is matched,
    # so the matcher must find her in the store's pool, not among the pending rows.
    total = importer.FLUSH_EVERY + 100
    fillers = [f"{a} {b}" for a in FIRST for b in LAST][: total - 2]
    rows = [_row(1, "SYARIFAH", date(1990, 8, 15))]
    rows += [_row(n, name, date(1950, 1, 1) + timedelta(days=40 * n))
             for n, name in enumerate(fillers, start=2)]
    rows.append(_row(total, "SARIFAH", date(1990, 8, 15)))
    world = World(store)
    prepared = importer.prepare(write_xlsx(tmp_path / "register.xlsx", rows))
    seen: list[tuple[int, int]] = []
    report = importer.run_import(
        store, world.actors["admin"], prepared,
        importer.ImportOptions("BJM", prepared.suggested, "razia"),
        progress=lambda done, of: seen.append((done, of)))
    assert report.count(importer.NEW) == total - 1 and report.stays == total
    last = report.outcomes[-1]
    assert last.outcome == importer.LINKED and "Syarifah" in last.message
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Client).where(
            Client.full_name.in_(["Syarifah", "Sarifah"]))) == 1
        assert s.scalar(select(func.count()).select_from(Stay).where(
            Stay.register_reference != "")) == total
    # Progress from the start to the last row, never backwards.
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) >= 3
