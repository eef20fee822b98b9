"""Whether the database file is exactly as this application's last clean close left it.

The quick check at sign-in reads every page: about 5 ms per MB, seconds on a store of
100,000 clients. It is needed when something may have changed the file behind SQLite's back
(a power cut, a copy, a disk error, another program), not after a day that ended with the
application closing normally. So a clean close records the file's size and stamps its
modification time with a value of its own, one second in the past; any later write by
anyone (another program, a bit flip written by hand) moves the modification time to "now"
and the record no longer matches. The check then runs, and it also runs with the first
sign-in of the day, so a page that went bad on the disk itself is found within a day (and
SQLCipher's per-page HMAC refuses such a page whenever it is read, so it is never silently
written over).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

from rumahsinggah.locations import DataPaths

MARK_NAME = "rumahsinggah.clean"


def _mark(paths: DataPaths) -> Path:
    return paths.root / MARK_NAME


def _wal(paths: DataPaths) -> Path:
    return paths.database.with_name(paths.database.name + "-wal")


def _state(paths: DataPaths) -> dict | None:
    try:
        db = paths.database.stat()
    except OSError:
        return None
    wal = _wal(paths)
    # An empty WAL is no WAL: the sign-in's read-only look at the file creates one, and it
    # made every sign-in check the whole file (seconds on a large store).
    return {"size": db.st_size, "mtime_ns": db.st_mtime_ns,
            "wal": (wal.stat().st_size if wal.exists() else 0) or None}


def record(paths: DataPaths) -> None:
    """After the engine is disposed: remember the file as this clean close leaves it."""
    try:
        db = paths.database
        if not db.exists():
            return
        stamp = time.time_ns() - 1_000_000_000
        os.utime(db, ns=(db.stat().st_atime_ns, stamp))
        state = _state(paths)
        if state is None or state["mtime_ns"] != stamp:  # a file system that rounds stamps
            _mark(paths).unlink(missing_ok=True)
            return
        tmp = _mark(paths).with_suffix(".tmp")
        tmp.write_text(json.dumps(state), encoding="utf-8")
        os.replace(tmp, _mark(paths))
    except OSError:  # a read-only or full disk: the next sign-in simply checks
        with contextlib.suppress(OSError):
            _mark(paths).unlink(missing_ok=True)


def unchanged(paths: DataPaths) -> bool:
    """True when the file still is what the last clean close recorded."""
    try:
        recorded = json.loads(_mark(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return recorded == _state(paths)

