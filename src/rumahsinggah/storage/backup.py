"""Backups through SQLite's online backup API, with daily and weekly rotation.

A file copy of a live WAL database can miss committed pages still in the ``-wal`` file; the
backup API copies a consistent snapshot while the store stays in use.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import date, datetime
from pathlib import Path

from rumahsinggah.core.errors import StoreError
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage.engine import connect_raw

DAILY_KEEP = 7
WEEKLY_KEEP = 4
_STAMP = re.compile(r"^rumahsinggah-(.+)\.sqlite$")


def backup_file(source: Path, dest: Path, key: bytes | None = None) -> Path:
    """Copy the store at ``source`` to ``dest`` (a new file) as one consistent snapshot."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    src = connect_raw(source, key)
    try:
        dst = connect_raw(tmp, key)
        try:
            src.backup(dst)
            # A backup is one self-contained file: fold the WAL back in before closing.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def _rotate(folder: Path, keep: int) -> None:
    files = sorted(p for p in folder.glob("rumahsinggah-*.sqlite") if _STAMP.match(p.name))
    for old in files[:-keep] if keep else files:
        old.unlink()


def daily_backup(paths: DataPaths, key: bytes | None = None, today: date | None = None) -> Path | None:
    """Make today's backup if there is none yet; keep 7 daily and 4 weekly copies."""
    if not paths.database.exists():
        return None
    today = today or date.today()
    daily = paths.backups / "harian" / f"rumahsinggah-{today.isoformat()}.sqlite"
    made = None
    if not daily.exists():
        made = backup_file(paths.database, daily, key)
        _rotate(daily.parent, DAILY_KEEP)
    year, week, _ = today.isocalendar()
    weekly = paths.backups / "mingguan" / f"rumahsinggah-{year}-W{week:02d}.sqlite"
    if not weekly.exists():
        if made is not None and made.exists():  # (rotation keeps it unless the clock ran back)
            # Today's copy is a closed, self-contained snapshot: copying the file is much
            # cheaper than a second pass of the backup API over a large store.
            _copy_file(made, weekly)
        else:
            backup_file(paths.database, weekly, key)
        _rotate(weekly.parent, WEEKLY_KEEP)
    return made


def _copy_file(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    shutil.copyfile(source, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    tmp.replace(dest)


def safety_copy(paths: DataPaths, reason: str, key: bytes | None = None) -> Path:
    """A copy taken before something risky (migration, restore, import)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_file(
        paths.database, paths.backups / f"sebelum-{reason}-{stamp}.sqlite", key
    )


def verify_backup(path: Path, key: bytes | None = None) -> None:
    """Raise StoreError unless ``path`` is a readable, intact Rumah Singgah store."""
    if not path.is_file():
        raise StoreError(f"Berkas cadangan tidak ditemukan: {path}")
    try:
        conn = connect_raw(path, key)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            has_version = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
            ).fetchone()[0]
        finally:
            conn.close()
    except Exception as exc:  # the driver raises DatabaseError for non-database files
        raise StoreError(
            f"Berkas {path.name} bukan cadangan Rumah Singgah yang dapat dibaca ({exc})."
        ) from exc
    if result != "ok":
        raise StoreError(f"Berkas cadangan {path.name} rusak: {result}")
    if not has_version:
        raise StoreError(f"Berkas {path.name} bukan cadangan basis data Rumah Singgah.")


def restore(paths: DataPaths, source: Path, key: bytes | None = None) -> Path:
    """Replace the store with ``source``; the current store is saved first. Returns that copy."""
    verify_backup(source, key)
    saved = safety_copy(paths, "pemulihan", key) if paths.database.exists() else None
    carried = _desk_state(paths.database, key) if paths.database.exists() else ([], [])
    src = connect_raw(source, key)
    try:
        dst = connect_raw(paths.database, key)
        try:
            src.backup(dst)
            _carry_desk_state(dst, carried)
        finally:
            dst.close()
    finally:
        src.close()
    return saved if saved else paths.database


# The desk's identity and its counters belong to the desk, not to the copy being restored:
# numbers drawn after the copy was taken may already be on partners' desks, so the counters
# keep their highest values and the desk keeps its id (a restore is not a new desk).
_IDENTITY_KEYS = ("site_id", "desk_code", "store_id", "store_name", "fingerprint", "head_office")


def _desk_state(database: Path, key: bytes | None) -> tuple[list, list]:
    conn = connect_raw(database, key)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        counters = list(conn.execute("SELECT name, value FROM counter")) \
            if "counter" in tables else []
        marks = ",".join("?" * len(_IDENTITY_KEYS))
        identity = list(conn.execute(
            f"SELECT key, value FROM local_state WHERE key IN ({marks})", _IDENTITY_KEYS
        )) if "local_state" in tables else []
    finally:
        conn.close()
    return counters, identity


def _carry_desk_state(conn, carried: tuple[list, list]) -> None:
    counters, identity = carried
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    with conn:
        if "counter" in tables:
            conn.executemany(
                "INSERT INTO counter (name, value) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)", counters)
        if "local_state" in tables:
            conn.executemany(
                "INSERT INTO local_state (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", identity)
