"""The desk's wall clock for the wizards (Qt-free): the time zone of the signed-in user's
facility (WIB / WITA / WIT), set by the main window, so a desk whose system clock is in UTC
still shows and reads typed times as the facility's. None: the machine's own zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

_zone: tzinfo | None = None


def set_zone(zone: tzinfo | None) -> None:
    global _zone
    _zone = zone


def zone() -> tzinfo | None:
    return _zone


def now() -> datetime:
    """Now on the desk's wall clock, naive (as a date-time field shows it)."""
    moment = datetime.now(UTC)
    local = moment.astimezone(_zone) if _zone is not None else moment.astimezone()
    return local.replace(tzinfo=None)


def today() -> date:
    return now().date()
