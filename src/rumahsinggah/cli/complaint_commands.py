"""Complaint commands (pengaduan), for the petugas administrasi and the head of the shelter.

``complaints list [--facility CODE] [--open]``,
``complaints add --facility CODE --channel KIND --content TEXT [--received "YYYY-MM-DD HH:MM"]
(--anonymous | --name NAME [--contact C] [--identity DOC]) [--case NUMBER]``,
``complaints show ID``, ``complaints step ID STAGE [--at ...] [--note ...] [--response ...]``,
``complaints receipt ID --out FILE.pdf`` and ``complaints reply ID --out FILE.pdf``.
An ID may be shortened to its first 8 characters, as ``list`` prints it. Times are on the
facility's wall clock.
"""

from __future__ import annotations

import argparse
import uuid
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from rumahsinggah.cli.common import open_cli_store
from rumahsinggah.core.errors import DomainError, NotFound
from rumahsinggah.core.localtime import from_local, to_local
from rumahsinggah.services import complaint_letters
from rumahsinggah.services import complaints as svc
from rumahsinggah.services.calendar import facility_by_code, facility_zone
from rumahsinggah.services.letters import stay_by_case_number
from rumahsinggah.storage.models import Complaint


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("complaints", help="register pengaduan")
    csub = p.add_subparsers(dest="complaints_command", metavar="PERINTAH", required=True)
    q = csub.add_parser("list", help="daftar pengaduan, terbaru dahulu")
    q.add_argument("--facility", metavar="KODE")
    q.add_argument("--open", action="store_true", help="hanya yang belum selesai")
    q.set_defaults(handler=cmd_list)
    q = csub.add_parser("add", help="catat pengaduan yang diterima")
    q.add_argument("--facility", metavar="KODE", required=True)
    q.add_argument("--channel", required=True, metavar="SALURAN",
                   help="langsung, surat, kotak_saran, website, telepon, whatsapp, email, "
                        "sp4n_lapor (sesuai standar fasilitas)")
    q.add_argument("--content", required=True, metavar="ISI")
    q.add_argument("--received", metavar='"YYYY-MM-DD HH:MM"', help="default: sekarang")
    who = q.add_mutually_exclusive_group(required=True)
    who.add_argument("--anonymous", action="store_true", help="pengadu tidak menyebut nama")
    who.add_argument("--name", metavar="NAMA")
    q.add_argument("--contact", default="", metavar="KONTAK")
    q.add_argument("--identity", default="", metavar="DOKUMEN", help="mis. 'KTP 6371...'")
    q.add_argument("--case", metavar="NOMOR", help="kasus yang terkait")
    q.set_defaults(handler=cmd_add)
    q = csub.add_parser("show", help="rincian dan tahapan satu pengaduan")
    q.add_argument("id", metavar="ID")
    q.set_defaults(handler=cmd_show)
    q = csub.add_parser("step", help="catat tahap penanganan")
    q.add_argument("id", metavar="ID")
    q.add_argument("stage", choices=svc.RECORDABLE)
    q.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"', help="default: sekarang")
    q.add_argument("--note", default="", metavar="CATATAN")
    q.add_argument("--response", default="", metavar="TANGGAPAN",
                   help="isi tanggapan (wajib untuk tahap tanggapan)")
    q.set_defaults(handler=cmd_step)
    for name, text in (("receipt", "tanda terima pengaduan (PDF)"),
                       ("reply", "surat tanggapan pengaduan (PDF)")):
        q = csub.add_parser(name, help=text)
        q.add_argument("id", metavar="ID")
        q.add_argument("--out", required=True, metavar="FILE.pdf")
        q.set_defaults(handler=cmd_letter, letter=name)


def _moment(text: str | None, zone) -> datetime | None:
    if not text:
        return None
    try:
        naive = datetime.fromisoformat(text)
    except ValueError:
        raise DomainError(f"Waktu '{text}' tidak valid; tulis \"YYYY-MM-DD HH:MM\".",
                          field="at") from None
    return from_local(naive.replace(tzinfo=None), zone)


