"""Is there a store to sign in to? Answered before the database layers are imported.

The sign-in window is shown while SQLAlchemy, the models and the services still load on a
background thread, so this look at the data folder imports only the standard library. An
interrupted restore (its journal or staging folder present) is rare: only then is the
archive module imported to finish it first.
"""

from __future__ import annotations

from rumahsinggah.locations import DataPaths

# Kept equal to storage.archive.JOURNAL / STAGING by tests/test_startup_imports.py.
RESTORE_JOURNAL = "rumahsinggah.restore"
RESTORE_STAGING = ".pemulihan.part"


def is_set_up(paths: DataPaths) -> bool:
    """True when a store and its key file exist in ``paths`` (show sign-in, not set-up)."""
    if paths.on_server:  # a server store: set up once its key row exists
        from rumahsinggah.storage import server_keys

        return server_keys.exists(paths)
    root = paths.root
    if root.is_dir() and ((root / RESTORE_JOURNAL).exists()
                          or (root / RESTORE_STAGING).exists()):
        from rumahsinggah.storage import archive

        archive.resume(paths)  # a restore a kill interrupted: finish it before judging
    db = paths.database
    return paths.key_file.exists() and db.exists() and db.stat().st_size > 0
