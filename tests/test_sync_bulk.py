"""The fast paths of a sync import give what the plain paths give (issue 11 speed goals).

- A bundle is read once: each chunk is validated, then merged; references are checked at the
  end. A bundle of mostly known rows ends with the origin's tables and audit trail; a row twice
  in one bundle is one row; a reference to a row neither the bundle nor the store holds refuses
  the bundle with nothing written and the clock put back.
- The per-column checks compiled once per table accept and refuse exactly what the general
  check (``_decode``) accepts and refuses, with the same message.
"""

from __future__ import annotations

import enum
import uuid

import pytest
from sqlalchemy import select

from rumahsinggah.storage.audit import SYSTEM
from rumahsinggah.storage.models import AuditEvent, Client
from rumahsinggah.sync import bundle, merge, validate
from rumahsinggah.sync.container import BundleError
from sync_support import PASS, Desks, register, snapshot


def _tables_without_audit(store) -> dict:
    # The desks list holds each desk's own entry; the audit trail is compared by origin below.
    return {k: v for k, v in snapshot(store).items() if k not in ("audit_event", "desk")}


def _audit_from(store, site: str) -> list:
    with store.read() as s:
        return [tuple(r) for r in s.execute(
            select(AuditEvent.id, AuditEvent.action, AuditEvent.entity, AuditEvent.record_id, AuditEvent.at, AuditEvent.username,
                   AuditEvent.changes, AuditEvent.chain_seq, AuditEvent.chain_hash)
            .where(AuditEvent.site_id == site).order_by(AuditEvent.id))]


def test_a_mostly_known_bundle_read_once_ends_as_the_origin(tmp_path, monkeypatch):
    d = Desks(tmp_path, 2)
    try:
        a, b = d.stores
        for name in ("Joko Susilo", "Siti Rahma", "Andi Wijaya"):
            register(a, name)
        bundle.import_bundle(b, SYSTEM, d.bundle(a), PASS)
        with a.write() as s:
            client = s.exec(select(Client).where(Client.full_name == "Siti Rahma")).scalars().one()
            client.nickname = "Ima"
            s.add(client)
        register(a, "Budi Baru")
        files = d.bundle(a, everything=True)  # everything again: most rows known to B

        reads = []
        opener = bundle.open_bundle

        def counting(*args, **kwargs):
            opened = opener(*args, **kwargs)
            records = opened.records

            def read():
                reads.append(1)
                return records()
            opened.records = read
            return opened

        monkeypatch.setattr(bundle, "open_bundle", counting)
        got = bundle.import_bundle(b, SYSTEM, files, PASS)
        assert len(reads) == 1
        assert got.updated >= 1 and got.inserted >= 2 and got.unchanged > 0
        assert _tables_without_audit(b) == _tables_without_audit(a)
        # Everything A had when it exported (A's later "export" event is not in the bundle).
        on_b = _audit_from(b, a.site_id)
        on_a = {r[0]: r for r in _audit_from(a, a.site_id)}
        assert all(on_a[r[0]] == r for r in on_b) and len(on_b) == len(on_a) - 1
    finally:
        d.close()


def test_a_row_twice_in_one_bundle_is_one_row(tmp_path):
    d = Desks(tmp_path, 2)
    try:
        a, b = d.stores
        register(a, "Joko Susilo")
        with a.read() as s:
            raw = next(r for t, r in merge.export_records(s, 0) if t == "client")
        records = [("client", raw), ("client", dict(raw))]
        with b.write() as s:
            got = merge.merge_records(s, lambda: iter(records), b.clock)
        assert (got.inserted, got.unchanged) == (1, 1)
        with b.read() as s:
            assert len(s.exec(select(Client).where(Client.full_name == "Joko Susilo"))
                       .scalars().all()) == 1
    finally:
        d.close()


