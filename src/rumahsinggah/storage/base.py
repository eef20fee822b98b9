"""Columns every table carries: UUID id, timestamps, acting user, and sync metadata.

A sync bundle merges stores from several desks, so ids are UUIDs made in Python, every row
records the site (desk) that last changed it and a change stamp that orders changes across
desks, and a deletion is a mark (``deleted_at``), never a removal.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import BigInteger, Integer
from sqlmodel import Field, SQLModel

from rumahsinggah.storage import _pydantic_speed

_pydantic_speed.install()

# Stable constraint names so Alembic batch migrations on SQLite can find them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION

# A change stamp (microseconds since 1970): SQLite's INTEGER is 64-bit already; PostgreSQL
# needs BIGINT (``storage.server_schema`` widens the columns the migrations made).
STAMP = BigInteger().with_variant(Integer(), "sqlite")


def utcnow() -> datetime:
    """Timestamps are stored timezone-aware in UTC; screens and day counts use local time."""
    return datetime.now(UTC)


class Tracked(SQLModel):
    """Mixin: fields filled by the session hooks in :mod:`rumahsinggah.storage.audit`."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    created_by: uuid.UUID | None = Field(default=None)
    updated_by: uuid.UUID | None = Field(default=None)
    site_id: str = Field(default="", max_length=40)
    change_stamp: int = Field(default=0, index=True, sa_type=STAMP)
    deleted_at: datetime | None = Field(default=None)
