"""Which column of an old register holds which field, suggested from the header names.

Registers name their columns any way ("NAMA LENGKAP", "Nama Klien", "L/P", "Tgl. Masuk",
"Name", "Date of admission"). Each field below lists the usual Indonesian and English headings;
a heading is compared after folding (lower case, no punctuation). A mapping is a plain dict
``{field: column heading}`` saved as JSON, so the next register of the same shape maps itself.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from rumahsinggah.core import names
from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.register_values import Cell, cell_text
from rumahsinggah.i18n import _


@dataclass(frozen=True)
class RegisterField:
    code: str
    label: str  # Indonesian, shown in the wizard and the report
    headings: tuple[str, ...]
    required: bool = False


FIELDS: tuple[RegisterField, ...] = (
    RegisterField("full_name", "Nama lengkap",
                  ("nama", "nama lengkap", "nama klien", "nama pmks", "nama penerima",
                   "nama warga binaan", "name", "full name", "client name"), required=True),
    RegisterField("nickname", "Nama panggilan",
                  ("nama panggilan", "panggilan", "alias", "nickname")),
    RegisterField("sex", "Jenis kelamin",
                  ("jenis kelamin", "jk", "l p", "lp", "kelamin", "sex", "gender"),
                  required=True),
    RegisterField("nik", "NIK",
                  ("nik", "no ktp", "nomor ktp", "no nik", "nomor nik",
                   "nomor induk kependudukan", "ktp", "id number", "national id")),
    RegisterField("kk_number", "Nomor KK",
                  ("no kk", "nomor kk", "kk", "nomor kartu keluarga", "no kartu keluarga",
                   "family card", "family card number")),
    RegisterField("birth_place_date", "Tempat, tanggal lahir",
                  ("ttl", "tempat tanggal lahir", "tempat tgl lahir", "tempat tgl lhr",
                   "place and date of birth")),
    RegisterField("birth_place", "Tempat lahir", ("tempat lahir", "place of birth")),
    RegisterField("birth_date", "Tanggal lahir",
                  ("tanggal lahir", "tgl lahir", "tgl lhr", "date of birth", "birth date", "dob")),
    RegisterField("age", "Umur", ("umur", "usia", "umur th", "umur tahun", "age")),
    RegisterField("religion", "Agama", ("agama", "religion")),
    RegisterField("address", "Alamat", ("alamat", "alamat asal", "alamat lengkap", "address")),
    RegisterField("village", "Desa / kelurahan",
                  ("desa", "kelurahan", "desa kelurahan", "kel desa", "village")),
    RegisterField("district", "Kecamatan", ("kecamatan", "kec", "district")),
    RegisterField("regency", "Kabupaten / kota",
                  ("kabupaten", "kota", "kab kota", "kabupaten kota", "kab", "asal daerah",
                   "daerah asal", "regency", "city")),
    RegisterField("province", "Provinsi", ("provinsi", "prov", "province")),
    RegisterField("pmks_category", "Kategori PMKS",
                  ("kategori", "pmks", "kategori pmks", "jenis pmks", "ppks", "jenis ppks",
                   "kategori ppks", "category")),
    RegisterField("reference", "Nomor register lama",
                  ("no kasus", "nomor kasus", "no register", "nomor register", "no reg",
                   "no induk", "nomor induk", "no registrasi", "case number", "register number")),
    RegisterField("arrival_date", "Tanggal masuk",
                  ("tanggal masuk", "tgl masuk", "tanggal penerimaan", "tgl penerimaan",
                   "tanggal datang", "tgl datang", "masuk", "date of admission", "admission date",
                   "arrival date")),
    RegisterField("exit_date", "Tanggal keluar",
                  ("tanggal keluar", "tgl keluar", "tanggal pulang", "tgl pulang",
                   "tanggal terminasi", "tgl terminasi", "keluar", "date of discharge",
                   "discharge date", "exit date")),
    RegisterField("source", "Sumber kedatangan",
                  ("sumber", "asal rujukan", "sumber rujukan", "rujukan dari", "cara masuk",
                   "source")),
    RegisterField("notes", "Keterangan",
                  ("keterangan", "catatan", "ket", "notes", "remarks")),
)
FIELD_BY_CODE = {f.code: f for f in FIELDS}
HEADER_SEARCH_ROWS = 15
SUGGEST_THRESHOLD = 88.0

Mapping = dict[str, str]  # field code -> column heading as written in the register


def suggest_field(heading: str) -> str | None:
    """The field a column heading most probably holds, or None."""
    folded = names.fold(heading)
    if not folded:
        return None
    best: tuple[float, str] | None = None
    for f in FIELDS:
        for alias in f.headings:
            score = 100.0 if folded == alias else fuzz.ratio(folded, alias)
            if best is None or score > best[0]:
                best = (score, f.code)
    return best[1] if best and best[0] >= SUGGEST_THRESHOLD else None


def find_header_row(rows: list[list[Cell]]) -> int:
    """The index of the heading row: the first of the top rows naming two or more fields
    (old Buku Data sheets carry a title and the office's name above the table)."""
    best_index, best_count = 0, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        count = len({suggest_field(cell_text(c)) for c in row if c is not None} - {None})
        if count > best_count:
            best_index, best_count = index, count
        if count >= 3:
            return index
    return best_index


def suggest_mapping(headings: list[str]) -> Mapping:
    """One column per field, each column used once, the closest heading winning."""
    mapping: Mapping = {}
    for heading in headings:
        code = suggest_field(heading)
        if code and code not in mapping:
            mapping[code] = heading
    return mapping


def check_mapping(mapping: Mapping, headings: list[str]) -> None:
    """DomainError naming what is wrong: an unknown field, a missing column, a required field."""
    for code, heading in mapping.items():
        if code not in FIELD_BY_CODE:
            raise DomainError(_("Bidang '{code}' tidak dikenal dalam pemetaan kolom.").format(code=code),
                              field="mapping")
        if heading not in headings:
            raise DomainError(
                _("Kolom '{heading}' (untuk {label}) tidak ada di lembar ini.").format(heading=heading, label=FIELD_BY_CODE[code].label),
                field="mapping")
    used = [h for h in mapping.values()]
    for heading in set(used):
        if used.count(heading) > 1:
            raise DomainError(_("Kolom '{heading}' dipetakan ke lebih dari satu bidang.").format(heading=heading),
                              field="mapping")
    missing = [f.label for f in FIELDS if f.required and f.code not in mapping]
    if missing:
        raise DomainError("Kolom wajib belum dipetakan: " + ", ".join(missing) + ".",
                          field="mapping")


@dataclass
class SavedMapping:
    columns: Mapping
    sheet: str | None = None
    default_source: str = ""
    extra: dict = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"format": "rumahsinggah-register-mapping", "version": 1,
                           "sheet": self.sheet, "columns": self.columns,
                           "default_source": self.default_source}, indent=2,
                          ensure_ascii=False)


