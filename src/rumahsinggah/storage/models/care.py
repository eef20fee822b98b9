"""What happens during a stay: identification, assessment, decision, care, termination."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from rumahsinggah.storage.base import Tracked, utcnow


class Identification(Tracked, table=True):
    """The pramu sosial's initial identification (identifikasi awal) on arrival."""

    stay_id: uuid.UUID = Field(foreign_key="stay.id", index=True)
    identified_at: datetime = Field(default_factory=utcnow)
    officer_id: uuid.UUID | None = Field(default=None, foreign_key="user.id")
    papers_seen: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    healthy: bool = True
    health_notes: str = ""
    notes: str = ""


class Belonging(Tracked, table=True):
    """An item handed in on arrival (barang bawaan), returned at termination."""

    stay_id: uuid.UUID = Field(foreign_key="stay.id", index=True)
    description: str
    quantity: int = 1
    condition: str = ""
    returned_at: datetime | None = None
    returned_to: str = ""


class Assessment(Tracked, table=True):
    """The pekerja sosial's assessment: awal, lanjutan or lingkungan sosial."""

    stay_id: uuid.UUID = Field(foreign_key="stay.id", index=True)
    kind: str = Field(max_length=40)
    assessed_at: datetime = Field(default_factory=utcnow)
    officer_id: uuid.UUID | None = Field(default=None, foreign_key="user.id")
    problem: str = ""
    causes: str = ""
    physical_condition: str = ""
    mental_condition: str = ""
    spiritual_condition: str = ""
    social_condition: str = ""
    family_situation: str = ""
    potentials: str = ""  # potensi dan sumber
    needs: str = ""
    recommendation: str = ""
    ready_to_return: bool = False  # the assessment says the client may go home
    submitted_at: datetime | None = None  # submitted to the Kepala Bidang for decision


class Decision(Tracked, table=True):
    """The Kepala Bidang's disposition: admit, refer or reject, with the reason."""

    stay_id: uuid.UUID = Field(foreign_key="stay.id", index=True)
    outcome: str = Field(max_length=20)
    reason: str
    decided_at: datetime = Field(default_factory=utcnow)
    decided_by: uuid.UUID | None = Field(default=None, foreign_key="user.id")
    referral_destination: str = ""
    requester_informed_at: datetime | None = None


class ServiceSession(Tracked, table=True):
    """A guidance session or other service (bimbingan fisik, mental, spiritual, sosial, ...)."""

    __tablename__ = "service_session"

    stay_id: uuid.UUID = Field(foreign_key="stay.id", index=True)
    kind: str = Field(max_length=60)
    held_at: datetime = Field(default_factory=utcnow)
    officer_id: uuid.UUID | None = Field(default=None, foreign_key="user.id")
    officer_name: str = ""
    duration_minutes: int | None = None
    notes: str = ""


class FamilyMember(Tracked, table=True):
    """A relative of the client, possibly the one who picks them up and signs the guarantee."""

    __tablename__ = "family_member"

    client_id: uuid.UUID = Field(foreign_key="client.id", index=True)
    full_name: str
    relationship: str = ""  # hubungan: ibu, ayah, kakak, ...
    nik: str | None = Field(default=None, max_length=16)
    phone: str = ""
    address: str = ""
    regency: str = ""
    province: str = ""
    notes: str = ""


class TracingAttempt(Tracked, table=True):
    """One attempt to find the family (penelusuran keluarga)."""

    __tablename__ = "tracing_attempt"

    stay_id: uuid.UUID = Field(foreign_key="stay.id", index=True)
    family_member_id: uuid.UUID | None = Field(default=None, foreign_key="family_member.id")
    method: str = Field(max_length=40)
    counterpart: str = ""
    attempted_at: datetime = Field(default_factory=utcnow)
    result: str = Field(default="menunggu", max_length=40)
    notes: str = ""


class Coordination(Tracked, table=True):
    """Coordination with another region's Dinas Sosial for a client from elsewhere."""

    stay_id: uuid.UUID = Field(foreign_key="stay.id", index=True)
    region: str = ""  # kabupaten / kota
    agency_name: str = ""
    letter_number: str = ""
    sent_at: datetime = Field(default_factory=utcnow)
    response: str = ""
    responded_at: datetime | None = None
    notes: str = ""
    reply_due: date | None = None  # the coordination letter asks for an answer by this day


class Termination(Tracked, table=True):
    """The end of a stay (terminasi): its basis, how the client left, and the handover."""

    stay_id: uuid.UUID = Field(foreign_key="stay.id", unique=True)
    basis: str = Field(max_length=40)
    mode: str = Field(max_length=40)
    terminated_at: datetime = Field(default_factory=utcnow)
    place: str = ""
    pickup_name: str = ""
    pickup_relationship: str = ""
    pickup_nik: str | None = Field(default=None, max_length=16)
    pickup_address: str = ""
    pickup_phone: str = ""
    pickup_papers: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    surat_penjamin_signed: bool = False
    meterai: bool = False
    surat_penjamin_attachment_id: uuid.UUID | None = Field(
        default=None, foreign_key="attachment.id"
    )
    destination: str = ""  # home address, balai / panti, or receiving agency
    escort: str = ""
    witnesses: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    officer_id: uuid.UUID | None = Field(default=None, foreign_key="user.id")
    notes: str = ""
    # A handover to an agency: who received the client there (PIHAK KEDUA of the BA).
    receiving_agency_id: uuid.UUID | None = None  # an Agency id (no foreign key: added in place)
    receiving_name: str = ""
    receiving_nip: str = ""
    receiving_title: str = ""  # jabatan at the receiving agency


class HomeVisit(Tracked, table=True):
    """A home visit after return (bimbingan lanjut), for clients from the same city."""

    __tablename__ = "home_visit"

    stay_id: uuid.UUID = Field(foreign_key="stay.id", index=True)
    scheduled_for: date = Field(index=True)
    visited_at: datetime | None = None
    officer_id: uuid.UUID | None = Field(default=None, foreign_key="user.id")
    result: str = ""
    notes: str = ""


class StepCompletion(Tracked, table=True):
    """A procedure step of the case's standard marked done (service-level tracking)."""

    __tablename__ = "step_completion"

    stay_id: uuid.UUID = Field(foreign_key="stay.id", index=True)
    step_code: str = Field(max_length=60)
    done_at: datetime = Field(default_factory=utcnow)
    officer_id: uuid.UUID | None = Field(default=None, foreign_key="user.id")
    note: str = ""
