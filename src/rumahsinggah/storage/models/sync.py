"""Tables of sync between desks: per-row field versions, kept conflicts, desks and partners.

Shared (travel in bundles): ``desk`` (the shelter's desks and their case-number codes) and
``sync_conflict`` (a losing value kept for review, with a deterministic id so every desk holds
the same conflict). Desk-local (never travel): ``row_version`` (travels as a row's ``_v``
metadata, not as a table), ``sync_partner`` (what each partner sent and acknowledged) and
``sync_alias`` (a partner's id of a row this desk already had under its own id).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from rumahsinggah.storage.base import STAMP, Tracked


class RowVersion(SQLModel, table=True):
    """Per-field versions of one row: ``{"*" | field: [stamp, site, {site: stamp}?]}``.

    ``"*"`` is the insert; a field edited later has its own entry. The optional third item is
    what the edit had seen (a per-field version vector); absent means only itself. A row
    without an entry here was never edited since the hooks started keeping versions: its
    version is its ``change_stamp`` and ``site_id``.
    """

    __tablename__ = "row_version"

    tbl: str = Field(primary_key=True, max_length=60)
    row_id: uuid.UUID = Field(primary_key=True)
    versions: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Desk(Tracked, table=True):
    """A desk (computer) of this shelter's store, with the code in its case numbers."""

    desk_id: str = Field(max_length=40, unique=True)
    code: str = Field(max_length=8)
    name: str = Field(default="", max_length=100)
    invited_by: str = Field(default="", max_length=40)


class SyncConflict(Tracked, table=True):
    """A value that lost a merge, kept for a person to review (choose or combine)."""

    __tablename__ = "sync_conflict"

    tbl: str = Field(max_length=60)
    row_id: uuid.UUID = Field(index=True)
    field: str = Field(max_length=60)
    kind: str = Field(default="field", max_length=20)  # field, status, case_number
    client_id: uuid.UUID | None = Field(default=None, index=True)
    # The losing value as {"value": ...}; the winner is the row's current value, shown beside.
    loser_value: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    loser_site: str = Field(default="", max_length=40)
    loser_stamp: int = Field(default=0, sa_type=STAMP)
    resolved_at: datetime | None = None
    resolution: str = Field(default="", max_length=20)  # winner, loser, combined


class SyncPartner(SQLModel, table=True):
    """What this desk knows of one partner desk (desk-local)."""

    __tablename__ = "sync_partner"

    desk_id: str = Field(primary_key=True, max_length=40)
    code: str = Field(default="", max_length=8)
    acked_seq: int = Field(default=0, sa_type=STAMP) # our change stamps the partner said it holds (its receipt)
    have_seq: int = Field(default=0, sa_type=STAMP) # the partner's change stamps we hold without a gap
    sent_no: int = 0  # bundles numbered to this partner
    last_sent_at: datetime | None = None
    last_sent_file: str = Field(default="", max_length=255)
    received_nos: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    last_received_at: datetime | None = None
    last_received_file: str = Field(default="", max_length=255)
    clock_note: str = Field(default="", max_length=200)


class SyncAlias(SQLModel, table=True):
    """A partner's row that is the same thing as one of ours (same code or username)."""

    __tablename__ = "sync_alias"

    tbl: str = Field(primary_key=True, max_length=60)
    remote_id: uuid.UUID = Field(primary_key=True)
    local_id: uuid.UUID
