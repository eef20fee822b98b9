"""What a PostgreSQL schema needs beyond the migrations the two engines share.

Run after every upgrade of a server store (``storage.migrate``), so tables added by later
migrations are fitted too:

- **64-bit stamps.** A model's ``int`` is SQLite's 64-bit INTEGER but PostgreSQL's 32-bit
  one; change stamps are microseconds since 1970 and need BIGINT.
- **A writing order for the audit chain**: a ``rowid`` BIGSERIAL column on ``audit_event``
  (``storage.audit_chain`` orders by it, as by SQLite's rowid).
- **Tables desks share instead of files**: attachment content (``storage.attachments``) and
  the key file (``storage.server_keys``).
- **Indexes for a head office's size**: a facility's month of stays (the monthly recap).
- **Deferrable foreign keys.** A sync bundle may carry a case before its client; SQLite's
  ``defer_foreign_keys`` checks references at the commit, which on PostgreSQL needs
  constraints declared DEFERRABLE (still checked at once unless a transaction defers them:
  ``sync.merge``).
"""

from __future__ import annotations

from sqlalchemy import Connection

STAMP_COLUMNS = ("change_stamp", "loser_stamp", "acked_seq", "have_seq")
# A head office's monthly recap asks each of its facilities for its month: by arrival and by
# closing date within one facility (at a million clients, 13 s -> 3 s for 50 facilities).
HEAD_OFFICE_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_stay_facility_arrival ON stay (facility_id, arrival_at)",
    "CREATE INDEX IF NOT EXISTS ix_stay_facility_closed ON stay (facility_id, closed_at)",
)


def fit(conn: Connection) -> None:
    from rumahsinggah.storage import attachments, server_keys

    conn.exec_driver_sql(attachments.CONTENT_DDL)
    conn.exec_driver_sql(server_keys.DDL)
    for statement in HEAD_OFFICE_INDEXES:
        conn.exec_driver_sql(statement)
    # The audit chain links events in the order they were written (SQLite's rowid).
    conn.exec_driver_sql("ALTER TABLE audit_event ADD COLUMN IF NOT EXISTS rowid BIGSERIAL")
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_audit_event_unlinked ON audit_event "
                         "(rowid) WHERE chain_seq IS NULL")
    names = ", ".join(f"'{c}'" for c in STAMP_COLUMNS)
    for table, column in conn.exec_driver_sql(
            "SELECT table_name, column_name FROM information_schema.columns "
            f"WHERE table_schema = current_schema() AND column_name IN ({names}) "
            "AND data_type = 'integer'").all():
        conn.exec_driver_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE BIGINT')
    for table, constraint in conn.exec_driver_sql(
            "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE c.contype = 'f' AND NOT c.condeferrable "
            "AND n.nspname = current_schema()").all():
        conn.exec_driver_sql(
            f'ALTER TABLE {table} ALTER CONSTRAINT "{constraint}" DEFERRABLE INITIALLY IMMEDIATE')


def defer_foreign_keys(conn: Connection) -> None:
    """Check references at the commit, for this transaction only (both engines)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
