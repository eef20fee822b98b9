"""Importing an old client register: every row imported, linked, skipped or rejected with a reason.

Contract:
- ``prepare(path, sheet=None)`` reads the file (no database): the sheet, its heading row, the
  headings, the data rows and a suggested mapping. ``preview(...)`` shows rows as they would be
  stored.
- ``import_register(session, prepared, options)`` runs inside the caller's one transaction. Each
  row becomes a client (new, or an existing one: same NIK, the same name / sex / birth / origin,
  or a returning-client match strong enough to be sure) and, when it has an arrival date, one
  past stay (closed, status ``selesai``) with a new case number and the old register's number
  kept as ``register_reference``. The same person in several rows is one client with several
  stays. A row already imported (same facility and reference) adds nothing, so importing the
  same file twice adds nothing.
- ``run_import(store, actor, prepared, options)`` is what the command line and the wizard call:
  a backup first, then one transaction; a dry run rolls everything back and changes nothing.
- Roles: administrator, kepala bidang and petugas administrasi.
"""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from types import SimpleNamespace

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlmodel import Session

from rumahsinggah.core import names
from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import from_local, local_today
from rumahsinggah.core.register_values import Cell, cell_text
from rumahsinggah.core.vocab import CaseSource, CaseStatus
from rumahsinggah.i18n import _
from rumahsinggah.services import matching, permissions
from rumahsinggah.services._common import registry
from rumahsinggah.services.registers.bulk import RowWriter
from rumahsinggah.services.registers.mapping import (
    FIELD_BY_CODE,
    Mapping,
    check_mapping,
    find_header_row,
    suggest_mapping,
)
from rumahsinggah.services.registers.reader import RegisterFile, read_register
from rumahsinggah.services.registers.rows import ParsedRow, Rejected, parse_row, row_values
from rumahsinggah.storage import sequences
from rumahsinggah.storage.audit import Actor, record_event
from rumahsinggah.storage.models import Facility, Stay

# Outcome of a row.
NEW = "baru"  # a new client (and stay)
LINKED = "klien_lama"  # the stay added to a client already in the store or earlier in the file
SKIPPED = "sudah_ada"  # imported before: nothing added
REJECTED = "ditolak"
OUTCOME_LABELS = {NEW: "Klien baru", LINKED: "Klien lama (digabung)",
                  SKIPPED: "Sudah pernah diimpor", REJECTED: "Ditolak"}
# A returning-client match is taken without asking only when it is this sure.
AUTO_LINK_SCORE = 90.0
AUTO_LINK_NAME = 95.0
MAYBE_SCORE = 80.0
FLUSH_EVERY = 500


@dataclass
class Prepared:
    file: RegisterFile
    sheet: str
    header_row: int  # 0-based index in the sheet
    headings: list[str]
    rows: list[list[Cell]]  # the data rows below the headings
    suggested: Mapping

    def row_number(self, index: int) -> int:
        """The row number the spreadsheet shows for data row ``index``."""
        return self.header_row + 2 + index


@dataclass
class ImportOptions:
    facility_code: str
    mapping: Mapping
    default_source: str = CaseSource.RAZIA
    dry_run: bool = False
    standard_code: str = ""  # the standard of the old stays; default: the facility's


@dataclass
class RowOutcome:
    row_number: int
    outcome: str
    full_name: str = ""
    message: str = ""  # the reason for a rejection, whom a row was linked to
    warnings: tuple[str, ...] = ()
    case_number: str = ""


@dataclass
class ImportReport:
    file_name: str
    sha256: str
    sheet: str
    facility_code: str
    dry_run: bool
    headings: list[str]
    outcomes: list[RowOutcome] = field(default_factory=list)
    new_clients: int = 0
    stays: int = 0

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def rejected(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.outcome == REJECTED]

    def summary(self) -> str:
        head = "UJI COBA (tidak ada yang disimpan): " if self.dry_run else ""
        return (f"{head}{len(self.outcomes)} baris: {self.count(NEW)} klien baru, "
                f"{self.count(LINKED)} digabung ke klien lama, {self.count(SKIPPED)} sudah "
                f"pernah diimpor, {self.count(REJECTED)} ditolak; {self.stays} kasus lama "
                "dicatat.")


