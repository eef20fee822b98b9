"""Issuing offices: the letterhead, signatories and letter book a facility's letters use.

``office list``, ``office show KEY``, ``office add NAME --code C [fields] [--facility CODE]``,
``office set KEY [fields]``, ``office signatory KEY ROLE --name N [--nip --title --pangkat
--on-behalf --acting]``, ``office assign FACILITY KEY`` and ``office retire KEY``. KEY is
``utama`` for the store's default office, or another office's code or id.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from rumahsinggah.cli.common import open_cli_store
from rumahsinggah.services import facilities
from rumahsinggah.services.settings import (
    PAPER_SIZES,
    Signatory,
    list_issuing_offices,
    load_office,
    save_office,
)

# option -> OfficeSettings field, for add and set
FIELDS = {"government": "Pemerintah (baris pertama kop)", "agency": "nama instansi",
          "address": "alamat", "phone": "telepon", "email": "e-mail", "website": "situs web",
          "city": "kota sebelum tanggal surat", "paper": "ukuran kertas"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("office", help="kantor penerbit surat: kop, penanda tangan, buku surat")
    osub = p.add_subparsers(dest="office_command", metavar="PERINTAH", required=True)
    q = osub.add_parser("list", help="semua kantor penerbit dan fasilitas yang dilayaninya")
    q.set_defaults(handler=cmd_list)
    q = osub.add_parser("show", help="isi kop dan penanda tangan sebuah kantor")
    q.add_argument("key", metavar="KANTOR", help="'utama', kode atau id kantor")
    q.set_defaults(handler=cmd_show)
    q = osub.add_parser("add", help="tambah kantor penerbit (Pemda/Dinas lain, UPT)")
    q.add_argument("name", metavar="NAMA")
    q.add_argument("--code", required=True, help="kode kantor pada nomor surat, mis. Dinsos.Bjr")
    _field_options(q)
    q.add_argument("--facility", action="append", default=[], metavar="KODE",
                   help="fasilitas yang suratnya keluar atas nama kantor ini (boleh berulang)")
    q.set_defaults(handler=cmd_add)
    q = osub.add_parser("set", help="ubah kop sebuah kantor")
    q.add_argument("key", metavar="KANTOR")
    q.add_argument("--code", help="kode kantor pada nomor surat")
    q.add_argument("--name", help="nama kantor (bukan kantor utama)")
    _field_options(q)
    q.set_defaults(handler=cmd_set)
    q = osub.add_parser("signatory", help="atur penanda tangan sebuah kantor")
    q.add_argument("key", metavar="KANTOR")
    q.add_argument("role", metavar="PERAN",
                   help="kepala_dinas, kepala_bidang, kepala_panti, petugas, ...")
    q.add_argument("--name", required=True)
    q.add_argument("--nip", default="")
    q.add_argument("--title", default="", help="jabatan")
    q.add_argument("--pangkat", default="", help="pangkat / golongan")
    q.add_argument("--on-behalf", default="", help="a.n.: jabatan yang diwakili")
    q.add_argument("--acting", action="store_true", help="Plt. (pelaksana tugas)")
    q.set_defaults(handler=cmd_signatory)
    q = osub.add_parser("assign", help="surat sebuah fasilitas keluar atas nama kantor ini")
    q.add_argument("facility", metavar="FASILITAS")
    q.add_argument("key", metavar="KANTOR")
    q.set_defaults(handler=cmd_assign)
    q = osub.add_parser("retire", help="kantor tidak dipakai lagi (buku suratnya tetap ada)")
    q.add_argument("key", metavar="KANTOR")
    q.set_defaults(handler=cmd_retire)


def _field_options(q: argparse.ArgumentParser) -> None:
    for option, what in FIELDS.items():
        kwargs = {"choices": PAPER_SIZES} if option == "paper" else {}
        q.add_argument(f"--{option}", help=what, **kwargs)


def _changed(settings, args: argparse.Namespace):
    values = {("paper_size" if k == "paper" else k): getattr(args, k)
              for k in FIELDS if getattr(args, k, None) is not None}
    if getattr(args, "code", None):
        values["code"] = args.code
    return replace(settings, **values)


def cmd_list(args: argparse.Namespace) -> int:
    from sqlmodel import select

    from rumahsinggah.storage.models import Facility

    store, _actor = open_cli_store(args)
    try:
        with store.read() as s:
            offices = list_issuing_offices(s)
            served: dict[str, list[str]] = {}
            for code, office_id in s.exec(select(Facility.code, Facility.issuing_office_id)
                                          .where(Facility.deleted_at.is_(None))).all():
                served.setdefault(str(office_id or ""), []).append(code)
    finally:
        store.close()
    for key, name, code in offices:
        where = ", ".join(sorted(served.get(key, []))) or "-"
        print(f"{code:<16} {name}  [fasilitas: {where}]  {key or 'utama'}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    store, _actor = open_cli_store(args)
    try:
        with store.read() as s:
            key = str(facilities.office_id_of(s, args.key) or "")
            name, settings = load_office(s, key)
    finally:
        store.close()
    print(f"{name} (kode {settings.code}, kertas {settings.paper_size})")
    print(f"  {settings.government}\n  {settings.agency}\n  {settings.address}")
    print(f"  Telp. {settings.phone or '-'}  {settings.website or ''}  {settings.email or ''}")
    print(f"  Kota surat: {settings.city}")
    for sig in settings.signatories:
        acting = "Plt. " if sig.acting else ""
        behalf = f" (a.n. {sig.on_behalf})" if sig.on_behalf else ""
        print(f"  {sig.role:<14} {acting}{sig.name}  NIP {sig.nip or '-'}  {sig.title}"
              f"  {sig.pangkat}{behalf}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from rumahsinggah.services.settings import OfficeSettings

    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            settings = _changed(replace(OfficeSettings(), signatories=[]), args)
            key = save_office(s, "new", settings, name=args.name)
            for code in args.facility:
                facilities.assign_office(s, facilities.facility_by_code(s, code).id, key)
    finally:
        store.close()
    print(f"Kantor penerbit '{args.name}' dicatat (kode {args.code}). Id {key}")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            key = str(facilities.office_id_of(s, args.key) or "")
            name, settings = load_office(s, key)
            save_office(s, key, _changed(settings, args), name=args.name or name)
    finally:
        store.close()
    print(f"Kop kantor '{args.name or name}' diperbarui.")
    return 0


def cmd_signatory(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            key = str(facilities.office_id_of(s, args.key) or "")
            name, settings = load_office(s, key)
            signer = Signatory(role=args.role, name=args.name, nip=args.nip, title=args.title,
                               pangkat=args.pangkat, on_behalf=args.on_behalf,
                               acting=args.acting)
            others = [x for x in settings.signatories if x.role != args.role]
            save_office(s, key, replace(settings, signatories=others + [signer]), name=name)
    finally:
        store.close()
    print(f"Penanda tangan {args.role} kantor '{name}': {args.name}")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            facility = facilities.facility_by_code(s, args.facility)
            facilities.assign_office(s, facility.id, args.key)
            name, _settings = load_office(s, str(facility.issuing_office_id or ""))
    finally:
        store.close()
    print(f"Surat fasilitas {args.facility.upper()} kini keluar atas nama {name}.")
    return 0


def cmd_retire(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            facilities.retire_office(s, args.key)
    finally:
        store.close()
    print("Kantor tidak dipakai lagi; buku surat dan surat-suratnya tetap tersimpan.")
    return 0
