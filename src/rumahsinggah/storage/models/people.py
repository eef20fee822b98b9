"""The people the shelter serves, their stays (cases) and the raids that brought them."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field

from rumahsinggah.storage.base import Tracked


class Client(Tracked, table=True):
    """One person across all stays. Papers are optional: many clients have none."""

    __table_args__ = (
        Index("ix_client_search_text", "search_text"),
        # Name order and name-key ranges (the matcher); covers a short (one- or two-letter)
        # search walked in name order (services.search): no table row read for a miss.
        Index("ix_client_name_search", "name_key", "deleted_at", "search_text"),
    )

    full_name: str = Field(max_length=200)
    nickname: str = Field(default="", max_length=100)
    nik: str | None = Field(default=None, max_length=16, index=True)
    kk_number: str | None = Field(default=None, max_length=16)
    sex: str = Field(max_length=1)  # L / P
    birth_date: date | None = None
    birth_date_estimated: bool = False  # True when only an age estimate was given
    birth_place: str = ""
    religion: str = ""
    address: str = ""
    village: str = ""  # desa / kelurahan
    district: str = ""  # kecamatan
    regency: str = Field(default="", max_length=100)  # kabupaten / kota
    province: str = ""
    physical_description: str = ""
    photo_attachment_id: uuid.UUID | None = None
    pmks_category: str = Field(default="", max_length=80)
    notes: str = ""
    # Derived by the session hooks from the names and NIK; used by search and the matcher.
    search_text: str = Field(default="", max_length=400)
    # Indexed by ix_client_name_search, whose first column it is.
    name_key: str = Field(default="", max_length=200)
    # Phonetic key per word of the name and of joined word pairs (core.phonetic), derived
    # like the two above; the client_sounds full-text index (storage.search_index) holds it.
    sounds_key: str = Field(default="", max_length=400)
    # Set when an administrator merged this record into another: the record is then a
    # tombstone (deleted_at set too) and every reference to it points at the kept client.
    merged_into_id: uuid.UUID | None = Field(default=None, foreign_key="client.id", index=True)


class Raid(Tracked, table=True):
    """A raid (razia / operasi penertiban): one letter, several people registered together."""

    raid_date: datetime
    agency_id: uuid.UUID | None = Field(default=None, foreign_key="agency.id")
    agency_name: str = ""
    place: str = ""
    letter_number: str = ""
    facility_id: uuid.UUID | None = Field(default=None, foreign_key="facility.id")
    notes: str = ""


class Stay(Tracked, table=True):
    """One episode in a facility under one service standard (a case, kasus)."""

    __table_args__ = (
        Index("ix_stay_open", "closed_at", "facility_id"),
        # A client's case numbers without reading the stays: a broad case-number search
        # tests each client's own stays (services.search).
        Index("ix_stay_client_case", "client_id", "case_number"),
    )

    case_number: str = Field(max_length=40, unique=True)
    client_id: uuid.UUID = Field(foreign_key="client.id", index=True)
    facility_id: uuid.UUID = Field(foreign_key="facility.id")
    standard_code: str = Field(max_length=60)
    source: str = Field(max_length=40)
    referring_agency_id: uuid.UUID | None = Field(default=None, foreign_key="agency.id")
    requester_name: str = ""  # who asked for the service and must be informed
    requester_contact: str = ""
    raid_id: uuid.UUID | None = Field(default=None, foreign_key="raid.id", index=True)
    arrival_at: datetime = Field(index=True)
    status: str = Field(max_length=40, index=True)
    status_changed_at: datetime | None = None
    closed_at: datetime | None = None
    requirements: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    health_referral_to: str = ""
    notes: str = ""
    planned_exit: date | None = None
    # The case number (or a row fingerprint) of an old register this stay was imported from,
    # so importing the same register twice adds nothing.
    register_reference: str = Field(default="", max_length=80, index=True)
