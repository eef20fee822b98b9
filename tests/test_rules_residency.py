from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules_support import World
from rumahsinggah.core.localtime import from_local
from rumahsinggah.services.residency import arrival_cutoffs, residency_for_stay, residency_state
from rumahsinggah.standards.model import Residency

pytestmark = pytest.mark.both_engines

RS = Residency(limit_days=21, warning_lead_days=3)


def arrival_on(day: date) -> datetime:
    return from_local(datetime.combine(day, time(23, 30)))


@pytest.mark.parametrize(("day", "state"), [
    (1, "normal"), (18, "normal"), (19, "approaching"), (21, "approaching"),
    (22, "eligible"), (40, "eligible"),
])
def test_day_21_is_not_eligible_and_day_22_is(day, state):
    arrival = date(2026, 11, 1)
    today = arrival + timedelta(days=day - 1)
    status = residency_state(arrival_on(arrival), RS, today)
    assert status.day == day and status.state == state
    assert status.eligible_from == date(2026, 11, 22)
    assert status.warn_from == date(2026, 11, 19)


def test_no_limit_and_other_limits():
    assert residency_state(arrival_on(date(2026, 1, 1)), None, date(2026, 3, 1)).state == "none"
    seven = Residency(7, 0)
    assert residency_state(arrival_on(date(2026, 1, 1)), seven, date(2026, 1, 7)).state == "normal"
    assert residency_state(arrival_on(date(2026, 1, 1)), seven, date(2026, 1, 8)).state == (
        "eligible")


@given(limit=st.integers(1, 60), lead=st.integers(0, 59), offset=st.integers(0, 120),
       arrival=st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)))
def test_state_follows_the_rule_for_any_limit(limit, lead, offset, arrival):
    lead = min(lead, limit - 1)
    res = Residency(limit, lead)
    today = arrival + timedelta(days=offset)
    status = residency_state(arrival_on(arrival), res, today)
    assert status.day == offset + 1
    assert (status.state == "eligible") == (status.day > limit)
    assert (status.state == "approaching") == (limit - lead < status.day <= limit)
    eligible_before, approaching_before = arrival_cutoffs(res, today)
    assert (arrival_on(arrival) < eligible_before) == (status.state == "eligible")
    assert (arrival_on(arrival) < approaching_before) == (status.state != "normal")


def test_residency_for_a_stored_stay(store):
    world = World(store)
    r = world.person(days_ago=21)
    with store.read() as s:
        status = residency_for_stay(s, r.stay_id)
    assert status.day == 22 and status.state == "eligible" and status.limit_days == 21
    assert "lebih dari 21 hari" in status.label
    arrival = datetime.now(UTC)
    assert residency_state(arrival, RS).day == 1


def test_board_follows_the_residency_service_for_a_standard_without_limit(store):
    """A Babel panti stay on day 31 shows no residency state (it used to show "past 21")."""
    from rules_support import World
    from rumahsinggah.services import board, residency

    babel = World(store, standard="babel-orang-terlantar", kind="panti", code="PSBS",
                  regency="Kota Pangkalpinang")
    rs = World.__new__(World)  # a Banjarmasin rumah singgah beside it, same store
    rs.store, rs.actors = store, babel.actors
    from rumahsinggah.services.org import FacilityInput, create_facility

    with store.write(babel.actors["admin"]) as s:
        rs.facility_id = create_facility(s, FacilityInput(
            name="RS", kind="rumah_singgah", code="BJM", default_standard="bjm-penerimaan-rs",
            regency="Kota Banjarmasin"))
    panti = babel.person(days_ago=30, source="permintaan_langsung")
    singgah = rs.person(days_ago=30)
    with store.read() as s:
        rows = {r.stay_id: r for r in board.board_page(s, board.BoardQuery()).rows}
        counts = board.board_counts(s)
        eligible = board.board_page(s, board.BoardQuery(residency=board.ELIGIBLE)).rows
        rule = residency.open_stays_residency(s)
    assert rows[panti.stay_id].day == 31 and rows[panti.stay_id].residency == board.NONE
    assert rows[panti.stay_id].limit_days is None and rule[panti.stay_id].state == "none"
    assert rows[singgah.stay_id].residency == board.ELIGIBLE == rule[singgah.stay_id].state
    assert [r.stay_id for r in eligible] == [singgah.stay_id] and counts.eligible == 1
