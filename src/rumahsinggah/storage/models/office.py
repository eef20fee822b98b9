"""Organisation and bookkeeping tables: agencies, facilities, users, letters, files, audit."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from rumahsinggah.storage.base import STAMP, Tracked, utcnow


class Agency(Tracked, table=True):
    """A government office or other body: Dinas Sosial, Satpol PP, police, hospital, NGO."""

    name: str = Field(max_length=200)
    kind: str = Field(default="lainnya", max_length=40)  # dinsos, satpol_pp, polisi, ...
    address: str = ""
    regency: str = ""  # kabupaten / kota
    province: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


class Facility(Tracked, table=True):
    """A rumah singgah, panti sosial or RPS. ``code`` prefixes its case numbers."""

    name: str = Field(max_length=200)
    kind: str = Field(max_length=40)
    code: str = Field(max_length=12, unique=True)
    agency_id: uuid.UUID | None = Field(default=None, foreign_key="agency.id")
    address: str = ""
    regency: str = ""
    province: str = ""
    phone: str = ""
    capacity: int | None = None
    default_standard: str = Field(default="", max_length=60)
    # WIB / WITA / WIT: day N, due times and letter dates follow the facility, not the desk.
    time_zone: str = Field(default="WIB", max_length=40)
    # The office whose letterhead, signatories and letter book serve this facility's cases;
    # none: the store's default office (the office settings). No foreign key, so the column
    # is added and dropped in place without rebuilding the facility table others point to.
    issuing_office_id: uuid.UUID | None = None


class CalendarDay(Tracked, table=True):
    """A local holiday or office closure added by staff: not a working day (synced)."""

    __tablename__ = "calendar_day"

    day: date = Field(index=True)
    kind: str = Field(default="tutup_kantor", max_length=20)  # libur_daerah / tutup_kantor
    name: str = Field(max_length=200)
    facility_id: uuid.UUID | None = Field(default=None, foreign_key="facility.id")  # None: all


class IssuingOffice(Tracked, table=True):
    """A government office that issues letters (Dinas Sosial of a Pemda, a UPT panti).

    ``profile`` holds the same fields as :class:`services.settings.OfficeSettings`
    (letterhead, logo, classification codes, number pattern, signatories with NIP,
    pangkat/golongan, jabatan, a.n. / Plt.), so one form and one validation serve both.
    """

    __tablename__ = "issuing_office"

    name: str = Field(max_length=200)
    code: str = Field(max_length=30)  # readable code printed in letter numbers: Dinsos, UPT-PSBL
    home_site: str = Field(default="", max_length=40)  # the desk whose numbers carry no desk code
    profile: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class User(Tracked, table=True):
    """A member of staff (petugas). Credentials live in the key file, not here."""

    username: str = Field(max_length=60, unique=True)
    full_name: str = Field(max_length=200)
    role: str = Field(max_length=40)
    nip: str = Field(default="", max_length=30)
    title: str = Field(default="", max_length=200)  # jabatan, printed under signatures
    active: bool = True
    facility_id: uuid.UUID | None = Field(default=None, foreign_key="facility.id")


class Attachment(Tracked, table=True):
    """A file kept in the attachments folder: scans of KTP/KK, photos, generated letters."""

    client_id: uuid.UUID | None = Field(default=None, foreign_key="client.id", index=True)
    stay_id: uuid.UUID | None = Field(default=None, foreign_key="stay.id", index=True)
    kind: str = Field(max_length=40)
    filename: str = Field(max_length=255)  # the name the user knows it by
    stored_name: str = Field(max_length=255, unique=True)  # relative to the attachments folder
    mime: str = Field(default="application/octet-stream", max_length=100)
    size: int = 0
    sha256: str = Field(default="", max_length=64)
    note: str = ""


class Letter(Tracked, table=True):
    """A generated document: its number, who signed, and the kept PDF (an attachment)."""

    letter_type: str = Field(max_length=60, index=True)
    number: str = Field(default="", max_length=120)
    sequence: int | None = None
    year: int | None = None
    letter_date: date
    stay_id: uuid.UUID | None = Field(default=None, foreign_key="stay.id", index=True)
    client_id: uuid.UUID | None = Field(default=None, foreign_key="client.id", index=True)
    signatory_name: str = ""
    signatory_nip: str = ""
    signatory_title: str = ""
    attachment_id: uuid.UUID | None = Field(default=None, foreign_key="attachment.id")
    sha256: str = Field(default="", max_length=64)
    version: int = 1
    supersedes_id: uuid.UUID | None = Field(default=None, foreign_key="letter.id")
    params: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # The outgoing-letter book (buku agenda surat keluar) this number was drawn from: the
    # issuing office ("" = the default office) and the desk that drew it.
    office_key: str = Field(default="", max_length=40, index=True)
    desk: str = Field(default="", max_length=40)
    subject: str = ""  # the Hal, as listed in the book
    recipient: str = ""  # Kepada, as listed in the book


class Complaint(Tracked, table=True):
    """A complaint (pengaduan) received through one of the standard's channels."""

    facility_id: uuid.UUID | None = Field(default=None, foreign_key="facility.id")
    stay_id: uuid.UUID | None = Field(default=None, foreign_key="stay.id", index=True)
    channel: str = Field(max_length=40)
    anonymous: bool = False
    complainant_name: str = ""
    contact: str = ""
    content: str
    received_at: datetime = Field(default_factory=utcnow)
    due_at: datetime | None = None
    # The current stage (``core.vocab.ComplaintStage``): diterima, pemeriksaan_administrasi,
    # koordinasi, tanggapan (answered), selesai (resolved).
    stage: str = Field(default="diterima", max_length=40)
    response: str = ""  # the answer given to the complainant (the reply letter's text)
    resolved_at: datetime | None = None  # when the stage "selesai" was recorded
    # The standard whose channel, stages and response time govern the complaint.
    standard_code: str = Field(default="", max_length=60)
    identity_document: str = ""  # e.g. "KTP 6371..." where the standard asks for one
    handler_id: uuid.UUID | None = None  # the officer (user) handling it
    # When the response ("tanggapan") was given: within the limit when responded_at <= due_at.
    responded_at: datetime | None = None
    # Every recorded stage, oldest first: {"stage", "at" (ISO UTC), "by" (user id), "note"}.
    steps: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    receipt_letter_id: uuid.UUID | None = None  # the tanda terima pengaduan (Letter.id)
    reply_letter_id: uuid.UUID | None = None  # the newest reply letter (Letter.id)


