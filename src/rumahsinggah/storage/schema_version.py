"""The schema revision this build expects, known without importing Alembic.

Opening a current store only compares its ``alembic_version`` row with :data:`HEAD_REVISION`;
Alembic (and all its dialects) is imported only when the store is behind. A test keeps this
constant equal to the migrations' head (``tests/test_startup_imports.py``).
"""

from __future__ import annotations

HEAD_REVISION = "0009"


def is_current(revision: str | None) -> bool:
    return revision == HEAD_REVISION


def is_known(revision: str) -> bool:
    """True when this build has a migration with this id (Alembic asked only if not head)."""
    if revision == HEAD_REVISION:
        return True
    from rumahsinggah.storage import migrate  # a store behind (or ahead): Alembic now

    return revision in migrate.known_revisions()


def refuse_unless_ours(revision: str | None, has_tables: bool, *, foreign: str,
                       unchanged: str) -> None:
    """The one judgement before opening (a desk's file, a server's database): tables but no
    revision is someone else's database (``foreign``), an unknown revision a newer build's.
    Raises StoreError; ``unchanged`` ends the message ("berkas tidak diubah")."""
    from rumahsinggah.core.errors import StoreError

    if revision is None and has_tables:
        raise StoreError(foreign)
    if revision is not None and not is_known(revision):
        raise StoreError(
            "Basis data ini dibuat oleh versi Rumah Singgah yang lebih baru. Perbarui aplikasi "
            f"sebelum membukanya; {unchanged}."
        )
