"""Full-text indexes over clients, kept in step with every write by SQL triggers.

Three SQLite FTS5 tables:

- ``client_search`` (trigram tokenizer, keyed by ``client.rowid``): ``names`` is
  ``client.search_text`` (canonical full name | nickname | NIK), ``numbers`` the KK number.
  A quoted phrase matches anywhere inside a word, as the search box always did, but through
  the index instead of a scan of every row.
- ``stay_search`` (trigram, keyed by ``stay.rowid``): the case numbers.
- ``client_sounds`` (unicode61, keyed by ``client.rowid``): ``client.sounds_key``, the
  phonetic key of each word of the name and of each pair of words written as one
  (``core.phonetic``); the matcher asks it for records sharing a word as heard and lets
  bm25 put those sharing the most and the rarest words first.

Only live clients are indexed (a record marked deleted or merged drops out). Triggers on
``client`` and ``stay`` rewrite a row's entries whenever its derived columns, its KK number,
its deleted mark or its case number change, so ORM writes, bulk Core inserts, merges and
sync imports are all covered without Python code. A migration that rebuilds ``client`` or
``stay`` (Alembic's batch mode on SQLite: copy, drop, rename) drops that table's triggers
and may renumber rowids, so :func:`ensure` reinstalls the triggers and rebuilds the tables
after any migration (``storage.migrate.upgrade`` calls it).

On PostgreSQL (a server store, ``storage.server``) the same questions are answered by
indexes on the tables themselves, which need no triggers and survive any migration:
``pg_trgm`` GIN indexes over ``client.search_text``, ``client.kk_number`` and
``stay.case_number`` (a ``LIKE '%...%'`` of three characters or more uses them), and a GIN
index over the words of ``client.sounds_key`` (a generated ``tsvector`` column,
``sounds_vec``), each over live clients only, and ``ix_client_name_walk`` (name order with
the search text, for one- and two-letter queries read from the index alone). The
merged-record guard is a PL/pgSQL trigger.
"""

from __future__ import annotations

from typing import Any

SEARCH_TABLE = "client_search"
SOUNDS_TABLE = "client_sounds"
CASE_TABLE = "stay_search"
TABLES = (SEARCH_TABLE, SOUNDS_TABLE, CASE_TABLE)
_SHADOW_SUFFIXES = ("", "_data", "_idx", "_content", "_docsize", "_config")

TRIGGERS = (
    "client_index_ai", "client_index_au", "client_index_ad",
    "stay_index_ai", "stay_index_au", "stay_index_ad", "client_merge_kept",
)


def is_index_table(name: str) -> bool:
    """True for the FTS tables and their shadow tables (not SQLModel models)."""
    return any(name == t + s for t in TABLES for s in _SHADOW_SUFFIXES)


# Each trigger reads only its own table: a trigger on ``stay`` naming ``client`` would make
# SQLite refuse the rename at the end of any batch migration that rebuilds ``client``.
# Only live clients are indexed: a record marked deleted (or merged away) drops out.
def _client_insert(row: str) -> str:
    return (
        f"INSERT INTO {SEARCH_TABLE}(rowid, names, numbers) SELECT {row}.rowid, "
        f"{row}.search_text, coalesce({row}.kk_number, '') WHERE {row}.deleted_at IS NULL;\n"
        f"INSERT INTO {SOUNDS_TABLE}(rowid, sounds) SELECT {row}.rowid, {row}.sounds_key "
        f"WHERE {row}.deleted_at IS NULL;"
    )


def _client_delete(row: str) -> str:
    return (f"DELETE FROM {SEARCH_TABLE} WHERE rowid = {row}.rowid;\n"
            f"DELETE FROM {SOUNDS_TABLE} WHERE rowid = {row}.rowid;")


DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5("
    "names, numbers, tokenize = 'trigram')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {SOUNDS_TABLE} USING fts5("
    "sounds, tokenize = 'unicode61')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {CASE_TABLE} USING fts5("
    "case_number, tokenize = 'trigram')",
    "CREATE TRIGGER IF NOT EXISTS client_index_ai AFTER INSERT ON client BEGIN\n"
    f"{_client_insert('new')}\nEND",
    "CREATE TRIGGER IF NOT EXISTS client_index_au AFTER UPDATE OF search_text, kk_number, "
    f"sounds_key, deleted_at ON client BEGIN\n{_client_delete('old')}\n{_client_insert('new')}\nEND",
    f"CREATE TRIGGER IF NOT EXISTS client_index_ad AFTER DELETE ON client BEGIN\n"
    f"{_client_delete('old')}\nEND",
    f"CREATE TRIGGER IF NOT EXISTS stay_index_ai AFTER INSERT ON stay BEGIN\n"
    f"INSERT INTO {CASE_TABLE}(rowid, case_number) VALUES (new.rowid, new.case_number);\nEND",
    "CREATE TRIGGER IF NOT EXISTS stay_index_au AFTER UPDATE OF case_number ON stay BEGIN\n"
    f"DELETE FROM {CASE_TABLE} WHERE rowid = old.rowid;\n"
    f"INSERT INTO {CASE_TABLE}(rowid, case_number) VALUES (new.rowid, new.case_number);\nEND",
    f"CREATE TRIGGER IF NOT EXISTS stay_index_ad AFTER DELETE ON stay BEGIN\n"
    f"DELETE FROM {CASE_TABLE} WHERE rowid = old.rowid;\nEND",
    # Not an index, kept here with the others: a merged record stays merged whatever writes
    # it later (a sync import of an older desk's edit included; services.duplicates).
    "CREATE TRIGGER IF NOT EXISTS client_merge_kept AFTER UPDATE OF merged_into_id, deleted_at "
    "ON client WHEN old.merged_into_id IS NOT NULL AND (new.merged_into_id IS NOT "
    "old.merged_into_id OR new.deleted_at IS NULL) BEGIN\n"
    "UPDATE client SET merged_into_id = old.merged_into_id, "
    "deleted_at = coalesce(new.deleted_at, old.deleted_at) WHERE rowid = new.rowid;\nEND",
)


# PostgreSQL: ``pg_trgm`` is a trusted extension (PostgreSQL 13+), so the database's owner
# may create it; a server where it is not installed is told so at the first migration.
SOUNDS_VECTOR = "sounds_vec"
PG_DDL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # The words of the heard name, kept by the server itself (the models do not know it).
    "ALTER TABLE client ADD COLUMN IF NOT EXISTS sounds_vec tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', sounds_key)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_client_search_trgm ON client "
    "USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL",
    "CREATE INDEX IF NOT EXISTS ix_client_kk_trgm ON client "
    "USING gin (kk_number gin_trgm_ops) WHERE deleted_at IS NULL",
    "CREATE INDEX IF NOT EXISTS ix_stay_case_trgm ON stay "
    "USING gin (upper(case_number) gin_trgm_ops)",
    f"CREATE INDEX IF NOT EXISTS ix_client_sounds ON client USING gin ({SOUNDS_VECTOR}) "
    "WHERE deleted_at IS NULL",
    # A query of one or two letters walks the live clients in name order and tests each
    # search text: read from the index alone (an index-only scan), not from the rows, the
    # walk past a million clients for a rare pair ("BN") takes 0.2 s instead of 2.5 s.
    "CREATE INDEX IF NOT EXISTS ix_client_name_walk ON client (name_key, id) "
    "INCLUDE (search_text) WHERE deleted_at IS NULL",
    "CREATE OR REPLACE FUNCTION client_merge_kept() RETURNS trigger AS $$\n"
    "BEGIN\n"
    "  IF old.merged_into_id IS NOT NULL AND (new.merged_into_id IS DISTINCT FROM "
    "old.merged_into_id OR new.deleted_at IS NULL) THEN\n"
    "    new.merged_into_id := old.merged_into_id;\n"
    "    new.deleted_at := coalesce(new.deleted_at, old.deleted_at);\n"
    "  END IF;\n"
    "  RETURN new;\n"
    "END $$ LANGUAGE plpgsql",
    "DROP TRIGGER IF EXISTS client_merge_kept ON client",
    "CREATE TRIGGER client_merge_kept BEFORE UPDATE OF merged_into_id, deleted_at ON client "
    "FOR EACH ROW EXECUTE FUNCTION client_merge_kept()",
)
PG_INDEXES = ("ix_client_search_trgm", "ix_client_kk_trgm", "ix_stay_case_trgm",
              "ix_client_sounds", "ix_client_name_walk")


