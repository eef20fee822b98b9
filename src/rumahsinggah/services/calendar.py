"""The working-day calendar of the office: public holidays and cuti bersama (``holidays``),
plus local holidays and office closures kept in the store so they travel with sync; and each
facility's time zone (WIB / WITA / WIT), which day N, due times and letter dates follow.

Contract:
- ``facility_zone(session, facility_id)`` / ``stay_zone(session, stay)``: the tzinfo.
- ``work_calendar(session, facility_id=None)``: a ``WorkCalendar`` with the closures for every
  facility and for ``facility_id``.
- ``add_day(session, CalendarDayInput) -> id``, ``remove_day(session, id)`` (marked deleted,
  audited), ``list_days(session, year, facility_id=None) -> list[CalendarEntry]`` (closures and
  the library's holidays together). Role: ``calendar.edit``.
- ``due_moment(session, start, amount, unit, facility_id=None) -> datetime`` in the zone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import or_
from sqlmodel import Session, select

from rumahsinggah.core.errors import DomainError, NotFound
from rumahsinggah.core.localtime import ZONES, to_local, zone_info
from rumahsinggah.core.workdays import WorkCalendar, calendar, deadline
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import CalendarDay, Facility, Stay

DAY_KINDS = {"libur_daerah": "Libur daerah", "tutup_kantor": "Kantor tutup"}


def facility_zone(session: Session, facility_id: uuid.UUID | None) -> tzinfo:
    facility = session.get(Facility, facility_id) if facility_id is not None else None
    return zone_info(facility.time_zone if facility is not None else None)


def stay_zone(session: Session, stay: Stay) -> tzinfo:
    return facility_zone(session, stay.facility_id)


def desk_zone(session: Session, facility_id: uuid.UUID | None) -> tzinfo | None:
    """The zone a desk's clock should show: its user's facility, else the one zone all the
    store's facilities share; None (the machine's own) when that is not clear."""
    if facility_id is not None and session.get(Facility, facility_id) is not None:
        return facility_zone(session, facility_id)
    zones = {z for (z,) in session.exec(select(Facility.time_zone).where(
        Facility.deleted_at.is_(None))).all()}
    return zone_info(zones.pop()) if len(zones) == 1 else None


def zones_by_facility(session: Session) -> dict[uuid.UUID, tzinfo]:
    return {fid: zone_info(z) for fid, z in session.exec(
        select(Facility.id, Facility.time_zone)).all()}


def closures(session: Session, facility_id: uuid.UUID | None = None) -> dict[date, str]:
    """{day: name} of local holidays / closures for all facilities and for ``facility_id``."""
    where = [CalendarDay.deleted_at.is_(None)]
    if facility_id is None:
        where.append(CalendarDay.facility_id.is_(None))
    else:
        where.append(or_(CalendarDay.facility_id.is_(None),
                         CalendarDay.facility_id == facility_id))
    return {d: n for d, n in session.exec(
        select(CalendarDay.day, CalendarDay.name).where(*where)).all()}


def work_calendar(session: Session, facility_id: uuid.UUID | None = None) -> WorkCalendar:
    extra = closures(session, facility_id)
    return calendar().with_extra(extra) if extra else calendar()


@dataclass
class CalendarDayInput:
    day: date
    name: str
    kind: str = "tutup_kantor"
    facility_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    name: str
    kind: str  # libur_nasional / cuti_bersama / libur_daerah / tutup_kantor
    id: uuid.UUID | None = None  # set for the office's own entries
    facility_code: str = ""


def add_day(session: Session, data: CalendarDayInput) -> uuid.UUID:
    permissions.require(session, "calendar.edit")
    name = (data.name or "").strip()
    if not name:
        raise DomainError(_("Isi keterangan hari libur / penutupan kantor."), field="name")
    if data.kind not in DAY_KINDS:
        raise DomainError(_("Jenis hari tidak dikenal: pilih libur daerah atau kantor tutup."),
                          field="kind")
    if not isinstance(data.day, date):
        raise DomainError(_("Tanggal tidak valid."), field="day")
    if data.facility_id is not None and session.get(Facility, data.facility_id) is None:
        raise NotFound(_("Fasilitas tidak ditemukan."), field="facility_id")
    same = session.exec(select(CalendarDay).where(
        CalendarDay.day == data.day, CalendarDay.deleted_at.is_(None),
        CalendarDay.facility_id == data.facility_id if data.facility_id is not None
        else CalendarDay.facility_id.is_(None))).first()
    if same is not None:
        raise DomainError(_("Tanggal {day:%d-%m-%Y} sudah tercatat: {name}.").format(day=data.day, name=same.name),
                          field="day")
    row = CalendarDay(day=data.day, name=name, kind=data.kind, facility_id=data.facility_id)
    session.add(row)
    session.flush()
    return row.id


def remove_day(session: Session, day_id: uuid.UUID) -> None:
    permissions.require(session, "calendar.edit")
    row = session.get(CalendarDay, day_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(_("Hari libur / penutupan kantor tidak ditemukan."), field="id")
    row.deleted_at = utcnow()  # marked, never removed: the mark syncs to the other desks
    session.add(row)


def list_days(session: Session, year: int, facility_id: uuid.UUID | None = None,
              *, with_national: bool = True) -> list[CalendarEntry]:
    codes = dict(session.exec(select(Facility.id, Facility.code)).all())
    where = [CalendarDay.deleted_at.is_(None), CalendarDay.day >= date(year, 1, 1),
             CalendarDay.day <= date(year, 12, 31)]
    if facility_id is not None:
        where.append(or_(CalendarDay.facility_id.is_(None),
                         CalendarDay.facility_id == facility_id))
    out = [CalendarEntry(r.day, r.name, r.kind, r.id, codes.get(r.facility_id, ""))
           for r in session.exec(select(CalendarDay).where(*where)).all()]
    if with_national:
        cal = calendar()
        day = date(year, 1, 1)
        while day.year == year:
            name = cal.holiday_name(day)
            if name:
                kind = "cuti_bersama" if "cuti" in name.lower() else "libur_nasional"
                out.append(CalendarEntry(day, name, kind))
            day += timedelta(days=1)
    return sorted(out, key=lambda e: (e.day, e.kind))


def facility_by_code(session: Session, code: str) -> Facility:
    row = session.exec(select(Facility).where(Facility.code == code.strip().upper())).first()
    if row is None:
        row = session.exec(select(Facility).where(Facility.code == code.strip())).first()
    if row is None:
        raise NotFound(_("Fasilitas dengan kode {code} tidak ditemukan.").format(code=code), field="facility")
    return row


def due_moment(session: Session, start: datetime, amount: float, unit: str,
               facility_id: uuid.UUID | None = None) -> datetime:
    """When a limit counted from ``start`` (naive: the facility's wall clock) runs out, in the
    facility's zone."""
    zone = facility_zone(session, facility_id)
    if start.tzinfo is None:
        start = start.replace(tzinfo=zone)
    return to_local(deadline(start, amount, unit, work_calendar(session, facility_id), zone),
                    zone)


def set_facility_zone(session: Session, facility_id: uuid.UUID, zone: str) -> None:
    permissions.require(session, "settings.edit")
    code = (zone or "").strip().upper()
    if code not in ZONES:
        raise DomainError(_("Zona waktu harus WIB, WITA atau WIT."), field="time_zone")
    facility = session.get(Facility, facility_id)
    if facility is None:
        raise NotFound(_("Fasilitas tidak ditemukan."), field="facility_id")
    facility.time_zone = code
    session.add(facility)
