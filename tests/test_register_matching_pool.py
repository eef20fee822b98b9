"""The bulk matching pool (a register import) finds what the database query finds."""

from __future__ import annotations

from datetime import date

import pytest

from rules_support import World
from rumahsinggah.services.matching import CandidatePool, MatchQuery, find_candidates
from rumahsinggah.storage.models import Client

STORED = [
    # (full name, sex, birth date, estimated, regency, NIK, KK)
    ("Muhammad Yusuf", "L", date(1980, 5, 1), False, "Kota Banjarmasin", None, None),
    ("Muhamad Yusuf", "L", date(1950, 5, 1), False, "Kota Banjarmasin", None, None),
    ("Mohamad Yoesoef", "L", date(1982, 7, 1), True, "Kab. Banjar", None, None),
    ("Muhammad Yusuf", "P", date(1980, 5, 1), False, "Kota Banjarmasin", None, None),
    ("Udin", "P", date(1960, 1, 1), False, "Kab. Banjar", "6371011708850001", None),
    ("Siti Aminah", "P", date(1990, 8, 15), False, "Kab. Banjar", None, "6371010101010001"),
    ("Siti Aminah binti Juhri", "P", date(1990, 8, 15), False, "Kab. Banjar", None, None),
]

QUERIES = [
    MatchQuery(full_name="Moh. Jusuf", sex="L", birth_date=date(1980, 5, 1),
               regency="Kota Banjarmasin"),
    MatchQuery(full_name="M. Yusuf", sex="L", estimated_age=44),
    MatchQuery(full_name="Syamsudin", sex="L", nik="6371011708850001",
               birth_date=date(1985, 8, 17)),
    MatchQuery(full_name="Sitti Aminah", sex="P", kk_number="6371010101010001",
               birth_date=date(1990, 8, 15), regency="Kab. Banjar"),
    MatchQuery(full_name="Muhammad Yusuf", limit=10),
]


@pytest.fixture
def world(store):
    w = World(store)
    with store.write() as s:
        for name, sex, born, estimated, regency, nik, kk in STORED:
            s.add(Client(full_name=name, sex=sex, birth_date=born, birth_date_estimated=estimated,
                         regency=regency, nik=nik, kk_number=kk))
    # One of them is staying now: candidates carry the open case number.
    w.person(full_name="Muhammad Yusran", person={"birth_date": date(1980, 5, 1),
                                                  "regency": "Kota Banjarmasin"})
    return w


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.full_name)
def test_the_pool_finds_and_scores_what_the_database_does(world, query):
    with world.store.read() as s:
        from_db = find_candidates(s, query)
        from_pool = find_candidates(s, query, pool=CandidatePool(s))
    assert from_db, query
    assert from_pool == from_db


def test_sex_age_and_papers_decide_before_the_name(world):
    with world.store.read() as s:
        pool = CandidatePool(s)
        found = find_candidates(s, QUERIES[0], pool=pool)
        names = [(c.full_name, c.sex, c.birth_date) for c in found]
        # The namesake woman and the one thirty years older are ruled out.
        assert ("Muhammad Yusuf", "P", date(1980, 5, 1)) not in names
        assert ("Muhamad Yusuf", "L", date(1950, 5, 1)) not in names
        assert names[0] == ("Muhammad Yusuf", "L", date(1980, 5, 1))
        # An estimated birth is given five years either way.
        assert ("Mohamad Yoesoef", "L", date(1982, 7, 1)) in names
        # The same NIK surfaces whatever the sex and age.
        paper = find_candidates(s, QUERIES[2], pool=pool)
        assert paper[0].full_name == "Udin"
        assert "Jenis kelamin berbeda" in paper[0].reasons
        assert any(r.startswith("Umur berbeda") for r in paper[0].reasons)
    staying = [c for c in found if c.full_name == "Muhammad Yusran"]
    assert staying and staying[0].open_case_number
    assert all(c.open_case_number is None for c in found if c.full_name != "Muhammad Yusran")
