"""The sync bundle container: parts, streaming encryption, headers, validation, attachment files."""

from __future__ import annotations

import hashlib
import os
import random
import stat
import uuid
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel, select

from rumahsinggah.core.errors import DomainError, StoreError
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import attachments
from rumahsinggah.storage.models import Attachment, Client
from rumahsinggah.storage.store import open_store
from rumahsinggah.sync import container
from rumahsinggah.sync.container import (
    HEADER_SIZE,
    PART_PRESETS,
    BundleError,
    open_bundle,
    read_header,
    write_bundle,
)
from rumahsinggah.sync.validate import validate_row

PASS = "rahasia-sinkron"
# The presets scaled down 1:100 for the tests (the format has no size of its own).
SMALL_EMAIL = PART_PRESETS["email"] // 100  # 180 kB


@pytest.fixture(autouse=True)
def _kdf_once_per_salt(monkeypatch):
    """The real Argon2id costs, computed once per salt: tests write and open many bundles."""
    from sync_fuzz_support import memoised_kdf

    monkeypatch.setattr(container, "_kdf", memoised_kdf(container._kdf))


def _records(n: int) -> list[tuple[str, dict]]:
    rng = random.Random(n)
    return [
        ("client", {"id": str(uuid.UUID(int=i)), "full_name": f"Klien Nomor {i}",
                    "note": "catatan " * rng.randint(0, 40), "n": i})
        for i in range(n)
    ]


def _attachments(sizes: list[int]) -> dict[str, bytes]:
    rng = random.Random(sum(sizes))
    out = {}
    for size in sizes:
        data = rng.randbytes(size)
        out[hashlib.sha256(data).hexdigest()] = data
    return out


def _readers(files: dict[str, bytes]):
    return [(sha, (lambda d=data: d)) for sha, data in files.items()]


def test_round_trip_in_parts_with_many_records_and_attachments(tmp_path):
    recs = _records(3000)
    files = _attachments([10, 5000, 70_000, 400_000, 0, 123_456] + [2000] * 30)
    dest = tmp_path / "paket-BJM-meja2-20261202.rssync"
    paths = write_bundle(dest, PASS, {"origin": "meja-2", "tables": {"client": 3000}},
                         iter(recs), _readers(files), part_size=SMALL_EMAIL)
    n = len(paths)
    assert n >= 4  # 400 kB of attachments cannot fit two 180 kB parts
    assert [p.name for p in paths] == [
        f"paket-BJM-meja2-20261202.part{i}of{n}.rssync" for i in range(1, n + 1)
    ]
    assert sorted(os.listdir(tmp_path)) == sorted(p.name for p in paths)  # no temp file left
    for p in paths:
        assert p.stat().st_size <= SMALL_EMAIL
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
        assert b"Klien Nomor" not in p.read_bytes()

    with open_bundle(list(reversed(paths)), PASS) as bundle:  # any order of the files
        assert bundle.manifest == {"origin": "meja-2", "tables": {"client": 3000}}
        assert bundle.part_count == n and bundle.missing_parts == []
        assert list(bundle.records()) == recs
        assert list(bundle.records()) == recs  # re-reads from disk
        assert bundle.attachment_hashes() == set(files)
        for sha, data in files.items():
            assert bundle.attachment(sha) == data


def test_one_file_for_usb_holds_records_and_attachments(tmp_path):
    files = _attachments([1, 300_000])
    dest = tmp_path / "paket.rssync"
    assert write_bundle(dest, PASS, {}, iter(_records(50)), _readers(files)) == [dest]
    header = read_header(dest)
    assert (header.part_index, header.part_count) == (1, 1)
    bundle = open_bundle([dest], PASS)
    assert len(list(bundle.records())) == 50
    assert bundle.attachment_hashes() == set(files)


def test_missing_attachment_part_still_gives_the_records(tmp_path):
    files = _attachments([150_000, 150_000, 150_000])
    paths = write_bundle(tmp_path / "p.rssync", PASS, {"a": 1}, iter(_records(100)),
                         _readers(files), part_size=SMALL_EMAIL)
    assert len(paths) >= 3
    bundle = open_bundle([paths[0], paths[1]], PASS)
    assert bundle.missing_parts == list(range(3, len(paths) + 1))
    assert list(bundle.records()) == _records(100)
    present = bundle.attachment_hashes()
    assert present and present < set(files)
    absent = next(iter(set(files) - present))
    with pytest.raises(BundleError) as err:
        bundle.attachment(absent)
    assert err.value.reason == "missing"

    with pytest.raises(BundleError) as err:
        open_bundle(paths[1:], PASS)
    assert err.value.reason == "missing" and "Bagian 1" in err.value.message


