""""Tiba hari ini" is today on the facility's calendar, as the stay's day N is, whatever zone
the desk's machine is set to (a CI machine in UTC, a laptop left on another zone)."""

from __future__ import annotations

import time

import pytest

from rules_support import World
from rumahsinggah.services import board, lists

pytestmark = pytest.mark.both_engines


@pytest.mark.parametrize("machine_zone", ["Pacific/Honolulu", "UTC", "Pacific/Kiritimati"])
def test_arrivals_today_follow_the_facility_calendar(store, monkeypatch, machine_zone):
    monkeypatch.setenv("TZ", machine_zone)
    time.tzset()
    try:
        world = World(store)  # Kota Banjarmasin: WITA
        case = world.person(days_ago=0)
        early = world.person(days_ago=1.5, full_name="Siti Rahma")
        with store.read() as s:
            today = board.board_page(s, board.BoardQuery(arrived_days_back=(0, 0)))
            week = board.board_page(s, board.BoardQuery(arrived_days_back=(6, 0)))
            table = lists.arrivals_table(s)
        assert [r.stay_id for r in today.rows] == [case.stay_id]
        assert [r.day for r in today.rows] == [1]
        assert {r.stay_id for r in week.rows} == {case.stay_id, early.stay_id}
        assert [r[2] for r in table.rows] == [today.rows[0].case_number]
    finally:
        monkeypatch.undo()
        time.tzset()
