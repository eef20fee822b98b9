"""The same demo shelter on SQLite and on PostgreSQL (moved up with migrate-store) answers
every search, every sorted list and every returning-client query alike: the rows found, in
the same order, with the same scores.

Queries are drawn at random (hypothesis) from the data itself and mangled the way names are
written at a desk: prefixes, a word dropped, spellings swapped (Muhammad/Mochammad, Yusuf/
Jusuf, oe/u, dj/j), a NIK or case number cut short."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from rumahsinggah import demo
from rumahsinggah.locations import DataPaths, ServerPaths
from rumahsinggah.services.matching import MatchQuery, find_candidates
from rumahsinggah.services.search import count_clients, search_clients
from rumahsinggah.storage.models import Client, Stay
from rumahsinggah.storage.store import open_store
from rumahsinggah.storage.store_move import copy_to_server

TODAY = date(2026, 11, 20)
SWAPS = [("Muhammad", "Mochammad"), ("Yusuf", "Jusuf"), ("u", "oe"), ("j", "dj"),
         ("Siti", "Sitti"), ("Ahmad", "Achmad"), ("i", "y"), ("Nur", "Noor")]


@pytest.fixture(scope="module")
def twins(pg_server, tmp_path_factory):
    root = tmp_path_factory.mktemp("twins")
    desk = open_store(DataPaths(root / "desk"), daily_backup=False)
    demo.generate(desk, clients=400, seed=11, today=TODAY)
    desk.close()
    # The server's twin is the desk moved up (migrate-store): the same rows, the same ids,
    # so even ties are broken alike.
    url = pg_server.new_database()
    copy_to_server(DataPaths(root / "desk"), None, url, data_root=root / "srv")
    desk = open_store(DataPaths(root / "desk"), daily_backup=False)
    server = open_store(ServerPaths.for_url(url, root / "srv"))
    with desk.read() as s:
        people = [tuple(r) for r in s.execute(select(
            Client.full_name, Client.nik, Client.sex, Client.birth_date, Client.regency))]
        cases = list(s.exec(select(Stay.case_number)).all())
    yield desk, server, people, cases
    desk.close()
    server.close()


def _hits(store, query: str):
    with store.read() as s:
        return ([(h.full_name, h.nik, h.birth_date) for h in search_clients(s, query)],
                count_clients(s, query))


def _mangle(rng: random.Random, name: str) -> str:
    for a, b in rng.sample(SWAPS, 3):
        if a in name and rng.random() < 0.7:
            name = name.replace(a, b, 1)
    words = name.split()
    if len(words) > 2 and rng.random() < 0.3:
        words.pop(rng.randrange(len(words)))
    return " ".join(words)


def test_both_stores_hold_the_same_people(twins):
    desk, server, people, _cases = twins
    with server.read() as s:
        theirs = [tuple(r) for r in s.execute(select(
            Client.full_name, Client.nik, Client.sex, Client.birth_date, Client.regency))]
    assert sorted(theirs, key=repr) == sorted(people, key=repr) and len(people) == 400


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pick=st.integers(0, 10_000), kind=st.sampled_from(["prefix", "word", "mangled", "nik",
                                                          "case", "short"]),
       seed=st.integers(0, 2**16))
def test_search_answers_alike(twins, pick, kind, seed):
    desk, server, people, cases = twins
    rng = random.Random(seed)
    name, nik = people[pick % len(people)][:2]
    if kind == "prefix":
        query = name[: rng.randint(1, len(name))]
    elif kind == "word":
        query = rng.choice(name.split())
    elif kind == "mangled":
        query = _mangle(rng, name)
    elif kind == "nik":
        query = (nik or "6371")[: rng.randint(3, 16)]
    elif kind == "case":
        case = cases[pick % len(cases)]
        query = case[rng.randint(0, 4): rng.randint(6, len(case))]
    else:
        query = name[:2].lower()
    assert _hits(desk, query) == _hits(server, query), query


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pick=st.integers(0, 10_000), seed=st.integers(0, 2**16),
       with_birth=st.booleans(), with_nik=st.booleans())
def test_returning_client_candidates_agree(twins, pick, seed, with_birth, with_nik):
    desk, server, people, _cases = twins
    rng = random.Random(seed)
    name, nik, sex, birth, regency = people[pick % len(people)]
    q = MatchQuery(full_name=_mangle(rng, name), sex=sex,
                   birth_date=birth if with_birth else None,
                   nik=nik if with_nik else None, regency=regency or "")

    def ranked(store):
        with store.read() as s:
            return [(c.full_name, c.nik, round(c.score, 6), c.reasons)
                    for c in find_candidates(s, q)]

    assert ranked(desk) == ranked(server), q


@pytest.mark.parametrize("descending", [False, True])
def test_the_lists_sort_alike_on_both_engines(twins, descending):
    """Every sortable column of the all-clients list and of the board, both directions,
    NULLs (no NIK, no birth date) placed as SQLite places them."""
    from datetime import UTC, datetime

    from rumahsinggah.services import board

    desk, server, _people, _cases = twins
    now = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)

    def clients(store, sort, offset):
        with store.read() as s:
            page = board.client_page(s, board.ClientQuery(sort=sort, descending=descending,
                                                          offset=offset))
        return [(r.full_name, r.nik, r.birth_date, r.last_case, r.last_status)
                for r in page.rows], page.total

    def residents(store, sort):
        with store.read() as s:
            page = board.board_page(s, board.BoardQuery(sort=sort, descending=descending),
                                    today=now.date(), now=now)
        return [(r.case_number, r.full_name, r.day, r.residency, r.overdue_steps)
                for r in page.rows]

    for sort in board.CLIENT_COLUMNS:
        for offset in (0, 150):
            assert clients(desk, sort, offset) == clients(server, sort, offset), sort
    for sort in board.BOARD_COLUMNS:
        assert residents(desk, sort) == residents(server, sort), sort
