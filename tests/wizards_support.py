"""Shared set-up for the wizard tests: a facility, agencies, users of each role, a door."""

from __future__ import annotations

import uuid
from datetime import date

from rumahsinggah.services import org
from rumahsinggah.storage.audit import SYSTEM, Actor
from rumahsinggah.storage.models import Client, User

ROLES = ("pramu_sosial", "pekerja_sosial", "kepala_bidang", "petugas_admin", "admin")


def seed(store) -> dict:
    """A rumah singgah under the Banjarmasin standards, Satpol PP, and one user per role."""
    actors = {}
    with store.write(SYSTEM) as s:
        satpol = org.create_agency(s, org.AgencyInput(name="Satpol PP Kota Banjarmasin",
                                                      kind="satpol_pp"))
        org.create_agency(s, org.AgencyInput(name="Polsek Banjarmasin Tengah", kind="polisi"))
        facility = org.create_facility(s, org.FacilityInput(
            name="Rumah Singgah Banjarmasin", kind="rumah_singgah", code="RSB",
            default_standard="bjm-penerimaan-rs", regency="Kota Banjarmasin",
            province="Kalimantan Selatan"))
        for role in ROLES:
            uid = uuid.uuid4()
            s.add(User(id=uid, username=role, full_name=f"Petugas {role}", role=role,
                       facility_id=facility))
            actors[role] = Actor(uid, role, role)
    return {"facility": facility, "satpol": satpol, "actors": actors}


def seed_returning(store) -> dict[str, uuid.UUID]:
    """Two clients from earlier years, as a raid may bring them back under other spellings."""
    out = {}
    with store.write(SYSTEM) as s:
        for name, sex, born, regency in (
            ("Muhammad Rizki", "L", date(2009, 7, 1), "Martapura"),
            ("Ahmad Syarifudin", "L", date(1976, 7, 1), "Kotabaru"),
        ):
            client = Client(full_name=name, sex=sex, birth_date=born, birth_date_estimated=True,
                            regency=regency)
            s.add(client)
            out[name] = client.id
    return out
