"""Dates as a desk officer reads them, and the date inputs of the wizard forms."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from rumahsinggah.core.localtime import to_local
from rumahsinggah.gui.wizards import deskclock

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def date_id(value: date | datetime | None) -> str:
    """22 November 2026 (local calendar)."""
    if value is None:
        return "-"
    if isinstance(value, datetime):
        value = to_local(value, deskclock.zone()).date()
    return f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}"


def datetime_id(value: datetime | None) -> str:
    """Senin, 23 November 2026 pukul 10.15 (local time)."""
    if value is None:
        return "-"
    local = to_local(value, deskclock.zone())
    return f"{DAYS_ID[local.weekday()]}, {date_id(local.date())} pukul {local:%H.%M}"



class DateEdit(QDateEdit):
    """Tab leaves the field (as in every other field); arrows move between day/month/year."""

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802
        return 1 if QWidget.focusNextPrevChild(self, next_) else 0  # int: see isComplete


class DateTimeEdit(QDateTimeEdit):
    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802
        return 1 if QWidget.focusNextPrevChild(self, next_) else 0  # int: see isComplete