def test_records_larger_than_a_part_continue_in_the_next_parts(tmp_path):
    rng = random.Random(3)
    recs = [("client", {"id": str(uuid.uuid4()), "blob": rng.randbytes(300).hex()})
            for _ in range(2000)]  # ~1.2 MB of incompressible hex
    files = _attachments([50_000, 250_000])
    paths = write_bundle(tmp_path / "p.rssync", PASS, {"m": 1}, iter(recs), _readers(files),
                         part_size=container.MIN_PART_SIZE)
    assert all(p.stat().st_size <= container.MIN_PART_SIZE for p in paths)
    bundle = open_bundle(paths, PASS)
    k = len(bundle.record_parts)
    assert k >= 5 and bundle.record_parts == list(range(1, k + 1))  # records come first
    assert len(paths) > k  # then the attachments
    assert list(bundle.records()) == recs
    assert bundle.attachment_hashes() == set(files)

    late = open_bundle(paths[:k], PASS)  # every attachment part late
    assert list(late.records()) == recs and late.attachment_hashes() == set()
    assert late.missing_parts == list(range(k + 1, len(paths) + 1))
    with pytest.raises(BundleError) as err:
        open_bundle(paths[:2] + paths[3:], PASS)
    assert err.value.reason == "missing" and "Bagian 3" in err.value.message


def test_a_failure_while_writing_leaves_no_file(tmp_path):
    def records():
        yield from _records(10)
        raise RuntimeError("disk penuh")

    with pytest.raises(RuntimeError):
        write_bundle(tmp_path / "p.rssync", PASS, {}, records(), [])
    files = _attachments([200_000, 200_000])

    def bad_reader():
        raise OSError(5, "Input/output error")

    with pytest.raises(BundleError):
        write_bundle(tmp_path / "p.rssync", PASS, {}, iter(_records(10)),
                     _readers(files) + [("a" * 64, bad_reader)], part_size=SMALL_EMAIL)
    with pytest.raises(BundleError):  # content not matching its hash is never sent
        write_bundle(tmp_path / "p.rssync", PASS, {}, [], [("b" * 64, lambda: b"lain")])
    assert os.listdir(tmp_path) == []
    (tmp_path / "p.rssync").write_bytes(b"sudah ada")
    with pytest.raises(BundleError):
        write_bundle(tmp_path / "p.rssync", PASS, {}, [], [])
    assert os.listdir(tmp_path) == ["p.rssync"]


def test_wrong_passphrase_and_damage_are_told_apart(tmp_path):
    [path] = write_bundle(tmp_path / "p.rssync", PASS, {}, iter(_records(500)), [])
    with pytest.raises(BundleError) as wrong:
        open_bundle([path], "bukan-kata-sandinya")
    assert wrong.value.reason == "passphrase"

    blob = bytearray(path.read_bytes())
    blob[HEADER_SIZE + 100] ^= 0x01
    damaged = tmp_path / "rusak.rssync"
    damaged.write_bytes(bytes(blob))
    with pytest.raises(BundleError) as bad:
        open_bundle([damaged], PASS)
    assert bad.value.reason == "damaged"
    assert bad.value.message != wrong.value.message
    assert "rusak" in bad.value.message and "salah" in wrong.value.message


def test_headers_and_hashes_are_checked_before_any_key_derivation(tmp_path, monkeypatch):
    [path] = write_bundle(tmp_path / "p.rssync", PASS, {}, iter(_records(50)), [])
    blob = path.read_bytes()

    def no_kdf(*args):
        raise AssertionError("key derived before the file was checked")

    monkeypatch.setattr(container, "_kdf", no_kdf)
    for where in [0, 9, 20, 40, 60, 90, 120, HEADER_SIZE - 1, HEADER_SIZE + 3, len(blob) - 1]:
        damaged = bytearray(blob)
        damaged[where] ^= 0x40
        target = tmp_path / f"r{where}.rssync"
        target.write_bytes(bytes(damaged))
        with pytest.raises(BundleError):
            open_bundle([target], PASS)
    for cut in [0, 5, HEADER_SIZE - 1, HEADER_SIZE, len(blob) - 1]:
        target = tmp_path / f"t{cut}.rssync"
        target.write_bytes(blob[:cut])
        with pytest.raises(BundleError):
            open_bundle([target], PASS)


