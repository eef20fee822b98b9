"""Read models of the guided steps (Qt-free): the plain rows and summaries the wizards show.

Each function opens one read snapshot of the store and returns plain values (no ORM rows),
so the GUI thread never holds live database objects. The rules themselves stay in the
workflow services: the residency state comes from ``services.residency``, the bases from
``services.termination``, "local client" from ``services.casework``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from rumahsinggah.core.dates import format_date
from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import local_today
from rumahsinggah.services._common import registry
from rumahsinggah.standards import get_registry
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Agency, Facility, User


def date_id(value: date | datetime | None) -> str:
    """22 November 2026 (in the current language; ``core.dates``)."""
    return format_date(value)


def _uuid(value: Any) -> uuid.UUID | None:
    if not value:
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


@dataclass
class Candidate:
    """A probable earlier record of the person being typed (plain values for the GUI)."""

    client_id: str
    full_name: str
    nickname: str = ""
    sex: str = ""
    age: str = ""
    origin: str = ""
    nik: str = ""
    last_case: str = ""
    last_seen: str = ""
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


@dataclass
class CaseRow:
    stay_id: str
    case_number: str
    full_name: str
    nickname: str = ""
    status: str = ""
    day: int = 0
    detail: str = ""
    warn: bool = False  # shown in bold red (with its mark in the text: never colour alone)
    case_day: int = 0  # day N of the stay (0 when closed), for the wizards' case header
    case_id: str = ""  # the stay's id when ``stay_id`` is something else (a home visit)


def _short(title: str, limit: int = 70) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def intake_reference(store: Any, actor: Actor) -> dict[str, Any]:
    with store.read() as s:
        facilities = s.execute(
            select(Facility).where(Facility.deleted_at.is_(None)).order_by(Facility.name)
        ).scalars().all()
        agencies = s.execute(
            select(Agency).where(Agency.deleted_at.is_(None)).order_by(Agency.name)
        ).scalars().all()
        user = s.get(User, actor.user_id) if actor.user_id else None
        default_facility = str(user.facility_id) if user and user.facility_id else None
        from rumahsinggah.services.intake import raid_agency_prefill, standards_by_facility

        fitting = standards_by_facility(s)
        fac = []
        for f in facilities:
            fits = fitting.get(f.id)
            fac.append({"id": str(f.id), "label": f"{f.name} ({f.code})", "kind": f.kind,
                        "default_standard": f.default_standard, "regency": f.regency,
                        "standards_one": list(fits.one) if fits else [],
                        "standards_raid": list(fits.raid) if fits else [],
                        "note_one": fits.one_note if fits else "",
                        "note_raid": fits.raid_note if fits else ""})
        ags = [{"id": str(a.id), "label": a.name, "kind": a.kind} for a in agencies]
        raid_agency = raid_agency_prefill(ags, None)
    standards = []
    for std in get_registry():
        reqs = []
        for req in std.requirements:
            # health is asked per person (the "sehat jasmani" box), not in the checklist
            if req.kind in ("dasar_terminasi", "kesehatan") or req.when.mode:
                continue
            for code in req.leaf_codes():
                leaf = _find_leaf(req, code)
                reqs.append({
                    "code": code,
                    "text": leaf.text if leaf else req.text,
                    "optional": bool(req.optional or (leaf and leaf.optional)),
                    "kind": (leaf or req).kind,
                    "default": code == "asal_calon_klien",
                })
        standards.append({"code": std.code, "title": std.title,
                          "title_short": _short(f"{std.agency.region or std.agency.name}: "
                                                f"{std.title}"),
                          "service": std.service, "facility_kinds": list(std.facility_kinds),
                          "requirements": reqs})
    return {"facilities": fac, "agencies": ags, "standards": standards,
            "default_facility": default_facility, "raid_agency_default": raid_agency}


def _find_leaf(req: Any, code: str) -> Any:
    if req.code == code and not (req.any_of or req.all_of):
        return req
    for sub in (*req.any_of, *req.all_of):
        found = _find_leaf(sub, code)
        if found is not None:
            return found
    return None


def find_candidates(store: Any, typed: dict[str, str]) -> list[Any]:
    """Probable earlier records of a typed person, best first, with reasons (the matcher)."""
    from rumahsinggah.services import matching
    from rumahsinggah.storage.models import Stay

    age = str(typed.get("age") or "").strip()
    query = matching.MatchQuery(
        full_name=typed.get("full_name", ""),
        sex=typed.get("sex") or None,
        estimated_age=int(age) if age.isdigit() else None,
        regency=typed.get("origin", ""),
        nik=(typed.get("nik") or "").strip() or None,
        kk_number=(typed.get("kk_number") or "").strip() or None,
        limit=3,
    )
    today = local_today()
    out = []
    with store.read() as s:
        for c in matching.find_candidates(s, query):
            last = s.execute(
                select(Stay.case_number, Stay.arrival_at)
                .where(Stay.client_id == c.client_id, Stay.deleted_at.is_(None))
                .order_by(Stay.arrival_at.desc()).limit(1)
            ).first()
            years = ""
            if c.birth_date is not None:
                years = str(today.year - c.birth_date.year - (
                    (today.month, today.day) < (c.birth_date.month, c.birth_date.day)))
            out.append(Candidate(
                client_id=str(c.client_id), full_name=c.full_name, nickname=c.nickname or "",
                sex=c.sex or "", age=years, origin=c.regency or "", nik=c.nik or "",
                last_case=(c.open_case_number or (last[0] if last else "")),
                last_seen=date_id(last[1]) if last else "",
                score=float(c.score), reasons=list(c.reasons),
            ))
    return out


def case_rows(store: Any, statuses: tuple[str, ...] | None = None, *,
              with_residency: bool = False) -> list[Any]:
    """Open stays (optionally of some statuses) as plain rows for a case picker."""
    from rumahsinggah.core.vocab import CASE_STATUS_LABELS
    from rumahsinggah.services import residency, residents

    out = []
    with store.read() as s:
        # "past the limit" is the board's rule (services.residency.open_stay_states): the
        # picker marks exactly the residents the board's card counts
        states = residency.open_stay_states(s) if with_residency else {}
        for r in residents.current_residents(s):
            if statuses and r.status not in statuses:
                continue
            detail, day, warn = "", r.day, False
            marked = states.get(r.stay_id, "none")
            if marked in ("approaching", "eligible"):
                try:
                    state = residency.residency_for_stay(s, r.stay_id)
                    label = state.label
                except DomainError:
                    label = ""
                mark = "‼ " if marked == "eligible" else "▲ "
                detail, day = mark + (label or str(r.day)), 0  # the label says the day
                warn = marked == "eligible"
            out.append(CaseRow(
                stay_id=str(r.stay_id), case_number=r.case_number, full_name=r.full_name,
                nickname=r.nickname, status=CASE_STATUS_LABELS.get(r.status, r.status),
                day=day, detail=detail, warn=warn, case_day=r.day, case_id=str(r.stay_id),
            ))
    return out


def case_heading(store: Any, stay_id: Any = None, client_id: Any = None) -> dict[str, Any]:
    """Whose case a wizard is opened on: the stay ``stay_id``, or the open (else latest) stay
    of ``client_id``. Plain values (name, case number, status, day N); {} when none."""
    from rumahsinggah.core.vocab import CASE_STATUS_LABELS
    from rumahsinggah.services.calendar import zones_by_facility
    from rumahsinggah.services.residents import day_number
    from rumahsinggah.storage.models import Client, Stay

    sid, cid = _uuid(stay_id), _uuid(client_id)
    if sid is None and cid is None:
        return {}
    with store.read() as s:
        stay = s.get(Stay, sid) if sid is not None else None
        if stay is None and cid is not None:
            stay = s.execute(
                select(Stay).where(Stay.client_id == cid, Stay.deleted_at.is_(None))
                .order_by(Stay.closed_at.is_not(None), Stay.arrival_at.desc()).limit(1)
            ).scalars().first()
        if stay is None or stay.deleted_at is not None:
            return {}
        client = s.get(Client, stay.client_id)
        zone = zones_by_facility(s).get(stay.facility_id)
        return {
            "stay_id": str(stay.id),
            "client_id": str(stay.client_id),
            "case_number": stay.case_number,
            "full_name": client.full_name if client else "",
            "nickname": client.nickname if client else "",
            "status": stay.status,
            "status_label": CASE_STATUS_LABELS.get(stay.status, stay.status),
            "day": 0 if stay.closed_at else day_number(stay.arrival_at, None, zone),
            "closed": stay.closed_at is not None,
        }


def case_summary(store: Any, stay_id: str) -> dict[str, Any]:
    """What a decision or termination page shows about the case (plain values)."""
    from rumahsinggah.core.vocab import (
        ASSESSMENT_KIND_LABELS,
        CASE_SOURCE_LABELS,
        CASE_STATUS_LABELS,
        TERMINATION_BASIS_LABELS,
    )
    from rumahsinggah.services import casework, residency, termination
    from rumahsinggah.storage.models import Assessment, Client, Facility, Identification, Stay

    sid = _uuid(stay_id)
    with store.read() as s:
        stay = s.get(Stay, sid)
        if stay is None:
            return {}
        client = s.get(Client, stay.client_id)
        facility = s.get(Facility, stay.facility_id)
        assessments = s.execute(
            select(Assessment).where(Assessment.stay_id == sid, Assessment.deleted_at.is_(None))
            .order_by(Assessment.assessed_at.desc())
        ).scalars().all()
        ident = s.execute(select(Identification).where(Identification.stay_id == sid)
                          ).scalars().first()
        agency = s.get(Agency, stay.referring_agency_id) if stay.referring_agency_id else None
        try:
            res = residency.residency_for_stay(s, sid)
            res_label, res_state = res.label, res.state
        except DomainError:
            res_label, res_state = "", "none"
        try:
            bases = termination.allowed_bases(s, sid)
            term_std = registry(s).termination_standard(stay.standard_code)
            papers = [r.code for r in termination.pickup_requirements(term_std,
                                                                      "dijemput_keluarga")]
        except DomainError:
            bases, papers = [], []
        latest = assessments[0] if assessments else None
        return {
            "stay_id": str(sid),
            "case_number": stay.case_number,
            "full_name": client.full_name if client else "",
            "nickname": client.nickname if client else "",
            "client_id": str(stay.client_id),
            "regency": client.regency if client else "",
            "facility": facility.name if facility else "",
            # the rules' own test of "client from the facility's kab/kota" (home visits)
            "local": bool(casework._is_local(s, stay)),
            "status": stay.status,
            "status_label": CASE_STATUS_LABELS.get(stay.status, stay.status),
            "source": CASE_SOURCE_LABELS.get(stay.source, stay.source),
            "requester": stay.requester_name or (agency.name if agency else ""),
            "arrival_at": stay.arrival_at,
            "residency": res_label,
            "residency_state": res_state,
            "bases": {k: TERMINATION_BASIS_LABELS.get(k, k) for k in bases},
            # a Surat Penjamin already printed from this case (the pickup needs one)
            "penjamin_printed": termination.penjamin_printed(s, sid),
            # the papers the governing standard names for a family pickup (its data)
            "pickup_papers": papers,
            "ready_to_return": any(a.ready_to_return for a in assessments),
            "healthy": ident.healthy if ident else None,
            "assessment": None if latest is None else {
                "kind": ASSESSMENT_KIND_LABELS.get(latest.kind, latest.kind),
                "problem": latest.problem, "causes": latest.causes,
                "family": latest.family_situation, "needs": latest.needs,
                "recommendation": latest.recommendation,
                "assessed_at": latest.assessed_at,
            },
        }


def home_visit_rows(store: Any) -> list[Any]:
    """Home visits not yet logged, soonest first, with 'due' marked."""
    from rumahsinggah.storage.models import Client, HomeVisit, Stay

    today = local_today()
    out = []
    with store.read() as s:
        rows = s.execute(
            select(HomeVisit.id, HomeVisit.scheduled_for, Stay.case_number, Client.full_name,
                   Client.nickname, Client.address, Client.regency, Stay.id)
            .join(Stay, Stay.id == HomeVisit.stay_id).join(Client, Client.id == Stay.client_id)
            .where(HomeVisit.visited_at.is_(None), HomeVisit.deleted_at.is_(None))
            .order_by(HomeVisit.scheduled_for)
        ).all()
    for hv_id, when, case, name, nick, address, regency, stay_id in rows:
        due = when <= today
        out.append(CaseRow(stay_id=str(hv_id), case_number=case, full_name=name, nickname=nick,
                           case_id=str(stay_id),
                           status=("‼ JATUH TEMPO, " if due else "") + f"dijadwalkan {date_id(when)}",
                           detail=", ".join(p for p in (address, regency) if p), warn=due))
    return out


def open_coordinations(store: Any, stay_id: str) -> list[tuple[str, str]]:
    """(id, label) of the coordination letters of a stay still waiting for a reply."""
    from rumahsinggah.storage.models import Coordination

    with store.read() as s:
        rows = s.execute(
            select(Coordination).where(Coordination.stay_id == _uuid(stay_id),
                                       Coordination.responded_at.is_(None),
                                       Coordination.deleted_at.is_(None))
            .order_by(Coordination.sent_at)
        ).scalars().all()
        return [(str(c.id), f"{c.agency_name} · {c.letter_number or '-'} · "
                            f"{date_id(c.sent_at)}") for c in rows]


def returning_example(store: Any) -> dict[str, str] | None:
    """For the screenshots: an earlier client (no open case) typed in an old spelling."""
    from rumahsinggah.storage.models import Client, Stay

    open_clients = select(Stay.client_id).where(Stay.closed_at.is_(None))
    with store.read() as s:
        rows = s.execute(
            select(Client.full_name, Client.sex, Client.regency, Client.birth_date)
            .where(Client.deleted_at.is_(None), Client.id.not_in(open_clients))
            .order_by(Client.full_name).limit(200)
        ).all()
    today = local_today()
    for name, sex, regency, born in rows:
        for old, new in (("sy", "sj"), ("u", "oe"), ("c", "tj"), ("kh", "ch"), ("y", "j")):
            if old in name:
                age = str(today.year - born.year) if born else ""
                return {"full_name": name.replace(old, new, 1), "nickname": "", "sex": sex,
                        "age": age, "origin": regency}
    return None


def home_visits_due(store: Any) -> int:
    """How many home visits are due today or overdue (not yet logged)."""
    from sqlalchemy import func

    from rumahsinggah.storage.models import HomeVisit

    with store.read() as s:
        return int(s.execute(
            select(func.count()).select_from(HomeVisit).where(
                HomeVisit.visited_at.is_(None), HomeVisit.deleted_at.is_(None),
                HomeVisit.scheduled_for <= local_today())
        ).scalar_one())
