"""Agencies and facilities: the bodies that refer clients and the places that house them.

Contract:
- ``create_agency(session, AgencyInput) -> uuid``; ``list_agencies(session, kind=None)``.
- ``create_facility(session, FacilityInput) -> uuid``: the facility ``code`` prefixes its case
  numbers (``BJM-2026-00017``), so it is short, upper case and unique; ``default_standard``
  must be an installed standard.
- Only ``admin``, ``kepala_bidang`` and ``petugas_admin`` may create them (pramu sosial may add
  an agency while registering a raid: ``create_agency`` allows case staff too).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlmodel import Session, select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import ZONES, zone_for_province
from rumahsinggah.core.vocab import FacilityKind
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.services._common import registry, require_text
from rumahsinggah.storage.models import Agency, Facility

AGENCY_KINDS = {
    "dinsos": "Dinas Sosial",
    "satpol_pp": "Satpol PP",
    "polisi": "Kepolisian",
    "rumah_sakit": "Rumah sakit / Puskesmas",
    "balai_panti": "Balai / panti rehabilitasi",
    "lembaga": "Lembaga / LKS / LSM",
    "slrt": "SLRT / Puskesos",
    "lainnya": "Lainnya",
}


@dataclass(frozen=True)
class AgencyInput:
    name: str
    kind: str = "lainnya"
    address: str = ""
    regency: str = ""
    province: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


def create_agency(session: Session, data: AgencyInput) -> uuid.UUID:
    permissions.require(session, "org.agency_add")
    name = require_text(data.name, "name", "Nama instansi")
    if data.kind not in AGENCY_KINDS:
        raise DomainError(_("Jenis instansi '{kind}' tidak dikenal.").format(kind=data.kind), field="kind")
    same = session.exec(select(Agency).where(Agency.name == name, Agency.deleted_at.is_(None))
                        ).first()
    if same is not None:
        raise DomainError(_("Instansi '{name}' sudah terdaftar.").format(name=name), field="name")
    agency = Agency(name=name, kind=data.kind, address=data.address.strip(),
                    regency=data.regency.strip(), province=data.province.strip(),
                    phone=data.phone.strip(), email=data.email.strip(),
                    website=data.website.strip())
    session.add(agency)
    return agency.id


def list_agencies(session: Session, kind: str | None = None) -> list[tuple[uuid.UUID, str, str]]:
    """(id, name, kind) of the agencies, by name."""
    q = select(Agency.id, Agency.name, Agency.kind).where(Agency.deleted_at.is_(None))
    if kind:
        q = q.where(Agency.kind == kind)
    return [tuple(r) for r in session.exec(q.order_by(Agency.name)).all()]


@dataclass(frozen=True)
class FacilityInput:
    name: str
    kind: str  # FacilityKind
    code: str  # case-number prefix, e.g. BJM
    default_standard: str = ""
    agency_id: uuid.UUID | None = None
    address: str = ""
    regency: str = ""  # kab/kota: decides whether a client is local (home visit) or not
    province: str = ""
    phone: str = ""
    capacity: int | None = None
    time_zone: str = ""  # WIB / WITA / WIT; empty: from the province or the standard's agency


_CODE = re.compile(r"^[A-Z0-9]{2,12}$")


def create_facility(session: Session, data: FacilityInput) -> uuid.UUID:
    permissions.require(session, "org.facility_add")
    name = require_text(data.name, "name", "Nama fasilitas")
    if data.kind not in set(FacilityKind):
        raise DomainError(_("Jenis fasilitas harus rumah singgah, panti sosial atau RPS."),
                          field="kind")
    code = (data.code or "").strip().upper()
    if not _CODE.match(code):
        raise DomainError(_("Kode fasilitas 2-12 huruf besar atau angka, tanpa spasi (contoh: BJM)."),
                          field="code")
    if session.exec(select(Facility).where(Facility.code == code)).first() is not None:
        raise DomainError(_("Kode fasilitas {code} sudah dipakai.").format(code=code), field="code")
    zone = (data.time_zone or "").strip().upper()
    if zone and zone not in ZONES:
        raise DomainError(_("Zona waktu harus WIB, WITA atau WIT."), field="time_zone")
    where = data.province
    if data.default_standard:
        std = registry(session).require(data.default_standard)
        where = where or std.agency.address
    zone = zone or zone_for_province(where)
    if data.capacity is not None and data.capacity < 1:
        raise DomainError(_("Kapasitas harus paling sedikit 1 orang."), field="capacity")
    facility = Facility(name=name, kind=data.kind, code=code, agency_id=data.agency_id,
                        address=data.address.strip(), regency=data.regency.strip(),
                        province=data.province.strip(), phone=data.phone.strip(),
                        capacity=data.capacity, default_standard=data.default_standard,
                        time_zone=zone)
    session.add(facility)
    return facility.id