def test_header_is_plain_and_has_no_key_derivation_costs(tmp_path):
    [path] = write_bundle(tmp_path / "p.rssync", PASS, {"nama": "Joko Susilo"},
                          iter([("client", {"full_name": "Joko Susilo"})]), [])
    header = read_header(path)
    assert header.version == container.FORMAT_VERSION and len(header.bundle_id) == 32
    assert header.body_length == path.stat().st_size - HEADER_SIZE
    assert b"Joko" not in path.read_bytes()
    newer = bytearray(path.read_bytes())
    newer[9] = 3  # format version 3
    (tmp_path / "baru.rssync").write_bytes(bytes(newer))
    with pytest.raises(BundleError) as err:
        read_header(tmp_path / "baru.rssync")
    assert err.value.reason == "version"
    (tmp_path / "lama.rssync").write_bytes(b"RSSYNC1\n\x00\x00\x00\x02{}")
    with pytest.raises(BundleError) as err:
        read_header(tmp_path / "lama.rssync")
    assert err.value.reason == "version"
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8\xff" + b"\0" * 500)
    with pytest.raises(BundleError) as err:
        read_header(tmp_path / "foto.jpg")
    assert err.value.reason == "not_bundle"


def test_parts_of_two_bundles_are_refused(tmp_path):
    files = _attachments([150_000, 150_000])
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = write_bundle(tmp_path / "a" / "p.rssync", PASS, {}, iter(_records(20)),
                     _readers(files), part_size=SMALL_EMAIL)
    b = write_bundle(tmp_path / "b" / "p.rssync", PASS, {}, iter(_records(20)),
                     _readers(files), part_size=SMALL_EMAIL)
    with pytest.raises(BundleError) as err:
        open_bundle([a[0], b[1]], PASS)
    assert err.value.reason == "foreign"


def test_store_key_file_is_out_of_reach_of_attachment_names(store):
    for name in ["../../rumahsinggah.keys", "../rumahsinggah.keys", "/etc/passwd", "C:\\x",
                 "C:x", "a/b.bin", "a\\b.bin", "..", ".", "", "x\x00.bin", ".masuk",
                 "x.bin.part", "\\\\server\\share"]:
        with pytest.raises(DomainError):
            attachments.write_file(store, name, b"isi")
    keys = store.paths.root / "rumahsinggah.keys"
    assert not (store.paths.attachments / "x.bin").exists()
    assert not any(p.is_file() for p in store.paths.attachments.rglob("*")) \
        if store.paths.attachments.exists() else True
    assert not keys.exists() or keys.read_bytes() != b"isi"

    row = Attachment(kind="ktp", filename="ktp.jpg", stored_name="../../rumahsinggah.keys")
    with pytest.raises(StoreError):
        attachments.read_bytes(store, row)


def test_saved_attachments_get_plain_names_and_legacy_names_still_read(store):
    with store.write() as s:
        c = Client(full_name="Siti Rahma", sex="P")
        s.add(c)
        s.flush()
        att = attachments.save_bytes(store, s, b"foto", filename="foto.jpg", kind="foto",
                                     client_id=c.id)
    assert attachments.is_plain_name(att.stored_name)
    assert attachments.read_bytes(store, att) == b"foto"
    legacy = f"{att.id.hex[:2]}/{att.id.hex}.bin"
    (store.paths.attachments / legacy).parent.mkdir()
    os.replace(store.paths.attachments / att.stored_name, store.paths.attachments / legacy)
    # An old store's file was sealed under its old name.
    blob = attachments._seal(store.key, legacy, b"foto")
    (store.paths.attachments / legacy).write_bytes(blob)
    att.stored_name = legacy
    assert attachments.read_bytes(store, att) == b"foto"


