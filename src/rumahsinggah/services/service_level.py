"""Service-level tracking: each procedure step of a stay's standard, done or due or overdue.

Contract:
- Workflows call ``record_event(session, stay, event)`` when something named in
  ``standards.model.EVENTS`` happens. It keeps one marker row ``@event`` (the first time counts,
  it is what time limits are counted from) and marks done every step of the stay's standards
  whose ``event`` matches, as ``StepCompletion(step_code="<standard>/<step>")``.
- ``derive_events(session, stay_id)``: the same markers rebuilt from a stay's stored records
  (for rows written without the workflows: demo data, imports); idempotent.
- ``mark_step_done(session, MarkStep(...))``: staff tick a step that has no recorded event.
- ``service_level(session, stay_id, now=None) -> ServiceLevel``: every step with its state,
  for the case screen and the board.
- ``overdue_counts(session, now=None, facility_id=None) -> dict[stay_id, int]`` and
  ``count_overdue_steps(...) -> int``: SQL queries (one per step definition, comparing the
  start time with a precomputed cutoff) for boards over many stays.

Deadlines come from the step's own time limit or else the standard's, in its unit (working
days skip weekends and Indonesian holidays; see ``core.workdays``). A step with a condition
staff judge (``when.condition``) or a termination mode not yet known is shown but not counted
as required. Steps of the linked termination standard start counting from ``@siap_pulang``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import aliased
from sqlmodel import Session

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.vocab import OPEN_STATUSES
from rumahsinggah.core.workdays import deadline, latest_start_still_on_time
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.services._common import get_stay, registry
from rumahsinggah.services.calendar import facility_zone, stay_zone, work_calendar
from rumahsinggah.standards.model import EVENTS, Standard, Step, TimeLimit
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Client, Facility, Stay, StepCompletion, Termination

ARRIVAL_EVENTS = ("permohonan_diterima", "kedatangan")
# Steps still owed once a stay is closed: the requester is told of a "rujuk" / "tolak".
STILL_DUE_AFTER_CLOSING = ("informasi_pemohon",)

STATE_LABELS = {
    "selesai": "Selesai tepat waktu",
    "selesai_terlambat": "Selesai (terlambat)",
    "tepat_waktu": "Dalam batas waktu",
    "segera": "Segera jatuh tempo",
    "terlambat": "Terlambat",
    "menunggu": "Belum dimulai",
    "tidak_berlaku": "Tidak berlaku",
}


def marker(event: str) -> str:
    return f"@{event}"


def step_key(standard_code: str, step_code: str) -> str:
    return f"{standard_code}/{step_code}"


def standards_of(session: Session, stay: Stay) -> list[Standard]:
    """The stay's standard and the standard governing its termination (if separate)."""
    reg = registry(session)
    primary = reg.require(stay.standard_code)
    return [primary, *reg.follow_ups(primary.code)]


def _existing_codes(session: Session, stay_id: uuid.UUID) -> dict[str, StepCompletion]:
    rows = session.execute(
        select(StepCompletion).where(StepCompletion.stay_id == stay_id,
                                     StepCompletion.deleted_at.is_(None))
    ).scalars().all()
    found: dict[str, StepCompletion] = {}
    for row in rows:
        if row.step_code not in found or row.done_at < found[row.step_code].done_at:
            found[row.step_code] = row
    # Rows added in this session but not yet flushed.
    for obj in session.new:
        if isinstance(obj, StepCompletion) and obj.stay_id == stay_id:
            found.setdefault(obj.step_code, obj)
    return found


_UNKNOWN = object()


def _termination_mode(session: Session, stay: Stay) -> str | None:
    for obj in session.new:  # the termination being written in this transaction
        if isinstance(obj, Termination) and obj.stay_id == stay.id:
            return obj.mode
    row = session.execute(select(Termination.mode).where(
        Termination.stay_id == stay.id, Termination.deleted_at.is_(None))).first()
    return row[0] if row else None


