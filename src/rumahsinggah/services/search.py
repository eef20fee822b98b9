"""Finding a client by name, nickname, NIK, KK or case number, as the officer types.

The query is folded to canonical spelling (:func:`rumahsinggah.core.names.canonical`) and
matched anywhere in ``Client.search_text`` (canonical full name | nickname | NIK), so
"Muhamad Djunaedi" finds "Mohammad Junaidi" and a part of a NIK finds its owner; digits also
find a KK number or a case number.

Speed on 100,000 clients (``benchmarks/bench_board.py``): a query of three characters or
more goes through the FTS5 trigram indexes of :mod:`rumahsinggah.storage.search_index`
(kept in step by triggers). A narrow query (under :data:`BROAD` index hits) fetches its
rows by rowid and sorts them; a broad one ("muh", "637", "BJM-2026-") walks the clients in
name order and keeps those in the hit set (or, for a case number, those with such a stay),
stopping at the page's end, so the first page comes at once whatever the number of hits. Shorter queries cannot use trigrams: they walk the
covering index ``ix_client_name_search`` (name key, deleted mark, search text) in name
order, which also stops at the page's end and reads no table row for a miss. Counting is a
separate call (:func:`count_clients`) the screen makes after showing the first page.

On a PostgreSQL store the same terms are plain ``LIKE`` conditions on the client and stay
columns, which the ``pg_trgm`` indexes of :mod:`~rumahsinggah.storage.search_index` answer
(a number's parts as one union of indexed queries). A page's ids are found first, from the
index hits or from an index-only walk of the name order (``ix_client_name_walk``), then its
rows (always for one or two letters; from :data:`PAGE_IDS_AT` clients for longer queries).
Figures at a million clients: ``benchmarks/bench_server.py``.
The results are the same rows in the same order.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Select,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    union,
)
from sqlmodel import Session

from rumahsinggah.core import names
from rumahsinggah.storage import search_index
from rumahsinggah.storage.models import Client, Stay
from rumahsinggah.storage.server import on_postgres

DEFAULT_LIMIT = 100
MIN_TRIGRAM = 3  # the trigram index answers for three characters or more
BROAD = 5000  # index hits above which a page is found by walking the name order
PAGE_IDS_AT = 50_000  # PostgreSQL: clients from which a page's ids are found first

_search = table(search_index.SEARCH_TABLE, column("rowid"))
_cases = table(search_index.CASE_TABLE, column("rowid"))
_ROWID = literal_column("client.rowid")


@dataclass(frozen=True)
class ClientHit:
    id: uuid.UUID
    full_name: str
    nickname: str
    nik: str | None
    sex: str
    birth_date: date | None
    regency: str


@dataclass(frozen=True)
class TextQuery:
    """A search text taken apart: what each index is asked."""

    folded: str  # canonical spelling (digits kept) for names, nickname and NIK
    digits: str  # the query's digits when it is a number: also a KK number
    case_number: str  # upper case, when the query has a digit: part of a case number

    @property
    def indexed(self) -> bool:
        return len(self.folded) >= MIN_TRIGRAM


def parse(query: str) -> TextQuery | None:
    """The parts of ``query``; None when nothing searchable is left."""
    text = (query or "").strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    is_number = bool(digits) and digits == text.replace(" ", "")
    folded = digits if is_number else names.canonical(text)
    if not folded:
        return None
    case_number = text.upper() if digits and len(text) >= MIN_TRIGRAM else ""
    return TextQuery(folded=folded, digits=digits if is_number else "",
                     case_number=case_number)


def like_pattern(query: str) -> str | None:
    """The LIKE pattern for ``query`` in canonical spelling; None when nothing is left."""
    tq = parse(query)
    return None if tq is None else _like(tq.folded)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _match(tq: TextQuery) -> str:
    expr = f"names : {search_index.quote(tq.folded)}"
    if len(tq.digits) >= MIN_TRIGRAM:
        expr += f" OR numbers : {search_index.quote(tq.digits)}"
    return expr


def name_hits(tq: TextQuery) -> Select:
    """Rowids of live clients whose names, NIK or KK the trigram index finds for ``tq``."""
    return select(_search.c.rowid).where(
        literal_column(search_index.SEARCH_TABLE).match(_match(tq)))


def case_stays(tq: TextQuery) -> Select:
    """Rowids of the stays whose case number contains ``tq.case_number``."""
    return select(_cases.c.rowid).where(literal_column(search_index.CASE_TABLE).match(
        search_index.quote(tq.case_number)))


def case_hits(tq: TextQuery) -> Select:
    """Ids of the clients owning a stay whose case number contains ``tq.case_number``."""
    return select(Stay.client_id).where(
        literal_column("stay.rowid").in_(case_stays(tq).scalar_subquery()))


def _at_least(session: Session, stmt: Select, n: int = BROAD) -> bool:
    probe = stmt.limit(n).subquery()
    return session.execute(select(func.count()).select_from(probe)).scalar_one() >= n


def _server_condition(tq: TextQuery) -> ColumnElement:
    """PostgreSQL: the same matches through the ``pg_trgm`` indexes (search_index).

    With a number, each part is its own indexed query and the client is in their union: an
    OR of the parts, one of them a sub-select, made the planner guess that half the clients
    match and walk the whole name order (2.5 s per key for a NIK or a case number at a
    million clients, ``benchmarks/bench_server.py``). The sub-selects name ``deleted_at IS
    NULL`` so the partial trigram indexes answer them.
    """
    names_ = Client.search_text.like(_like(tq.folded), escape="\\")
    if len(tq.digits) < MIN_TRIGRAM and not tq.case_number:
        return names_
    live = Client.deleted_at.is_(None)
    parts = [select(Client.id).where(live, names_)]
    if len(tq.digits) >= MIN_TRIGRAM:
        parts.append(select(Client.id).where(
            live, Client.kk_number.like(_like(tq.digits), escape="\\")))
    if tq.case_number:
        parts.append(select(Stay.client_id).where(
            func.upper(Stay.case_number).like(_like(tq.case_number), escape="\\")))
    return Client.id.in_(union(*parts))


def text_condition(session: Session, query: str) -> ColumnElement | None:
    """The WHERE term for clients matching ``query``; None for an empty query.

    The caller also filters ``deleted_at``. A broad part is written so SQLite walks the
    clients in name order and stops at the page's end: membership in the name hits with the
    rowid lookup disabled (``+rowid``), a case number tested on the client's own stays.
    """
    tq = parse(query)
    if tq is None:
        return None
    if not tq.indexed:
        if on_postgres(session):
            # Not the trigram index: one or two letters make no trigram, and the index
            # would be read whole (850 ms at a million clients); the name order is walked.
            return Client.search_text.op("||")(literal_column("''")).like(
                _like(tq.folded), escape="\\")
        return Client.search_text.like(_like(tq.folded), escape="\\")
    if on_postgres(session):
        return _server_condition(tq)
    hits = name_hits(tq)
    rowid = literal_column("+client.rowid") if _at_least(session, hits) else _ROWID
    condition = rowid.in_(hits.scalar_subquery())
    if not tq.case_number:
        return condition
    if _at_least(session, case_stays(tq)):  # e.g. the year's prefix "BJM-2026-": most stays
        own = select(Stay.id).where(
            Stay.client_id == Client.id,
            Stay.case_number.like(_like(tq.case_number), escape="\\")).correlate(Client)
        return or_(condition, own.exists())
    return or_(condition, Client.id.in_(case_hits(tq).scalar_subquery()))


def count_clients(session: Session, query: str) -> int:
    """How many live clients match ``query`` (all live clients for an empty query)."""
    tq = parse(query)
    if tq is not None and tq.indexed and not tq.case_number and not on_postgres(session):
        # The index holds live clients only: count it without touching the client table.
        return session.execute(select(func.count()).select_from(
            name_hits(tq).subquery())).scalar_one()
    stmt = select(func.count()).select_from(Client).where(Client.deleted_at.is_(None))
    if tq is not None:
        stmt = stmt.where(text_condition(session, query))
    return session.execute(stmt).scalar_one()


def search_statement(session: Session, query: str, *, limit: int = DEFAULT_LIMIT,
                     include_deleted: bool = False) -> Select | None:
    """The query behind :func:`search_clients`; None when nothing is searchable."""
    tq = parse(query)
    if tq is None:
        return None
    stmt = (
        select(Client.id, Client.full_name, Client.nickname, Client.nik, Client.sex,
               Client.birth_date, Client.regency)
        .order_by(Client.name_key, Client.id)
        .limit(limit)
    )
    if include_deleted:
        # Tombstones are not in the index: look in the search text itself.
        return stmt.where(or_(Client.search_text.like(_like(tq.folded), escape="\\"),
                              *([Client.kk_number == tq.digits] if tq.digits else [])))
    condition = text_condition(session, query)
    if on_postgres(session) and (not tq.indexed
                                 or _server_clients(session) >= PAGE_IDS_AT):
        # The page's ids first, then their rows. The ids come from the trigram index and a
        # sort (few hits) or from a walk of the name order in ``ix_client_name_walk``, which
        # holds the search text: an index-only walk reads no row for a client that does not
        # match. The rows' walk it replaces cost 1.4-2.5 s at a million clients where the
        # hits lie together in name order (a first name: "muhammad", "siti") or are none
        # ("BN"); the index-only walk takes at most 0.1-0.3 s. One or two letters make no
        # trigram and always walk.
        page = (select(Client.id).where(Client.deleted_at.is_(None), condition)
                .order_by(Client.name_key, Client.id).limit(limit))
        return stmt.where(Client.id.in_(page.scalar_subquery()))
    return stmt.where(Client.deleted_at.is_(None), condition)


def _server_clients(session: Session) -> float:
    """The server's estimate of the clients (``pg_class.reltuples``, kept by ANALYZE and
    autovacuum): counting them costs tens of milliseconds at a million."""
    n = session.execute(select(literal_column("reltuples")).select_from(
        table("pg_class")).where(literal_column("oid") == literal_column(
            "'client'::regclass"))).scalar()
    return float(n or 0)


def search_clients(session: Session, query: str, *, limit: int = DEFAULT_LIMIT,
                   include_deleted: bool = False) -> list[ClientHit]:
    """Clients whose name, nickname, NIK, KK or case number contains ``query``, by name."""
    stmt = search_statement(session, query, limit=limit, include_deleted=include_deleted)
    if stmt is None:
        return []
    return [ClientHit(*row) for row in session.execute(stmt).all()]