def _client_and_attachment_row(s, data: bytes, name: str) -> Attachment:
    c = Client(full_name="Joko Susilo", sex="L")
    s.add(c)
    s.flush()
    att = Attachment(client_id=c.id, kind="ktp", filename="ktp.jpg", stored_name=name,
                     size=len(data), sha256=hashlib.sha256(data).hexdigest())
    s.add(att)
    return att


def test_incoming_file_appears_only_after_commit(store):
    data = b"scan KK dari meja lain"
    sha = hashlib.sha256(data).hexdigest()
    folder = store.paths.attachments
    with store.write() as s:
        name = attachments.stage_incoming(store, s, sha, data)
        assert name == f"{sha}.bin"
        assert not (folder / name).exists()
        assert len(attachments.staged_files(s)) == 1
        att = _client_and_attachment_row(s, data, name)
    assert (folder / name).is_file()
    assert attachments.read_bytes(store, att) == data
    assert list((folder / attachments.STAGING_DIR).iterdir()) == []


def test_incoming_file_is_removed_when_the_import_fails(store):
    data = b"foto wajah"
    sha = hashlib.sha256(data).hexdigest()
    with pytest.raises(RuntimeError), store.write() as s:
        name = attachments.stage_incoming(store, s, sha, data,
                                          attachments.incoming_name(sha, uuid.uuid4()))
        _client_and_attachment_row(s, data, name)
        s.flush()
        raise RuntimeError("baris berikutnya tidak sah")
    files = [p for p in store.paths.attachments.rglob("*") if p.is_file()]
    assert files == []
    with store.read() as s:
        assert s.exec(select(Attachment)).all() == []


def test_incoming_file_whose_content_does_not_match_is_refused(store):
    with store.write() as s:
        with pytest.raises(DomainError):
            attachments.stage_incoming(store, s, "0" * 64, b"lain")
        with pytest.raises(DomainError):
            attachments.stage_incoming(store, s, "../../x", b"lain")
        with pytest.raises(DomainError):
            attachments.incoming_name("/etc/passwd")
    assert not any(p.is_file() for p in store.paths.attachments.rglob("*"))


def test_staged_file_is_removed_when_the_session_closes_uncommitted(tmp_path):
    store = open_store(DataPaths(tmp_path / "s"), key=os.urandom(32))
    try:
        data = b"x" * 100
        s = store.session()
        s.begin()
        attachments.stage_incoming(store, s, hashlib.sha256(data).hexdigest(), data)
        s.close()
        assert not any(p.is_file() for p in store.paths.attachments.rglob("*"))
    finally:
        store.close()


# --------------------------------------------------------------------------- validate_row


def _table(name: str):
    import rumahsinggah.storage.models  # noqa: F401  (registers the tables)

    return SQLModel.metadata.tables[name]


def test_validate_row_decodes_a_good_row():
    table = _table("attachment")
    raw = {"id": str(uuid.UUID(int=7)), "created_at": "2026-12-02T10:00:00+00:00",
           "kind": "ktp", "filename": "ktp.jpg", "stored_name": "a.bin", "size": 4,
           "client_id": None, "_stamp": [1, 2]}
    row = validate_row(table, raw)
    assert row["id"] == uuid.UUID(int=7)
    assert row["created_at"] == datetime(2026, 12, 2, 10, tzinfo=UTC)
    assert row["size"] == 4 and row["client_id"] is None and row["_stamp"] == [1, 2]
    letter = validate_row(_table("letter"), {"letter_date": "2026-12-02", "params": {"a": [1]}})
    assert letter == {"letter_date": date(2026, 12, 2), "params": {"a": [1]}}


@pytest.mark.parametrize(
    ("raw", "column"),
    [
        ({"warna": "merah"}, "warna"),
        ({"id": "bukan-uuid"}, "id"),
        ({"id": None}, "id"),
        ({"size": "4"}, "size"),
        ({"size": True}, "size"),
        ({"size": 2**70}, "size"),
        ({"kind": 5}, "kind"),
        ({"kind": "k" * 41}, "kind"),
        ({"note": "n" * 2_000_000}, "note"),
        ({"note": "a\x00b"}, "note"),
        ({"created_at": "kemarin"}, "created_at"),
        ({"created_at": "2026-12-02T10:00:00"}, "created_at"),  # no time zone
        ({"created_at": 17}, "created_at"),
        ({"filename": None}, "filename"),
    ],
)
def test_validate_row_refuses_bad_values(raw, column):
    with pytest.raises(BundleError) as err:
        validate_row(_table("attachment"), raw)
    assert err.value.field == column
    assert "attachment" in err.value.message and column in err.value.message


