"""Store commands: residents, backup, restore."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import datetime
from pathlib import Path

from rumahsinggah.cli.common import data_paths, open_cli_store
from rumahsinggah.core.localtime import to_local
from rumahsinggah.core.vocab import CASE_STATUS_LABELS
from rumahsinggah.services.residents import current_residents
from rumahsinggah.storage import backup


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("residents", help="daftar penghuni saat ini")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(handler=cmd_residents)

    p = sub.add_parser("backup", help="buat cadangan basis data sekarang")
    p.add_argument("--out", type=Path, help="berkas cadangan (bawaan: folder backups)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_restore)


RESIDENT_COLUMNS = ["case_number", "full_name", "nickname", "facility", "status", "day"]
RESIDENT_HEADERS = ["No. Kasus", "Nama", "Panggilan", "Fasilitas", "Status", "Hari ke"]


def cmd_residents(args: argparse.Namespace) -> int:
    store, _actor = open_cli_store(args)
    try:
        with store.read() as s:
            rows = [
                {
                    "case_number": r.case_number,
                    "full_name": r.full_name,
                    "nickname": r.nickname,
                    "facility": r.facility_code,
                    "status": r.status,
                    "day": r.day,
                    "arrival": to_local(r.arrival_at).isoformat(timespec="minutes"),
                }
                for r in current_residents(s)
            ]
    finally:
        store.close()
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=[*RESIDENT_COLUMNS, "arrival"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = [RESIDENT_HEADERS] + [
            [
                r["case_number"], r["full_name"], r["nickname"], r["facility"],
                CASE_STATUS_LABELS.get(r["status"], r["status"]), str(r["day"]),
            ]
            for r in rows
        ]
        widths = [max(len(row[i]) for row in table) for i in range(len(RESIDENT_HEADERS))]
        for row in table:
            print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        print(f"\n{len(rows)} penghuni")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    store, _actor = open_cli_store(args)
    try:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        out = args.out or store.paths.backups / f"rumahsinggah-manual-{stamp}.sqlite"
        if out.exists():
            print(f"Galat: {out} sudah ada; pilih nama lain.", file=sys.stderr)
            return 1
        backup.backup_file(store.paths.database, out, store.key)
    finally:
        store.close()
    print(f"Cadangan disimpan: {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    paths = data_paths(args)
    store, _actor = open_cli_store(args)  # proves the caller may open this store
    key = store.key
    store.close()
    saved = backup.restore(paths, args.file, key)
    print(f"Basis data dipulihkan dari {args.file}. Basis data sebelumnya disimpan di {saved}.")
    return 0
