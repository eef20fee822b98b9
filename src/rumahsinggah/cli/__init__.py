"""The ``rumahsinggah`` command. No sub-command starts the desktop application.

Each feature adds its sub-commands in its own module with a ``register(subparsers)`` function
listed in :data:`COMMAND_MODULES`; a command's handler takes the parsed arguments and returns
the exit code.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

from rumahsinggah import __version__
from rumahsinggah.core.errors import RumahSinggahError

COMMAND_MODULES = [
    "rumahsinggah.cli.store_commands",
    "rumahsinggah.cli.sync_commands",
    "rumahsinggah.cli.standards_commands",
    "rumahsinggah.cli.account_commands",
    "rumahsinggah.cli.gui_commands",
    "rumahsinggah.cli.letter_commands",
    "rumahsinggah.cli.calendar_commands",
    "rumahsinggah.cli.register_commands",
    "rumahsinggah.cli.office_commands",
    "rumahsinggah.cli.complaint_commands",
    "rumahsinggah.cli.report_commands",
    "rumahsinggah.cli.head_office_commands",
    "rumahsinggah.cli.move_commands",
]


# Which module registers each top-level command, and its help line: ``--version``, ``--help``
# and the desktop start read only this table; a command imports only its own module. Kept
# equal to what COMMAND_MODULES register by tests/test_startup_imports.py. A command missing
# here still works (every module is then imported), it is only missing from ``--help``.
COMMANDS: dict[str, tuple[str, str]] = {
    "residents": ("rumahsinggah.cli.store_commands", "daftar penghuni saat ini"),
    "backup": ("rumahsinggah.cli.store_commands", "buat cadangan basis data sekarang"),
    "restore": ("rumahsinggah.cli.store_commands",
                "pulihkan basis data dari berkas cadangan (juga bila basis data rusak)"),
    "demo": ("rumahsinggah.cli.store_commands", "isi basis data dengan data contoh (demo)"),
    "check": ("rumahsinggah.cli.store_commands", "periksa keutuhan basis data dan lampiran"),
    "sync": ("rumahsinggah.cli.sync_commands",
             "paket sinkronisasi antar-meja (ekspor / impor / konflik)"),
    "desk": ("rumahsinggah.cli.sync_commands",
             "meja-meja shelter ini: undang, bergabung, daftar"),
    "standards": ("rumahsinggah.cli.standards_commands", "standar pelayanan yang terpasang"),
    "setup": ("rumahsinggah.cli.account_commands",
              "buat basis data terenkripsi baru beserta administrator pertama"),
    "users": ("rumahsinggah.cli.account_commands", "kelola akun pengguna"),
    "recover": ("rumahsinggah.cli.account_commands",
                "buka dengan kunci pemulihan dan tetapkan kata sandi baru"),
    "screenshots": ("rumahsinggah.cli.gui_commands",
                    "simpan gambar (PNG) setiap layar utama aplikasi dengan data demo"),
    "letter": ("rumahsinggah.cli.letter_commands", "buat, cetak ulang atau ralat surat (PDF)"),
    "calendar": ("rumahsinggah.cli.calendar_commands",
                 "hari libur, penutupan kantor dan batas waktu"),
    "import-register": ("rumahsinggah.cli.register_commands",
                        "impor register/buku klien lama (XLSX, XLS, ODS, CSV)"),
    "office": ("rumahsinggah.cli.office_commands",
               "kantor penerbit surat: kop, penanda tangan, buku surat"),
    "complaints": ("rumahsinggah.cli.complaint_commands", "register pengaduan"),
    "report": ("rumahsinggah.cli.report_commands", "laporan untuk kantor dinas (rekap bulanan)"),
    "head-office": ("rumahsinggah.cli.head_office_commands",
                    "kantor pusat: shelter, klien kembali, ekspor XLSX"),
    "migrate-store": ("rumahsinggah.cli.move_commands",
                      "pindahkan basis data meja ini ke server PostgreSQL (yang masih kosong)"),
}


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="folder data (bawaan: folder data pengguna)")
    parser.add_argument(
        "--database", metavar="ALAMAT",
        help="basis data di server PostgreSQL (postgresql://PENGGUNA:SANDI@SERVER/NAMA) "
        "sebagai ganti berkas di folder data; juga RUMAHSINGGAH_DATABASE",
    )
    parser.add_argument(
        "--user", help="nama pengguna untuk membuka basis data; kata sandi ditanyakan tanpa "
        "ditampilkan, atau diambil dari RUMAHSINGGAH_PASSWORD",
    )


def pre_parse(argv: Sequence[str]) -> tuple[argparse.Namespace | None, str | None]:
    """The global options and the command word in ``argv``, before any command is known."""
    pre = argparse.ArgumentParser(add_help=False)
    _global_options(pre)
    try:
        known, rest = pre.parse_known_args(list(argv))
    except SystemExit:  # e.g. --data-dir without a value: the full parser says so
        return None, None
    words = [w for w in rest if not w.startswith("-")]
    return known, (words[0] if words else None)


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command word in ``argv`` (global options and their values skipped), if any."""
    return pre_parse(argv)[1]


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given ``argv``, only the chosen command's module is imported."""
    parser = argparse.ArgumentParser(
        prog="rumahsinggah",
        description="Rumah Singgah: aplikasi layanan rumah singgah dan panti sosial. "
        "Tanpa sub-perintah, aplikasi desktop dibuka.",
    )
    parser.add_argument("--version", action="version", version=f"rumahsinggah {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    word = chosen_command(argv) if argv is not None else ""
    if word is None:  # --help, --version or the desktop: the table is enough
        for name, (_module, help_text) in COMMANDS.items():
            sub.add_parser(name, help=help_text)
    elif word in COMMANDS:
        importlib.import_module(COMMANDS[word][0]).register(sub)
    else:  # no argv, or a word the table does not know: every module, as argparse expects
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    whole_process = argv is None  # the program itself, not a test calling it
    argv = list(sys.argv[1:] if argv is None else argv)
    options, word = pre_parse(argv)
    if word is not None:  # a command, not the desktop (which tunes the collector itself)
        from rumahsinggah.cli import early_unlock

        early_unlock.begin(argv, options, word)
        # Importing the store layers makes objects by the hundred thousand and none is
        # garbage: no collections while importing; afterwards they stay out of its sight.
        gc.disable()
    try:
        parser = build_parser(argv)
        args = parser.parse_args(argv)
    finally:
        if word is not None:
            if whole_process:
                gc.freeze()
            gc.enable()
    if args.command is None:
        from rumahsinggah.gui.app import run  # Qt is imported only for the desktop application

        return run(args)
    try:
        return int(args.handler(args) or 0)
    except RumahSinggahError as exc:
        print(f"Galat: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130
