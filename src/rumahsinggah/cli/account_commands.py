"""Account commands: setup, users (list/add/disable/enable/passwd/reset), recover."""

from __future__ import annotations

import argparse
import os
import sys

from sqlmodel import select

from rumahsinggah.cli import common
from rumahsinggah.core.errors import DomainError, NotFound
from rumahsinggah.core.vocab import FACILITY_KIND_LABELS, ROLE_LABELS, FacilityKind, Role
from rumahsinggah.services import signin, store_setup, user_accounts
from rumahsinggah.storage.models import Facility


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "setup", help="buat basis data terenkripsi baru beserta administrator pertama",
        description="Membuat basis data baru yang terenkripsi, fasilitas, dan akun administrator "
        "pertama, lalu menampilkan KUNCI PEMULIHAN satu kali. Nilai yang tidak diberikan "
        "ditanyakan di terminal; kata sandi administrator dapat diberikan lewat "
        f"{common.PASSWORD_ENV} untuk skrip.",
    )
    p.add_argument("--facility-name", help="nama fasilitas, mis. 'Rumah Singgah Banjarmasin'")
    p.add_argument("--facility-code", help="kode fasilitas untuk nomor kasus, mis. BJM")
    p.add_argument("--facility-kind", choices=[k.value for k in FacilityKind],
                   help="jenis fasilitas")
    p.add_argument("--default-standard", default="", help="kode standar pelayanan bawaan")
    p.add_argument("--admin-username", help="nama pengguna administrator")
    p.add_argument("--admin-full-name", help="nama lengkap administrator")
    p.set_defaults(handler=cmd_setup)

    users = sub.add_parser("users", help="kelola akun pengguna")
    usub = users.add_subparsers(dest="users_command", metavar="AKSI", required=True)

    p = usub.add_parser("list", help="daftar akun")
    p.set_defaults(handler=cmd_users_list)

    p = usub.add_parser(
        "add", help="tambah akun (administrator)",
        description=f"Kata sandi akun baru ditanyakan, atau diambil dari {common.NEW_PASSWORD_ENV}.",
    )
    p.add_argument("name", help="nama pengguna baru")
    p.add_argument("--full-name", required=True, help="nama lengkap")
    p.add_argument("--role", required=True, choices=[r.value for r in Role], help="peran")
    p.add_argument("--nip", default="", help="NIP")
    p.add_argument("--title", default="", help="jabatan")
    p.add_argument("--facility", help="kode fasilitas tempat bertugas")
    p.set_defaults(handler=cmd_users_add)

    p = usub.add_parser("disable", help="nonaktifkan akun (administrator)")
    p.add_argument("name")
    p.set_defaults(handler=cmd_users_disable)

    p = usub.add_parser("enable", help="aktifkan kembali akun (administrator)")
    p.add_argument("name")
    p.set_defaults(handler=cmd_users_enable)

    p = usub.add_parser(
        "passwd", help="ganti kata sandi Anda sendiri",
        description=f"Kata sandi baru ditanyakan, atau diambil dari {common.NEW_PASSWORD_ENV}.",
    )
    p.set_defaults(handler=cmd_users_passwd)

    p = usub.add_parser("reset", help="atur ulang kata sandi akun lain (administrator)")
    p.add_argument("name")
    p.set_defaults(handler=cmd_users_reset)

    p = usub.add_parser(
        "recovery-key", help="buat kunci pemulihan baru; yang lama tidak berlaku (administrator)"
    )
    p.set_defaults(handler=cmd_users_recovery_key)

    p = usub.add_parser(
        "rotate-key", help="enkripsi ulang basis data, lampiran dan berkas kunci dengan kunci "
        "baru (administrator)")
    p.set_defaults(handler=cmd_users_rotate_key)

    p = sub.add_parser(
        "recover", help="buka dengan kunci pemulihan dan tetapkan kata sandi baru",
        description="Kunci pemulihan ditanyakan (atau diambil dari "
        f"{common.RECOVERY_ENV}); kata sandi baru ditanyakan (atau dari "
        f"{common.NEW_PASSWORD_ENV}).",
    )
    p.add_argument("--username", required=True, help="akun yang diberi kata sandi baru")
    p.set_defaults(handler=cmd_recover)


