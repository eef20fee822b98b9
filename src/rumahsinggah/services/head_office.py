"""A head office (Dinas Sosial): one store receiving the bundles of the shelters it runs.

A store becomes a head office with ``sync.desk.set_head_office`` (``rumahsinggah desk
head-office on``), normally on a PostgreSQL server. It then accepts bundles only from the
shelters its administrator named (:func:`name_shelter`: the shelter's store id, code and
name, read off one of its bundles with :func:`shelter_of_bundle`); a bundle from any other
store is refused unread. Each import records which desk sent it for which shelter
(:class:`~rumahsinggah.storage.models.ShelterDesk`): every row keeps the ``site_id`` of the
desk that wrote it, so each client's and stay's shelter of origin is known
(:func:`origin_of`).

What the head office offers on top of the desk's own screens (the board, search, the monthly
recap and the service-level view already span every facility of the store):

- :func:`returning_clients`: people who arrived at one shelter and are probably the same
  person as a client of *another* shelter (the matcher of ``services.matching`` over the
  whole store), e.g. raided in Kota Banjar last month and brought to Banjarmasin today;
- :func:`shelter_summaries`: per shelter, its desks, bundles, clients and open stays;
- :func:`export_xlsx`: the monthly recap per facility and in total, the service level per
  facility, the shelters and the returning clients, in one workbook.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from rumahsinggah.core.errors import DomainError, NotFound
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.services.matching import PROBABLY_SAME, MatchQuery, find_candidates
from rumahsinggah.storage.audit import record_event
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Client, Facility, Shelter, ShelterDesk, Stay


@dataclass(frozen=True)
class ShelterSummary:
    store_id: str
    code: str
    name: str
    active: bool
    desks: int
    bundles: int
    last_bundle_at: datetime | None
    clients: int
    open_stays: int


@dataclass(frozen=True)
class ReturningClient:
    """A client who arrived at one shelter and probably is a client of another."""

    client_id: uuid.UUID
    full_name: str
    shelter: str  # the code of the shelter the new stay belongs to
    arrival_at: datetime
    case_number: str
    earlier_id: uuid.UUID
    earlier_name: str
    earlier_shelter: str
    earlier_arrival_at: datetime  # the earlier record's last arrival before this one
    earlier_case_number: str
    score: float
    reasons: tuple[str, ...]


def _is_head_office(session: Session) -> bool:
    from rumahsinggah.sync import desk

    return desk.identity(session).head_office


def name_shelter(session: Session, store_id: str, name: str, code: str) -> Shelter:
    """Accept bundles of the shelter whose store is ``store_id`` from now on (again, if it was
    set aside); ``code`` is how the head office's screens and reports name it."""
    permissions.require(session, "desk.head_office")
    store_id = (store_id or "").strip()
    if not re.fullmatch(r"store-[0-9a-f]{32}", store_id):
        raise DomainError(_("Kode basis data shelter tidak sah: {value}. Salin dari paket "
                            "shelter itu ('rumahsinggah head-office bundle-info BERKAS').")
                          .format(value=store_id[:80]), field="store_id")
    code = (code or "").strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{2,12}", code):
        raise DomainError(_("Kode shelter harus 2-12 huruf besar atau angka, misalnya BJM."),
                          field="code")
    if not (name or "").strip():
        raise DomainError(_("Nama shelter wajib diisi."), field="name")
    taken = session.exec(select(Shelter).where(Shelter.code == code,
                                               Shelter.store_id != store_id)).scalars().first()
    if taken is not None:
        raise DomainError(_("Kode {code} sudah dipakai shelter {name}.").format(
            code=code, name=taken.name), field="code")
    shelter = session.get(Shelter, store_id) or Shelter(store_id=store_id, code=code, name="")
    actor = session.info.get("actor")
    shelter.code, shelter.name, shelter.active = code, name.strip()[:200], True
    shelter.named_by = getattr(actor, "username", "")[:60]
    session.add(shelter)
    record_event(session, "head_office_shelter", entity="shelter",
                 details={"store_id": store_id, "code": code, "name": shelter.name})
    return shelter


def set_shelter_aside(session: Session, code: str) -> None:
    """Stop accepting a shelter's bundles; what it sent stays."""
    permissions.require(session, "desk.head_office")
    shelter = _by_code(session, code)
    shelter.active = False
    session.add(shelter)
    record_event(session, "head_office_shelter_off", entity="shelter",
                 details={"store_id": shelter.store_id, "code": shelter.code})


def _by_code(session: Session, code: str) -> Shelter:
    shelter = session.exec(select(Shelter).where(
        Shelter.code == (code or "").strip().upper())).scalars().first()
    if shelter is None:
        raise NotFound(_("Shelter dengan kode {code} belum dinamai di kantor pusat.").format(
            code=(code or "").strip().upper()))
    return shelter


