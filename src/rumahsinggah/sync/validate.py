"""Check one JSON row from a bundle against a table's schema before anything is written.

A bundle is sealed with a passphrase shared by the desks, so its rows are trusted to come from
a desk but not to be well formed: every value is checked against its column (type, length,
nullability, UUID/date/datetime shapes) and decoded to the Python value SQLAlchemy expects.
References between rows are the caller's to check: it knows the store.
"""

from __future__ import annotations

import json
import math
import re
import typing
import uuid
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import JSON, Column, Table

from rumahsinggah.sync.container import BundleError

MAX_TEXT = 1_000_000  # characters in an unbounded text column
MAX_JSON = 1_000_000  # characters of a JSON column's value, encoded
MAX_KEYS = 1024
INT_RANGE = (-(2**63), 2**63 - 1)
_UUID = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?"
                   r"[0-9a-fA-F]{12}")


_KINDS: dict[Column, type | None] = {}
_new, _set, _UUID_CLASS, _UNKNOWN = object.__new__, object.__setattr__, uuid.UUID, uuid.SafeUUID.unknown


def checked_uuid(text: str) -> uuid.UUID:
    """The UUID of a text that matched ``_UUID``: built from its integer, about twice as fast
    as ``uuid.UUID(text)`` (an import builds one for every id and reference it reads)."""
    value = _new(_UUID_CLASS)
    _set(value, "int", int(text.replace("-", ""), 16))
    _set(value, "is_safe", _UNKNOWN)
    return value


def parse_uuid(text: Any) -> uuid.UUID:
    """A UUID from untrusted input; ValueError unless it has a UUID's shape."""
    if text.__class__ is not str or len(text) > 36 or not _UUID.fullmatch(text):
        raise ValueError(text)
    return checked_uuid(text)


@cache
def _json_shapes() -> dict[tuple[str, str], type]:
    """(table, column) -> dict or list, from the SQLModel annotation of each JSON column."""
    from sqlmodel import SQLModel

    shapes: dict[tuple[str, str], type] = {}
    for mapper in SQLModel._sa_registry.mappers:
        table = mapper.local_table
        fields = getattr(mapper.class_, "model_fields", {})
        for column in table.columns:
            info = fields.get(column.name)
            if info is None or not isinstance(column.type, JSON):
                continue
            shape = typing.get_origin(info.annotation) or info.annotation
            if shape in (dict, list):
                shapes[(table.name, column.name)] = shape
    return shapes


def _kind(column: Column) -> type | None:
    """The Python type of a column; None for JSON (any JSON value). Cached: an import asks
    for every value of every row."""
    try:
        return _KINDS[column]
    except KeyError:
        pass
    if isinstance(column.type, JSON):
        kind = None
    else:
        # TypeDecorators (the store's UTCDateTime) report ``object``: ask their impl.
        kind = getattr(column.type, "impl_instance", column.type).python_type
    _KINDS[column] = kind
    return kind


def _fail(table: Table, column: str, problem: str) -> BundleError:
    return BundleError(
        f"Baris tabel '{table.name}' di paket tidak sah: kolom '{column}' {problem}.",
        reason="invalid", field=column,
    )


def _decode(table: Table, column: Column, value: Any) -> Any:
    kind = _kind(column)
    name = column.name
    if kind is None:
        try:
            size = len(json.dumps(value, allow_nan=False))
        except (TypeError, ValueError, RecursionError) as exc:
            raise _fail(table, name, "bukan JSON yang sah") from exc
        if size > MAX_JSON:
            raise _fail(table, name, f"lebih dari {MAX_JSON} karakter")
        shape = _json_shapes().get((table.name, name))
        if shape is not None and type(value) is not shape:
            raise _fail(table, name, "harus objek JSON" if shape is dict else "harus daftar JSON")
        return value
    if kind is bool:
        if not isinstance(value, bool):
            raise _fail(table, name, "harus benar/salah (boolean)")
        return value
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _fail(table, name, "harus bilangan bulat")
        if not INT_RANGE[0] <= value <= INT_RANGE[1]:
            raise _fail(table, name, "di luar jangkauan bilangan bulat")
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _fail(table, name, "harus bilangan")
        if not math.isfinite(value):
            raise _fail(table, name, "harus bilangan terhingga")
        return float(value)
    if not isinstance(value, str):
        raise _fail(table, name, "harus teks")
    if kind is str:
        limit = getattr(column.type, "length", None) or MAX_TEXT
        if len(value) > limit:
            raise _fail(table, name, f"lebih dari {limit} karakter")
        if "\x00" in value:
            raise _fail(table, name, "memuat karakter NUL")
        return value
    if kind is uuid.UUID:
        if len(value) > 36 or not _UUID.fullmatch(value):
            raise _fail(table, name, "bukan UUID yang sah")
        return checked_uuid(value)
    if kind is datetime:
        try:
            if len(value) > 40:
                raise ValueError(value)
            moment = datetime.fromisoformat(value)
        except ValueError as exc:
            raise _fail(table, name, "bukan tanggal-waktu ISO yang sah") from exc
        impl = getattr(column.type, "impl_instance", column.type)
        if getattr(impl, "timezone", False) and moment.utcoffset() is None:
            raise _fail(table, name, "tidak memuat zona waktu")
        return moment
    if kind is date:
        try:
            if len(value) > 10:
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError as exc:
            raise _fail(table, name, "bukan tanggal ISO yang sah") from exc
    raise _fail(table, name, f"bertipe {kind.__name__} yang tidak didukung paket")


