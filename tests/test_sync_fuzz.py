"""Fuzz: thousands of damaged bundles end in a BundleError, never a traceback, a hang, a change
to the store or a file left behind; a path inside a bundle never writes anywhere."""

from __future__ import annotations

import itertools
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
from sync_fuzz_support import (
    Case,
    damaged_cases,
    memoised_kdf,
    row_mutation_cases,
    write_base,
)

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


def _run(store, cases) -> dict:
    """Consume every case under a per-case alarm; outcomes and failures by kind."""
    stats: dict = {"n": 0, "outcomes": {}, "tracebacks": [], "hangs": [], "accepted": [],
                   "slow": [], "refused_paths": Counter()}
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        for case in cases:
            stats["n"] += 1
            t0 = time.perf_counter()
            signal.alarm(CASE_SECONDS)
            try:
                outcome = _consume(store, case, stats["refused_paths"])
            except _Hang:
                stats["hangs"].append(case.kind)
                outcome = "hang"
            except Exception as exc:  # noqa: BLE001 - the very thing being counted
                stats["tracebacks"].append((case.kind, case.notes, repr(exc)[:300]))
                outcome = "traceback"
            finally:
                signal.alarm(0)
            took = time.perf_counter() - t0
            if took > 2:
                stats["slow"].append((case.kind, round(took, 1)))
            stats["outcomes"].setdefault(case.kind, Counter())[outcome] += 1
            if case.must_fail and outcome == "accepted":
                stats["accepted"].append((case.kind, case.notes))
            for folder in {p.parent for p in case.paths if p.parent.parent == case_root(p)}:
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        signal.signal(signal.SIGALRM, old)
    return stats


def case_root(path: Path) -> Path:
    """The folder holding the case folders (each case's files live in its own folder)."""
    return path.parent.parent if path.parent.name.startswith(("case-", "mutation-")) else path


def _fuzz_store(tmp_path):
    store = open_store(DataPaths(tmp_path / "store"), key=os.urandom(32))
    (store.paths.root / "rumahsinggah.keys").write_bytes(KEYS_CONTENT)
    (store.paths.attachments / attachments.STAGING_DIR).mkdir(parents=True)
    return store


def _assert_untouched(store, before: dict) -> None:
    after = _files(store.paths.root)
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    # closing the store writes its clock to the database and its clean-close record:
    # only those may differ
    assert {k for k in changed if not k.startswith("rumahsinggah.sqlite")
            and k != "rumahsinggah.clean"} == set()
    assert (store.paths.root / "rumahsinggah.keys").read_bytes() == KEYS_CONTENT
    assert not [p for p in store.paths.attachments.rglob("*") if p.is_file()]


@pytest.mark.slow
def test_two_thousand_damaged_bundles(tmp_path, monkeypatch):
    monkeypatch.setattr(container, "_kdf", memoised_kdf(container._kdf))
    store = _fuzz_store(tmp_path)
    before = _files(store.paths.root)
    passwd = os.stat("/etc/passwd").st_mtime_ns if os.path.exists("/etc/passwd") else None
    workdir = tmp_path / "cases"
    workdir.mkdir()
    started = time.perf_counter()
    try:
        stats = _run(store, damaged_cases(workdir))
    finally:
        store.close()
    elapsed = time.perf_counter() - started
    print(f"\n{stats['n']} damaged bundles in {elapsed:.1f} s")
    for kind in sorted(stats["outcomes"]):
        print(f"  {kind:38} {dict(stats['outcomes'][kind])}")
    assert stats["n"] >= 2000
    assert stats["tracebacks"] == []
    assert stats["hangs"] == []
    assert stats["accepted"] == []
    assert stats["slow"] == []
    _assert_untouched(store, before)
    assert {"../../rumahsinggah.keys", "/etc/passwd", "C:\\x"} <= set(stats["refused_paths"])
    if passwd is not None:
        assert os.stat("/etc/passwd").st_mtime_ns == passwd
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file()
                 and not p.is_relative_to(store.paths.root) and "base-" not in str(p)]
    assert leftovers == []


@pytest.mark.slow
def test_real_bundles_damaged_and_resealed_with_bad_rows(tmp_path, monkeypatch):
    """The hooks the end-to-end import fuzz uses: damage done to bundles from ``make_base``,
    and rows of a good bundle damaged then sealed again with the right passphrase."""
    monkeypatch.setattr(container, "_kdf", memoised_kdf(container._kdf))
    made = []

    def make_base(folder: Path, part_size: int | None) -> list[Path]:
        made.append(part_size)
        return write_base(folder, [b"foto", os.urandom(90_000)], part_size=part_size)

    store = _fuzz_store(tmp_path)
    before = _files(store.paths.root)
    workdir = tmp_path / "cases"
    workdir.mkdir()
    try:
        real = write_base(tmp_path / "asli", [b"foto KTP", os.urandom(80_000)], part_size=None)
        cases = [*itertools.islice(damaged_cases(workdir, make_base=make_base), 300),
                 *row_mutation_cases(workdir, real, count=60)]
        stats = _run(store, cases)
    finally:
        store.close()
    assert made == [None, container.MIN_PART_SIZE, container.MIN_PART_SIZE,
                    container.MIN_PART_SIZE]
    kinds = {k for k in stats["outcomes"] if k.startswith("rows-")}
    assert len(kinds) >= 8
    assert stats["tracebacks"] == [] and stats["hangs"] == [] and stats["accepted"] == []
    assert sum(c["accepted"] for c in stats["outcomes"].values()) > 0  # some were harmless
    assert sum(sum(c.values()) - c["accepted"] for c in stats["outcomes"].values()) > 250
    _assert_untouched(store, before)


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
