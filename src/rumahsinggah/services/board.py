"""The resident board (Papan Penghuni) and the list of all clients, as SQL queries.

Qt-free: the GUI's item models call these on the database worker thread and hold the plain
rows returned. Filtering, searching and sorting all happen in SQL, page by page, so the board
stays quick on a store of 100,000 clients.

The residency state of a stay is ``services.residency``'s rule: the standard's limit and
warning lead (``[residency]`` in its file), day N on the facility's calendar. A standard
without a limit gives the state ``none``. The residency service turns the rule into
arrival-time cutoffs per (standard, facility), so the state is a plain comparison in SQL and
can be filtered, counted and sorted on.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlmodel import Session

from rumahsinggah.core.vocab import OPEN_STATUSES, CaseStatus
from rumahsinggah.services import search
from rumahsinggah.services.residency import (
    STATE_CODES,
    BoardRules,
    board_rules,
    state_expression,
)
from rumahsinggah.services.residents import day_number
from rumahsinggah.services.search import like_pattern
from rumahsinggah.services.service_level import overdue_counts
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Client, Facility, Stay
from rumahsinggah.storage.server import on_postgres

PAGE_SIZE = 200
MIN_CLIENT_QUERY = 2  # characters before the list of all clients is searched

NONE, NORMAL, APPROACHING, ELIGIBLE = "none", "normal", "approaching", "eligible"
RESIDENCY_STATES = (NONE, NORMAL, APPROACHING, ELIGIBLE)
RESIDENCY_LABELS = {
    NONE: "Tanpa batas tinggal",
    NORMAL: "Dalam batas",
    APPROACHING: "Mendekati batas",
    ELIGIBLE: "Lewat batas",
}

# Service level of a stay on the board: overdue steps or not.
SL_ON_TIME, SL_OVERDUE = "tepat_waktu", "terlambat"

BOARD_COLUMNS = (
    "case_number", "name", "facility", "category", "status", "day", "residency", "service",
)
CLIENT_COLUMNS = ("name", "nik", "sex", "birth_date", "regency", "last_case", "last_status")


@dataclass(frozen=True)
class BoardQuery:
    """What the board shows: a search text, filters, one sort column, and a page."""

    text: str = ""
    facility_id: uuid.UUID | None = None
    status: str | None = None
    category: str | None = None
    residency: str | None = None  # one of RESIDENCY_STATES
    # arrival between these local dates (inclusive, each facility's own calendar day)
    arrived_from: date | None = None
    arrived_to: date | None = None
    # or arrival between these many days before each facility's own today (0, 0: today)
    arrived_days_back: tuple[int, int] | None = None
    service: str | None = None  # SL_OVERDUE: only stays with overdue service steps
    sort: str = "day"  # one of BOARD_COLUMNS
    descending: bool = True
    offset: int = 0
    limit: int = PAGE_SIZE

    def page(self, offset: int, limit: int = PAGE_SIZE) -> BoardQuery:
        return replace(self, offset=offset, limit=limit)

    def filtered(self) -> bool:
        """True when anything but the facility narrows the board."""
        return any((self.text.strip(), self.status, self.category, self.residency,
                    self.arrived_from, self.arrived_to, self.arrived_days_back, self.service))


@dataclass(frozen=True, slots=True)
class BoardRow:
    stay_id: uuid.UUID
    client_id: uuid.UUID
    case_number: str
    full_name: str
    nickname: str
    facility_code: str
    facility_name: str
    pmks_category: str
    status: str
    standard_code: str
    arrival_at: datetime
    day: int
    limit_days: int | None  # None: the standard sets no residency limit
    residency: str
    overdue_steps: int

    @property
    def service(self) -> str:
        return SL_OVERDUE if self.overdue_steps else SL_ON_TIME


@dataclass(frozen=True)
class BoardPage:
    rows: list[BoardRow]
    total: int
    offset: int = 0


@dataclass(frozen=True)
class BoardCounts:
    residents: int = 0
    approaching: int = 0
    eligible: int = 0
    overdue_steps: int = 0
    awaiting_decision: int = 0
    # Unanswered complaints past their due moment / due before today ends
    complaints_overdue: int = 0
    complaints_due_today: int = 0


@dataclass(frozen=True)
class FilterChoices:
    facilities: list[tuple[uuid.UUID, str, str]] = field(default_factory=list)  # id, code, name
    categories: list[str] = field(default_factory=list)
    statuses: tuple[str, ...] = tuple(str(s) for s in OPEN_STATUSES)


# --------------------------------------------------------------------------- residency

def _state_expr(rules: BoardRules) -> ColumnElement:
    """-1 no limit, 0 normal, 1 approaching, 2 eligible: ``services.residency``'s one rule."""
    return state_expression(rules)


