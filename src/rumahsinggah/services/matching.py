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

How candidates are found (fast at 100,000 clients, ``benchmarks/bench_matching.py``): an
exact NIK, the same KK number (through the full-text index), and the records sharing a word
*as heard*: ``core.phonetic`` keys every word of the name and every pair of neighbouring
words written as one (Nurhaliza / Nur Haliza), the ``client_sounds`` FTS5 index
(``storage.search_index``) returns the records sharing any key, those sharing the most and
the rarest keys first (bm25), at most :data:`MAX_SOUND_HITS`. Every word counts, the first
included. They are then scored with rapidfuzz over the written canonical names
(``core.names``) and over the heard ones, and ranked by name, age, sex and origin with the
reasons. A score of :data:`PROBABLY_SAME` or more reads "probably the same person".
"""

from __future__ import annotations

import heapq
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import chain

from rapidfuzz import fuzz
from sqlalchemy import column, func, literal_column, select, table
from sqlmodel import Session

from rumahsinggah.core import names, phonetic
from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import local_today
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions, server_matching
from rumahsinggah.services._common import get_client, get_stay
from rumahsinggah.storage import search_index
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Client, Stay
from rumahsinggah.storage.server import on_postgres

NAME_THRESHOLD = 78.0
PROBABLY_SAME = 85.0  # a candidate scored this high is "probably the same person"
MAX_SOUND_HITS = 300


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
    kk_number: str | None = None
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

    @property
    def probably_same(self) -> bool:
        return self.score >= PROBABLY_SAME


_COLUMNS = (Client.id, Client.full_name, Client.nickname, Client.nik, Client.sex,
            Client.birth_date, Client.birth_date_estimated, Client.regency, Client.province,
            Client.name_key, Client.kk_number)

_sounds = table(search_index.SOUNDS_TABLE, column("rowid"))
_search = table(search_index.SEARCH_TABLE, column("rowid"))


def _sound_query(full_name: str) -> str | None:
    """The FTS5 query: any key of a word or of two words joined."""
    keys = list(dict.fromkeys([*phonetic.word_keys(full_name),
                               *phonetic.compound_keys(full_name)]))
    return " OR ".join(search_index.quote(k) for k in keys) or None


def _fetch(session: Session, q: MatchQuery) -> dict[uuid.UUID, tuple]:
    if on_postgres(session):
        return server_matching.fetch(session, q, _COLUMNS, _row_keys(q.full_name),
                                     MAX_SOUND_HITS)
    rows: dict[uuid.UUID, tuple] = {}
    base = select(*_COLUMNS).where(Client.deleted_at.is_(None))
    rowid = literal_column("client.rowid")
    if q.nik and q.nik.strip():
        for row in session.execute(base.where(Client.nik == q.nik.strip())):
            rows[row[0]] = tuple(row)
    kk = (q.kk_number or "").strip()
    if len(kk) >= 3 and kk.isdigit():
        hits = select(_search.c.rowid).where(literal_column(search_index.SEARCH_TABLE).match(
            f"numbers : {search_index.quote(kk)}"))
        for row in session.execute(base.where(rowid.in_(hits.scalar_subquery()),
                                              Client.kk_number == kk)):
            rows[row[0]] = tuple(row)
    sound = _sound_query(q.full_name)
    if sound:
        hits = (select(_sounds.c.rowid)
                .where(literal_column(search_index.SOUNDS_TABLE).match(sound))
                .order_by(literal_column("rank")).limit(MAX_SOUND_HITS))
        for row in session.execute(base.where(rowid.in_(hits.scalar_subquery()))):
            rows.setdefault(row[0], tuple(row))
    return rows


def _row_keys(full_name: str) -> list[str]:
    return list(dict.fromkeys([*phonetic.word_keys(full_name),
                               *phonetic.compound_keys(full_name)]))


class CandidatePool:
    """For bulk work (importing a register): the store's clients held in memory, so each row
    is matched without a query. ``find_candidates(..., pool=pool)`` narrows as the database
    does (exact NIK, same KK, records sharing a heard key, those sharing the most keys first,
    at most :data:`MAX_SOUND_HITS`) and scores with the same :func:`score_row`. The open
    stays are read once too: stays opened during the bulk work are not seen."""

    def __init__(self, session: Session) -> None:
        self._rows: list[tuple] = []
        self._by_sound: dict[str, list[int]] = {}  # a heard key: positions in _rows
        self._by_nik: dict[str, list[tuple]] = {}
        self._by_kk: dict[str, list[tuple]] = {}
        for row in session.execute(select(*_COLUMNS).where(Client.deleted_at.is_(None))):
            self._add_row(tuple(row))
        self.open_cases: dict[uuid.UUID, str] = dict(session.execute(_open_cases()).all())

    def _add_row(self, row: tuple) -> None:
        position = len(self._rows)
        self._rows.append(row)
        for key in _row_keys(row[1]):
            self._by_sound.setdefault(key, []).append(position)
        if row[3]:
            self._by_nik.setdefault(row[3], []).append(row)
        if row[10]:
            self._by_kk.setdefault(row[10], []).append(row)

    def add(self, client: Client) -> None:
        """A client written during the bulk work (after it is flushed)."""
        self._add_row(tuple(getattr(client, c.key) for c in _COLUMNS))

    def fetch(self, q: MatchQuery) -> dict[uuid.UUID, tuple]:
        rows: dict[uuid.UUID, tuple] = {}
        for row in self._by_nik.get((q.nik or "").strip(), ()):
            rows[row[0]] = row
        for row in self._by_kk.get((q.kk_number or "").strip(), ()):
            rows[row[0]] = row
        # How many keys each record shares (counted by position: hashing a UUID costs more),
        # the most first; ties in the order met, as sorted(..., reverse=True) keeps them.
        shared = Counter(chain.from_iterable(
            self._by_sound.get(key, ()) for key in _row_keys(q.full_name)))
        for position in heapq.nlargest(MAX_SOUND_HITS, shared, key=shared.__getitem__):
            row = self._rows[position]
            rows.setdefault(row[0], row)
        return rows


def name_similarity(typed: str, recorded: str, *, key: str | None = None,
                    heard: str | None = None) -> float:
    """0-100: how alike two full names are, as written (canonical) and as heard.

    ``key`` / ``heard``: the typed name's ``names.name_key`` and ``phonetic.spoken``, when
    the caller compares one typed name with many records.
    """
    key = names.name_key(typed) if key is None else key
    c_key = names.name_key(recorded)
    if not key or not c_key:
        return 0.0
    written = max(fuzz.token_sort_ratio(key, c_key), 0.95 * fuzz.token_set_ratio(key, c_key))
    heard_q = phonetic.spoken(typed) if heard is None else heard
    heard_c = phonetic.spoken(recorded)
    heard = max(fuzz.token_sort_ratio(heard_q, heard_c),
                0.95 * fuzz.token_set_ratio(heard_q, heard_c),
                # one word or two: compare the names with the spaces taken out
                fuzz.ratio(heard_q.replace(" ", ""), heard_c.replace(" ", "")))
    # Names that only sound alike score a little below names written alike.
    return max(written, 0.97 * heard)


def _age_years(born: date, today: date) -> float:
    return (today - born).days / 365.25


@dataclass(frozen=True)
class _Prepared:
    """What scoring needs of the query, computed once."""

    q: MatchQuery
    key: str
    heard: str
    today: date
    birth: date | None
    estimated: bool
    regency: str
    province: str
    age: float = 0.0  # the query's age in years today (when ``birth`` is known)


def _prepare(q: MatchQuery, today: date | None = None) -> _Prepared:
    today = today or local_today()
    birth, estimated = q.birth_date, q.birth_date_estimated
    if birth is None and q.estimated_age is not None:
        birth, estimated = date(today.year - q.estimated_age, 7, 1), True
    return _Prepared(q, names.name_key(q.full_name), phonetic.spoken(q.full_name), today,
                     birth, estimated,
                     names.fold(q.regency), names.fold(q.province),
                     _age_years(birth, today) if birth else 0.0)


def score_row(p: _Prepared, row: tuple) -> Candidate | None:
    """The candidate a client row makes for the prepared query, or None when it is not one.

    ``row`` holds the columns of ``_COLUMNS`` in that order.
    """
    q, key, today, birth, estimated = p.q, p.key, p.today, p.birth, p.estimated
    regency, province = p.regency, p.province
    (cid, full_name, nickname, nik, sex, c_birth, c_est, c_regency, c_province,
     c_key, c_kk) = row
    reasons: list[str] = []
    same_nik = bool(q.nik and nik and nik == q.nik.strip())
    same_kk = bool(q.kk_number and c_kk and c_kk == q.kk_number.strip())
    if same_nik:
        reasons.append("NIK sama")
    if same_kk:
        reasons.append("Nomor KK sama")
    papers = same_nik or same_kk  # a NIK or KK match always surfaces
    gap = tolerance = 0.0
    if birth and c_birth:
        tolerance = 5.0 if (estimated or c_est) else 1.0
        gap = abs(p.age - _age_years(c_birth, today))
    # Without papers, another sex or age rules a record out whatever its name: checked
    # before the name comparison, which costs far more (a register import scores millions).
    if not papers and ((q.sex and sex and q.sex != sex) or gap > tolerance):
        return None
    name_score = 0.0
    if key and c_key:
        name_score = name_similarity(q.full_name, full_name, key=key, heard=p.heard)
        if c_key == key:
            reasons.append("Nama sama (setelah penyeragaman ejaan)")
        elif phonetic.spoken(full_name) == p.heard:
            reasons.append(f"Nama terdengar sama: {full_name}")
        elif name_score >= NAME_THRESHOLD:
            reasons.append(f"Nama mirip ({name_score:.0f}%): {full_name}")
    if not papers and name_score < NAME_THRESHOLD:
        return None
    if q.sex and sex and q.sex != sex:
        if not papers:
            return None
        reasons.append("Jenis kelamin berbeda")
    age_part = 0.5
    if birth and c_birth:
        if not (estimated or c_est) and birth == c_birth:
            age_part = 1.0
            reasons.append("Tanggal lahir sama")
        elif gap <= tolerance:
            age_part = 1.0 - 0.3 * gap / tolerance
            reasons.append(f"Umur cocok (selisih {gap:.0f} tahun)")
        elif papers:
            age_part = 0.0
            reasons.append(f"Umur berbeda {gap:.0f} tahun")
        else:
            return None
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
    elif same_kk and name_score < NAME_THRESHOLD:
        # Same family card, another name: a relative more likely than the same person.
        score = min(score, PROBABLY_SAME - 1)
    return Candidate(
        client_id=cid, full_name=full_name, nickname=nickname, nik=nik, sex=sex,
        birth_date=c_birth, regency=c_regency, province=c_province,
        score=round(min(score, 100.0), 1), name_score=round(name_score, 1),
        reasons=tuple(reasons), open_case_number=None,
    )


def _open_cases():
    """Each client's open stay (the highest case number, should there be two)."""
    return (select(Stay.client_id, func.max(Stay.case_number))
            .where(Stay.closed_at.is_(None), Stay.deleted_at.is_(None))
            .group_by(Stay.client_id))


