"""Shared set-up for the sync tests: desks of one shelter, bundles between them."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from rumahsinggah.locations import DataPaths
from rumahsinggah.services.intake import IntakeInput, PersonInput, register_person
from rumahsinggah.storage.audit import SYSTEM
from rumahsinggah.storage.models import Client, Facility, SyncPartner, User
from rumahsinggah.storage.store import open_store
from rumahsinggah.sync import bundle, desk, merge

PASS = "rahasia-sinkron"


class Desks:
    """Desks A, B, C... of one shelter's store; B, C... start from A's full bundle."""

    def __init__(self, root: Path, count: int = 2, *, code: str = "BJM") -> None:
        self.root = root
        self.n = 0
        self.stores = []
        a = open_store(DataPaths(root / "A"), key=os.urandom(32), daily_backup=False)
        with a.write() as s:
            s.add(Facility(name="Rumah Singgah Banjarmasin", kind="rumah_singgah", code=code,
                           default_standard="bjm-penerimaan-rs"))
            s.add(User(username="pramu", full_name="Pramu Sosial", role="pramu_sosial"))
            desk.ensure_own_desk(a, s)
        self.stores.append(a)
        with a.read() as s:
            ident = desk.identity(s)
        first = self.bundle(a)  # everything
        for letter in "BCDEFG"[: count - 1]:
            st = open_store(DataPaths(root / letter), key=os.urandom(32), daily_backup=False)
            with st.write() as s:
                desk.take_identity(st, s, site_id=f"desk-{letter.lower() * 6}",
                                   desk_code=letter, store_id=ident.store_id,
                                   store_name=ident.store_name)
                desk.ensure_own_desk(st, s)
            bundle.import_bundle(st, SYSTEM, first, PASS)
            self.stores.append(st)

    def bundle(self, store, to=None, *, everything: bool = False) -> list[Path]:
        self.n += 1
        dest = self.root / f"b{self.n}.rssync"
        partner = to.site_id if to is not None else None
        if partner is not None:
            with store.write() as s:
                if s.get(SyncPartner, partner) is None:
                    s.add(SyncPartner(desk_id=partner, code=desk.identity_of(to)))
        return bundle.export_bundle(store, SYSTEM, dest, PASS, partner=partner,
                                    everything=everything).paths

    def send(self, a, b, *, everything: bool = False) -> bundle.ImportSummary:
        return bundle.import_bundle(b, SYSTEM, self.bundle(a, b, everything=everything), PASS)

    def close(self) -> None:
        for st in self.stores:
            st.close()


def pramu(store):
    """The pramu sosial as sign-in makes an actor (the stores are encrypted: no forged ones)."""
    from rumahsinggah.storage.actors import mint

    with store.read() as s:
        u = s.exec(select(User).where(User.username == "pramu")).scalars().one()
    return mint(u.id, u.username, u.role)


def staff(store, role: str, username: str = ""):
    """A member of staff of ``role`` on ``store``, as sign-in makes the actor."""
    from rumahsinggah.storage.actors import mint

    username = username or role
    with store.write() as s:
        u = s.exec(select(User).where(User.username == username)).scalars().first()
        if u is None:
            u = User(username=username, full_name=username.title(), role=role)
            s.add(u)
            s.flush()
        return mint(u.id, u.username, u.role)


def register(store, name: str = "Budi Santoso"):
    with store.read() as s:
        fac = s.exec(select(Facility)).scalars().first()
    with store.write(pramu(store)) as s:
        return register_person(s, IntakeInput(
            person=PersonInput(full_name=name, sex="L"), facility_id=fac.id, source="razia",
            arrival_at=datetime.now(UTC), requester_name="Satpol PP"))


def snapshot(store) -> dict[str, list]:
    """Every synced table's rows, without the desk-local change stamp."""
    out = {}
    with store.read() as s:
        for table in merge.synced_tables():
            cols = [c for c in table.columns if c.name != "change_stamp"]
            rows = s.execute(select(*cols).order_by(table.c.id)).all()
            out[table.name] = [tuple(r) for r in rows]
    return out


def clients(store) -> dict:
    with store.read() as s:
        return {c.id: c for c in s.exec(select(Client)).scalars()}
