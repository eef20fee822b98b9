"""Alembic environment: always run from code with a connection handed in by migrate.py."""

from __future__ import annotations

from alembic import context

from rumahsinggah.storage import (
    models,  # noqa: F401  (registers every table)
    search_index,
)
from rumahsinggah.storage.base import SQLModel

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables instead
    compare_type=True,
    # The full-text index tables are made by migrations and triggers, not by models.
    include_name=lambda name, kind, _parent: not (
        kind == "table" and search_index.is_index_table(name or "")),
)
with context.begin_transaction():
    context.run_migrations()
