"""Working-day calendar: weekends and Indonesian public holidays (from the ``holidays`` library).

Time limits of a standard are counted in minutes, hours, calendar days or working days
("hari kerja"). A working-day limit of N counted from a moment ends at the end of the Nth
working day after that moment's local date (the start day itself is not counted).
"""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta

import holidays

from rumahsinggah.core.localtime import from_local, local_date

WEEKEND = (5, 6)  # Saturday, Sunday


class WorkCalendar:
    """Indonesian working days. Holiday years are loaded lazily from the library."""

    def __init__(self, country: str = "ID", extra_holidays: dict[date, str] | None = None) -> None:
        self._country = country
        self._extra = dict(extra_holidays or {})
        self._lock = threading.Lock()
        try:
            self._holidays = holidays.country_holidays(country, language="id")
        except (NotImplementedError, ValueError, TypeError):  # pragma: no cover - old library
            self._holidays = holidays.country_holidays(country)

    def holiday_name(self, day: date) -> str | None:
        """The public holiday on ``day`` (Indonesian name), or None."""
        if day in self._extra:
            return self._extra[day]
        with self._lock:  # the library fills a year on first lookup (expand=True)
            return self._holidays.get(day)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() not in WEEKEND and self.holiday_name(day) is None

    def add_working_days(self, start: date, n: int) -> date:
        """The Nth working day after ``start`` (``start`` itself not counted); n=0 gives start."""
        if n < 0:
            raise ValueError("n must not be negative")
        day = start
        while n > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                n -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: how many working days have passed since ``start``."""
        if end <= start:
            return 0
        return sum(
            1 for i in range(1, (end - start).days + 1)
            if self.is_working_day(start + timedelta(days=i))
        )


_default: WorkCalendar | None = None


def calendar() -> WorkCalendar:
    """The shared Indonesian calendar."""
    global _default
    if _default is None:
        _default = WorkCalendar()
    return _default


def deadline(start: datetime, amount: float, unit: str, cal: WorkCalendar | None = None) -> datetime:
    """When a time limit counted from ``start`` (aware) runs out, as aware UTC."""
    if unit == "minutes":
        return from_local(start) + timedelta(minutes=amount)
    if unit == "hours":
        return from_local(start) + timedelta(hours=amount)
    if unit == "days":
        return from_local(start) + timedelta(days=amount)
    if unit == "working_days":
        last = (cal or calendar()).add_working_days(local_date(start), int(round(amount)))
        return from_local(datetime.combine(last + timedelta(days=1), time()))
    raise ValueError(f"unknown time unit {unit!r}")


def latest_start_still_on_time(now: datetime, amount: float, unit: str,
                               cal: WorkCalendar | None = None) -> datetime:
    """The earliest start whose limit has not yet run out at ``now``.

    A step counted from ``start`` is overdue at ``now`` exactly when ``start`` is before the
    returned moment, which lets a SQL query count overdue steps with a plain comparison.
    """
    if unit in ("minutes", "hours", "days"):
        delta = {"minutes": timedelta(minutes=amount), "hours": timedelta(hours=amount),
                 "days": timedelta(days=amount)}[unit]
        return from_local(now) - delta
    cal = cal or calendar()
    today = local_date(now)
    n = int(round(amount))
    # deadline(d) = end of add_working_days(d, n); overdue iff that date < today.
    day = today
    while cal.add_working_days(day - timedelta(days=1), n) >= today:
        day -= timedelta(days=1)
    return from_local(datetime.combine(day, time()))
