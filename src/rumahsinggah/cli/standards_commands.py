"""Standards commands: ``standards list`` and ``standards show CODE``."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from rumahsinggah.core.errors import NotFound
from rumahsinggah.core.vocab import ROLE_LABELS
from rumahsinggah.standards import StandardsError, extra_dirs, get_registry, load_file
from rumahsinggah.standards.model import EVENTS, EXTERNAL_ROLES, Requirement, Standard


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("standards", help="standar pelayanan yang terpasang")
    ssub = p.add_subparsers(dest="standards_command", metavar="PERINTAH", required=True)
    q = ssub.add_parser("list", help="daftar standar pelayanan")
    q.add_argument("--format", choices=["table", "json"], default="table")
    q.set_defaults(handler=cmd_list)
    q = ssub.add_parser("show", help="rincian satu standar pelayanan")
    q.add_argument("code", metavar="KODE")
    q.add_argument("--format", choices=["text", "json"], default="text")
    q.set_defaults(handler=cmd_show)
    q = ssub.add_parser("check", help="periksa berkas standar baru sebelum dipasang")
    q.add_argument("files", nargs="+", type=Path, metavar="BERKAS")
    q.set_defaults(handler=cmd_check)
    ssub.add_parser("folder", help="tampilkan folder tempat standar tambahan dipasang"
                    ).set_defaults(handler=cmd_folder)


def cmd_list(args: argparse.Namespace) -> int:
    registry = get_registry()
    rows = [
        {"code": s.code, "title": s.title, "agency": s.agency.name, "decree": s.decree_number,
         "time_limit": s.time_limit.describe(), "file": s.path.name if s.path else ""}
        for s in registry
    ]
    if args.format == "json":
        json.dump({"standards": rows, "problems": [str(p) for p in registry.problems]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for r in rows:
            print(f"{r['code']:<24} {r['time_limit']:<14} {r['agency']}")
            print(f"{'':<24} {r['title']}")
        print(f"\n{len(rows)} standar pelayanan")
    for problem in registry.problems:
        print(f"Peringatan: {problem}", file=sys.stderr)
    return 1 if registry.problems else 0


def _role(code: str) -> str:
    return ROLE_LABELS.get(code) or EXTERNAL_ROLES.get(code, code)


def _requirement_lines(req: Requirement, indent: str, number: str) -> list[str]:
    flags = []
    if req.optional:
        flags.append("jika ada")
    if req.when.mode:
        flags.append("bila " + ", ".join(req.when.mode))
    suffix = f" ({'; '.join(flags)})" if flags else ""
    lines = [f"{indent}{number} {req.text}{suffix}  [{req.code}]"]
    if req.any_of:
        lines.append(f"{indent}   salah satu dari:")
    for i, alt in enumerate(req.any_of or req.all_of, start=1):
        lines.extend(_requirement_lines(alt, indent + "   ", f"{chr(96 + i)}."))
    return lines


def render(std: Standard) -> str:
    out = [
        std.title,
        f"Kode: {std.code}    No. SK: {std.decree_number}",
        f"Penyelenggara: {std.agency.name}" + (f" ({std.agency.government})"
                                               if std.agency.government else ""),
        "",
        "Persyaratan:",
    ]
    for i, req in enumerate(std.requirements, start=1):
        out.extend(_requirement_lines(req, "  ", f"{i}."))
    out += ["", "Prosedur:"]
    for step in std.steps:
        path = f"[jalur {step.path}] " if step.path else ""
        out.append(f"  {step.number}. {path}{step.text}")
        detail = f"     Pelaksana: {_role(step.role)}"
        if step.output:
            detail += f"; keluaran: {step.output}"
        if step.event:
            detail += f"; selesai saat: {EVENTS[step.event]}"
        out.append(detail)
    limit = std.time_limit
    out += ["", f"Waktu penyelesaian: {limit.describe()} sejak "
                f"{EVENTS[limit.counted_from].lower()}" + (f" ({limit.text})" if limit.text else "")]
    for part in limit.parts:
        out.append(f"  - {part.label}: {part.describe()}")
    if std.residency:
        out.append(f"Batas tinggal: {std.residency.limit_days} hari (peringatan "
                   f"{std.residency.warning_lead_days} hari sebelumnya)")
    out.append(f"Biaya / tarif: {std.fee}")
    out.append("Produk pelayanan: " + "; ".join(std.products))
    out += ["", "Pengaduan:"]
    for ch in std.complaints.channels:
        out.append(f"  - {ch.label}" + (f": {ch.contact}" if ch.contact else ""))
    if std.complaints.response_time:
        out.append(f"  Tanggapan paling lambat {std.complaints.response_time.describe()}")
    if std.path:
        out += ["", f"Berkas: {std.path}"]
    return "\n".join(out)


def cmd_show(args: argparse.Namespace) -> int:
    std = get_registry().get(args.code)
    if std is None:
        raise NotFound(f"Standar pelayanan '{args.code}' tidak ditemukan. "
                       "Lihat 'rumahsinggah standards list'.")
    if args.format == "json":
        data = asdict(std)
        data["path"] = str(std.path) if std.path else ""
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(render(std))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    failed = 0
    for path in args.files:
        try:
            std = load_file(path)
        except StandardsError as exc:
            failed += 1
            for problem in exc.problems:
                print(f"GALAT  {problem}")
            continue
        clash = get_registry().get(std.code)
        if clash is not None and clash.path != path.resolve():
            failed += 1
            print(f"GALAT  {path.name}: kolom 'code': kode '{std.code}' sudah dipakai oleh "
                  f"{clash.path.name if clash.path else 'standar terpasang'}")
            continue
        print(f"OK     {path.name}: {std.code} ({std.title}), {len(std.steps)} langkah, "
              f"{std.time_limit.describe()}")
    return 1 if failed else 0


def cmd_folder(args: argparse.Namespace) -> int:
    print("Standar bawaan dan standar tambahan dibaca dari:")
    from rumahsinggah.standards import bundled_dir

    print(f"  {bundled_dir()}")
    for folder in extra_dirs():
        print(f"  {folder}")
    print("Salin berkas .toml standar baru ke folder tambahan, lalu jalankan "
          "'rumahsinggah standards check BERKAS'.")
    return 0
