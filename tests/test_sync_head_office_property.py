"""Property: after random histories on three desks of one shelter, a head office on
PostgreSQL and one on SQLite that each receive the desks' bundles (in a random order, some
twice) hold exactly what the desks hold, row for row, attachments included."""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from rumahsinggah.locations import DataPaths, ServerPaths
from rumahsinggah.services import head_office
from rumahsinggah.storage import attachments
from rumahsinggah.storage.audit import SYSTEM as SYSTEM_ACTOR
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Attachment, User
from rumahsinggah.storage.store import open_store
from rumahsinggah.sync import bundle, desk
from sync_support import PASS
from test_sync_property import (
    OPS,
    World,
    _comparable,
    _fresh_desks,
    monkeypatch_kdf,  # noqa: F401  (a fixture used below)
)

_COUNT = [0]


def _office(store) -> Actor:
    with store.write() as s:
        admin = User(username=f"dinas{_COUNT[0]}", full_name="Admin Dinas", role="admin")
        s.add(admin)
        s.flush()
        actor = Actor(admin.id, admin.username, "admin")
    with store.write(actor) as s:
        desk.set_head_office(s, True)
    return actor


def _without_office_rows(snap: dict, office_user: str) -> dict:
    """The head office's own administrator row is not the shelter's."""
    snap = dict(snap)
    snap["user"] = [r for r in snap["user"] if office_user not in r]
    return snap


@pytest.mark.slow
@settings(max_examples=int(os.environ.get("RS_SYNC_EXAMPLES", "6")), deadline=None,
          derandomize=True, suppress_health_check=list(HealthCheck))
@given(ops=st.lists(OPS, min_size=5, max_size=22), seed=st.integers(0, 2**16))
def test_head_offices_on_both_engines_hold_what_the_desks_hold(ops, seed, monkeypatch_kdf,  # noqa: F811
                                                               pg_server):
    _COUNT[0] += 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        stores = _fresh_desks(root)
        w = World(stores, root, random.Random(seed))
        name = f"rs_ho{os.getpid()}_{_COUNT[0]}"
        pg_server.admin(f"CREATE DATABASE {name} TEMPLATE {pg_server.template} OWNER rs_app")
        offices = [open_store(ServerPaths.for_url(pg_server.url(name), root / "dinas-pg")),
                   open_store(DataPaths(root / "dinas-sqlite"), daily_backup=False)]
        try:
            w.run(ops)
            with stores[0].read() as s:
                ident = desk.identity(s)
            rng = random.Random(seed)
            for office in offices:
                actor = _office(office)
                with office.write(actor) as s:
                    head_office.name_shelter(s, ident.store_id, "Shelter", "BJM")
                sends = [0, 1, 2, rng.randrange(3)]
                rng.shuffle(sends)
                for d in sends:
                    files = bundle.export_bundle(stores[d], SYSTEM_ACTOR, root / f"ho{d}-"
                                                 f"{rng.randrange(10**9)}.rssync", PASS,
                                                 everything=True).paths
                    bundle.import_bundle(office, actor, files, PASS)
            expected = _comparable(stores[0])
            for office in offices:
                got = _without_office_rows(_comparable(office), f"dinas{_COUNT[0]}")
                for table in expected:
                    assert got[table] == expected[table], (office.paths, table)
                with office.read() as s:
                    for att in s.exec(select(Attachment)).all():
                        data = attachments.read_bytes(office, att)
                        assert len(data) == att.size
        finally:
            for store in (*stores, *offices):
                store.close()
            pg_server.drop_database(pg_server.url(name))



