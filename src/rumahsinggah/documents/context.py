"""What a document is drawn from: the case's rows plus the letter's number, date and signers.

The service gathers it inside its transaction; the builders only read attributes, so tests
and the benchmark can also fill it by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from rumahsinggah.core.localtime import to_local
from rumahsinggah.core.vocab import SEX_LABELS
from rumahsinggah.documents.indonesian import tanggal, tempat_tanggal_lahir, umur
from rumahsinggah.documents.layout import Letterhead, Signer, or_dash

# Letters are Indonesian whatever the interface language: the source tables, untranslated.
SEX_LABELS = SEX_LABELS.source()


@dataclass
class RegisterRow:
    """One line of the Buku Data Klien."""

    case_number: str
    arrival: date
    full_name: str
    nickname: str
    nik: str | None
    sex: str
    age: str
    origin: str
    category: str
    source: str
    status: str
    left: date | None
    note: str = ""
    client_id: Any = None  # one person may have several cases in a period
    facility: str = ""  # the facility's name, shown when the register spans several


@dataclass
class LetterContext:
    letter_type: str
    title: str
    number: str
    letter_date: date
    city: str
    paper: str
    letterhead: Letterhead
    signer: Signer  # the official signing for the agency
    officer: Signer  # the officer on duty (petugas) or the pekerja sosial
    params: dict[str, Any] = field(default_factory=dict)
    client: Any = None
    stay: Any = None
    facility: Any = None
    referring_agency: Any = None
    raid: Any = None
    identification: Any = None
    assessments: list[Any] = field(default_factory=list)
    decision: Any = None
    termination: Any = None
    family: list[Any] = field(default_factory=list)
    belongings: list[Any] = field(default_factory=list)
    services: list[Any] = field(default_factory=list)
    tracing: list[Any] = field(default_factory=list)
    coordinations: list[Any] = field(default_factory=list)
    home_visits: list[Any] = field(default_factory=list)
    letters: list[Any] = field(default_factory=list)
    officers: dict[Any, Signer] = field(default_factory=dict)  # user id -> name/NIP/title
    register: list[RegisterRow] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    version: int = 1  # above 1: a correction (ralat) of an earlier letter
    tight: bool = False  # set by the renderer to squeeze a one-page letter
    office_key: str = ""  # the issuing office's letter book ("" = the default office)
    office_code: str = "Dinsos"
    default_tembusan: list[str] = field(default_factory=list)
    raid_agency: Any = None
    receiving_agency: Any = None  # the agency a client was handed over to
    attachment_kinds: set[str] = field(default_factory=set)  # papers kept for the case
    letter_types_kept: set[str] = field(default_factory=set)  # letters already made
    # Filled by the builder, listed in the letter book.
    subject: str = ""
    recipient: str = ""

    # -- small helpers the builders share -------------------------------------------------
    def param(self, key: str, default: Any = "") -> Any:
        value = self.params.get(key)
        return default if value in (None, "") else value

    @property
    def agency_name(self) -> str:
        """``Dinas Sosial Kota Banjarmasin`` from the letterhead lines."""
        gov = self.letterhead.government.strip()
        region = gov.upper().removeprefix("PEMERINTAH").strip()
        agency = _title(self.letterhead.agency.strip())
        return f"{agency} {_title(region)}".strip() if region else agency

    @property
    def facility_name(self) -> str:
        return self.facility.name if self.facility is not None else "Rumah Singgah"

    @property
    def place_date(self) -> str:
        return f"{self.city}, {tanggal(self.letter_date)}"

    def client_name(self) -> str:
        return self.client.full_name if self.client is not None else ""

    def officer_of(self, user_id: Any) -> Signer | None:
        return self.officers.get(user_id) if user_id else None


_SMALL_WORDS = {"dan", "dari", "untuk", "pada", "di", "ke"}


def _title(text: str) -> str:
    """``DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN ...`` -> ``Dinas Sosial, ... dan ...``."""
    words = text.title().split(" ")
    return " ".join(w.lower() if i and w.lower() in _SMALL_WORDS else w
                    for i, w in enumerate(words))


def local(moment: datetime | None) -> datetime | None:
    return to_local(moment) if moment is not None else None


def local_day(moment: datetime | None) -> date | None:
    return to_local(moment).date() if moment is not None else None


def nik_text(nik: str | None) -> str:
    return nik.strip() if nik and nik.strip() else "tidak ada"


def origin_address(obj: Any) -> str:
    """Street, desa/kelurahan, kecamatan, kabupaten/kota, provinsi, as far as known."""
    parts = [getattr(obj, "address", "") or ""]
    village = getattr(obj, "village", "")
    district = getattr(obj, "district", "")
    if village:
        parts.append(f"Desa/Kel. {village}")
    if district:
        parts.append(f"Kec. {district}")
    parts += [getattr(obj, "regency", "") or "", getattr(obj, "province", "") or ""]
    return ", ".join(p.strip() for p in parts if p and p.strip()) or "tidak diketahui"


def client_rows(ctx: LetterContext, *, with_case: bool = True) -> list[tuple[str, str]]:
    """The client's identity as ``label : value`` lines; missing papers print plainly."""
    c = ctx.client
    if c is None:
        return []
    rows = [("Nama", c.full_name)]
    if c.nickname:
        rows.append(("Nama panggilan", c.nickname))
    rows += [
        ("NIK", nik_text(c.nik)),
        ("Jenis kelamin", SEX_LABELS.get(c.sex, or_dash(c.sex))),
        ("Tempat, tanggal lahir",
         tempat_tanggal_lahir(c.birth_place, c.birth_date, c.birth_date_estimated,
                              ctx.letter_date)),
    ]
    if c.religion:
        rows.append(("Agama", c.religion))
    rows.append(("Alamat asal", origin_address(c)))
    if c.pmks_category:
        rows.append(("Kategori PPKS", c.pmks_category.capitalize()))
    if with_case and ctx.stay is not None:
        rows.append(("Nomor kasus", ctx.stay.case_number))
        rows.append(("Tanggal masuk", tanggal(local_day(ctx.stay.arrival_at))))
    return rows


def client_age(ctx: LetterContext) -> str:
    c = ctx.client
    return umur(c.birth_date, c.birth_date_estimated, ctx.letter_date) if c else ""