def _find(session, text: str) -> uuid.UUID:
    text = text.strip().lower()
    try:
        return uuid.UUID(text)
    except ValueError:
        pass
    ids = [i for i in session.execute(select(Complaint.id).where(
        Complaint.deleted_at.is_(None))).scalars() if str(i).startswith(text)]
    if len(ids) != 1 or len(text) < 4:
        raise NotFound(f"Pengaduan '{text}' tidak ditemukan (atau kurang jelas).", field="id")
    return ids[0]


def _when(moment: datetime | None, zone) -> str:
    return f"{to_local(moment, zone):%Y-%m-%d %H:%M}" if moment else "-"


def cmd_list(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            fid = facility_by_code(s, args.facility).id if args.facility else None
            rows = svc.list_complaints(s, facility_id=fid, open_only=args.open)
            zones = {r.id: facility_zone(s, s.get(Complaint, r.id).facility_id) for r in rows}
    finally:
        store.close()
    for r in rows:
        z = zones[r.id]
        print(f"{str(r.id)[:8]}  {_when(r.received_at, z)}  {r.facility_code:<6} "
              f"{r.channel_label[:18]:<18} {r.complainant[:20]:<20} {r.stage_label[:26]:<26} "
              f"batas {_when(r.due_at, z)}  {r.state_label}")
    print(f"{len(rows)} pengaduan.")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            fac = facility_by_code(s, args.facility)
            zone = facility_zone(s, fac.id)
            stay_id = stay_by_case_number(s, args.case).id if args.case else None
            cid = svc.receive(s, svc.ComplaintInput(
                facility_id=fac.id, channel=args.channel, content=args.content,
                received_at=_moment(args.received, zone), anonymous=args.anonymous,
                complainant_name=args.name or "", contact=args.contact,
                identity_document=args.identity, stay_id=stay_id))
            due = s.get(Complaint, cid).due_at
    finally:
        store.close()
    print(f"Pengaduan dicatat. ID {cid}")
    print(f"Batas tanggapan: {_when(due, zone)}" if due else
          "Standar fasilitas tidak menetapkan batas waktu tanggapan.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            d = svc.complaint_detail(s, _find(s, args.id))
            zone = facility_zone(s, s.get(Complaint, d.row.id).facility_id)
    finally:
        store.close()
    r = d.row
    lines = [
        f"Pengaduan {r.id}", f"Fasilitas      : {r.facility_code} (standar {d.standard_code or '-'})",
        f"Diterima       : {_when(r.received_at, zone)} melalui {r.channel_label}",
        f"Pengadu        : {r.complainant}" + (f" ({d.contact})" if d.contact else ""),
    ]
    if d.identity_document:
        lines.append(f"Identitas      : {d.identity_document}")
    if r.case_number:
        lines.append(f"Kasus          : {r.case_number} {d.client_name}")
    lines += [f"Isi            : {r.content}", f"Petugas        : {r.handler or '-'}",
              f"Batas tanggapan: {_when(r.due_at, zone)}"
              + (f" ({d.response_time_text})" if d.response_time_text else ""),
              f"Keadaan       : {r.state_label}", "Tahapan:"]
    for st in d.steps:
        lines.append(f"  {_when(st.at, zone)}  {st.label:<34} {st.by}"
                     + (f" - {st.note}" if st.note else ""))
    if d.response:
        lines.append(f"Tanggapan      : {d.response}")
    print("\n".join(lines))
    return 0


def cmd_step(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        with store.write(actor) as s:
            cid = _find(s, args.id)
            zone = facility_zone(s, s.get(Complaint, cid).facility_id)
            svc.record_step(s, svc.StepInput(cid, args.stage, at=_moment(args.at, zone),
                                             note=args.note, response=args.response))
    finally:
        store.close()
    print(f"Tahap '{svc.STAGE_LABELS[svc.S(args.stage)]}' dicatat.")
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    store, actor = open_cli_store(args)
    try:
        with store.read() as s:
            cid = _find(s, args.id)
        make = complaint_letters.receipt if args.letter == "receipt" else complaint_letters.reply
        result = make(store, actor, cid)
    finally:
        store.close()
    Path(args.out).write_bytes(result.pdf)
    print(f"Surat nomor {result.number} disimpan ke {args.out}. Id surat: {result.letter_id}")
    return 0
