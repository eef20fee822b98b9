"""The fast paths of a sync import give what the plain paths give (issue 11 speed goals).

- A bundle of mostly known rows is read once: the rows to write are kept from the first pass.
  Importing it that way and by reading the bundle twice ends with the same tables, the same
  audit trail from the origin desk and the same counts.
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


def test_a_mostly_known_bundle_read_once_ends_as_when_read_twice(tmp_path, monkeypatch):
    d = Desks(tmp_path, 3)
    try:
        a, b, c = d.stores
        for name in ("Joko Susilo", "Siti Rahma", "Andi Wijaya"):
            register(a, name)
        known = d.bundle(a)  # one bundle to both: B and C hold the same before the test
        bundle.import_bundle(b, SYSTEM, known, PASS)
        bundle.import_bundle(c, SYSTEM, known, PASS)
        with a.write() as s:
            client = s.exec(select(Client).where(Client.full_name == "Siti Rahma")).scalars().one()
            client.nickname = "Ima"
            s.add(client)
        register(a, "Budi Baru")
        files = d.bundle(a, everything=True)  # everything again: most rows known to B and C

        seen = []
        check = merge.check_records

        def spy(session, records):
            got = check(session, records)
            seen.append(got)
            return got

        monkeypatch.setattr(merge, "check_records", spy)
        once = bundle.import_bundle(b, SYSTEM, files, PASS)
        assert seen[-1].kept is not None and len(seen[-1].kept) == seen[-1].to_write > 0
        assert seen[-1].skipped > 0
        monkeypatch.setattr(merge, "KEEP_MAX", 0)  # C reads the bundle a second time
        twice = bundle.import_bundle(c, SYSTEM, files, PASS)
        assert seen[-1].kept is None

        for name in ("inserted", "updated", "unchanged", "conflicts", "audit_events"):
            assert getattr(once, name) == getattr(twice, name), name
        assert once.updated >= 1 and once.inserted >= 2 and once.unchanged > 0
        assert _tables_without_audit(b) == _tables_without_audit(c) == _tables_without_audit(a)
        on_b = _audit_from(b, a.site_id)
        assert on_b == _audit_from(c, a.site_id)
        # Everything A had when it exported (A's later "export" event is not in the bundle).
        on_a = {r[0]: r for r in _audit_from(a, a.site_id)}
        assert all(on_a[r[0]] == r for r in on_b) and len(on_b) == len(on_a) - 1
    finally:
        d.close()


def test_a_row_twice_in_one_bundle_reads_the_bundle_again(tmp_path):
    d = Desks(tmp_path, 2)
    try:
        a, b = d.stores
        register(a, "Joko Susilo")
        with a.read() as s:
            raw = next(r for t, r in merge.export_records(s, 0) if t == "client")
        records = [("client", raw), ("client", dict(raw))]
        with b.write() as s:
            checked = merge.check_records(s, lambda: iter(records))
        assert checked.kept is None and checked.to_write == 2
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