class Setting(Tracked, table=True):
    """Store-wide settings shared by every desk (letterhead, signatories, number patterns)."""

    key: str = Field(max_length=100, unique=True)
    value: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Draft(Tracked, table=True):
    """A wizard's half-typed input, saved as the user types so a power cut loses nothing."""

    wizard: str = Field(max_length=60)
    owner_id: uuid.UUID | None = Field(default=None, index=True)
    subject_id: uuid.UUID | None = None  # the case or client the wizard works on, if any
    page: str = Field(default="", max_length=60)
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class AuditEvent(SQLModel, table=True):
    """One change, sign-in or other event. Append-only; written by the session hooks."""

    __tablename__ = "audit_event"
    # One link per (origin desk, position): a chain cannot fork (storage.audit_chain).
    __table_args__ = (Index("ix_audit_event_chain", "site_id", "chain_seq", unique=True),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user_id: uuid.UUID | None = None
    username: str = Field(default="", max_length=60)
    site_id: str = Field(default="", max_length=40)
    action: str = Field(max_length=40)  # insert, update, mark_deleted, sign_in, ...
    entity: str = Field(default="", max_length=60)
    record_id: uuid.UUID | None = Field(default=None, index=True)
    client_id: uuid.UUID | None = Field(default=None, index=True)
    changes: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    change_stamp: int = Field(default=0, index=True, sa_type=STAMP)
    # Tamper evidence: position in the origin desk's chain and the keyed hash linking it to
    # the previous event (set after each flush; see storage.audit_chain).
    chain_seq: int | None = None
    chain_hash: str | None = Field(default=None, max_length=64)


class Counter(SQLModel, table=True):
    """A named sequence (case numbers, letter numbers). Values are never handed out twice."""

    name: str = Field(primary_key=True, max_length=120)
    value: int = 0


class LocalState(SQLModel, table=True):
    """Facts about this desk only (its site id, its last change stamp); never synced."""

    __tablename__ = "local_state"

    key: str = Field(primary_key=True, max_length=60)
    value: str = ""