def prepare(path: Path, sheet: str | None = None) -> Prepared:
    """Read ``path`` and find its table; DomainError when there is none."""
    register = read_register(Path(path))
    chosen = register.sheet(sheet) if sheet else _likeliest_sheet(register)
    if not chosen.rows:
        raise DomainError(_("Lembar '{name}' kosong.").format(name=chosen.name), field="sheet")
    header_row = find_header_row(chosen.rows)
    headings = _unique_headings([cell_text(c) for c in chosen.rows[header_row]])
    rows = [r for r in chosen.rows[header_row + 1:]]
    return Prepared(register, chosen.name, header_row, headings, rows, suggest_mapping(headings))


def _likeliest_sheet(register: RegisterFile):
    """The sheet whose headings name the most fields (workbooks often open on a cover sheet)."""
    def recognised(sheet) -> int:
        if not sheet.rows:
            return -1
        row = sheet.rows[find_header_row(sheet.rows)]
        return len(suggest_mapping([cell_text(c) for c in row]))

    return max(register.sheets, key=recognised)


def _unique_headings(raw: list[str]) -> list[str]:
    """Headings as written, blanks named by column letter, repeats numbered."""
    seen: dict[str, int] = {}
    out = []
    for index, heading in enumerate(raw):
        heading = heading or f"Kolom {_column_letter(index)}"
        if heading in seen:
            seen[heading] += 1
            heading = f"{heading} ({seen[heading]})"
        else:
            seen[heading] = 1
        out.append(heading)
    return out


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _is_blank(row: list[Cell]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in row)


def parsed_rows(prepared: Prepared, mapping: Mapping, *, default_source: str,
                today: date | None = None, limit: int | None = None
                ) -> list[ParsedRow | Rejected]:
    """The data rows read through ``mapping`` (blank rows left out); no database."""
    check_mapping(mapping, prepared.headings)
    today = today or local_today()
    out: list[ParsedRow | Rejected] = []
    for index, row in enumerate(prepared.rows):
        if _is_blank(row):
            continue
        out.append(parse_row(prepared.row_number(index), row_values(prepared.headings, row),
                             mapping, today=today, default_source=default_source))
        if limit is not None and len(out) >= limit:
            break
    return out


def preview(prepared: Prepared, mapping: Mapping, *, default_source: str = CaseSource.RAZIA,
            limit: int = 20) -> list[ParsedRow | Rejected]:
    return parsed_rows(prepared, mapping, default_source=default_source, limit=limit)


class _People:
    """Clients this import has matched or created, so later rows of one person find them.

    New clients are written in batches (:class:`RowWriter`); until then the matcher cannot
    see them, so rows of the pending batch are compared here with the matcher's own name
    threshold.
    """

    def __init__(self, pool: matching.CandidatePool) -> None:
        self.pool = pool  # the store's clients in memory: one query per row would be too slow
        self.by_nik: dict[str, uuid.UUID] = {}
        self.by_exact: dict[tuple, uuid.UUID] = {}
        self.pending: list[tuple[str, ParsedRow, uuid.UUID]] = []
        self._buckets: dict[tuple, list[tuple[str, ParsedRow, uuid.UUID]]] = {}

    @staticmethod
    def _bucket(sex: str, year: int | None) -> tuple:
        return sex, year

    def pending_match(self, row: ParsedRow) -> tuple[uuid.UUID, str] | None:
        key = names.name_key(row.full_name)
        year = row.birth_date.year if row.birth_date else None
        years = [None] if year is None else range(year - 5, year + 6)
        nearby = [e for y in years for e in self._buckets.get(self._bucket(row.sex, y), ())]
        for other_key, other, client_id in nearby:
            if not _ages_agree(row, other):
                continue
            if fuzz.token_sort_ratio(key, other_key) >= AUTO_LINK_NAME and (
                    names.fold(row.regency) == names.fold(other.regency)):
                return client_id, f"{other.full_name}: sama dengan baris {other.row_number}"
        return None

    @staticmethod
    def exact_key(row: ParsedRow) -> tuple:
        return (names.name_key(row.full_name), row.sex, row.birth_date,
                names.fold(row.regency))

    def remember(self, row: ParsedRow, client_id: uuid.UUID, new: bool = False) -> None:
        if row.nik:
            self.by_nik.setdefault(row.nik, client_id)
        self.by_exact.setdefault(self.exact_key(row), client_id)
        if new:
            entry = (names.name_key(row.full_name), row, client_id)
            self.pending.append(entry)
            year = row.birth_date.year if row.birth_date else None
            self._buckets.setdefault(self._bucket(row.sex, year), []).append(entry)

    def flushed(self, written: list[dict]) -> None:
        """The pending clients are written: the pool (and so the matcher) has them now."""
        for client in written:
            self.pool.add(SimpleNamespace(**client))
        self.pending.clear()
        self._buckets.clear()


