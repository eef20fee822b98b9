"""Files the user takes out of the store (letters as PDF): owner-only, written whole.

An exported PDF is plaintext about a person; on a shared PC it must not be readable by
every account, so it is created with mode 0600 (temporary file, fsync, rename). Without a
chosen file name it goes to a private folder (0700) inside the data folder, never to
whatever the current folder happens to be.
"""

from __future__ import annotations

import os
from pathlib import Path

from rumahsinggah.locations import DataPaths

EXPORT_FOLDER = "ekspor"


def private_folder(paths: DataPaths) -> Path:
    folder = paths.root / EXPORT_FOLDER
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder


def write_private(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` owner-only (0600), atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
