from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from rules_support import World, counts
from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.services.intake import (
    IntakeInput,
    PersonInput,
    RaidInput,
    RequirementsInput,
    record_requirements,
    register_person,
    register_raid,
)
from rumahsinggah.services.org import AgencyInput, FacilityInput, create_agency, create_facility
from rumahsinggah.storage.models import Client, Identification, Raid, Stay

pytestmark = pytest.mark.both_engines


@pytest.fixture
def world(store):
    return World(store)


def test_register_one_person_records_requirements_and_case_number(world):
    result = world.person(person={"nik": "6371011708850001", "birth_date": date(1985, 8, 17),
                                  "requirements": {"asal_calon_klien": True, "ktp_kk": True}})
    assert result.case_number == f"BJM-{datetime.now().year}-A-00001"
    assert result.status == "terdaftar" and result.new_client and not result.health_referred
    assert result.missing_requirements == ()
    with world.store.read() as s:
        stay = s.get(Stay, result.stay_id)
        assert stay.requirements == {"asal_calon_klien": True, "sehat_jasmani": True,
                                     "ktp_kk": True, "pernyataan_penanggung_jawab": False}
        assert stay.standard_code == "bjm-penerimaan-rs"
        assert s.get(Client, result.client_id).nik == "6371011708850001"


def test_missing_mandatory_requirement_is_reported_not_refused(world):
    result = world.person()
    assert result.missing_requirements == ("asal_calon_klien",)


def test_unhealthy_person_is_referred_to_health_service_not_admitted(world):
    result = world.person(person={"healthy": False, "health_notes": "demam tinggi",
                                  "health_referral_to": "Puskesmas Pelambuan"})
    assert result.health_referred and result.status == "rujuk_kesehatan"
    with world.store.read() as s:
        stay = s.get(Stay, result.stay_id)
        assert stay.closed_at is not None and stay.health_referral_to == "Puskesmas Pelambuan"
        assert s.exec(select(Identification)).one().healthy is False
    # Marking the standard's health requirement unmet does the same.
    other = world.person(full_name="Ani", sex="P",
                         person={"requirements": {"sehat_jasmani": False}})
    assert other.status == "rujuk_kesehatan"


def test_raid_registers_everyone_in_one_call(world):
    people = [PersonInput(full_name=f"Orang {i}", sex="L" if i % 2 else "P", estimated_age=30 + i)
              for i in range(40)]
    with world.write("pramu_sosial") as s:
        result = register_raid(s, RaidInput(
            raid_date=datetime.now(UTC) - timedelta(hours=3), facility_id=world.facility_id,
            people=people, agency_name="Satpol PP Kota Banjarmasin", place="Pasar Sudimampir",
            letter_number="300/123/Satpol-PP/XI/2026"))
    assert len(result.people) == 40
    assert len({p.case_number for p in result.people}) == 40
    with world.store.read() as s:
        raid = s.get(Raid, result.raid_id)
        assert raid.letter_number == "300/123/Satpol-PP/XI/2026"
        stays = s.exec(select(Stay).where(Stay.raid_id == raid.id)).all()
        assert len(stays) == 40 and {st.source for st in stays} == {"razia"}


def test_raid_with_one_bad_person_writes_nothing(world):
    before = counts(world.store)
    people = [PersonInput(full_name=f"Orang {i}", sex="L") for i in range(10)]
    people[6] = PersonInput(full_name="Salah NIK", sex="L", nik="1234")
    with pytest.raises(DomainError) as info, world.write("pramu_sosial") as s:
        register_raid(s, RaidInput(raid_date=datetime.now(UTC), facility_id=world.facility_id,
                                   people=people, agency_name="Satpol PP"))
    assert info.value.message.startswith("Orang ke-7:")
    assert info.value.field == "people[6].nik"
    assert counts(world.store) == before


def test_raid_refusals(world):
    with pytest.raises(DomainError, match="Instansi pelaksana razia"), \
            world.write("pramu_sosial") as s:
        register_raid(s, RaidInput(raid_date=datetime.now(UTC), facility_id=world.facility_id,
                                   people=[PersonInput(full_name="A", sex="L")]))
    same_nik = "6371011708850001"
    with pytest.raises(DomainError, match="NIK sama dengan orang ke-1"), \
            world.write("pramu_sosial") as s:
        register_raid(s, RaidInput(
            raid_date=datetime.now(UTC), facility_id=world.facility_id, agency_name="Satpol PP",
            people=[PersonInput(full_name="A", sex="L", nik=same_nik),
                    PersonInput(full_name="B", sex="L", nik=same_nik)]))


