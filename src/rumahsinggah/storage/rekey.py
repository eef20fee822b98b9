"""Rotating the store key: the database, the attachments and the key file, kill-safe.

Revoking a person must revoke their key: an old copy of the key file (or a disabled user's
removed entry) still unwraps the *old* store key, so after a user is disabled, the recovery
key replaced or an administrator asks for it, everything is re-encrypted under a new key.

The steps, each one safe to repeat, with the pending key file as the journal:

1. ``rumahsinggah.keys.next``: the new key sealed to every remaining entry (atomic write).
   From here a sign-in tries both files and, holding both keys, finishes the rotation.
2. The database: ``PRAGMA rekey`` (one SQLite transaction: a kill leaves the old key).
3. Each attachment re-sealed under the new key (temp file and rename; the file header names
   its key, so a file already done is skipped).
4. The pending file becomes the key file (atomic rename); the spare copy is refreshed.

Backups made afterwards carry the new key and the new key file only.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from rumahsinggah.core.errors import StoreError
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import attachments as att
from rumahsinggah.storage import keys as keyfile
from rumahsinggah.storage.engine import connect_probe, connect_raw

Progress = Callable[[str, int, int], None]  # (step label, done, total)


def _quiet(_label: str, _done: int, _total: int) -> None:
    pass


def opens_with(database: Path, key: bytes) -> bool:
    """True when ``key`` reads the database (read-only look, nothing written)."""
    try:
        conn = connect_probe(database, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except Exception:
        return False
    return True


def begin(paths: DataPaths, current: keyfile.KeyFile, new_key: bytes) -> list[str]:
    """Step 1: write the journal; returns the entries that could not be carried over."""
    pending, dropped = current.rotated(new_key)
    keyfile.atomic_write(keyfile.pending_path(paths), keyfile.serialize(pending))
    return dropped


def finish(paths: DataPaths, old_key: bytes, new_key: bytes,
           progress: Progress | None = None) -> None:
    """Steps 2-4. Call with no connection to the store open in this process."""
    progress = progress or _quiet
    pending = keyfile.pending_path(paths)
    if not pending.exists():
        raise StoreError("Tidak ada penggantian kunci yang sedang berjalan.")
    progress("basis_data", 0, 1)
    if not opens_with(paths.database, new_key):
        conn = connect_raw(paths.database, old_key)
        try:
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        if not opens_with(paths.database, new_key):
            raise StoreError("Penggantian kunci basis data gagal; kunci lama tetap berlaku.")
    progress("basis_data", 1, 1)
    files = sorted(p for p in paths.attachments.rglob("*")
                   if p.is_file() and not p.name.endswith(".part")) \
        if paths.attachments.is_dir() else []
    progress("lampiran", 0, len(files))
    for done, path in enumerate(files, 1):
        _reseal(paths, path, old_key, new_key)
        progress("lampiran", done, len(files))
    progress("berkas_kunci", 0, 1)
    data = pending.read_bytes()
    keyfile.atomic_write(paths.key_file, data)
    with contextlib.suppress(OSError):
        keyfile.atomic_write(paths.backups / paths.key_file.name, data)
    pending.unlink(missing_ok=True)
    progress("berkas_kunci", 1, 1)


def _reseal(paths: DataPaths, path: Path, old_key: bytes, new_key: bytes) -> None:
    blob = path.read_bytes()
    if att.sealed_by(new_key, blob):
        return
    stored = path.relative_to(paths.attachments).as_posix()
    try:
        data = att._open(old_key, stored, blob)
    except StoreError:
        return  # not ours or damaged: left as it is for `check` to report
    att.write_sealed(path, att._seal(new_key, stored, data))


def rotate(store, progress: Progress | None = None) -> tuple[bytes, list[str]]:
    """Re-key an open store (``storage.store.Store``) under a fresh key; reconnects it.

    Returns the new key and the entries that were left out.
    """
    if store.key is None:
        raise StoreError("Basis data ini tidak terenkripsi; kuncinya tidak dapat diganti.")
    if store.on_server:
        return _rotate_on_server(store, progress or _quiet)
    old_key = store.key
    new_key = keyfile.new_store_key()
    dropped = begin(store.paths, keyfile.load(store.paths), new_key)
    store.engine.dispose()
    finish(store.paths, old_key, new_key, progress)
    store.use_key(new_key)
    return new_key, dropped


def _rotate_on_server(store, progress: Progress) -> tuple[bytes, list[str]]:
    """A server store: the key seals only attachments and is wrapped in the key row, so the
    whole rotation is one transaction (every content re-sealed, the key row replaced): a cut
    leaves the old key in force, nothing half done, no journal needed."""
    from sqlalchemy import text

    from rumahsinggah.storage import server_keys

    old_key, new_key = store.key, keyfile.new_store_key()
    pending, dropped = keyfile.load(store.paths).rotated(new_key)
    with store.write() as s:
        names = list(s.execute(text(f"SELECT stored_name FROM {att.CONTENT_TABLE} "
                                    "ORDER BY stored_name")).scalars())
        progress("lampiran", 0, len(names))
        for done, name in enumerate(names, 1):  # one at a time: 50 MB each at most
            blob = bytes(s.execute(text(f"SELECT sealed FROM {att.CONTENT_TABLE} WHERE "
                                        "stored_name = :n"), {"n": name}).scalar_one())
            if not att.sealed_by(new_key, blob):
                try:
                    data = att._open(old_key, name, blob)
                except StoreError:
                    data = None  # not ours or damaged: left for `check` to report
                if data is not None:
                    s.execute(text(f"UPDATE {att.CONTENT_TABLE} SET sealed = :b WHERE "
                                   "stored_name = :n"),
                              {"b": att._seal(new_key, name, data), "n": name})
            progress("lampiran", done, len(names))
        progress("berkas_kunci", 0, 1)
        s.execute(text(f"UPDATE {server_keys.TABLE} SET body = :b WHERE id = 1"),
                  {"b": keyfile.serialize(pending).decode("utf-8")})
    progress("berkas_kunci", 1, 1)
    store.key = new_key
    return new_key, dropped


def resume(paths: DataPaths, username: str, password: str, current_key: bytes | None
           ) -> bytes | None:
    """At sign-in: finish a rotation a kill interrupted. Returns the key that opens the store
    now (the new one once finished), or None when there is nothing pending for this user."""
    pending = keyfile.pending_path(paths)
    if not pending.exists():
        return None
    try:
        new_key = keyfile.load_path(pending).unlock_user(username, password)
    except StoreError:
        return None
    if new_key is None:
        return None
    if current_key is None:
        # Only the new key is known: usable once the database is re-keyed; attachments not
        # yet re-sealed wait for a sign-in by someone holding both keys.
        return new_key if opens_with(paths.database, new_key) else None
    finish(paths, current_key, new_key)
    return new_key
