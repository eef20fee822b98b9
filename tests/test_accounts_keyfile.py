"""What goes wrong with keys and files: clear Indonesian messages, nothing overwritten."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile

import pytest
from sqlmodel import select

from accounts_support import ADMIN_PASSWORD, make_store, snapshot
from rumahsinggah.core.errors import DomainError, StoreError
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import signin, store_setup
from rumahsinggah.storage import archive, backup, keys
from rumahsinggah.storage.models import Client
from rumahsinggah.storage.store import open_store


@pytest.fixture
def closed(paths) -> DataPaths:
    """A store with one client, closed, as found on a desk in the morning."""
    signed, _recovery = make_store(paths)
    with signed.store.write(signed.actor) as s:
        s.add(Client(full_name="Siti Aminah", sex="P"))
    signed.store.close()
    return paths


def _still_usable(paths: DataPaths) -> None:
    signed = signin.sign_in(paths, "kepala", ADMIN_PASSWORD)
    try:
        with signed.store.read() as s:
            assert s.exec(select(Client)).one().full_name == "Siti Aminah"
    finally:
        signed.store.close()


def test_wrong_password(closed):
    before = snapshot(closed)
    with pytest.raises(DomainError) as exc:
        signin.sign_in(closed, "kepala", "bukan-sandinya")
    assert "kata sandi salah" in exc.value.message
    assert snapshot(closed) == before
    _still_usable(closed)


def test_missing_key_file(closed, tmp_path):
    kept = tmp_path / "kunci-disimpan"
    shutil.move(closed.key_file, kept)
    before = snapshot(closed)
    assert not store_setup.is_set_up(closed)
    with pytest.raises(StoreError) as exc:
        signin.sign_in(closed, "kepala", ADMIN_PASSWORD)
    message = exc.value.message
    assert "tidak ditemukan" in message and "rumahsinggah.keys" in message
    assert "backups" in message  # points at the spare copy
    assert not closed.key_file.exists() and snapshot(closed) == before
    with pytest.raises(DomainError, match="sudah berisi"):  # set-up will not overwrite it
        make_store(closed)
    shutil.move(kept, closed.key_file)
    _still_usable(closed)


@pytest.mark.parametrize("damage", ["truncated", "garbage", "foreign_json", "no_users",
                                    "bad_entry", "newer", "bad_check"])
def test_damaged_key_file(closed, damage):
    original = closed.key_file.read_bytes()
    data = json.loads(original)
    if damage == "truncated":
        broken = original[: len(original) // 2]
    elif damage == "garbage":
        broken = bytes(range(256)) * 4
    elif damage == "foreign_json":
        broken = json.dumps({"hello": "world"}).encode()
    elif damage == "no_users":
        del data["users"]
        broken = json.dumps(data).encode()
    elif damage == "bad_entry":
        data["users"]["kepala"]["kdf"]["salt"] = "%%%bukan-base64"
        broken = json.dumps(data).encode()
    elif damage == "newer":
        data["version"] = keys.VERSION + 1
        broken = json.dumps(data).encode()
    else:  # the key opens but does not match the file's key check
        data["key_check"] = "0" * 64
        broken = json.dumps(data).encode()
    closed.key_file.write_bytes(broken)
    before = snapshot(closed)
    with pytest.raises(StoreError) as exc:
        signin.sign_in(closed, "kepala", ADMIN_PASSWORD)
    message = exc.value.message
    assert "Berkas kunci" in message and "tidak diubah" in message
    if damage == "newer":
        assert "lebih baru" in message
    else:
        assert "rusak" in message
    assert snapshot(closed) == before and closed.key_file.read_bytes() == broken
    closed.key_file.write_bytes(original)
    _still_usable(closed)


def test_tampered_entry_is_just_a_wrong_password(closed):
    original = closed.key_file.read_bytes()
    data = json.loads(original)
    entry = data["users"]["kepala"]
    entry["wrapped"] = entry["wrapped"][:-8] + ("A" * 8 if entry["wrapped"][-8:] != "A" * 8
                                                else "B" * 8)
    closed.key_file.write_text(json.dumps(data))
    with pytest.raises(DomainError, match="kata sandi salah"):
        signin.sign_in(closed, "kepala", ADMIN_PASSWORD)
    closed.key_file.write_bytes(original)
    _still_usable(closed)


def test_key_file_of_another_store(closed, tmp_path):
    other = DataPaths(tmp_path / "lain")
    signed, _recovery = make_store(other)  # same admin name and password, other store key
    signed.store.close()
    original = closed.key_file.read_bytes()
    shutil.copy(other.key_file, closed.key_file)
    before = snapshot(closed)
    with pytest.raises(StoreError) as exc:
        signin.sign_in(closed, "kepala", ADMIN_PASSWORD)
    assert "tidak cocok" in exc.value.message and "Tidak ada berkas yang diubah" in exc.value.message
    assert snapshot(closed) == before
    closed.key_file.write_bytes(original)
    _still_usable(closed)


def test_plain_sqlite_cannot_read_the_store_and_does_no_harm(closed):
    before = snapshot(closed)
    conn = sqlite3.connect(closed.database)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT name FROM sqlite_master").fetchall()
    conn.close()
    assert snapshot(closed) == before
    _still_usable(closed)


def test_database_replaced_by_a_plain_sqlite_file(closed, tmp_path):
    saved = tmp_path / "asli.sqlite"
    shutil.move(closed.database, saved)
    sqlite3.connect(closed.database).execute("CREATE TABLE t (x)").connection.close()
    plain = closed.database.read_bytes()
    with pytest.raises(StoreError) as exc:
        signin.sign_in(closed, "kepala", ADMIN_PASSWORD)
    assert "tidak terenkripsi" in exc.value.message
    assert closed.database.read_bytes() == plain
    shutil.move(saved, closed.database)
    _still_usable(closed)


def test_database_missing_but_key_file_present(closed, tmp_path):
    shutil.move(closed.database, tmp_path / "asli.sqlite")
    with pytest.raises(StoreError, match="tidak ditemukan"):
        signin.sign_in(closed, "kepala", ADMIN_PASSWORD)
    assert not closed.database.exists()  # no new empty store made in its place
    shutil.move(tmp_path / "asli.sqlite", closed.database)
    _still_usable(closed)


def test_backups_are_encrypted_with_the_store_key(closed, tmp_path):
    signed = signin.sign_in(closed, "kepala", ADMIN_PASSWORD)
    key = signed.store.key
    try:
        made = backup.backup_file(closed.database, tmp_path / "cadangan.sqlite", key)
        archives = sorted((closed.backups / "harian").glob("*.rsbak"))
        with signed.store.write(signed.actor) as s:
            s.add(Client(full_name="Setelah Cadangan", sex="L"))
    finally:
        signed.store.close()
    assert archives, "sign-in makes the daily backup"
    daily = []
    for n, archive_path in enumerate(archives):  # an archive: its database is encrypted too
        with zipfile.ZipFile(archive_path) as zf:
            daily.append(tmp_path / f"harian-{n}.sqlite")
            daily[-1].write_bytes(zf.read("rumahsinggah.sqlite"))
    for path in [made, *daily]:
        assert not path.read_bytes().startswith(b"SQLite format 3\x00")
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
        backup.verify_backup(path, key)
        with pytest.raises(StoreError):
            backup.verify_backup(path, None)
    backup.restore(closed, made, key)
    signed = signin.sign_in(closed, "kepala", ADMIN_PASSWORD)
    try:
        with signed.store.read() as s:
            assert [c.full_name for c in s.exec(select(Client)).all()] == ["Siti Aminah"]
    finally:
        signed.store.close()


def test_plain_store_still_opens_without_key_for_tests(paths):
    store = open_store(paths)  # key=None: unencrypted, for tests that need no encryption
    try:
        assert store.key is None
        with store.write() as s:
            s.add(Client(full_name="Tanpa Enkripsi", sex="L"))
    finally:
        store.close()
    assert paths.database.read_bytes().startswith(b"SQLite format 3\x00")


def test_recovery_key_text_round_trip():
    secret, text = keys.new_recovery_key()
    groups = text.split("-")
    assert len(groups) == 8 and all(len(g) == 4 and g.isalnum() and g.isupper() for g in groups)
    assert keys.parse_recovery_key(text) == secret
    assert keys.parse_recovery_key(" " + text.lower().replace("-", "  ") + "\n") == secret
    with pytest.raises(ValueError):
        keys.parse_recovery_key(text[:-4])


def test_daily_backup_can_wait_until_after_sign_in(closed):
    signed = signin.sign_in(closed, "kepala", ADMIN_PASSWORD, daily_backup=False)
    try:
        assert not list(closed.backups.rglob("rumahsinggah-*.rsbak"))
        made = signin.run_daily_backup(signed.store)
        assert made is not None and made.parent.name == "harian"
        weekly = list((closed.backups / "mingguan").glob("*.rsbak"))
        assert len(weekly) == 1 and weekly[0].read_bytes() == made.read_bytes()
        archive.verify_archive(weekly[0], signed.store.key)
        assert signin.run_daily_backup(signed.store) is None  # once a day
    finally:
        signed.store.close()