def test_intake_role_and_input_refusals_leave_store_unchanged(world):
    before = counts(world.store)
    person = PersonInput(full_name="Budi", sex="L")
    with pytest.raises(PermissionDenied) as info, world.write("petugas_admin") as s:
        register_person(s, IntakeInput(person=person, facility_id=world.facility_id,
                                       source="razia"))
    assert "Petugas Administrasi tidak berwenang" in info.value.message
    bad = [
        (PersonInput(full_name="", sex="L"), "full_name"),
        (PersonInput(full_name="Budi", sex="X"), "sex"),
        (PersonInput(full_name="Budi", sex="L", birth_date=date(2999, 1, 1)), "birth_date"),
        (PersonInput(full_name="Budi", sex="L", requirements={"tidak_ada": True}),
         "requirements"),
        (PersonInput(full_name="Budi", sex="L", pmks_category="astronot"), "pmks_category"),
        (PersonInput(full_name="Budi", sex="P", nik="6371011708850001"), "nik"),
    ]
    for person, field in bad:
        with pytest.raises(DomainError) as info, world.write("pramu_sosial") as s:
            register_person(s, IntakeInput(person=person, facility_id=world.facility_id,
                                           source="razia"))
        assert info.value.field == field, info.value.message
    with pytest.raises(DomainError, match="Sumber kasus"), world.write("pramu_sosial") as s:
        register_person(s, IntakeInput(person=PersonInput(full_name="B", sex="L"),
                                       facility_id=world.facility_id, source="entah"))
    with pytest.raises(DomainError, match="standar terminasi"), world.write("pramu_sosial") as s:
        register_person(s, IntakeInput(person=PersonInput(full_name="B", sex="L"),
                                       facility_id=world.facility_id, source="razia",
                                       standard_code="bjm-terminasi-rs"))
    assert counts(world.store) == before


def test_duplicate_nik_asks_for_the_returning_client(world):
    first = world.person(person={"nik": "6371011708850001"})
    with pytest.raises(DomainError, match="sudah terdaftar atas nama Budi Santoso"):
        world.person(person={"nik": "6371011708850001"})
    # Open stay: cannot be linked twice.
    with pytest.raises(DomainError, match="masih tercatat dalam kasus terbuka"):
        world.person(person={"existing_client_id": first.client_id})


def test_returning_client_is_linked_not_duplicated(world):
    first = world.person(days_ago=60, person={"healthy": False})  # closed at once
    again = world.person(full_name="Budi S.", person={"existing_client_id": first.client_id,
                                                      "nik": "6371011708850001"})
    assert again.client_id == first.client_id and not again.new_client
    with world.store.read() as s:
        assert len(s.exec(select(Client)).all()) == 1
        assert s.get(Client, first.client_id).nik == "6371011708850001"


def test_record_requirements_completes_the_file(world):
    result = world.person()
    with world.write("pramu_sosial") as s:
        missing = record_requirements(s, RequirementsInput(result.stay_id,
                                                           {"asal_calon_klien": True}))
    assert missing == ()
    with pytest.raises(DomainError), world.write("pramu_sosial") as s:
        record_requirements(s, RequirementsInput(result.stay_id, {"x": True}))


def test_agency_and_facility_creation(world):
    with world.write("pramu_sosial") as s:
        agency_id = create_agency(s, AgencyInput(name="Satpol PP Kota Banjarmasin",
                                                 kind="satpol_pp"))
    with pytest.raises(DomainError, match="sudah terdaftar"), world.write("admin") as s:
        create_agency(s, AgencyInput(name="Satpol PP Kota Banjarmasin", kind="satpol_pp"))
    with pytest.raises(PermissionDenied), world.write("pramu_sosial") as s:
        create_facility(s, FacilityInput(name="Panti", kind="panti", code="PNT"))
    with pytest.raises(DomainError, match="Kode fasilitas"), world.write("admin") as s:
        create_facility(s, FacilityInput(name="Panti", kind="panti", code="pn t"))
    with pytest.raises(DomainError, match="tidak dikenal"), world.write("admin") as s:
        create_facility(s, FacilityInput(name="Panti", kind="panti", code="PNT",
                                         default_standard="tidak-ada"))
    with world.write("admin") as s:
        create_facility(s, FacilityInput(name="Panti", kind="panti", code="pnt",
                                         default_standard="babel-orang-terlantar"))
    # A raid with a registered agency takes its name.
    with world.write("pramu_sosial") as s:
        raid = register_raid(s, RaidInput(raid_date=datetime.now(UTC), agency_id=agency_id,
                                          facility_id=world.facility_id,
                                          people=[PersonInput(full_name="X", sex="L")]))
    with world.store.read() as s:
        assert s.get(Raid, raid.raid_id).agency_name == "Satpol PP Kota Banjarmasin"