def _ages_agree(a: ParsedRow, b: ParsedRow) -> bool:
    if a.birth_date is None or b.birth_date is None:
        return a.birth_date is None and b.birth_date is None
    tolerance = 5 if (a.birth_date_estimated or b.birth_date_estimated) else 0
    return abs(a.birth_date.year - b.birth_date.year) <= tolerance and (
        tolerance or a.birth_date == b.birth_date)


def _find_client(session: Session, row: ParsedRow, people: _People
                 ) -> tuple[uuid.UUID | None, str, list[str]]:
    """The client this row is, if sure: (id, why, warnings)."""
    if row.nik and row.nik in people.by_nik:
        return people.by_nik[row.nik], "NIK sama dengan baris sebelumnya", []
    key = people.exact_key(row)
    if key in people.by_exact:
        return people.by_exact[key], "data sama dengan baris sebelumnya", []
    pending = people.pending_match(row)
    if pending is not None:
        return pending[0], pending[1], []
    query = matching.MatchQuery(
        full_name=row.full_name, nik=row.nik, sex=row.sex, birth_date=row.birth_date,
        birth_date_estimated=row.birth_date_estimated, regency=row.regency,
        province=row.province, limit=3)
    candidates = matching.find_candidates(session, query, pool=people.pool)
    if not candidates:
        return None, "", []
    best = candidates[0]
    same = [c for c in candidates if c.name_score == 100 and c.sex == row.sex
            and c.birth_date == row.birth_date and names.fold(c.regency) == key[3]]
    if len(same) == 1:
        return same[0].client_id, (f"{same[0].full_name}: nama, jenis kelamin, tanggal lahir "
                                   "dan asal sama"), []
    if row.nik and best.nik == row.nik:
        warnings = [] if best.name_score >= matching.NAME_THRESHOLD else [
            f"NIK sama dengan {best.full_name} walau nama berbeda; periksa kembali."]
        return best.client_id, f"NIK sama: {best.full_name}", warnings
    sure = [c for c in candidates
            if c.score >= AUTO_LINK_SCORE and c.name_score >= AUTO_LINK_NAME]
    if len(sure) == 1:
        return best.client_id, f"{best.full_name}: {', '.join(best.reasons)}", []
    if best.score >= MAYBE_SCORE:
        return None, "", [f"Mungkin sama dengan {best.full_name} (skor {best.score:.0f}); "
                          "dicatat sebagai klien baru, periksa di Rekam Klien."]
    return None, "", []


def _facility(session: Session, code: str) -> Facility:
    facility = session.execute(
        select(Facility).where(Facility.code == code.strip().upper(),
                               Facility.deleted_at.is_(None))).scalar_one_or_none()
    if facility is None:
        facility = session.execute(
            select(Facility).where(Facility.code == code.strip(),
                                   Facility.deleted_at.is_(None))).scalar_one_or_none()
    if facility is None:
        raise DomainError(_("Fasilitas dengan kode '{code}' tidak ada.").format(code=code), field="facility")
    return facility


def _standard_code(session: Session, facility: Facility, chosen: str) -> str:
    if chosen:
        return registry(session).require(chosen).code
    if facility.default_standard and registry(session).get(facility.default_standard):
        return facility.default_standard
    raise DomainError(_("Fasilitas {name} belum punya standar pelayanan bawaan: pilih "
          "standar kasus-kasus lama ini, atau atur standar bawaan di Pengaturan.").format(name=facility.name),
                      field="standard_code")