_STATE_CODE = STATE_CODES


# --------------------------------------------------------------------------- overdue steps

def _overdue(session: Session, now: datetime | None = None) -> dict[uuid.UUID, int]:
    """{stay_id: overdue steps} from the service-level tracker; empty if it cannot say."""
    try:
        return overdue_counts(session, now)
    except Exception:  # unknown standards etc.: the board still shows who is here
        return {}


# --------------------------------------------------------------------------- the board

def _text_filter(text: str, *, by_stay: bool) -> ColumnElement | None:
    """Name, nickname or NIK (canonical spelling, in ``Client.search_text``) or case number.

    The board joins open stays to their clients, a few hundred rows, so testing each joined
    row is quicker than asking the full-text index (which the list of all clients uses:
    ``services.search``). Case numbers are only looked at when the query has a digit.
    """
    assert by_stay, "the list of all clients searches through services.search"
    text = (text or "").strip()
    if not text:
        return None
    pattern = like_pattern(text)
    raw = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").upper()
    conditions = []
    if any(ch.isdigit() for ch in text):
        conditions.append(Stay.case_number.like(f"%{raw}%", escape="\\"))
    if pattern is not None:
        conditions.append(Client.search_text.like(pattern, escape="\\"))
    if not conditions:
        return literal(False)
    return or_(*conditions)


def _board_base(session: Session, q: BoardQuery, rules: BoardRules, overdue_ids):
    state = _state_expr(rules).label("state")
    stmt = (
        select(
            Stay.id, Stay.client_id, Stay.case_number, Client.full_name, Client.nickname,
            Facility.code, Facility.name, Client.pmks_category, Stay.status,
            Stay.standard_code, Stay.arrival_at, state, Stay.facility_id,
        )
        .join(Client, Client.id == Stay.client_id)
        .join(Facility, Facility.id == Stay.facility_id)
        .where(Stay.closed_at.is_(None), Stay.deleted_at.is_(None))
    )
    if q.facility_id is not None:
        stmt = stmt.where(Stay.facility_id == q.facility_id)
    if q.status:
        stmt = stmt.where(Stay.status == q.status)
    if q.category:
        stmt = stmt.where(Client.pmks_category == q.category)
    if q.residency in _STATE_CODE:
        stmt = stmt.where(state == _STATE_CODE[q.residency])
    cond = _text_filter(q.text, by_stay=True)
    if cond is not None:
        stmt = stmt.where(cond)
    if q.service == SL_OVERDUE:
        ids = [sid for sid, n in (overdue_ids or {}).items() if n]
        stmt = stmt.where(Stay.id.in_(ids) if ids else literal(False))
    elif q.service == SL_ON_TIME and overdue_ids:
        stmt = stmt.where(Stay.id.not_in([sid for sid, n in overdue_ids.items() if n]))
    arrived = _arrival_filter(rules, q)
    if arrived is not None:
        stmt = stmt.where(arrived)
    return stmt, state


def _arrival_filter(rules: BoardRules, q: BoardQuery) -> ColumnElement | None:
    """Arrived on local days ``arrived_from``..``arrived_to`` (inclusive), or the days
    ``arrived_days_back`` before today, each by its facility's clock and calendar."""
    if q.arrived_from is None and q.arrived_to is None and q.arrived_days_back is None:
        return None
    from rumahsinggah.core.localtime import from_local, local_today, zone_info

    def moment(day: date, zone) -> datetime:
        return from_local(datetime.combine(day, time()), zone)

    zones = dict(rules.zones)
    if q.facility_id is not None:
        zones = {q.facility_id: zones.get(q.facility_id) or zone_info(None)}
    parts = []
    for fid, zone in zones.items():
        first, last = q.arrived_from, q.arrived_to
        if q.arrived_days_back is not None:
            today = rules.today or local_today(zone)
            first = today - timedelta(days=q.arrived_days_back[0])
            last = today - timedelta(days=q.arrived_days_back[1])
        cond = [Stay.facility_id == fid]
        if first is not None:
            cond.append(Stay.arrival_at >= moment(first, zone))
        if last is not None:
            cond.append(Stay.arrival_at < moment(last + timedelta(days=1), zone))
        parts.append(and_(*cond))
    return or_(*parts) if parts else literal(False)


NULLABLE_SORTS = frozenset({"nik", "birth_date", "last_case", "last_status"})