def check_bundle(session: Session, manifest: dict[str, Any]) -> None:
    """At a head office: refuse a bundle from a shelter not named (or set aside)."""
    shelter = session.get(Shelter, manifest["store_id"])
    if shelter is None or not shelter.active:
        name = str(manifest.get("store_name") or manifest["store_id"])[:120]
        raise DomainError(_(
            "Paket ini dari {name}, yang belum terdaftar sebagai shelter kantor pusat ini. "
            "Paket tidak diimpor. Administrator mendaftarkannya dengan 'rumahsinggah "
            "head-office add-shelter {store_id} KODE NAMA'.").format(
                name=name, store_id=manifest["store_id"]))


def note_bundle(session: Session, manifest: dict[str, Any]) -> None:
    """At a head office: remember the desk and the shelter of an imported bundle."""
    shelter = session.get(Shelter, manifest["store_id"])
    if shelter is None:
        return
    site = str(manifest["origin"])[:40]
    seen = session.get(ShelterDesk, site)
    if seen is None:
        session.add(ShelterDesk(site_id=site, store_id=shelter.store_id,
                                code=str(manifest.get("origin_code") or "")[:8]))
    shelter.bundles += 1
    shelter.last_bundle_at = utcnow()
    session.add(shelter)


def shelter_of_bundle(manifest: dict[str, Any]) -> tuple[str, str]:
    """(store id, store name) of a bundle's manifest, for naming its shelter."""
    return str(manifest.get("store_id", "")), str(manifest.get("store_name", ""))


def shelters(session: Session) -> list[Shelter]:
    return list(session.exec(select(Shelter).order_by(Shelter.code)).scalars())


def _shelter_codes(session: Session) -> dict[str, str]:
    """{desk site id: shelter code} for every desk seen."""
    return dict(session.execute(select(ShelterDesk.site_id, Shelter.code)
                                .join(Shelter, Shelter.store_id == ShelterDesk.store_id)).all())


