"""Returning-client candidates on a PostgreSQL store: the same pool as SQLite's FTS5 query.

On a desk, ``client_sounds`` (FTS5) returns the records sharing any heard key, those
sharing the most and the rarest keys first (bm25), at most ``MAX_SOUND_HITS``. Here the GIN
index over ``client.sounds_vec`` (``storage.search_index``) finds them and the same ordering
is computed: each shared key weighs its inverse document frequency, bm25's
``ln(1 + (N - n + 0.5) / (n + 0.5))`` with ``n`` the records holding the key (counted up to
:data:`COUNT_CAP`, enough to tell a rare key from a common one) and ``N`` the server's estimate
of the live clients. A key held by more than :data:`COUNT_CAP` records (a "Muhammad" in a
head office of a million) cannot alone bring a record into the pool: records must share it
with another key, so the pool is drawn from a few thousand rows, not a hundred thousand.
"""

from __future__ import annotations

import math
import uuid
from typing import Any

from sqlalchemy import and_, case, func, literal_column, or_, select, text
from sqlmodel import Session

from rumahsinggah.core import names
from rumahsinggah.storage.models import Client

COUNT_CAP = 5000
_VEC = literal_column("client.sounds_vec")


def _term(key: str):
    return _VEC.op("@@")(func.to_tsquery("simple", _lexeme(key)))


def _lexeme(key: str) -> str:
    # A key is letters and digits (core.phonetic); quoted, it is one lexeme.
    return "'" + key.replace("'", "''").replace("\\", "") + "'"


def _holders(session: Session, key: str) -> int:
    probe = (select(literal_column("1")).select_from(Client)
             .where(Client.deleted_at.is_(None), _term(key)).limit(COUNT_CAP + 1).subquery())
    return session.execute(select(func.count()).select_from(probe)).scalar_one()


def _live_estimate(session: Session) -> float:
    # The planner's estimate: exact counting costs tens of milliseconds at a million rows,
    # and the weights only need the order of magnitude.
    n = session.execute(text(
        "SELECT reltuples FROM pg_class WHERE oid = 'client'::regclass")).scalar()
    return float(n) if n and n > 0 else 1.0


def fetch(session: Session, q: Any, columns: tuple, keys: list[str],
          limit: int) -> dict[uuid.UUID, tuple]:
    rows: dict[uuid.UUID, tuple] = {}
    base = select(*columns).where(Client.deleted_at.is_(None))
    if q.nik and q.nik.strip():
        for row in session.execute(base.where(Client.nik == q.nik.strip())):
            rows[row[0]] = tuple(row)
    kk = (q.kk_number or "").strip()
    if len(kk) >= 3 and kk.isdigit():
        for row in session.execute(base.where(Client.kk_number == kk)):
            rows[row[0]] = tuple(row)
    if not keys:
        return rows
    total = max(_live_estimate(session), 1.0)
    held = {k: _holders(session, k) for k in keys}
    total = max(total, max(held.values()))
    weight = {k: math.log(1 + (total - n + 0.5) / (n + 0.5)) for k, n in held.items() if n}
    if not weight:
        return rows
    rare = [k for k in weight if held[k] <= COUNT_CAP]
    common = [k for k in weight if held[k] > COUNT_CAP]
    finds = [_term(k) for k in rare]
    finds += [and_(_term(a), _term(b)) for i, a in enumerate(common) for b in common[i + 1:]]
    if not finds:  # only one key, and a common one: its records, rarest first is moot
        finds = [_term(common[0])]
    score = sum((case((_term(k), weight[k]), else_=0.0) for k in weight), start=0.0)
    # Records sharing the same keys tie on the score: of those, the names written most
    # alike come first (pg_trgm), not the oldest ids. A head office holds thousands of
    # "Putu" or "Winarno"; "Putu Waluio" must bring "Putu Waluyo" into the pool.
    alike = func.similarity(Client.name_key, names.name_key(q.full_name or ""))
    stmt = base.where(or_(*finds)).order_by(score.desc(), alike.desc(), Client.id).limit(limit)
    for row in session.execute(stmt):
        rows.setdefault(row[0], tuple(row))
    return rows