def _board_order(q: BoardQuery, state, overdue_ids):
    status_rank = case(
        *[(Stay.status == str(s), i) for i, s in enumerate(CaseStatus)], else_=99)
    service = (case((Stay.id.in_(list(overdue_ids)), 1), else_=0)
               if overdue_ids else literal(0))
    keys = {
        "case_number": [Stay.case_number],
        "name": [Client.name_key, Client.full_name],
        "facility": [Facility.code],
        "category": [Client.pmks_category],
        "status": [status_rank],
        # more days = earlier arrival: "day descending" is "arrival ascending"
        "day": [Stay.arrival_at],
        "residency": [state, Stay.arrival_at],
        "service": [service, Stay.arrival_at],
    }
    cols = keys.get(q.sort, keys["day"])
    desc = q.descending
    if q.sort == "day":
        desc = not desc
    if q.sort in ("residency", "service"):
        ordered = [cols[0].desc() if desc else cols[0].asc(),
                   cols[1].asc() if desc else cols[1].desc()]
    else:
        ordered = [c.desc() if desc else c.asc() for c in cols]
    return [*ordered, Stay.case_number]


def board_page(session: Session, q: BoardQuery, *, today: date | None = None,
               now: datetime | None = None,
               overdue: dict[uuid.UUID, int] | None = None) -> BoardPage:
    """One page of current residents matching ``q``, and how many match in all."""
    rules = board_rules(session, today)
    if overdue is None:
        overdue = _overdue(session, now)
    stmt, state = _board_base(session, q, rules, overdue)
    total = session.execute(
        select(func.count()).select_from(stmt.order_by(None).subquery())).scalar_one()
    stmt = stmt.order_by(*_board_order(q, state, overdue)).offset(q.offset).limit(q.limit)
    names = {v: k for k, v in _STATE_CODE.items()}
    rows = []
    for r in session.execute(stmt).all():
        rule = rules.limits.get(r[9])
        rows.append(BoardRow(
            *r[:11], day=day_number(r[10], today, rules.zones.get(r[12])),
            limit_days=rule.limit_days if rule is not None else None,
            residency=names[int(r[11])], overdue_steps=overdue.get(r[0], 0)))
    return BoardPage(rows=rows, total=total, offset=q.offset)


def board_counts(session: Session, *, facility_id: uuid.UUID | None = None,
                 today: date | None = None, now: datetime | None = None,
                 overdue: dict[uuid.UUID, int] | None = None) -> BoardCounts:
    """The figures at the top of the board."""
    rules = board_rules(session, today)
    if overdue is None:
        overdue = _overdue(session, now)
    state = _state_expr(rules)
    where = [Stay.closed_at.is_(None), Stay.deleted_at.is_(None)]
    if facility_id is not None:
        where.append(Stay.facility_id == facility_id)
    residents, approaching, eligible, awaiting = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((state == 1, 1), else_=0)), 0),
            func.coalesce(func.sum(case((state == 2, 1), else_=0)), 0),
            func.coalesce(func.sum(case(
                (Stay.status == CaseStatus.MENUNGGU_KEPUTUSAN.value, 1), else_=0)), 0),
        ).where(*where)
    ).one()
    if facility_id is not None:
        ids = set(session.execute(select(Stay.id).where(*where)).scalars())
        overdue_steps = sum(n for sid, n in overdue.items() if sid in ids)
    else:
        overdue_steps = sum(overdue.values())
    from rumahsinggah.services.complaints import complaint_counts

    complaints = complaint_counts(session, now, facility_id=facility_id)
    return BoardCounts(int(residents), int(approaching), int(eligible), overdue_steps,
                       int(awaiting), complaints.overdue, complaints.due_today)


def board_snapshot(session: Session, q: BoardQuery, *, today: date | None = None,
                   now: datetime | None = None) -> tuple[BoardPage, BoardCounts]:
    """The first page and the counts together, sharing one overdue computation."""
    overdue = _overdue(session, now or utcnow())
    page = board_page(session, q, today=today, overdue=overdue)
    counts = board_counts(session, facility_id=q.facility_id, today=today, overdue=overdue)
    return page, counts


def filter_choices(session: Session) -> FilterChoices:
    facilities = [
        (fid, code, name) for fid, code, name in session.execute(
            select(Facility.id, Facility.code, Facility.name)
            .where(Facility.deleted_at.is_(None)).order_by(Facility.name))
    ]
    categories = [c for (c,) in session.execute(
        select(Client.pmks_category).join(Stay, Stay.client_id == Client.id)
        .where(Stay.closed_at.is_(None), Stay.deleted_at.is_(None), Client.pmks_category != "")
        .distinct().order_by(Client.pmks_category))]
    return FilterChoices(facilities=facilities, categories=categories)


