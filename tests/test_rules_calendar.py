from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import from_local
from rumahsinggah.core.nik import check_nik
from rumahsinggah.core.workdays import calendar, deadline, latest_start_still_on_time

pytestmark = pytest.mark.both_engines


def test_indonesian_holidays_and_weekends_are_not_working_days():
    cal = calendar()
    assert cal.holiday_name(date(2026, 8, 17))  # Hari Kemerdekaan, a Monday
    assert not cal.is_working_day(date(2026, 8, 17))
    assert not cal.is_working_day(date(2026, 8, 15))  # Saturday
    assert cal.is_working_day(date(2026, 8, 18))
    assert not cal.is_working_day(date(2026, 12, 25))  # Natal, Friday


def test_add_working_days_across_a_weekend_and_a_public_holiday():
    cal = calendar()
    # Friday 14 Aug 2026 + 1 working day: Sat, Sun, Mon 17 Aug (holiday) skipped.
    assert cal.add_working_days(date(2026, 8, 14), 1) == date(2026, 8, 18)
    assert cal.add_working_days(date(2026, 8, 13), 2) == date(2026, 8, 18)
    assert cal.working_days_between(date(2026, 8, 13), date(2026, 8, 18)) == 2
    assert cal.add_working_days(date(2026, 8, 13), 0) == date(2026, 8, 13)


def test_deadline_in_each_unit():
    start = from_local(datetime(2026, 8, 13, 10, 0))
    # Pangkalpinang: 2 hari kerja from Thursday -> end of Tuesday 18 Aug.
    assert deadline(start, 2, "working_days") == from_local(datetime(2026, 8, 19, 0, 0))
    assert deadline(start, 1, "days") == start + timedelta(days=1)
    assert deadline(start, 5, "hours") == start + timedelta(hours=5)
    assert deadline(start, 30, "minutes") == start + timedelta(minutes=30)


@settings(max_examples=150, deadline=None)
@given(
    start_day=st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
    start_minute=st.integers(0, 24 * 60 - 1),
    later_minutes=st.integers(0, 20 * 24 * 60),
    amount=st.integers(1, 7),
    unit=st.sampled_from(["days", "working_days", "hours"]),
)
def test_sql_cutoff_agrees_with_deadline(start_day, start_minute, later_minutes, amount, unit):
    start = from_local(datetime.combine(start_day, time()) + timedelta(minutes=start_minute))
    now = start + timedelta(minutes=later_minutes)
    overdue = now > deadline(start, amount, unit)
    assert overdue == (start < latest_start_still_on_time(now, amount, unit))


@settings(max_examples=100, deadline=None)
@given(day=st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
       n=st.integers(0, 15))
def test_add_working_days_lands_on_a_working_day_and_counts_back(day, n):
    cal = calendar()
    result = cal.add_working_days(day, n)
    assert result >= day
    assert cal.working_days_between(day, result) == n
    if n:
        assert cal.is_working_day(result)


def test_nik_valid_with_matching_sex_and_birth_date():
    assert check_nik("6371 0157 0885 0001", sex="P", birth_date=date(1985, 8, 17)) == (
        "6371015708850001")
    assert check_nik("6371011708850001", sex="L", birth_date=date(1985, 8, 17))
    assert check_nik("") is None and check_nik(None) is None


def test_nik_with_a_wrong_date_part_is_refused():
    with pytest.raises(DomainError) as info:
        check_nik("6371011708850001", sex="L", birth_date=date(1985, 8, 18))
    assert "Tanggal lahir pada NIK" in info.value.message and info.value.field == "nik"
    with pytest.raises(DomainError) as info:  # day 32 is impossible
        check_nik("6371013208850001")
    assert "tanggal lahir" in info.value.message


def test_nik_sex_and_format_checks():
    with pytest.raises(DomainError, match="jenis kelamin"):
        check_nik("6371011708850001", sex="P")  # a woman's day has 40 added
    with pytest.raises(DomainError, match="16 angka"):
        check_nik("63710117088500")
    with pytest.raises(DomainError, match="hanya boleh berisi angka"):
        check_nik("63710117088500AB")
    # An estimated birth date is not compared with the NIK.
    assert check_nik("6371011708850001", sex="L", birth_date=date(1985, 7, 1),
                     birth_date_estimated=True)


def test_timezone_sanity():
    assert deadline(datetime(2026, 1, 1, tzinfo=UTC), 1, "days").tzinfo is not None
