"""Letter commands: ``rumahsinggah letter TYPE --case CASE_NO [--out FILE.pdf]``, ``letter list``,
``letter book [--year YEAR] [--office CODE]`` (the outgoing-letter book)."""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path

from rumahsinggah.cli.common import open_cli_store
from rumahsinggah.core.errors import DomainError
from rumahsinggah.services.letters import (
    LETTER_TYPES,
    SPECS,
    correct_letter,
    generate_letter,
    letters_for_stay,
    reprint,
    stay_by_case_number,
)


def register(sub: argparse._SubParsersAction) -> None:
    types = "\n".join(f"  {code:<28} {title}" for code, title in LETTER_TYPES.items())
    p = sub.add_parser(
        "letter",
        help="buat, cetak ulang atau ralat surat (PDF)",
        description="Membuat surat dari kasus klien, dengan nomor surat dan kop surat. "
        "'letter list' menampilkan jenis surat (dan surat yang tersimpan untuk --case); "
        "'letter book' menampilkan buku agenda surat keluar.",
        epilog="Jenis surat:\n" + types,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("type", metavar="JENIS",
                   help="jenis surat, 'list', 'book', 'reprint' atau 'correct'")
    p.add_argument("letter_id", nargs="?", help="id surat (untuk reprint dan correct)")
    p.add_argument("--case", help="nomor kasus, misalnya BJM-2026-00017")
    p.add_argument("--out", type=Path, help="berkas PDF keluaran")
    p.add_argument("--date", dest="tanggal",
                   help="tanggal surat (YYYY-MM-DD; bawaan: tanggal kejadian yang dilaporkan)")
    p.add_argument("--year", type=int, help="buku agenda: tahun (bawaan: tahun ini)")
    p.add_argument("--office", help="buku agenda: kode kantor penerbit (bawaan: kantor utama)")
    p.add_argument("--from", dest="dari", help="Buku Data: awal periode (YYYY-MM-DD)")
    p.add_argument("--to", dest="sampai", help="Buku Data: akhir periode (YYYY-MM-DD)")
    p.add_argument("--blank", action="store_true", help="Formulir Asesmen kosong")
    p.add_argument("--param", action="append", default=[], metavar="KUNCI=NILAI",
                   help="isian tambahan, misalnya tujuan=Panti Sosial Bina Laras")
    p.set_defaults(handler=cmd_letter)


def _params(args: argparse.Namespace) -> dict:
    params: dict = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise DomainError(f"Isian '{item}' harus berbentuk KUNCI=NILAI.", field="param")
        params[key.strip()] = value
    for key in ("tanggal", "dari", "sampai"):
        if getattr(args, key):
            params[key] = getattr(args, key)
    if args.blank:
        params["kosong"] = True
    return params


def _write(pdf: bytes, out: Path | None, default_name: str, paths=None) -> Path:
    """Owner-only; without --out into the private export folder, not the current folder."""
    from rumahsinggah.storage.exports import private_folder, write_private

    target = out or private_folder(paths) / default_name
    return write_private(target, pdf)


def _letter_id(args: argparse.Namespace) -> uuid.UUID:
    try:
        return uuid.UUID(str(args.letter_id))
    except ValueError as exc:
        raise DomainError("Tuliskan id surat yang benar (lihat 'letter list --case ...').",
                          field="letter_id") from exc


def cmd_letter(args: argparse.Namespace) -> int:
    kind = args.type
    if kind == "list":
        return _list(args)
    if kind == "book":
        return _book(args)
    if kind not in LETTER_TYPES and kind not in ("reprint", "correct"):
        print(f"Galat: jenis surat '{kind}' tidak dikenal. Jenis yang tersedia:", file=sys.stderr)
        for code, title in LETTER_TYPES.items():
            print(f"  {code:<28} {title}", file=sys.stderr)
        return 2
    store, actor = open_cli_store(args)
    try:
        if kind == "reprint":
            letter_id = _letter_id(args)
            pdf = reprint(store, letter_id)
            target = _write(pdf, args.out, f"surat-{letter_id.hex[:8]}.pdf", store.paths)
            print(f"Surat dicetak ulang: {target}")
            return 0
        if kind == "correct":
            result = correct_letter(store, actor, _letter_id(args), _params(args))
            target = _write(result.pdf, args.out, f"ralat-{result.letter_id.hex[:8]}.pdf",
                            store.paths)
            print(f"Ralat disimpan (nomor {result.number}): {target}")
            return 0
        stay_id = None
        if args.case:
            with store.read() as s:
                stay_id = stay_by_case_number(s, args.case).id
        elif SPECS[kind].needs_case:
            raise DomainError(f"{LETTER_TYPES[kind]} memerlukan --case NOMOR_KASUS.",
                              field="case")
        result = generate_letter(store, actor, kind, stay_id=stay_id, params=_params(args))
        name = f"{kind}-{args.case or 'umum'}.pdf"
        target = _write(result.pdf, args.out, name, store.paths)
    finally:
        store.close()
    number = f" nomor {result.number}" if result.number else ""
    print(f"{LETTER_TYPES[kind]}{number} disimpan: {target}")
    print(f"Id surat: {result.letter_id}")
    return 0


def _list(args: argparse.Namespace) -> int:
    if not args.case:
        for code, title in LETTER_TYPES.items():
            print(f"{code:<28} {title}")
        return 0
    store, _actor = open_cli_store(args)
    try:
        with store.read() as s:
            stay = stay_by_case_number(s, args.case)
            infos = letters_for_stay(s, stay.id)
    finally:
        store.close()
    for i in infos:
        mark = " (sudah diralat)" if i.superseded else ""
        print(f"{i.letter_date.isoformat()}  {i.title:<36} {i.number or '-':<28} "
              f"v{i.version}{mark}  {i.id}")
    print(f"\n{len(infos)} surat untuk kasus {stay.case_number}")
    return 0


def _book(args: argparse.Namespace) -> int:
    from rumahsinggah.core.localtime import local_today
    from rumahsinggah.services.letter_book import letter_book, office_key_by_code

    year = args.year or local_today().year
    store, _actor = open_cli_store(args)
    try:
        with store.read() as s:
            key, name = office_key_by_code(s, args.office)
            entries = letter_book(s, year=year, office_key=key)
    finally:
        store.close()
    print(f"Buku agenda surat keluar {name}, tahun {year}")
    for e in entries:
        ralat = f" (ralat ke-{e.version - 1})" if e.version > 1 else ""
        print(f"{e.number:<30} {e.letter_date.isoformat()}  {e.title:<40} "
              f"{e.case_number or '-':<16} {e.recipient or '-'}{ralat}")
    print(f"\n{len(entries)} surat bernomor")
    return 0
