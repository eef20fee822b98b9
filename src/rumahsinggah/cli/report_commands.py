"""``rumahsinggah report monthly --month 2026-11 [--facility CODE] --out FILE|-``.

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
