"""Working-day calendar: weekends, Indonesian public holidays, cuti bersama and local closures.

Time limits of a standard are counted in minutes, hours, calendar days or working days
("hari kerja"). A working-day limit of N counted from a moment ends at the end of the Nth
working day after that moment's local date (the start day itself is not counted). "Local" is
the facility's zone (``zone``), not the machine's.

Public holidays and cuti bersama (the joint leave days of the yearly joint ministerial decree)
come from the ``holidays`` library (categories PUBLIC and GOVERNMENT). For a year the library
has no cuti bersama for, :data:`CUTI_BERSAMA` supplies them. Local holidays and office
closures are kept in the store (``storage.models.CalendarDay``) and handed in as ``extra``.
"""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta, tzinfo

from rumahsinggah.core.localtime import from_local, local_date

WEEKEND = (5, 6)  # Saturday, Sunday

# SKB cuti bersama, for years the installed library lacks (2026: SKB 3 Menteri 2025).
CUTI_BERSAMA: dict[int, dict[date, str]] = {
    2026: {
        date(2026, 2, 16): "Cuti Bersama Tahun Baru Imlek",
        date(2026, 3, 18): "Cuti Bersama Hari Suci Nyepi",
        date(2026, 3, 20): "Cuti Bersama Hari Raya Idul Fitri",
        date(2026, 3, 23): "Cuti Bersama Hari Raya Idul Fitri",
        date(2026, 3, 24): "Cuti Bersama Hari Raya Idul Fitri",
        date(2026, 5, 15): "Cuti Bersama Kenaikan Yesus Kristus",
        date(2026, 5, 28): "Cuti Bersama Hari Raya Idul Adha",
        date(2026, 12, 24): "Cuti Bersama Hari Raya Natal",
    },
}


def _library_holidays(country: str):
    import holidays  # when a calendar is first made: commands that count no days skip it

    categories = (getattr(holidays, "PUBLIC", "public"),
                  getattr(holidays, "GOVERNMENT", "government"))
    for kwargs in ({"categories": categories, "language": "id"}, {"categories": categories},
                   {"language": "id"}, {}):
        try:
            return holidays.country_holidays(country, **kwargs)
        except (NotImplementedError, ValueError, TypeError, AttributeError):
            continue
    raise RuntimeError(f"no holiday calendar for {country}")  # pragma: no cover


class WorkCalendar:
    """Indonesian working days. Holiday years are loaded lazily from the library."""

    def __init__(self, country: str = "ID", extra_holidays: dict[date, str] | None = None,
                 *, base: WorkCalendar | None = None) -> None:
        self._country = country
        self._extra = dict(extra_holidays or {})
        if base is not None:  # share the library's (lazily filled) years
            self._lock, self._holidays, self._years = base._lock, base._holidays, base._years
            return
        self._lock = threading.Lock()
        self._holidays = _library_holidays(country)
        self._years: dict[int, bool] = {}  # year -> the library has its cuti bersama

    def with_extra(self, extra: dict[date, str]) -> WorkCalendar:
        """The same calendar plus local holidays / closures ``extra``."""
        return WorkCalendar(self._country, {**self._extra, **extra}, base=self)

    def _library_has_cuti(self, year: int) -> bool:
        if year not in self._years:
            self._holidays.get(date(year, 1, 1))  # fills the year (expand=True)
            self._years[year] = any(
                "cuti" in str(n).lower() or "joint" in str(n).lower()
                for d, n in self._holidays.items() if d.year == year)
        return self._years[year]

    def holiday_name(self, day: date) -> str | None:
        """Why ``day`` is not a working day besides the weekend (Indonesian), or None."""
        if day in self._extra:
            return self._extra[day]
        with self._lock:  # the library fills a year on first lookup
            name = self._holidays.get(day)
            if name is None and not self._library_has_cuti(day.year):
                name = CUTI_BERSAMA.get(day.year, {}).get(day)
        return name

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
    """The shared Indonesian calendar (no local closures; see ``services.calendar``)."""
    global _default
    if _default is None:
        _default = WorkCalendar()
    return _default


def deadline(start: datetime, amount: float, unit: str, cal: WorkCalendar | None = None,
             zone: tzinfo | None = None) -> datetime:
    """When a time limit counted from ``start`` (aware) runs out, as aware UTC."""
    if unit == "minutes":
        return from_local(start, zone) + timedelta(minutes=amount)
    if unit == "hours":
        return from_local(start, zone) + timedelta(hours=amount)
    if unit == "days":
        return from_local(start, zone) + timedelta(days=amount)
    if unit == "working_days":
        last = (cal or calendar()).add_working_days(local_date(start, zone), int(round(amount)))
        return from_local(datetime.combine(last + timedelta(days=1), time()), zone)
    raise ValueError(f"unknown time unit {unit!r}")


def latest_start_still_on_time(now: datetime, amount: float, unit: str,
                               cal: WorkCalendar | None = None,
                               zone: tzinfo | None = None) -> datetime:
    """The earliest start whose limit has not yet run out at ``now``.

    A step counted from ``start`` is overdue at ``now`` exactly when ``start`` is before the
    returned moment, which lets a SQL query count overdue steps with a plain comparison.
    """
    if unit in ("minutes", "hours", "days"):
        delta = {"minutes": timedelta(minutes=amount), "hours": timedelta(hours=amount),
                 "days": timedelta(days=amount)}[unit]
        return from_local(now, zone) - delta
    cal = cal or calendar()
    today = local_date(now, zone)
    n = int(round(amount))
    # deadline(d) = end of add_working_days(d, n); overdue iff that date < today.
    day = today
    while cal.add_working_days(day - timedelta(days=1), n) >= today:
        day -= timedelta(days=1)
    return from_local(datetime.combine(day, time()), zone)
