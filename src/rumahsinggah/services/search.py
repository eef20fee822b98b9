"""Finding a client by name, nickname or NIK, tolerant of Indonesian spelling variants.

The query is folded to canonical spelling (:func:`rumahsinggah.core.names.canonical`) and
matched anywhere in ``Client.search_text`` (canonical full name | nickname | NIK), so
"Muhamad Djunaedi" finds "Mohammad Junaidi" and a part of a NIK finds its owner.

Speed: a LIKE with a leading wildcard cannot seek in a B-tree, so SQLite scans. Scanning the
client table means reading every client row (over 100 ms at 100,000 clients); scanning the
narrow ``ix_client_search_text`` index reads only the search keys (about a tenth of the
pages: ~10 ms), and the matching rows are then fetched by rowid. The subquery selects only
the rowid, so SQLite's planner scans that covering index by itself (a test holds the plan).
This keeps one copy of the search text, needs no extra table to keep in sync, and matches
anywhere inside a word, which a word-prefix index would not; a full-text index (FTS5 trigram)
would only pay off at several times this size.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, literal_column, select
from sqlmodel import Session

from rumahsinggah.core import names
from rumahsinggah.storage.models import Client

DEFAULT_LIMIT = 100


@dataclass(frozen=True)
class ClientHit:
    id: uuid.UUID
    full_name: str
    nickname: str
    nik: str | None
    sex: str
    birth_date: date | None
    regency: str


def like_pattern(query: str) -> str | None:
    """The LIKE pattern for ``query`` in canonical spelling; None when nothing is left."""
    digits = "".join(ch for ch in query if ch.isdigit())
    folded = names.canonical(query) if not (digits and digits == query.strip()) else digits
    if not folded:
        return None
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_statement(pattern: str, *, limit: int = DEFAULT_LIMIT,
                     include_deleted: bool = False) -> Select:
    """The query behind :func:`search_clients` for a pattern from :func:`like_pattern`."""
    matching = (
        select(literal_column("client.rowid"))
        .select_from(Client)
        .where(Client.search_text.like(pattern, escape="\\"))
    )
    stmt = (
        select(Client.id, Client.full_name, Client.nickname, Client.nik, Client.sex,
               Client.birth_date, Client.regency)
        .where(literal_column("client.rowid").in_(matching.scalar_subquery()))
        .order_by(Client.name_key, Client.id)
        .limit(limit)
    )
    if not include_deleted:
        stmt = stmt.where(Client.deleted_at.is_(None))
    return stmt


def search_clients(session: Session, query: str, *, limit: int = DEFAULT_LIMIT,
                   include_deleted: bool = False) -> list[ClientHit]:
    """Clients whose name, nickname or NIK contains ``query``, by name, at most ``limit``."""
    pattern = like_pattern(query)
    if pattern is None:
        return []
    stmt = search_statement(pattern, limit=limit, include_deleted=include_deleted)
    return [ClientHit(*row) for row in session.execute(stmt).all()]
