"""Demo data: variety, the 21-day mark, raids, returning clients, reproducibility."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select, text

from rumahsinggah import demo
from rumahsinggah.core import names
from rumahsinggah.core.vocab import AssessmentKind, CaseStatus
from rumahsinggah.locations import DataPaths
from rumahsinggah.services.residents import current_residents, day_number
from rumahsinggah.storage.models import (
    Assessment,
    AuditEvent,
    Client,
    Decision,
    Facility,
    FamilyMember,
    HomeVisit,
    Identification,
    Raid,
    ServiceSession,
    Stay,
    Termination,
    TracingAttempt,
    User,
)
from rumahsinggah.storage.models import (
    Counter as CounterRow,
)
from rumahsinggah.storage.store import open_store

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    store = open_store(DataPaths(tmp_path_factory.mktemp("demo") / "store"))
    summary = demo.generate(store, clients=400, seed=7, today=TODAY)
    yield store, summary
    store.close()


def test_every_status_and_the_days_around_the_21_day_mark(demo_store):
    store, summary = demo_store
    with store.read() as s:
        statuses = Counter(s.execute(select(Stay.status)).scalars())
        residents = current_residents(s, today=TODAY)
    assert set(statuses) == {str(st) for st in CaseStatus}
    assert statuses == Counter({k: v for k, v in summary.status_counts.items() if v})
    # Most stays are closed; the open ones are the current residents.
    assert sum(statuses.values()) > 2 * len(residents) > 0
    days = {r.day for r in residents}
    assert {1, 18, 19, 20, 21, 22, 23, 24, 25} <= days
    assert {r.day for r in residents if r.status == CaseStatus.DALAM_PELAYANAN} & {20, 21, 22}


def test_returning_clients_papers_raids_and_families(demo_store):
    store, _summary = demo_store
    with store.read() as s:
        stays_per_client = Counter(s.execute(select(Stay.client_id)).scalars())
        no_nik = s.scalar(select(func.count()).where(Client.nik.is_(None)))
        estimated = s.scalar(select(func.count()).where(Client.birth_date_estimated.is_(True)))
        with_nik = s.scalar(select(func.count()).where(Client.nik.is_not(None)))
        raid_sizes = Counter(
            s.execute(select(Stay.raid_id).where(Stay.raid_id.is_not(None))).scalars()
        )
        raids = s.scalar(select(func.count()).select_from(Raid))
        families = s.scalar(select(func.count()).select_from(FamilyMember))
        facilities = s.execute(select(Facility.code, Facility.kind)).all()
        kinds = Counter(s.execute(select(Assessment.kind)).scalars())
        counts = {
            m.__name__: s.scalar(select(func.count()).select_from(m))
            for m in (Identification, Decision, ServiceSession, TracingAttempt, Termination,
                      HomeVisit, User)
        }
        open_per_client = Counter(
            s.execute(select(Stay.client_id).where(Stay.closed_at.is_(None))).scalars()
        )
    assert max(stays_per_client.values()) > 1
    assert sum(1 for n in stays_per_client.values() if n > 1) >= 40
    assert no_nik > 50 and with_nik > 50 and estimated > 20
    assert raids == len(raid_sizes) and max(raid_sizes.values()) >= 3
    assert sum(1 for n in raid_sizes.values() if n > 1) >= raids // 2
    assert families > 100
    assert {"BJM", "BJR", "BBL", "PGK"} <= {code for code, _ in facilities}
    assert {kind for _, kind in facilities} >= {"rumah_singgah", "panti"}
    assert set(kinds) == {str(k) for k in AssessmentKind}
    assert all(n > 0 for n in counts.values()), counts
    assert max(open_per_client.values()) == 1  # one person is never in two open stays


def test_rows_are_consistent(demo_store):
    store, _summary = demo_store
    with store.read() as s:
        clients = s.execute(select(Client)).scalars().all()
        stays = s.execute(select(Stay)).scalars().all()
        counters = dict(s.execute(select(CounterRow.name, CounterRow.value)).all())
        fk_problems = s.execute(text("PRAGMA foreign_key_check")).all()
        audit = s.execute(select(AuditEvent).where(AuditEvent.action == "demo_data")).scalars().all()
    assert not fk_problems
    for c in clients:
        assert c.search_text == names.search_text(c.full_name, c.nickname, c.nik)
        assert c.name_key == names.name_key(c.full_name)
        assert c.created_at.tzinfo is not None and c.site_id == store.site_id
        assert c.change_stamp > 0 and c.id.version == 7
        if c.nik:
            assert len(c.nik) == 16 and c.nik.isdigit()
            day = int(c.nik[6:8]) - (40 if c.sex == "P" else 0)
            assert c.birth_date is not None and day == c.birth_date.day
    # Case numbers: FAC-YEAR-DESK-NNNNN, numbered 1..N per facility and year, counters at N.
    per_series: dict[str, list[int]] = {}
    for st in stays:
        code, year, desk, seq = st.case_number.split("-")
        per_series.setdefault(f"case:{code}:{year}:{desk}", []).append(int(seq))
        assert int(year) == day_number_year(st)
        if st.closed_at is not None:
            assert st.closed_at >= st.arrival_at
    for name, seqs in per_series.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
        assert counters[name] == len(seqs)
    assert len(audit) == 1 and audit[0].changes["clients"] == 400
    # Rows read back through the ORM equal what the generator meant (types round-trip).
    assert all(isinstance(st.requirements, dict) for st in stays)


def day_number_year(stay: Stay) -> int:
    from rumahsinggah.core.localtime import local_date

    return local_date(stay.arrival_at).year


def test_same_seed_same_people_and_case_numbers(tmp_path):
    def run(folder: str, seed: int):
        store = open_store(DataPaths(tmp_path / folder))
        demo.generate(store, clients=60, seed=seed, today=TODAY)
        with store.read() as s:
            people = s.execute(
                select(Client.full_name, Client.nik, Client.birth_date).order_by(Client.id)
            ).all()
            cases = s.execute(
                select(Stay.case_number, Stay.status).order_by(Stay.case_number)
            ).all()
        store.close()
        return people, cases

    first, again, other = run("a", 11), run("b", 11), run("c", 12)
    assert first == again
    assert first != other


def test_demo_on_a_populated_store_continues_numbers(tmp_path):
    store = open_store(DataPaths(tmp_path / "s"))
    demo.generate(store, clients=30, seed=1, today=TODAY)
    demo.generate(store, clients=30, seed=2, today=TODAY)
    with store.read() as s:
        numbers = s.execute(select(Stay.case_number)).scalars().all()
        facilities = s.scalar(select(func.count()).select_from(Facility))
        clients = s.scalar(select(func.count()).select_from(Client))
    store.close()
    assert len(numbers) == len(set(numbers))
    assert facilities == 4 and clients == 60


def test_day_numbers_match_the_residents_listing(demo_store):
    store, _summary = demo_store
    with store.read() as s:
        rows = current_residents(s, today=TODAY)
    assert all(r.day == day_number(r.arrival_at, TODAY) for r in rows)


def test_stays_follow_the_facility_standard(demo_store):
    from rumahsinggah.standards import get_registry

    store, _summary = demo_store
    registry = get_registry()
    with store.read() as s:
        rows = s.execute(
            select(Stay.standard_code, Stay.requirements, Facility.default_standard, Facility.kind)
            .join(Facility, Facility.id == Stay.facility_id)
        ).all()
    for code, requirements, default, kind in rows:
        standard = registry.require(code)
        assert code == default and kind in standard.facility_kinds
        assert set(requirements) == set(standard.requirement_codes())


def test_the_21_day_rule_sees_approaching_and_eligible_residents(demo_store):
    from rumahsinggah.services.residency import residency_for_stay

    store, _summary = demo_store
    with store.read() as s:
        residents = [r for r in current_residents(s, today=TODAY) if r.facility_code == "BJM"]
        states = {
            r.day: residency_for_stay(s, r.stay_id, TODAY).state for r in residents
        }
    assert states[18] == "normal"
    assert states[19] == states[20] == states[21] == "approaching"
    assert states[22] == states[25] == "eligible"


def test_open_stays_carry_their_service_level_events(demo_store):
    from rumahsinggah.storage.models import StepCompletion

    store, _summary = demo_store
    with store.read() as s:
        open_stays = s.execute(select(Stay.id, Stay.status).where(Stay.closed_at.is_(None))).all()
        done = {}
        for stay_id, code in s.execute(select(StepCompletion.stay_id, StepCompletion.step_code)):
            done.setdefault(stay_id, set()).add(code)
    for stay_id, status in open_stays:
        assert "@kedatangan" in done[stay_id]
        if status in (CaseStatus.DALAM_PELAYANAN, CaseStatus.RESOSIALISASI):
            assert "@keputusan" in done[stay_id] and "@identifikasi" in done[stay_id]
        if status == CaseStatus.TERDAFTAR:
            assert "@identifikasi" not in done[stay_id]


def test_bulk_step_rows_equal_what_service_level_derives(demo_store):
    from rumahsinggah.services import service_level
    from rumahsinggah.storage.models import StepCompletion

    store, _summary = demo_store
    s = store.session()
    s.begin()
    try:
        stays = s.execute(select(Stay).where(Stay.closed_at.is_(None))).scalars().all()
        for stay in stays:
            query = select(StepCompletion.step_code, StepCompletion.done_at).where(
                StepCompletion.stay_id == stay.id)
            ours = dict(s.execute(query).all())
            # Derive the events from the stored records through service_level, from scratch.
            s.execute(text("DELETE FROM step_completion WHERE stay_id = :i"), {"i": stay.id.hex})
            service_level.derive_events(s, stay.id)
            s.flush()
            assert dict(s.execute(query).all()) == ours, stay.case_number
    finally:
        s.rollback()
        s.close()


def test_demo_store_has_a_letterhead_with_signatories(demo_store):
    from rumahsinggah.services.settings import load_office_settings

    store, _summary = demo_store
    with store.read() as s:
        office = load_office_settings(s)
    assert office.signatory("kepala_bidang") is not None
    assert all(len(sig.nip) == 18 for sig in office.signatories)


def test_demo_facilities_of_other_governments_sign_under_their_own_office(demo_store):
    from sqlmodel import select as sql_select

    from rumahsinggah.services.settings import office_for_facility
    from rumahsinggah.storage.models import Facility

    store, _summary = demo_store
    with store.read() as s:
        facilities = {f.code: f for f in s.exec(sql_select(Facility)).all()}
        governments = {code: office_for_facility(s, f).settings.government
                       for code, f in facilities.items()}
        banjar = office_for_facility(s, facilities["BJR"]).settings
    assert governments["BJM"] == "PEMERINTAH KOTA BANJARMASIN"
    assert governments["BJR"] == "PEMERINTAH KOTA BANJAR"
    assert governments["BBL"] == "PEMERINTAH PROVINSI KEPULAUAN BANGKA BELITUNG"
    assert governments["PGK"] == "PEMERINTAH KOTA PANGKALPINANG"
    assert banjar.signatory("kepala_bidang").on_behalf and banjar.paper_size == "F4"
    assert all(len(sig.nip) == 18 for sig in banjar.signatories)
