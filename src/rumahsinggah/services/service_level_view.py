"""The service-level view: how the shelter keeps the time limits its standards promise.

``service_level_report(session, start, end, facility_id=None, now=None)`` gathers, for the
period [start, end] (local dates, inclusive):
- per standard, for the cases that arrived in the period: for each step with a time limit,
  how many were done within and beyond it, and how many are still open and overdue;
- the open cases with their next required step that is overdue or falls due soon, and the
  role that owes it;
- the residency list (``services.residency``: day N and the limit, for each open stay);
- the complaints received in the period: answered within and beyond their limit, and the
  unanswered ones (``services.complaints`` states).
Every state comes from ``services.service_level.service_level`` and the residency and
complaints services: this module only counts and sorts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlmodel import Session

from rumahsinggah.core.localtime import from_local
from rumahsinggah.core.vocab import ROLE_LABELS
from rumahsinggah.services import permissions
from rumahsinggah.services._common import registry
from rumahsinggah.services.calendar import facility_zone
from rumahsinggah.services.complaints import complaint_state
from rumahsinggah.services.residency import open_stays_residency
from rumahsinggah.services.service_level import service_level, standards_of
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Client, Complaint, Stay


@dataclass
class StepFigure:
    standard_code: str
    number: int
    text: str
    limit: str  # "3 hari kerja"
    within: int = 0
    beyond: int = 0
    open_overdue: int = 0
    open_on_time: int = 0


@dataclass
class StandardFigures:
    code: str
    title: str
    cases: int = 0
    steps: list[StepFigure] = field(default_factory=list)


@dataclass(frozen=True)
class OpenStep:
    stay_id: uuid.UUID
    case_number: str
    client_name: str
    standard_code: str
    step: str  # "3. Asesmen awal ..."
    role: str  # label of the role that owes it
    due_at: datetime
    state: str  # service_level state: terlambat / segera
    state_label: str


@dataclass(frozen=True)
class ResidencyRow:
    stay_id: uuid.UUID
    case_number: str
    client_name: str
    day: int
    limit_days: int | None
    state: str
    label: str


@dataclass
class ComplaintFigures:
    received: int = 0
    within: int = 0
    beyond: int = 0
    open_overdue: int = 0
    open_on_time: int = 0  # unanswered, limit not yet passed (or no limit)


@dataclass
class ServiceLevelReport:
    start: date
    end: date
    standards: list[StandardFigures]
    open_steps: list[OpenStep]
    residency: list[ResidencyRow]
    complaints: ComplaintFigures


def _bounds(start: date, end: date, zone) -> tuple[datetime, datetime]:
    return (from_local(datetime.combine(start, time()), zone),
            from_local(datetime.combine(end + timedelta(days=1), time()), zone))


def service_level_report(session: Session, start: date, end: date, *,
                         facility_id: uuid.UUID | None = None,
                         now: datetime | None = None) -> ServiceLevelReport:
    permissions.require(session, "service_level.view")
    now = now or utcnow()
    zone = facility_zone(session, facility_id)
    lo, hi = _bounds(start, end, zone)
    reg = registry(session)

    def stays(*where):
        q = select(Stay, Client.full_name).join(Client, Client.id == Stay.client_id).where(
            Stay.deleted_at.is_(None), *where)
        if facility_id is not None:
            q = q.where(Stay.facility_id == facility_id)
        return session.execute(q.order_by(Stay.arrival_at)).all()

    figures: dict[str, StandardFigures] = {}
    step_rows: dict[tuple[str, str, str], StepFigure] = {}
    for stay, _name in stays(Stay.arrival_at >= lo, Stay.arrival_at < hi):
        std = reg.get(stay.standard_code)
        if std is None:
            continue
        fig = figures.setdefault(std.code, StandardFigures(std.code, std.title))
        if not fig.steps:
            for s in standards_of(session, stay):
                for step in s.steps:
                    limit = step.time_limit or s.time_limit
                    row = StepFigure(s.code, step.number, step.text, limit.describe())
                    step_rows[(std.code, s.code, step.code)] = row
                    fig.steps.append(row)
        fig.cases += 1
        for st in service_level(session, stay.id, now).steps:
            row = step_rows.get((std.code, st.standard_code, st.step_code))
            if row is None or not st.applicable:
                continue
            if st.state == "selesai" and st.due_at is not None:
                row.within += 1
            elif st.state == "selesai_terlambat":
                row.beyond += 1
            elif st.required and st.state == "terlambat":
                row.open_overdue += 1
            elif st.required and st.state in ("tepat_waktu", "segera"):
                row.open_on_time += 1

    open_steps: list[OpenStep] = []
    residency_rows: list[ResidencyRow] = []
    open_stays = stays(Stay.closed_at.is_(None))
    states = open_stays_residency(session, facility_id)
    for stay, name in open_stays:
        pending = [s for s in service_level(session, stay.id, now).steps
                   if s.required and s.done_at is None and s.due_at is not None
                   and s.state in ("terlambat", "segera")]
        for s in sorted(pending, key=lambda s: s.due_at)[:1]:
            open_steps.append(OpenStep(
                stay.id, stay.case_number, name, s.standard_code, f"{s.number}. {s.text}",
                ROLE_LABELS.get(s.role, s.role.replace("_", " ").title()), s.due_at, s.state,
                s.state_label))
        r = states.get(stay.id)
        if r is not None:
            residency_rows.append(ResidencyRow(stay.id, stay.case_number, name, r.day,
                                               r.limit_days, r.state, r.label))
    open_steps.sort(key=lambda o: (o.state != "terlambat", o.due_at))
    order = {"eligible": 0, "approaching": 1, "normal": 2, "none": 3}
    residency_rows.sort(key=lambda r: (order.get(r.state, 9), -r.day))

    cf = ComplaintFigures()
    q = select(Complaint).where(Complaint.deleted_at.is_(None), Complaint.received_at >= lo,
                                Complaint.received_at < hi)
    if facility_id is not None:
        q = q.where(Complaint.facility_id == facility_id)
    for c in session.execute(q).scalars():
        cf.received += 1
        state = complaint_state(c, now, facility_zone(session, c.facility_id))
        if state == "tepat_waktu":
            cf.within += 1
        elif state == "terlambat_ditanggapi":
            cf.beyond += 1
        elif state == "terlambat":
            cf.open_overdue += 1
        else:
            cf.open_on_time += 1
    return ServiceLevelReport(start, end, sorted(figures.values(), key=lambda f: f.code),
                              open_steps, residency_rows, cf)


__all__ = ["ComplaintFigures", "OpenStep", "ResidencyRow", "ServiceLevelReport",
           "StandardFigures", "StepFigure", "service_level_report"]
