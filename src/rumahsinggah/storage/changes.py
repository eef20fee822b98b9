"""What a piece of work changed in the store: kinds of rows (table names) and their ids.

The GUI's door runs each job inside :func:`collect`; session flushes (ORM objects new, dirty,
deleted) and raw INSERT / UPDATE / DELETE statements (bulk imports) add to the collector of
the running job. Work outside :func:`collect` costs one context-variable look-up per event.
Qt-free: the door turns a :class:`Changes` into a signal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

# Rows that change while someone merely types or signs in: nobody's view shows them.
BOOKKEEPING = frozenset({"draft", "audit_event", "row_version", "local_state"})

_STATEMENT = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)"
    r"\s+[\"`\[]?(\w+)", re.IGNORECASE)


@dataclass(frozen=True)
class Changes:
    """Kinds of rows changed, with the ids known for each kind (bulk writes know none)."""

    ids: dict[str, frozenset[Any]] = field(default_factory=dict)
    everything: bool = False  # e.g. a restore: assume all rows changed

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.ids)

    def touches(self, *kinds: str) -> bool:
        return self.everything or any(k in self.ids for k in kinds)

    def touches_records(self) -> bool:
        """True when a row someone looks at changed (not drafts or audit bookkeeping only)."""
        return self.everything or bool(self.kinds - BOOKKEEPING)

    def ids_of(self, kind: str) -> frozenset[Any]:
        return self.ids.get(kind, frozenset())

    def __bool__(self) -> bool:
        return self.everything or bool(self.ids)

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, Any]], *, everything: bool = False) -> Changes:
        out: dict[str, set[Any]] = {}
        for kind, ident in pairs:
            bucket = out.setdefault(kind, set())
            if ident is not None:
                bucket.add(ident)
        return cls({k: frozenset(v) for k, v in out.items()}, everything)


class _Collector:
    def __init__(self) -> None:
        self.pairs: list[tuple[str, Any]] = []
        self.pending: dict[int, list[tuple[str, Any]]] = {}  # per session, until commit
        self.raw: list[tuple[str, Any]] = []  # statements, until their connection commits

    def result(self) -> Changes:
        return Changes.of(self.pairs)


_current: ContextVar[_Collector | None] = ContextVar("rumahsinggah_changes", default=None)


@contextmanager
def collect() -> Iterator[_Collector]:
    """Record what the work inside changes; ``.result()`` after the block."""
    collector = _Collector()
    token = _current.set(collector)
    try:
        yield collector
    finally:
        _current.reset(token)


def _table(obj: Any) -> str | None:
    table = getattr(obj, "__tablename__", None)
    return table if isinstance(table, str) else None


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    collector = _current.get()
    if collector is None:
        return
    found = collector.pending.setdefault(id(session), [])
    for obj in (*session.new, *session.dirty, *session.deleted):
        kind = _table(obj)
        if kind is not None:
            found.append((kind, getattr(obj, "id", None)))


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    collector = _current.get()
    if collector is not None:
        collector.pairs.extend(collector.pending.pop(id(session), []))


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    collector = _current.get()
    if collector is not None:
        collector.pending.pop(id(session), None)


@event.listens_for(Engine, "after_cursor_execute")
def _after_execute(_conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any,
                   _many: bool) -> None:
    collector = _current.get()
    if collector is None:
        return
    match = _STATEMENT.match(statement)
    if match is not None:  # raw or bulk writes: the kind without ids
        collector.raw.append((match.group(1).lower(), None))


def note_bulk_write(kind: str) -> None:
    """A write that no statement event sees (PostgreSQL's COPY: ``storage.raw_insert``)."""
    collector = _current.get()
    if collector is not None:
        collector.raw.append((kind, None))


@event.listens_for(Engine, "commit")
def _conn_commit(_conn: Any) -> None:
    collector = _current.get()
    if collector is not None:
        collector.pairs.extend(collector.raw)
        collector.raw.clear()


@event.listens_for(Engine, "rollback")
def _conn_rollback(_conn: Any) -> None:
    collector = _current.get()
    if collector is not None:
        collector.raw.clear()
