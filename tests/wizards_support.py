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


def make_case(store, ctx, *, name="Rudi Hartono", regency="Kota Banjarmasin", days_ago=2,
              stage="admitted", ready=False) -> uuid.UUID:
    """A case brought to ``stage`` through the services (registered / identified / assessed /
    submitted / admitted), arrived ``days_ago`` days ago."""
    from datetime import datetime, timedelta

    from rumahsinggah.core.localtime import from_local
    from rumahsinggah.services import calendar, casework, decision, intake

    with store.read() as s:  # 09:00 on the facility's wall clock (WITA), not the machine's
        zone = calendar.facility_zone(s, ctx["facility"])
    now = datetime.now(zone).replace(tzinfo=None)
    arrival = from_local(now.replace(hour=9, minute=0, second=0, microsecond=0)
                         - timedelta(days=days_ago), zone)
    kabid = ctx["actors"]["kepala_bidang"]
    pekerja = ctx["actors"]["pekerja_sosial"]
    with store.write(ctx["actors"]["pramu_sosial"]) as s:
        stay_id = intake.register_person(s, intake.IntakeInput(
            person=intake.PersonInput(full_name=name, sex="L", estimated_age=40,
                                      regency=regency),
            facility_id=ctx["facility"], source="laporan_masyarakat", arrival_at=arrival,
            requester_name="Ketua RT 05")).stay_id
    if stage == "registered":
        return stay_id
    with store.write(ctx["actors"]["pramu_sosial"]) as s:
        casework.record_identification(s, casework.IdentificationInput(
            stay_id=stay_id, identified_at=arrival + timedelta(hours=1)))
    if stage == "identified":
        return stay_id
    with store.write(pekerja) as s:
        casework.record_assessment(s, casework.AssessmentInput(
            stay_id=stay_id, kind="awal", problem="Menggelandang di pasar",
            recommendation="Tampung dan telusuri keluarga", submit_for_decision=True,
            assessed_at=arrival + timedelta(hours=3)))
    if stage == "submitted":
        return stay_id
    with store.write(kabid) as s:
        decision.decide(s, decision.DecisionInput(
            stay_id=stay_id, outcome="tampung", reason="Layak ditampung",
            decided_at=arrival + timedelta(hours=5)))
    if ready:
        with store.write(pekerja) as s:
            casework.record_assessment(s, casework.AssessmentInput(
                stay_id=stay_id, kind="lanjutan", problem="Keluarga ditemukan",
                recommendation="Pulangkan", ready_to_return=True))
    return stay_id
