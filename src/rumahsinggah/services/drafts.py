"""Wizard drafts: half-typed input kept inside the (encrypted) store so a power cut loses nothing.

A draft is not a record of a person's case: it is never audited (the audit hook skips
:class:`Draft`) and it may be removed for good once the wizard finishes or the user starts over.
Drafts live only in the ``draft`` table, never in plaintext files.

Saving is its own tiny transaction (``save_draft``); finishing a wizard discards its draft in
the same transaction as the case write (``discard(session, ...)``), so either both happen or
neither does.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from rumahsinggah.storage.audit import SYSTEM, Actor, jsonable
from rumahsinggah.storage.models import Draft
from rumahsinggah.storage.store import Store


@dataclass(frozen=True)
class DraftInfo:
    """A plain copy of a draft row, safe to hand to the GUI thread."""

    id: uuid.UUID
    wizard: str
    owner_id: uuid.UUID | None
    subject_id: uuid.UUID | None
    page: str
    data: dict[str, Any] = field(default_factory=dict)
    updated_at: datetime | None = None


def _info(row: Draft) -> DraftInfo:
    return DraftInfo(
        id=row.id,
        wizard=row.wizard,
        owner_id=row.owner_id,
        subject_id=row.subject_id,
        page=row.page,
        data=dict(row.data or {}),
        updated_at=row.updated_at,
    )


def put(
    session: Session,
    draft_id: uuid.UUID,
    wizard: str,
    *,
    owner_id: uuid.UUID | None,
    subject_id: uuid.UUID | None = None,
    page: str = "",
    data: dict[str, Any] | None = None,
) -> DraftInfo:
    """Create or replace the draft ``draft_id`` inside the caller's transaction."""
    row = session.get(Draft, draft_id)
    payload = jsonable(dict(data or {}))
    if row is None:
        row = Draft(id=draft_id, wizard=wizard, owner_id=owner_id, subject_id=subject_id)
        session.add(row)
    row.page = page
    row.data = payload  # a new object, so the JSON column sees the change
    row.subject_id = subject_id
    session.flush()
    return _info(row)


def get(session: Session, draft_id: uuid.UUID) -> DraftInfo | None:
    row = session.get(Draft, draft_id)
    return _info(row) if row is not None and row.deleted_at is None else None


def find(
    session: Session,
    *,
    owner_id: uuid.UUID | None,
    wizard: str | None = None,
    subject_id: uuid.UUID | None = None,
    any_subject: bool = False,
) -> list[DraftInfo]:
    """The owner's unfinished drafts, newest first (optionally one wizard / one subject)."""
    query = select(Draft).where(Draft.deleted_at.is_(None))
    query = query.where(
        Draft.owner_id.is_(None) if owner_id is None else Draft.owner_id == owner_id
    )
    if wizard is not None:
        query = query.where(Draft.wizard == wizard)
    if not any_subject:
        query = query.where(
            Draft.subject_id.is_(None) if subject_id is None else Draft.subject_id == subject_id
        )
    query = query.order_by(Draft.updated_at.desc())
    return [_info(row) for row in session.execute(query).scalars().all()]


def discard(session: Session, draft_id: uuid.UUID) -> bool:
    """Remove a draft for good (drafts are not records; the audit hook allows it)."""
    row = session.get(Draft, draft_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


# Store-level helpers: each is one small transaction of its own.


def save_draft(
    store: Store,
    actor: Actor,
    draft_id: uuid.UUID,
    wizard: str,
    *,
    subject_id: uuid.UUID | None = None,
    page: str = "",
    data: dict[str, Any] | None = None,
) -> DraftInfo:
    with store.write(actor) as s:
        return put(
            s, draft_id, wizard, owner_id=actor.user_id, subject_id=subject_id, page=page,
            data=data,
        )


def load_draft(store: Store, draft_id: uuid.UUID) -> DraftInfo | None:
    with store.read() as s:
        return get(s, draft_id)


def list_drafts(
    store: Store,
    actor: Actor = SYSTEM,
    *,
    wizard: str | None = None,
    subject_id: uuid.UUID | None = None,
    any_subject: bool = False,
) -> list[DraftInfo]:
    with store.read() as s:
        return find(
            s, owner_id=actor.user_id, wizard=wizard, subject_id=subject_id,
            any_subject=any_subject,
        )


def discard_draft(store: Store, actor: Actor, draft_id: uuid.UUID) -> bool:
    with store.write(actor) as s:
        return discard(s, draft_id)