def record_event(session: Session, stay: Stay, event: str, *, at: datetime | None = None,
                 officer_id: uuid.UUID | None = None, note: str = "") -> None:
    """Note that ``event`` happened for ``stay``; mark the matching steps done (first time)."""
    if event not in EVENTS:
        raise ValueError(f"unknown event {event!r}")
    at = at or utcnow()
    done = _existing_codes(session, stay.id)
    new: list[StepCompletion] = []
    mode: object = _UNKNOWN
    if marker(event) not in done:
        new.append(StepCompletion(stay_id=stay.id, step_code=marker(event), done_at=at,
                                  officer_id=officer_id, note=note))
    for index, std in enumerate(standards_of(session, stay)):
        if index > 0:
            # A follow-up (termination) standard starts at its own event: what happened
            # before (family contact before the client was declared returnable) is not its step.
            begin = std.time_limit.counted_from
            started = done.get(marker(begin)) or next(
                (c for c in new if c.step_code == marker(begin)), None)
            if begin not in ARRIVAL_EVENTS and (started is None or at < started.done_at):
                continue
        for step in std.steps:
            key = step_key(std.code, step.code)
            if step.when.mode and step.event == event:
                if mode is _UNKNOWN:
                    mode = _termination_mode(session, stay)
                if mode not in step.when.mode:
                    continue  # e.g. no "reunification" for a client referred to a balai
            if step.event == event and key not in done:
                new.append(StepCompletion(stay_id=stay.id, step_code=key, done_at=at,
                                          officer_id=officer_id, note=note))
    session.add_all(new)


def derive_events(session: Session, stay_id: uuid.UUID) -> int:
    """Record the events of a stay from its stored records (for data written without the
    workflows: demo data, imports). Idempotent; returns how many events it found."""
    from rumahsinggah.storage.models import (
        Assessment,
        Coordination,
        Decision,
        HomeVisit,
        Identification,
        ServiceSession,
        TracingAttempt,
    )

    stay = get_stay(session, stay_id)
    found: list[tuple[str, datetime]] = [("permohonan_diterima", stay.arrival_at),
                                         ("kedatangan", stay.arrival_at)]
    std = registry(session).require(stay.standard_code)
    mandatory = [r for r in std.requirements if not r.optional and r.kind != "dasar_terminasi"
                 and not r.when.mode and (not r.when.source or stay.source in r.when.source)]
    if all(r.is_met(stay.requirements or {}) for r in mandatory):
        found.append(("berkas_lengkap", stay.arrival_at))

    def rows(model, *where):
        return session.execute(select(model).where(model.stay_id == stay.id,
                                                   model.deleted_at.is_(None), *where)
                               ).scalars().all()

    found += [("identifikasi", r.identified_at) for r in rows(Identification)]
    for r in rows(Assessment):
        found.append((f"asesmen_{r.kind}", r.assessed_at))
        if r.ready_to_return:
            found.append(("siap_pulang", r.assessed_at))
    for r in rows(Decision):
        found.append(("keputusan", r.decided_at))
        if r.outcome == "rujuk":
            found.append(("rujukan", r.decided_at))
        if r.requester_informed_at:
            found.append(("informasi_pemohon", r.requester_informed_at))
    found += [("bimbingan", r.held_at) for r in rows(ServiceSession)]
    found += [("penelusuran", r.attempted_at) for r in rows(TracingAttempt)]
    found += [("koordinasi", r.sent_at) for r in rows(Coordination)]
    found += [("kunjungan_rumah", r.visited_at)
              for r in rows(HomeVisit, HomeVisit.visited_at.is_not(None))]
    for r in rows(Termination):
        at = r.terminated_at
        if r.basis:
            found.append(("siap_pulang", at))
        found += {"dijemput_keluarga": [("surat_penjamin", at)],
                  "diantar_pulang": [("pengantaran", at)],
                  "dirujuk_balai_panti": [("rujukan", at), ("pengiriman_panti", at)]
                  }.get(r.mode, [])
        if r.mode in ("dijemput_keluarga", "diantar_pulang", "dirujuk_balai_panti",
                      "diserahkan_instansi"):
            found.append(("terminasi", at))
    for event, at in sorted(found, key=lambda e: e[1]):
        if event in EVENTS:
            record_event(session, stay, event, at=at)
    return len(found)


@dataclass(frozen=True)
class MarkStep:
    stay_id: uuid.UUID
    step_code: str  # the step's code in the stay's standard (or its termination standard)
    done_at: datetime | None = None
    note: str = ""


def mark_step_done(session: Session, data: MarkStep) -> uuid.UUID:
    """Staff mark a procedure step done by hand (for steps with no recorded event)."""
    who = permissions.require(session, "service_level.mark_step")
    stay = get_stay(session, data.stay_id)
    for std in standards_of(session, stay):
        step = std.step(data.step_code)
        if step is not None:
            break
    else:
        raise DomainError(_("Langkah '{step_code}' tidak ada dalam standar pelayanan kasus ini.").format(step_code=data.step_code), field="step_code")
    key = step_key(std.code, step.code)
    if key in _existing_codes(session, stay.id):
        raise DomainError(_("Langkah {number} sudah ditandai selesai.").format(number=step.number), field="step_code")
    row = StepCompletion(stay_id=stay.id, step_code=key, done_at=data.done_at or utcnow(),
                         officer_id=who.user_id, note=data.note.strip())
    session.add(row)
    return row.id