def _moment(day: date) -> datetime:
    """A register gives the day only: noon local time keeps it on that day in every zone."""
    return from_local(datetime.combine(day, time(12, 0)))


def import_register(session: Session, prepared: Prepared, options: ImportOptions, *,
                    progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import the rows of ``prepared`` into the caller's transaction."""
    permissions.require(session, "register.import")
    if options.default_source not in {str(s) for s in CaseSource}:
        raise DomainError(_("Sumber kedatangan '{default_source}' tidak dikenal.").format(default_source=options.default_source),
                          field="default_source")
    facility = _facility(session, options.facility_code)
    rows = parsed_rows(prepared, options.mapping, default_source=options.default_source)
    standard = _standard_code(session, facility, options.standard_code) if any(
        isinstance(r, ParsedRow) and r.arrival_date for r in rows) else ""
    report = ImportReport(prepared.file.path.name, prepared.file.sha256, prepared.sheet,
                          facility.code, options.dry_run, prepared.headings)
    known = set(session.execute(select(Stay.register_reference).where(
        Stay.facility_id == facility.id, Stay.register_reference != "")).scalars())
    used_in_file: dict[str, int] = {}
    numbers = _CaseNumbers(session, facility.code, rows, known)
    people = _People(matching.CandidatePool(session))
    writer = RowWriter(session)
    if progress is not None:
        progress(0, len(rows))  # the file is read: the rows can be counted now
    with session.no_autoflush:
        for done, row in enumerate(rows, start=1):
            report.outcomes.append(_import_row(session, row, facility, standard, known,
                                               used_in_file, people, numbers, report, writer))
            if done % FLUSH_EVERY == 0:
                _flush(writer, people)
            if progress is not None and (done % 200 == 0 or done == len(rows)):
                progress(done, len(rows))
        _flush(writer, people)
    record_event(session, "register_import", details={
        "file": report.file_name, "sha256": report.sha256, "sheet": report.sheet,
        "facility": facility.code, "rows": len(report.outcomes), "new": report.count(NEW),
        "linked": report.count(LINKED), "skipped": report.count(SKIPPED),
        "rejected": report.count(REJECTED), "dry_run": options.dry_run,
    })
    return report


def _flush(writer: RowWriter, people: _People) -> None:
    """Write the pending batch; from now on the matcher sees those clients."""
    people.flushed(writer.write())


class _CaseNumbers:
    """Case numbers for the stays to come, reserved per year in one statement each (a rolled
    back or dry run returns them; a row skipped later leaves a gap, as any cancelled intake)."""

    def __init__(self, session: Session, code: str, rows: list, known: set[str]) -> None:
        wanted: dict[int, set[str]] = {}
        for row in rows:
            if isinstance(row, ParsedRow) and row.arrival_date and row.stay_reference not in known:
                wanted.setdefault(row.arrival_date.year, set()).add(row.stay_reference)
        self._free = {year: sequences.case_numbers(session, code, year, len(refs))[::-1]
                      for year, refs in sorted(wanted.items())}

    def next(self, year: int) -> str:
        return self._free[year].pop()


def _import_row(session: Session, row: ParsedRow | Rejected, facility: Facility, standard: str,
                known: set[str], used_in_file: dict[str, int], people: _People,
                numbers: _CaseNumbers, report: ImportReport, writer: RowWriter) -> RowOutcome:
    if isinstance(row, Rejected):
        return RowOutcome(row.row_number, REJECTED, message=row.reason)
    reference = row.stay_reference if row.arrival_date else ""
    if reference and row.reference and reference in used_in_file:
        return RowOutcome(row.row_number, REJECTED, row.full_name,
                          f"Nomor register lama {row.reference} sudah dipakai baris "
                          f"{used_in_file[reference]}.")
    if reference in known:
        return RowOutcome(row.row_number, SKIPPED, row.full_name,
                          "Baris ini sudah pernah diimpor.")
    client_id, why, warnings = _find_client(session, row, people)
    warnings = row.warnings + warnings
    if client_id is not None and not row.arrival_date:
        people.remember(row, client_id)
        return RowOutcome(row.row_number, SKIPPED, row.full_name,
                          f"Klien sudah ada ({why}); baris tanpa tanggal masuk.",
                          tuple(warnings))
    outcome = LINKED if client_id is not None else NEW
    if client_id is None:
        client_id = writer.add_client(
            full_name=row.full_name, nickname=row.nickname, nik=row.nik,
            kk_number=row.kk_number, sex=row.sex, birth_date=row.birth_date,
            birth_date_estimated=row.birth_date_estimated, birth_place=row.birth_place,
            religion=row.religion, address=row.address, village=row.village,
            district=row.district, regency=row.regency, province=row.province,
            pmks_category=row.pmks_category, notes=row.notes)["id"]
        report.new_clients += 1
    people.remember(row, client_id, new=outcome == NEW)
    case_number = ""
    if row.arrival_date:
        case_number = numbers.next(row.arrival_date.year)
        _add_stay(writer, row, facility, standard, client_id, reference, case_number,
                  report.file_name)
        known.add(reference)
        used_in_file[reference] = row.row_number
        report.stays += 1
        if not row.exit_date:
            warnings.append("Tanggal keluar kosong: kasus lama dicatat selesai pada tanggal "
                            "masuk. Penghuni yang masih tinggal didaftarkan lewat Pendaftaran.")
    return RowOutcome(row.row_number, outcome, row.full_name,
                      why if outcome == LINKED else "", tuple(warnings),
                      "" if report.dry_run else case_number)


def _add_stay(writer: RowWriter, row: ParsedRow, facility: Facility, standard: str,
              client_id: uuid.UUID, reference: str, case_number: str, file_name: str) -> None:
    arrival = _moment(row.arrival_date)
    closed = _moment(row.exit_date or row.arrival_date)
    note = f"Diimpor dari register lama {file_name}, baris {row.row_number}."
    if row.reference:
        note += f" Nomor lama: {row.reference}."
    writer.add_stay(
        case_number=case_number, client_id=client_id, facility_id=facility.id,
        standard_code=standard, source=row.source, arrival_at=arrival,
        status=CaseStatus.SELESAI, status_changed_at=closed, closed_at=closed,
        requirements={}, notes=note, register_reference=reference)


def run_import(store, actor: Actor, prepared: Prepared, options: ImportOptions, *,
               progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """A backup, then the import as one transaction; a dry run is rolled back whole."""
    from rumahsinggah.storage import backup

    if not options.dry_run:
        backup.safety_copy(store.paths, "impor-register", store.key)
    with store.session(actor) as session:
        transaction = session.begin()
        try:
            report = import_register(session, prepared, options, progress=progress)
        except BaseException:
            transaction.rollback()
            raise
        if options.dry_run:
            transaction.rollback()
        else:
            transaction.commit()
    return report


def write_rejected_csv(report: ImportReport, prepared: Prepared, dest: Path) -> Path:
    """The rejected rows as they were, with the reason first, for staff to fix and import
    again (";"-separated with a BOM, so Excel in Indonesia opens it as columns)."""
    rejected = {o.row_number: o.message for o in report.rejected}
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Baris", "Alasan ditolak", *prepared.headings])
        for index, row in enumerate(prepared.rows):
            number = prepared.row_number(index)
            if number in rejected:
                cells = [cell_text(c) for c in row] + [""] * (len(prepared.headings) - len(row))
                out.writerow([number, rejected[number], *cells[:len(prepared.headings)]])
    os.replace(tmp, dest)
    return dest


def field_label(code: str) -> str:
    return FIELD_BY_CODE[code].label


def facility_choices(session: Session) -> list[tuple[str, str, str]]:
    """(code, name, default standard) of the facilities a register can be imported into."""
    return [tuple(r) for r in session.execute(
        select(Facility.code, Facility.name, Facility.default_standard)
        .where(Facility.deleted_at.is_(None)).order_by(Facility.name)).all()]


def standard_choices(session: Session | None = None) -> list[tuple[str, str]]:
    """(code, title) of the standards the old stays may be recorded under."""
    from rumahsinggah.standards import get_registry

    reg = registry(session) if session is not None else get_registry()
    return [(std.code, std.title) for std in reg]
