"""Store commands: residents, backup, restore, demo, check."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from datetime import datetime
from pathlib import Path

from rumahsinggah.cli import common
from rumahsinggah.cli.common import data_paths, open_cli_store
from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import to_local
from rumahsinggah.core.vocab import CASE_STATUS_LABELS
from rumahsinggah.services.residents import current_residents
from rumahsinggah.storage import archive, integrity


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("residents", help="daftar penghuni saat ini")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(handler=cmd_residents)

    p = sub.add_parser("backup", help="buat cadangan basis data sekarang")
    p.add_argument("--out", type=Path, help="berkas cadangan (bawaan: folder backups)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore", help="pulihkan basis data dari berkas cadangan (juga bila basis data rusak)")
    p.add_argument("file", type=Path)
    p.add_argument("--recovery", action="store_true",
                   help="buka cadangan dengan kunci pemulihan (bukan --user dan kata sandi)")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("demo", help="isi basis data dengan data contoh (demo)")
    p.add_argument("--clients", type=_client_count, default=300, help="jumlah klien (bawaan 300)")
    p.add_argument("--seed", type=int, default=2026, help="benih acak; benih sama, data sama")
    p.add_argument("--if-empty", action="store_true",
                   help="tidak melakukan apa pun bila basis data sudah berisi klien")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", help="periksa keutuhan basis data dan lampiran")
    p.add_argument("--checksum", action="store_true",
                   help="baca ulang setiap lampiran dan cocokkan checksum-nya (lebih lama)")
    p.set_defaults(handler=cmd_check)


def _client_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan bilangan bulat") from None
    if value < 0:
        raise argparse.ArgumentTypeError("jumlah klien tidak boleh negatif")
    return value


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
        out = args.out or store.paths.backups / f"rumahsinggah-manual-{stamp}{archive.SUFFIX}"
        if out.exists():
            print(f"Galat: {out} sudah ada; pilih nama lain.", file=sys.stderr)
            return 1
        archive.write_archive(store.paths, out, store.key)
    finally:
        store.close()
    print(f"Cadangan disimpan: {out}")
    print("Cadangan ini membawa basis data, berkas kunci dan lampiran: dengan kata sandi atau "
          "kunci pemulihan, cadangan ini saja cukup untuk memulihkan di komputer lain.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Needs only the backup and a password or the recovery key: never opens the store."""
    from rumahsinggah.services import store_setup

    paths = data_paths(args)
    if args.recovery:
        secret = common.read_secret("Kunci pemulihan: ", common.RECOVERY_ENV,
                                    what="kunci pemulihan")
        aside = store_setup.restore_backup(paths, args.file, recovery_key=secret)
    else:
        user = getattr(args, "user", None) or os.environ.get(common.USER_ENV)
        if not user:
            raise DomainError("Sebutkan pengguna dengan --user NAMA, atau pakai --recovery "
                              "untuk membuka cadangan dengan kunci pemulihan.")
        password = common.read_secret(f"Kata sandi untuk {user}: ", common.PASSWORD_ENV)
        aside = store_setup.restore_backup(paths, args.file, username=user, password=password)
    print(f"Basis data dipulihkan dari {args.file}.")
    if aside is not None:
        print(f"Berkas sebelumnya disisihkan (tidak dihapus) di {aside}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from rumahsinggah import demo  # Faker loads only for this command
    from rumahsinggah.services import store_setup
    from rumahsinggah.storage.models import Client

    paths = common.data_paths(args)
    if store_setup.is_set_up(paths) and not store_setup.is_demo(paths):
        # Never mix invented people into a shelter's real records.
        if args.if_empty:
            print("Basis data sungguhan sudah ada; data demo tidak dibuat.")
            return 0
        raise DomainError(
            f"Folder {paths.root} berisi basis data sungguhan. Data demo hanya dibuat di folder "
            "baru atau basis data demo: pakai --data-dir FOLDER_LAIN."
        )
    if args.if_empty and common.store_exists(args):
        store, _actor = open_cli_store(args)
        try:
            with store.read() as s:
                has_clients = s.execute(select(Client.id).limit(1)).first() is not None
        finally:
            store.close()
        if has_clients:
            print("Basis data sudah berisi klien; data demo tidak dibuat.")
            return 0
    started = time.perf_counter()
    store, actor = common.create_demo_store(args)
    try:
        summary = demo.generate(store, clients=args.clients, seed=args.seed, actor=actor)
    finally:
        store.close()
    elapsed = time.perf_counter() - started
    statuses = ", ".join(
        f"{CASE_STATUS_LABELS.get(k, k)} {v}" for k, v in summary.status_counts.items() if v
    )
    print(f"Data demo dibuat di {store.paths.root} (benih {summary.seed}):")
    print(f"  {summary.clients} klien, {summary.stays} kasus ({summary.open_stays} masih terbuka), "
          f"{summary.raids} razia, {summary.facilities} fasilitas, {summary.agencies} instansi, "
          f"{summary.users} petugas")
    print(f"  Status kasus: {statuses}")
    print(f"  {summary.rows} baris ditulis dalam {elapsed:.1f} detik "
          f"(pembuatan data {summary.seconds:.1f} detik).")
    return 0


def _store_key(args: argparse.Namespace) -> bytes | None:
    """The store key for commands that must not open the store normally (``check``).

    The accounts feature provides ``cli.common.store_key(args)`` (unlocking with ``--user``);
    until then stores are unencrypted and the key is None.
    """
    provider = getattr(common, "store_key", None)
    return provider(args) if provider else None


def cmd_check(args: argparse.Namespace) -> int:
    paths = data_paths(args)
    if not common.store_exists(args):
        print(f"Basis data belum ada di {paths.root}; tidak ada yang diperiksa.", file=sys.stderr)
        return 1
    report = integrity.check_store(paths, _store_key(args), checksums=args.checksum)
    print(report.render())
    return 0 if report.healthy else 1
