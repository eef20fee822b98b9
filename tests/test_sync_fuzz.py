"""Fuzz: thousands of damaged bundles end in a BundleError, never a traceback, a hang, a change
to the store or a file left behind; a path inside a bundle never writes anywhere."""

from __future__ import annotations

import os
import shutil
import signal
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel

import rumahsinggah.storage.models  # noqa: F401  (registers the tables)
from rumahsinggah.core.errors import DomainError
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import attachments
from rumahsinggah.storage.store import open_store
from rumahsinggah.sync import container
from rumahsinggah.sync.container import BundleError, open_bundle
from rumahsinggah.sync.validate import validate_row
from sync_fuzz_support import Case, damaged_cases, memoised_kdf

TABLES = SQLModel.metadata.tables
NOT_TRAVELLING = {"alembic_version", "draft", "counter", "local_state"}
CASE_SECONDS = 10
KEYS_CONTENT = b"kunci asli meja ini"


class _Rollback(Exception):
    pass


class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang


def _files(root: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(root).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in root.rglob("*") if p.is_file()}


def _consume(store, case: Case, refused_paths: Counter) -> str:
    """What an importer does with a bundle, then a rollback: 'accepted' or the error reason."""
    try:
        with store.write() as s:
            bundle = open_bundle(case.paths, case.passphrase)
            try:
                decoded = []
                for name, raw in bundle.records():
                    table = TABLES.get(name)
                    if table is None or name in NOT_TRAVELLING:
                        raise BundleError(f"Tabel '{name[:40]}' tidak dikenal.", reason="invalid")
                    decoded.append((table, validate_row(table, raw)))
                for sha in sorted(bundle.attachment_hashes()):
                    attachments.stage_incoming(store, s, sha, bundle.attachment(sha))
                for table, row in decoded:
                    name = row.get("stored_name") if table.name == "attachment" else None
                    if name is not None and not attachments.is_plain_name(name):
                        with pytest.raises(DomainError):
                            attachments.write_file(store, name, b"ditimpa")
                        refused_paths[name] += 1
                assert not attachments.is_plain_name("../x")
            finally:
                bundle.close()
            raise _Rollback
    except _Rollback:
        return "accepted"
    except BundleError as exc:
        assert exc.message and "Traceback" not in exc.message
        return exc.reason


def test_two_thousand_damaged_bundles(tmp_path, monkeypatch):
    monkeypatch.setattr(container, "_kdf", memoised_kdf(container._kdf))
    store = open_store(DataPaths(tmp_path / "store"), key=os.urandom(32))
    keys = store.paths.root / "rumahsinggah.keys"
    keys.write_bytes(KEYS_CONTENT)
    (store.paths.attachments / attachments.STAGING_DIR).mkdir(parents=True)
    before = _files(store.paths.root)
    passwd = os.stat("/etc/passwd").st_mtime_ns if os.path.exists("/etc/passwd") else None
    workdir = tmp_path / "cases"
    workdir.mkdir()
    outcomes: dict[str, Counter] = {}
    tracebacks, hangs, accepted_damage, slow = [], [], [], []
    refused_paths: Counter = Counter()
    started = time.perf_counter()
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        n = 0
        for case in damaged_cases(workdir):
            n += 1
            t0 = time.perf_counter()
            signal.alarm(CASE_SECONDS)
            try:
                outcome = _consume(store, case, refused_paths)
            except _Hang:
                hangs.append(case.kind)
                outcome = "hang"
            except Exception as exc:  # noqa: BLE001 - the very thing being counted
                tracebacks.append((case.kind, case.notes, repr(exc)[:300]))
                outcome = "traceback"
            finally:
                signal.alarm(0)
            took = time.perf_counter() - t0
            if took > 2:
                slow.append((case.kind, round(took, 1)))
            outcomes.setdefault(case.kind, Counter())[outcome] += 1
            if case.must_fail and outcome == "accepted":
                accepted_damage.append((case.kind, case.notes))
            for folder in {p.parent for p in case.paths if p.parent.parent == workdir}:
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        signal.signal(signal.SIGALRM, old)
        store.close()
    elapsed = time.perf_counter() - started
    print(f"\n{n} damaged bundles in {elapsed:.1f} s")
    for kind in sorted(outcomes):
        print(f"  {kind:38} {dict(outcomes[kind])}")
    assert n >= 2000
    assert tracebacks == []
    assert hangs == []
    assert accepted_damage == []
    assert slow == []
    after = _files(store.paths.root)
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    # closing the store writes its clock to the database: only the database may differ
    assert {k for k in changed if not k.startswith("rumahsinggah.sqlite")} == set()
    assert keys.read_bytes() == KEYS_CONTENT
    assert not [p for p in (store.paths.attachments).rglob("*") if p.is_file()]
    assert {"../../rumahsinggah.keys", "/etc/passwd", "C:\\x"} <= set(refused_paths)
    if passwd is not None:
        assert os.stat("/etc/passwd").st_mtime_ns == passwd
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file()
                 and not p.is_relative_to(store.paths.root) and "base-" not in str(p)]
    assert leftovers == []


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=10,
)
TRAVELLING = sorted(set(TABLES) - NOT_TRAVELLING)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    table=st.sampled_from(TRAVELLING),
    data=st.data(),
)
def test_validate_row_gives_values_or_a_bundle_error(table, data):
    t = TABLES[table]
    names = [c.name for c in t.columns] + ["_meta", "tidak_ada"]
    raw = data.draw(st.dictionaries(st.sampled_from(names), JSON, max_size=6))
    try:
        row = validate_row(t, raw)
    except BundleError as exc:
        assert table in exc.message
        return
    assert set(row) == set(raw)
    assert "tidak_ada" not in raw
