"""Sync and desk commands: bundles between desks, desks of a shelter, conflicts to review."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from rumahsinggah.cli.common import (
    can_ask,
    data_paths,
    open_cli_store,
    read_new_password,
    read_secret,
)
from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import to_local
from rumahsinggah.sync import bundle, conflicts, joining
from rumahsinggah.sync import desk as desks
from rumahsinggah.sync.container import PART_PRESETS

PASSPHRASE_ENV = "RUMAHSINGGAH_SYNC_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="paket sinkronisasi antar-meja (ekspor / impor / konflik)")
    actions = p.add_subparsers(dest="sync_action", metavar="AKSI", required=True)
    e = actions.add_parser("export", help="simpan untuk satu meja apa yang belum diterimanya")
    e.add_argument("--out", type=Path, required=True)
    e.add_argument("--to", help="kode atau id meja tujuan (lihat 'desk list')")
    e.add_argument("--all", action="store_true", help="semua data, bukan hanya yang belum "
                   "diterima meja tujuan")
    e.add_argument("--parts", choices=sorted(PART_PRESETS), default="usb",
                   help="ukuran bagian: email (<= 18 MB), whatsapp (<= 95 MB), usb (satu berkas)")
    e.set_defaults(handler=cmd_export)
    i = actions.add_parser("import", help="gabungkan paket (atau bagian-bagiannya) dari meja lain")
    i.add_argument("files", type=Path, nargs="+")
    i.set_defaults(handler=cmd_import)
    c = actions.add_parser("conflicts", help="nilai yang kalah saat penggabungan, untuk ditinjau")
    c.add_argument("--all", action="store_true", help="termasuk yang sudah diputuskan")
    c.set_defaults(handler=cmd_conflicts)
    r = actions.add_parser("resolve", help="putuskan satu konflik")
    r.add_argument("conflict_id")
    r.add_argument("--keep", choices=["current", "other", "combined"], required=True,
                   help="current: nilai sekarang, other: nilai yang kalah, combined: --value")
    r.add_argument("--value", help="nilai gabungan (untuk --keep combined)")
    r.set_defaults(handler=cmd_resolve)

    d = sub.add_parser("desk", help="meja-meja shelter ini: undang, bergabung, daftar")
    dacts = d.add_subparsers(dest="desk_action", metavar="AKSI", required=True)
    inv = dacts.add_parser("invite", help="buat paket bergabung untuk meja baru")
    inv.add_argument("--out", type=Path, required=True)
    inv.add_argument("--name", default="", help="nama meja baru, misalnya 'Meja piket'")
    inv.set_defaults(handler=cmd_invite)
    j = dacts.add_parser("join", help="jadikan folder data ini meja baru dari paket bergabung")
    j.add_argument("files", type=Path, nargs="+")
    j.add_argument("--username", help="akun shelter yang dipakai di meja ini (folder baru)")
    j.set_defaults(handler=cmd_join)
    ls = dacts.add_parser("list", help="meja-meja, paket terakhir yang diterima dan dikirim")
    ls.set_defaults(handler=cmd_list)
    h = dacts.add_parser("head-office", help="kantor pusat: terima paket dari shelter lain")
    h.add_argument("state", choices=["on", "off"])
    h.set_defaults(handler=cmd_head_office)


def _passphrase(confirm: bool) -> str:
    first = read_secret("Kata sandi paket: ", PASSPHRASE_ENV, what="kata sandi paket")
    again = confirm and not os.environ.get(PASSPHRASE_ENV) and can_ask()
    if again and read_secret("Ulangi kata sandi paket: ", "", what="kata sandi") != first:
        raise DomainError("Kedua kata sandi tidak sama.")
    return first


def cmd_export(args: argparse.Namespace) -> int:
    passphrase = _passphrase(confirm=True)
    store, actor = open_cli_store(args)
    try:
        result = bundle.export_bundle(store, actor, args.out, passphrase, partner=args.to,
                                      everything=args.all, part_size=PART_PRESETS[args.parts])
    finally:
        store.close()
    to = f" untuk meja {result.partner} (paket ke-{result.number})" if result.partner else ""
    print(f"Paket disimpan{to}: {result.rows} baris data, {result.attachments} lampiran, "
          f"{result.audit_events} catatan jejak audit.")
    for path in result.paths:
        print(f"  {path} ({path.stat().st_size:,} bita)".replace(",", "."))
    return 0


def print_summary(result: bundle.ImportSummary) -> None:
    print(f"Paket ke-{result.number} dari meja {result.origin_code or result.origin_site} "
          f"digabungkan: {result.inserted} baris baru, {result.updated} diperbarui, "
          f"{result.unchanged} sudah sama, {result.conflicts} konflik, "
          f"{result.attachments} lampiran, {result.audit_events} catatan jejak audit.")
    for old, new in result.renamed_cases:
        print(f"  Nomor kasus {old} dipakai dua kasus; salah satunya menjadi {new} di semua meja.")
    for line in result.gaps + result.warnings:
        print(f"  Perhatian: {line}")
    if result.conflicts:
        print("  Tinjau konflik dengan 'rumahsinggah sync conflicts'.")


def cmd_import(args: argparse.Namespace) -> int:
    passphrase = _passphrase(confirm=False)
    store, actor = open_cli_store(args)
    try:
        result = bundle.import_bundle(store, actor, list(args.files), passphrase)
    finally:
        store.close()
    print_summary(result)
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    store, _actor = open_cli_store(args)
    try:
        with store.read() as s:
            items = conflicts.list_conflicts(s, include_resolved=args.all)
    finally:
        store.close()
    if not items:
        print("Tidak ada konflik yang perlu ditinjau.")
    for c in items:
        state = f" [{c.resolution}]" if c.resolved else ""
        print(f"{c.id}  {c.where}  {c.field_label}{state}\n    sekarang: {c.current!r}\n"
              f"    lainnya (meja {c.loser_desk}): {c.other!r}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        choice = {"current": "winner", "other": "loser", "combined": "combined"}[args.keep]
        conflicts.resolve(store, actor, args.conflict_id, choice, value=args.value)
    finally:
        store.close()
    print("Konflik diputuskan; pilihan tercatat di jejak audit.")
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    passphrase = _passphrase(confirm=True)
    store, actor = open_cli_store(args)
    try:
        inv = joining.invite(store, actor, args.out, passphrase, name=args.name)
    finally:
        store.close()
    print(f"Paket bergabung untuk meja baru {inv.code} disimpan: {inv.paths[0]}.\n"
          f"Di komputer baru jalankan: rumahsinggah desk join {inv.paths[0].name}")
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    paths = data_paths(args)
    files = list(args.files)
    if paths.database.exists() and paths.database.stat().st_size > 0:
        passphrase = _passphrase(confirm=False)
        store, actor = open_cli_store(args)
        try:
            code = joining.rejoin_copied(store, actor, files, passphrase)
        finally:
            store.close()
        print(f"Folder ini sekarang meja {code}; nomor kasus barunya memakai kode {code}.")
        return 0
    username = args.username or getattr(args, "user", None)
    if not username:
        raise DomainError("Sebutkan akun yang dipakai di meja ini dengan --username NAMA.")
    passphrase = _passphrase(confirm=False)
    password = read_new_password(f"Kata sandi baru untuk {username} di meja ini: ")
    signed, recovery = joining.join_new_folder(paths, files, passphrase, username, password)
    with signed.store.read() as s:
        ident = desks.identity(s)
    signed.store.close()
    print(f"Meja baru {ident.desk_code} dari {ident.store_name} siap di {paths.root}.")
    print("Kunci pemulihan meja ini (simpan di tempat terkunci; hanya ditampilkan sekali):")
    print(f"  {recovery}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    store, _actor = open_cli_store(args)
    try:
        with store.read() as s:
            rows = bundle.list_desks(s)
            ident = desks.identity(s)
    finally:
        store.close()
    print(f"Shelter: {ident.store_name}  (meja ini: {ident.desk_code})")
    for r in rows:
        me = " (meja ini)" if r["this_desk"] else ""
        got = _when(r["last_received_at"])
        sent = _when(r["last_sent_at"])
        print(f"{r['code']:<4} {r['name'] or r['desk_id']}{me}\n"
              f"     diterima: paket ke-{r['received']} {got}  {r['last_received_file']}\n"
              f"     dikirim:  paket ke-{r['sent']} {sent}  {r['last_sent_file']}")
        if r["clock_note"]:
            print(f"     jam: {r['clock_note']}")
    return 0


def _when(value) -> str:
    return to_local(value).strftime("%d-%m-%Y %H:%M") if value else "-"


def cmd_head_office(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            desks.set_head_office(s, args.state == "on")
    finally:
        store.close()
    print("Meja ini " + ("menerima" if args.state == "on" else "tidak menerima") +
          " paket dari shelter lain.")
    return 0
