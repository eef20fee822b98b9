"""Local dates and times. The store keeps aware UTC; people count days on the wall calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime


def to_local(moment: datetime) -> datetime:
    """``moment`` in the desk's local time zone (naive values are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def local_date(moment: datetime) -> date:
    return to_local(moment).date()


def local_today() -> date:
    return datetime.now().astimezone().date()


def from_local(moment: datetime) -> datetime:
    """A wall-clock time typed at the desk, as aware UTC for the store."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC)