@dataclass(frozen=True)
class StepStatus:
    standard_code: str
    step_code: str
    number: int
    text: str
    role: str
    output: str
    path: str
    required: bool  # counted for overdue; False: conditional / optional / follow-up after service
    applicable: bool  # False when its condition rules it out for this stay
    done_at: datetime | None
    done_by: uuid.UUID | None
    due_at: datetime | None  # None while the event it counts from has not happened
    state: str  # a key of STATE_LABELS

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass(frozen=True)
class ServiceLevel:
    stay_id: uuid.UUID
    standard_code: str
    steps: list[StepStatus]

    @property
    def overdue(self) -> int:
        return sum(1 for s in self.steps if s.required and s.state == "terlambat")

    @property
    def due_soon(self) -> int:
        return sum(1 for s in self.steps if s.required and s.state == "segera")

    @property
    def next_due_at(self) -> datetime | None:
        pending = [s.due_at for s in self.steps if s.required and s.done_at is None and s.due_at]
        return min(pending) if pending else None


def _norm(text: str) -> str:
    return " ".join((text or "").lower().split())


def _applies(step: Step, stay: Stay, origin_local: bool | None,
             mode: str | None) -> tuple[bool, bool]:
    """(applicable, required) of a step for this stay."""
    when = step.when
    if when.source and stay.source not in when.source:
        return False, False
    required = not step.after_service
    if when.origin:
        if origin_local is None:
            required = False
        elif (when.origin == "lokal") != origin_local:
            return False, False
    if when.mode:
        if mode is None:
            required = False
        elif mode not in when.mode:
            return False, False
    if when.condition:
        required = False
    return True, required


def _limit(std: Standard, step: Step) -> TimeLimit:
    return step.time_limit or std.time_limit


def _state(done_at, due_at, start, now) -> str:
    if due_at is None:
        return "selesai" if done_at else "menunggu"
    if done_at is not None:
        return "selesai" if done_at <= due_at else "selesai_terlambat"
    if now > due_at:
        return "terlambat"
    if due_at - now <= min(timedelta(days=1), (due_at - start) / 4):
        return "segera"
    return "tepat_waktu"


def _origin_local(client: Client | None, facility: Facility | None) -> bool | None:
    if client is None or facility is None or not _norm(facility.regency) or not _norm(
            client.regency):
        return None
    return _norm(client.regency) == _norm(facility.regency)


def service_level(session: Session, stay_id: uuid.UUID,
                  now: datetime | None = None) -> ServiceLevel:
    """Every step of the stay's standard(s) with when it was done and when it is due."""
    now = now or utcnow()
    stay = get_stay(session, stay_id)
    done = _existing_codes(session, stay.id)
    client = session.get(Client, stay.client_id)
    facility = session.get(Facility, stay.facility_id)
    origin_local = _origin_local(client, facility)
    term = session.execute(select(Termination).where(Termination.stay_id == stay.id)
                           ).scalars().first()
    mode = term.mode if term else None
    steps: list[StepStatus] = []
    zone = stay_zone(session, stay)
    cal = work_calendar(session, stay.facility_id)
    stds = standards_of(session, stay)
    for index, std in enumerate(stds):
        for step in std.steps:
            applicable, required = _applies(step, stay, origin_local, mode)
            limit = _limit(std, step)
            if step.after_service:
                # follow-up after discharge (home visit, bimbingan lanjut): counted from the
                # end of the stay, and still due once the case is closed
                start = stay.closed_at
            elif limit.counted_from in ARRIVAL_EVENTS:
                start = stay.arrival_at
            else:
                mark = done.get(marker(limit.counted_from))
                start = mark.done_at if mark else None
            if index > 0 and start is None:
                required = False  # the termination standard has not started yet
            row = done.get(step_key(std.code, step.code))
            due = deadline(start, limit.amount, limit.unit, cal, zone) \
                if start is not None else None
            if row is None and stay.closed_at is not None and not step.after_service \
                    and step.event not in STILL_DUE_AFTER_CLOSING:
                applicable = False  # the case ended before this step was needed
            state = _state(row.done_at if row else None, due, start, now) if applicable \
                else "tidak_berlaku"
            steps.append(StepStatus(
                standard_code=std.code, step_code=step.code, number=step.number, text=step.text,
                role=step.role, output=step.output, path=step.path,
                required=required and applicable, applicable=applicable,
                done_at=row.done_at if row else None, done_by=row.officer_id if row else None,
                due_at=due, state=state,
            ))
    return ServiceLevel(stay_id=stay.id, standard_code=stay.standard_code, steps=steps)


