"""``rumahsinggah migrate-store --to postgresql://...``: move the desk's store onto a server.

The administrator signs in to this desk's store as usual (``--user``, the password from the
terminal or ``RUMAHSINGGAH_PASSWORD``); the store is then closed and copied, read-only, into
the server's database (``storage.store_move``), which must be empty or freshly made. Every
table is compared afterwards; the command prints one line per table and exits 0 only when
everything matched.
"""

from __future__ import annotations

import argparse
import sys

from rumahsinggah.cli import common
from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.core.vocab import Role


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "migrate-store",
        help="pindahkan basis data meja ini ke server PostgreSQL (yang masih kosong)")
    p.add_argument("--to", required=True, metavar="ALAMAT",
                   help="alamat basis data server, mis. postgresql://pengguna@server/rumahsinggah")
    p.set_defaults(handler=cmd_migrate_store)


def cmd_migrate_store(args: argparse.Namespace) -> int:
    from rumahsinggah.storage import server, store_move

    url = args.to.strip()
    if not server.is_server_url(url):
        raise DomainError("Alamat --to harus alamat PostgreSQL, diawali postgresql:// "
                          "(misalnya postgresql://pengguna@server/rumahsinggah).")
    signed = common.sign_in(args)
    paths = signed.store.paths
    key = signed.store.key
    try:
        if signed.user.role != Role.ADMIN.value:
            raise PermissionDenied(
                "Hanya Administrator yang dapat memindahkan basis data ke server.")
    finally:
        signed.store.close()  # nothing more is written here; the copy reads the file as is
    print(f"Memindahkan {paths.root} ke {server.redact(url)} ...", file=sys.stderr)
    report = store_move.copy_to_server(paths, key, url, progress=_progress())
    _record_move(url, paths, key, signed.actor, report)
    for line in report.render():
        print(line)
    print("Selesai. Mulai sekarang pakai basis data di server; basis data di meja ini tidak "
          "diubah, tetapi jangan dipakai lagi untuk mencatat data baru.")
    return 0


def _progress():
    shown: set[str] = set()

    def progress(what: str, done: int, total: int) -> None:
        if done == total and what not in shown:
            shown.add(what)
            print(f"  disalin: {what} ({total})", file=sys.stderr)

    return progress


def _record_move(url: str, paths, key: bytes | None, actor, report) -> None:
    """The move itself goes into the server's audit trail, as the administrator who did it."""
    from rumahsinggah.locations import ServerPaths
    from rumahsinggah.storage.audit import record_event
    from rumahsinggah.storage.store import open_store

    store = open_store(ServerPaths.for_url(url, paths.root.parent), key)
    try:
        with store.write(actor) as s:
            record_event(s, "store_moved_in", details={
                "from": str(paths.root), "tables": len(report.tables),
                "rows": sum(t.target_rows for t in report.tables)})
    finally:
        store.close()
