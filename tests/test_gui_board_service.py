"""The board's SQL queries (Qt-free): counts, residency state, search, filters, sorting, paging."""

from __future__ import annotations

from datetime import timedelta

import pytest

from gui_support import VARIANT_NAME, VARIANT_QUERY, build_template, copy_store
from rumahsinggah.core import names
from rumahsinggah.services import board, residency
from rumahsinggah.services.board import BoardQuery, ClientQuery
from rumahsinggah.services.residents import current_residents
from rumahsinggah.storage.store import open_store

pytestmark = pytest.mark.both_engines


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("board") / "store")


@pytest.fixture
def signed(template, tmp_path):
    from gui_support import sign_in

    s = sign_in(copy_store(template, tmp_path / "store"), "kabid")
    yield s
    s.store.close()


def test_board_lists_every_current_resident_with_counts(signed):
    with signed.store.read() as s:
        page, counts = board.board_snapshot(s, BoardQuery(limit=10_000))
        residents = current_residents(s)
    assert page.total == len(residents) == counts.residents > 10
    assert {r.stay_id for r in page.rows} == {r.stay_id for r in residents}
    states = [r.residency for r in page.rows]
    assert counts.approaching == states.count(board.APPROACHING)
    assert counts.eligible == states.count(board.ELIGIBLE)
    assert counts.awaiting_decision == sum(r.status == "menunggu_keputusan" for r in page.rows)
    with signed.store.read() as s:
        rule = residency.open_stays_residency(s)
    for row in page.rows:  # the SQL state is the residency service's, stay by stay
        assert (row.residency, row.day, row.limit_days) == (
            rule[row.stay_id].state, rule[row.stay_id].day, rule[row.stay_id].limit_days)
    assert {board.APPROACHING, board.ELIGIBLE, board.NORMAL} <= set(states)


def test_state_changes_at_local_midnight(signed):
    with signed.store.read() as s:
        rows = board.board_page(s, BoardQuery(limit=10_000)).rows
        row = next(r for r in rows if r.residency == board.APPROACHING)
        eligible_from = residency.residency_for_stay(s, row.stay_id).eligible_from
        day_before = board.board_page(s, BoardQuery(limit=10_000),
                                      today=eligible_from - timedelta(days=1)).rows
        moved = board.board_page(s, BoardQuery(limit=10_000), today=eligible_from).rows
    assert next(r for r in day_before if r.stay_id == row.stay_id).residency == \
        board.APPROACHING
    assert next(r for r in moved if r.stay_id == row.stay_id).residency == board.ELIGIBLE


def test_search_tolerates_spelling_variants_and_case_numbers(signed):
    with signed.store.read() as s:
        hits = board.board_page(s, BoardQuery(text=VARIANT_QUERY)).rows
        assert [h.full_name for h in hits] == [VARIANT_NAME]
        number = hits[0].case_number
        assert [h.case_number for h in board.board_page(
            s, BoardQuery(text=number.lower())).rows] == [number]
        clients = board.client_page(s, ClientQuery(text=VARIANT_QUERY)).rows
        assert [c.full_name for c in clients] == [VARIANT_NAME]
        assert board.board_page(s, BoardQuery(text="zzzqqq")).total == 0


def test_filters_combine(signed):
    with signed.store.read() as s:
        everyone = board.board_page(s, BoardQuery(limit=10_000)).rows
        for state in board.RESIDENCY_STATES:
            page = board.board_page(s, BoardQuery(residency=state, limit=10_000))
            assert page.total == sum(r.residency == state for r in everyone)
            assert all(r.residency == state for r in page.rows)
        fac = everyone[0].facility_code
        fid = next(f for f, code, _n in board.filter_choices(s).facilities if code == fac)
        page = board.board_page(s, BoardQuery(facility_id=fid, status="dalam_pelayanan",
                                              limit=10_000))
        assert page.total == sum(r.facility_code == fac and r.status == "dalam_pelayanan"
                                 for r in everyone)
        cat = everyone[0].pmks_category
        assert all(r.pmks_category == cat for r in board.board_page(
            s, BoardQuery(category=cat)).rows)


@pytest.mark.parametrize("column", board.BOARD_COLUMNS)
def test_every_column_sorts_in_sql_and_pages_join_up(signed, column):
    with signed.store.read() as s:
        q = BoardQuery(sort=column, descending=False, limit=10_000)
        whole = board.board_page(s, q).rows
        paged = board.board_page(s, q.page(0, 7)).rows + board.board_page(s, q.page(7, 7)).rows
        down = board.board_page(s, BoardQuery(sort=column, descending=True, limit=10_000)).rows
    assert [r.stay_id for r in paged] == [r.stay_id for r in whole[:14]]
    key = {
        "case_number": lambda r: r.case_number,
        "name": lambda r: names.name_key(r.full_name),
        "facility": lambda r: r.facility_code,
        "category": lambda r: r.pmks_category,
        "day": lambda r: r.day,
        "residency": lambda r: board.RESIDENCY_STATES.index(r.residency),
        "service": lambda r: r.overdue_steps > 0,
    }.get(column)
    if key is not None:
        values = [key(r) for r in whole]
        assert values == sorted(values)
        assert [key(r) for r in down] == sorted(values, reverse=True)


def test_all_clients_pages_and_sorts(signed):
    with signed.store.read() as s:
        first = board.client_page(s, ClientQuery(limit=50))
        second = board.client_page(s, ClientQuery(offset=50, limit=50), with_total=False)
        by_regency = board.client_page(s, ClientQuery(sort="regency", limit=first.total))
    assert first.total > 250 and len(first.rows) == 50 and second.total == -1
    assert not {r.client_id for r in first.rows} & {r.client_id for r in second.rows}
    keys = [names.name_key(r.full_name) for r in first.rows + second.rows]
    assert keys == sorted(keys)
    regencies = [r.regency for r in by_regency.rows]
    assert regencies == sorted(regencies)
    assert any(r.last_case and not r.open_stay for r in by_regency.rows)  # past clients too


def test_plain_store_without_accounts(tmp_path):
    from rumahsinggah.locations import DataPaths

    store = open_store(DataPaths(tmp_path / "plain"))
    try:
        with store.read() as s:
            page, counts = board.board_snapshot(s, BoardQuery())
        assert page.total == 0 and counts == board.BoardCounts()
    finally:
        store.close()


def test_all_clients_ignore_a_one_character_query(signed):
    with signed.store.read() as s:
        everyone = board.client_page(s, ClientQuery()).total
        assert board.client_page(s, ClientQuery(text="a")).total == everyone
        assert board.client_page(s, ClientQuery(text="ab")).total < everyone
