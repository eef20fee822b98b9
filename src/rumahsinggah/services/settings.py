"""Issuing offices: letterhead, signatories, paper, classification codes and numbering.

The store's default office is one JSON row in the ``setting`` table (so it syncs and is
audited); further offices (another Pemda's Dinas, a UPT panti) are ``issuing_office`` rows
holding the same :class:`OfficeSettings` fields, and a facility names the office that issues
its letters. Desk-only preferences (language, idle lock minutes) live in the config folder.

Contract:
- ``office_for_facility(session, facility) -> IssuerProfile``: the office a case's letters
  go out under (the default office when the facility names none).
- ``save_issuing_office(session, name, code, settings, office_id=None) -> uuid``.
- ``load_office(session, key)`` / ``save_office(session, key, settings, name=)``: either kind,
  by its book key ("" the default office, an id, or "new").
"""

from __future__ import annotations

import re
import uuid
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from sqlmodel import Session, select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.storage.models import Facility, IssuingOffice, Setting

OFFICE_KEY = "office"
PAPER_SIZES = ("A4", "F4")


DEFAULT_PATTERN = "{kode}/{nomor:03d}/{kantor}/{bulan_romawi}/{tahun}"


@dataclass
class Signatory:
    role: str = ""  # kepala_dinas, kepala_bidang, kepala_panti, petugas, ...
    name: str = ""
    nip: str = ""
    title: str = ""  # jabatan (several lines allowed)
    pangkat: str = ""  # pangkat / golongan: "Pembina Tingkat I (IV/b)"
    on_behalf: str = ""  # signs for another: "Kepala Dinas Sosial" prints "a.n. Kepala ..."
    acting: bool = False  # Plt. (pelaksana tugas)


@dataclass
class OfficeSettings:
    government: str = "PEMERINTAH KOTA BANJARMASIN"
    agency: str = "DINAS SOSIAL"
    address: str = "Jl. Brigjend H. Hasan Basri No. 1, Banjarmasin 70123"
    phone: str = "(0511) 3300000"
    email: str = ""
    website: str = "dinsos.banjarmasinkota.go.id"
    city: str = "Banjarmasin"  # printed before the letter date
    logo_attachment_id: str = ""
    paper_size: str = "A4"
    signatories: list[Signatory] = field(default_factory=list)
    # Letter number pattern per letter type; "*" is the fallback.
    letter_patterns: dict[str, str] = field(default_factory=lambda: {"*": DEFAULT_PATTERN})
    code: str = "Dinsos"  # the office's readable code in letter numbers ({kantor})
    codes: dict[str, str] = field(default_factory=dict)  # classification code per letter type
    tembusan: dict[str, list[str]] = field(default_factory=dict)  # default Tembusan per type
    home_site: str = ""  # the desk whose numbers need no desk code (set on the first save)

    def signatory(self, role: str) -> Signatory | None:
        return next((s for s in self.signatories if s.role == role), None)


def load_office_settings(session: Session) -> OfficeSettings:
    row = session.exec(select(Setting).where(Setting.key == OFFICE_KEY)).first()
    if row is None:
        return OfficeSettings()
    return _from_dict(row.value)


def _from_dict(value: dict[str, Any]) -> OfficeSettings:
    known = {f.name for f in fields(OfficeSettings)}
    sig_known = {f.name for f in fields(Signatory)}
    data = {k: v for k, v in value.items() if k in known}
    data["signatories"] = [Signatory(**{k: v for k, v in s.items() if k in sig_known})
                           for s in data.get("signatories", [])]
    return OfficeSettings(**data)


def _validate(settings: OfficeSettings) -> None:
    for number, signatory in enumerate(settings.signatories, start=1):
        nip = signatory.nip.replace(" ", "")
        if nip and (not nip.isdigit() or len(nip) != 18):
            raise DomainError(
                _("NIP penanda tangan ke-{number} ({value}) harus 18 angka.").format(number=number, value=signatory.name or '-'),
                field="signatories",
            )
    if settings.paper_size not in PAPER_SIZES:
        raise DomainError(_("Ukuran kertas harus A4 atau F4."), field="paper_size")
    if not settings.agency.strip():
        raise DomainError(_("Nama instansi pada kop surat wajib diisi."), field="agency")
    if not _OFFICE_CODE.match(settings.code or ""):
        raise DomainError(_("Kode kantor pada nomor surat 2-20 huruf, angka, titik atau tanda "
                          "hubung, tanpa garis miring (contoh: Dinsos)."), field="code")