def load_mapping(path: Path) -> SavedMapping:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise DomainError(_("Berkas pemetaan {path} tidak dapat dibaca: {strerror}.").format(path=path, strerror=exc.strerror),
                          field="mapping") from exc
    except ValueError as exc:
        raise DomainError(_("Berkas pemetaan {name} bukan JSON yang sah.").format(name=Path(path).name),
                          field="mapping") from exc
    if not isinstance(data, dict) or data.get("format") != "rumahsinggah-register-mapping":
        raise DomainError(_("Berkas {name} bukan pemetaan kolom Rumah Singgah.").format(name=Path(path).name),
                          field="mapping")
    columns = data.get("columns")
    if not isinstance(columns, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in columns.items()):
        raise DomainError(_("Pemetaan kolom rusak: 'columns' harus berisi bidang dan nama kolom."),
                          field="mapping")
    sheet = data.get("sheet")
    return SavedMapping(columns, sheet if isinstance(sheet, str) else None,
                        str(data.get("default_source") or ""))


def save_mapping(path: Path, mapping: SavedMapping) -> Path:
    """Write the mapping (owner-only, replaced atomically)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(mapping.to_json())
    os.replace(tmp, path)
    return path


def headings_key(headings: list[str]) -> str:
    """A name for the shape of a register, so its mapping is found again next time."""
    import hashlib

    folded = "|".join(sorted(names.fold(h) for h in headings if h))
    return hashlib.sha256(folded.encode()).hexdigest()[:16]


def _remembered_path(headings: list[str]) -> Path:
    from rumahsinggah.locations import resolve_config_dir

    return resolve_config_dir() / "register-mappings" / f"{headings_key(headings)}.json"


def remembered_mapping(headings: list[str]) -> SavedMapping | None:
    """The mapping last used for a register with these headings, if any (and still valid)."""
    path = _remembered_path(headings)
    if not path.exists():
        return None
    try:
        saved = load_mapping(path)
        check_mapping(saved.columns, headings)
    except DomainError:
        return None
    return saved


def remember_mapping(headings: list[str], saved: SavedMapping) -> Path:
    """Keep ``saved`` for the next register of the same shape (in the config folder)."""
    return save_mapping(_remembered_path(headings), saved)
