"""Loading and validating the service standards from TOML files.

Bundled standards live in ``resources/standards/`` (in the source tree, or as
``rumahsinggah/resources/standards`` inside an installed wheel). A sixth standard from another
city is added without code changes by dropping its TOML file into ``<config dir>/standards/``
(or any folder passed to :func:`load_registry`). Every problem in a file is reported with the
file, the field and what is wrong, in Indonesian.
"""

from __future__ import annotations

import os
import threading
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rumahsinggah.core.errors import RumahSinggahError
from rumahsinggah.i18n import _
from rumahsinggah.standards.model import (
    CASE_SOURCES,
    COMPLAINT_CHANNELS,
    EVENTS,
    FACILITY_KINDS,
    REQUIREMENT_KINDS,
    ROLES,
    SERVICES,
    TERMINATION_BASES,
    TERMINATION_MODES,
    TIME_UNITS,
    Agency,
    ComplaintChannel,
    Complaints,
    Condition,
    DecisionRules,
    Requirement,
    Residency,
    Standard,
    Step,
    TerminationRules,
    TimeLimit,
)

SCHEMA_VERSION = 1
EXTRA_DIR_ENV = "RUMAHSINGGAH_STANDARDS_DIR"


@dataclass(frozen=True)
class Problem:
    file: str
    field: str
    problem: str

    def __str__(self) -> str:
        where = f"kolom '{self.field}'" if self.field else "berkas"
        return f"{self.file}: {where}: {self.problem}"


