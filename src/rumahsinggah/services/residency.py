"""The residency rule: day N of a stay and whether it nears or passes the standard's limit.

Contract:
- ``residency_state(arrival_at, residency, today=None) -> ResidencyStatus``: pure function.
  Day N uses ``services.residents.day_number`` (arrival day = day 1). With limit L and warning
  lead W: ``eligible`` when resident MORE than L days (day L+1 on: day 22 for 21), ``approaching``
  from day L+1-W to day L (days 19-21 for 21/3), ``normal`` before; ``none`` when the standard
  sets no limit.
- ``residency_for_stay(session, stay_id, today=None)``: the same for a stored stay, with the
  limit of the stay's standard.
- ``open_stays_residency(session, facility_id=None, today=None) -> dict[stay_id,
  ResidencyStatus]``: every open stay at once (one query), for boards.
- ``arrival_cutoffs(residency, today=None, zone=None) -> (eligible_before, approaching_before)``:
  aware UTC moments; a stay is eligible iff ``arrival_at < eligible_before`` (SQL-friendly).
- ``board_rules(session, today=None) -> BoardRules``: what the board needs to put the state in
  SQL: the cutoffs per (standard, facility) of the open stays and the standards without limit.
- ``state_expression(rules) -> SQL CASE`` (-1 none, 0 normal, 1 approaching, 2 eligible) and
  ``open_stay_states(session, today=None) -> {stay_id: state}``: THE rule for "past the limit"
  that the board, its count cards and the termination picker all use.
Day N and the cutoffs follow the facility's time zone (``services.calendar.facility_zone``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import ColumnElement, and_, case, literal, select
from sqlmodel import Session

from rumahsinggah.core.localtime import from_local, local_date, local_today
from rumahsinggah.i18n import N_, Labels, _
from rumahsinggah.services._common import get_stay, registry
from rumahsinggah.services.calendar import stay_zone, zones_by_facility
from rumahsinggah.services.residents import day_number
from rumahsinggah.standards.model import Residency
from rumahsinggah.storage.models import Stay

STATE_LABELS = Labels({
    "none": N_("Tanpa batas tinggal"),
    "normal": N_("Normal"),
    "approaching": N_("Mendekati batas tinggal"),
    "eligible": N_("Dapat diterminasi (melewati batas tinggal)"),
})


@dataclass(frozen=True)
class ResidencyStatus:
    day: int
    state: str  # none / normal / approaching / eligible
    limit_days: int | None
    warning_lead_days: int | None
    warn_from: date | None  # first local date shown as approaching
    eligible_from: date | None  # first local date of eligibility (day limit+1)
    days_until_eligible: int | None  # 0 once eligible

    @property
    def label(self) -> str:
        if self.state == "eligible":
            return _("Hari ke-{day}: lebih dari {limit} hari, dapat diterminasi").format(
                day=self.day, limit=self.limit_days)
        if self.state == "approaching":
            return _("Hari ke-{day} dari {limit}: dapat diterminasi {left} hari lagi").format(
                day=self.day, limit=self.limit_days, left=self.days_until_eligible)
        return _("Hari ke-{day}").format(day=self.day)


def residency_state(arrival_at: datetime, residency: Residency | None,
                    today: date | None = None, zone: tzinfo | None = None) -> ResidencyStatus:
    today = today or local_today(zone)
    day = day_number(arrival_at, today, zone)
    if residency is None or not residency.limit_days:
        return ResidencyStatus(day, "none", None, None, None, None, None)
    limit, lead = residency.limit_days, residency.warning_lead_days
    arrival = local_date(arrival_at, zone)
    eligible_from = arrival + timedelta(days=limit)  # day limit + 1
    warn_from = eligible_from - timedelta(days=lead)
    if day > limit:
        state = "eligible"
    elif lead > 0 and day >= limit + 1 - lead:
        state = "approaching"
    else:
        state = "normal"
    return ResidencyStatus(day, state, limit, lead, warn_from, eligible_from,
                           max(0, limit + 1 - day))


def residency_for_stay(session: Session, stay_id: uuid.UUID,
                       today: date | None = None) -> ResidencyStatus:
    stay = get_stay(session, stay_id)
    std = registry(session).require(stay.standard_code)
    return residency_state(stay.arrival_at, std.residency, today, stay_zone(session, stay))


def rule_of(session: Session, standard_code: str) -> Residency | None:
    """The residency limit of a standard; None when it sets none or is unknown here."""
    try:
        std = registry(session).get(standard_code)
    except Exception:  # noqa: BLE001 - a broken standards folder must not take boards down
        return None
    res = std.residency if std is not None else None
    return res if res is not None and res.limit_days else None


def arrival_cutoffs(residency: Residency, today: date | None = None,
                    zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """(eligible_before, approaching_before) as aware UTC for ``arrival_at < ...`` queries."""
    today = today or local_today(zone)
    # eligible: today - arrival + 1 > L  <=>  arrival <= today - L
    eligible_day = today - timedelta(days=residency.limit_days - 1)
    approaching_day = eligible_day + timedelta(days=residency.warning_lead_days)
    return (from_local(datetime.combine(eligible_day, time()), zone),
            from_local(datetime.combine(approaching_day, time()), zone))


@dataclass(frozen=True)
class BoardRules:
    # (standard_code, facility_id) -> (eligible_before, approaching_before)
    cutoffs: dict[tuple[str, uuid.UUID], tuple[datetime, datetime]]
    limits: dict[str, Residency]  # standards with a limit
    zones: dict[uuid.UUID, tzinfo]
    today: date | None = None  # None: each facility's own today


def board_rules(session: Session, today: date | None = None) -> BoardRules:
    """The rule of every (standard, facility) pair among the open stays, for SQL boards."""
    pairs = session.execute(select(Stay.standard_code, Stay.facility_id).where(
        Stay.closed_at.is_(None), Stay.deleted_at.is_(None)).distinct()).all()
    zones = zones_by_facility(session)
    limits: dict[str, Residency] = {}
    cutoffs = {}
    for code, facility_id in pairs:
        rule = limits.get(code) or rule_of(session, code)
        if rule is None:
            continue
        limits[code] = rule
        cutoffs[(code, facility_id)] = arrival_cutoffs(rule, today, zones.get(facility_id))
    return BoardRules(cutoffs, limits, zones, today)


def open_stays_residency(session: Session, facility_id: uuid.UUID | None = None,
                         today: date | None = None) -> dict[uuid.UUID, ResidencyStatus]:
    """Residency status of every open stay (optionally of one facility)."""
    reg = registry(session)
    query = select(Stay.id, Stay.arrival_at, Stay.standard_code, Stay.facility_id).where(
        Stay.closed_at.is_(None), Stay.deleted_at.is_(None))
    if facility_id is not None:
        query = query.where(Stay.facility_id == facility_id)
    zones = zones_by_facility(session)
    result = {}
    for stay_id, arrival_at, code, fid in session.execute(query):
        std = reg.get(code)
        result[stay_id] = residency_state(arrival_at, std.residency if std else None, today,
                                          zones.get(fid))
    return result


STATE_CODES = {"none": -1, "normal": 0, "approaching": 1, "eligible": 2}
CODE_STATES = {v: k for k, v in STATE_CODES.items()}


def state_expression(rules: BoardRules) -> ColumnElement:
    """The residency state of a stay as one SQL CASE over ``rules``' cutoffs: -1 no limit,
    0 normal, 1 approaching, 2 eligible (past the limit). Every screen that says "past the
    limit" (the board, its cards, the termination picker) asks this expression."""
    whens = []
    for (code, facility_id), (eligible_cut, approach_cut) in rules.cutoffs.items():
        here = and_(Stay.standard_code == code, Stay.facility_id == facility_id)
        whens.append((and_(here, Stay.arrival_at < eligible_cut), 2))
        whens.append((and_(here, Stay.arrival_at < approach_cut), 1))
    limited = list(rules.limits)
    no_limit = Stay.standard_code.not_in(limited) if limited else literal(True)
    return case((no_limit, -1), *whens, else_=0)


def open_stay_states(session: Session, today: date | None = None) -> dict[uuid.UUID, str]:
    """{stay_id: none/normal/approaching/eligible} of every open stay, by the board's rule."""
    rules = board_rules(session, today)
    state = state_expression(rules)
    return {sid: CODE_STATES[int(code)] for sid, code in session.execute(
        select(Stay.id, state).where(Stay.closed_at.is_(None), Stay.deleted_at.is_(None)))}
