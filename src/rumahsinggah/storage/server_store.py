"""Opening a store on a PostgreSQL server (``storage.server``): look, migrate, identify.

What a desk's opening does to its file (quick check, daily backup file, clean-close marks)
belongs to the server's administrator here (``pg_dump``, the server's own checks); the
rest is the same: a foreign or newer database is refused untouched, a database behind is
migrated in one transaction, and the store's identity rows are made once.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, InterfaceError, OperationalError

from rumahsinggah.core.errors import StoreError
from rumahsinggah.storage import schema_version, server
from rumahsinggah.storage.audit import ChangeClock
from rumahsinggah.storage.server import ServerPaths


class ServerUnreachable(StoreError):
    """The server did not answer or refused the sign-in: nothing was changed."""


def explain(exc: Exception, paths: ServerPaths) -> StoreError:
    message = str(getattr(exc, "orig", None) or exc)
    low = message.lower()
    where = paths.label
    if "lock timeout" in low or "could not obtain lock" in low or "deadlock" in low:
        from rumahsinggah.storage.store import StoreBusy

        return StoreBusy(
            "Basis data di server sedang dipakai meja lain (misalnya impor yang panjang). "
            "Tunggu sebentar lalu coba lagi; tidak ada yang berubah."
        )
    if "password authentication failed" in low or "no pg_hba.conf entry" in low:
        return ServerUnreachable(
            f"Server basis data menolak masuk ({where}): periksa nama pengguna dan kata sandi "
            "basis data di alamatnya, atau izin di pg_hba.conf. Tidak ada yang berubah."
        )
    if "does not exist" in low and "database" in low:
        return ServerUnreachable(
            f"Basis data di server tidak ada ({where}). Minta administrator membuatnya "
            "(lihat README: 'Menyiapkan server'). Tidak ada yang berubah."
        )
    if ("connection" in low and ("refused" in low or "timeout" in low or "failed" in low)) \
            or "could not translate host" in low or "server closed" in low:
        return ServerUnreachable(
            f"Server basis data tidak dapat dihubungi ({where}). Periksa jaringan kantor dan "
            "bahwa server menyala, lalu coba lagi. Tidak ada yang berubah."
        )
    if "no space" in low or "disk full" in low:
        from rumahsinggah.storage.store import DISK_FULL

        return StoreError(DISK_FULL)
    return StoreError(f"Basis data di server ({where}) tidak dapat dipakai: {message}")


def look(engine: Engine, paths: ServerPaths) -> str | None:
    """The database's revision, read without writing; StoreError if it is not ours."""
    with engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
        tables = {r[0] for r in conn.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
        revision = None
        if "alembic_version" in tables:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
            revision = row[0] if row else None
        conn.rollback()
    schema_version.refuse_unless_ours(
        revision, bool(tables), unchanged="tidak ada yang diubah",
        foreign=f"Basis data {paths.label} berisi data lain, bukan milik Rumah Singgah. "
                "Tidak ada yang diubah.")
    return revision


def _identity(engine: Engine, clock: ChangeClock) -> str:
    """The store's site id (one for every desk sharing it), made once; the clock set."""
    import uuid

    with engine.begin() as conn:
        rows = dict(conn.execute(text("SELECT key, value FROM local_state")).all())
        site_id = rows.get("site_id")
        made = {}
        if not site_id:
            site_id = f"server-{uuid.uuid4().hex[:12]}"
            made["site_id"] = site_id
        if not rows.get("store_id"):
            made["store_id"] = f"store-{uuid.uuid4().hex}"
        for key, value in made.items():
            conn.execute(text("INSERT INTO local_state (key, value) VALUES (:k, :v) "
                              "ON CONFLICT (key) DO NOTHING"), {"k": key, "v": value})
        if made:  # another desk opening the new database at the same moment wins
            site_id = conn.execute(text(
                "SELECT value FROM local_state WHERE key = 'site_id'")).scalar_one()
        clock.observe(int(rows.get("last_stamp") or 0))
    return site_id


def open_server_store(paths: ServerPaths, key: bytes | None = None):
    """Open (creating or upgrading when needed) the store on the server at ``paths.url``."""
    from rumahsinggah.storage.store import Store

    try:
        paths.ensure()
    except OSError as exc:
        raise StoreError(f"Folder data {paths.root} tidak dapat dibuat: {exc}") from exc
    clock = ChangeClock(0)
    engine = server.make_engine(paths.url)
    try:
        revision = look(engine, paths)
        if not schema_version.is_current(revision):
            from rumahsinggah.storage import migrate

            migrate.upgrade(engine)
        site_id = _identity(engine, clock)
        server.attach_clock(engine, clock)
    except StoreError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError, InterfaceError) as exc:
        engine.dispose()
        raise explain(exc, paths) from exc
    return Store(paths, engine, key, site_id, clock)
