"""Backups through SQLite's online backup API, with daily and weekly rotation.

A file copy of a live WAL database can miss committed pages still in the ``-wal`` file; the
backup API copies a consistent snapshot while the store stays in use.

A backup that stands alone is an *archive* (``.rsbak``, see :mod:`rumahsinggah.storage.archive`):
the encrypted snapshot, the key file (every user's entry and the recovery key's) and the
sealed attachments in one zip. Daily and weekly backups are archives; ``backup_file`` makes
the bare database copy they are built from.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from rumahsinggah.core.errors import StoreError
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage.engine import connect_raw

DAILY_KEEP = 7
WEEKLY_KEEP = 4
SAFETY_KEEP = 5  # safety copies kept per reason (migrasi, pemulihan, impor)
_STAMP = re.compile(r"^rumahsinggah-(.+)\.(sqlite|rsbak)$")
_SAFETY = re.compile(r"^sebelum-(.+?)-\d{8}-\d{6}-\d+\.(sqlite|rsbak)$")


def backup_file(source: Path, dest: Path, key: bytes | None = None) -> Path:
    """Copy the store at ``source`` to ``dest`` (a new file) as one consistent snapshot."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    for suffix in ("", "-wal", "-shm", "-journal"):  # a killed earlier try leaves these:
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)  # a stale journal would spoil it
    src = connect_raw(source, key)
    try:
        dst = connect_raw(tmp, key)
        try:
            src.backup(dst)
            # A backup is one self-contained file: fold the WAL back in before closing.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    except BaseException:  # disk full, killed: no half backup is left behind
        for suffix in ("", "-wal", "-shm", "-journal"):
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
        raise
    finally:
        src.close()
    os.chmod(tmp, 0o600)
    tmp.replace(dest)
    return dest


def _rotate(folder: Path, keep: int) -> None:
    files = sorted((p for p in folder.glob("rumahsinggah-*") if _STAMP.match(p.name)),
                   key=lambda p: _STAMP.match(p.name).group(1))
    for old in files[:-keep] if keep else files:
        old.unlink(missing_ok=True)


def rotate_safety_copies(paths: DataPaths, keep: int = SAFETY_KEEP) -> None:
    """Keep the newest ``keep`` safety copies of each reason; older ones go."""
    by_reason: dict[str, list[Path]] = {}
    for p in paths.backups.glob("sebelum-*"):
        m = _SAFETY.match(p.name)
        if m:
            by_reason.setdefault(m.group(1), []).append(p)
    for files in by_reason.values():
        for old in sorted(files)[:-keep]:
            old.unlink(missing_ok=True)


def _daily_names(paths: DataPaths, today: date) -> tuple[Path, Path]:
    year, week, _ = today.isocalendar()
    return (paths.backups / "harian" / f"rumahsinggah-{today.isoformat()}.rsbak",
            paths.backups / "mingguan" / f"rumahsinggah-{year}-W{week:02d}.rsbak")


def daily_due(paths: DataPaths, today: date | None = None) -> bool:
    """True until today's daily (and this week's weekly) archive exists."""
    daily, weekly = _daily_names(paths, today or date.today())
    return not (daily.exists() and weekly.exists())


def daily_backup(paths: DataPaths, key: bytes | None = None, today: date | None = None) -> Path | None:
    """Make today's backup archive if there is none yet; keep 7 daily and 4 weekly copies.

    Several desks signing in at the same moment: one makes it, under a lock file; the others
    find it made (or being made) and go on. Returns the new archive, or None.
    """
    from rumahsinggah.storage import archive

    if not paths.database.exists():
        return None
    today = today or date.today()
    daily, weekly = _daily_names(paths, today)
    if daily.exists() and weekly.exists():
        return None
    with exclusive(paths.backups / ".harian.lock", wait=False) as mine:
        if not mine:  # another desk is making it right now
            return None
        made = None
        if not daily.exists():
            made = archive.write_archive(paths, daily, key)
            _rotate(daily.parent, DAILY_KEEP)
        if not weekly.exists():
            if made is not None and made.exists():
                # Today's archive is closed and self-contained: copying the file is much
                # cheaper than a second snapshot of a large store.
                _copy_file(made, weekly)
            else:
                archive.write_archive(paths, weekly, key)
            _rotate(weekly.parent, WEEKLY_KEEP)
    return made


@contextlib.contextmanager
def exclusive(lock_path: Path, *, wait: bool = True) -> Iterator[bool]:
    """An advisory lock between processes (``fcntl.flock``; ``msvcrt.locking`` on Windows);
    yields False if ``wait`` is False and another process holds it. The lock dies with its
    process: no stale locks."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _lock(fd, wait):
            yield False
            return
        yield True
    finally:
        os.close(fd)  # closing the file releases the lock on both systems


def _lock(fd: int, wait: bool) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        return _lock_windows(fd, wait)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def _lock_windows(fd: int, wait: bool) -> bool:
    """Lock the file's first byte; ``LK_NBLCK`` fails at once, so waiting is a retry loop."""
    import msvcrt
    import time

    while True:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            if not wait:
                return False
            time.sleep(0.05)


def _copy_file(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    shutil.copyfile(source, tmp)
    os.chmod(tmp, 0o600)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    tmp.replace(dest)


def safety_copy(paths: DataPaths, reason: str, key: bytes | None = None) -> Path:
    """A copy taken before something risky (migration, restore, import)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    made = backup_file(
        paths.database, paths.backups / f"sebelum-{reason}-{stamp}.sqlite", key
    )
    rotate_safety_copies(paths)
    return made


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
    """Replace the store with the bare database copy ``source`` (see also
    :func:`rumahsinggah.storage.archive.restore_archive`, which needs no working store).

    The current files are set aside (renamed), never overwritten. Returns that folder.
    """
    from rumahsinggah.storage import archive

    verify_backup(source, key)
    carried = read_desk_state(paths.database, key)
    aside = archive.restore_database_copy(paths, source)
    write_desk_state(paths.database, key, carried)
    return aside


# The desk's identity and its counters belong to the desk, not to the copy being restored:
# numbers drawn after the copy was taken may already be on partners' desks, so the counters
# keep their highest values and the desk keeps its id (a restore is not a new desk).
_IDENTITY_KEYS = ("site_id", "desk_code", "store_id", "store_name", "fingerprint", "head_office")


def read_desk_state(database: Path, key: bytes | None) -> tuple[list, list]:
    """The desk's counters and identity in ``database``; nothing when it cannot be read (a
    broken store being replaced has nothing to carry)."""
    try:
        return _desk_state(database, key) if database.exists() else ([], [])
    except Exception:  # the driver's DatabaseError for a damaged or foreign file
        return [], []


def write_desk_state(database: Path, key: bytes | None, carried: tuple[list, list]) -> None:
    """Put the carried counters (highest wins) and identity into the restored ``database``."""
    if not (carried[0] or carried[1]):
        return
    conn = connect_raw(database, key)
    try:
        _carry_desk_state(conn, carried)
    finally:
        conn.close()


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
