"""What a head office keeps about the shelters sending it bundles (never synced)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from rumahsinggah.storage.base import utcnow


class Shelter(SQLModel, table=True):
    """A shelter whose bundles this head office accepts: one shelter's store (``store_id``,
    shared by all its desks), named by the head office's administrator."""

    __tablename__ = "shelter"

    store_id: str = Field(primary_key=True, max_length=80)
    code: str = Field(max_length=12, index=True, unique=True)
    name: str = Field(max_length=200)
    active: bool = True
    named_at: datetime = Field(default_factory=utcnow)
    named_by: str = Field(default="", max_length=60)
    bundles: int = 0
    last_bundle_at: datetime | None = None


class ShelterDesk(SQLModel, table=True):
    """A desk seen sending a shelter's bundle: rows carry the ``site_id`` of the desk that
    wrote them, so this is how each row's shelter of origin is known."""

    __tablename__ = "shelter_desk"

    site_id: str = Field(primary_key=True, max_length=40)
    store_id: str = Field(foreign_key="shelter.store_id", max_length=80, index=True)
    code: str = Field(default="", max_length=8)
    first_seen_at: datetime = Field(default_factory=utcnow)
