"""Schema migrations with Alembic, run from code (no alembic.ini on a desk)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from rumahsinggah.core.errors import StoreError
from rumahsinggah.storage import search_index, server_schema

SCRIPT_LOCATION = "rumahsinggah.storage:migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _has_search_index(conn: Connection) -> bool:
    if conn.dialect.name == "postgresql":
        return True  # indexes on the tables themselves: a rebuilt table keeps them (ensure)
    return conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = ?", (search_index.SEARCH_TABLE,)
    ).first() is not None


def upgrade(engine: Engine, target: str = "head", cfg: Config | None = None) -> None:
    """Bring the store to ``target`` in one transaction (SQLite has transactional DDL).

    A batch migration rebuilds a table (create new, copy, drop old, rename). With foreign
    keys on, dropping a table that other rows refer to fails, so, as SQLite's documented
    procedure for schema changes says, foreign keys are switched off for the migration (the
    pragma only works outside a transaction) and checked as a whole before committing.
    """
    cfg = cfg or alembic_config()
    if engine.dialect.name == "postgresql":
        _upgrade_server(engine, target, cfg)
        return
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                before = current_revision(conn)
                command.upgrade(cfg, target)
                if current_revision(conn) != before and _has_search_index(conn):
                    # A migration may have rebuilt a table: triggers gone, rowids new.
                    search_index.ensure(conn)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    tables = sorted({row[0] for row in broken})
                    raise StoreError(
                        "Pembaruan struktur basis data dibatalkan: relasi data tidak konsisten "
                        f"di tabel {', '.join(tables)}. Basis data tidak diubah."
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _upgrade_server(engine: Engine, target: str, cfg: Config) -> None:
    """PostgreSQL: transactional DDL with foreign keys checked as each statement runs, so
    the whole upgrade is one transaction, under the store's write lock (two desks starting
    a new version at once: the second finds the schema current)."""
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        if current_revision(conn) == target:
            return
        command.upgrade(cfg, target)
        search_index.ensure(conn)
        server_schema.fit(conn)


def downgrade(engine: Engine, target: str, cfg: Config | None = None) -> None:
    """Take the store down to ``target``, foreign keys off as in :func:`upgrade`.

    For developers and tests: the application itself only ever upgrades.
    """
    cfg = cfg or alembic_config()
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, target)
        return
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, target)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def autogenerate(engine: Engine, message: str, rev_id: str | None = None) -> None:
    """For developers: write a new revision from the difference between models and store.

    Run against a store at head: ``python -m rumahsinggah.storage.migrate "message"``.
    """
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)


if __name__ == "__main__":  # pragma: no cover - developer tool
    import sys
    import tempfile
    from pathlib import Path

    from rumahsinggah.storage.engine import make_engine

    with tempfile.TemporaryDirectory() as tmp:
        eng = make_engine(Path(tmp) / "dev.sqlite")
        upgrade(eng)
        autogenerate(eng, sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
