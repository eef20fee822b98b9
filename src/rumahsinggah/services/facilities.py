"""A facility's own details and the office that issues its letters.

Screens and the command line change a facility only through these functions, so the role
check, the validation and the audit are the same wherever the change is made.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session, func, select

from rumahsinggah.core.errors import DomainError, NotFound
from rumahsinggah.core.localtime import ZONES
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Facility, IssuingOffice


@dataclass(frozen=True)
class FacilityDetails:
    name: str
    address: str = ""
    phone: str = ""
    capacity: int | None = None
    time_zone: str = "WIB"


def facility_by_code(session: Session, code: str) -> Facility:
    facility = session.exec(select(Facility).where(
        Facility.code == (code or "").strip().upper(), Facility.deleted_at.is_(None))).first()
    if facility is None:
        raise NotFound(_("Fasilitas dengan kode {code} tidak ditemukan.").format(code=code), field="facility")
    return facility


def save_facility_details(session: Session, facility_id: uuid.UUID,
                          details: FacilityDetails) -> None:
    """Name, address, phone, capacity and time zone of one facility, in one audited change."""
    from rumahsinggah.services.calendar import set_facility_zone

    permissions.require(session, "settings.edit")
    facility = session.get(Facility, facility_id)
    if facility is None or facility.deleted_at is not None:
        raise NotFound(_("Fasilitas tidak ditemukan."), field="facility_id")
    name = (details.name or "").strip()
    if not name:
        raise DomainError(_("Nama fasilitas wajib diisi."), field="name")
    if len(name) > 200:
        raise DomainError(_("Nama fasilitas paling panjang 200 huruf."), field="name")
    if details.capacity is not None and not 0 <= details.capacity <= 10000:
        raise DomainError(_("Kapasitas harus antara 0 dan 10.000 orang."), field="capacity")
    zone = (details.time_zone or facility.time_zone).strip().upper()
    if zone not in ZONES:
        raise DomainError(_("Zona waktu harus WIB, WITA atau WIT."), field="time_zone")
    facility.name = name
    facility.address = (details.address or "").strip()
    facility.phone = (details.phone or "").strip()
    facility.capacity = details.capacity or None
    session.add(facility)
    if zone != facility.time_zone:
        set_facility_zone(session, facility.id, zone)


def office_id_of(session: Session, key: str) -> uuid.UUID | None:
    """The issuing office named by ``key`` ("" or "default": the store's default office)."""
    key = (key or "").strip()
    if key in ("", "default", "utama"):
        return None
    try:
        office_id = uuid.UUID(key)
    except ValueError:
        from rumahsinggah.services.settings import load_office_settings

        if key.lower() == load_office_settings(session).code.lower():
            return None
        office = session.exec(select(IssuingOffice).where(
            func.lower(IssuingOffice.code) == key.lower(),
            IssuingOffice.deleted_at.is_(None))).first()
        if office is None:
            raise NotFound(_("Kantor penerbit surat '{key}' tidak ditemukan.").format(key=key),
                           field="issuing_office") from None
        return office.id
    office = session.get(IssuingOffice, office_id)
    if office is None or office.deleted_at is not None:
        raise NotFound(_("Kantor penerbit surat tidak ditemukan."), field="issuing_office")
    return office.id


def assign_office(session: Session, facility_id: uuid.UUID, office_key: str) -> None:
    """Letters of the facility's cases go out under this office from now on.

    Letters already issued keep the office and number they were issued under.
    """
    permissions.require(session, "settings.edit")
    facility = session.get(Facility, facility_id)
    if facility is None or facility.deleted_at is not None:
        raise NotFound(_("Fasilitas tidak ditemukan."), field="facility_id")
    office_id = office_id_of(session, office_key)
    if facility.issuing_office_id != office_id:
        facility.issuing_office_id = office_id
        session.add(facility)


def retire_office(session: Session, office_key: str) -> None:
    """Mark an issuing office as no longer used; its letter book stays readable.

    Refused while a facility still issues under it, so no case is left without a letterhead.
    """
    permissions.require(session, "settings.edit")
    office_id = office_id_of(session, office_key)
    if office_id is None:
        raise DomainError(_("Kantor utama tidak dapat dihapus; ubah isinya saja."),
                          field="issuing_office")
    users = session.exec(select(Facility.code).where(
        Facility.issuing_office_id == office_id, Facility.deleted_at.is_(None))).all()
    if users:
        raise DomainError("Kantor ini masih dipakai oleh fasilitas " + ", ".join(users)
                          + "; pindahkan fasilitas itu ke kantor lain dahulu.",
                          field="issuing_office")
    office = session.get(IssuingOffice, office_id)
    office.deleted_at = utcnow()
    session.add(office)
