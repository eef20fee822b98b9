"""Shared helpers for the accounts tests: a cheap Argon2 cost and a ready store.

Entries keep their own Argon2 parameters, so a store made with the cheap cost runs exactly the
same code as a real one; one test asserts that the defaults meet OWASP's minimum.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from rumahsinggah.locations import DataPaths
from rumahsinggah.services import signin, store_setup
from rumahsinggah.storage.keys import KdfParams

FAST = KdfParams(memory_kib=64, iterations=1, parallelism=1)
ADMIN_PASSWORD = "rahasia-admin-1"


def make_store(paths: DataPaths, *, kdf: KdfParams = FAST) -> tuple[signin.SignedIn, str]:
    return store_setup.setup(
        paths,
        facility_name="Rumah Singgah Banjarmasin",
        facility_code="BJM",
        facility_kind="rumah_singgah",
        admin_username="kepala",
        admin_full_name="Ibu Kepala Rumah Singgah",
        admin_password=ADMIN_PASSWORD,
        _kdf=kdf,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(paths: DataPaths) -> dict[str, str]:
    """SHA-256 of every file of the store folder (to prove nothing was overwritten)."""
    return {
        str(p.relative_to(paths.root)): digest(p)
        for p in sorted(paths.root.rglob("*"))
        if p.is_file() and p.name != "rumahsinggah.signin"
    }