def _ask(value: str | None, prompt: str, option: str) -> str:
    if value:
        return value
    if not common.can_ask():
        raise DomainError(f"Isi {option}: tidak ada terminal untuk menanyakannya.")
    answer = input(prompt).strip()
    if not answer:
        raise DomainError(f"{prompt.rstrip(': ')} wajib diisi.")
    return answer


def cmd_setup(args: argparse.Namespace) -> int:
    paths = common.data_paths(args)
    if store_setup.is_set_up(paths) or paths.database.exists():
        raise DomainError(
            f"Folder {paths.root} sudah berisi basis data. Pilih folder lain dengan --data-dir."
        )
    kinds = ", ".join(f"{k.value} ({v})" for k, v in FACILITY_KIND_LABELS.items())
    facility_name = _ask(args.facility_name, "Nama fasilitas: ", "--facility-name")
    facility_code = _ask(args.facility_code, "Kode fasilitas (mis. BJM): ", "--facility-code")
    facility_kind = _ask(args.facility_kind, f"Jenis fasilitas [{kinds}]: ", "--facility-kind")
    admin_username = _ask(args.admin_username, "Nama pengguna administrator: ",
                          "--admin-username")
    admin_full_name = _ask(args.admin_full_name, "Nama lengkap administrator: ",
                           "--admin-full-name")
    password = os.environ.get(common.PASSWORD_ENV) or common.read_new_password(
        "Kata sandi administrator: ", common.PASSWORD_ENV
    )
    signed, recovery_key = store_setup.setup(
        paths, facility_name=facility_name, facility_code=facility_code,
        facility_kind=facility_kind, admin_username=admin_username,
        admin_full_name=admin_full_name, admin_password=password,
        default_standard=args.default_standard,
    )
    signed.store.close()
    print(f"Basis data terenkripsi dibuat di {paths.root}.")
    print(f"Administrator: {signed.user.username} ({signed.user.full_name}).")
    print()
    _print_recovery_key(recovery_key)
    return 0


def _print_recovery_key(recovery_key: str) -> None:
    print("=" * 64)
    print("  KUNCI PEMULIHAN (hanya ditampilkan SEKALI):")
    print()
    print(f"      {recovery_key}")
    print()
    print("  Cetak atau tulis kunci ini dan simpan di tempat terkunci (pimpinan).")
    print("  Kunci ini dapat membuka semua data bila semua kata sandi terlupa:")
    print("  'rumahsinggah recover --username NAMA'. Jangan simpan di komputer ini.")
    print("=" * 64)


def cmd_users_recovery_key(args: argparse.Namespace) -> int:
    signed = common.sign_in(args)
    try:
        recovery_key = store_setup.replace_recovery_key(signed.store, signed.store.paths,
                                                     signed.actor)
    finally:
        signed.store.close()
    print("Kunci pemulihan baru dibuat; kunci yang lama tidak berlaku lagi.")
    _print_recovery_key(recovery_key)
    return 0


def _progress(step: str, done: int, total: int) -> None:
    labels = {"basis_data": "basis data", "lampiran": "lampiran", "berkas_kunci": "berkas kunci"}
    if done == total:
        print(f"  mengenkripsi ulang {labels.get(step, step)}: selesai ({total})",
              file=sys.stderr)


