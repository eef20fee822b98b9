"""``rumahsinggah head-office ...``: the shelters a head office accepts bundles from, the
returning clients across them, and the head office's workbook (``services.head_office``)."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from rumahsinggah.cli.common import open_cli_store
from rumahsinggah.core.errors import DomainError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("head-office", help="kantor pusat: shelter, klien kembali, ekspor XLSX",
                       description="Kantor pusat (Dinas Sosial) yang menerima paket dari "
                       "shelter-shelter yang dinaunginya. Nyalakan dulu dengan "
                       "'rumahsinggah desk head-office on'.")
    acts = p.add_subparsers(dest="ho_action", metavar="AKSI", required=True)
    acts.add_parser("shelters", help="shelter yang diterima, meja, paket, klien"
                    ).set_defaults(handler=cmd_shelters)
    info = acts.add_parser("bundle-info", help="kode basis data shelter dari sebuah paket")
    info.add_argument("files", type=Path, nargs="+")
    info.set_defaults(handler=cmd_bundle_info)
    add = acts.add_parser("add-shelter", help="terima paket dari shelter ini")
    add.add_argument("store_id", help="kode basis data shelter (lihat 'bundle-info')")
    add.add_argument("code", help="kode singkat shelter, misalnya BJM")
    add.add_argument("name", help="nama shelter")
    add.set_defaults(handler=cmd_add)
    off = acts.add_parser("set-aside", help="berhenti menerima paket dari shelter ini")
    off.add_argument("code")
    off.set_defaults(handler=cmd_set_aside)
    ret = acts.add_parser("returning", help="klien yang pernah tercatat di shelter lain")
    ret.add_argument("--since", type=date.fromisoformat, metavar="TAHUN-BULAN-HARI",
                     help="tiba sejak tanggal ini (bawaan: 30 hari terakhir)")
    ret.set_defaults(handler=cmd_returning)
    exp = acts.add_parser("export", help="buku kerja XLSX kantor pusat satu bulan")
    exp.add_argument("--month", required=True, metavar="TAHUN-BULAN")
    exp.add_argument("--out", type=Path, required=True, metavar="BERKAS.xlsx")
    exp.set_defaults(handler=cmd_export)


def cmd_shelters(args: argparse.Namespace) -> int:
    from rumahsinggah.services import head_office

    store, actor = open_cli_store(args)
    try:
        with store.session(actor, readonly=True) as s, s.begin():
            rows = head_office.shelter_summaries(s)
    finally:
        store.close()
    if not rows:
        print("Belum ada shelter. Tambahkan dengan 'rumahsinggah head-office add-shelter'.")
    for r in rows:
        state = "" if r.active else "  [tidak diterima lagi]"
        last = r.last_bundle_at.strftime("%d-%m-%Y %H:%M UTC") if r.last_bundle_at else "-"
        print(f"{r.code:<8} {r.name}{state}\n         {r.desks} meja, {r.bundles} paket "
              f"(terakhir {last}), {r.clients} klien, {r.open_stays} sedang tinggal")
    return 0


def cmd_bundle_info(args: argparse.Namespace) -> int:
    from rumahsinggah.cli.sync_commands import _passphrase
    from rumahsinggah.services import head_office
    from rumahsinggah.sync import bundle

    opened = bundle.open_bundle(list(args.files), _passphrase(confirm=False))
    try:
        store_id, name = head_office.shelter_of_bundle(opened.manifest)
    finally:
        opened.close()
    print(f"Kode basis data: {store_id}\nNama: {name or '-'}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from rumahsinggah.services import head_office

    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            shelter = head_office.name_shelter(s, args.store_id, args.name, args.code)
            code, name = shelter.code, shelter.name
    finally:
        store.close()
    print(f"Shelter {code} ({name}) diterima: paketnya dapat diimpor.")
    return 0


def cmd_set_aside(args: argparse.Namespace) -> int:
    from rumahsinggah.services import head_office

    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            head_office.set_shelter_aside(s, args.code)
    finally:
        store.close()
    print(f"Paket shelter {args.code.upper()} tidak diterima lagi; datanya tetap ada.")
    return 0


def cmd_returning(args: argparse.Namespace) -> int:
    from rumahsinggah.core.localtime import to_local
    from rumahsinggah.services import head_office

    since = args.since or (date.today() - timedelta(days=30))
    store, actor = open_cli_store(args)
    try:
        with store.session(actor, readonly=True) as s, s.begin():
            rows = head_office.returning_clients(s, arrived_from=since)
            arrived = head_office.arrivals_between(s, since)
    finally:
        store.close()
    if not rows:
        print(f"Tidak ada klien kembali dari shelter lain sejak {since:%d-%m-%Y}.")
    for r in rows:
        print(f"{to_local(r.arrival_at):%d-%m-%Y}  {r.shelter} {r.case_number}  {r.full_name}"
              f"\n    kemungkinan sama dengan {r.earlier_name} ({r.earlier_shelter}, tiba "
              f"{to_local(r.earlier_arrival_at):%d-%m-%Y}, {r.earlier_case_number}), skor "
              f"{r.score:.0f}: {'; '.join(r.reasons)}")
    if arrived > head_office.MAX_ARRIVALS:
        print(f"Hanya {head_office.MAX_ARRIVALS} kedatangan terbaru dari {arrived} yang "
              "diperiksa; pilih --since yang lebih dekat untuk sisanya.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from rumahsinggah.services import head_office

    if args.out.suffix.lower() != ".xlsx":
        raise DomainError("Berkas keluaran harus berakhiran .xlsx.")
    store, actor = open_cli_store(args)
    try:
        out = head_office.export_xlsx(store, actor, args.month, args.out)
    finally:
        store.close()
    print(f"Buku kerja kantor pusat disimpan: {out}")
    return 0
