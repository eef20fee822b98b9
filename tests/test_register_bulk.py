"""A register import writes its rows without ORM objects: the rows and their audit events must
be what the session hooks would have made of the same clients and stays."""

from __future__ import annotations

from sqlalchemy import func, select

from register_support import write_xlsx
from rules_support import World
from rumahsinggah.services import matching
from rumahsinggah.services.registers import importer
from rumahsinggah.storage import audit_chain
from rumahsinggah.storage.audit import BOOKKEEPING
from rumahsinggah.storage.models import AuditEvent, Client, Stay

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
        report = audit_chain.verify(s.connection().connection.driver_connection,
                                    store.site_id)
        assert report.problems == [] and report.checked > 7
        # The full-text indexes (SQL triggers) have the new clients: the matcher's database
        # query finds the imported person by a spelling variant.
        found = matching.find_candidates(s, matching.MatchQuery(
            full_name="Mochamad Rizki", sex="L"))
        assert rizky.id in [c.client_id for c in found]
