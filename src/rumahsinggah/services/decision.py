"""The Kepala Bidang's decision (keputusan / disposisi): admit, refer or reject.

Contract:
- ``decide(session, DecisionInput) -> DecisionResult``: only a ``kepala_bidang`` decides
  (PermissionDenied otherwise); a reason is required; ``rujuk`` needs the destination. The case
  must have been assessed (status asesmen or menunggu_keputusan) and not decided before.
  tampung -> status dalam_pelayanan; rujuk -> dirujuk (closed); tolak -> ditolak (closed).
  The result says the requester's notice is due (``notice_due``, to whom): the letters feature
  produces it, then ``record_requester_informed`` marks it done.
- ``record_requester_informed(session, RequesterInformedInput)``: the requester (raid agency,
  referring agency or community member) was informed; completes the standard's step.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.vocab import CaseStatus, DecisionOutcome
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions, service_level
from rumahsinggah.services._common import get_stay, registry, require_text
from rumahsinggah.services.status import change_status
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Agency, Assessment, Decision

STATUS_FOR = {
    DecisionOutcome.TAMPUNG: CaseStatus.DALAM_PELAYANAN,
    DecisionOutcome.RUJUK: CaseStatus.DIRUJUK,
    DecisionOutcome.TOLAK: CaseStatus.DITOLAK,
}


@dataclass
class DecisionInput:
    stay_id: uuid.UUID
    outcome: str  # DecisionOutcome
    reason: str
    referral_destination: str = ""
    decided_at: datetime | None = None


@dataclass(frozen=True)
class DecisionResult:
    decision_id: uuid.UUID
    status: str
    notice_due: bool  # the requester must be informed (Pemberitahuan / Penerimaan Klien)
    notify: str  # whom: requester name or referring agency


def decide(session: Session, data: DecisionInput) -> DecisionResult:
    who = permissions.require(session, "decision.decide")
    stay = get_stay(session, data.stay_id)
    if data.outcome not in STATUS_FOR:
        raise DomainError(_("Keputusan harus tampung, rujuk atau tolak."), field="outcome")
    reason = require_text(data.reason, "reason", "Alasan keputusan")
    if data.outcome == DecisionOutcome.RUJUK and not data.referral_destination.strip():
        raise DomainError(_("Untuk keputusan rujuk, isi tujuan rujukan (balai / panti / instansi)."),
                          field="referral_destination")
    std = registry(session).require(stay.standard_code)
    if data.outcome == DecisionOutcome.TOLAK and std.decision.reject_refers and \
            not data.referral_destination.strip():
        raise DomainError(_("Standar pelayanan ini merujuk klien yang ditolak ke pihak yang "
                          "lebih berwenang: isi kepada siapa klien dirujuk."),
                          field="referral_destination")
    if session.exec(select(Decision.id).where(Decision.stay_id == stay.id,
                                              Decision.deleted_at.is_(None))).first():
        raise DomainError(_("Kasus {case_number} sudah diputuskan.").format(case_number=stay.case_number), field="stay_id")
    assessed = session.exec(select(Assessment.id).where(Assessment.stay_id == stay.id,
                                                        Assessment.deleted_at.is_(None))).first()
    if not assessed or stay.status not in (CaseStatus.ASESMEN, CaseStatus.MENUNGGU_KEPUTUSAN):
        if stay.closed_at is not None:
            raise DomainError(_("Kasus {case_number} sudah ditutup.").format(case_number=stay.case_number), field="stay_id")
        raise DomainError(_("Keputusan memerlukan asesmen oleh pekerja sosial terlebih dahulu."),
                          field="stay_id")
    at = data.decided_at or utcnow()
    if at > utcnow() or at < stay.arrival_at:
        raise DomainError(_("Tanggal keputusan tidak boleh di masa depan atau sebelum klien tiba."),
                          field="decided_at")
    row = Decision(stay_id=stay.id, outcome=data.outcome, reason=reason, decided_at=at,
                   decided_by=who.user_id,
                   referral_destination=data.referral_destination.strip())
    session.add(row)
    change_status(session, stay, STATUS_FOR[data.outcome], at=at)
    service_level.record_event(session, stay, "keputusan", at=at, officer_id=who.user_id)
    if data.outcome == DecisionOutcome.RUJUK or data.referral_destination.strip():
        service_level.record_event(session, stay, "rujukan", at=at, officer_id=who.user_id,
                                   note=data.referral_destination.strip())
    notify = stay.requester_name
    if not notify and stay.referring_agency_id:
        agency = session.get(Agency, stay.referring_agency_id)
        notify = agency.name if agency else ""
    return DecisionResult(decision_id=row.id, status=stay.status, notice_due=True,
                          notify=notify or "pemohon")


@dataclass
class RequesterInformedInput:
    stay_id: uuid.UUID
    informed_at: datetime | None = None
    note: str = ""


def record_requester_informed(session: Session, data: RequesterInformedInput) -> None:
    who = permissions.require(session, "decision.notify")
    stay = get_stay(session, data.stay_id)
    decision = session.exec(select(Decision).where(Decision.stay_id == stay.id,
                                                   Decision.deleted_at.is_(None))).first()
    if decision is None:
        raise DomainError(_("Pemohon diberi informasi setelah Kepala Bidang memutuskan."),
                          field="stay_id")
    if decision.requester_informed_at is not None:
        raise DomainError(_("Pemberitahuan kepada pemohon sudah dicatat."), field="stay_id")
    at = data.informed_at or utcnow()
    if at < decision.decided_at or at > utcnow():
        raise DomainError(_("Waktu pemberitahuan tidak boleh sebelum keputusan atau di masa depan."),
                          field="informed_at")
    decision.requester_informed_at = at
    session.add(decision)
    service_level.record_event(session, stay, "informasi_pemohon", at=at,
                               officer_id=who.user_id, note=data.note.strip())