def test_a_reference_to_a_row_nowhere_refuses_the_bundle_and_rewinds_the_clock(tmp_path):
    d = Desks(tmp_path, 2)
    try:
        a, b = d.stores
        register(a, "Joko Susilo")
        with a.read() as s:
            rows = list(merge.export_records(s, 0))
        # The cases without their client: the stays are written before the check finds it.
        future = b.clock.wall() + 10**12
        stays = []
        for t, r in rows:
            if t == "stay":
                r = dict(r)
                r["_v"] = {k: [future, *v[1:]] for k, v in r["_v"].items()}
                stays.append((t, r))
        assert stays
        before, clock = snapshot(b), b.clock.last
        with pytest.raises(merge.SyncDataError, match="tabel client"), b.write() as s:
            merge.merge_records(s, lambda: iter(stays), b.clock)
        assert snapshot(b) == before
        assert b.clock.last == clock < future
    finally:
        d.close()


@pytest.mark.parametrize("resolve_at", [1, 10**9])
def test_references_resolved_as_the_bundle_goes_allow_rows_later_in_the_bundle(
        tmp_path, monkeypatch, resolve_at):
    """References are looked up in the store in batches while the bundle is merged; a case
    arriving before its client (later in the bundle) is fine, a client nowhere is not, however
    often the pending references are resolved on the way."""
    monkeypatch.setattr(merge, "RESOLVE_AT", resolve_at)
    d = Desks(tmp_path, 3)
    try:
        a, b, c = d.stores
        for name in ("Joko Susilo", "Siti Rahma"):
            register(a, name)
        with a.read() as s:
            rows = list(merge.export_records(s, 0))
        clients = [(t, r) for t, r in rows if t == "client"]
        stays = [(t, r) for t, r in rows if t == "stay"]
        rest = [(t, r) for t, r in rows if t not in ("client", "stay")]
        assert clients and stays
        with b.write() as s:  # children first, their clients at the very end
            merge.merge_records(s, lambda: iter(stays + rest + clients), b.clock)
        assert _tables_without_audit(b) == _tables_without_audit(a)
        before = snapshot(c)
        with pytest.raises(merge.SyncDataError, match="tabel client"), c.write() as s:
            merge.merge_records(s, lambda: iter(stays + rest + clients[:1]), c.clock)
        assert snapshot(c) == before
    finally:
        d.close()


class _Text(str):
    pass


class _Number(int):
    pass


class _Kind(enum.IntEnum):
    ONE = 1


SAMPLES = [None, True, False, 0, 1, -1, 2**63, -(2**63) - 1, _Number(5), _Kind.ONE, 1.5,
           float("nan"), float("inf"), "", "x", "a\x00b", "x" * 70, "y" * 300, _Text("teks"),
           str(uuid.uuid4()), uuid.uuid4().hex, "{" + str(uuid.uuid4()) + "}",
           "2026-12-02", "2026-12-02T10:00:00+08:00", "2026-12-02T10:00:00", "bukan tanggal",
           [], [1, "a"], {}, {"a": 1}, {"a": float("nan")}]


def _reference(table, column, value):
    """The general rule for one value, as validate_row applied it before compiling."""
    if value is None:
        if not column.nullable:
            raise validate._fail(table, column.name, "tidak boleh kosong")
        return None
    return validate._decode(table, column, value)


def _outcome(fn):
    try:
        return ("ok", fn())
    except BundleError as exc:
        return ("error", str(exc))


@pytest.mark.parametrize("table", merge.synced_tables() + [AuditEvent.__table__],
                         ids=lambda t: t.name)
def test_compiled_checks_agree_with_the_general_rule(table):
    for column in table.columns:
        for value in SAMPLES:
            want = _outcome(lambda c=column, v=value: _reference(table, c, v))
            got = _outcome(lambda c=column, v=value: validate.validate_row(table, {c.name: v})[c.name])
            assert got == want, (table.name, column.name, value)
            if want[0] == "ok":
                assert type(got[1]) is type(want[1])
    with pytest.raises(BundleError, match="tidak dikenal"):
        validate.validate_row(table, {"kolom_asing": 1})
    with pytest.raises(BundleError, match="bukan teks"):
        validate.validate_row(table, {1: 1})
    assert validate.validate_row(table, {"_v": {"*": [1, "x"]}}) == {"_v": {"*": [1, "x"]}}
