"""The local SQLite store: tables, engine, migrations, audit, backups. No Qt here."""
