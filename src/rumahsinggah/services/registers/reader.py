"""Reading an old register file into sheets of rows: XLSX, XLS, ODS (python-calamine) and CSV.

Calamine reads all three spreadsheet formats with typed cells (numbers, dates, text) and no
Office installed. CSV files come from Excel exports in Indonesia with ";" as separator and
Windows-1252 text as often as with "," and UTF-8, so both are detected.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.register_values import Cell
from rumahsinggah.i18n import _

SPREADSHEETS = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
TEXT_TABLES = {".csv", ".txt", ".tsv"}
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[Cell]]


@dataclass(frozen=True)
class RegisterFile:
    path: Path
    sha256: str
    sheets: list[Sheet]

    def sheet(self, name: str) -> Sheet:
        """The sheet called ``name``."""
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        names = ", ".join(s.name for s in self.sheets)
        raise DomainError(_("Lembar '{name}' tidak ada di berkas ini. Lembar yang ada: {names}.").format(name=name, names=names),
                          field="sheet")


def read_register(path: Path) -> RegisterFile:
    """Every sheet of ``path``; DomainError in Indonesian when it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SPREADSHEETS | TEXT_TABLES:
        raise DomainError(
            _("Jenis berkas {value} tidak dikenal. Gunakan XLSX, XLS, ODS atau CSV.").format(value=suffix or '(tanpa akhiran)'), field="file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DomainError(_("Berkas {name} tidak dapat dibaca: {strerror}.").format(name=path.name, strerror=exc.strerror),
                          field="file") from exc
    if len(data) > MAX_BYTES:
        raise DomainError(_("Berkas {name} terlalu besar (lebih dari 200 MB).").format(name=path.name), field="file")
    digest = hashlib.sha256(data).hexdigest()
    if suffix in SPREADSHEETS:
        sheets = _read_spreadsheet(path, data)
    else:
        sheets = [Sheet(path.stem, _read_csv(data, tab=suffix == ".tsv"))]
    if not sheets:
        raise DomainError(_("Berkas {name} tidak berisi lembar data.").format(name=path.name), field="file")
    return RegisterFile(path, digest, sheets)


def _read_spreadsheet(path: Path, data: bytes) -> list[Sheet]:
    from python_calamine import CalamineWorkbook  # a compiled reader: load it only here

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = []
        for name in book.sheet_names:
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            sheets.append(Sheet(name, [[_clean(c) for c in row] for row in rows]))
        return sheets
    except Exception as exc:  # calamine raises its own errors for damaged or protected files
        raise DomainError(
            _("Berkas {name} tidak dapat dibaca sebagai lembar kerja ({name2}). Berkas "
                  "mungkin rusak atau diberi kata sandi; simpan ulang dari Excel lalu coba "
                  "lagi.").format(name=path.name, name2=type(exc).__name__),
            field="file") from exc


def _clean(cell: object) -> Cell:
    if isinstance(cell, str):
        text = cell.strip()
        return text or None
    if cell is None or isinstance(cell, int | float):
        return cell  # type: ignore[return-value]
    return cell  # date, datetime (time / timedelta cells are left to the field readers)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) when it decodes; else the best guess, Windows-1252 last."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding not in ("utf_8",):
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace")


def _read_csv(data: bytes, *, tab: bool = False) -> list[list[Cell]]:
    text = decode_text(data)
    sample = text[:20_000]
    delimiter = "\t" if tab else _guess_delimiter(sample)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [[(c.strip() or None) for c in row] for row in reader]


def _guess_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        lines = sample.splitlines()[:20]
        counts = {d: sum(line.count(d) for line in lines) for d in ";,\t|"}
        return max(counts, key=counts.get) if any(counts.values()) else ","
