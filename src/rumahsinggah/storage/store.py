"""Opening the store: checks, the start-up backup, migrations, and sessions for user actions."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import platform
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from rumahsinggah.core.errors import StoreError
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import (
    archive,
    audit_chain,
    backup,
    clean_close,
    housekeeping,
    schema_version,
)
from rumahsinggah.storage.audit import SYSTEM, Actor, ChangeClock, install_hooks
from rumahsinggah.storage.engine import (
    READ_ONLY,
    connect_probe,
    disk_full,
    make_engine,
    quick_check,
)
from rumahsinggah.storage.merges import install_guard
from rumahsinggah.storage.models import LocalState

_log = logging.getLogger(__name__)


class Store:
    """An open store. A user action is ``with store.write(actor) as s: ...``: one transaction."""

    def __init__(self, paths: DataPaths, engine: Engine, key: bytes | None, site_id: str,
                 clock: ChangeClock, damage: list[str] | None = None, *,
                 copied: bool = False) -> None:
        self.paths = paths
        self.engine = engine
        self.key = key
        self.site_id = site_id
        self.clock = clock
        # Non-empty: the file failed its quick check; it is open read-only (see write()).
        self.damage = list(damage or [])
        self.read_only_reason = DAMAGED_READ_ONLY
        # The folder was copied from another desk (its fingerprint is not this machine's and
        # path): it must be joined as a new desk before it syncs (rumahsinggah.sync.desk).
        self.copied = copied
        self._read_engine = engine.execution_options(**READ_ONLY)

    @property
    def damaged(self) -> bool:
        return bool(self.damage)

    def session(self, actor: Actor = SYSTEM, *, readonly: bool = False) -> Session:
        bind = self._read_engine if readonly else self.engine
        return Session(
            bind,
            expire_on_commit=False,
            # "store": services that keep files (attachments) find the folder and key here
            info={"actor": actor, "site_id": self.site_id, "clock": self.clock, "store": self,
                  # encrypted: only actors minted by sign-in act (services._common)
                  "strict_actors": self.key is not None},
        )

    @contextmanager
    def write(self, actor: Actor = SYSTEM) -> Iterator[Session]:
        """One user action: committed whole at the end, or rolled back whole on any error."""
        if self.damage:
            raise StoreError(self.read_only_reason)
        try:
            with self.session(actor) as s, s.begin():
                if self.on_server:
                    # Take the server's write lock (storage.server) before anything is
                    # flushed: change stamps are drawn at the flush, and must be drawn in
                    # the order the desks' writes commit.
                    s.connection()
                yield s
        except (OperationalError, DatabaseError) as exc:
            raise self._explain(exc) from exc
        except OSError as exc:  # a file written inside the action (attachment, letter)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
                raise StoreError(DISK_FULL) from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot; never takes the write lock."""
        try:
            with self.session(readonly=True) as s, s.begin():
                yield s
        except (OperationalError, DatabaseError) as exc:
            raise self._explain(exc) from exc

    @property
    def on_server(self) -> bool:
        """True for a store on a PostgreSQL server (``storage.server``)."""
        return self.engine.dialect.name == "postgresql"

    def _explain(self, exc: Exception) -> StoreError:
        if self.on_server:
            from rumahsinggah.storage.server_store import explain

            return explain(exc, self.paths)
        if self.key is not None and "not a database" in str(exc).lower() and self._rekeyed():
            return StoreError(REKEYED)
        return _explain(exc, self.paths.database)

    def _rekeyed(self) -> bool:
        """True when another desk rotated the store key since this one signed in."""
        from rumahsinggah.storage import keys as keyfile

        try:
            return keyfile.load(self.paths).check != keyfile.key_check(self.key)
        except StoreError:
            return False

    def use_key(self, key: bytes) -> None:
        """Reconnect under ``key`` after the file was re-keyed (see storage.rekey)."""
        self.engine.dispose()
        self.key = key
        if self.on_server:
            from rumahsinggah.storage import server

            self.engine = server.make_engine(self.paths.url, self.clock)
        else:
            self.engine = make_engine(self.paths.database, key)
        self._read_engine = self.engine.execution_options(**READ_ONLY)

    def close(self) -> None:
        if self.damage:
            self.engine.dispose()
            return
        try:
            with self.write() as s:
                s.merge(LocalState(key="last_stamp", value=str(self.clock.last)))
        except Exception:  # closing must not fail because the disk went away
            pass
        self.engine.dispose()
        clean_close.record(self.paths)


