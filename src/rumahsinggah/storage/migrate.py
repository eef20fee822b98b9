"""Schema migrations with Alembic, run from code (no alembic.ini on a desk)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

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


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the store to ``target`` in one transaction (SQLite has transactional DDL)."""
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


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
