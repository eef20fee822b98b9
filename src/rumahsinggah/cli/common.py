"""What every headless command shares: finding and opening the store."""

from __future__ import annotations

import argparse

from rumahsinggah.locations import DataPaths, resolve_data_dir
from rumahsinggah.storage.audit import SYSTEM, Actor
from rumahsinggah.storage.store import Store, open_store


def data_paths(args: argparse.Namespace) -> DataPaths:
    return DataPaths(resolve_data_dir(getattr(args, "data_dir", None)))


def open_cli_store(args: argparse.Namespace) -> tuple[Store, Actor]:
    """Open the store for a headless command and say who is acting.

    The accounts feature replaces the system actor with the user unlocked by ``--user``.
    """
    return open_store(data_paths(args)), SYSTEM


def create_demo_store(args: argparse.Namespace) -> tuple[Store, Actor]:
    """Open (creating) the store that ``rumahsinggah demo`` fills.

    The accounts feature makes this create an encrypted store with demo accounts and print them.
    """
    return open_store(data_paths(args)), SYSTEM


def store_exists(args: argparse.Namespace) -> bool:
    database = data_paths(args).database
    return database.exists() and database.stat().st_size > 0
