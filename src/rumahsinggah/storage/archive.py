"""Backup archives that stand alone, and a restore that needs no working store.

An archive (``.rsbak``) is a zip holding, stored uncompressed (everything in it is already
encrypted):

* ``rumahsinggah.sqlite``: a consistent SQLCipher snapshot (online backup API);
* ``rumahsinggah.keys``: the key file of that moment: every user's entry and the recovery
  key's entry, so the archive plus a password or the recovery key opens it on a new PC;
* ``attachments/...``: every sealed attachment file;
* ``manifest.json``: format, time, key id, the audit chain heads, and the SHA-256 of every
  member, checked before anything is restored.

Restoring never opens the current store: it works when the store is missing, truncated or
damaged. The archive is unpacked into a staging folder and checked; then the current files
are set aside into ``disisihkan-<time>/`` (renamed, never overwritten or deleted) and the
staged ones moved in. A journal (``rumahsinggah.restore``) makes the swap finish, after a
kill, at the next start (:func:`resume`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from rumahsinggah.core.errors import StoreError
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import keys as keyfile
from rumahsinggah.storage.base import utcnow

FORMAT = "rumahsinggah-backup"
VERSION = 1
SUFFIX = ".rsbak"
DB_MEMBER = "rumahsinggah.sqlite"
KEYS_MEMBER = "rumahsinggah.keys"
MANIFEST = "manifest.json"
JOURNAL = "rumahsinggah.restore"
STAGING = ".pemulihan.part"
# What a restore sets aside (everything that makes up the store, never backups/).
CURRENT_ITEMS = ("rumahsinggah.sqlite", "rumahsinggah.sqlite-wal", "rumahsinggah.sqlite-shm",
                 "rumahsinggah.sqlite-journal", "rumahsinggah.keys", "rumahsinggah.keys.next",
                 "attachments")
STAGED_ITEMS = ("rumahsinggah.sqlite", "rumahsinggah.keys", "attachments")


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


SERVER_BACKUP = (
    "Basis data ini ada di server PostgreSQL: cadangan dan pemulihannya dibuat di server oleh "
    "administratornya (pg_dump dan pg_restore, lihat README). Tidak ada yang diubah."
)


def refuse_server(paths: DataPaths) -> None:
    """Archives are of a desk's SQLite store; a server store is backed up by its server."""
    if paths.on_server:
        raise StoreError(SERVER_BACKUP)


def write_archive(paths: DataPaths, dest: Path, key: bytes | None) -> Path:
    """Write a stand-alone archive of the store under ``paths`` to ``dest`` (owner-only)."""
    refuse_server(paths)
    from rumahsinggah.storage import audit_chain
    from rumahsinggah.storage.backup import backup_file
    from rumahsinggah.storage.engine import connect_raw

    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    snapshot = dest.with_name(dest.name + ".db.part")
    part.unlink(missing_ok=True)
    try:
        backup_file(paths.database, snapshot, key)
        heads: dict[str, Any] = {}
        conn = connect_raw(snapshot, key)
        try:
            heads = audit_chain.heads_raw(conn)
        except Exception:  # a store from before the chain: no heads to carry
            heads = {}
        finally:
            conn.close()
        files = {DB_MEMBER: _sha256_file(snapshot)}
        keys_bytes = paths.key_file.read_bytes() if paths.key_file.exists() else None
        if keys_bytes is not None:
            files[KEYS_MEMBER] = hashlib.sha256(keys_bytes).hexdigest()
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
            zf.write(snapshot, DB_MEMBER)
            if keys_bytes is not None:
                zf.writestr(KEYS_MEMBER, keys_bytes)
            if paths.attachments.is_dir():
                for path in sorted(paths.attachments.rglob("*")):
                    if not path.is_file() or path.name.endswith(".part"):
                        continue
                    name = "attachments/" + path.relative_to(paths.attachments).as_posix()
                    data = path.read_bytes()
                    files[name] = hashlib.sha256(data).hexdigest()
                    zf.writestr(name, data)
            manifest = {
                "format": FORMAT, "version": VERSION,
                "created_at": utcnow().isoformat(timespec="seconds"),
                "key_id": keyfile.key_id(key) if key else None,
                "audit_heads": heads, "files": files,
            }
            zf.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
            raw.flush()
            os.fsync(raw.fileno())
        part.replace(dest)
        _fsync_dir(dest.parent)
    finally:
        snapshot.unlink(missing_ok=True)
        part.unlink(missing_ok=True)
    return dest