class StandardsError(RumahSinggahError):
    """One or more standard files are invalid; ``problems`` lists them all."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"- {p}" for p in problems)
        super().__init__(f"Berkas standar pelayanan tidak valid:\n{lines}")


class _Invalid(Exception):
    pass


class _Reader:
    """Reads typed values from a TOML table, recording each problem with its field path."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def fail(self, where: str, problem: str) -> None:
        self.problems.append(Problem(self.file, where, problem))

    def get(self, table: dict, key: str, where: str, kind: type | tuple, *, required: bool = True,
            default: Any = None) -> Any:
        path = f"{where}.{key}" if where else key
        if key not in table:
            if required:
                self.fail(path, "wajib diisi tetapi tidak ada")
                raise _Invalid
            return default
        value = table[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        ok = False if isinstance(value, bool) and bool not in kinds else isinstance(value, kinds)
        if not ok:
            names = " atau ".join(_TYPE_NAMES.get(k, k.__name__) for k in kinds)
            self.fail(path, f"harus berupa {names}, bukan {_TYPE_NAMES.get(type(value), type(value).__name__)}")
            raise _Invalid
        if isinstance(value, str) and required and not value.strip():
            self.fail(path, "tidak boleh kosong")
            raise _Invalid
        return value

    def choice(self, table: dict, key: str, where: str, allowed, *, required: bool = True,
               default: str = "") -> str:
        value = self.get(table, key, where, str, required=required, default=default)
        if value and value not in allowed:
            path = f"{where}.{key}" if where else key
            self.fail(path, f"nilai '{value}' tidak dikenal; pilihan: {', '.join(allowed)}")
            raise _Invalid
        return value

    def choices(self, table: dict, key: str, where: str, allowed) -> tuple[str, ...]:
        values = self.get(table, key, where, list, required=False, default=[])
        path = f"{where}.{key}" if where else key
        for i, v in enumerate(values):
            if not isinstance(v, str) or v not in allowed:
                self.fail(f"{path}[{i}]", f"nilai '{v}' tidak dikenal; pilihan: {', '.join(allowed)}")
                raise _Invalid
        return tuple(values)

    def attempt(self, fn, *args, **kwargs):
        """Run one part; on a problem keep going so every problem of the file is reported."""
        try:
            return fn(*args, **kwargs)
        except _Invalid:
            return None


_TYPE_NAMES = {str: "teks", int: "bilangan bulat", float: "bilangan", bool: "ya/tidak (true/false)",
               list: "daftar", dict: "tabel"}


def _time_limit(r: _Reader, table: dict, where: str, *, part: bool = False) -> TimeLimit:
    amount = r.get(table, "amount", where, (int, float))
    if amount <= 0:
        r.fail(f"{where}.amount", "harus lebih besar dari nol")
        raise _Invalid
    unit = r.choice(table, "unit", where, TIME_UNITS)
    counted_from = r.choice(table, "counted_from", where, tuple(EVENTS), required=not part,
                            default="permohonan_diterima")
    unknown = set(table) - {"amount", "unit", "counted_from", "text", "label", "parts"}
    if unknown:
        r.fail(where, f"kunci tidak dikenal: {', '.join(sorted(unknown))}")
        raise _Invalid
    parts = () if part else tuple(
        _time_limit(r, p, f"{where}.parts[{i}]", part=True)
        for i, p in enumerate(r.get(table, "parts", where, list, required=False, default=[]))
    )
    return TimeLimit(
        parts=parts,
        amount=amount, unit=unit, counted_from=counted_from,
        text=r.get(table, "text", where, str, required=False, default=""),
        label=r.get(table, "label", where, str, required=part, default=""),
    )


def _condition(r: _Reader, table: dict, where: str) -> Condition:
    when = r.get(table, "when", where, dict, required=False, default={})
    path = f"{where}.when"
    unknown = set(when) - {"source", "origin", "mode", "condition"}
    if unknown:
        r.fail(path, f"kunci tidak dikenal: {', '.join(sorted(unknown))}")
        raise _Invalid
    return Condition(
        source=r.choices(when, "source", path, CASE_SOURCES),
        origin=r.choice(when, "origin", path, ("lokal", "luar"), required=False),
        mode=r.choices(when, "mode", path, TERMINATION_MODES),
        condition=r.get(when, "condition", path, str, required=False, default=""),
    )


def _requirement(r: _Reader, table: dict, where: str, depth: int = 0) -> Requirement:
    if not isinstance(table, dict):
        r.fail(where, "harus berupa tabel")
        raise _Invalid
    code = r.get(table, "code", where, str)
    children: dict[str, tuple[Requirement, ...]] = {}
    for key in ("any_of", "all_of"):
        items = r.get(table, key, where, list, required=False, default=[])
        if items and depth >= 2:
            r.fail(f"{where}.{key}", "terlalu bersarang (paling dalam dua tingkat)")
            raise _Invalid
        children[key] = tuple(
            _requirement(r, item, f"{where}.{key}[{i}]", depth + 1) for i, item in enumerate(items)
        )
    if children["any_of"] and children["all_of"]:
        r.fail(where, "tidak boleh memakai any_of dan all_of sekaligus")
        raise _Invalid
    return Requirement(
        code=code,
        text=r.get(table, "text", where, str),
        kind=r.choice(table, "kind", where, REQUIREMENT_KINDS, required=False, default="syarat"),
        optional=r.get(table, "optional", where, bool, required=False, default=False),
        when=_condition(r, table, where),
        any_of=children["any_of"],
        all_of=children["all_of"],
        basis=r.choice(table, "basis", where, TERMINATION_BASES, required=False),
        path=r.get(table, "path", where, str, required=False, default=""),
    )


def _step(r: _Reader, table: dict, where: str, number: int) -> Step:
    if not isinstance(table, dict):
        r.fail(where, "harus berupa tabel")
        raise _Invalid
    limit = r.get(table, "time_limit", where, dict, required=False)
    return Step(
        code=r.get(table, "code", where, str),
        text=r.get(table, "text", where, str),
        role=r.choice(table, "role", where, ROLES),
        output=r.get(table, "output", where, str, required=False, default=""),
        event=r.choice(table, "event", where, tuple(EVENTS), required=False),
        when=_condition(r, table, where),
        path=r.get(table, "path", where, str, required=False, default=""),
        time_limit=_time_limit(r, limit, f"{where}.time_limit") if limit is not None else None,
        after_service=r.get(table, "after_service", where, bool, required=False, default=False),
        number=number,
    )


def _complaints(r: _Reader, table: dict) -> Complaints:
    where = "complaints"
    channels = []
    for i, ch in enumerate(r.get(table, "channels", where, list)):
        path = f"{where}.channels[{i}]"
        if not isinstance(ch, dict):
            r.fail(path, "harus berupa tabel")
            raise _Invalid
        channels.append(ComplaintChannel(
            kind=r.choice(ch, "kind", path, COMPLAINT_CHANNELS),
            label=r.get(ch, "label", path, str),
            contact=r.get(ch, "contact", path, str, required=False, default=""),
        ))
    if not channels:
        r.fail(f"{where}.channels", "paling sedikit satu saluran pengaduan")
        raise _Invalid
    stages = r.get(table, "stages", where, list, required=False, default=[])
    response = r.get(table, "response_time", where, dict, required=False)
    return Complaints(
        text=r.get(table, "text", where, str, required=False, default=""),
        channels=tuple(channels),
        stages=tuple(str(s) for s in stages),
        response_time=_time_limit(r, response, f"{where}.response_time") if response else None,
        resolution=r.get(table, "resolution", where, str, required=False, default=""),
        identity_required=r.get(table, "identity_required", where, bool, required=False,
                                default=False),
    )


def _unique(r: _Reader, codes: list[tuple[str, str]]) -> None:
    seen: set[str] = set()
    for path, code in codes:
        if code in seen:
            r.fail(path, f"kode '{code}' dipakai lebih dari sekali")
        seen.add(code)


def _all_requirements(reqs, where="requirements"):
    for i, req in enumerate(reqs):
        path = f"{where}[{i}]"
        yield path, req
        yield from _all_requirements(req.any_of, f"{path}.any_of")
        yield from _all_requirements(req.all_of, f"{path}.all_of")


def parse_standard(data: dict, file: str) -> tuple[Standard | None, list[Problem]]:
    """Build a :class:`Standard` from parsed TOML; returns it (or None) and the problems found."""
    r = _Reader(file)
    known = {
        "schema", "code", "title", "service", "facility_kinds", "decree_number",
        "source_document", "fee", "fee_amount", "products", "agency", "time_limit", "residency",
        "termination", "decision", "requirements", "steps", "complaints",
    }
    for key in sorted(set(data) - known):
        r.fail(key, "kolom tidak dikenal (salah ketik?)")

    def header():
        schema = r.get(data, "schema", "", int)
        if schema != SCHEMA_VERSION:
            r.fail("schema", f"versi {schema} tidak didukung; gunakan {SCHEMA_VERSION}")
        code = r.get(data, "code", "", str)
        if not all(c.isalnum() or c in "-_" for c in code):
            r.fail("code", "hanya huruf, angka, '-' dan '_'")
        return code

    code = r.attempt(header)
    title = r.attempt(r.get, data, "title", "", str)
    service = r.attempt(r.choice, data, "service", "", SERVICES)
    decree = r.attempt(r.get, data, "decree_number", "", str)
    fee = r.attempt(r.get, data, "fee", "", str)
    fee_amount = r.attempt(r.get, data, "fee_amount", "", int, required=False, default=0)
    products = r.attempt(r.get, data, "products", "", list)
    if products is not None and (not products or not all(isinstance(p, str) for p in products)):
        r.fail("products", "harus berupa daftar teks, paling sedikit satu produk")
    facility_kinds = r.attempt(r.choices, data, "facility_kinds", "", FACILITY_KINDS)

    def agency():
        t = r.get(data, "agency", "", dict)
        return Agency(
            name=r.get(t, "name", "agency", str),
            government=r.get(t, "government", "agency", str, required=False, default=""),
            address=r.get(t, "address", "agency", str, required=False, default=""),
            phone=r.get(t, "phone", "agency", str, required=False, default=""),
            website=r.get(t, "website", "agency", str, required=False, default=""),
            region=r.get(t, "region", "agency", str, required=False, default=""),
        )

    agency_v = r.attempt(agency)

    def time_limit():
        return _time_limit(r, r.get(data, "time_limit", "", dict), "time_limit")

    limit = r.attempt(time_limit)

    def residency():
        t = r.get(data, "residency", "", dict, required=False)
        if t is None:
            return None
        limit_days = r.get(t, "limit_days", "residency", int)
        lead = r.get(t, "warning_lead_days", "residency", int, required=False, default=3)
        if limit_days < 1:
            r.fail("residency.limit_days", "harus paling sedikit 1 hari")
            raise _Invalid
        if not 0 <= lead < limit_days:
            r.fail("residency.warning_lead_days", "harus antara 0 dan batas tinggal")
            raise _Invalid
        return Residency(limit_days, lead, r.get(t, "text", "residency", str, required=False,
                                                 default=""))

    res = r.attempt(residency)

    def termination():
        t = r.get(data, "termination", "", dict, required=False, default={})
        return TerminationRules(
            standard=r.get(t, "standard", "termination", str, required=False, default=""),
            bases=r.choices(t, "bases", "termination", TERMINATION_BASES),
            modes=r.choices(t, "modes", "termination", TERMINATION_MODES),
        )

    term = r.attempt(termination)

    def decision():
        t = r.get(data, "decision", "", dict, required=False, default={})
        for key in sorted(set(t) - {"reject_refers"}):
            r.fail(f"decision.{key}", "kolom tidak dikenal (salah ketik?)")
        return DecisionRules(reject_refers=bool(r.get(t, "reject_refers", "decision", bool,
                                                      required=False, default=False)))

    decision_rules = r.attempt(decision)

    requirements: list[Requirement] = []
    reqs_raw = r.attempt(r.get, data, "requirements", "", list)
    for i, item in enumerate(reqs_raw or []):
        req = r.attempt(_requirement, r, item, f"requirements[{i}]")
        if req is not None:
            requirements.append(req)
    if reqs_raw is not None and not reqs_raw:
        r.fail("requirements", "paling sedikit satu persyaratan")
    _unique(r, [(f"{p}.code", q.code) for p, q in _all_requirements(requirements)])

    steps: list[Step] = []
    steps_raw = r.attempt(r.get, data, "steps", "", list)
    for i, item in enumerate(steps_raw or []):
        step = r.attempt(_step, r, item, f"steps[{i}]", i + 1)
        if step is not None:
            steps.append(step)
    if steps_raw is not None and not steps_raw:
        r.fail("steps", "paling sedikit satu langkah prosedur")
    _unique(r, [(f"steps[{i}].code", s.code) for i, s in enumerate(steps)])

    complaints = r.attempt(lambda: _complaints(r, r.get(data, "complaints", "", dict)))

    if r.problems:
        return None, r.problems
    std = Standard(
        code=code, title=title, service=service, agency=agency_v, decree_number=decree,
        time_limit=limit, requirements=tuple(requirements), steps=tuple(steps), fee=fee,
        fee_amount=fee_amount, products=tuple(products), complaints=complaints,
        facility_kinds=facility_kinds or (), residency=res, termination=term,
        decision=decision_rules or DecisionRules(), source_document=data.get("source_document", ""),
    )
    return std, []


def load_file(path: Path) -> Standard:
    """Load and validate one file; raises :class:`StandardsError` naming every problem."""
    std, problems = _load_file(path)
    if problems:
        raise StandardsError(problems)
    return std


def _load_file(path: Path) -> tuple[Standard | None, list[Problem]]:
    name = path.name
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        return None, [Problem(name, "", f"bukan TOML yang sah: {exc}")]
    except OSError as exc:
        return None, [Problem(name, "", f"tidak dapat dibaca: {exc.strerror or exc}")]
    std, problems = parse_standard(data, name)
    if std is not None:
        object.__setattr__(std, "path", path)
    return std, problems


@dataclass
class Registry:
    """All loaded standards by code, and the problems of the files that were refused."""

    standards: dict[str, Standard] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def __contains__(self, code: str) -> bool:
        return code in self.standards

    def __iter__(self):
        return iter(sorted(self.standards.values(), key=lambda s: s.code))

    def __len__(self) -> int:
        return len(self.standards)

    def get(self, code: str) -> Standard | None:
        return self.standards.get(code)

    def require(self, code: str) -> Standard:
        """The standard with this code, or a DomainError an officer can act on."""
        from rumahsinggah.core.errors import DomainError

        std = self.standards.get(code)
        if std is None:
            raise DomainError(
                _("Standar pelayanan '{code}' tidak dikenal. Pilih salah satu standar yang "
                      "terpasang (lihat 'rumahsinggah standards list').").format(code=code),
                field="standard_code",
            )
        return std

    def termination_standard(self, code: str) -> Standard:
        """The standard that governs termination for stays under ``code`` (itself by default)."""
        std = self.require(code)
        if std.termination.standard and std.termination.standard in self.standards:
            return self.standards[std.termination.standard]
        return std

    def intake_standards(self, facility_kind: str | None = None) -> list[Standard]:
        """Standards a case can be opened under (not termination-only), for a facility kind."""
        return [s for s in self if s.service != "terminasi"
                and (facility_kind is None or not s.facility_kinds
                     or facility_kind in s.facility_kinds)]

    def follow_ups(self, code: str) -> list[Standard]:
        std = self.require(code)
        other = self.termination_standard(code)
        return [other] if other.code != std.code else []


def bundled_dir() -> Path:
    """The folder of the bundled standards: frozen build, installed package, source tree."""
    from rumahsinggah.bundle import resource

    return resource("standards")


def extra_dirs() -> list[Path]:
    """Folders with standards added by the office: ``<config>/standards`` and the env override."""
    from rumahsinggah.locations import resolve_config_dir

    dirs = [resolve_config_dir() / "standards"]
    if os.environ.get(EXTRA_DIR_ENV):
        dirs.append(Path(os.environ[EXTRA_DIR_ENV]).expanduser())
    return dirs


def load_registry(dirs: list[Path] | None = None, *, strict: bool = True) -> Registry:
    """Load every ``*.toml`` of the bundled folder and the extra folders.

    ``strict``: raise :class:`StandardsError` if any file is bad; otherwise keep the good ones
    and list the bad in ``Registry.problems`` (the desktop keeps running on the others).
    """
    folders = dirs if dirs is not None else [bundled_dir(), *extra_dirs()]
    registry = Registry()
    origin: dict[str, str] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            std, problems = _load_file(path)
            if problems:
                registry.problems.extend(problems)
                continue
            if std.code in registry.standards:
                registry.problems.append(Problem(
                    path.name, "code",
                    f"kode '{std.code}' sudah dipakai oleh berkas {origin[std.code]}",
                ))
                continue
            registry.standards[std.code] = std
            origin[std.code] = path.name
    for std in list(registry.standards.values()):
        linked = std.termination.standard
        if linked and linked not in registry.standards:
            registry.problems.append(Problem(
                origin[std.code], "termination.standard",
                f"standar terminasi '{linked}' tidak ditemukan",
            ))
            del registry.standards[std.code]
    if strict and registry.problems:
        raise StandardsError(registry.problems)
    return registry


_cache: dict[tuple[str, ...], Registry] = {}
_lock = threading.Lock()


def get_registry() -> Registry:
    """The standards of this desk (cached per set of folders; bad files listed, not fatal)."""
    folders = [bundled_dir(), *extra_dirs()]
    key = tuple(str(f) for f in folders)
    with _lock:
        if key not in _cache:
            _cache[key] = load_registry(folders, strict=False)
        return _cache[key]


def reload_registry() -> Registry:
    """Forget the cache (after a standard file was added) and load again."""
    with _lock:
        _cache.clear()
    return get_registry()
