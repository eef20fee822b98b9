"""The canary: a distinctive name, NIK and note must appear in no file the application writes."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from sqlmodel import select

from accounts_support import ADMIN_PASSWORD, make_store
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import signin
from rumahsinggah.storage import attachments, backup
from rumahsinggah.storage.audit import SYSTEM
from rumahsinggah.storage.models import Client, Draft
from rumahsinggah.storage.store import open_store

NAME = "Wiraguna Kenaripati Suryaningrat"
NIK = "6371054707990013"
NOTE = "Catatan rahasia: riwayat kenari-4471 di Pasar Lama"
ATTACHMENT = f"KTP {NAME} NIK {NIK}".encode()
NEEDLES = [NAME, NIK, NOTE, "kenaripati", "kenari-4471"]


def _patterns() -> list[bytes]:
    out = []
    for needle in NEEDLES:
        for text in {needle, needle.lower(), needle.upper()}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                out.append(text.encode(encoding))
    return out


def _scan(folders: list[Path]) -> tuple[list[Path], list[tuple[Path, bytes]]]:
    files, hits = [], []
    patterns = _patterns()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            files.append(path)
            data = path.read_bytes()
            lowered = data.lower()
            hits += [(path, p) for p in patterns if p in data or p.lower() in lowered]
    return files, hits


def _fill(store, actor) -> None:
    with store.write(actor) as s:
        client = Client(full_name=NAME, nickname="Kenaripati", nik=NIK, sex="L", notes=NOTE)
        s.add(client)
        s.flush()
        attachments.save_bytes(store, s, ATTACHMENT, filename=f"ktp {NAME}.jpg", kind="ktp",
                               client_id=client.id, note=NOTE)
        s.add(Draft(wizard="pendaftaran", owner_id=actor.user_id, page="identitas",
                    data={"nama": NAME, "nik": NIK, "catatan": NOTE}))
    with store.write(actor) as s:  # an update too: old and new values go to the audit trail
        s.exec(select(Client).where(Client.nik == NIK)).one().address = NOTE
    with store.read() as s:  # a sort that could spill to a temporary file
        rows = s.exec(select(Client.full_name, Client.notes).order_by(Client.notes.desc())).all()
    assert rows[0][0] == NAME


@pytest.fixture
def app_temp(tmp_path, monkeypatch) -> Path:
    """Point every temporary-file location (SQLite's and Python's) at a folder we can scan."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for var in ("SQLITE_TMPDIR", "TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_canary_bytes_appear_in_no_file(paths, app_temp):
    signed, _recovery = make_store(paths)
    _fill(signed.store, signed.actor)
    signed.store.close()

    # Sign in again: this makes the daily and weekly backups of the filled store.
    signed = signin.sign_in(paths, "kepala", ADMIN_PASSWORD)
    store = signed.store
    try:
        with store.write(signed.actor) as s:
            s.add(Client(full_name=f"{NAME} Junior", sex="L", notes=NOTE))
        manual = backup.backup_file(paths.database, paths.backups / "manual.sqlite", store.key)
        wal = paths.database.with_name(paths.database.name + "-wal")
        shm = paths.database.with_name(paths.database.name + "-shm")
        # The store is open: the last changes sit in the WAL, not yet in the main file.
        assert wal.stat().st_size > 0 and shm.exists()
        files, hits = _scan([paths.root, app_temp])
        assert hits == []
        names = {p.name for p in files}
        assert {paths.database.name, wal.name, shm.name, "rumahsinggah.keys",
                "manual.sqlite"} <= names
        assert any(p.parent.name == "harian" for p in files)
        assert any(p.suffix == ".bin" for p in files)  # the attachment
        with store.read() as s:  # and the data is really there
            assert s.exec(select(Client).where(Client.nik == NIK)).one().full_name == NAME
        for db in (paths.database, wal, manual):
            assert not db.read_bytes().startswith(b"SQLite format 3\x00")
    finally:
        store.close()
    files, hits = _scan([paths.root, app_temp])
    assert hits == []
    assert len(files) >= 6
    # A plain SQLite tool sees nothing either.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(manual).execute("SELECT * FROM sqlite_master").fetchall()


def test_the_scanner_finds_the_canary_in_a_plain_store(tmp_path, app_temp):
    """Control: the same scan over an unencrypted store (tests only) does find the bytes."""
    paths = DataPaths(tmp_path / "polos")
    store = open_store(paths)
    try:
        _fill(store, SYSTEM)
        _files, hits = _scan([paths.root])
    finally:
        store.close()
    found = {p for _path, p in hits}
    assert NIK.encode() in found and NAME.encode() in found