# --------------------------------------------------------------------------- all clients

@dataclass(frozen=True)
class ClientQuery:
    text: str = ""
    sort: str = "name"  # one of CLIENT_COLUMNS
    descending: bool = False
    offset: int = 0
    limit: int = PAGE_SIZE

    def page(self, offset: int, limit: int = PAGE_SIZE) -> ClientQuery:
        return replace(self, offset=offset, limit=limit)


@dataclass(frozen=True, slots=True)  # 100,000 of them when all clients are scrolled
class ClientRow:
    client_id: uuid.UUID
    full_name: str
    nickname: str
    nik: str | None
    sex: str
    birth_date: date | None
    regency: str
    last_case: str
    last_status: str
    open_stay: bool


@dataclass(frozen=True)
class ClientPage:
    rows: list[ClientRow]
    total: int
    offset: int = 0


def _last_stay_subquery():
    return (
        select(Stay.case_number).where(Stay.client_id == Client.id, Stay.deleted_at.is_(None))
        .order_by(Stay.arrival_at.desc()).limit(1).correlate(Client).scalar_subquery()
    )


def client_page(session: Session, q: ClientQuery, *, with_total: bool = True) -> ClientPage:
    """One page of all clients (past ones too), searched and sorted in SQL.

    The search runs through ``services.search`` (full-text index, name-order walk for broad
    or short queries); ``with_total=False`` skips the count (``total`` is then -1) so the
    screen can show the page first and ask :func:`client_count` afterwards.
    """
    where = [Client.deleted_at.is_(None)]
    text = q.text if len((q.text or "").strip()) >= MIN_CLIENT_QUERY else ""
    cond = search.text_condition(session, text)
    if cond is not None:
        where.append(cond)
    keys = {
        "name": [Client.name_key, Client.id],
        "nik": [Client.nik, Client.id],
        "sex": [Client.sex, Client.name_key, Client.id],
        "birth_date": [Client.birth_date, Client.id],
        "regency": [Client.regency, Client.name_key, Client.id],
        "last_case": [_last_stay_subquery(), Client.id],
        "last_status": [_last_stay_subquery(), Client.id],
    }
    cols = keys.get(q.sort, keys["name"])
    order = [c.desc() if q.descending else c.asc() for c in cols]
    if q.sort in NULLABLE_SORTS and on_postgres(session):
        # SQLite puts NULLs (no NIK, no birth date) first going up and last going down;
        # PostgreSQL the other way round: the same list on both.
        order[0] = order[0].nulls_last() if q.descending else order[0].nulls_first()
    stmt = (select(Client.id, Client.full_name, Client.nickname, Client.nik, Client.sex,
                   Client.birth_date, Client.regency)
            .where(*where).order_by(*order).offset(q.offset).limit(q.limit))
    base = session.execute(stmt).all()
    total = client_count(session, q) if with_total else -1
    ids = [r[0] for r in base]
    last: dict[uuid.UUID, tuple[str, str, bool]] = {}
    if ids:
        for cid, number, status, closed in session.execute(
            select(Stay.client_id, Stay.case_number, Stay.status, Stay.closed_at)
            .where(Stay.client_id.in_(ids), Stay.deleted_at.is_(None))
            .order_by(Stay.arrival_at)
        ):
            last[cid] = (number, status, closed is None)
    rows = [
        ClientRow(*r, *(last.get(r[0]) or ("", "", False))) for r in base
    ]
    return ClientPage(rows=rows, total=total, offset=q.offset)


def client_count(session: Session, q: ClientQuery) -> int:
    """How many clients the all-clients list holds for ``q``'s search text."""
    text = q.text if len((q.text or "").strip()) >= MIN_CLIENT_QUERY else ""
    return search.count_clients(session, text)


__all__ = [
    "APPROACHING", "BOARD_COLUMNS", "CLIENT_COLUMNS", "ELIGIBLE", "NONE", "NORMAL", "PAGE_SIZE",
    "RESIDENCY_LABELS", "RESIDENCY_STATES", "SL_ON_TIME", "SL_OVERDUE", "BoardCounts",
    "BoardPage", "BoardQuery", "BoardRow", "ClientPage", "ClientQuery", "ClientRow",
    "FilterChoices", "board_counts", "board_page", "board_snapshot", "client_count",
    "client_page", "filter_choices",
]