def cmd_users_rotate_key(args: argparse.Namespace) -> int:
    signed = common.sign_in(args)
    try:
        left_out = store_setup.rotate_key(signed.store, signed.actor, progress=_progress)
    finally:
        signed.store.close()
    print("Kunci basis data telah diganti: salinan lama berkas kunci dan cadangan lama tidak "
          "membuka apa pun yang ditulis mulai sekarang.")
    if left_out:
        print(f"Akun tanpa kunci baru (perlu 'users reset'): {', '.join(left_out)}")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    signed = common.sign_in(args)
    try:
        with signed.store.read() as s:
            users = user_accounts.list_users(s)
        with_password = {u.username for u in users
                         if user_accounts.has_password(signed.store.paths, u.username)}
    finally:
        signed.store.close()
    rows = [["Pengguna", "Nama", "Peran", "Status"]]
    for u in users:
        status = "aktif" if u.active else "nonaktif"
        if u.active and u.username not in with_password:
            status = "aktif, belum ada kata sandi"
        rows.append([u.username, u.full_name, ROLE_LABELS.get(u.role, u.role), status])
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    print(f"\n{len(users)} akun")
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    signed = common.sign_in(args)
    try:
        facility_id = None
        if args.facility:
            with signed.store.read() as s:
                facility = s.exec(
                    select(Facility).where(Facility.code == args.facility.upper())
                ).first()
            if facility is None:
                raise NotFound(f"Fasilitas dengan kode '{args.facility}' tidak ditemukan.")
            facility_id = facility.id
        user_accounts.require_admin(signed.store, signed.actor)  # before asking for a password in vain
        password = common.read_new_password(f"Kata sandi untuk {args.name}: ")
        info = user_accounts.add_user(
            signed.store, signed.actor, username=args.name, full_name=args.full_name,
            role=args.role, password=password, nip=args.nip, title=args.title,
            facility_id=facility_id,
        )
    finally:
        signed.store.close()
    print(f"Akun '{info.username}' ({info.role_label}) ditambahkan.")
    return 0


def cmd_users_disable(args: argparse.Namespace) -> int:
    signed = common.sign_in(args)
    try:
        info = user_accounts.set_active(signed.store, signed.actor, args.name, False,
                                   progress=_progress)
    finally:
        signed.store.close()
    print(f"Akun '{info.username}' dinonaktifkan; kata sandinya dan salinan lama berkas kunci "
          "tidak lagi membuka apa pun yang ditulis mulai sekarang (kunci basis data diganti).")
    return 0


def cmd_users_enable(args: argparse.Namespace) -> int:
    signed = common.sign_in(args)
    try:
        info = user_accounts.set_active(signed.store, signed.actor, args.name, True)
        needs_password = not user_accounts.has_password(signed.store.paths, info.username)
    finally:
        signed.store.close()
    print(f"Akun '{info.username}' diaktifkan kembali.")
    if needs_password:
        print(f"Akun ini belum punya kata sandi: jalankan 'rumahsinggah users reset {info.username}'.")
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    paths, user, old_password = common.credentials(args)
    signed = signin.sign_in(paths, user, old_password)
    try:
        new_password = common.read_new_password()
        user_accounts.change_password(signed.store, paths, signed.actor, signed.user.username,
                                 old_password, new_password)
    finally:
        signed.store.close()
    print(f"Kata sandi '{signed.user.username}' diganti.")
    return 0


def cmd_users_reset(args: argparse.Namespace) -> int:
    signed = common.sign_in(args)
    try:
        user_accounts.require_admin(signed.store, signed.actor)
        password = common.read_new_password(f"Kata sandi baru untuk {args.name}: ")
        user_accounts.reset_password(signed.store, signed.store.paths, signed.actor, args.name,
                                password)
    finally:
        signed.store.close()
    print(f"Kata sandi '{args.name}' diatur ulang.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    paths = common.data_paths(args)
    recovery_key = common.read_secret("Kunci pemulihan: ", common.RECOVERY_ENV,
                                      what="kunci pemulihan")
    password = common.read_new_password(f"Kata sandi baru untuk {args.username}: ")
    signed = store_setup.recover(paths, recovery_key, args.username, password)
    signed.store.close()
    print(f"Basis data dibuka dengan kunci pemulihan; kata sandi '{signed.user.username}' "
          "diganti. Peristiwa ini tercatat di jejak audit.", file=sys.stdout)
    return 0
