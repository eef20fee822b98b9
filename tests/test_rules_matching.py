from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import select

from rules_support import World
from rumahsinggah.core import phonetic
from rumahsinggah.core.errors import DomainError
from rumahsinggah.services.matching import (
    NAME_THRESHOLD,
    LinkInput,
    MatchQuery,
    find_candidates,
    link_to_existing_client,
    name_similarity,
)
from rumahsinggah.storage.models import Client, Stay

pytestmark = pytest.mark.both_engines

STORED = [
    # (full name, sex, birth date, regency)
    ("Muhammad Yusuf", "L", date(1980, 5, 1), "Kota Banjarmasin"),
    ("Muhammad Yusran", "L", date(1980, 5, 1), "Kota Banjarmasin"),
    ("Achmad Djunaedi", "L", date(1975, 1, 1), "Kabupaten Banjar"),
    ("Ahmad Junaidi", "L", date(1999, 1, 1), "Kabupaten Banjar"),
    ("Tjipto Soekarno", "L", date(1960, 3, 3), "Kota Banjarmasin"),
    ("Noor Chasanah", "P", date(1990, 2, 2), "Kota Banjarmasin"),
    ("Nur Hasanah", "P", date(1950, 2, 2), "Kota Palangka Raya"),
    ("Siti Aminah binti Abdullah", "P", date(1985, 8, 17), "Kota Banjarmasin"),
    ("Siti Aminah", "L", date(1985, 8, 17), "Kota Banjarmasin"),
    ("Jusuf Kalla", "L", date(1942, 5, 15), "Kota Makassar"),
]


@pytest.fixture
def world(store):
    w = World(store)
    with store.write() as s:
        for name, sex, born, regency in STORED:
            s.add(Client(full_name=name, sex=sex, birth_date=born, regency=regency))
    return w


def best(world, **query):
    with world.store.read() as s:
        return find_candidates(s, MatchQuery(**query))


@pytest.mark.parametrize(("typed", "sex", "age_or_birth", "expected"), [
    ("Moh. Jusuf", "L", date(1980, 5, 1), "Muhammad Yusuf"),
    ("M. Yusuf", "L", 46, "Muhammad Yusuf"),
    ("Mohamad Yoesoef", "L", 45, "Muhammad Yusuf"),
    ("Ahmad Junaedi", "L", 51, "Achmad Djunaedi"),
    ("Cipto Sukarno", "L", 66, "Tjipto Soekarno"),
    ("Nur Khasanah", "P", 36, "Noor Chasanah"),
    ("Siti Aminah", "P", date(1985, 8, 17), "Siti Aminah binti Abdullah"),
])
def test_spelling_variants_rank_the_true_match_first(world, typed, sex, age_or_birth, expected):
    extra = ({"birth_date": age_or_birth} if isinstance(age_or_birth, date)
             else {"estimated_age": age_or_birth})
    found = best(world, full_name=typed, sex=sex, regency="Kota Banjarmasin"
                 if expected != "Achmad Djunaedi" else "Kabupaten Banjar", **extra)
    assert found, typed
    assert found[0].full_name == expected, [(c.full_name, c.score) for c in found]
    assert any(r.startswith(("Nama", "NIK")) for r in found[0].reasons)


def test_incompatible_age_or_sex_is_not_proposed(world):
    names = [c.full_name for c in best(world, full_name="Ahmad Junaedi", sex="L",
                                       birth_date=date(1975, 1, 1))]
    assert "Ahmad Junaidi" not in names  # 24 years younger
    names = [c.full_name for c in best(world, full_name="Siti Aminah", sex="P")]
    assert "Siti Aminah" not in names  # recorded as a man


def test_reasons_are_in_indonesian(world):
    top = best(world, full_name="Muhamad Yusuf", sex="L", birth_date=date(1980, 5, 1),
               regency="Kota Banjarmasin")[0]
    assert "Tanggal lahir sama" in top.reasons
    assert "Asal sama: Kota Banjarmasin" in top.reasons
    assert top.reasons[0].startswith("Nama sama")


def test_same_nik_wins_even_with_another_name(world):
    with world.store.write() as s:
        s.add(Client(full_name="Udin", sex="L", nik="6371011708850001"))
    found = best(world, full_name="Syamsudin", nik="6371011708850001")
    assert found[0].full_name == "Udin" and "NIK sama" in found[0].reasons


def test_nothing_for_an_empty_query(world):
    assert best(world, full_name="") == []


def test_confirming_same_person_after_registration_links_the_stay(world):
    with world.store.read() as s:
        yusuf = s.exec(select(Client).where(Client.full_name == "Muhammad Yusuf")).one()
    dup = world.person(full_name="Moh. Jusuf", person={"nik": "6371010105800001",
                                                       "birth_date": date(1980, 5, 1)})
    with world.write("pekerja_sosial") as s:
        removed = link_to_existing_client(s, LinkInput(dup.stay_id, yusuf.id))
    with world.store.read() as s:
        assert s.get(Stay, dup.stay_id).client_id == yusuf.id
        assert s.get(Client, removed).deleted_at is not None
        assert s.get(Client, yusuf.id).nik == "6371010105800001"
        # The merged record no longer shows up as a candidate.
        ids = [c.client_id for c in find_candidates(s, MatchQuery(full_name="Moh. Jusuf"))]
        assert removed not in ids
    with pytest.raises(DomainError, match="sudah tercatat"), world.write("pekerja_sosial") as s:
        link_to_existing_client(s, LinkInput(dup.stay_id, yusuf.id))


@pytest.mark.sqlite_only
def test_candidates_are_narrowed_with_the_phonetic_word_index(world):
    from sqlalchemy import text

    with world.store.read() as s:
        plan = s.execute(text(
            "EXPLAIN QUERY PLAN SELECT rowid FROM client_sounds WHERE client_sounds MATCH :m "
            "ORDER BY rank LIMIT 300"), {"m": '"yusuf" OR "muhammad"'}).all()
    assert any("VIRTUAL TABLE" in str(row[-1]) for row in plan), plan


PAIRS = [("Muhammad", "M."), ("Muhamad", "Mohamad"), ("Achmad", "Ahmad"), ("Djoko", "Joko"),
         ("Tjahjo", "Cahyo"), ("Soekarno", "Sukarno"), ("Chairul", "Khairul"),
         ("Jusuf", "Yusuf"), ("Noor", "Nur"), ("Mochammad", "Muhammad")]


@settings(max_examples=200, deadline=None)
@given(pair=st.sampled_from(PAIRS), reverse=st.booleans(),
       middle=st.one_of(st.just(""), st.text("abdeghiklmnoprstuwy", min_size=2, max_size=8)),
       last=st.text("abdeghiklmnoprstuwy", min_size=2, max_size=10),
       patronymic=st.booleans())
def test_variant_spellings_share_a_word_key_and_score_high(
        pair, reverse, middle, last, patronymic):
    stored_first, typed_first = reversed(pair) if reverse else pair
    stored = " ".join(p for p in (stored_first, middle.title(), last.title()) if p)
    typed = " ".join(p for p in (typed_first, middle.title(), last.title()) if p)
    if patronymic:
        stored += " bin Abdullah"
    # The two spellings share a phonetic word key (the narrowing) and score as alike.
    assert set(phonetic.sounds_key(stored).split()) & set(phonetic.sounds_key(typed).split())
    assert name_similarity(typed, stored) >= NAME_THRESHOLD
