"""End-to-end import fuzz: the damaged bundles of ``sync_fuzz_support`` through the real import.

The container's fuzz checks the format alone; this one makes every base bundle a real sync
bundle for the store under test (a valid manifest of its shelter, rows with versions), then
imports every damaged case with ``bundle.import_bundle``: no traceback, no hang, the store
unchanged (tables and files) when the import is refused, no staged file left behind, and the
key file and /etc/passwd untouched whatever path a bundle names.
"""

from __future__ import annotations

import os
import signal
from collections import Counter
from pathlib import Path

import pytest

from rumahsinggah.core.errors import DomainError
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import attachments, migrate
from rumahsinggah.storage.audit import SYSTEM
from rumahsinggah.storage.store import open_store
from rumahsinggah.sync import bundle, container, desk
from sync_fuzz_support import damaged_cases, memoised_kdf
from sync_support import snapshot

CASE_SECONDS = 10
KEYS = b"kunci asli meja ini"


class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang


def _files(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_size
            for p in root.rglob("*") if p.is_file() and "backups" not in p.parts}


@pytest.mark.slow
def test_damaged_bundles_through_the_real_import(tmp_path, monkeypatch):
    monkeypatch.setattr(container, "_kdf", memoised_kdf(container._kdf))
    store = open_store(DataPaths(tmp_path / "store"), key=os.urandom(32), daily_backup=False)
    with store.read() as s:
        ident = desk.identity(s)
    manifest = {
        "format": bundle.FORMAT, "version": bundle.MANIFEST_VERSION, "kind": "sync",
        "schema": migrate.head_revision(), "store_id": ident.store_id, "store_name": "uji",
        "origin": "desk-fuzz00", "origin_code": "F", "to": store.site_id, "number": 1,
        "seq_from": 0, "seq_to": 10, "receipts": {}, "clock": {},
    }
    real_write = container.write_bundle

    def as_sync_bundle(dest, passphrase, _manifest, records, files, **kw):
        def rows():
            for name, row in records:
                if isinstance(row, dict) and "_v" not in row:
                    row = dict(row, _v={"*": [1000, "desk-fuzz00"]})
                    row.pop("change_stamp", None)
                yield name, row
        return real_write(dest, passphrase, manifest, rows(), files, **kw)

    monkeypatch.setattr(container, "write_bundle", as_sync_bundle)
    (store.paths.root / "rumahsinggah.keys").write_bytes(KEYS)
    workdir = tmp_path / "cases"
    workdir.mkdir()
    outcomes: Counter = Counter()
    tracebacks, hangs, changed = [], [], []
    old = signal.signal(signal.SIGALRM, _alarm)
    n = 0
    try:
        for case in damaged_cases(workdir):
            n += 1
            before_rows, before_files = snapshot(store), _files(store.paths.root)
            signal.alarm(CASE_SECONDS)
            try:
                bundle.import_bundle(store, SYSTEM, case.paths, case.passphrase)
                outcomes["accepted"] += 1
                accepted = True
            except _Hang:
                hangs.append(case.kind)
                continue
            except DomainError as exc:
                assert exc.message
                outcomes[getattr(exc, "reason", "domain")] += 1
                accepted = False
            except Exception as exc:  # noqa: BLE001 - the very thing being counted
                tracebacks.append((case.kind, repr(exc)[:300]))
                continue
            finally:
                signal.alarm(0)
            if not accepted and (snapshot(store) != before_rows
                                 or _files(store.paths.root) != before_files):
                changed.append(case.kind)
    finally:
        signal.signal(signal.SIGALRM, old)
        store.close()
    assert n >= 2000
    assert tracebacks == [] and hangs == [] and changed == []
    assert (store.paths.root / "rumahsinggah.keys").read_bytes() == KEYS
    staging = store.paths.attachments / attachments.STAGING_DIR
    assert not staging.exists() or list(staging.iterdir()) == []
    assert not any(p.name.endswith(".part") for p in store.paths.root.rglob("*"))
    assert outcomes["accepted"] < n // 10  # damage is refused, not merged
    assert outcomes["invalid"] > 0  # some cases reach the row checks of the import
