"""Phonetic word keys: each variant kind of the issue meets, in every word, compounds too."""

from __future__ import annotations

from datetime import date

import pytest

from rumahsinggah.core import phonetic
from rumahsinggah.services.matching import MatchQuery, find_candidates, name_similarity
from rumahsinggah.storage.models import Client

pytestmark = pytest.mark.both_engines

# (kind, one spelling, the other)
VARIANTS = [
    ("final i/y", "Dedi", "Dedy"), ("final i/y", "Hendri", "Hendry"),
    ("q/k", "Taufiq", "Taufik"), ("q/k", "Rifqi", "Rifki"),
    ("sy/s", "Syaiful", "Saiful"), ("sy/s", "Rosyid", "Rosid"),
    ("dz/z", "Dzulkifli", "Zulkifli"), ("dz/z", "Hafidz", "Hafiz"),
    ("ch/h", "Fachri", "Fahri"), ("ch/h", "Ichsan", "Ihsan"),
    ("ai/e", "Sulaiman", "Suleman"), ("ai/e", "Zainal", "Zenal"),
    ("ie/i", "Sofie", "Sofi"), ("ie/i", "Melanie", "Melani"),
    ("k/c", "Markus", "Marcus"), ("k/c", "Karina", "Carina"),
    ("old spelling", "Djoko", "Joko"), ("old spelling", "Tjahjo", "Cahyo"),
]


@pytest.mark.parametrize(("kind", "one", "other"), VARIANTS)
def test_each_variant_kind_gives_one_word_key(kind, one, other):
    assert phonetic.word_key(one.lower()) == phonetic.word_key(other.lower()), kind


def test_different_names_keep_different_keys():
    # The key is lossy, but not so lossy that common distinct names collapse.
    distinct = ["Budi", "Bayu", "Dedi", "Dodi", "Rudi", "Rina", "Rini", "Siti", "Sinta",
                "Yusuf", "Yosef", "Agus", "Anis", "Hasan", "Husin"]
    keys = [phonetic.word_key(n.lower()) for n in distinct]
    assert len(set(keys)) == len(keys), dict(zip(distinct, keys, strict=True))


@pytest.mark.parametrize(("joined", "split"), [
    ("Nurhaliza", "Nur Haliza"), ("Abdulrahman", "Abdul Rahman"),
    ("Nurhayati", "Noor Hayati"), ("Sitinur", "Siti Nur"),
])
def test_a_compound_meets_its_split_spelling_both_ways(joined, split):
    assert set(phonetic.sounds_key(joined).split()) & set(phonetic.sounds_key(split).split())
    assert name_similarity(joined, split) >= 90
    assert name_similarity(f"Siti {joined} Rahayu", f"Siti {split} Rahayu") >= 90


def _add(store, name: str, sex: str, born: date, regency: str) -> Client:
    with store.write() as s:
        c = Client(full_name=name, sex=sex, birth_date=born, regency=regency)
        s.add(c)
    return c


@pytest.mark.parametrize("position", [0, 1, 2])
@pytest.mark.parametrize(("kind", "one", "other"), VARIANTS)
def test_the_earlier_record_comes_first_whichever_word_differs(store, kind, one, other,
                                                                position):
    words = ["Andika", "Pratama", "Wijaya"]
    stored, typed = list(words), list(words)
    stored[position], typed[position] = one, other
    true = _add(store, " ".join(stored), "L", date(1990, 4, 2), "Kota Banjarmasin")
    # A namesake of another age and regency, and a stranger sharing two words.
    _add(store, " ".join(stored), "L", date(1982, 4, 2), "Kabupaten Ciamis")
    _add(store, "Bambang Pratama Wijaya", "L", date(1990, 4, 2), "Kota Banjarmasin")
    with store.read() as s:
        found = find_candidates(s, MatchQuery(full_name=" ".join(typed), sex="L",
                                              estimated_age=date.today().year - 1991,
                                              regency="Kota Banjarmasin"))
    assert found and found[0].client_id == true.id, (kind, [c.full_name for c in found])


@pytest.mark.parametrize(("stored", "typed"), [
    ("Nurhaliza Putri", "Nur Haliza Putri"), ("Nur Haliza Putri", "Nurhaliza Putri"),
    ("Dewi Nurhayati", "Dewi Nur Hayati"), ("Dewi Nur Hayati", "Dewi Nurhayati"),
])
def test_the_earlier_record_is_found_across_a_split_or_joined_compound(store, stored, typed):
    true = _add(store, stored, "P", date(1995, 1, 1), "Kota Banjarbaru")
    _add(store, "Putri Ayu Lestari", "P", date(1995, 1, 1), "Kota Banjarbaru")
    with store.read() as s:
        found = find_candidates(s, MatchQuery(full_name=typed, sex="P",
                                              regency="Kota Banjarbaru"))
    assert found and found[0].client_id == true.id


def test_the_other_sex_or_an_age_thirty_years_off_is_no_candidate(store):
    _add(store, "Dedy Saputra", "L", date(1990, 1, 1), "Kota Banjarmasin")
    with store.read() as s:
        assert find_candidates(s, MatchQuery(full_name="Dedi Saputra", sex="P")) == []
        assert find_candidates(s, MatchQuery(full_name="Dedi Saputra", sex="L",
                                             birth_date=date(1960, 1, 1))) == []


def test_a_nik_or_kk_match_always_surfaces(store):
    with store.write() as s:
        s.add(Client(full_name="Rahmawati", sex="P", nik="6371014101900001",
                     kk_number="6371010101900099"))
        s.add(Client(full_name="Joko Susilo", sex="L", kk_number="6371010101900055"))
    with store.read() as s:
        by_nik = find_candidates(s, MatchQuery(full_name="Budi", sex="L",
                                               nik="6371014101900001"))
        by_kk = find_candidates(s, MatchQuery(full_name="Siti", sex="P",
                                              kk_number="6371010101900055"))
    assert [c.full_name for c in by_nik] == ["Rahmawati"] and "NIK sama" in by_nik[0].reasons
    assert [c.full_name for c in by_kk] == ["Joko Susilo"]
    assert "Nomor KK sama" in by_kk[0].reasons and not by_kk[0].probably_same
