"""Reading the values of an old client register, cell by cell.

Shelters kept their clients in Excel, CSV exports and Buku Data sheets typed by many hands:
dates as "12-08-1985", "12/8/85", "12 Agustus 1985", a bare age ("± 45 th"), NIKs typed into
number cells (Excel keeps 15 significant digits, so the 16th digit became 0, or the cell shows
6.37E+15), names in capitals, sexes and PMKS categories in the usual spellings. Each reader
here takes what a spreadsheet library hands over (``str``, ``int``, ``float``, ``date``,
``datetime`` or ``None``) and returns a value or raises :class:`CellError` with the Indonesian
reason shown to staff. Nothing here knows the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from rumahsinggah.core import names
from rumahsinggah.core.vocab import PMKS_CATEGORIES, CaseSource

Cell = str | int | float | date | datetime | None


class CellError(ValueError):
    """A cell that cannot be read; ``message`` is the Indonesian reason."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


MONTHS: dict[str, int] = {}
for _number, _spellings in enumerate(
    (
        ("januari", "jan", "january"),
        ("februari", "feb", "pebruari", "peb", "february"),
        ("maret", "mar", "march"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("agustus", "agu", "agt", "ags", "agus", "aug", "august"),
        ("september", "sep", "sept"),
        ("oktober", "okt", "oct", "october"),
        ("november", "nov", "nop", "nopember"),
        ("desember", "des", "dec", "december"),
    ),
    start=1,
):
    MONTHS.update(dict.fromkeys(_spellings, _number))

# Excel counts days from 30 December 1899 (its 1900 leap-year bug included).
_EXCEL_EPOCH = date(1899, 12, 30)
_NUMERIC_DATE = re.compile(r"^(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,4})$")
_WORDED_DATE = re.compile(r"^(\d{1,2})\s*[-/. ]\s*([a-z]+)\.?\s*[-/. ,]\s*(\d{2,4})$")
_AGE = re.compile(r"^(?:±|\+/-|\+-|kira-kira|kurang lebih|sekitar|kl\.?|\+)?\s*(\d{1,3})"
                  r"\s*(?:th|thn|tahun|tahunan|yrs|years|y)?\.?\s*(?:\(.*\))?$")


def _two_digit_year(yy: int, *, today: date, past_only: bool) -> int:
    """A two-digit year: the latest year ending in ``yy`` that is not in the future."""
    year = 2000 + yy
    if past_only and year > today.year:
        year -= 100
    return year


def excel_serial(value: float) -> date:
    return _EXCEL_EPOCH + timedelta(days=int(value))


def read_date(cell: Cell, *, today: date, label: str = "Tanggal") -> date | None:
    """A calendar date from any of the usual forms; None for an empty cell.

    Day comes before month, as in Indonesia. Two-digit years are placed in the past (a birth
    date "12/8/85" is 1985, an arrival "3/1/24" is 2024). A date after ``today`` is refused.
    """
    if cell is None:
        return None
    if isinstance(cell, datetime):
        found = cell.date()
    elif isinstance(cell, date):
        found = cell
    elif isinstance(cell, int | float) and not isinstance(cell, bool):
        if not 1 <= cell < 2958466:
            raise CellError(f"{label} tidak terbaca: {cell!r}.")
        found = excel_serial(float(cell))
    else:
        text = names.fold(str(cell)) if str(cell).strip() else ""
        raw = str(cell).strip()
        if not raw or raw in {"-", "--"}:
            return None
        found = _parse_date_text(raw, text, today=today, label=label)
    if found > today:
        raise CellError(f"{label} {found:%d-%m-%Y} ada di masa depan.")
    if found.year < 1900:
        raise CellError(f"{label} {found:%d-%m-%Y} tidak mungkin.")
    return found


def _parse_date_text(raw: str, folded: str, *, today: date, label: str) -> date:
    compact = raw.replace(" ", "")
    match = _NUMERIC_DATE.match(compact)
    try:
        if match:
            first, second, third = (int(g) for g in match.groups())
            if len(match.group(1)) == 4:  # ISO: 1985-08-12
                return date(first, second, third)
            year = third if len(match.group(3)) == 4 else _two_digit_year(
                third, today=today, past_only=True)
            if len(match.group(3)) == 3:
                raise CellError(f"{label} tidak terbaca: '{raw}' (tahun tiga angka).")
            return date(year, second, first)
        if re.fullmatch(r"\d+(\.\d+)?", compact):  # an Excel serial exported as text
            serial = float(compact)
            if 1 <= serial < 2958466 and len(compact.split(".")[0]) == 5:
                return excel_serial(serial)
        worded = _WORDED_DATE.match(folded.replace(",", " "))
        if worded is None:  # "12 Agustus 1985" folds to "12 agustus 1985"
            worded = _WORDED_DATE.match(re.sub(r"\s+", " ", folded))
        if worded:
            day, month_word, year_text = worded.groups()
            month = MONTHS.get(month_word)
            if month is None:
                raise CellError(f"{label} tidak terbaca: bulan '{month_word}' tidak dikenal.")
            year = int(year_text)
            if len(year_text) == 2:
                year = _two_digit_year(year, today=today, past_only=True)
            return date(year, month, int(day))
    except ValueError as exc:
        if isinstance(exc, CellError):
            raise
        raise CellError(f"{label} '{raw}' bukan tanggal yang ada.") from exc
    raise CellError(f"{label} tidak terbaca: '{raw}'. Gunakan misalnya 12-08-1985.")


def read_age(cell: Cell) -> int | None:
    """An age in years ("45", "± 45 th", "45 tahun"); None for an empty cell."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if cell != int(cell):
            cell = int(cell)
        age = int(cell)
    else:
        match = _AGE.match(str(cell).strip().lower())
        if not match:
            raise CellError(f"Umur tidak terbaca: '{cell}'.")
        age = int(match.group(1))
    if not 0 <= age <= 120:
        raise CellError(f"Umur {age} tahun tidak mungkin.")
    return age


@dataclass(frozen=True)
class IdNumber:
    """A NIK or KK number as read: the digits when whole, or why it cannot be trusted."""

    value: str | None
    damaged: str = ""  # the reason, when the register's cell lost digits
    raw: str = ""


_SCIENTIFIC = re.compile(r"^\d+([.,]\d+)?[eE]\+?\d+$")


def read_id_number(cell: Cell, label: str = "NIK") -> IdNumber:
    """A 16-digit NIK or KK number from a text or number cell.

    A number cell cannot hold 16 digits in Excel (the 16th becomes 0), and scientific notation
    hides digits: both are reported as damaged, never taken as a valid number.
    """
    if cell is None:
        return IdNumber(None)
    if isinstance(cell, bool):
        return IdNumber(None, f"{label} tidak terbaca.", str(cell))
    if isinstance(cell, int | float):
        raw = f"{cell:.0f}" if isinstance(cell, float) else str(cell)
        return IdNumber(None, f"{label} tersimpan sebagai angka di Excel ({raw}); Excel hanya "
                        "menyimpan 15 digit sehingga digit terakhir hilang. Ketik ulang dari "
                        "KTP/KK sebagai teks.", raw)
    raw = str(cell).strip()
    if not raw or raw in {"-", "--", "0"}:
        return IdNumber(None)
    if _SCIENTIFIC.match(raw.replace(" ", "")):
        return IdNumber(None, f"{label} tertulis dalam notasi ilmiah ({raw}); digitnya hilang. "
                        "Ketik ulang dari KTP/KK.", raw)
    digits = re.sub(r"[\s.\-']", "", raw)
    if not digits.isdigit():
        return IdNumber(None, f"{label} berisi huruf atau tanda: '{raw}'.", raw)
    if len(digits) == 15:
        return IdNumber(None, f"{label} hanya 15 digit ({digits}); kemungkinan terpotong Excel.",
                        raw)
    if len(digits) != 16:
        return IdNumber(None, f"{label} harus 16 digit (tertulis {len(digits)} digit).", raw)
    return IdNumber(digits, "", raw)


_PARTICLES = {"bin", "binti", "bt", "bte", "van", "de", "der", "al", "el"}
_HONORIFIC = re.compile(r"^(h|hj|dr|ir|drs|st|m)\.?$", re.IGNORECASE)


def proper_name(text: Cell) -> str:
    """A name in capitals (or all lower case) written as a name: "MUHAMMAD RIZKY BIN ABDULLAH"
    becomes "Muhammad Rizky bin Abdullah". A name already in mixed case is kept as typed."""
    value = re.sub(r"\s+", " ", str(text or "")).strip()
    if not value or not (value.isupper() or value.islower()):
        return value
    words = []
    for i, word in enumerate(value.split(" ")):
        lower = word.lower()
        if i > 0 and lower in _PARTICLES:
            words.append(lower)
        elif "-" in word and not _HONORIFIC.match(word):
            words.append("-".join(_cap(part) for part in word.split("-")))
        else:
            words.append(_cap(word))
    return " ".join(words)


def _cap(word: str) -> str:
    """Capitalise a word, keeping what follows an apostrophe in lower case (Ma'ruf)."""
    lower = word.lower()
    return lower[:1].upper() + lower[1:] if lower else lower


_SEXES = {
    **dict.fromkeys(("l", "lk", "lk2", "laki", "laki-laki", "laki laki", "lelaki", "pria",
                     "cowok", "m", "male", "man", "1"), "L"),
    **dict.fromkeys(("p", "pr", "pr2", "perempuan", "wanita", "cewek", "w", "f", "female",
                     "woman", "2"), "P"),
}


def read_sex(cell: Cell) -> str:
    """"L" or "P" from the usual spellings; CellError when empty or unknown."""
    key = str(cell if cell is not None else "").strip().lower().rstrip(".")
    if isinstance(cell, float) and cell.is_integer():
        key = str(int(cell))
    if not key:
        raise CellError("Jenis kelamin kosong.")
    if key in _SEXES:
        return _SEXES[key]
    raise CellError(f"Jenis kelamin tidak dikenal: '{cell}' (gunakan L atau P).")


_PMKS_SYNONYMS = {
    "anjal": "anak jalanan",
    "gepeng": "gelandangan",
    "gelandangan pengemis": "gelandangan",
    "gelandangan psikotik": "orang terlantar",
    "lansia terlantar": "lanjut usia terlantar",
    "lansia": "lanjut usia terlantar",
    "psk": "tuna susila",
    "wts": "tuna susila",
    "wanita tuna susila": "tuna susila",
    "pekerja seks komersial": "tuna susila",
    "odha": "orang dengan HIV/AIDS",
    "penyandang cacat": "penyandang disabilitas",
    "disabilitas": "penyandang disabilitas",
    "terlantar": "orang terlantar",
    "abh": "anak berhadapan dengan hukum",
    "napza": "korban penyalahgunaan NAPZA",
    "trafficking": "korban perdagangan orang",
    "pmbs": "pekerja migran bermasalah sosial",
    "bwblp": "bekas warga binaan lembaga pemasyarakatan",
    "mantan napi": "bekas warga binaan lembaga pemasyarakatan",
}
_PMKS_BY_FOLD = {names.fold(c): c for c in PMKS_CATEGORIES}
_PMKS_BY_FOLD.update({names.fold(k): v for k, v in _PMKS_SYNONYMS.items()})


def read_pmks(cell: Cell) -> str:
    """A PMKS category from the list (Permensos 8/2012) or a usual short form; "" when empty."""
    key = names.fold(str(cell or ""))
    if not key:
        return ""
    if key in _PMKS_BY_FOLD:
        return _PMKS_BY_FOLD[key]
    raise CellError(f"Kategori PPKS tidak dikenal: '{cell}'.")


_SOURCES = {
    **dict.fromkeys(("razia", "operasi", "penertiban", "satpol pp", "hasil razia", "raid"),
                    CaseSource.RAZIA),
    **dict.fromkeys(("laporan masyarakat", "masyarakat", "laporan warga", "warga"),
                    CaseSource.LAPORAN_MASYARAKAT),
    **dict.fromkeys(("rujukan instansi", "instansi", "rujukan", "rumah sakit", "polisi",
                     "kepolisian"), CaseSource.RUJUKAN_INSTANSI),
    **dict.fromkeys(("rujukan antar daerah", "antar daerah", "dinsos daerah lain"),
                    CaseSource.RUJUKAN_ANTAR_DAERAH),
    **dict.fromkeys(("permintaan langsung", "langsung", "datang sendiri", "keluarga"),
                    CaseSource.PERMINTAAN_LANGSUNG),
}


def read_source(cell: Cell, default: str) -> str:
    """How the person came (a ``CaseSource`` code); ``default`` when empty or unknown words."""
    key = names.fold(str(cell or ""))
    if not key:
        return default
    if key in _SOURCES:
        return str(_SOURCES[key])
    for words, code in _SOURCES.items():
        if words in key:
            return str(code)
    raise CellError(f"Sumber kedatangan tidak dikenal: '{cell}'.")


def cell_text(cell: Cell) -> str:
    """A cell as plain text (numbers without a trailing .0)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime | date):
        return cell.isoformat()
    return re.sub(r"\s+", " ", str(cell)).strip()
