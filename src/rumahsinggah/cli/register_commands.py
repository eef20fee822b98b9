"""``rumahsinggah import-register FILE --facility CODE``: bring an old client register in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rumahsinggah.cli.common import open_cli_store
from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.vocab import CASE_SOURCE_LABELS, CaseSource
from rumahsinggah.services.registers import importer, mapping


def register(sub: argparse._SubParsersAction) -> None:
    sources = ", ".join(str(s) for s in CaseSource)
    p = sub.add_parser(
        "import-register",
        help="impor register/buku klien lama (XLSX, XLS, ODS, CSV)",
        description="Mengimpor register klien lama. Setiap baris diimpor, digabung ke klien "
        "yang sudah ada, dilewati karena sudah pernah diimpor, atau ditolak dengan alasannya. "
        "Impor sungguhan didahului cadangan dan berjalan dalam satu transaksi.",
    )
    p.add_argument("file", type=Path, metavar="BERKAS")
    p.add_argument("--facility", required=True, help="kode fasilitas, misalnya BJM")
    p.add_argument("--sheet", help="nama lembar (bawaan: lembar pertama yang berisi data)")
    p.add_argument("--mapping", type=Path, help="berkas pemetaan kolom (JSON) yang disimpan")
    p.add_argument("--save-mapping", type=Path, help="simpan pemetaan kolom ke berkas JSON ini")
    p.add_argument("--map", action="append", default=[], metavar="BIDANG=KOLOM",
                   help="petakan satu bidang ke kolom, misalnya full_name='NAMA LENGKAP'")
    p.add_argument("--standard", default="", help="standar pelayanan kasus-kasus lama "
                   "(bawaan: standar bawaan fasilitas; lihat 'rumahsinggah standards list')")
    p.add_argument("--source", default="", help=f"sumber kedatangan bawaan ({sources})")
    p.add_argument("--rejected", type=Path, help="tulis baris yang ditolak ke CSV ini")
    p.add_argument("--dry-run", action="store_true", help="uji coba: tampilkan hasil, simpan "
                   "apa pun tidak")
    p.set_defaults(handler=cmd_import_register)


def _mapping(args: argparse.Namespace, prepared: importer.Prepared) -> mapping.SavedMapping:
    saved = (mapping.load_mapping(args.mapping) if args.mapping
             else mapping.remembered_mapping(prepared.headings))
    columns = dict(saved.columns) if saved else dict(prepared.suggested)
    for item in args.map:
        code, sep, heading = item.partition("=")
        if not sep or code.strip() not in mapping.FIELD_BY_CODE:
            known = ", ".join(mapping.FIELD_BY_CODE)
            raise DomainError(f"'{item}' harus berbentuk BIDANG=KOLOM; bidang: {known}.",
                              field="map")
        columns[code.strip()] = heading.strip()
    source = args.source or (saved.default_source if saved else "") or CaseSource.RAZIA
    return mapping.SavedMapping(columns, prepared.sheet, str(source))


def cmd_import_register(args: argparse.Namespace) -> int:
    sheet = args.sheet
    if sheet is None and args.mapping:
        sheet = mapping.load_mapping(args.mapping).sheet
    prepared = importer.prepare(args.file, sheet)
    chosen = _mapping(args, prepared)
    mapping.check_mapping(chosen.columns, prepared.headings)
    print(f"Lembar '{prepared.sheet}', judul kolom di baris {prepared.header_row + 1}.")
    for f in mapping.FIELDS:
        if f.code in chosen.columns:
            print(f"  {f.label:<24} <- {chosen.columns[f.code]}")
    print(f"  Sumber bawaan: {CASE_SOURCE_LABELS.get(chosen.default_source, chosen.default_source)}")
    if args.save_mapping:
        mapping.save_mapping(args.save_mapping, chosen)
        print(f"Pemetaan kolom disimpan: {args.save_mapping}")
    store, actor = open_cli_store(args)
    try:
        options = importer.ImportOptions(args.facility, chosen.columns, chosen.default_source,
                                         args.dry_run, args.standard)
        report = importer.run_import(store, actor, prepared, options, progress=_progress)
    finally:
        store.close()
    if not args.dry_run:
        mapping.remember_mapping(prepared.headings, chosen)
    print(file=sys.stderr)
    for outcome in report.outcomes:
        if outcome.outcome == importer.REJECTED:
            print(f"  baris {outcome.row_number}: DITOLAK - {outcome.message}")
        for warning in outcome.warnings:
            print(f"  baris {outcome.row_number}: perhatian - {warning}")
    print(report.summary())
    if args.rejected and report.rejected:
        importer.write_rejected_csv(report, prepared, args.rejected)
        print(f"Baris yang ditolak ditulis ke {args.rejected}; perbaiki lalu impor lagi.")
    return 1 if report.rejected else 0


def _progress(done: int, total: int) -> None:
    print(f"\r  {done}/{total} baris", end="", file=sys.stderr, flush=True)
