"""Begin a command's sign-in before its modules are imported.

A command that opens the store imports the store layers (SQLAlchemy, the models, the
services: most of its start-up) and then derives the user's key with Argon2 (by design about
0.2 s). When the password is known without asking (``RUMAHSINGGAH_PASSWORD``, or the demo
store's published one), the derivation starts here on a thread and runs on the other core
while the imports run; ``storage.keys.unlock_user`` takes its result. A password typed at the
prompt is derived as before. Imports only the light key module and the folders.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

USER_ENV = "RUMAHSINGGAH_USER"
PASSWORD_ENV = "RUMAHSINGGAH_PASSWORD"
NEW_PASSWORD_ENV = "RUMAHSINGGAH_NEW_PASSWORD"

# Top-level commands that sign in to the store as their first step.
SIGNING_IN = frozenset({"residents", "backup", "check", "sync", "desk", "users", "letter",
                        "calendar", "import-register", "office", "complaints", "report",
                        "migrate-store", "head-office"})


def begin(argv: Sequence[str], options: argparse.Namespace | None, word: str | None) -> bool:
    """Start the derivation for the command in ``argv`` when it will sign in and the password
    needs no prompt; True when one was started."""
    if word not in SIGNING_IN or options is None or "--help" in argv or "-h" in argv:
        return False
    from rumahsinggah.locations import DATABASE_ENV, DataPaths, resolve_data_dir
    from rumahsinggah.storage import keys

    if getattr(options, "database", None) or os.environ.get(DATABASE_ENV):
        return False  # a server store: its key row is read once connected
    paths = DataPaths(resolve_data_dir(options.data_dir))
    user = options.user or os.environ.get(USER_ENV)
    password = os.environ.get(PASSWORD_ENV)
    if not user:
        try:
            demo = keys.load(paths).demo
        except Exception:  # noqa: BLE001 - the command itself reports a missing or bad file
            return False
        if not demo:
            return False
        from rumahsinggah.core.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

        user, password = DEMO_ACCOUNTS[0][0], password or DEMO_PASSWORD
    if not password:
        return False
    return keys.begin_unlock(paths, user, password)
