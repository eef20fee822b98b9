"""Local dates and times. The store keeps aware UTC; people count days on the wall calendar.

A facility's wall calendar is its own time zone (WIB, WITA or WIT), not the desk's clock:
every function takes an optional ``zone`` (a ``tzinfo``; None means the machine's zone, kept
for screens that show the reader's own time).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

# Indonesia's three zones and the IANA names behind them.
ZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
ZONE_LABELS = {
    "WIB": "WIB (UTC+7): Jawa, Sumatra, Bangka Belitung, Kalimantan Barat dan Tengah",
    "WITA": "WITA (UTC+8): Kalimantan Selatan, Timur dan Utara, Bali, NTB, NTT, Sulawesi",
    "WIT": "WIT (UTC+9): Maluku dan Papua",
}
DEFAULT_ZONE = "WIB"

# Provinces outside WIB (lower case, as written in addresses); the rest of Indonesia is WIB.
_WITA = ("kalimantan selatan", "kalimantan timur", "kalimantan utara", "bali",
         "nusa tenggara barat", "nusa tenggara timur", "sulawesi", "gorontalo", "ntb", "ntt")
_WIT = ("maluku", "papua")


@lru_cache(maxsize=16)
def zone_info(code: str | None) -> tzinfo:
    """The tzinfo of a zone code (WIB/WITA/WIT) or IANA name; WIB when empty."""
    code = (code or DEFAULT_ZONE).strip()
    return ZoneInfo(ZONES.get(code.upper(), code))


def zone_for_province(province: str) -> str:
    """The zone code a province lies in (a guess for new facilities; staff may change it)."""
    text = (province or "").lower()
    if any(p in text for p in _WIT):
        return "WIT"
    if any(p in text for p in _WITA):
        return "WITA"
    return "WIB"


def to_local(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """``moment`` in ``zone`` (default: the machine's zone); naive values are taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def local_date(moment: datetime, zone: tzinfo | None = None) -> date:
    return to_local(moment, zone).date()


def local_today(zone: tzinfo | None = None) -> date:
    now = datetime.now(UTC)
    return (now.astimezone(zone) if zone is not None else now.astimezone()).date()


def from_local(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """A wall-clock time (naive: in ``zone``, default the machine's) as aware UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
    return moment.astimezone(UTC)
