"""Clearing what crashes leave behind, at every start.

An interrupted write leaves its temporary file: an attachment's ``.part``, a backup's
``.part``, a key file's ``.rumahsinggah.keys.<pid>.tmp``. They are never needed again (the
rename that would have made them real did not happen), but another desk may be writing one
right now, so only files older than :data:`STALE_SECONDS` are removed.
"""

from __future__ import annotations

import time
from pathlib import Path

from rumahsinggah.locations import DataPaths

STALE_SECONDS = 15 * 60


def _stale(path: Path, now: float) -> bool:
    try:
        return now - path.stat().st_mtime > STALE_SECONDS
    except OSError:
        return False


def stray_files(paths: DataPaths) -> list[Path]:
    """Temporary files left by interrupted writes (whatever their age)."""
    found: list[Path] = []
    for folder in (paths.attachments, paths.backups):
        if folder.is_dir():
            found += [p for p in folder.rglob("*.part") if p.is_file()]
    for folder in (paths.root, paths.backups):
        if folder.is_dir():
            found += [p for p in folder.glob(".rumahsinggah.*.tmp") if p.is_file()]
    return found


def clean_start(paths: DataPaths, now: float | None = None) -> list[Path]:
    """Remove stale temporary files; returns what was removed."""
    now = time.time() if now is None else now
    removed = []
    for path in stray_files(paths):
        if _stale(path, now):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed
