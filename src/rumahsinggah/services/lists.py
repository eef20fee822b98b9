"""Lists a desk prints or exports: the board's view, today's arrivals, a raid's summary and its
receipt (tanda terima) for the raiding agency.

Contract (Qt-free; the window and the CLI call the same functions):
- ``board_table(session, query, today=None) -> ListTable``: every row of the board's current
  view (its filters, search and sort), not only the page on screen.
- ``arrivals_table(session, day=None, facility_id=None) -> ListTable``: who arrived on
  ``day`` (today by default, on each facility's calendar).
- ``raid_sheet(session, raid_id) -> RaidSheet``: the raid's letter, agency, place and people
  with the case numbers given; ``raid_of_stay(session, stay_id)`` finds a stay's raid.
- ``table_bytes(store, actor, table, kind, facility_id=None)`` with kind ``pdf`` / ``xlsx``;
  ``raid_bytes(store, actor, raid_id, kind)`` with kind ``summary`` / ``receipt`` (PDF) or
  ``xlsx``; ``save(path, data)`` writes owner-only and whole.
The PDFs go out under the kop surat of the office that issues the facility's letters, as the
letters and the monthly recap do.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import local_date, local_today, zone_info
from rumahsinggah.core.vocab import CASE_SOURCE_LABELS, CASE_STATUS_LABELS
from rumahsinggah.documents.indonesian import tanggal, tanggal_jam, umur
from rumahsinggah.documents.layout import Signer
from rumahsinggah.documents.lists import ListTable, RaidSheet
from rumahsinggah.i18n import _
from rumahsinggah.services import board
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Client, Facility, Raid, Stay, User

RESIDENCY_WORDS = {
    board.NONE: "Tanpa batas", board.NORMAL: "Dalam batas",
    board.APPROACHING: "Mendekati batas", board.ELIGIBLE: "Lewat batas",
}
EXPORT_ROWS = 100_000


def _facility_name(session: Session, facility_id: uuid.UUID | None) -> str:
    facility = session.get(Facility, facility_id) if facility_id is not None else None
    return facility.name if facility is not None else "Semua fasilitas"


def describe_query(session: Session, q: board.BoardQuery) -> list[str]:
    """The board's filters in words, for the lines under a printed list's title."""
    parts = []
    if q.status:
        parts.append(f"status {CASE_STATUS_LABELS.get(q.status, q.status)}")
    if q.category:
        parts.append(f"kategori PPKS {q.category}")
    if q.residency:
        parts.append(f"batas tinggal: {RESIDENCY_WORDS.get(q.residency, q.residency)}")
    if q.service == board.SL_OVERDUE:
        parts.append("langkah layanan terlambat")
    if q.arrived_days_back is not None:
        first_back, last_back = q.arrived_days_back
        if first_back == last_back:
            parts.append("tiba hari ini" if first_back == 0 else
                         "tiba kemarin" if first_back == 1 else f"tiba {first_back} hari lalu")
        else:
            parts.append(f"tiba dalam {first_back + 1} hari terakhir")
    elif q.arrived_from or q.arrived_to:
        first, last = q.arrived_from, q.arrived_to
        if first == last:
            parts.append(f"tiba {tanggal(first)}")
        else:
            parts.append(f"tiba {tanggal(first) if first else '...'} s.d. "
                         f"{tanggal(last) if last else '...'}")
    if q.text.strip():
        parts.append(f"pencarian \u201c{q.text.strip()}\u201d")
    return ["Saring: " + "; ".join(parts) + "."] if parts else []


def _all_rows(session: Session, q: board.BoardQuery, today: date | None):
    page = board.board_page(session, q.page(0, EXPORT_ROWS), today=today)
    return page.rows


def board_table(session: Session, q: board.BoardQuery, *, today: date | None = None
                ) -> ListTable:
    rows = _all_rows(session, q, today)
    out = []
    for i, r in enumerate(rows, start=1):
        nick = r.nickname.strip()
        name = f"{r.full_name} ({nick})" if nick and nick != r.full_name else r.full_name
        limit = (f"{RESIDENCY_WORDS[r.residency]} ({r.limit_days} hari)"
                 if r.limit_days else RESIDENCY_WORDS[board.NONE])
        out.append((str(i), r.case_number, name, r.facility_code, r.pmks_category,
                    CASE_STATUS_LABELS.get(r.status, r.status), str(r.day), limit,
                    f"Terlambat ({r.overdue_steps})" if r.overdue_steps else "Tepat waktu"))
    today = today or local_today()
    notes = [*describe_query(session, q),
             f"Keadaan pada {tanggal(today)}: {len(out)} penghuni."]
    return ListTable(
        title="Daftar Penghuni Rumah Singgah",
        subtitle=_facility_name(session, q.facility_id),
        notes=tuple(notes),
        columns=("No.", "Nomor kasus", "Nama (panggilan)", "Fas.", "Kategori PPKS", "Status",
                 "Hari ke-", "Batas tinggal", "Tenggat layanan"),
        widths=(4, 13, 22, 6, 15, 13, 6, 13, 11),
        rows=out, sheet="Penghuni",
    )


def arrivals_table(session: Session, day: date | None = None,
                   facility_id: uuid.UUID | None = None) -> ListTable:
    if day is None:  # today on each facility's own calendar
        q = board.BoardQuery(facility_id=facility_id, arrived_days_back=(0, 0),
                             sort="day", descending=False)
        day = local_today(_one_zone(session, facility_id))
    else:
        q = board.BoardQuery(facility_id=facility_id, arrived_from=day, arrived_to=day,
                             sort="day", descending=False)
    rows = _all_rows(session, q, None)
    zones = {code: zone_info(tz) for code, tz in session.execute(
        select(Facility.code, Facility.time_zone)).all()}
    sources = dict(session.execute(
        select(Stay.id, Stay.source).where(Stay.id.in_([r.stay_id for r in rows]))).all()) \
        if rows else {}
    out = []
    for i, r in enumerate(sorted(rows, key=lambda r: r.arrival_at), start=1):
        nick = r.nickname.strip()
        name = f"{r.full_name} ({nick})" if nick and nick != r.full_name else r.full_name
        local = r.arrival_at.astimezone(zones.get(r.facility_code) or zone_info(None))
        source = sources.get(r.stay_id, "")
        out.append((str(i), local.strftime("%H.%M"), r.case_number, name, r.facility_code,
                    r.pmks_category, CASE_SOURCE_LABELS.get(source, source),
                    CASE_STATUS_LABELS.get(r.status, r.status)))
    return ListTable(
        title="Daftar Kedatangan Klien",
        subtitle=f"{_facility_name(session, facility_id)} \u2022 {tanggal(day)}",
        notes=(f"Klien yang tiba pada {tanggal(day)}: {len(out)} orang.",),
        columns=("No.", "Jam tiba", "Nomor kasus", "Nama (panggilan)", "Fas.",
                 "Kategori PPKS", "Asal", "Status"),
        widths=(4, 7, 15, 25, 6, 16, 13, 14),
        rows=out, sheet="Kedatangan",
    )


def _one_zone(session: Session, facility_id: uuid.UUID | None):
    """The zone a list's date is written in: the facility's, or the one zone all share."""
    query = select(Facility.time_zone).distinct()
    if facility_id is not None:
        query = query.where(Facility.id == facility_id)
    zones = {zone_info(tz) for tz in session.execute(query).scalars()}
    return zones.pop() if len(zones) == 1 else None


def raid_of_stay(session: Session, stay_id: uuid.UUID) -> uuid.UUID | None:
    stay = session.get(Stay, stay_id)
    return stay.raid_id if stay is not None else None


def raid_sheet(session: Session, raid_id: uuid.UUID) -> RaidSheet:
    raid = session.get(Raid, raid_id)
    if raid is None or raid.deleted_at is not None:
        raise DomainError(_("Data razia tidak ditemukan."), field="raid_id")
    stays = session.execute(
        select(Stay, Client).join(Client, Client.id == Stay.client_id)
        .where(Stay.raid_id == raid_id, Stay.deleted_at.is_(None))
        .order_by(Stay.case_number)).all()
    facility_id = raid.facility_id or (stays[0][0].facility_id if stays else None)
    facility = session.get(Facility, facility_id) if facility_id else None
    zone = zone_info(facility.time_zone if facility is not None else None)
    arrival = min((st.arrival_at for st, _c in stays), default=raid.raid_date)
    rows = []
    for i, (stay, client) in enumerate(stays, start=1):
        nick = (client.nickname or "").strip()
        name = f"{client.full_name} ({nick})" if nick and nick != client.full_name \
            else client.full_name
        age = umur(client.birth_date, bool(getattr(client, "birth_date_estimated", False)),
                   local_date(stay.arrival_at, zone)) if client.birth_date else "-"
        rows.append((str(i), stay.case_number, name, client.sex or "-", age,
                     client.pmks_category or "-",
                     CASE_STATUS_LABELS.get(stay.status, stay.status)))
    table = ListTable(
        title="Orang hasil razia",
        columns=("No.", "Nomor kasus", "Nama (panggilan)", "L/P", "Umur", "Kategori PPKS",
                 "Status"),
        widths=(5, 19, 28, 5, 12, 17, 14),
        rows=rows, sheet="Razia",
        subtitle=f"Razia {raid.letter_number}".strip(),
    )
    return RaidSheet(
        letter_number=raid.letter_number, raid_date=tanggal(local_date(raid.raid_date, zone)),
        arrival=tanggal_jam(arrival.astimezone(zone)), place=raid.place,
        agency=raid.agency_name, facility=facility.name if facility else "-",
        table=table, case_numbers=tuple(st.case_number for st, _c in stays))


# --------------------------------------------------------------------------- rendering

def _office(store, session: Session, facility_id: uuid.UUID | None):
    from rumahsinggah.services.letters import _letterhead
    from rumahsinggah.services.settings import office_for_facility

    facility = session.get(Facility, facility_id) if facility_id is not None else None
    settings = office_for_facility(session, facility).settings
    head = _letterhead(store, session, settings)
    today = local_today(zone_info(facility.time_zone if facility else None))
    return settings, head, f"{settings.city}, {tanggal(today)}"


def _officer(session: Session, actor: Actor, fallback: str) -> Signer:
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None:
        return Signer((fallback,), nip="")
    return Signer((user.title or fallback,), user.full_name, user.nip or "")


def table_bytes(store, actor: Actor, table: ListTable, kind: str,
                facility_id: uuid.UUID | None = None) -> bytes:
    from rumahsinggah.documents import lists as docs

    with store.session(actor, readonly=True) as s, s.begin():
        settings, head, place_date = _office(store, s, facility_id)
        if kind == "xlsx":
            office = f"{settings.government} - {settings.agency}".strip(" -")
            return docs.list_xlsx(table, office)
        if kind != "pdf":
            raise DomainError(_("Daftar dapat disimpan sebagai .pdf atau .xlsx."), field="kind")
        return docs.list_pdf(table, head, paper=settings.paper_size, place_date=place_date,
                             signer=_officer(s, actor, "Petugas"))


def raid_bytes(store, actor: Actor, raid_id: uuid.UUID, kind: str) -> bytes:
    from rumahsinggah.documents import lists as docs

    with store.session(actor, readonly=True) as s, s.begin():
        sheet = raid_sheet(s, raid_id)
        raid = s.get(Raid, raid_id)
        facility_id = raid.facility_id or s.execute(
            select(Stay.facility_id).where(Stay.raid_id == raid_id)).scalars().first()
        settings, head, place_date = _office(store, s, facility_id)
        officer = _officer(s, actor, "Petugas Rumah Singgah")
        if kind == "xlsx":
            office = f"{settings.government} - {settings.agency}".strip(" -")
            notes = tuple(f"{k}: {v}" for k, v in docs._raid_fields(sheet))
            return docs.list_xlsx(replace(sheet.table, title="Rekapitulasi Penerimaan Hasil "
                                          "Razia", notes=notes), office)
        if kind == "summary":
            return docs.raid_summary_pdf(sheet, head, paper=settings.paper_size,
                                         place_date=place_date, signer=officer)
        if kind == "receipt":
            receiver = Signer(("Yang menerima,", *officer.heading), officer.name, officer.nip)
            return docs.raid_receipt_pdf(sheet, head, paper=settings.paper_size,
                                         place_date=place_date, receiver=receiver)
        raise DomainError(_("Jenis dokumen razia tidak dikenal: {value}.").format(value=kind),
                          field="kind")


def save(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` owner-only and whole (a person's data on a shared PC)."""
    from rumahsinggah.storage.exports import write_private

    path = Path(path)
    if not path.parent.is_dir():
        raise DomainError(_("Folder {parent} tidak ada.").format(parent=path.parent),
                          field="out")
    return write_private(path, data)


__all__ = ["ListTable", "RaidSheet", "arrivals_table", "board_table", "describe_query",
           "raid_bytes", "raid_of_stay", "raid_sheet", "save", "table_bytes"]