_OFFICE_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-]{1,19}$")


def save_office_settings(session: Session, settings: OfficeSettings) -> None:
    """Store the default office; only office staff (admin, Kepala Bidang, administrasi)."""
    permissions.require(session, "settings.edit")
    _validate(settings)
    row = session.exec(select(Setting).where(Setting.key == OFFICE_KEY)).first()
    if row is not None and row.value.get("home_site"):
        settings.home_site = row.value["home_site"]  # the first desk stays the home desk
    if not settings.home_site:
        settings.home_site = str(session.info.get("site_id", ""))
    value = asdict(settings)
    if row is None:
        session.add(Setting(key=OFFICE_KEY, value=value))
    else:
        row.value = value


@dataclass(frozen=True)
class IssuerProfile:
    """The office a letter goes out under: its book key ("" = default office) and settings."""

    key: str
    settings: OfficeSettings


def load_issuing_office(session: Session, office_id: uuid.UUID) -> IssuerProfile:
    office = session.get(IssuingOffice, office_id)
    if office is None or office.deleted_at is not None:
        raise DomainError(_("Kantor penerbit surat tidak ditemukan."), field="issuing_office_id")
    settings = _from_dict(office.profile or {})
    settings.code = office.code
    settings.home_site = office.home_site
    return IssuerProfile(str(office.id), settings)


def office_for_facility(session: Session, facility: Facility | None) -> IssuerProfile:
    """The office a facility's letters go out under (the default office if it names none)."""
    office_id = getattr(facility, "issuing_office_id", None) if facility is not None else None
    if office_id is not None:
        return load_issuing_office(session, office_id)
    return IssuerProfile("", load_office_settings(session))


def save_issuing_office(session: Session, name: str, settings: OfficeSettings, *,
                        office_id: uuid.UUID | None = None,
                        facility_codes: tuple[str, ...] = ()) -> uuid.UUID:
    """Create or update an issuing office; ``facility_codes`` are the facilities it serves."""
    from rumahsinggah.services._common import require_text

    permissions.require(session, "settings.edit")
    name = require_text(name, "name", "Nama kantor penerbit")
    _validate(settings)
    profile = asdict(settings)
    profile.pop("home_site", None)
    if office_id is None:
        office = IssuingOffice(name=name, code=settings.code, profile=profile,
                               home_site=str(session.info.get("site_id", "")))
        session.add(office)
    else:
        office = session.get(IssuingOffice, office_id)
        if office is None or office.deleted_at is not None:
            raise DomainError(_("Kantor penerbit surat tidak ditemukan."), field="office_id")
        office.name, office.code, office.profile = name, settings.code, profile
    session.flush()
    for code in facility_codes:
        facility = session.exec(select(Facility).where(Facility.code == code.upper())).first()
        if facility is None:
            raise DomainError(_("Fasilitas dengan kode {code} tidak ditemukan.").format(code=code), field="facility")
        facility.issuing_office_id = office.id
    return office.id


def list_issuing_offices(session: Session) -> list[tuple[str, str, str]]:
    """(key, name, code) of every office, the default office first (key "")."""
    default = load_office_settings(session)
    out = [("", f"{default.agency} {default.government}".strip(), default.code)]
    rows = session.exec(select(IssuingOffice).where(IssuingOffice.deleted_at.is_(None))
                        .order_by(IssuingOffice.name)).all()
    return out + [(str(o.id), o.name, o.code) for o in rows]


def load_office(session: Session, key: str) -> tuple[str, OfficeSettings]:
    """(name, settings) of the office ``key`` names ("" is the store's default office)."""
    if not key:
        settings = load_office_settings(session)
        return f"{settings.agency} {settings.government}".strip(), settings
    office = session.get(IssuingOffice, uuid.UUID(key))
    if office is None or office.deleted_at is not None:
        raise DomainError(_("Kantor penerbit surat tidak ditemukan."), field="issuing_office")
    return office.name, load_issuing_office(session, office.id).settings


def save_office(session: Session, key: str, settings: OfficeSettings, *, name: str = "") -> str:
    """Save the default office (key "") or a named one (a new one when key is "new")."""
    if not key:
        save_office_settings(session, settings)
        return ""
    office_id = None if key == "new" else uuid.UUID(key)
    return str(save_issuing_office(session, name, settings, office_id=office_id))
