"""Session hooks: bookkeeping columns, derived search keys, and the audit trail.

Every flush fills the acting user, the site and a change stamp on each new or changed row and
writes one :class:`AuditEvent` per insert or update with the old and new values. Workflows
never hard-delete: deleting a tracked row raises, so a correction always keeps its history.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from rumahsinggah.core.client_keys import derived_columns
from rumahsinggah.core.errors import DomainError
from rumahsinggah.i18n import _
from rumahsinggah.storage import versions
from rumahsinggah.storage.base import Tracked, utcnow
from rumahsinggah.storage.models import AuditEvent, Client, Draft, RowVersion, Stay

# Tables whose changes are not a person's record: not audited.
UNAUDITED = (Draft,)
BOOKKEEPING = frozenset(
    {"id", "created_at", "updated_at", "created_by", "updated_by", "site_id", "change_stamp",
     "search_text", "name_key", "sounds_key"}
)


@dataclass(frozen=True)
class Actor:
    """Who is acting: the signed-in user, or the system for start-up and demo tasks."""

    user_id: uuid.UUID | None
    username: str
    role: str = ""
    # Set only by sign-in (rumahsinggah.storage.actors.mint): an encrypted store refuses an
    # Actor without it, so one cannot be built by hand to claim another role.
    proof: bytes = field(default=b"", compare=False, repr=False)


SYSTEM = Actor(user_id=None, username="sistem")


class ChangeClock:
    """A hybrid logical clock: stamps grow with wall time and never repeat on this desk.

    Stamps are microseconds-since-epoch sized integers; a sync import calls :meth:`observe`
    with the highest stamp seen so local changes afterwards order after it.
    """

    def __init__(self, last: int = 0) -> None:
        self._last = last
        self._lock = threading.Lock()

    def wall(self) -> int:
        """This desk's wall clock in microseconds (what a slow or fast clock gets wrong)."""
        return time.time_ns() // 1000

    def next(self) -> int:
        with self._lock:
            self._last = max(self._last + 1, self.wall())
            return self._last

    def observe(self, stamp: int) -> None:
        with self._lock:
            self._last = max(self._last, stamp)

    def rewind(self, last: int) -> None:
        """Put the clock back after a refused import whose stamps were all rolled back (the
        import held the store's write lock, so no other change drew a stamp meanwhile)."""
        with self._lock:
            self._last = min(self._last, max(last, 0))

    @property
    def last(self) -> int:
        return self._last


def jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def _client_of(session: Session, obj: Tracked) -> uuid.UUID | None:
    """The person a row belongs to, so the record's history can be shown in one place."""
    if isinstance(obj, Client):
        return obj.id
    client_id = getattr(obj, "client_id", None)
    if client_id:
        return client_id
    stay_id = getattr(obj, "stay_id", None)
    if stay_id:
        with session.no_autoflush:
            stay = session.get(Stay, stay_id)
        return stay.client_id if stay else None
    return None


def _columns(obj: Tracked) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs]


def _derive(obj: Tracked) -> None:
    if isinstance(obj, Client):
        for name, value in derived_columns(obj.full_name, obj.nickname, obj.nik).items():
            setattr(obj, name, value)


def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    actor: Actor = session.info.get("actor", SYSTEM)
    site_id: str = session.info.get("site_id", "")
    clock: ChangeClock | None = session.info.get("clock")
    now = utcnow()

    for obj in list(session.deleted):
        if isinstance(obj, Tracked) and not isinstance(obj, UNAUDITED):
            raise DomainError(
                _("Data tidak boleh dihapus. Tandai sebagai dihapus agar riwayatnya tetap tersimpan.")
            )

    events: list[AuditEvent] = []
    for obj in list(session.new):
        if not isinstance(obj, Tracked):
            continue
        stamp = clock.next() if clock else 0
        obj.created_at = obj.created_at or now
        obj.updated_at = now
        obj.created_by = obj.created_by or actor.user_id
        obj.updated_by = actor.user_id
        obj.site_id = site_id
        obj.change_stamp = stamp
        _derive(obj)
        if isinstance(obj, UNAUDITED):
            continue
        values = {
            k: [None, jsonable(getattr(obj, k))]
            for k in _columns(obj)
            if k not in BOOKKEEPING and getattr(obj, k) not in (None, "", [], {})
        }
        events.append(_event(session, obj, "insert", values, actor, site_id, stamp, now))

    for obj in list(session.dirty):
        if not isinstance(obj, Tracked) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        before = versions.make(obj.change_stamp, obj.site_id)  # the row's version until now
        changes: dict[str, list[Any]] = {}
        for key in _columns(obj):
            if key in BOOKKEEPING:
                continue
            hist = state.attrs[key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                changes[key] = [jsonable(old), jsonable(new)]
        if not changes:
            continue
        stamp = clock.next() if clock else 0
        if not isinstance(obj, UNAUDITED):
            _keep_field_versions(session, obj, list(changes), before, stamp, site_id)
        obj.updated_at = now
        obj.updated_by = actor.user_id
        obj.site_id = site_id
        obj.change_stamp = stamp
        _derive(obj)
        if isinstance(obj, UNAUDITED):
            continue
        action = "mark_deleted" if "deleted_at" in changes and obj.deleted_at else "update"
        events.append(_event(session, obj, action, changes, actor, site_id, stamp, now))

    session.add_all(events)


def _keep_field_versions(session: Session, obj: Tracked, fields: list[str], before: list,
                         stamp: int, site_id: str) -> None:
    """Give each edited field its own version, made on top of the one it replaces."""
    key = (obj.__tablename__, obj.id)
    with session.no_autoflush:
        row = session.get(RowVersion, key)
    current = dict(row.versions) if row is not None else {versions.STAR: before}
    for name in fields:
        base = versions.effective(current, name, before)
        current[name] = versions.after_edit(base, stamp, site_id)
    if row is None:
        session.add(RowVersion(tbl=key[0], row_id=key[1], versions=current))
    else:
        row.versions = current


def _event(
    session: Session,
    obj: Tracked,
    action: str,
    changes: dict[str, Any],
    actor: Actor,
    site_id: str,
    stamp: int,
    now: datetime,
) -> AuditEvent:
    return AuditEvent(
        at=now,
        user_id=actor.user_id,
        username=actor.username,
        site_id=site_id,
        action=action,
        entity=obj.__tablename__,
        record_id=obj.id,
        client_id=_client_of(session, obj),
        changes=changes,
        change_stamp=stamp,
    )


def record_event(
    session: Session,
    action: str,
    *,
    entity: str = "",
    record_id: uuid.UUID | None = None,
    client_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Log something that is not a row change: a sign-in, a failure, a backup, an export."""
    actor: Actor = session.info.get("actor", SYSTEM)
    clock: ChangeClock | None = session.info.get("clock")
    session.add(
        AuditEvent(
            user_id=actor.user_id,
            username=actor.username,
            site_id=session.info.get("site_id", ""),
            action=action,
            entity=entity,
            record_id=record_id,
            client_id=client_id,
            changes=jsonable(details or {}),
            change_stamp=clock.next() if clock else 0,
        )
    )


_installed = False


def install_hooks() -> None:
    """Register the hooks once for every ORM session in the process."""
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _before_flush)
        _installed = True
