"""Calendar commands: local holidays and office closures, and when a time limit runs out.

``calendar add DATE NAME [--kind libur_daerah|tutup_kantor] [--facility CODE]``,
``calendar list [--year Y] [--facility CODE] [--local-only]``, ``calendar remove ID``,
``calendar zone CODE WIB|WITA|WIT``, and
``calendar due --from "2026-03-18 10:00" (--working-days N | --days N | --hours N)
[--facility CODE]``: the due moment on the facility's wall clock, skipping weekends, public
holidays, cuti bersama and the office's own closures.
"""

from __future__ import annotations

import argparse
import uuid
from datetime import date, datetime, timedelta

from rumahsinggah.cli.common import open_cli_store
from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import ZONES
from rumahsinggah.documents.indonesian import hari, tanggal
from rumahsinggah.services import calendar

KIND_LABELS = {**calendar.DAY_KINDS, "libur_nasional": "Libur nasional",
               "cuti_bersama": "Cuti bersama"}
ZONE_OF = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("calendar", help="hari libur, penutupan kantor dan batas waktu")
    csub = p.add_subparsers(dest="calendar_command", metavar="PERINTAH", required=True)
    q = csub.add_parser("add", help="tambah libur daerah atau hari kantor tutup")
    q.add_argument("day", metavar="TANGGAL", help="YYYY-MM-DD")
    q.add_argument("name", metavar="KETERANGAN")
    q.add_argument("--kind", choices=sorted(calendar.DAY_KINDS), default="tutup_kantor")
    q.add_argument("--facility", metavar="KODE", help="hanya untuk satu fasilitas")
    q.set_defaults(handler=cmd_add)
    q = csub.add_parser("list", help="hari libur dan penutupan kantor dalam setahun")
    q.add_argument("--year", type=int, default=date.today().year)
    q.add_argument("--facility", metavar="KODE")
    q.add_argument("--local-only", action="store_true",
                   help="hanya libur daerah dan penutupan kantor")
    q.set_defaults(handler=cmd_list)
    q = csub.add_parser("remove", help="hapus libur daerah / penutupan kantor (ditandai)")
    q.add_argument("id", metavar="ID")
    q.set_defaults(handler=cmd_remove)
    q = csub.add_parser("zone", help="zona waktu sebuah fasilitas (WIB, WITA, WIT)")
    q.add_argument("facility", metavar="KODE")
    q.add_argument("zone", choices=sorted(ZONES))
    q.set_defaults(handler=cmd_zone)
    q = csub.add_parser("due", help="kapan batas waktu berakhir")
    q.add_argument("--from", dest="start", required=True, metavar='"YYYY-MM-DD HH:MM"',
                   help="waktu mulai, menurut jam dinding fasilitas")
    amount = q.add_mutually_exclusive_group(required=True)
    amount.add_argument("--working-days", type=int, metavar="N")
    amount.add_argument("--days", type=float, metavar="N")
    amount.add_argument("--hours", type=float, metavar="N")
    q.add_argument("--facility", metavar="KODE")
    q.set_defaults(handler=cmd_due)


def _facility_id(session, code: str | None) -> uuid.UUID | None:
    return calendar.facility_by_code(session, code).id if code else None


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError(f"Tanggal '{text}' tidak valid; tulis YYYY-MM-DD.", field="day") from None


def cmd_add(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            day_id = calendar.add_day(s, calendar.CalendarDayInput(
                day=_date(args.day), name=args.name, kind=args.kind,
                facility_id=_facility_id(s, args.facility)))
    finally:
        store.close()
    print(f"Dicatat: {tanggal(_date(args.day))} {args.name} "
          f"({KIND_LABELS[args.kind].lower()}). ID {day_id}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    store, _actor = open_cli_store(args)
    try:
        with store.read() as s:
            entries = calendar.list_days(s, args.year, _facility_id(s, args.facility),
                                         with_national=not args.local_only)
    finally:
        store.close()
    for e in entries:
        where = f" [{e.facility_code}]" if e.facility_code else ""
        ident = f"  {e.id}" if e.id else ""
        print(f"{e.day:%Y-%m-%d}  {KIND_LABELS.get(e.kind, e.kind):<16} {e.name}{where}{ident}")
    print(f"\n{len(entries)} hari pada tahun {args.year}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    try:
        day_id = uuid.UUID(args.id)
    except ValueError:
        raise DomainError(f"ID '{args.id}' tidak valid.", field="id") from None
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            calendar.remove_day(s, day_id)
    finally:
        store.close()
    print("Dihapus dari kalender kantor (tetap tercatat dalam jejak audit).")
    return 0


def cmd_zone(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            calendar.set_facility_zone(s, _facility_id(s, args.facility), args.zone)
    finally:
        store.close()
    print(f"Zona waktu fasilitas {args.facility.upper()}: {args.zone}")
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    try:
        start = datetime.fromisoformat(args.start)
    except ValueError:
        raise DomainError(f"Waktu '{args.start}' tidak valid; tulis \"YYYY-MM-DD HH:MM\".",
                          field="from") from None
    if args.working_days is not None:
        amount, unit, what = args.working_days, "working_days", "hari kerja"
    elif args.days is not None:
        amount, unit, what = args.days, "days", "hari"
    else:
        amount, unit, what = args.hours, "hours", "jam"
    if amount < 0:
        raise DomainError("Jumlah tidak boleh negatif.", field="amount")
    store, _actor = open_cli_store(args)
    try:
        with store.read() as s:
            fid = _facility_id(s, args.facility)
            due = calendar.due_moment(s, start.replace(tzinfo=None), amount, unit, fid)
    finally:
        store.close()
    zone = ZONE_OF.get(str(due.tzinfo), str(due.tzname()))
    shown = f"{amount:g}" if isinstance(amount, float) else str(amount)
    print(f"{due:%Y-%m-%d %H:%M} {zone}")
    if (due.hour, due.minute, due.second) == (0, 0, 0):  # the end of the day before
        last = due - timedelta(days=1)
        until = f"akhir hari {hari(last)}, {tanggal(last)} (pukul 24.00 {zone})"
    else:
        until = f"{hari(due)}, {tanggal(due)} pukul {due:%H.%M} {zone}"
    print(f"Batas {shown} {what} sejak {start:%Y-%m-%d %H:%M}: sampai {until}.")
    return 0
