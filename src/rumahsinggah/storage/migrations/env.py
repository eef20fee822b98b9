"""Alembic environment: always run from code with a connection handed in by migrate.py."""

from __future__ import annotations

from alembic import context

from rumahsinggah.storage import models  # noqa: F401  (registers every table)
from rumahsinggah.storage.base import SQLModel

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
