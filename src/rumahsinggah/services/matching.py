"""Returning clients: find probable earlier records before creating a new client.

Contract:
- ``find_candidates(session, MatchQuery) -> list[Candidate]``: earlier clients ranked best
  first, each with a score (0-100) and the reasons in Indonesian ("NIK sama", "Nama mirip
  (92%)", "Umur cocok", "Asal sama: Kota Banjarmasin"). Read-only; any role.
  ``match_query_for(person_input)`` builds the query from an intake ``PersonInput``.
- Staff confirm "same person" by passing the chosen ``client_id`` as
  ``PersonInput.existing_client_id`` to ``services.intake`` (the new stay is linked to the
  existing client), or after registration with ``link_to_existing_client(session,
  LinkInput(stay_id, client_id))``, which moves the stay and marks the duplicate record deleted.

How it stays fast at 100,000 clients: candidates are first narrowed with indexed columns only
(exact ``nik``; ``name_key`` ranges: the canonical first word plus the first letters of the
second, the name without a leading common word such as Muhammad / Siti, and the name with one
added), then scored with rapidfuzz over the canonical forms from ``core.names``, which already
folds Muhammad / Muhamad / Mohamad / M., Achmad / Ahmad, dj/j, tj/c, oe/u, ch/kh, j/y,
Nur / Noor and drops bin / binti.
"""

from __future__ import annotations

import uuid
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz
from sqlalchemy import func, select
from sqlmodel import Session

from rumahsinggah.core import names
from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import local_today
from rumahsinggah.services import permissions
from rumahsinggah.services._common import get_client, get_stay
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Client, Stay

# Words so common at the start of a name that a record may have them or not.
COMMON_FIRST = ("muhammad", "ahmad", "siti", "nur", "abdul")
NAME_THRESHOLD = 78.0
MAX_ROWS_PER_RANGE = 5000


@dataclass(frozen=True)
class MatchQuery:
    full_name: str = ""
    nik: str | None = None
    sex: str | None = None
    birth_date: date | None = None
    birth_date_estimated: bool = False
    estimated_age: int | None = None
    regency: str = ""
    province: str = ""
    limit: int = 10


@dataclass(frozen=True)
class Candidate:
    client_id: uuid.UUID
    full_name: str
    nickname: str
    nik: str | None
    sex: str
    birth_date: date | None
    regency: str
    province: str
    score: float
    name_score: float
    reasons: tuple[str, ...]
    open_case_number: str | None  # a stay still open for this client, if any


_COLUMNS = (Client.id, Client.full_name, Client.nickname, Client.nik, Client.sex,
            Client.birth_date, Client.birth_date_estimated, Client.regency, Client.province,
            Client.name_key)


def _prefix_ranges(key: str) -> list[str]:
    tokens = key.split()
    if not tokens:
        return []
    prefixes: list[str] = []
    if len(tokens) == 1:
        prefixes.append(tokens[0][:4])
    else:
        prefixes.append(f"{tokens[0]} {tokens[1][:2]}")
        if tokens[0] in COMMON_FIRST:  # "Muhammad Yusuf" may be recorded as "Yusuf ..."
            rest = tokens[1:]
            prefixes.append(f"{rest[0]} {rest[1][:2]}" if len(rest) > 1 else rest[0][:4])
    if tokens[0] not in COMMON_FIRST:  # "Yusuf" may be recorded as "Muhammad Yusuf"
        prefixes.extend(f"{w} {tokens[0][:3]}" for w in COMMON_FIRST)
    return list(dict.fromkeys(p for p in prefixes if p))


