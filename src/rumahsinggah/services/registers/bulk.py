"""Writing an imported register's clients and stays in chunks, without an ORM object per row.

A register of 20,000 rows makes about 40,000 rows and as many audit events. Built as ORM
objects and flushed through the session hooks, they cost more than everything else the
import does (SQLModel construction, attribute instrumentation, the unit of work). Here each
row is a plain dict with every column, written with one ``executemany`` per table
(:mod:`rumahsinggah.storage.raw_insert`, the columns' own bind processors), in the caller's
transaction.

What the session hooks of :mod:`rumahsinggah.storage.audit` do for an ORM insert is done
here the same way, in the order the hooks would: the bookkeeping columns (created / updated
at and by, site, a change stamp from the store's clock), the client's derived search
columns, and one ``insert`` audit event per row with the same values; the events are then
linked into the audit chain (:func:`rumahsinggah.storage.audit_chain.seal`). The search
indexes follow through their SQL triggers. ``tests/test_register_bulk.py`` holds the rows
and events written here equal to what the hooks make of the same clients and stays.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlmodel import Session, SQLModel

from rumahsinggah.core.client_keys import derived_columns
from rumahsinggah.storage import audit_chain, raw_insert
from rumahsinggah.storage.audit import BOOKKEEPING, SYSTEM, Actor, jsonable
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import AuditEvent, Client, Stay

_EMPTY = (None, "", [], {})  # values the audit hook leaves out of an insert event
_PLAIN = frozenset({str, int, float, bool})  # stored in an event as they are (no subclasses)


class _Template:
    """Every column of a model with its default; factories called per row."""

    def __init__(self, model: type[SQLModel]) -> None:
        self.table = model.__table__
        self.fixed: dict[str, Any] = {}
        self.factories: dict[str, Any] = {}
        for name, info in model.model_fields.items():
            if name not in self.table.c:
                continue
            if info.default_factory is not None:
                self.factories[name] = info.default_factory
            else:
                self.fixed[name] = None if info.is_required() else info.default
        # The audit hook's column order (the mapper's), bookkeeping left out.
        self.audited = [c.key for c in inspect(model).column_attrs if c.key not in BOOKKEEPING]

    def row(self, values: dict[str, Any]) -> dict[str, Any]:
        row = dict(self.fixed)
        for name, factory in self.factories.items():
            if name not in values:
                row[name] = factory()
        row.update(values)
        return row


_CLIENT = _Template(Client)
_STAY = _Template(Stay)
_EVENT = _Template(AuditEvent)


class RowWriter:
    """New clients and stays of one import, held until :meth:`write` puts them in the store."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.actor: Actor = session.info.get("actor", SYSTEM)
        self.site_id: str = session.info.get("site_id", "")
        self.clock = session.info.get("clock")
        self._rows: list[tuple[_Template, dict[str, Any]]] = []  # in the order added

    def __len__(self) -> int:
        return len(self._rows)

    def add_client(self, **values: Any) -> dict[str, Any]:
        """A new client row (its ``id`` made now); the derived search columns filled."""
        row = _CLIENT.row(values)
        row.update(derived_columns(row["full_name"], row["nickname"], row["nik"]))
        self._rows.append((_CLIENT, row))
        return row

    def add_stay(self, **values: Any) -> dict[str, Any]:
        row = _STAY.row(values)
        self._rows.append((_STAY, row))
        return row

    def write(self) -> list[dict[str, Any]]:
        """Insert the rows held and their audit events; returns the client rows written."""
        if not self._rows:
            return []
        now = utcnow()
        user = self.actor.user_id
        tables: dict[str, list[dict[str, Any]]] = {"client": [], "stay": []}
        events = []
        for template, row in self._rows:
            stamp = self.clock.next() if self.clock else 0
            row.update(created_at=row.get("created_at") or now, updated_at=now,
                       created_by=row.get("created_by") or user, updated_by=user,
                       site_id=self.site_id, change_stamp=stamp)
            table = template.table.name
            tables[table].append(row)
            changes = {k: [None, v if type(v) in _PLAIN else jsonable(v)]
                       for k in template.audited if (v := row[k]) not in _EMPTY}
            events.append(_EVENT.row({
                "at": now, "user_id": user, "username": self.actor.username,
                "site_id": self.site_id, "action": "insert", "entity": table,
                "record_id": row["id"],
                "client_id": row["id"] if table == "client" else row["client_id"],
                "changes": changes, "change_stamp": stamp,
            }))
        raw_insert.insert_rows(self.session, _CLIENT.table, tables["client"])
        raw_insert.insert_rows(self.session, _STAY.table, tables["stay"])
        raw_insert.insert_rows(self.session, _EVENT.table, events)
        audit_chain.seal(self.session)
        self._rows.clear()
        return tables["client"]

