"""Office settings shared by every desk of a store: letterhead, signatories, paper, numbering.

Kept as one JSON row in the ``setting`` table (so it syncs and is audited). Desk-only
preferences (language, idle lock minutes) live in the config folder instead.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from sqlmodel import Session, select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.services import permissions
from rumahsinggah.storage.models import Setting

OFFICE_KEY = "office"
PAPER_SIZES = ("A4", "F4")


@dataclass
class Signatory:
    role: str = ""  # kepala_dinas, kepala_bidang, kepala_panti, petugas, ...
    name: str = ""
    nip: str = ""
    title: str = ""


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
    letter_patterns: dict[str, str] = field(
        default_factory=lambda: {"*": "{kode}/{nomor:03d}/Dinsos/{bulan_romawi}/{tahun}"}
    )

    def signatory(self, role: str) -> Signatory | None:
        return next((s for s in self.signatories if s.role == role), None)


def load_office_settings(session: Session) -> OfficeSettings:
    row = session.exec(select(Setting).where(Setting.key == OFFICE_KEY)).first()
    if row is None:
        return OfficeSettings()
    known = {f.name for f in fields(OfficeSettings)}
    data = {k: v for k, v in row.value.items() if k in known}
    data["signatories"] = [Signatory(**s) for s in data.get("signatories", [])]
    return OfficeSettings(**data)


def save_office_settings(session: Session, settings: OfficeSettings) -> None:
    """Store the office settings; only office staff (admin, Kepala Bidang, administrasi)."""

    permissions.require(session, "settings.edit")
    for number, signatory in enumerate(settings.signatories, start=1):
        nip = signatory.nip.replace(" ", "")
        if nip and (not nip.isdigit() or len(nip) != 18):
            raise DomainError(
                f"NIP penanda tangan ke-{number} ({signatory.name or '-'}) harus 18 angka.",
                field="signatories",
            )
    if settings.paper_size not in PAPER_SIZES:
        raise DomainError("Ukuran kertas harus A4 atau F4.", field="paper_size")
    if not settings.agency.strip():
        raise DomainError("Nama instansi pada kop surat wajib diisi.", field="agency")
    row = session.exec(select(Setting).where(Setting.key == OFFICE_KEY)).first()
    value = asdict(settings)
    if row is None:
        session.add(Setting(key=OFFICE_KEY, value=value))
    else:
        row.value = value