def test_validate_row_refuses_bad_shapes():
    table = _table("user")
    with pytest.raises(BundleError):
        validate_row(table, ["bukan", "objek"])  # type: ignore[arg-type]
    with pytest.raises(BundleError):
        validate_row(table, {"active": 1})
    with pytest.raises(BundleError):
        validate_row(table, {"username": "budi"}, complete=True)
    with pytest.raises(BundleError):
        validate_row(_table("letter"), {"letter_date": "2026-02-30"})
    with pytest.raises(BundleError) as err:
        validate_row(_table("letter"), {"params": ["bukan", "objek"]})
    assert err.value.field == "params"
    with pytest.raises(BundleError):
        validate_row(_table("termination"), {"witnesses": {"a": 1}})
    assert validate_row(_table("termination"), {"witnesses": ["Budi"]}) == {"witnesses": ["Budi"]}


@pytest.mark.parametrize("size", [0, 1, container.CHUNK - 1, container.CHUNK,
                                  container.CHUNK + 1, 2 * container.CHUNK, 3 * container.CHUNK + 7])
def test_chunk_boundaries_round_trip(tmp_path, size):
    from sync_fuzz_support import seal_parts, unpack

    data = random.Random(size).randbytes(size)
    [path] = seal_parts(tmp_path, [data], passphrase=PASS)
    header = read_header(path)
    assert header.chunk_count == max(1, -(-size // container.CHUNK))
    assert header.body_length == container.sealed_length(size)
    fields = unpack(path)
    key = container._part_key(container._kdf(PASS, fields["salt"], 2), fields["bundle_id"], 1)
    plain = container._Plain(header, key)
    try:
        assert plain.read(size) == data
        assert plain.at_end()
    finally:
        plain.close()


def test_a_failed_rename_removes_the_parts_already_in_place(tmp_path, monkeypatch):
    files = _attachments([150_000, 150_000])
    real = os.replace
    calls = []

    def flaky(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(container.os, "replace", flaky)
    with pytest.raises(BundleError) as err:
        write_bundle(tmp_path / "p.rssync", PASS, {}, iter(_records(10)), _readers(files),
                     part_size=SMALL_EMAIL)
    assert err.value.reason == "write" and len(calls) == 2
    assert os.listdir(tmp_path) == []


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                 max_size=3),
    max_leaves=8,
)


@pytest.mark.slow
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(st.text(min_size=1, max_size=20),
                            st.dictionaries(st.text(max_size=10), JSON_VALUES, max_size=5)),
                  max_size=60),
    sizes=st.lists(st.integers(0, 260_000), max_size=5),
    part_size=st.none() | st.integers(container.MIN_PART_SIZE, 300_000),
    bulk=st.integers(0, 3000),
)
def test_any_records_and_attachments_round_trip_at_any_part_size(
        tmp_path_factory, rows, sizes, part_size, bulk):
    folder = tmp_path_factory.mktemp("rt")
    records = list(rows) + [("client", {"i": i, "pad": "x" * (i % 300)}) for i in range(bulk)]
    files = _attachments(sizes)
    paths = write_bundle(folder / "p.rssync", PASS, {"n": len(records)}, iter(records),
                         _readers(files), part_size=part_size)
    if part_size is not None:
        assert all(p.stat().st_size <= part_size for p in paths)
    bundle = open_bundle(paths, PASS)
    assert bundle.manifest == {"n": len(records)}
    assert [(t, r) for t, r in bundle.records()] == [(t, r) for t, r in records]
    assert bundle.attachment_hashes() == set(files)
    for sha, data in files.items():
        assert bundle.attachment(sha) == data


@pytest.mark.parametrize("record", [
    ("client", {"nilai": float("nan")}), ("client", {"waktu": object()}),
    ("", {}), ("t" * 65, {}), ("client", {"besar": "x" * container.MAX_LINE}),
])
def test_records_a_reader_would_refuse_are_never_written(tmp_path, record):
    with pytest.raises(BundleError) as err:
        write_bundle(tmp_path / "p.rssync", PASS, {}, iter([record]), [])
    assert err.value.reason == "write"
    assert os.listdir(tmp_path) == []
