"""One register row turned into a person and (when it has an arrival date) a past stay.

Every row ends either as a :class:`ParsedRow` (with warnings about what was left out, such as a
NIK Excel cut short) or as a :class:`Rejected` row with the Indonesian reason staff can fix.
Nothing here touches the database.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from rumahsinggah.core import names
from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.nik import check_nik
from rumahsinggah.core.register_values import (
    Cell,
    CellError,
    cell_text,
    proper_name,
    read_age,
    read_date,
    read_id_number,
    read_pmks,
    read_sex,
    read_source,
)
from rumahsinggah.core.vocab import RELIGIONS
from rumahsinggah.services.registers.mapping import Mapping

_RELIGIONS = {names.fold(r): r for r in RELIGIONS}
_RELIGIONS.update({"kristen protestan": "Kristen", "protestan": "Kristen",
                   "katholik": "Katolik", "konghucu": "Khonghucu", "konghuchu": "Khonghucu"})


@dataclass
class ParsedRow:
    row_number: int  # as the spreadsheet shows it (1-based)
    full_name: str
    sex: str
    nickname: str = ""
    nik: str | None = None
    kk_number: str | None = None
    birth_date: date | None = None
    birth_date_estimated: bool = False
    birth_place: str = ""
    religion: str = ""
    address: str = ""
    village: str = ""
    district: str = ""
    regency: str = ""
    province: str = ""
    pmks_category: str = ""
    notes: str = ""
    reference: str = ""  # the old register's case number, if it had one
    arrival_date: date | None = None
    exit_date: date | None = None
    source: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        """What identifies this row when the register had no case numbers of its own."""
        parts = (names.name_key(self.full_name), self.sex,
                 self.birth_date.isoformat() if self.birth_date else "",
                 self.arrival_date.isoformat() if self.arrival_date else "")
        return "sidik:" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]

    @property
    def stay_reference(self) -> str:
        return self.reference or self.fingerprint


@dataclass
class Rejected:
    row_number: int
    reason: str


def row_values(headings: list[str], row: list[Cell]) -> dict[str, Cell]:
    values: dict[str, Cell] = {}
    for index, heading in enumerate(headings):
        if heading:
            values[heading] = row[index] if index < len(row) else None
    return values


def parse_row(row_number: int, values: dict[str, Cell], mapping: Mapping, *, today: date,
              default_source: str) -> ParsedRow | Rejected:
    """Read one row through ``mapping``; the first unreadable mandatory value rejects it."""

    def get(code: str) -> Cell:
        heading = mapping.get(code)
        return values.get(heading) if heading else None

    try:
        full_name = proper_name(cell_text(get("full_name")))
        if not full_name:
            raise CellError("Nama kosong.")
        if len(full_name) > 200:
            raise CellError("Nama lebih dari 200 huruf.")
        parsed = ParsedRow(row_number, full_name, read_sex(get("sex")))
        _read_birth(parsed, get, today)
        parsed.arrival_date = read_date(get("arrival_date"), today=today, label="Tanggal masuk")
        parsed.exit_date = read_date(get("exit_date"), today=today, label="Tanggal keluar")
        if parsed.exit_date and not parsed.arrival_date:
            raise CellError("Tanggal keluar terisi tetapi tanggal masuk kosong.")
        if parsed.arrival_date and parsed.exit_date and parsed.exit_date < parsed.arrival_date:
            raise CellError(f"Tanggal keluar {parsed.exit_date:%d-%m-%Y} sebelum tanggal masuk "
                            f"{parsed.arrival_date:%d-%m-%Y}.")
        if parsed.birth_date and parsed.arrival_date and parsed.arrival_date < parsed.birth_date:
            raise CellError("Tanggal masuk sebelum tanggal lahir.")
        parsed.source = read_source(get("source"), default_source)
    except CellError as exc:
        return Rejected(row_number, exc.message)

    parsed.nickname = proper_name(cell_text(get("nickname")))[:100]
    for attr in ("address", "village", "district", "regency", "province", "birth_place"):
        text = cell_text(get(attr))
        if attr != "address":
            text = proper_name(text)
        if text:
            setattr(parsed, attr, text[:100] if attr == "regency" else text)
    parsed.reference = cell_text(get("reference"))[:80]
    religion = names.fold(cell_text(get("religion")))
    if religion:
        parsed.religion = _RELIGIONS.get(religion, "")
        if not parsed.religion:
            parsed.warnings.append(f"Agama '{cell_text(get('religion'))}' tidak dikenal; "
                                   "tidak diisi.")
    try:
        parsed.pmks_category = read_pmks(get("pmks_category"))
    except CellError as exc:
        parsed.warnings.append(exc.message + " Tidak diisi.")
    _read_numbers(parsed, get)
    notes = cell_text(get("notes"))
    kept = [notes] if notes else []
    kept += [w for w in parsed.warnings if w.startswith(("NIK", "Nomor KK"))]
    if parsed.reference:
        kept.append(f"Nomor register lama: {parsed.reference}")
    parsed.notes = "\n".join(kept)
    return parsed


def _read_birth(parsed: ParsedRow, get, today: date) -> None:
    place_date = cell_text(get("birth_place_date"))
    birth_cell = get("birth_date")
    if place_date and birth_cell is None:
        # "Banjarmasin, 12-08-1985": place before the last comma, the date after it.
        place, sep, when = place_date.rpartition(",")
        if sep:
            parsed.birth_place = proper_name(place.strip())
            birth_cell = when.strip()
        else:
            birth_cell = place_date
    parsed.birth_date = read_date(birth_cell, today=today, label="Tanggal lahir")
    if parsed.birth_date is None:
        age = read_age(get("age"))
        if age is not None:
            parsed.birth_date = date(today.year - age, 7, 1)
            parsed.birth_date_estimated = True


def _read_numbers(parsed: ParsedRow, get) -> None:
    nik = read_id_number(get("nik"), "NIK")
    if nik.damaged:
        parsed.warnings.append(nik.damaged + " NIK tidak disimpan.")
    elif nik.value:
        try:
            parsed.nik = check_nik(nik.value, sex=parsed.sex, birth_date=parsed.birth_date,
                                   birth_date_estimated=parsed.birth_date_estimated)
        except DomainError as exc:
            parsed.warnings.append(f"NIK {nik.value}: {exc.message} NIK tidak disimpan.")
    kk = read_id_number(get("kk_number"), "Nomor KK")
    if kk.damaged:
        parsed.warnings.append(kk.damaged + " Nomor KK tidak disimpan.")
    else:
        parsed.kk_number = kk.value
