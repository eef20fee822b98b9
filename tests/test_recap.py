"""The monthly recap against a month worked out by hand (tests/recap_support.py)."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import func, select

from recap_support import BJM_FEBRUARY, build
from rumahsinggah.core.errors import DomainError, NotFound, PermissionDenied
from rumahsinggah.services.recap import MEASURE_LABELS, build_recap, monthly_recap, parse_month
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import AuditEvent

pytestmark = pytest.mark.both_engines


@pytest.fixture
def month(store):
    return build(store)


def recap(store, text="2026-02", code=None):
    return monthly_recap(store, Actor(None, "", ""), text, code)


def test_every_figure_of_bjm_in_february_matches_the_hand_count(store, month):
    result = recap(store, code="BJM")
    assert [f.code for f in result.facilities] == ["BJM"]
    assert result.facilities[0].figures == BJM_FEBRUARY
    assert result.total.figures == BJM_FEBRUARY  # one facility: the total is that facility


def test_all_facilities_add_up_and_follow_each_facilitys_time_zone(store, month):
    result = recap(store)
    bjm, pgk = result.facilities
    assert (bjm.code, pgk.code, result.total.code) == ("BJM", "PGK", "SEMUA")
    # Kartika arrived 28 Feb 23:30 WIB: February in Pangkalpinang (it is 1 March in WITA).
    assert pgk.figures["admissions"] == {"total": 1}
    assert pgk.figures["admissions_pmks"] == {"tuna susila": 1}
    assert pgk.figures["admissions_origin"] == {"kota_ini": 1}
    assert pgk.figures["complaints"]["received"] == 0
    assert pgk.figures["complaint_response"] == {}
    total = result.total.figures
    assert total["admissions"] == {"total": 5}
    assert total["admissions_sex"] == {"P": 3, "L": 2}
    assert total["admissions_source"]["laporan_masyarakat"] == 2
    assert total["served"] == {"during_month": 9, "open_at_end": 5}
    assert total["stay_length"] == BJM_FEBRUARY["stay_length"]
    assert total["complaints"] == BJM_FEBRUARY["complaints"]
    assert total["past_limit"] == {"total": 3}


def test_the_neighbouring_months_see_their_own_stays(store, month):
    january = recap(store, "2026-01", "BJM").facilities[0].figures
    # Ani (25 Jan), Eka (5 Jan), Fajar (1 Jan), Gita (31 Jan 23:30 WITA); not Citra (1 Feb).
    assert january["admissions"] == {"total": 4}
    assert january["returning"] == {"clients": 0}
    assert january["decisions"] == {"tampung": 1}
    assert january["terminations"] == {"total": 0}
    assert january["stay_length"] == {"count": 0}
    # 31 January: Eka on day 27 is past 21 days; Fajar on day 31 too; Gita (day 1) is not.
    assert january["past_limit"] == {"total": 2}
    assert january["complaints"]["received"] == 1
    assert january["complaints"]["unanswered"] == 1
    march_pgk = recap(store, "2026-03", "PGK").facilities[0].figures
    assert march_pgk["admissions"] == {"total": 0}
    assert march_pgk["served"] == {"during_month": 1, "open_at_end": 1}


def test_the_recap_is_plain_json_and_a_tidy_table(store, month):
    result = recap(store)
    again = json.loads(json.dumps(result.to_dict()))
    assert again["month"] == "2026-02"
    assert again["facilities"][0]["figures"]["terminations_mode"]["meninggal_dunia"] == 1
    rows = result.tidy_rows()
    assert {r[0] for r in rows} == {"BJM", "PGK", "SEMUA"}
    assert {r[3] for r in rows} <= set(MEASURE_LABELS)
    death = [r for r in rows if r[0] == "BJM" and r[3] == "terminations_mode"
             and r[5] == "Meninggal dunia"]
    assert death == [("BJM", "Rumah Singgah Banjarmasin", "2026-02", "terminations_mode",
                      "Terminasi menurut cara", "Meninggal dunia", 1)]


def test_the_recap_changes_nothing(store, month):
    def audit_events():
        with store.read() as s:
            return s.execute(select(func.count()).select_from(AuditEvent)).scalar_one()

    before = audit_events()
    recap(store)
    assert audit_events() == before > 0


def test_bad_month_unknown_facility_and_role_are_refused(store, month):
    with pytest.raises(DomainError, match="TAHUN-BULAN"):
        parse_month("11-2026")
    with pytest.raises(DomainError):
        parse_month("2026-13")
    assert parse_month(" 2026-2 ") == (2026, 2)
    with pytest.raises(NotFound, match="XYZ"):
        recap(store, code="xyz")
    pramu = Actor(uuid.uuid4(), "pramu", "pramu_sosial")
    with store.session(pramu, readonly=True) as s, s.begin(), \
            pytest.raises(PermissionDenied, match="rekap bulanan"):
        build_recap(s, 2026, 2)
    head = Actor(uuid.uuid4(), "kabid", "kepala_bidang")
    assert monthly_recap(store, head, "2026-02", "BJM").total.value("admissions") == 4
