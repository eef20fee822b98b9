"""``rumahsinggah report monthly --month 2026-11 [--facility CODE] --out FILE|-``,
``report residents|arrivals [--facility CODE] [--date YYYY-MM-DD] --out FILE.pdf|.xlsx`` and
``report raid --case NUMBER --kind summary|receipt --out FILE.pdf`` (or ``.xlsx``).

``report`` groups the reports that leave the shelter; ``monthly`` is the Rekap Bulanan
(``services.recap``): ``--out`` ending in .xlsx or .pdf writes that file, ``-`` prints JSON.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rumahsinggah.cli.common import open_cli_store


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="laporan untuk kantor dinas (rekap bulanan)",
                            description="Laporan yang dikirim ke kantor dinas.")
    reports = report.add_subparsers(dest="report", metavar="LAPORAN", required=True)
    p = reports.add_parser(
        "monthly", help="rekap bulanan per fasilitas dan semua fasilitas",
        description="Rekap Bulanan: penerimaan, keputusan, terminasi, lama tinggal, batas "
        "tinggal, rujukan dan pengaduan satu bulan. Setiap fasilitas dihitung menurut zona "
        "waktunya.")
    p.add_argument("--month", required=True, metavar="TAHUN-BULAN", help="misalnya 2026-11")
    p.add_argument("--facility", metavar="KODE", help="kode fasilitas (bawaan: semua)")
    p.add_argument("--out", required=True, metavar="BERKAS",
                   help="berkas .xlsx atau .pdf, atau - untuk JSON di layar")
    p.set_defaults(handler=cmd_monthly)
    for name, text in (("residents", "daftar penghuni saat ini (seperti Papan Penghuni)"),
                       ("arrivals", "daftar kedatangan satu hari (bawaan: hari ini)")):
        q = reports.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        q.add_argument("--facility", metavar="KODE", help="kode fasilitas (bawaan: semua)")
        if name == "arrivals":
            q.add_argument("--date", metavar="TAHUN-BULAN-HARI", help="bawaan: hari ini")
        else:
            q.add_argument("--past-limit", action="store_true",
                           help="hanya penghuni yang lewat batas tinggal")
        q.add_argument("--out", required=True, metavar="BERKAS", help="berkas .pdf atau .xlsx")
        q.set_defaults(handler=cmd_list, list_kind=name)
    r = reports.add_parser("raid", help="ringkasan atau tanda terima satu razia",
                           description="Ringkasan razia (nomor kasus setiap orang) atau tanda "
                           "terima untuk instansi pelaksana razia.")
    r.add_argument("--case", required=True, metavar="NOMOR",
                   help="nomor kasus salah satu orang hasil razia itu")
    r.add_argument("--kind", choices=("summary", "receipt"), default="summary")
    r.add_argument("--out", required=True, metavar="BERKAS", help="berkas .pdf atau .xlsx")
    r.set_defaults(handler=cmd_raid)


def _kind_of(out: str) -> str:
    from rumahsinggah.core.errors import DomainError

    kind = Path(out).suffix.lower().lstrip(".")
    if kind not in ("pdf", "xlsx"):
        raise DomainError(f"--out harus berakhiran .pdf atau .xlsx (bukan '{out}').",
                          field="out")
    return kind


def _facility_id(session, code: str | None):
    if not code:
        return None
    from sqlalchemy import func, select

    from rumahsinggah.core.errors import DomainError
    from rumahsinggah.storage.models import Facility

    fid = session.execute(select(Facility.id).where(
        func.upper(Facility.code) == code.strip().upper())).scalar_one_or_none()
    if fid is None:
        raise DomainError(f"Fasilitas berkode '{code}' tidak ada.", field="facility")
    return fid


def cmd_list(args: argparse.Namespace) -> int:
    from datetime import date

    from rumahsinggah.services import board, lists

    kind = _kind_of(args.out)
    day = date.fromisoformat(args.date) if getattr(args, "date", None) else None
    store, actor = open_cli_store(args)
    try:
        with store.read() as s:
            fid = _facility_id(s, args.facility)
            if args.list_kind == "arrivals":
                table = lists.arrivals_table(s, day, fid)
            else:
                q = board.BoardQuery(facility_id=fid, residency=board.ELIGIBLE
                                     if args.past_limit else None)
                table = lists.board_table(s, q)
        path = lists.save(Path(args.out), lists.table_bytes(store, actor, table, kind, fid))
    finally:
        store.close()
    print(f"{table.title} ({len(table.rows)} baris) disimpan: {path}")
    return 0


def cmd_raid(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from rumahsinggah.core.errors import DomainError
    from rumahsinggah.services import lists
    from rumahsinggah.storage.models import Stay

    kind = _kind_of(args.out)
    store, actor = open_cli_store(args)
    try:
        with store.read() as s:
            raid_id = s.execute(select(Stay.raid_id).where(
                Stay.case_number == args.case.strip().upper())).scalar_one_or_none()
            if raid_id is None:
                raise DomainError(f"Kasus {args.case} tidak tercatat dari razia.", field="case")
            numbers = lists.raid_sheet(s, raid_id).case_numbers
        data = lists.raid_bytes(store, actor, raid_id, "xlsx" if kind == "xlsx" else args.kind)
        path = lists.save(Path(args.out), data)
    finally:
        store.close()
    print(f"Razia: {len(numbers)} orang ({', '.join(numbers)}) disimpan: {path}")
    return 0


def cmd_monthly(args: argparse.Namespace) -> int:
    from rumahsinggah.services.recap import monthly_recap, parse_month
    from rumahsinggah.services.recap_export import KINDS, export_bytes, export_file

    parse_month(args.month)  # a typing mistake is told before the password is asked
    if args.out != "-" and Path(args.out).suffix.lower() not in KINDS:
        from rumahsinggah.core.errors import DomainError

        raise DomainError(f"--out harus berakhiran .xlsx atau .pdf, atau '-' untuk JSON "
                          f"(bukan '{args.out}').", field="out")
    store, actor = open_cli_store(args)
    try:
        recap = monthly_recap(store, actor, args.month, args.facility)
        if args.out == "-":
            sys.stdout.write(export_bytes(store, actor, recap, "json").decode())
            return 0
        path = export_file(store, actor, recap, Path(args.out))
    finally:
        store.close()
    scope = ", ".join(f.code for f in recap.facilities)
    print(f"Rekap bulanan {recap.month_label} ({scope}) disimpan: {path}")
    return 0