def find_candidates(session: Session, q: MatchQuery, *,
                    pool: CandidatePool | None = None) -> list[Candidate]:
    """Probable earlier records of the person described, best first."""
    if not names.name_key(q.full_name) and not q.nik and not q.kk_number:
        return []
    prepared = _prepare(q)
    found = pool.fetch(q) if pool is not None else _fetch(session, q)
    scored = [c for c in (score_row(prepared, row) for row in found.values())
              if c is not None]
    scored.sort(key=lambda c: (-c.score, -c.name_score, c.full_name))
    top = scored[: max(1, q.limit)]
    if not top:
        return []
    if pool is not None:
        open_cases = pool.open_cases
    else:
        open_cases = dict(session.execute(
            _open_cases().where(Stay.client_id.in_([c.client_id for c in top]))).all())
    return [
        Candidate(**{**c.__dict__, "open_case_number": open_cases.get(c.client_id)})
        for c in top
    ]


def match_query_for(person, *, limit: int = 10) -> MatchQuery:
    """The query for a ``services.intake.PersonInput`` about to be registered."""
    return MatchQuery(full_name=person.full_name, nik=person.nik, sex=person.sex,
                      birth_date=person.birth_date, estimated_age=person.estimated_age,
                      regency=person.regency, province=person.province,
                      kk_number=getattr(person, "kk_number", None), limit=limit)


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
        raise DomainError(_("Kasus ini sudah tercatat atas klien tersebut."), field="client_id")
    other_open = session.execute(select(Stay.case_number).where(
        Stay.client_id == target.id, Stay.closed_at.is_(None), Stay.deleted_at.is_(None),
        Stay.id != stay.id)).first()
    if other_open and stay.closed_at is None:
        raise DomainError(_("{full_name} masih tercatat dalam kasus terbuka {value}; satu "
              "orang tidak dapat berada di dua kasus terbuka.").format(full_name=target.full_name, value=other_open[0]), field="client_id")
    if duplicate.nik and target.nik and duplicate.nik != target.nik:
        raise DomainError(_("NIK kedua data berbeda; periksa apakah benar orang yang sama."),
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
        duplicate.merged_into_id = target.id  # a tombstone pointing at the kept record
        duplicate.deleted_at = utcnow()
        duplicate.notes = (duplicate.notes + "\n" if duplicate.notes else "") + (
            f"Digabungkan ke klien {target.full_name} ({target.id}).")
        if duplicate.nik:
            duplicate.nik = None  # the NIK now belongs to the kept record
    session.add_all([target, duplicate])
    return duplicate.id