def overdue_counts(session: Session, now: datetime | None = None, *,
                   facility_id: uuid.UUID | None = None) -> dict[uuid.UUID, int]:
    """Open stays with overdue required steps: {stay_id: number of overdue steps}.

    One SQL query per step definition in use; each compares the stay's start time with the
    step's cutoff (the earliest start still on time), so no per-stay calendar work is done.
    """
    now = now or utcnow()
    reg = registry(session)
    in_use = [c for (c,) in session.execute(
        select(Stay.standard_code).where(Stay.closed_at.is_(None), Stay.deleted_at.is_(None))
        .distinct())]
    counts: dict[uuid.UUID, int] = {}
    facilities = [f for (f,) in session.execute(
        select(Stay.facility_id).where(Stay.closed_at.is_(None), Stay.deleted_at.is_(None))
        .distinct())]
    if facility_id is not None:
        facilities = [f for f in facilities if f == facility_id]
    for fid in facilities:  # each facility counts on its own zone and closures
        _overdue_in(session, reg, in_use, fid, now, counts)
    return counts


def _overdue_in(session: Session, reg, in_use: list[str], facility_id: uuid.UUID,
                now: datetime, counts: dict[uuid.UUID, int]) -> None:
    zone = facility_zone(session, facility_id)
    cal = work_calendar(session, facility_id)
    cutoffs: dict[tuple[float, str], datetime] = {}
    for primary_code in in_use:
        primary = reg.get(primary_code)
        if primary is None:
            continue
        for std in [primary, *reg.follow_ups(primary_code)]:
            for step in std.steps:
                if step.after_service or step.when.condition or step.when.mode:
                    continue
                limit = _limit(std, step)
                if (limit.amount, limit.unit) not in cutoffs:
                    cutoffs[(limit.amount, limit.unit)] = latest_start_still_on_time(
                        now, limit.amount, limit.unit, cal, zone)
                cutoff = cutoffs[(limit.amount, limit.unit)]
                done = aliased(StepCompletion)
                q = (select(Stay.id)
                     .where(Stay.standard_code == primary_code, Stay.closed_at.is_(None),
                            Stay.deleted_at.is_(None), Stay.status.in_(OPEN_STATUSES)))
                if limit.counted_from in ARRIVAL_EVENTS:
                    q = q.where(Stay.arrival_at < cutoff)
                else:
                    start = aliased(StepCompletion)
                    q = q.join(start, and_(start.stay_id == Stay.id,
                                           start.step_code == marker(limit.counted_from),
                                           start.deleted_at.is_(None))
                               ).where(start.done_at < cutoff)
                if step.when.source:
                    q = q.where(Stay.source.in_(step.when.source))
                if step.when.origin:
                    client_regency = func.lower(func.trim(Client.regency))
                    facility_regency = func.lower(func.trim(Facility.regency))
                    q = (q.join(Client, Client.id == Stay.client_id)
                         .join(Facility, Facility.id == Stay.facility_id)
                         .where(client_regency != "", facility_regency != ""))
                    q = q.where(client_regency == facility_regency if step.when.origin == "lokal"
                                else client_regency != facility_regency)
                q = q.where(Stay.facility_id == facility_id)
                q = q.where(~exists().where(done.stay_id == Stay.id,
                                            done.step_code == step_key(std.code, step.code),
                                            done.deleted_at.is_(None)))
                for (sid,) in session.execute(q):
                    counts[sid] = counts.get(sid, 0) + 1


def complaint_due(session: Session, standard_code: str, received_at: datetime,
                  facility_id: uuid.UUID | None = None) -> datetime | None:
    """When a complaint received under ``standard_code`` must be answered (None: no limit set).

    Banjarmasin: "Respon pengaduan paling lambat 3 hari kerja sejak diterimanya pengaduan".
    """
    limit = registry(session).require(standard_code).complaints.response_time
    if limit is None:
        return None
    return deadline(received_at, limit.amount, limit.unit, work_calendar(session, facility_id),
                    facility_zone(session, facility_id))


def count_overdue_steps(session: Session, now: datetime | None = None, *,
                        facility_id: uuid.UUID | None = None) -> int:
    return sum(overdue_counts(session, now, facility_id=facility_id).values())


__all__ = [
    "STATE_LABELS", "MarkStep", "ServiceLevel", "StepStatus", "complaint_due",
    "count_overdue_steps", "derive_events", "mark_step_done", "marker", "overdue_counts", "record_event", "service_level",
    "standards_of", "step_key",
]