DAMAGED_READ_ONLY = (
    "Basis data rusak, jadi hanya dibuka untuk dibaca: tidak ada yang dapat disimpan. "
    "Pulihkan dari cadangan (tombol 'Pulihkan dari cadangan' di jendela masuk, atau "
    "'rumahsinggah restore BERKAS')."
)
REKEYED = (
    "Kunci basis data baru saja diganti oleh administrator (di meja ini atau meja lain). "
    "Keluar lalu masuk lagi dengan kata sandi Anda; tidak ada yang berubah."
)
DISK_FULL = (
    "Disk penuh: data tidak dapat disimpan. Tidak ada yang setengah tersimpan; data yang "
    "sudah ada tetap dapat dibaca. Kosongkan ruang disk lalu coba lagi."
)


class StoreBusy(StoreError):
    """The store stayed locked by another desk past the busy timeout: try again."""


def _explain(exc: Exception, path: Path) -> StoreError:
    # The driver's own message: SQLAlchemy's text adds the statement, whose column names
    # ("full_name") must not read as "disk full".
    message = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in message or "busy" in message:
        return StoreBusy(
            f"Basis data {path.name} sedang dipakai meja lain (misalnya impor yang panjang). "
            "Tunggu sebentar lalu coba lagi; tidak ada yang berubah."
        )
    if "is full" in message or "no space" in message or "disk i/o" in message:
        return StoreError(DISK_FULL)
    if "readonly" in message or "read-only" in message:
        return StoreError(
            f"Basis data {path.name} tidak dapat ditulis (disk atau folder hanya-baca)."
        )
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return StoreError(
            f"Berkas {path.name} rusak, bukan basis data Rumah Singgah, atau kuncinya salah. "
            "Berkas tidak diubah. Pulihkan dari cadangan dengan 'rumahsinggah restore'."
        )
    return StoreError(f"Basis data {path.name} tidak dapat dibuka: {exc}")


def _check_writable(paths: DataPaths) -> None:
    try:
        paths.ensure()
    except OSError as exc:
        raise StoreError(f"Folder data {paths.root} tidak dapat dibuat atau ditulis: {exc}") from exc
    targets = [paths.root] + ([paths.database] if paths.database.exists() else [])
    for target in targets:
        if not os.access(target, os.W_OK):
            raise StoreError(
                f"{target} hanya-baca. Rumah Singgah memerlukan folder data yang dapat ditulis."
            )


def open_store(paths: DataPaths, key: bytes | None = None, *, daily_backup: bool = True,
               check: bool = True) -> Store:
    """Open (creating or upgrading when needed) the store under ``paths``.

    Nothing is overwritten when the file is corrupt, locked, foreign or from a newer version.
    A file failing its quick check (``check``) opens read-only: ``store.damaged`` is True and
    ``write`` refuses, so the user can still read and is offered a restore.
    """
    install_hooks()
    install_guard()
    audit_chain.install()
    if paths.on_server:
        from rumahsinggah.storage.server_store import open_server_store

        return open_server_store(paths, key)
    _check_writable(paths)
    archive.resume(paths)  # a restore a kill interrupted is finished first
    housekeeping.clean_start(paths)
    existed = paths.database.exists() and paths.database.stat().st_size > 0
    # The full check when the file may have changed behind our back, and once a day (asked
    # before the probe below, whose read-only open touches the file itself).
    needed = existed and check and (not clean_close.unchanged(paths)
                                    or backup.daily_due(paths))
    revision = _look_before_opening(paths, key) if existed else None
    damage = quick_check(paths.database, key) if needed else []
    if damage:
        return _open_damaged(paths, key, damage)
    if existed and disk_full(paths.database):
        return _open_damaged(paths, key, [DISK_FULL], reason=DISK_FULL)
    engine = make_engine(paths.database, key)
    try:
        if existed and daily_backup:
            _daily_backup_or_note(paths, key)
        if not schema_version.is_current(revision):
            from rumahsinggah.storage import migrate  # Alembic only when the schema is behind

            if existed:
                backup.safety_copy(paths, "migrasi", key)
            migrate.upgrade(engine)
        site_id, clock, copied = _local_identity(engine, paths)
    except StoreError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise _explain(exc, paths.database) from exc
    return Store(paths, engine, key, site_id, clock, copied=copied)


