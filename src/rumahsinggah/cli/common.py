"""What every headless command shares: finding the store and unlocking it as a user.

A command unlocks the store with ``--user NAME`` (or ``RUMAHSINGGAH_USER``) and a password
read from the terminal without echo, or from ``RUMAHSINGGAH_PASSWORD`` for scripts. Without a
terminal and without that variable the command stops with a clear message: it never waits on
standard input, so scheduled jobs and CI do not hang.

A DEMO store (made by ``rumahsinggah demo``) whose passwords are printed for everyone may be
opened without ``--user``: the demo administrator is used, with the demo password.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from rumahsinggah.cli.early_unlock import NEW_PASSWORD_ENV, PASSWORD_ENV, USER_ENV
from rumahsinggah.core.errors import DomainError, StoreError
from rumahsinggah.locations import DataPaths, resolve_store_paths
from rumahsinggah.services import signin, store_setup, user_accounts
from rumahsinggah.storage import keys as keyfile
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.store import Store

RECOVERY_ENV = "RUMAHSINGGAH_RECOVERY_KEY"
_SQLITE_HEADER = b"SQLite format 3\x00"


def data_paths(args: argparse.Namespace) -> DataPaths:
    """The desk's SQLite store, or the server store of ``--database`` (locations)."""
    return resolve_store_paths(getattr(args, "data_dir", None), getattr(args, "database", None))


def can_ask() -> bool:
    """True when a person sits at a terminal that can answer a question."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def read_secret(prompt: str, env: str, *, what: str = "kata sandi") -> str:
    """A secret from ``env`` or typed without echo; never blocks without a terminal."""
    value = os.environ.get(env)
    if value:
        return value
    if not can_ask():
        raise DomainError(
            f"{what.capitalize()} tidak dapat ditanyakan karena tidak ada terminal. Jalankan "
            f"perintah di terminal, atau isi variabel lingkungan {env} untuk skrip."
        )
    return getpass.getpass(prompt)


def read_new_password(prompt: str = "Kata sandi baru: ", env: str = NEW_PASSWORD_ENV) -> str:
    """A new password, typed twice at a terminal (or taken from ``env``), checked by policy."""
    value = os.environ.get(env)
    if value:
        user_accounts.check_password_policy(value)
        return value
    first = read_secret(prompt, env, what="kata sandi baru")
    user_accounts.check_password_policy(first)
    if getpass.getpass("Ulangi kata sandi baru: ") != first:
        raise DomainError("Kedua kata sandi tidak sama. Tidak ada yang diubah.")
    return first


def _plain_store(paths: DataPaths) -> bool:
    db = paths.database
    if paths.key_file.exists() or not db.exists() or db.stat().st_size == 0:
        return False
    with open(db, "rb") as fh:
        return fh.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER


def _require_set_up(paths: DataPaths) -> None:
    if store_setup.is_set_up(paths):
        return
    if paths.on_server:
        keyfile.load(paths)  # unreachable server or wrong password: its own message
        raise StoreError(f"Basis data di server {paths.label} belum disiapkan.")
    if _plain_store(paths):
        raise StoreError(
            f"Basis data di {paths.root} tidak terenkripsi dan tidak punya berkas kunci. "
            "Rumah Singgah hanya membuka basis data yang diamankan: buat yang baru dengan "
            "'rumahsinggah setup'. Berkas tidak diubah."
        )
    if paths.database.exists() and paths.database.stat().st_size > 0:
        keyfile.load(paths)  # raises the precise message (missing, damaged)
    raise StoreError(
        f"Belum ada basis data Rumah Singgah di {paths.root}. Buat dengan 'rumahsinggah setup' "
        "(atau 'rumahsinggah demo' untuk data contoh)."
    )


def credentials(args: argparse.Namespace) -> tuple[DataPaths, str, str]:
    """Data folder, user name and password for the command in ``args``."""
    paths = data_paths(args)
    _require_set_up(paths)
    user = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not user:
        if store_setup.is_demo(paths):
            demo_admin = store_setup.DEMO_ACCOUNTS[0][0]
            print(f"Basis data DEMO: memakai akun demo '{demo_admin}'.", file=sys.stderr)
            return paths, demo_admin, os.environ.get(PASSWORD_ENV) or store_setup.DEMO_PASSWORD
        raise DomainError(
            f"Sebutkan pengguna dengan --user NAMA (atau variabel lingkungan {USER_ENV})."
        )
    password = read_secret(f"Kata sandi untuk {user}: ", PASSWORD_ENV)
    return paths, user, password


def sign_in(args: argparse.Namespace) -> signin.SignedIn:
    paths, user, password = credentials(args)
    return signin.sign_in(paths, user, password)


def open_cli_store(args: argparse.Namespace) -> tuple[Store, Actor]:
    """Unlock the store as ``--user`` and return it with that user as the actor."""
    signed = sign_in(args)
    return signed.store, signed.actor


def store_key(args: argparse.Namespace) -> bytes | None:
    """The store key without opening the store (for ``rumahsinggah check`` on a sick store).

    None when there is no key file (an old unencrypted store, or a file that is no store at
    all): ``check`` then examines the file as it is and reports what it finds.
    """
    paths = data_paths(args)
    if not paths.on_server and not paths.key_file.exists():
        return None
    _paths, user, password = credentials(args)
    return signin.unlock_key(paths, user, password)


def print_demo_accounts(accounts_made: list[tuple[str, str, str]], root: object) -> None:
    from rumahsinggah.core.vocab import ROLE_LABELS

    width = max(len(u) for u, _r, _p in accounts_made)
    print("=" * 64)
    print("  BASIS DATA DEMO - JANGAN DIPAKAI UNTUK DATA KLIEN SUNGGUHAN")
    print(f"  Folder: {root}")
    print("  Akun demo (kata sandi sama untuk semua, hanya untuk DEMO):")
    for username, role, password in accounts_made:
        print(f"    {username.ljust(width)}  {password}  {ROLE_LABELS.get(role, role)}")
    print("=" * 64)


def create_demo_store(args: argparse.Namespace) -> tuple[Store, Actor]:
    """Open the store that ``rumahsinggah demo`` fills.

    A new folder gets an encrypted DEMO store with one account per role, printed with the demo
    password. An existing store is unlocked as usual (``--user``) and the data is added to it.
    """
    paths = data_paths(args)
    if store_setup.is_set_up(paths) or paths.key_file.exists() or (
            paths.database.exists() and paths.database.stat().st_size):
        return open_cli_store(args)
    signed, made = store_setup.create_demo_store(paths)
    print_demo_accounts(made, paths.root)
    return signed.store, signed.actor


def store_exists(args: argparse.Namespace) -> bool:
    paths = data_paths(args)
    if paths.on_server:
        return store_setup.is_set_up(paths)
    database = paths.database
    return database.exists() and database.stat().st_size > 0
