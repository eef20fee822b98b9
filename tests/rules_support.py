"""Shared set-up for the rules tests: staff of every role, a facility, a registered client."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from rumahsinggah.services.intake import IntakeInput, PersonInput, register_person
from rumahsinggah.services.org import FacilityInput, create_facility
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Client, Counter, Raid, Stay, StepCompletion, User

ROLES = ("pramu_sosial", "pekerja_sosial", "kepala_bidang", "petugas_admin", "admin")


class World:
    def __init__(self, store, *, regency: str = "Kota Banjarmasin",
                 standard: str = "bjm-penerimaan-rs", kind: str = "rumah_singgah",
                 code: str = "BJM") -> None:
        self.store = store
        self.actors: dict[str, Actor] = {}
        with store.write() as s:
            for role in ROLES:
                user = User(username=role, full_name=role.replace("_", " ").title(), role=role)
                s.add(user)
                s.flush()
                self.actors[role] = Actor(user.id, user.username, role)
        with store.write(self.actors["admin"]) as s:
            self.facility_id = create_facility(s, FacilityInput(
                name="Rumah Singgah", kind=kind, code=code, default_standard=standard,
                regency=regency))

    def write(self, role: str):
        return self.store.write(self.actors[role])

    def person(self, days_ago: float = 0, **kwargs):
        person = PersonInput(full_name=kwargs.pop("full_name", "Budi Santoso"),
                             sex=kwargs.pop("sex", "L"), **kwargs.pop("person", {}))
        arrival = datetime.now(UTC) - timedelta(days=days_ago)
        with self.write("pramu_sosial") as s:
            return register_person(s, IntakeInput(
                person=person, facility_id=self.facility_id,
                source=kwargs.pop("source", "razia"), arrival_at=arrival,
                requester_name="Satpol PP", **kwargs))


def counts(store) -> dict[str, int]:
    with store.read() as s:
        return {
            model.__name__: s.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Client, Stay, Raid, StepCompletion, Counter)
        } | {"counter_sum": s.execute(select(func.coalesce(func.sum(Counter.value), 0))
                                      ).scalar_one()}


def print_penjamin(world: World, stay_id, name: str = "Siti Aminah"):
    """Print the case's Surat Penjamin through the letters service (a family pickup needs it)."""
    from rumahsinggah.services.letters import generate_letter

    return generate_letter(world.store, world.actors["pekerja_sosial"], "surat_penjamin",
                           stay_id=stay_id, params={"penjamin": {"nama": name}})
