"""Who is in the shelter now, and for how many days."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy import select
from sqlmodel import Session

from rumahsinggah.core.localtime import local_date, local_today
from rumahsinggah.storage.models import Client, Facility, Stay


def day_number(arrival_at: datetime, today: date | None = None,
               zone: tzinfo | None = None) -> int:
    """Day N of a stay on the facility's calendar (``zone``): the day of arrival is day 1."""
    return ((today or local_today(zone)) - local_date(arrival_at, zone)).days + 1


@dataclass(frozen=True)
class Resident:
    stay_id: uuid.UUID
    client_id: uuid.UUID
    case_number: str
    full_name: str
    nickname: str
    facility_code: str
    facility_name: str
    pmks_category: str
    status: str
    standard_code: str
    arrival_at: datetime
    day: int


def current_residents(
    session: Session, *, facility_id: uuid.UUID | None = None, today: date | None = None
) -> list[Resident]:
    """Open stays (not closed, not marked deleted), longest stay first."""
    from rumahsinggah.services.calendar import zones_by_facility

    zones = zones_by_facility(session)
    query = (
        select(
            Stay.id, Stay.client_id, Stay.case_number, Client.full_name, Client.nickname,
            Facility.code, Facility.name, Client.pmks_category, Stay.status, Stay.standard_code,
            Stay.arrival_at, Stay.facility_id,
        )
        .join(Client, Client.id == Stay.client_id)
        .join(Facility, Facility.id == Stay.facility_id)
        .where(Stay.closed_at.is_(None), Stay.deleted_at.is_(None))
        .order_by(Stay.arrival_at, Stay.case_number)
    )
    if facility_id is not None:
        query = query.where(Stay.facility_id == facility_id)
    return [
        Resident(*row[:10], arrival_at=row[10],
                 day=day_number(row[10], today, zones.get(row[11])))
        for row in session.execute(query).all()
    ]