def _postgres(conn: Any) -> bool:
    dialect = getattr(conn, "dialect", None)
    return dialect is not None and dialect.name == "postgresql"


def _execute(conn: Any, sql: str) -> None:
    """Run raw SQL on a SQLAlchemy connection or a DB-API connection."""
    if hasattr(conn, "exec_driver_sql"):
        conn.exec_driver_sql(sql)
    else:
        conn.execute(sql)


def install(conn: Any) -> None:
    """Create the index tables and triggers that are missing."""
    for statement in (PG_DDL if _postgres(conn) else DDL):
        _execute(conn, statement)


def rebuild(conn: Any) -> None:
    """Fill both index tables afresh from ``client`` and ``stay``."""
    if _postgres(conn):
        for index in PG_INDEXES:
            _execute(conn, f"REINDEX INDEX {index}")
        return
    for table in TABLES:
        _execute(conn, f"DELETE FROM {table}")
    _execute(conn, f"INSERT INTO {SEARCH_TABLE}(rowid, names, numbers) SELECT rowid, "
                   "search_text, coalesce(kk_number, '') FROM client WHERE deleted_at IS NULL")
    _execute(conn, f"INSERT INTO {CASE_TABLE}(rowid, case_number) "
                   "SELECT rowid, case_number FROM stay")
    _execute(conn, f"INSERT INTO {SOUNDS_TABLE}(rowid, sounds) "
                   "SELECT rowid, sounds_key FROM client WHERE deleted_at IS NULL")
    for table in TABLES:
        _execute(conn, f"INSERT INTO {table}({table}) VALUES ('optimize')")


def drop(conn: Any) -> None:
    if _postgres(conn):
        for index in PG_INDEXES:
            _execute(conn, f"DROP INDEX IF EXISTS {index}")
        _execute(conn, "DROP TRIGGER IF EXISTS client_merge_kept ON client")
        _execute(conn, "DROP FUNCTION IF EXISTS client_merge_kept()")
        return
    for trigger in TRIGGERS:
        _execute(conn, f"DROP TRIGGER IF EXISTS {trigger}")
    for table in TABLES:
        _execute(conn, f"DROP TABLE IF EXISTS {table}")


def _present_triggers(conn: Any) -> set[str]:
    sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    rows = conn.exec_driver_sql(sql).all() if hasattr(conn, "exec_driver_sql") \
        else conn.execute(sql).fetchall()
    return {r[0] for r in rows}


def ensure(conn: Any, *, force: bool = False) -> bool:
    """After a migration: if a table was rebuilt (its triggers went with it), reinstall the
    triggers and rebuild the indexes. Returns True when it rebuilt.

    A table rebuild is the only way a migration loses a trigger, and the only way rowids
    change, so all triggers present means the indexes are still in step. On PostgreSQL the
    indexes live on the tables: missing ones are made, nothing is rebuilt.
    """
    if _postgres(conn):
        install(conn)
        return False
    if not force and set(TRIGGERS) <= _present_triggers(conn):
        return False
    for trigger in TRIGGERS:
        _execute(conn, f"DROP TRIGGER IF EXISTS {trigger}")
    install(conn)
    rebuild(conn)
    return True


def quote(text: str) -> str:
    """``text`` as one FTS5 string (a phrase: a substring, for the trigram table)."""
    return '"' + text.replace('"', '""') + '"'