def _decoder(table: Table, column: Column) -> Callable[[Any], Any]:
    """The check of one column, compiled once: the same rules as :func:`_decode` with the
    column's type, length and shape looked up ahead of the first row."""
    kind = _kind(column)
    name = column.name
    if kind is bool:
        def check_bool(value: Any) -> Any:
            if value.__class__ is not bool:
                raise _fail(table, name, "harus benar/salah (boolean)")
            return value
        return check_bool
    if kind is int:
        low, high = INT_RANGE

        def check_int(value: Any) -> Any:
            if value.__class__ is not int:
                return _decode(table, column, value)  # int subclasses: the full rules
            if not low <= value <= high:
                raise _fail(table, name, "di luar jangkauan bilangan bulat")
            return value
        return check_int
    if kind is str:
        limit = getattr(column.type, "length", None) or MAX_TEXT

        def check_str(value: Any) -> Any:
            if value.__class__ is not str:
                return _decode(table, column, value)
            if len(value) > limit:
                raise _fail(table, name, f"lebih dari {limit} karakter")
            if "\x00" in value:
                raise _fail(table, name, "memuat karakter NUL")
            return value
        return check_str
    if kind is uuid.UUID:
        match = _UUID.fullmatch

        def check_uuid(value: Any) -> Any:
            if value.__class__ is not str or len(value) > 36 or not match(value):
                return _decode(table, column, value)
            return checked_uuid(value)
        return check_uuid
    if kind is datetime:
        impl = getattr(column.type, "impl_instance", column.type)
        zoned = bool(getattr(impl, "timezone", False))
        parse = datetime.fromisoformat

        def check_datetime(value: Any) -> Any:
            if value.__class__ is not str or len(value) > 40:
                return _decode(table, column, value)
            try:
                moment = parse(value)
            except ValueError:
                return _decode(table, column, value)  # raises with the Indonesian message
            if zoned and moment.utcoffset() is None:
                raise _fail(table, name, "tidak memuat zona waktu")
            return moment
        return check_datetime
    return lambda value: _decode(table, column, value)


_COMPILED: dict[Table, dict[str, tuple[Callable[[Any], Any], bool]]] = {}


def _compiled(table: Table) -> dict[str, tuple[Callable[[Any], Any], bool]]:
    got = _COMPILED.get(table)
    if got is None:
        got = _COMPILED[table] = {c.name: (_decoder(table, c), bool(c.nullable))
                                  for c in table.columns}
    return got


def validate_row(table: Table, raw: dict, *, complete: bool = False) -> dict:
    """The decoded values of ``raw`` for ``table``, or BundleError naming table, column and
    problem. Unknown columns are refused; keys starting with ``_`` are metadata, returned
    untouched. With ``complete``, every column of the table must be present."""
    if not isinstance(raw, dict):
        raise BundleError(f"Baris tabel '{table.name}' di paket bukan objek.", reason="invalid")
    if len(raw) > MAX_KEYS:
        raise BundleError(f"Baris tabel '{table.name}' di paket terlalu banyak kolom.",
                          reason="invalid")
    out: dict[str, Any] = {}
    checks = _compiled(table)
    for key, value in raw.items():
        entry = checks.get(key)
        if entry is None:
            if not isinstance(key, str):
                raise BundleError(f"Baris tabel '{table.name}' memuat kunci bukan teks.",
                                  reason="invalid")
            if key.startswith("_"):
                out[key] = value
                continue
            raise _fail(table, key[:60], "tidak dikenal")
        if value is None:
            if not entry[1]:
                raise _fail(table, key, "tidak boleh kosong")
            out[key] = None
            continue
        out[key] = entry[0](value)
    if complete:
        missing = [c.name for c in table.columns if c.name not in raw]
        if missing:
            raise _fail(table, missing[0], "tidak ada")
    return out
