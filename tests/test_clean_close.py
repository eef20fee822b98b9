"""The sign-in quick check runs when the file may have changed behind our back (no clean
close, another writer, a bit flipped by hand, even in the same clock tick) and with the first
sign-in of the day; after a clean close on a day already checked it is skipped."""

from __future__ import annotations

import sqlite3

import pytest

from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import backup, clean_close
from rumahsinggah.storage import store as store_module
from rumahsinggah.storage.models import Agency
from rumahsinggah.storage.store import open_store


@pytest.fixture
def checks(monkeypatch):
    """How many quick checks opening ran (the real check still runs)."""
    calls = []
    real = store_module.quick_check

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(store_module, "quick_check", counting)
    return calls


def _closed_store(paths: DataPaths) -> None:
    store = open_store(paths, daily_backup=False)
    with store.write() as s:
        for n in range(300):
            s.add(Agency(name=f"Instansi {n:03d} " + "x" * 200))
    store.close()
    backup.daily_backup(paths)  # today's archive made: the day's check is done


def test_clean_close_skips_the_check_and_a_change_brings_it_back(paths, checks):
    _closed_store(paths)
    assert clean_close.unchanged(paths)
    store = open_store(paths)
    assert checks == [] and not store.damage
    store.close()

    # Another program writes to the file (here plain SQLite, the store is not encrypted).
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE agency SET kind = 'dinsos' WHERE rowid = 1")
    assert not clean_close.unchanged(paths)
    store = open_store(paths)
    assert len(checks) == 1 and not store.damage
    store.close()


def test_a_bit_flipped_right_after_closing_is_still_caught(paths, checks):
    _closed_store(paths)
    store = open_store(paths)
    store.close()
    data = bytearray(paths.database.read_bytes())  # no pause: the same clock tick if it can
    data[3 * 4096] ^= 0xFF  # the b-tree page type of an interior page
    paths.database.write_bytes(bytes(data))
    store = open_store(paths)
    try:
        assert len(checks) == 1 and store.damage  # opened read-only, offered a restore
    finally:
        store.close()


def test_no_clean_close_or_a_new_day_checks(paths, checks, monkeypatch):
    _closed_store(paths)
    store = open_store(paths)
    store.engine.dispose()  # the power went: close() never ran, no new mark
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE agency SET kind = 'x' WHERE rowid = 2")
    store = open_store(paths)
    assert len(checks) == 1
    store.close()
    assert clean_close.unchanged(paths)
    monkeypatch.setattr(backup, "daily_due", lambda _paths: True)  # tomorrow morning
    store = open_store(paths, daily_backup=False)
    assert len(checks) == 2
    store.close()


def test_a_sign_in_after_a_clean_close_skips_the_check(tmp_path, checks):
    """The sign-in looks at the file read-only before opening it (which leaves an empty WAL
    beside it); that look is not a change: the check is skipped, as with open_store."""
    from gui_support import FAST, PASSWORD
    from rumahsinggah.services import signin, store_setup

    paths = DataPaths(tmp_path / "desk")
    signed, _made = store_setup.create_demo_store(paths, _kdf=FAST)
    signed.store.close()
    backup.daily_backup(paths, signed.store.key)
    for _ in range(2):
        again = signin.sign_in(paths, "kabid", PASSWORD)
        again.store.close()
    assert checks == []
    assert clean_close.unchanged(paths)
