"""Possible duplicate client records, and merging two records of one person.

- :func:`possible_duplicates` lists pairs of live records that are probably the same person:
  the same NIK, or names that sound the same (the same ``sounds_key``, see
  ``core.phonetic``) with the same sex, scored by ``services.matching.score_row`` (name,
  age, origin, with the reasons) and kept from :data:`matching.PROBABLY_SAME` up. Pairs an
  administrator already merged are gone (a merged record is no longer live).
- :func:`merge_clients` (administrator only) moves everything that points at the duplicate
  (stays, family members, attachments, letters, ...: every foreign key to ``client.id``) to
  the kept client, fills the kept record's empty fields from the duplicate, and leaves the
  duplicate as a tombstone: ``deleted_at`` and ``merged_into_id`` set, its history and audit
  events kept. Each moved row is an audited update. The SQL trigger ``client_merge_kept``
  (``storage.search_index``) makes sure no later write, a sync import included, brings a
  merged record back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session

from rumahsinggah.core.errors import DomainError, NotFound
from rumahsinggah.i18n import _
from rumahsinggah.services import matching, permissions
from rumahsinggah.storage.base import Tracked, utcnow
from rumahsinggah.storage.models import Client, Stay

MAX_GROUP = 40  # a sound shared by more records than this is a common name, not a duplicate
# Empty fields of the kept record taken from the duplicate.
FILLED = ("nik", "kk_number", "nickname", "birth_date", "birth_place", "religion", "address",
          "village", "district", "regency", "province", "physical_description",
          "photo_attachment_id", "pmks_category")


@dataclass(frozen=True)
class DuplicatePair:
    keep: matching.Candidate  # the earlier record (created first): the one to keep
    duplicate: matching.Candidate  # the later record, scored against the earlier one
    score: float
    reasons: tuple[str, ...]


def _query_for(row: tuple) -> matching.MatchQuery:
    (_cid, full_name, _nick, nik, sex, birth, est, regency, province, _key, kk) = row
    return matching.MatchQuery(full_name=full_name, nik=nik, sex=sex, birth_date=birth,
                               birth_date_estimated=bool(est), regency=regency,
                               province=province, kk_number=kk)


def _as_candidate(row: tuple) -> matching.Candidate:
    (cid, full_name, nick, nik, sex, birth, _est, regency, province, _key, _kk) = row
    return matching.Candidate(client_id=cid, full_name=full_name, nickname=nick, nik=nik,
                              sex=sex, birth_date=birth, regency=regency, province=province,
                              score=100.0, name_score=100.0, reasons=(),
                              open_case_number=None)


def possible_duplicates(session: Session, *, limit: int = 100,
                        today: date | None = None) -> list[DuplicatePair]:
    """Pairs of live records that are probably one person, the most likely first."""
    live = Client.deleted_at.is_(None)
    groups = select(Client.sounds_key, Client.sex).where(live, Client.sounds_key != "") \
        .group_by(Client.sounds_key, Client.sex) \
        .having(func.count() > 1, func.count() <= MAX_GROUP).subquery()
    cols = (*matching._COLUMNS, Client.created_at, Client.sounds_key)
    width = len(matching._COLUMNS)
    buckets: dict[tuple, list[tuple]] = {}
    for r in session.execute(select(*cols).join(
            groups, (groups.c.sounds_key == Client.sounds_key) & (groups.c.sex == Client.sex))
            .where(live)):
        buckets.setdefault(("sounds", r[-1], r[4]), []).append(tuple(r))
    niks = select(Client.nik).where(live, Client.nik.is_not(None), Client.nik != "") \
        .group_by(Client.nik).having(func.count() > 1).scalar_subquery()
    for r in session.execute(select(*cols).where(live, Client.nik.in_(niks))):
        buckets.setdefault(("nik", r[3]), []).append(tuple(r))
    pairs: dict[frozenset, DuplicatePair] = {}
    for rows in buckets.values():
        rows.sort(key=lambda r: (r[width], str(r[0])))  # earliest first: that one is kept
        for i, earlier in enumerate(rows):
            prepared = matching._prepare(_query_for(earlier[:width]), today)
            for later in rows[i + 1:]:
                cand = matching.score_row(prepared, later[:width])
                if cand is None or cand.score < matching.PROBABLY_SAME:
                    continue
                ids = frozenset((earlier[0], later[0]))
                if ids in pairs and pairs[ids].score >= cand.score:
                    continue
                pairs[ids] = DuplicatePair(keep=_as_candidate(earlier[:width]),
                                           duplicate=cand, score=cand.score,
                                           reasons=cand.reasons)
    ordered = sorted(pairs.values(),
                     key=lambda p: (-p.score, p.keep.full_name, str(p.duplicate.client_id)))
    return ordered[:limit]


def _references() -> list[tuple[type, str]]:
    """(model, column) of every foreign key to ``client.id`` but the merge link itself."""
    found: list[tuple[type, str]] = []
    stack = list(Tracked.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        table = getattr(cls, "__table__", None)
        if table is None:
            continue
        for col in table.columns:
            if cls is Client and col.name == "merged_into_id":
                continue
            if any(fk.target_fullname == "client.id" for fk in col.foreign_keys):
                found.append((cls, col.name))
    return sorted(found, key=lambda t: (t[0].__name__, t[1]))


def _live_client(session: Session, client_id: uuid.UUID, field: str) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound(_("Data klien tidak ditemukan."), field=field)
    if client.merged_into_id is not None:
        raise DomainError(_("Data {full_name} sudah digabungkan ke klien lain.").format(full_name=client.full_name),
                          field=field)
    if client.deleted_at is not None:
        raise DomainError(_("Data {full_name} sudah dihapus.").format(full_name=client.full_name), field=field)
    return client


def merge_clients(session: Session, keep_id: uuid.UUID, duplicate_id: uuid.UUID) -> int:
    """Merge the duplicate record into the kept one; returns how many rows were moved."""
    permissions.require(session, "duplicates.merge")
    if keep_id == duplicate_id:
        raise DomainError(_("Pilih dua data klien yang berbeda untuk digabungkan."),
                          field="duplicate_id")
    keep = _live_client(session, keep_id, "keep_id")
    dup = _live_client(session, duplicate_id, "duplicate_id")
    if keep.nik and dup.nik and keep.nik != dup.nik:
        raise DomainError(_("NIK kedua data berbeda; periksa apakah benar orang yang sama."),
                          field="duplicate_id")
    if keep.sex and dup.sex and keep.sex != dup.sex:
        raise DomainError(_("Jenis kelamin kedua data berbeda; periksa apakah benar orang yang "
                          "sama."), field="duplicate_id")
    open_cases = session.execute(
        select(Stay.client_id, Stay.case_number).where(
            Stay.client_id.in_([keep.id, dup.id]), Stay.closed_at.is_(None),
            Stay.deleted_at.is_(None))).all()
    if len({cid for cid, _number in open_cases}) > 1:
        numbers = ", ".join(sorted(n for _cid, n in open_cases))
        raise DomainError(_("Kedua data masih punya kasus terbuka ({numbers}); satu orang "
              "tidak dapat berada di dua kasus terbuka. Tutup atau hapus salah satu kasus "
              "dahulu.").format(numbers=numbers), field="duplicate_id")
    moved = 0
    for model, column in _references():
        col = getattr(model, column)
        for row in session.execute(select(model).where(col == dup.id)).scalars():
            setattr(row, column, keep.id)
            session.add(row)
            moved += 1
    for name in FILLED:
        if getattr(dup, name) and not getattr(keep, name):
            setattr(keep, name, getattr(dup, name))
    if dup.nik and keep.nik == dup.nik:
        dup.nik = None  # the NIK now belongs to the kept record alone
    dup.merged_into_id = keep.id
    dup.deleted_at = utcnow()
    dup.notes = (dup.notes + "\n" if dup.notes else "") + (
        f"Digabungkan ke klien {keep.full_name} ({keep.id}).")
    session.add_all([keep, dup])
    return moved


def resolve(session: Session, client_id: uuid.UUID) -> uuid.UUID:
    """The live record a client id stands for: follows ``merged_into_id`` links."""
    seen: set[uuid.UUID] = set()
    current = client_id
    while current not in seen:
        seen.add(current)
        target = session.execute(select(Client.merged_into_id).where(
            Client.id == current)).scalar_one_or_none()
        if target is None:
            return current
        current = target
    return current
