"""Termination (terminasi): ending a stay on a basis the standard allows.

Contract:
- ``allowed_bases(session, stay_id) -> list[str]``: the bases the governing standard allows
  (for a Banjarmasin rumah singgah stay: its termination standard ``bjm-terminasi-rs``, whose
  requirements 1-3 are alternatives: ``siap_pulang``, ``lewat_batas_tinggal``,
  ``dijemput_keluarga``).
- ``mark_ready_for_return(session, ReadyInput)``: record that the client may go home on a basis
  (starts the termination standard's time limit, event ``siap_pulang``).
- ``terminate(session, TerminationInput) -> TerminationResult``: refuses unless
  * the basis is allowed by the standard and holds: ``siap_pulang`` needs an assessment saying
    the client may return; ``lewat_batas_tinggal`` needs the stay to be MORE than the residency
    limit (day 22 on for 21); ``dijemput_keluarga`` needs the mode ``dijemput_keluarga``;
  * a family pickup (mode ``dijemput_keluarga``) names the person picking up, lists their KTP
    and/or KK as checked, and has the Surat Penjamin signed over a meterai;
  * delivery / referral / handover modes give the destination, the handover place and at least
    one witness. ``pergi_tanpa_pamit`` and ``meninggal_dunia`` end a stay without a basis.
  The stay becomes ``selesai`` (closed); belongings still held are marked returned to the
  person picking up (or the destination) for handover modes. Roles: pekerja_sosial, kepala_bidang.
  The result lists the products due (the standard's letters) for the letters feature.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import local_date
from rumahsinggah.core.nik import check_nik
from rumahsinggah.core.vocab import (
    TERMINATION_BASIS_LABELS,
    CaseStatus,
    TerminationBasis,
    TerminationMode,
)
from rumahsinggah.services import service_level
from rumahsinggah.services._common import (
    SOCIAL_WORKERS,
    ensure_open,
    get_stay,
    registry,
    require_role,
)
from rumahsinggah.services.residency import residency_state
from rumahsinggah.services.status import change_status
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Assessment, Attachment, Belonging, Stay, Termination

M = TerminationMode
B = TerminationBasis
HANDOVER_MODES = (M.DIJEMPUT, M.DIANTAR, M.DIRUJUK, M.DISERAHKAN)
DESTINATION_MODES = (M.DIANTAR, M.DIRUJUK, M.DISERAHKAN)
NO_BASIS_MODES = (M.PERGI, M.MENINGGAL)
PICKUP_PAPERS = ("ktp", "kk")


def _bases(session: Session, stay: Stay) -> dict[str, str]:
    reg = registry(session)
    std = reg.termination_standard(stay.standard_code)
    found = {}
    for basis, req in std.termination_bases().items():
        found[basis] = req.text if req else TERMINATION_BASIS_LABELS.get(basis, basis)
    return found


def allowed_bases(session: Session, stay_id: uuid.UUID) -> list[str]:
    return list(_bases(session, get_stay(session, stay_id)))


def _check_basis(session: Session, stay: Stay, basis: str, mode: str | None,
                 at: datetime) -> None:
    bases = _bases(session, stay)
    if basis not in bases:
        names = "; ".join(bases.values()) or "tidak ada"
        raise DomainError(f"Dasar terminasi tidak diizinkan oleh standar pelayanan kasus ini. "
                          f"Dasar yang diizinkan: {names}.", field="basis")
    if basis == B.SIAP:
        ready = session.exec(select(Assessment.id).where(
            Assessment.stay_id == stay.id, Assessment.ready_to_return.is_(True),
            Assessment.deleted_at.is_(None))).first()
        if not ready:
            raise DomainError("Belum ada asesmen yang menyatakan klien telah mendapat intervensi "
                              "dan dapat dipulangkan. Catat asesmen tersebut terlebih dahulu.",
                              field="basis")
    elif basis == B.LEWAT_BATAS:
        residency = registry(session).require(stay.standard_code).residency
        if residency is None:
            raise DomainError("Standar pelayanan kasus ini tidak menetapkan batas lama tinggal.",
                              field="basis")
        state = residency_state(stay.arrival_at, residency, local_date(at))
        if state.state != "eligible":
            raise DomainError(
                f"Klien baru tinggal sampai hari ke-{state.day}. Dasar 'lebih dari "
                f"{residency.limit_days} hari' berlaku mulai hari ke-{residency.limit_days + 1} "
                f"({state.eligible_from:%d-%m-%Y}).", field="basis")
    elif basis == B.DIJEMPUT_KELUARGA and mode is not None and mode != M.DIJEMPUT:
        raise DomainError("Dasar 'dijemput keluarga' hanya untuk cara terminasi dijemput "
                          "keluarga.", field="basis")


@dataclass
class ReadyInput:
    stay_id: uuid.UUID
    basis: str
    at: datetime | None = None


def mark_ready_for_return(session: Session, data: ReadyInput) -> None:
    who = require_role(session, SOCIAL_WORKERS, "menetapkan klien dapat dipulangkan")
    stay = get_stay(session, data.stay_id)
    ensure_open(stay)
    at = data.at or utcnow()
    _check_basis(session, stay, data.basis, None, at)
    service_level.record_event(session, stay, "siap_pulang", at=at, officer_id=who.user_id,
                               note=data.basis)
    if stay.status == CaseStatus.DALAM_PELAYANAN:
        change_status(session, stay, CaseStatus.RESOSIALISASI, at=at)


@dataclass
class TerminationInput:
    stay_id: uuid.UUID
    mode: str  # TerminationMode
    basis: str = ""  # TerminationBasis; may be empty only for pergi_tanpa_pamit / meninggal
    terminated_at: datetime | None = None
    place: str = ""  # where the handover took place
    destination: str = ""  # home address, balai / panti, receiving agency
    escort: str = ""
    witnesses: list[str] = field(default_factory=list)
    notes: str = ""
    # Family pickup
    pickup_name: str = ""
    pickup_relationship: str = ""
    pickup_nik: str | None = None
    pickup_address: str = ""
    pickup_phone: str = ""
    pickup_papers: list[str] = field(default_factory=list)  # "ktp", "kk" checked
    surat_penjamin_signed: bool = False
    meterai: bool = False
    surat_penjamin_attachment_id: uuid.UUID | None = None
    # Handover to an agency: who received the client there (PIHAK KEDUA of the BA).
    receiving_agency_id: uuid.UUID | None = None
    receiving_name: str = ""
    receiving_nip: str = ""
    receiving_title: str = ""


@dataclass(frozen=True)
class TerminationResult:
    termination_id: uuid.UUID
    status: str
    products_due: tuple[str, ...]  # the standard's products (letters) to produce
    standard_code: str  # the standard that governed the termination


def terminate(session: Session, data: TerminationInput) -> TerminationResult:
    who = require_role(session, SOCIAL_WORKERS, "melakukan terminasi")
    stay = get_stay(session, data.stay_id)
    ensure_open(stay)
    if data.mode not in set(TerminationMode):
        raise DomainError("Cara terminasi tidak dikenal.", field="mode")
    std = registry(session).termination_standard(stay.standard_code)
    if std.termination.modes and data.mode not in std.termination.modes:
        raise DomainError("Cara terminasi ini tidak diatur dalam standar pelayanan.", field="mode")
    at = data.terminated_at or utcnow()
    if at.tzinfo is None or at > utcnow() or at < stay.arrival_at:
        raise DomainError("Waktu terminasi tidak boleh di masa depan atau sebelum klien tiba.",
                          field="terminated_at")
    if data.mode in NO_BASIS_MODES:
        if data.basis:
            _check_basis(session, stay, data.basis, data.mode, at)
    else:
        if not data.basis:
            raise DomainError("Pilih dasar terminasi yang diizinkan standar pelayanan.",
                              field="basis")
        if stay.status not in (CaseStatus.DALAM_PELAYANAN, CaseStatus.RESOSIALISASI):
            raise DomainError("Klien belum diterima (ditampung); pemulangan dilakukan setelah "
                              "keputusan dan intervensi.", field="stay_id")
        _check_basis(session, stay, data.basis, data.mode, at)
    papers = sorted({p.strip().lower() for p in data.pickup_papers if p.strip()})
    pickup_nik = None
    if data.mode == M.DIJEMPUT:
        if not data.pickup_name.strip():
            raise DomainError("Isi nama keluarga yang menjemput.", field="pickup_name")
        if not set(papers) & set(PICKUP_PAPERS):
            raise DomainError("Periksa KTP dan/atau Kartu Keluarga penjemput, lalu centang "
                              "yang sudah diperiksa.", field="pickup_papers")
        if not data.surat_penjamin_signed:
            raise DomainError("Surat Penjamin belum ditandatangani keluarga penjemput.",
                              field="surat_penjamin_signed")
        if not data.meterai:
            raise DomainError("Surat Penjamin harus ditandatangani di atas meterai.",
                              field="meterai")
        pickup_nik = check_nik(data.pickup_nik, field="pickup_nik")
        if data.surat_penjamin_attachment_id is not None:
            att = session.get(Attachment, data.surat_penjamin_attachment_id)
            if att is None or att.deleted_at is not None:
                raise DomainError("Berkas Surat Penjamin tidak ditemukan.",
                                  field="surat_penjamin_attachment_id")
    if data.mode in DESTINATION_MODES and not data.destination.strip():
        raise DomainError("Isi tujuan (alamat keluarga, balai / panti, atau instansi penerima).",
                          field="destination")
    if data.receiving_agency_id is not None:
        from rumahsinggah.storage.models import Agency

        agency = session.get(Agency, data.receiving_agency_id)
        if agency is None or agency.deleted_at is not None:
            raise DomainError("Instansi penerima tidak ditemukan.", field="receiving_agency_id")
    witnesses = [w.strip() for w in data.witnesses if w.strip()]
    if data.mode in HANDOVER_MODES:
        if not data.place.strip():
            raise DomainError("Isi tempat serah terima.", field="place")
        if not witnesses:
            raise DomainError("Isi paling sedikit satu saksi serah terima.", field="witnesses")
    row = Termination(
        stay_id=stay.id, basis=data.basis, mode=data.mode, terminated_at=at,
        place=data.place.strip(), pickup_name=data.pickup_name.strip(),
        pickup_relationship=data.pickup_relationship.strip(), pickup_nik=pickup_nik,
        pickup_address=data.pickup_address.strip(), pickup_phone=data.pickup_phone.strip(),
        pickup_papers=papers, surat_penjamin_signed=data.surat_penjamin_signed,
        meterai=data.meterai, surat_penjamin_attachment_id=data.surat_penjamin_attachment_id,
        destination=data.destination.strip(), escort=data.escort.strip(), witnesses=witnesses,
        officer_id=who.user_id, notes=data.notes.strip(),
        receiving_agency_id=data.receiving_agency_id,
        receiving_name=data.receiving_name.strip(), receiving_nip=data.receiving_nip.strip(),
        receiving_title=data.receiving_title.strip(),
    )
    session.add(row)
    session.flush()  # the termination row decides which conditional steps apply
    if data.basis:
        service_level.record_event(session, stay, "siap_pulang", at=at, officer_id=who.user_id)
    if data.mode == M.DIJEMPUT:
        service_level.record_event(session, stay, "surat_penjamin", at=at,
                                   officer_id=who.user_id)
    if data.mode == M.DIANTAR:
        service_level.record_event(session, stay, "pengantaran", at=at, officer_id=who.user_id)
    if data.mode == M.DIRUJUK:
        service_level.record_event(session, stay, "rujukan", at=at, officer_id=who.user_id)
        service_level.record_event(session, stay, "pengiriman_panti", at=at,
                                   officer_id=who.user_id)
    if data.mode in HANDOVER_MODES:
        service_level.record_event(session, stay, "terminasi", at=at, officer_id=who.user_id)
    if data.mode in HANDOVER_MODES:  # barang bawaan go with the client
        receiver = data.pickup_name.strip() or data.destination.strip() or data.escort.strip()
        for item in session.exec(select(Belonging).where(
                Belonging.stay_id == stay.id, Belonging.returned_at.is_(None),
                Belonging.deleted_at.is_(None))).all():
            item.returned_at, item.returned_to = at, receiver
            session.add(item)
    change_status(session, stay, CaseStatus.SELESAI, at=at)
    return TerminationResult(termination_id=row.id, status=stay.status,
                             products_due=std.products if data.mode in HANDOVER_MODES else (),
                             standard_code=std.code)