def _daily_backup_or_note(paths: DataPaths, key: bytes | None) -> None:
    """Today's backup; a full disk must not keep people from reading their records."""
    try:
        backup.daily_backup(paths, key)
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise
        _log.warning("daily backup skipped: %s", exc)
    except sqlcipher3.DatabaseError as exc:
        if "full" not in str(exc).lower():
            raise
        _log.warning("daily backup skipped: %s", exc)


def _open_damaged(paths: DataPaths, key: bytes | None, damage: list[str], *,
                  reason: str = "") -> Store:
    engine = make_engine(paths.database, key, readonly=True)
    site_id = ""
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT value FROM local_state WHERE key = 'site_id'")).first()
            site_id = row[0] if row else ""
    except (DatabaseError, OperationalError):
        pass  # as damaged as that: whatever can be read will be shown
    store = Store(paths, engine, key, site_id, ChangeClock(0), damage=damage)
    store.read_only_reason = reason or DAMAGED_READ_ONLY
    return store


def _look_before_opening(paths: DataPaths, key: bytes | None) -> str | None:
    """The store's revision, read without writing; StoreError if it is not ours to open."""
    try:
        conn = connect_probe(paths.database, key)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlcipher3.DatabaseError as exc:  # also OperationalError: locked, unreadable
        raise _explain(exc, paths.database) from exc
    schema_version.refuse_unless_ours(
        revision, bool(tables), unchanged="berkas tidak diubah",
        foreign=f"Berkas {paths.database.name} adalah basis data lain, bukan milik Rumah "
                "Singgah. Berkas tidak diubah.")
    return revision


def folder_fingerprint(paths: DataPaths) -> str:
    """This machine and this data folder: a copy of the folder elsewhere has another one."""
    machine = _machine_id() or f"{platform.node()}:{uuid.getnode():x}"
    text_ = f"{machine}\n{paths.root.resolve()}"
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()[:24]


# POSIX machine-id files; on Windows the installation's MachineGuid (read-only registry key).
MACHINE_ID_FILES = ("/etc/machine-id", "/var/lib/dbus/machine-id")


def _machine_id() -> str:
    if sys.platform == "win32":
        try:
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE,
                                r"SOFTWARE\Microsoft\Cryptography") as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0]).strip()
        except (ImportError, OSError):
            return ""
    for candidate in MACHINE_ID_FILES:
        try:
            return Path(candidate).read_text().strip()
        except OSError:
            continue
    return ""


def _local_identity(engine: Engine, paths: DataPaths) -> tuple[str, ChangeClock, bool]:
    with engine.begin() as conn:
        rows = dict(conn.execute(text("SELECT key, value FROM local_state")).all())
        site_id = rows.get("site_id")
        fresh = not site_id
        if fresh:
            site_id = f"desk-{uuid.uuid4().hex[:12]}"
            conn.execute(
                text("INSERT INTO local_state (key, value) VALUES ('site_id', :v)"), {"v": site_id}
            )
        if not rows.get("store_id"):
            # The shelter's store: desks made from it by a join bundle share this id.
            conn.execute(text("INSERT OR REPLACE INTO local_state (key, value) "
                              "VALUES ('store_id', :v)"), {"v": f"store-{uuid.uuid4().hex}"})
        fingerprint = folder_fingerprint(paths)
        copied = bool(rows.get("fingerprint")) and rows["fingerprint"] != fingerprint
        if not rows.get("fingerprint"):
            conn.execute(text("INSERT OR REPLACE INTO local_state (key, value) "
                              "VALUES ('fingerprint', :v)"), {"v": fingerprint})
        last = max(
            int(rows.get("last_stamp") or 0),
            conn.execute(text("SELECT coalesce(max(change_stamp), 0) FROM audit_event")).scalar_one(),
        )
    return site_id, ChangeClock(last), copied
