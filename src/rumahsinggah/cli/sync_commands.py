"""Sync commands: export changes to a bundle file, import a bundle from another desk."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from rumahsinggah.cli.common import open_cli_store
from rumahsinggah.core.errors import DomainError
from rumahsinggah.sync.bundle import export_bundle, import_bundle

PASSPHRASE_ENV = "RUMAHSINGGAH_SYNC_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="paket sinkronisasi antar-meja (ekspor / impor)")
    actions = p.add_subparsers(dest="sync_action", metavar="AKSI", required=True)
    e = actions.add_parser("export", help="simpan perubahan ke berkas paket")
    e.add_argument("--out", type=Path, required=True)
    e.add_argument("--all", action="store_true", help="semua data, bukan hanya perubahan baru")
    e.add_argument("--label", default="default", help="nama tujuan (untuk ekspor bertahap)")
    e.set_defaults(handler=cmd_export)
    i = actions.add_parser("import", help="gabungkan berkas paket dari meja lain")
    i.add_argument("file", type=Path)
    i.set_defaults(handler=cmd_import)


def _passphrase(confirm: bool) -> str:
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin or not sys.stdin.isatty():
        raise DomainError(
            f"Kata sandi paket diperlukan: jalankan di terminal, atau isi {PASSPHRASE_ENV}."
        )
    first = getpass.getpass("Kata sandi paket: ")
    if confirm and getpass.getpass("Ulangi kata sandi paket: ") != first:
        raise DomainError("Kedua kata sandi tidak sama.")
    return first


def cmd_export(args: argparse.Namespace) -> int:
    passphrase = _passphrase(confirm=True)
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            result = export_bundle(
                store, s, args.out, passphrase, since_stamp=0 if args.all else None,
                label=args.label,
            )
    finally:
        store.close()
    print(
        f"Paket disimpan: {result.path}\n{result.rows} baris data, {result.attachments} lampiran, "
        f"{result.audit_events} catatan jejak audit."
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    passphrase = _passphrase(confirm=False)
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            result = import_bundle(store, s, args.file, passphrase)
    finally:
        store.close()
    print(
        f"Paket dari {result.origin_site} digabungkan: {result.inserted} baris baru, "
        f"{result.updated} diperbarui, {result.unchanged} sudah sama, "
        f"{result.attachments} lampiran, {result.audit_events} catatan jejak audit."
    )
    for old, new in result.renamed_cases:
        print(f"  Nomor kasus {old} sudah dipakai di meja ini; kasus masuk diberi nomor {new}.")
    return 0