def origin_of(session: Session, client_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """{client id: code of the shelter it came from} ('' for one written here)."""
    ids = list(client_ids)
    if not ids:
        return {}
    desks = _shelter_codes(session)
    rows = session.execute(select(Client.id, Client.site_id).where(Client.id.in_(ids))).all()
    return {cid: desks.get(site or "", "") for cid, site in rows}


def shelter_summaries(session: Session) -> list[ShelterSummary]:
    permissions.require(session, "report.monthly")
    out = []
    for sh in shelters(session):
        sites = select(ShelterDesk.site_id).where(ShelterDesk.store_id == sh.store_id)
        desks = session.execute(select(func.count()).select_from(sites.subquery())).scalar_one()
        clients = session.execute(select(func.count()).select_from(Client).where(
            Client.deleted_at.is_(None), Client.site_id.in_(sites))).scalar_one()
        open_stays = session.execute(select(func.count()).select_from(Stay).where(
            Stay.deleted_at.is_(None), Stay.closed_at.is_(None),
            Stay.site_id.in_(sites))).scalar_one()
        out.append(ShelterSummary(sh.store_id, sh.code, sh.name, sh.active, desks, sh.bundles,
                                  sh.last_bundle_at, clients, open_stays))
    return out


# Each arrival asks the matcher (about 40 ms at a million clients): the newest this many are
# checked, and callers say so when the period holds more (arrivals_between).
MAX_ARRIVALS = 500


def _bounds(arrived_from: date, arrived_to: date | None) -> tuple[datetime, datetime]:
    start = datetime.combine(arrived_from, time(0), tzinfo=UTC)
    end = datetime.combine((arrived_to or date.today()) + timedelta(days=1), time(0), tzinfo=UTC)
    return start, end


def arrivals_between(session: Session, arrived_from: date, arrived_to: date | None = None) -> int:
    """How many live stays arrived in the period (to tell when not all were checked)."""
    start, end = _bounds(arrived_from, arrived_to)
    return session.execute(select(func.count()).select_from(Stay).where(
        Stay.deleted_at.is_(None), Stay.arrival_at >= start, Stay.arrival_at < end)).scalar_one()


def returning_clients(session: Session, *, arrived_from: date, arrived_to: date | None = None,
                      limit: int | None = None) -> list[ReturningClient]:
    """People who arrived (UTC days ``arrived_from`` .. ``arrived_to``) at one shelter and
    probably are a client of another shelter, best match first per arrival; the newest
    ``limit`` (:data:`MAX_ARRIVALS`) arrivals are checked."""
    permissions.require(session, "report.monthly")
    start, end = _bounds(arrived_from, arrived_to)
    arrivals = session.execute(
        select(Stay.client_id, Stay.arrival_at, Stay.case_number, Client.full_name, Client.nik,
               Client.sex, Client.birth_date, Client.birth_date_estimated, Client.regency,
               Client.province, Client.kk_number, Client.site_id)
        .join(Client, Client.id == Stay.client_id)
        .where(Stay.deleted_at.is_(None), Client.deleted_at.is_(None),
               Stay.arrival_at >= start, Stay.arrival_at < end)
        .order_by(Stay.arrival_at.desc()).limit(limit or MAX_ARRIVALS)).all()
    desks = _shelter_codes(session)
    found: list[ReturningClient] = []
    for row in arrivals:
        here = desks.get(row.site_id or "", "")
        query = MatchQuery(full_name=row.full_name, nik=row.nik, sex=row.sex,
                           birth_date=row.birth_date,
                           birth_date_estimated=bool(row.birth_date_estimated),
                           regency=row.regency or "", province=row.province or "",
                           kk_number=row.kk_number, limit=10)
        candidates = [c for c in find_candidates(session, query)
                      if c.client_id != row.client_id and c.score >= PROBABLY_SAME]
        if not candidates:
            continue
        origins = origin_of(session, [c.client_id for c in candidates])
        for c in candidates:
            there = origins.get(c.client_id, "")
            if not there or there == here:
                continue
            # Returning means known there *before* arriving here: the other record's newer
            # stay is the other direction of the same pair, listed under that arrival.
            before = session.execute(
                select(Stay.arrival_at, Stay.case_number)
                .where(Stay.client_id == c.client_id, Stay.deleted_at.is_(None),
                       Stay.arrival_at < row.arrival_at)
                .order_by(Stay.arrival_at.desc()).limit(1)).first()
            if before is None:
                continue
            found.append(ReturningClient(
                row.client_id, row.full_name, here, row.arrival_at, row.case_number,
                c.client_id, c.full_name, there, before.arrival_at, before.case_number,
                c.score, c.reasons))
            break
    return found


def _facility_codes(session: Session) -> list[str]:
    return list(session.exec(select(Facility.code).where(Facility.deleted_at.is_(None))
                             .order_by(Facility.code)).scalars())


def export_xlsx(store, actor, month: str, path: Path) -> Path:
    """One workbook for the head office: the month's recap per facility and in total, the
    service level per facility, the shelters and the month's returning clients."""
    from io import BytesIO

    from openpyxl import load_workbook

    from rumahsinggah.services import recap_export
    from rumahsinggah.services.recap import monthly_recap, parse_month
    from rumahsinggah.services.service_level_view import service_level_report

    recap = monthly_recap(store, actor, month)
    book = load_workbook(BytesIO(recap_export.export_bytes(store, actor, recap, "xlsx")))
    year, mon = parse_month(month)
    first = date(year, mon, 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    with store.session(actor, readonly=True) as s, s.begin():
        summaries = shelter_summaries(s)
        returning = returning_clients(s, arrived_from=first, arrived_to=last)
        arrived = arrivals_between(s, first, last)
        levels = []
        for fac in s.exec(select(Facility).where(Facility.deleted_at.is_(None))
                          .order_by(Facility.code)).scalars():
            levels.append((fac, service_level_report(s, first, last, facility_id=fac.id)))
    sheet = book.create_sheet("Shelter")
    sheet.append(["Kode", "Nama", "Diterima", "Meja", "Paket", "Paket terakhir (UTC)",
                  "Klien", "Tinggal terbuka"])
    for sh in summaries:
        sheet.append([sh.code, sh.name, "ya" if sh.active else "tidak", sh.desks, sh.bundles,
                      sh.last_bundle_at.replace(tzinfo=None) if sh.last_bundle_at else None,
                      sh.clients, sh.open_stays])
    sheet = book.create_sheet("Klien kembali")
    sheet.append(["Tiba (UTC)", "Shelter", "No. kasus", "Nama", "Shelter sebelumnya",
                  "Nama sebelumnya", "Skor", "Alasan", "Tiba sebelumnya (UTC)",
                  "No. kasus sebelumnya"])
    for r in returning:
        sheet.append([r.arrival_at.replace(tzinfo=None), r.shelter, r.case_number, r.full_name,
                      r.earlier_shelter, r.earlier_name, round(r.score), "; ".join(r.reasons),
                      r.earlier_arrival_at.replace(tzinfo=None), r.earlier_case_number])
    if arrived > MAX_ARRIVALS:
        sheet.append([])
        sheet.append([f"Hanya {MAX_ARRIVALS} kedatangan terbaru dari {arrived} bulan ini yang "
                      "diperiksa; untuk sisanya pakai 'rumahsinggah head-office returning "
                      "--since' per pekan."])
    sheet = book.create_sheet("Capaian layanan")
    sheet.append(["Fasilitas", "Standar", "Kasus", "No.", "Langkah", "Batas", "Tepat waktu",
                  "Terlambat", "Belum, lewat batas", "Belum, masih dalam batas"])
    for fac, report in levels:
        for std in report.standards:
            for step in std.steps:
                sheet.append([fac.code, std.code, std.cases, step.number, step.text,
                              step.limit, step.within, step.beyond, step.open_overdue,
                              step.open_on_time])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    with store.write(actor) as s:
        record_event(s, "head_office_export", details={"month": month, "file": path.name,
                                                       "returning": len(returning)})
    return path
