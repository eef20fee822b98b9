"""The one date and month formatter: ``22 November 2026`` in Indonesian or English.

Used by the GUI (``gui.i18n.format_date``), the services' texts and the letters
(``documents.indonesian``, which always asks for Indonesian). Fixed month and day names, so the
result never depends on the desk's operating-system locale. ``language`` defaults to the
current language of ``rumahsinggah.i18n``.
"""

from __future__ import annotations

from datetime import date, datetime

from rumahsinggah.core.localtime import to_local

MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
DAYS = {  # Monday first, as date.weekday()
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def _language(language: str | None) -> str:
    if language is None:
        from rumahsinggah.i18n import current_language

        language = current_language()
    return language if language in MONTHS else "id"


def month_name(month: int, language: str | None = None) -> str:
    return MONTHS[_language(language)][month - 1]


def day_name(value: date | datetime, language: str | None = None) -> str:
    day = value.date() if isinstance(value, datetime) else value
    return DAYS[_language(language)][day.weekday()]


def day_month_year(value: date, language: str | None = None) -> str:
    """``22 November 2026`` of a calendar date, as given."""
    return f"{value.day} {month_name(value.month, language)} {value.year}"


def format_date(value: date | datetime | None, *, with_time: bool = False,
                language: str | None = None, empty: str = "-") -> str:
    """A date, or a moment in the desk's local time: ``22 November 2026[, 09.30]``.

    Indonesian writes the time ``09.30``, English ``09:30``.
    """
    if value is None:
        return empty
    code = _language(language)
    if isinstance(value, datetime):
        local = to_local(value)
        text = day_month_year(local.date(), code)
        if with_time:
            text += f", {local:%H.%M}" if code == "id" else f", {local:%H:%M}"
        return text
    return day_month_year(value, code)
