"""Indonesian dates, day names, Roman months and numbers in words for letters.

Month and day names come from ``core.dates`` (always Indonesian here), so the result never
depends on the desk's locale or the interface language.
Numbers in words come from ``num2words`` (``lang="id"``), a maintained library.
"""

from __future__ import annotations

from datetime import date, datetime

from num2words import num2words

from rumahsinggah.core.dates import DAYS as _DAYS
from rumahsinggah.core.dates import MONTHS as _MONTHS
from rumahsinggah.core.dates import day_month_year

MONTHS = _MONTHS["id"]  # letters are Indonesian whatever the interface language
DAYS = _DAYS["id"]  # Monday first
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def tanggal(value: date | datetime | None, *, empty: str = "-") -> str:
    """``22 November 2026``."""
    if value is None:
        return empty
    return day_month_year(_as_date(value), "id")


def tanggal_jam(value: datetime | None, *, empty: str = "-") -> str:
    """``22 November 2026 pukul 09.30`` (the value is shown as given: pass local time)."""
    if value is None:
        return empty
    return f"{tanggal(value)} pukul {value.hour:02d}.{value.minute:02d}"


def hari(value: date | datetime) -> str:
    """The Indonesian day name: ``Minggu``."""
    return DAYS[_as_date(value).weekday()]


def terbilang(number: int) -> str:
    """A whole number in Indonesian words: ``dua puluh dua``."""
    return num2words(int(number), lang="id")


def tanggal_terbilang(value: date | datetime) -> str:
    """The Berita Acara opening: ``Minggu tanggal dua puluh dua bulan November tahun dua ribu
    dua puluh enam``."""
    d = _as_date(value)
    return (
        f"{hari(d)} tanggal {terbilang(d.day)} bulan {MONTHS[d.month - 1]} "
        f"tahun {terbilang(d.year)}"
    )


def bulan_romawi(value: date | datetime) -> str:
    return ROMAN_MONTHS[_as_date(value).month - 1]


def age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def umur(birth: date | None, estimated: bool, on: date) -> str:
    """``46 tahun``, ``± 45 tahun`` for an estimate, ``tidak diketahui`` when unknown."""
    if birth is None:
        return "tidak diketahui"
    years = age_on(birth, on)
    return f"± {years} tahun" if estimated else f"{years} tahun"


def tempat_tanggal_lahir(place: str, birth: date | None, estimated: bool, on: date) -> str:
    """``Banjarmasin, 3 Mei 1980 (46 tahun)``; an estimate shows only the age: ``± 45 tahun``."""
    if birth is None:
        return f"{place}, tanggal lahir tidak diketahui" if place else "tidak diketahui"
    if estimated:
        text = f"{umur(birth, True, on)} (perkiraan)"
        return f"{place}, {text}" if place else text
    text = f"{tanggal(birth)} ({umur(birth, False, on)})"
    return f"{place}, {text}" if place else text