class CandidatePool:
    """For bulk work (importing a register): the store's clients held in memory, so each row
    is matched without a query. ``find_candidates(..., pool=pool)`` narrows exactly as it does
    in the database (exact NIK, the ``_prefix_ranges`` of the name key) and scores the same."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(*_COLUMNS).where(Client.deleted_at.is_(None))).all()
        self._by_key = sorted((tuple(r) for r in rows), key=lambda r: r[-1] or "")
        self._keys = [r[-1] or "" for r in self._by_key]
        self._by_nik: dict[str, list[tuple]] = {}
        for row in self._by_key:
            if row[3]:
                self._by_nik.setdefault(row[3], []).append(row)

    def add(self, client: Client) -> None:
        """A client written during the bulk work (after it is flushed)."""
        row = tuple(getattr(client, c.key) for c in _COLUMNS)
        i = bisect_left(self._keys, row[-1] or "")
        self._keys.insert(i, row[-1] or "")
        self._by_key.insert(i, row)
        if row[3]:
            self._by_nik.setdefault(row[3], []).append(row)

    def fetch(self, q: MatchQuery, key: str) -> dict[uuid.UUID, tuple]:
        rows: dict[uuid.UUID, tuple] = {}
        if q.nik:
            for row in self._by_nik.get(q.nik.strip(), ()):
                rows[row[0]] = row
        for prefix in _prefix_ranges(key):
            i = bisect_left(self._keys, prefix)
            end = bisect_left(self._keys, prefix + "\uffff", i)
            for row in self._by_key[i:min(end, i + MAX_ROWS_PER_RANGE)]:
                rows[row[0]] = row
        return rows


def _fetch(session: Session, q: MatchQuery, key: str) -> dict[uuid.UUID, tuple]:
    rows: dict[uuid.UUID, tuple] = {}
    base = select(*_COLUMNS).where(Client.deleted_at.is_(None))
    if q.nik:
        for row in session.execute(base.where(Client.nik == q.nik.strip())):
            rows[row[0]] = tuple(row)
    for prefix in _prefix_ranges(key):
        # A range on the indexed column uses ix_client_name_key (LIKE would not, by default).
        rng = base.where(Client.name_key >= prefix, Client.name_key < prefix + "\uffff")
        for row in session.execute(rng.limit(MAX_ROWS_PER_RANGE)):
            rows[row[0]] = tuple(row)
    return rows


def _age_years(born: date, today: date) -> float:
    return (today - born).days / 365.25


def find_candidates(session: Session, q: MatchQuery, *,
                    pool: CandidatePool | None = None) -> list[Candidate]:
    """Probable earlier records of the person described, best first."""
    key = names.name_key(q.full_name)
    if not key and not q.nik:
        return []
    today = local_today()
    birth, estimated = q.birth_date, q.birth_date_estimated
    if birth is None and q.estimated_age is not None:
        birth, estimated = date(today.year - q.estimated_age, 7, 1), True
    regency, province = names.fold(q.regency), names.fold(q.province)

    scored: list[Candidate] = []
    found = pool.fetch(q, key) if pool is not None else _fetch(session, q, key)
    for row in found.values():
        (cid, full_name, nickname, nik, sex, c_birth, c_est, c_regency, c_province,
         c_key) = row
        reasons: list[str] = []
        same_nik = bool(q.nik and nik and nik == q.nik.strip())
        if same_nik:
            reasons.append("NIK sama")
        name_score = 0.0
        if key and c_key:
            name_score = max(fuzz.token_sort_ratio(key, c_key),
                             0.95 * fuzz.token_set_ratio(key, c_key))
            if c_key == key:
                reasons.append("Nama sama (setelah penyeragaman ejaan)")
            elif name_score >= NAME_THRESHOLD:
                reasons.append(f"Nama mirip ({name_score:.0f}%): {full_name}")
        if not same_nik and name_score < NAME_THRESHOLD:
            continue
        if q.sex and sex and q.sex != sex:
            if not same_nik:
                continue
            reasons.append("Jenis kelamin berbeda")
        age_part = 0.5
        if birth and c_birth:
            tolerance = 5.0 if (estimated or c_est) else 1.0
            gap = abs(_age_years(birth, today) - _age_years(c_birth, today))
            if not (estimated or c_est) and birth == c_birth:
                age_part = 1.0
                reasons.append("Tanggal lahir sama")
            elif gap <= tolerance:
                age_part = 1.0 - 0.3 * gap / tolerance
                reasons.append(f"Umur cocok (selisih {gap:.0f} tahun)")
            elif same_nik:
                age_part = 0.0
                reasons.append(f"Umur berbeda {gap:.0f} tahun")
            else:
                continue
        origin_part = 0.5
        c_reg, c_prov = names.fold(c_regency), names.fold(c_province)
        if regency and c_reg:
            if regency == c_reg:
                origin_part = 1.0
                reasons.append(f"Asal sama: {c_regency}")
            elif province and c_prov and province == c_prov:
                origin_part = 0.6
                reasons.append(f"Provinsi asal sama: {c_province}")
            else:
                origin_part = 0.0
                reasons.append(f"Asal berbeda: {c_regency}")
        elif province and c_prov and province == c_prov:
            origin_part = 0.8
            reasons.append(f"Provinsi asal sama: {c_province}")
        score = 0.7 * name_score + 15 * age_part + 15 * origin_part
        if same_nik:
            score = max(score, 99.0) if name_score >= NAME_THRESHOLD else max(score, 90.0)
        scored.append(Candidate(
            client_id=cid, full_name=full_name, nickname=nickname, nik=nik, sex=sex,
            birth_date=c_birth, regency=c_regency, province=c_province,
            score=round(min(score, 100.0), 1), name_score=round(name_score, 1),
            reasons=tuple(reasons), open_case_number=None,
        ))
    scored.sort(key=lambda c: (-c.score, -c.name_score, c.full_name))
    top = scored[: max(1, q.limit)]
    if not top:
        return []
    open_cases = dict(session.execute(
        select(Stay.client_id, func.max(Stay.case_number))
        .where(Stay.client_id.in_([c.client_id for c in top]), Stay.closed_at.is_(None),
               Stay.deleted_at.is_(None))
        .group_by(Stay.client_id)).all())
    return [
        Candidate(**{**c.__dict__, "open_case_number": open_cases.get(c.client_id)})
        for c in top
    ]


def match_query_for(person, *, limit: int = 10) -> MatchQuery:
    """The query for a ``services.intake.PersonInput`` about to be registered."""
    return MatchQuery(full_name=person.full_name, nik=person.nik, sex=person.sex,
                      birth_date=person.birth_date, estimated_age=person.estimated_age,
                      regency=person.regency, province=person.province, limit=limit)


@dataclass(frozen=True)
class LinkInput:
    stay_id: uuid.UUID  # the stay registered under a new (duplicate) client record
    client_id: uuid.UUID  # the earlier client staff confirmed as the same person


def link_to_existing_client(session: Session, data: LinkInput) -> uuid.UUID:
    """Move a stay onto the earlier client; the duplicate record is marked deleted if empty.

    Returns the id of the duplicate client record.
    """
    permissions.require(session, "client.merge")
    stay = get_stay(session, data.stay_id)
    target = get_client(session, data.client_id)
    duplicate = get_client(session, stay.client_id)
    if duplicate.id == target.id:
        raise DomainError("Kasus ini sudah tercatat atas klien tersebut.", field="client_id")
    other_open = session.execute(select(Stay.case_number).where(
        Stay.client_id == target.id, Stay.closed_at.is_(None), Stay.deleted_at.is_(None),
        Stay.id != stay.id)).first()
    if other_open and stay.closed_at is None:
        raise DomainError(f"{target.full_name} masih tercatat dalam kasus terbuka "
                          f"{other_open[0]}; satu orang tidak dapat berada di dua kasus "
                          "terbuka.", field="client_id")
    if duplicate.nik and target.nik and duplicate.nik != target.nik:
        raise DomainError("NIK kedua data berbeda; periksa apakah benar orang yang sama.",
                          field="client_id")
    stay.client_id = target.id
    session.add(stay)
    for name in ("nik", "kk_number", "birth_place", "religion", "address", "village",
                 "district", "regency", "province"):
        if getattr(duplicate, name) and not getattr(target, name):
            setattr(target, name, getattr(duplicate, name))
    remaining = session.execute(select(func.count()).select_from(Stay).where(
        Stay.client_id == duplicate.id, Stay.id != stay.id, Stay.deleted_at.is_(None))
    ).scalar_one()
    if remaining == 0:
        duplicate.deleted_at = utcnow()
        duplicate.notes = (duplicate.notes + "\n" if duplicate.notes else "") + (
            f"Digabungkan ke klien {target.full_name} ({target.id}).")
        if duplicate.nik:
            duplicate.nik = None  # the NIK now belongs to the kept record
    session.add_all([target, duplicate])
    return duplicate.id