def is_archive(path: Path) -> bool:
    return path.is_file() and zipfile.is_zipfile(path)


def _open_zip(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise StoreError(f"Berkas cadangan tidak ditemukan: {path}")
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise StoreError(f"Berkas {path.name} bukan arsip cadangan Rumah Singgah yang utuh "
                         f"({exc}).") from exc


def manifest(path: Path) -> dict[str, Any]:
    with _open_zip(path) as zf:
        try:
            data = json.loads(zf.read(MANIFEST))
        except (KeyError, ValueError, zipfile.BadZipFile, EOFError) as exc:
            raise StoreError(f"Arsip {path.name} tidak berisi daftar isi yang sah.") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreError(f"Berkas {path.name} bukan arsip cadangan Rumah Singgah.")
    if int(data.get("version", 0)) > VERSION:
        raise StoreError(f"Arsip {path.name} dibuat oleh versi Rumah Singgah yang lebih baru.")
    return data


def read_keys(path: Path) -> keyfile.KeyFile:
    """The key file carried inside the archive at ``path``."""
    manifest(path)
    with _open_zip(path) as zf:
        try:
            raw = json.loads(zf.read(KEYS_MEMBER).decode("utf-8"))
        except KeyError as exc:
            raise StoreError(f"Arsip {path.name} tidak membawa berkas kunci.") from exc
        except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, EOFError) as exc:
            raise StoreError(f"Berkas kunci di dalam arsip {path.name} rusak.") from exc
    return keyfile.parse(raw, path)


def verify_archive(path: Path, key: bytes | None) -> dict[str, Any]:
    """Check every member against the manifest and the database with ``key``; StoreError
    if anything is off. Returns the manifest."""
    try:
        return _verify_zip(path, key)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise _damaged_archive(path, exc) from exc


def _verify_zip(path: Path, key: bytes | None) -> dict[str, Any]:
    import tempfile

    from rumahsinggah.storage.backup import verify_backup

    info = manifest(path)
    with _open_zip(path) as zf:
        names = set(zf.namelist())
        for name, digest in (info.get("files") or {}).items():
            if name not in names:
                raise StoreError(f"Arsip {path.name} tidak lengkap: {name} hilang.")
            h = hashlib.sha256()
            with zf.open(name) as src:
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    h.update(chunk)
            if h.hexdigest() != digest:
                raise StoreError(f"Arsip {path.name} rusak: isi {name} berubah.")
        with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
            db = Path(tmp) / DB_MEMBER
            with zf.open(DB_MEMBER) as src, open(db, "wb") as out:
                shutil.copyfileobj(src, out)
            verify_backup(db, key)
    return info


def _staging(paths: DataPaths) -> Path:
    return paths.root / STAGING


def _damaged_archive(path: Path, exc: Exception) -> StoreError:
    return StoreError(f"Arsip cadangan {path.name} rusak ({exc}). Tidak ada yang diubah; "
                      "pakai cadangan lain (folder backups/harian atau mingguan).")


def _unpack(paths: DataPaths, source: Path, key: bytes) -> Path:
    """Extract and check ``source`` into the staging folder; StoreError if anything is off."""
    try:
        return _unpack_zip(paths, source, key)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise _damaged_archive(source, exc) from exc


