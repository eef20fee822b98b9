"""The ``rumahsinggah`` command. No sub-command starts the desktop application.

Each feature adds its sub-commands in its own module with a ``register(subparsers)`` function
listed in :data:`COMMAND_MODULES`; a command's handler takes the parsed arguments and returns
the exit code.
"""

from __future__ import annotations

import argparse
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
    "rumahsinggah.cli.report_commands",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rumahsinggah",
        description="Rumah Singgah: aplikasi layanan rumah singgah dan panti sosial. "
        "Tanpa sub-perintah, aplikasi desktop dibuka.",
    )
    parser.add_argument("--version", action="version", version=f"rumahsinggah {__version__}")
    parser.add_argument("--data-dir", help="folder data (bawaan: folder data pengguna)")
    parser.add_argument(
        "--user", help="nama pengguna untuk membuka basis data; kata sandi ditanyakan tanpa "
        "ditampilkan, atau diambil dari RUMAHSINGGAH_PASSWORD",
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
