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
  * a family pickup (mode ``dijemput_keluarga``) names the person picking up and meets the
    papers the governing standard names for that mode (``pickup_requirements``): for
    Banjarmasin the KTP and/or KK of the person picking up and a Surat Penjamin printed from
    this case (the letter book holds it), signed over a meterai, its signed scan attached; a
    standard that names no papers asks for none;
  * a family pickup the standard states as a basis itself (Banjarmasin: "Klien yang dijemput
    oleh Keluarga") holds on its own, also before the Kepala Bidang's decision; other bases
    need the client admitted (dalam pelayanan / resosialisasi);
  * delivery / referral / handover modes give the destination, the handover place and at least
    one witness. ``pergi_tanpa_pamit`` and ``meninggal_dunia`` end a stay without a basis.
  Files (the scanned Surat Penjamin, documentation photos) are written only after every check
  passed, and the optional home visit is scheduled in the same transaction, so a refused
  Finish leaves no row and no file. The stay becomes ``selesai`` (closed); belongings still held are marked returned to the
  person picking up (or the destination) for handover modes. Roles: pekerja_sosial, kepala_bidang.
  The result lists the products due (the standard's letters) for the letters feature.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

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
from rumahsinggah.i18n import _
from rumahsinggah.services import attachments, permissions, service_level
from rumahsinggah.services._common import (
    ensure_open,
    get_stay,
    registry,
)
from rumahsinggah.services.attachments import FileUpload, check_upload
from rumahsinggah.services.calendar import stay_zone
from rumahsinggah.services.residency import residency_state
from rumahsinggah.services.status import change_status
from rumahsinggah.standards.model import Requirement, Standard
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import (
    Assessment,
    Attachment,
    Belonging,
    Letter,
    Stay,
    Termination,
)

M = TerminationMode
B = TerminationBasis
HANDOVER_MODES = (M.DIJEMPUT, M.DIANTAR, M.DIRUJUK, M.DISERAHKAN)
DESTINATION_MODES = (M.DIANTAR, M.DIRUJUK, M.DISERAHKAN)
NO_BASIS_MODES = (M.PERGI, M.MENINGGAL)
PICKUP_PAPERS = ("ktp", "kk")


def pickup_requirements(std: Standard, mode: str) -> list[Requirement]:
    """The papers ``std`` names for a termination in ``mode`` (its requirements for the mode)."""
    return [r for r in std.requirements
            if r.kind != "dasar_terminasi" and r.when.mode and mode in r.when.mode]


def penjamin_printed(session: Session, stay_id: uuid.UUID) -> bool:
    """A Surat Penjamin was generated (numbered in the letter book) from this case."""
    return session.exec(select(Letter.id).where(
        Letter.stay_id == stay_id, Letter.letter_type == "surat_penjamin",
        Letter.deleted_at.is_(None))).first() is not None


def _paper_problem(req: Requirement, data: TerminationInput, papers: set[str],
                   penjamin_printed: bool = False) -> DomainError | None:
    """Why a named paper is not met, or None. Known codes map to the form's own fields.
    The Surat Penjamin must be printed from this case (the letter book holds it), signed over
    a meterai and its signed scan attached: the pickup cannot skip its letter."""
    if req.code == "ktp_kk_penjemput":
        if not papers & set(PICKUP_PAPERS):
            return DomainError(_("Periksa KTP dan/atau Kartu Keluarga penjemput, lalu centang "
                               "yang sudah diperiksa."), field="pickup_papers")
        return None
    if req.code == "surat_penjamin":
        if not penjamin_printed:
            return DomainError(_("Surat Penjamin belum dicetak dari kasus ini. Cetak Surat "
                               "Penjamin, minta penjemput menandatanganinya di atas meterai, "
                               "lalu lampirkan pindaiannya."), field="surat_penjamin_printed")
        if not data.surat_penjamin_signed:
            return DomainError(_("Surat Penjamin belum ditandatangani keluarga penjemput."),
                               field="surat_penjamin_signed")
        if not data.meterai:
            return DomainError(_("Surat Penjamin harus ditandatangani di atas meterai."),
                               field="meterai")
        if data.surat_penjamin_scan is None and data.surat_penjamin_attachment_id is None:
            return DomainError(_("Lampirkan pindaian Surat Penjamin yang sudah ditandatangani."),
                               field="surat_penjamin_scan")
        return None
    if not req.is_met(data.requirements_met):
        return DomainError(_("Persyaratan belum dipenuhi: {text}.").format(text=req.text), field="requirements_met")
    return None


def _bases(session: Session, stay: Stay) -> dict[str, str]:
    reg = registry(session)
    std = reg.termination_standard(stay.standard_code)
    found = {}
    for basis, req in std.termination_bases().items():
        found[basis] = req.text if req else TERMINATION_BASIS_LABELS.get(basis, basis)
    return found


def _refers_at_exit(std: Standard) -> bool:
    """The standard's procedure itself sends clients on to a balai / panti (Banjar: "bagi
    klien yang belum ditemukan alamatnya"): such a referral needs no "ready" assessment."""
    return any(step.event == "pengiriman_panti" for step in std.steps)


def _bases_stated(session: Session, stay: Stay) -> set[str]:
    """Bases the governing standard states in its own requirements (hold on their own)."""
    std = registry(session).termination_standard(stay.standard_code)
    return {basis for basis, req in std.termination_bases().items() if req is not None}


def allowed_bases(session: Session, stay_id: uuid.UUID) -> list[str]:
    return list(_bases(session, get_stay(session, stay_id)))


def _check_basis(session: Session, stay: Stay, basis: str, mode: str | None,
                 at: datetime) -> None:
    bases = _bases(session, stay)
    if basis not in bases:
        names = "; ".join(bases.values()) or "tidak ada"
        raise DomainError(_("Dasar terminasi tidak diizinkan oleh standar pelayanan kasus "
              "ini. Dasar yang diizinkan: {names}.").format(names=names), field="basis")
    if basis == B.SIAP:
        ready = session.exec(select(Assessment.id).where(
            Assessment.stay_id == stay.id, Assessment.ready_to_return.is_(True),
            Assessment.deleted_at.is_(None))).first()
        if not ready:
            raise DomainError(_("Belum ada asesmen yang menyatakan klien telah mendapat intervensi "
                              "dan dapat dipulangkan. Catat asesmen tersebut terlebih dahulu."),
                              field="basis")
    elif basis == B.LEWAT_BATAS:
        residency = registry(session).require(stay.standard_code).residency
        if residency is None:
            raise DomainError(_("Standar pelayanan kasus ini tidak menetapkan batas lama tinggal."),
                              field="basis")
        state = residency_state(stay.arrival_at, residency,
                                local_date(at, stay_zone(session, stay)),
                                stay_zone(session, stay))
        if state.state != "eligible":
            raise DomainError(
                _("Klien baru tinggal sampai hari ke-{day}. Dasar 'lebih dari {limit_days} "
                      "hari' berlaku mulai hari ke-{value} ({eligible_from:%d-%m-%Y}).").format(day=state.day, limit_days=residency.limit_days, value=residency.limit_days + 1, eligible_from=state.eligible_from), field="basis")
    elif basis == B.DIJEMPUT_KELUARGA and mode is not None and mode != M.DIJEMPUT:
        raise DomainError(_("Dasar 'dijemput keluarga' hanya untuk cara terminasi dijemput "
                          "keluarga."), field="basis")


@dataclass
class ReadyInput:
    stay_id: uuid.UUID
    basis: str
    at: datetime | None = None


def mark_ready_for_return(session: Session, data: ReadyInput) -> None:
    who = permissions.require(session, "termination.ready")
    stay = get_stay(session, data.stay_id)
    ensure_open(stay)
    at = data.at or utcnow()
    if at.tzinfo is None or at > utcnow() or at < stay.arrival_at:
        raise DomainError(_("Waktu penetapan dapat dipulangkan tidak boleh di masa depan atau "
                          "sebelum klien tiba."), field="at")
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
    surat_penjamin_scan: FileUpload | None = None  # written only once every check passed
    photos: list[FileUpload] = field(default_factory=list)  # documentation of the handover
    home_visit_on: date | None = None  # schedule the follow-up home visit (pickup / delivery)
    requirements_met: dict[str, bool] = field(default_factory=dict)  # other named papers
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
    who = permissions.require(session, "termination.terminate")
    stay = get_stay(session, data.stay_id)
    ensure_open(stay)
    if data.mode not in set(TerminationMode):
        raise DomainError(_("Cara terminasi tidak dikenal."), field="mode")
    std = registry(session).termination_standard(stay.standard_code)
    if std.termination.modes and data.mode not in std.termination.modes:
        raise DomainError(_("Cara terminasi ini tidak diatur dalam standar pelayanan."), field="mode")
    at = data.terminated_at or utcnow()
    if at.tzinfo is None or at > utcnow() or at < stay.arrival_at:
        raise DomainError(_("Waktu terminasi tidak boleh di masa depan atau sebelum klien tiba."),
                          field="terminated_at")
    referral_exit = data.mode == M.DIRUJUK and not data.basis and _refers_at_exit(std)
    if data.mode in NO_BASIS_MODES or referral_exit:
        if data.basis:
            _check_basis(session, stay, data.basis, data.mode, at)
        if referral_exit and stay.status not in (CaseStatus.DALAM_PELAYANAN,
                                                 CaseStatus.RESOSIALISASI):
            raise DomainError(_("Klien belum diterima (ditampung); rujukan ke balai / panti "
                              "dilakukan setelah keputusan."), field="stay_id")
    else:
        if not data.basis:
            raise DomainError(_("Pilih dasar terminasi yang diizinkan standar pelayanan."),
                              field="basis")
        # a family pickup the standard states as a basis of its own needs no decision first
        own_pickup = data.basis == B.DIJEMPUT_KELUARGA and data.basis in _bases_stated(
            session, stay)
        if not own_pickup and stay.status not in (CaseStatus.DALAM_PELAYANAN,
                                                            CaseStatus.RESOSIALISASI):
            raise DomainError(_("Klien belum diterima (ditampung); pemulangan dilakukan setelah "
                              "keputusan dan intervensi."), field="stay_id")
        _check_basis(session, stay, data.basis, data.mode, at)
    papers = sorted({p.strip().lower() for p in data.pickup_papers if p.strip()})
    pickup_nik = None
    if data.mode == M.DIJEMPUT:
        if not data.pickup_name.strip():
            raise DomainError(_("Isi nama keluarga yang menjemput."), field="pickup_name")
        printed = penjamin_printed(session, stay.id)
        for req in pickup_requirements(std, data.mode):
            problem = _paper_problem(req, data, set(papers), printed)
            if problem is not None:
                raise problem
        pickup_nik = check_nik(data.pickup_nik, field="pickup_nik")
        if data.surat_penjamin_attachment_id is not None:
            att = session.get(Attachment, data.surat_penjamin_attachment_id)
            if att is None or att.deleted_at is not None:
                raise DomainError(_("Berkas Surat Penjamin tidak ditemukan."),
                                  field="surat_penjamin_attachment_id")
    elif data.surat_penjamin_scan is not None:
        raise DomainError(_("Pindaian Surat Penjamin hanya untuk klien yang dijemput keluarga."),
                          field="surat_penjamin_scan")
    check_upload(data.surat_penjamin_scan, "surat_penjamin_scan")
    for upload in data.photos:
        check_upload(upload, "photos")
    if data.home_visit_on is not None:
        if data.mode not in (M.DIJEMPUT, M.DIANTAR):
            raise DomainError(_("Kunjungan rumah dijadwalkan untuk klien yang pulang ke "
                              "keluarga (dijemput atau diantar)."), field="home_visit_on")
        if data.home_visit_on < local_date(at, stay_zone(session, stay)):
            raise DomainError(_("Tanggal kunjungan rumah tidak boleh sebelum tanggal terminasi."),
                              field="home_visit_on")
    if data.mode in DESTINATION_MODES and not data.destination.strip():
        raise DomainError(_("Isi tujuan (alamat keluarga, balai / panti, atau instansi penerima)."),
                          field="destination")
    if data.receiving_agency_id is not None:
        from rumahsinggah.storage.models import Agency

        agency = session.get(Agency, data.receiving_agency_id)
        if agency is None or agency.deleted_at is not None:
            raise DomainError(_("Instansi penerima tidak ditemukan."), field="receiving_agency_id")
    witnesses = [w.strip() for w in data.witnesses if w.strip()]
    if data.mode in HANDOVER_MODES:
        if not data.place.strip():
            raise DomainError(_("Isi tempat serah terima."), field="place")
        if not witnesses:
            raise DomainError(_("Isi paling sedikit satu saksi serah terima."), field="witnesses")
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
    if data.home_visit_on is not None:
        from rumahsinggah.services import casework

        casework.schedule_home_visit(session, casework.HomeVisitScheduleInput(
            stay_id=stay.id, scheduled_for=data.home_visit_on))
    # Files last: every check above passed (a later failure rolls back and removes them).
    if data.surat_penjamin_scan is not None:
        scan = attachments.save(session, data.surat_penjamin_scan, kind="surat_penjamin",
                                client_id=stay.client_id, stay_id=stay.id)
        session.flush()  # the attachment row exists before the termination points at it
        row.surat_penjamin_attachment_id = scan.id
        session.add(row)
    for upload in data.photos:
        attachments.save(session, upload, kind="dokumentasi", client_id=stay.client_id,
                         stay_id=stay.id)
    return TerminationResult(termination_id=row.id, status=stay.status,
                             products_due=std.products if data.mode in HANDOVER_MODES else (),
                             standard_code=std.code)