def _unpack_zip(paths: DataPaths, source: Path, key: bytes) -> Path:
    from rumahsinggah.storage.backup import verify_backup

    info = manifest(source)
    files = info.get("files") or {}
    stage = _staging(paths)
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    (stage / "attachments").mkdir()
    with _open_zip(source) as zf:
        names = set(zf.namelist())
        if DB_MEMBER not in names:
            raise StoreError(f"Arsip {source.name} tidak berisi basis data.")
        for name, digest in sorted(files.items()):
            if name not in names or ".." in Path(name).parts or name.startswith("/"):
                raise StoreError(f"Arsip {source.name} tidak lengkap: {name} hilang.")
            target = stage / name
            target.parent.mkdir(parents=True, exist_ok=True)
            h = hashlib.sha256()
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with zf.open(name) as src, os.fdopen(fd, "wb") as out:
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    h.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if h.hexdigest() != digest:
                raise StoreError(f"Arsip {source.name} rusak: isi {name} tidak cocok dengan "
                                 "daftar isinya. Pakai cadangan lain.")
    verify_backup(stage / DB_MEMBER, key)
    return stage


def restore_archive(paths: DataPaths, source: Path, key: bytes) -> Path | None:
    """Put the store of archive ``source`` in place under ``paths``; ``key`` (unlocked by the
    caller from the archive's key file) must open it. Returns the folder the previous files
    were set aside in (None when there were none)."""
    from rumahsinggah.storage.backup import read_desk_state, write_desk_state

    resume(paths)
    paths.root.mkdir(parents=True, exist_ok=True)
    try:
        _unpack(paths, source, key)
    except BaseException:
        shutil.rmtree(_staging(paths), ignore_errors=True)
        raise
    # The desk keeps its id and its highest counters (numbers drawn since the copy was made
    # may be on partners' desks already), when the store being replaced can still be read.
    carried = read_desk_state(paths.database, key)
    aside = _swap(paths)
    write_desk_state(paths.database, key, carried)
    return aside


def restore_database_copy(paths: DataPaths, source: Path) -> Path | None:
    """Like :func:`restore_archive` for a bare database copy (older backups): the key file
    and attachments in place stay in place."""
    resume(paths)
    stage = _staging(paths)
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copyfile(source, stage / DB_MEMBER)
    os.chmod(stage / DB_MEMBER, 0o600)
    return _swap(paths, items=("rumahsinggah.sqlite", "rumahsinggah.sqlite-wal",
                               "rumahsinggah.sqlite-shm", "rumahsinggah.sqlite-journal"))


def _swap(paths: DataPaths, items: tuple[str, ...] = CURRENT_ITEMS) -> Path | None:
    present = [i for i in items if (paths.root / i).exists()]
    aside = None
    if present:
        aside = paths.root / f"disisihkan-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}"
    journal = {"staging": STAGING, "aside": aside.name if aside else None,
               "items": list(items), "phase": "aside"}
    _write_journal(paths, journal)
    _finish(paths, journal)
    return aside


def _write_journal(paths: DataPaths, journal: dict[str, Any]) -> None:
    keyfile.atomic_write(paths.root / JOURNAL, json.dumps(journal).encode())


def _finish(paths: DataPaths, journal: dict[str, Any]) -> None:
    root = paths.root
    stage = root / journal["staging"]
    if journal["phase"] == "aside":
        if journal.get("aside"):
            aside = root / journal["aside"]
            aside.mkdir(exist_ok=True)
            for item in journal["items"]:
                if (root / item).exists() and not (aside / item).exists():
                    os.replace(root / item, aside / item)
            _fsync_dir(aside)
        journal = dict(journal, phase="place")
        _write_journal(paths, journal)
    for item in STAGED_ITEMS:
        if (stage / item).exists() and not (root / item).exists():
            os.replace(stage / item, root / item)
    _fsync_dir(root)
    shutil.rmtree(stage, ignore_errors=True)
    (root / JOURNAL).unlink(missing_ok=True)
    _fsync_dir(root)


def resume(paths: DataPaths) -> bool:
    """Finish a restore a kill interrupted (or drop an unfinished unpacking). True if one
    was finished."""
    journal_path = paths.root / JOURNAL
    if journal_path.exists():
        try:
            journal = json.loads(journal_path.read_text("utf-8"))
        except (ValueError, OSError):
            journal = None
        if isinstance(journal, dict) and journal.get("phase") in ("aside", "place"):
            _finish(paths, journal)
            return True
        journal_path.unlink(missing_ok=True)
    if _staging(paths).exists():  # killed while unpacking: the store was not touched yet
        shutil.rmtree(_staging(paths), ignore_errors=True)
    return False
