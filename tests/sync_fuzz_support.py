"""Damaged sync bundles of every kind, for the container fuzz and the end-to-end import fuzz.

``damaged_cases(workdir)`` yields :class:`Case` objects: the files of one damaged (or, for a
few kinds, deliberately odd but acceptable) bundle and the passphrase to try. Kinds:

* outer damage: truncation at every region, bit flips in the header and the body, with and
  without the (unkeyed) hashes recomputed so the damage reaches the decryption;
* chunk damage: swapped, duplicated, dropped, reordered chunks, hashes recomputed;
* parts: parts of two bundles mixed (also with the header rewritten to claim the other
  bundle), a part given twice, part 1 missing, header lengths far too large;
* sealed nonsense: plaintexts sealed correctly with the right passphrase but inconsistent
  (bad frames, huge lengths, bad JSON, bad zlib, wrong counts, plaintext bit flips and cuts);
* bad rows: wrong types, lengths, unknown columns and tables, in a correctly sealed bundle;
* attachments whose content does not match their hash; path-like stored names
  (``../../rumahsinggah.keys``, ``/etc/passwd``, ``C:\\x``).

The key derivation is memoised with :func:`memoised_kdf` (the real Argon2id costs, computed
once per salt and passphrase) so thousands of cases run in seconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rumahsinggah.sync import container as c

PASS = "kata-sandi-bersama"
PATH_NAMES = ["../../rumahsinggah.keys", "/etc/passwd", "C:\\x", "..\\..\\rumahsinggah.keys",
              "attachments/../../rumahsinggah.sqlite", "\\\\server\\share\\x", "a\x00b.bin",
              "../" * 40 + "tmp/x", ".masuk/../../x", "~/x"]


def memoised_kdf(real: Callable[[str, bytes, int], bytes]) -> Callable[[str, bytes, int], bytes]:
    cache: dict[tuple[str, bytes, int], bytes] = {}

    def kdf(passphrase: str, salt: bytes, version: int) -> bytes:
        key = (passphrase, salt, version)
        if key not in cache:
            cache[key] = real(passphrase, salt, version)
        return cache[key]

    return kdf


@dataclass
class Case:
    kind: str
    paths: list[Path]
    passphrase: str = PASS
    must_fail: bool = True  # False: an odd but acceptable bundle (e.g. a part given twice)
    notes: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- building blocks


def frame(kind: bytes, payload: bytes) -> bytes:
    return c.FRAME_HEAD.pack(kind, len(payload)) + payload


def record_frames(lines: list[bytes], *, cut: int | None = None) -> bytes:
    """R frames of the zlib stream of ``lines`` (cut short by ``cut`` bytes if given)."""
    stream = zlib.compress(b"".join(lines), 6)
    if cut:
        stream = stream[:-cut]
    return b"".join(frame(b"R", stream[i : i + 60_000]) for i in range(0, len(stream), 60_000))


def line(table: str, row: dict) -> bytes:
    return json.dumps([table, row], separators=(",", ":")).encode() + b"\n"


def piece(data: bytes, *, sha: str | None = None, total: int | None = None, offset: int = 0,
          length: int | None = None) -> bytes:
    sha = sha or hashlib.sha256(data).hexdigest()
    head = c.PIECE_HEAD.pack(bytes.fromhex(sha), len(data) if total is None else total, offset,
                             len(data) if length is None else length)
    return frame(b"A", head) + data


def table_frame(records: int, parts: list[dict] | None = None) -> bytes:
    table = {"records": records, "parts": parts or [{"index": 1, "attachments": 0}]}
    return frame(b"P", json.dumps(table).encode())


def part1_plain(rows: list[tuple[str, dict]], *, manifest: dict | None = None,
                pieces: bytes = b"", count: int | None = None) -> bytes:
    lines = [line(t, r) for t, r in rows]
    return (frame(b"M", json.dumps(manifest or {"origin": "meja-2"}).encode())
            + record_frames(lines) + pieces
            + table_frame(len(lines) if count is None else count) + frame(b"E", b""))


def seal_parts(folder: Path, plaintexts: list[bytes], *, passphrase: str = PASS,
               salt: bytes = b"\x11" * 16, bundle_id: bytes | None = None,
               names: list[str] | None = None) -> list[Path]:
    """Seal arbitrary plaintexts as parts 1..n of one bundle, correctly, with ``passphrase``."""
    bundle_id = bundle_id or uuid.uuid4().bytes
    master = c._kdf(passphrase, salt, c.FORMAT_VERSION)
    writers = []
    for i, plain in enumerate(plaintexts, start=1):
        w = c._PartWriter(folder, master, bundle_id, salt, i, None)
        w.write(plain)
        w._seal(bytes(w.buf), last=True)
        w.buf.clear()
        writers.append(w)
    bundle_sha = hashlib.sha256(b"".join(w.digest.digest() for w in writers)).digest()
    check = c._key_check(master, bundle_id)
    paths = []
    for i, w in enumerate(writers, start=1):
        w.seal_header(len(writers), check, bundle_sha)
        target = folder / (names[i - 1] if names else f"sealed.part{i}of{len(writers)}.rssync")
        os.replace(w.tmp, target)
        paths.append(target)
    return paths


def unpack(path: Path) -> dict:
    raw = path.read_bytes()[: c._FIELDS.size]
    keys = ["magic", "version", "flags", "bundle_id", "index", "count", "salt", "prefix",
            "check", "body_length", "body_sha", "bundle_sha"]
    return dict(zip(keys, c._FIELDS.unpack(raw), strict=True))


def rewrite_header(path: Path, **changes) -> None:
    """Replace header fields and recompute the header's own hash (an attacker can)."""
    fields = unpack(path) | changes
    packed = c._FIELDS.pack(*fields.values())
    blob = path.read_bytes()
    path.write_bytes(packed + hashlib.sha256(packed).digest() + blob[c.HEADER_SIZE :])


def fix_hashes(paths: list[Path]) -> None:
    """Recompute body lengths, body hashes and the bundle hash of ``paths`` (unkeyed)."""
    shas = []
    for p in paths:
        body = p.read_bytes()[c.HEADER_SIZE :]
        shas.append(hashlib.sha256(body).digest())
        rewrite_header(p, body_length=len(body), body_sha=shas[-1])
    bundle = hashlib.sha256(b"".join(shas)).digest()
    for p in paths:
        rewrite_header(p, bundle_sha=bundle)


def chunks_of(path: Path) -> tuple[bytes, list[bytes]]:
    blob = path.read_bytes()
    body = blob[c.HEADER_SIZE :]
    return blob[: c.HEADER_SIZE], [body[i : i + c.SEALED_CHUNK]
                                   for i in range(0, len(body), c.SEALED_CHUNK)]


# --------------------------------------------------------------------------- base bundles


def attachment_row(data: bytes, stored_name: str = "x.bin") -> dict:
    return {"id": str(uuid.uuid4()), "kind": "ktp", "filename": "ktp.jpg",
            "stored_name": stored_name, "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest()}


def client_row(i: int) -> dict:
    return {"id": str(uuid.UUID(int=i + 1)), "full_name": f"Klien {i}", "sex": "L",
            "created_at": "2026-12-02T08:00:00+00:00", "change_stamp": 1000 + i}


def base_rows(files: list[bytes]) -> list[tuple[str, dict]]:
    rows = [("client", client_row(i)) for i in range(30)]
    rows += [("attachment", attachment_row(d, f"{hashlib.sha256(d).hexdigest()}.bin"))
             for d in files]
    return rows


def write_base(folder: Path, files: list[bytes], *, part_size: int | None,
               passphrase: str = PASS) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return c.write_bundle(
        folder / "paket.rssync", passphrase, {"origin": "meja-2"}, iter(base_rows(files)),
        [(hashlib.sha256(d).hexdigest(), (lambda d=d: d)) for d in files], part_size=part_size,
    )


MakeBase = Callable[[Path, "int | None"], list[Path]]


class _Factory:
    """Copies of base bundles in fresh case folders. ``make_base(folder, part_size)`` writes
    a real bundle (sealed with ``PASS``) into ``folder``; the default writes synthetic rows."""

    def __init__(self, workdir: Path, make_base: MakeBase | None = None) -> None:
        self.workdir = workdir
        self.n = 0
        rng = random.Random(7)
        self.files = [b"kecil", rng.randbytes(70_000), b"", rng.randbytes(150_000)]

        def base(name: str, part_size: int | None) -> list[Path]:
            folder = workdir / name
            folder.mkdir(parents=True, exist_ok=True)
            if make_base is not None:
                return make_base(folder, part_size)
            return write_base(folder, self.files, part_size=part_size)

        self.single = base("base-single", None)
        self.multi = base("base-multi", c.MIN_PART_SIZE)
        self.other = base("base-other", c.MIN_PART_SIZE)
        if make_base is not None:
            self.spill = base("base-spill", c.MIN_PART_SIZE)
            return
        # records over several parts (incompressible rows), then attachment parts
        (workdir / "base-spill").mkdir()
        rows = [("client", client_row(i) | {"notes": rng.randbytes(200).hex()})
                for i in range(600)]
        self.spill = c.write_bundle(
            workdir / "base-spill" / "paket.rssync", PASS, {"origin": "meja-3"}, iter(rows),
            [(hashlib.sha256(d).hexdigest(), (lambda d=d: d)) for d in self.files],
            part_size=c.MIN_PART_SIZE)

    def folder(self) -> Path:
        self.n += 1
        f = self.workdir / f"case-{self.n:05d}"
        f.mkdir()
        return f

    def copy(self, paths: list[Path]) -> list[Path]:
        f = self.folder()
        out = []
        for p in paths:
            target = f / p.name
            shutil.copyfile(p, target)
            out.append(target)
        return out


# --------------------------------------------------------------------------- the cases


def damaged_cases(workdir: Path, *, seed: int = 2026,
                  make_base: MakeBase | None = None) -> Iterator[Case]:
    """Every kind of damaged bundle (see the module docstring); a little over 2,000 cases.

    With ``make_base`` (see :class:`_Factory`) the outer, chunk and part damage is done to
    real exported bundles (an end-to-end import fuzz); the sealed kinds stay synthetic, and
    :func:`row_mutation_cases` adds re-sealed real bundles with damaged rows.
    """
    rng = random.Random(seed)
    fx = _Factory(workdir, make_base)
    yield from _outer(fx, rng)
    yield from _chunks(fx, rng)
    yield from _parts(fx)
    yield from _sealed(fx, rng)
    yield from _rows(fx, rng)
    yield from _random_rows(fx, rng)
    yield from _attachment_cases(fx)


def _outer(fx: _Factory, rng: random.Random) -> Iterator[Case]:
    for base, label in ((fx.single, "single"), (fx.multi, "multi")):
        size = base[0].stat().st_size
        cuts = set(range(0, c.HEADER_SIZE + 2)) if label == "single" else set(range(0, 40))
        cuts |= {c.HEADER_SIZE + k * c.SEALED_CHUNK + d for k in range(4) for d in (-1, 0, 1, 16)}
        cuts |= {size - 1, size - 16, size - 17, size // 2}
        for cut in sorted(x for x in cuts if 0 <= x < size):
            paths = fx.copy(base)
            paths[0].write_bytes(paths[0].read_bytes()[:cut])
            yield Case(f"truncate-{label}", paths, notes={"cut": cut})
        # the same cuts with the unkeyed hashes and lengths recomputed: caught by the AEAD
        for cut in sorted(x for x in cuts if c.HEADER_SIZE < x < size):
            paths = fx.copy(base)
            blob = paths[0].read_bytes()
            paths[0].write_bytes(blob[:cut])
            fix_hashes(paths)
            yield Case(f"truncate-rehashed-{label}", paths, notes={"cut": cut})
    for part in (0, 1):
        base = fx.single if part == 0 else fx.multi
        for pos in range(c.HEADER_SIZE):
            paths = fx.copy(base)
            target = paths[part]
            blob = bytearray(target.read_bytes())
            blob[pos] ^= 1 << rng.randrange(8)
            target.write_bytes(bytes(blob))
            yield Case("flip-header", paths, notes={"pos": pos, "part": part + 1})
    size = fx.single[0].stat().st_size
    for _ in range(200):
        paths = fx.copy(fx.single)
        blob = bytearray(paths[0].read_bytes())
        pos = rng.randrange(c.HEADER_SIZE, size)
        blob[pos] ^= 1 << rng.randrange(8)
        paths[0].write_bytes(bytes(blob))
        yield Case("flip-body", paths, notes={"pos": pos})
    for _ in range(150):
        base = rng.choice([fx.single, fx.multi])
        paths = fx.copy(base)
        target = rng.choice(paths)
        blob = bytearray(target.read_bytes())
        for _flip in range(rng.randint(1, 3)):
            pos = rng.randrange(c.HEADER_SIZE, len(blob))
            blob[pos] ^= 1 << rng.randrange(8)
        target.write_bytes(bytes(blob))
        fix_hashes(paths)
        yield Case("flip-body-rehashed", paths)
    # header fields an attacker can set, hashes recomputed
    for changes in (
        {"body_length": 2**64 - 1}, {"body_length": 0}, {"count": 0}, {"count": 65535},
        {"index": 0}, {"index": 2}, {"flags": 1}, {"version": 1}, {"version": 0},
        {"version": 65535}, {"salt": b"\0" * 16}, {"prefix": b"\0" * 7},
        {"check": b"\0" * 16}, {"bundle_id": b"\0" * 16}, {"magic": b"RSSYNC9\n"},
    ):
        paths = fx.copy(fx.single)
        rewrite_header(paths[0], **changes)
        yield Case("header-field", paths, notes=changes)
        paths = fx.copy(fx.multi)
        rewrite_header(paths[0], **changes)
        if "body_length" not in changes:
            fix_hashes(paths)
        yield Case("header-field-multi", paths, notes=changes)
    # a multi-part bundle whose count was lowered to hide a part, hashes recomputed
    paths = fx.copy(fx.multi[:-1])
    for p in paths:
        rewrite_header(p, count=len(paths))
    fix_hashes(paths)
    yield Case("hide-a-part", paths)
    # passphrases
    for wrong in ["", "salah", PASS + " ", PASS.upper(), "kata-sandi-bersamA", "x" * 1000,
                  "\u200b" + PASS, PASS[:-1]]:
        yield Case("wrong-passphrase", fx.copy(fx.single), passphrase=wrong)


def _chunks(fx: _Factory, rng: random.Random) -> Iterator[Case]:
    head, chunks = chunks_of(fx.single[0])
    n = len(chunks)
    ops: list[tuple[str, list[bytes]]] = []
    for i in range(n):
        for j in range(n):
            if i != j:
                swapped = list(chunks)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                ops.append(("swap", swapped))
        ops.append(("duplicate", chunks[: i + 1] + chunks[i:]))
        ops.append(("drop", chunks[:i] + chunks[i + 1 :]))
        ops.append(("last-only", chunks[:i] + [chunks[-1]]))
    for _ in range(30):
        shuffled = list(chunks)
        rng.shuffle(shuffled)
        if shuffled != chunks:
            ops.append(("shuffle", shuffled))
    _ohead, other = chunks_of(fx.other[0])
    ops.append(("foreign-chunk", [other[0]] + chunks[1:]))
    for kind, body in ops:
        if not body or body == chunks:
            continue
        paths = fx.copy(fx.single)
        paths[0].write_bytes(head + b"".join(body))
        fix_hashes(paths)
        yield Case(f"chunks-{kind}", paths)


def _parts(fx: _Factory) -> Iterator[Case]:
    m, o = fx.multi, fx.other
    yield Case("mixed-parts", fx.copy([m[0], o[1]]))
    yield Case("mixed-parts", fx.copy([o[0]] + m[1:]))
    yield Case("mixed-parts", fx.copy([m[0], fx.single[0]]))
    # the other bundle's part 2 rewritten to claim it belongs to this one
    for idx in range(1, len(m)):
        paths = fx.copy(m[:idx] + [o[idx]] + m[idx + 1 :])
        mine = unpack(paths[0])
        rewrite_header(paths[idx], bundle_id=mine["bundle_id"], salt=mine["salt"],
                       check=mine["check"])
        fix_hashes(paths)
        yield Case("mixed-parts-forged", paths)
        paths = fx.copy(m[:idx] + [o[idx]] + m[idx + 1 :])
        mine = unpack(paths[0])
        rewrite_header(paths[idx], bundle_id=mine["bundle_id"], salt=mine["salt"],
                       check=mine["check"], bundle_sha=mine["bundle_sha"])
        yield Case("mixed-parts-forged-keep-hash", paths)
    yield Case("part-1-missing", fx.copy(m[1:]))
    sp = fx.spill
    for i in range(1, len(sp)):  # each record or attachment part missing in turn
        yield Case("spill-part-missing", fx.copy(sp[:i] + sp[i + 1 :]), must_fail=False)
    for i in range(1, min(4, len(sp) - 1)):
        paths = fx.copy(sp)  # a record part's body under another part's header
        paths[i].write_bytes(paths[i].read_bytes()[: c.HEADER_SIZE]
                             + sp[i + 1].read_bytes()[c.HEADER_SIZE :])
        fix_hashes(paths)
        yield Case("spill-bodies-swapped", paths)
        paths = fx.copy(sp)
        blob = paths[i].read_bytes()
        paths[i].write_bytes(blob[: max(c.HEADER_SIZE + 17, len(blob) - c.SEALED_CHUNK)])
        fix_hashes(paths)
        yield Case("spill-record-part-cut", paths)
        paths = fx.copy(sp)
        rewrite_header(paths[i], index=i + 2)
        rewrite_header(paths[i + 1], index=i + 1)
        yield Case("spill-indexes-swapped", paths)
    yield Case("part-twice", fx.copy([m[0], m[0]] + m[1:]), must_fail=False)
    yield Case("attachment-part-missing", fx.copy(m[:1]), must_fail=False)
    paths = fx.copy(m)
    paths[1].write_bytes(m[2].read_bytes())  # part 3 under two names: part 2 is missing
    yield Case("same-part-two-names", paths, must_fail=False)
    yield Case("no-files", [])
    yield Case("not-a-file", [fx.folder() / "tidak-ada.rssync"])
    yield Case("a-folder", [fx.folder()])
    junk = fx.folder() / "junk.rssync"
    junk.write_bytes(os.urandom(5000))
    yield Case("random-bytes", [junk])
    empty = fx.folder() / "empty.rssync"
    empty.write_bytes(b"")
    yield Case("empty-file", [empty])


def _sealed(fx: _Factory, rng: random.Random) -> Iterator[Case]:
    rows = [("client", client_row(i)) for i in range(5)]
    good = part1_plain(rows)
    data = b"isi lampiran"
    sha = hashlib.sha256(data).hexdigest()
    m = frame(b"M", b"{}")
    variants: dict[str, list[bytes]] = {
        "empty": [b""],
        "only-end": [frame(b"E", b"")],
        "no-end": [good[:-5]],
        "after-end": [good + b"x"],
        "end-with-payload": [good[:-5] + frame(b"E", b"x")],
        "no-table": [m + record_frames([line("client", rows[0][1])]) + frame(b"E", b"")],
        "no-manifest": [record_frames([line("client", rows[0][1])]) + table_frame(1)
                        + frame(b"E", b"")],
        "manifest-not-object": [part1_plain(rows)[:0] + frame(b"M", b"[1,2]")
                                + record_frames([]) + table_frame(0) + frame(b"E", b"")],
        "manifest-bad-json": [frame(b"M", b"{\"a\":") + record_frames([]) + table_frame(0)
                              + frame(b"E", b"")],
        "manifest-bad-utf8": [frame(b"M", b"{\"a\":\"\xff\xfe\"}") + record_frames([])
                              + table_frame(0) + frame(b"E", b"")],
        "manifest-nan": [frame(b"M", b"{\"a\":NaN}") + record_frames([]) + table_frame(0)
                         + frame(b"E", b"")],
        "manifest-deep": [frame(b"M", b"[" * 100_000 + b"]" * 100_000) + record_frames([])
                          + table_frame(0) + frame(b"E", b"")],
        "manifest-after-records": [m + record_frames([]) + m + table_frame(0)
                                   + frame(b"E", b"")],
        "frame-huge": [m + c.FRAME_HEAD.pack(b"R", 2**32 - 1) + b"x" * 100],
        "frame-longer-than-part": [m + c.FRAME_HEAD.pack(b"R", 900_000) + b"x" * 100],
        "frame-unknown": [m + frame(b"Z", b"?") + record_frames([]) + table_frame(0)
                          + frame(b"E", b"")],
        "frame-cut": [m + b"R\x00"],
        "zlib-garbage": [m + frame(b"R", os.urandom(300)) + table_frame(1) + frame(b"E", b"")],
        "zlib-cut": [m + record_frames([line("client", r) for _t, r in rows], cut=4)
                     + table_frame(5) + frame(b"E", b"")],
        "zlib-extra": [m + frame(b"R", zlib.compress(b"") + b"lebih") + table_frame(0)
                       + frame(b"E", b"")],
        "zlib-two-streams": [m + frame(b"R", zlib.compress(b"") + zlib.compress(b""))
                             + table_frame(0) + frame(b"E", b"")],
        "records-missing": [m + table_frame(0) + frame(b"E", b"")],
        "records-after-table": [m + record_frames([]) + table_frame(0) + record_frames([])
                                + frame(b"E", b"")],
        "count-too-high": [part1_plain(rows, count=6)],
        "count-too-low": [part1_plain(rows, count=4)],
        "count-negative": [part1_plain(rows, count=-1)],
        "count-not-int": [m + record_frames([]) + frame(b"P", b'{"records":"0","parts":'
                                                          b'[{"index":1}]}') + frame(b"E", b"")],
        "table-bad-json": [m + record_frames([]) + frame(b"P", b"{") + frame(b"E", b"")],
        "table-wrong-parts": [m + record_frames([]) + table_frame(0, [{"index": 2}])
                              + frame(b"E", b"")],
        "table-parts-not-list": [m + record_frames([]) + frame(b"P", b'{"records":0,'
                                                           b'"parts":7}') + frame(b"E", b"")],
        "line-not-json": [m + record_frames([b"bukan json\n"]) + table_frame(1)
                          + frame(b"E", b"")],
        "line-not-pair": [m + record_frames([b'["client"]\n']) + table_frame(1)
                          + frame(b"E", b"")],
        "line-row-not-object": [m + record_frames([b'["client",[1]]\n']) + table_frame(1)
                                + frame(b"E", b"")],
        "line-table-not-text": [m + record_frames([b'[5,{}]\n']) + table_frame(1)
                                + frame(b"E", b"")],
        "line-table-empty": [m + record_frames([b'["",{}]\n']) + table_frame(1)
                             + frame(b"E", b"")],
        "line-bad-utf8": [m + record_frames([b'["client",{"a":"\xff"}]\n']) + table_frame(1)
                          + frame(b"E", b"")],
        "line-unterminated": [m + record_frames([b'["client",{}]']) + table_frame(1)
                              + frame(b"E", b"")],
        "line-huge-string": [m + record_frames(
            [b'["client",{"full_name":"' + b"a" * 20_000_000 + b'"}]\n']) + table_frame(1)
            + frame(b"E", b"")],
        "line-deep": [m + record_frames([b'["client",{"a":' + b"[" * 50_000 + b"]" * 50_000
                                         + b"}]\n"]) + table_frame(1) + frame(b"E", b"")],
        "line-big-int": [m + record_frames([b'["client",{"change_stamp":' + b"9" * 5000
                                            + b"}]\n"]) + table_frame(1) + frame(b"E", b"")],
        "line-infinity": [m + record_frames([b'["client",{"a":Infinity}]\n']) + table_frame(1)
                          + frame(b"E", b"")],
        "piece-huge-total": [part1_plain(rows, pieces=piece(data, total=2**63))],
        "piece-huge-length": [part1_plain(rows, pieces=piece(data, length=2**40))],
        "piece-beyond-total": [part1_plain(rows, pieces=piece(data, offset=5))],
        "piece-cut": [part1_plain(rows, pieces=piece(data)[:-3])],
        "piece-head-short": [part1_plain(rows, pieces=frame(b"A", b"\0" * 10))],
        "piece-twice": [part1_plain(rows, pieces=piece(data) + piece(data))],
        "piece-overlap": [part1_plain(rows, pieces=piece(data[:8], sha=sha, total=len(data))
                                      + piece(data[4:], sha=sha, total=len(data), offset=4))],
        "piece-totals-differ": [part1_plain(rows, pieces=piece(data[:4], sha=sha, total=12)
                                            + piece(data[4:], sha=sha, total=13, offset=4))],
        "piece-in-part-1-before-records": [m + piece(data) + record_frames([])
                                           + table_frame(0) + frame(b"E", b"")],
        "part2-has-records": [good, record_frames([]) + frame(b"E", b"")],
        "part2-has-manifest": [good, m + frame(b"E", b"")],
        "part2-has-table": [good, table_frame(0) + frame(b"E", b"")],
        "part2-no-end": [good, piece(data)],
        "part2-not-in-table": [good, piece(data) + frame(b"E", b"")],
    }
    for kind, plains in variants.items():
        yield Case(f"sealed-{kind}", seal_parts(fx.folder(), plains))
    # a hash that does not match the content, in one piece or split over two
    wrong = "ab" * 32
    yield Case("sealed-hash-mismatch", seal_parts(
        fx.folder(), [part1_plain(rows, pieces=piece(data, sha=wrong))]),
        notes={"attachment": wrong})
    yield Case("sealed-hash-mismatch-split", seal_parts(
        fx.folder(), [part1_plain(rows, pieces=piece(data[:5], sha=sha, total=len(data))
                                  + piece(b"XXXXXXX", sha=sha, total=len(data), offset=5))]),
        notes={"attachment": sha})
    # random plaintext bit flips and cuts of a good part 1, sealed with the right passphrase
    sample = part1_plain(rows, pieces=piece(data) + piece(b"kedua"))
    for _ in range(400):
        plain = bytearray(sample)
        for _flip in range(rng.randint(1, 4)):
            plain[rng.randrange(len(plain))] ^= 1 << rng.randrange(8)
        yield Case("sealed-plain-flip", seal_parts(fx.folder(), [bytes(plain)]),
                   must_fail=False)
    for cut in range(0, len(sample) - 1, max(1, len(sample) // 150)):
        yield Case("sealed-plain-cut", seal_parts(fx.folder(), [sample[:cut]]))
    for _ in range(60):
        noise = rng.randbytes(rng.randint(0, 3000))
        yield Case("sealed-noise", seal_parts(fx.folder(), [noise]))
    for _ in range(40):
        frames = [rng.choice([b"M", b"R", b"A", b"P", b"E", b"D"]) for _i in range(6)]
        plain = b"".join(frame(k, rng.randbytes(rng.randint(0, 80))) for k in frames)
        yield Case("sealed-random-frames", seal_parts(fx.folder(), [plain]))


BAD_VALUES: list[tuple[str, str, object]] = [
    ("client", "full_name", 5), ("client", "full_name", None), ("client", "full_name", "a" * 201),
    ("client", "sex", ["L"]), ("client", "id", "bukan-uuid"), ("client", "id", 7),
    ("client", "id", "{" + "0" * 32 + "}"), ("client", "created_at", "kemarin"),
    ("client", "created_at", "2026-13-45T99:99:99"), ("client", "birth_date", "2026-02-30"),
    ("client", "birth_date", 20261202), ("client", "change_stamp", "1"),
    ("client", "change_stamp", 2**64), ("client", "change_stamp", 1.5),
    ("client", "birth_date_estimated", "ya"), ("client", "birth_date_estimated", 1),
    ("client", "notes", "x" * 1_100_000), ("client", "notes", "a\x00b"),
    ("client", "warna_kesukaan", "biru"), ("client", "", 1), ("client", "id;DROP", 1),
    ("attachment", "size", "besar"), ("attachment", "sha256", "f" * 65),
    ("letter", "params", float("nan")), ("letter", "letter_date", None),
]


def _rows(fx: _Factory, rng: random.Random) -> Iterator[Case]:
    for table, column, value in BAD_VALUES:
        rows = [("client", client_row(i)) for i in range(3)]
        row = client_row(99) if table == "client" else {"id": str(uuid.uuid4())}
        row[column] = value
        rows.insert(rng.randrange(len(rows) + 1), (table, row))
        try:
            plain = part1_plain(rows)
        except ValueError:  # NaN: not even JSON; write it by hand
            plain = (frame(b"M", b"{}") + record_frames(
                [line("client", client_row(1)),
                 b'["letter",{"params":NaN}]\n']) + table_frame(2) + frame(b"E", b""))
        yield Case("row-bad-value", seal_parts(fx.folder(), [plain]),
                   notes={"table": table, "column": column})
    for table in ["rahasia", "../client", "alembic_version", "sqlite_master", "x" * 64]:
        plain = part1_plain([("client", client_row(1)), (table, {"id": str(uuid.uuid4())})])
        yield Case("row-unknown-table", seal_parts(fx.folder(), [plain]),
                   notes={"table": table})


RANDOM_VALUES: list[object] = [
    None, True, False, 0, -1, 2**63, 2**63 - 1, 1.5, "", "x", "x" * 300, "2026-12-02",
    "2026-12-02T08:00:00", "2026-12-02T08:00:00+07:00", str(uuid.UUID(int=5)), "0" * 32,
    [], {}, [1, "a"], {"a": {"b": None}}, "\u0000", "../../etc", "NaN",
]


def _random_rows(fx: _Factory, rng: random.Random) -> Iterator[Case]:
    """Random values in random columns: the validator decides, never a traceback."""
    from sqlmodel import SQLModel

    import rumahsinggah.storage.models  # noqa: F401  (registers the tables)

    tables = SQLModel.metadata.tables
    for _ in range(200):
        name = rng.choice(["client", "attachment", "stay", "letter", "user", "setting"])
        columns = [col.name for col in tables[name].columns] + ["kolom_asing", "_meta"]
        row = client_row(1) if name == "client" else {"id": str(uuid.uuid4())}
        for _k in range(rng.randint(1, 3)):
            row[rng.choice(columns)] = rng.choice(RANDOM_VALUES)
        plain = part1_plain([("client", client_row(2)), (name, row)])
        yield Case("row-random", seal_parts(fx.folder(), [plain]), must_fail=False)


def _attachment_cases(fx: _Factory) -> Iterator[Case]:
    data = b"foto KTP"
    for name in PATH_NAMES:
        row = attachment_row(data, name)
        plain = part1_plain([("client", client_row(1)), ("attachment", row)], pieces=piece(data))
        # acceptable at the container level: the importer must never use the name as a path
        yield Case("attachment-path-name", seal_parts(fx.folder(), [plain]), must_fail=False,
                   notes={"stored_name": name})
    row = attachment_row(data)
    plain = part1_plain([("attachment", row)], pieces=piece(b"lain", sha=row["sha256"],
                                                              total=4))
    yield Case("attachment-content-mismatch", seal_parts(fx.folder(), [plain]),
               notes={"attachment": row["sha256"]})


# --------------------------------------------------------------------------- real bundles


def read_plain_bundle(paths: list[Path], passphrase: str = PASS
                      ) -> tuple[dict, list[tuple[str, dict]], dict[str, bytes]]:
    """The manifest, records and attachments of a (good) bundle."""
    with c.open_bundle(paths, passphrase) as opened:
        return (opened.manifest, list(opened.records()),
                {sha: opened.attachment(sha) for sha in opened.attachment_hashes()})


def row_mutation_cases(workdir: Path, paths: list[Path], *, passphrase: str = PASS,
                       seed: int = 11, count: int = 200) -> Iterator[Case]:
    """Real bundle ``paths`` re-sealed with the right passphrase after damaging its rows or
    manifest: random values in random columns, columns dropped or unknown, path-like stored
    names, rows duplicated or dropped, attachment hashes swapped, manifest keys changed.
    Whether each is refused is the importer's call (``must_fail`` is False): what must hold is
    no traceback, an unchanged store when refused, and no file outside the store."""
    rng = random.Random(seed)
    manifest, rows, files = read_plain_bundle(paths, passphrase)
    if not rows:
        return
    shas = sorted(files) or ["0" * 64]
    for n in range(count):
        m = json.loads(json.dumps(manifest))
        r = [(t, dict(row)) for t, row in rows]
        kind = rng.choice(["value", "drop-column", "unknown-column", "path-name", "duplicate",
                           "drop-row", "swap-sha", "manifest", "table-name", "swap-ids"])
        i = rng.randrange(len(r))
        table, row = r[i]
        if kind == "value" and row:
            row[rng.choice(sorted(row))] = rng.choice(RANDOM_VALUES)
        elif kind == "drop-column" and row:
            row.pop(rng.choice(sorted(row)))
        elif kind == "unknown-column":
            row["kolom_asing"] = rng.choice(RANDOM_VALUES)
        elif kind == "path-name":
            att = [k for k, (t, _r) in enumerate(r) if t == "attachment"]
            target = r[rng.choice(att)][1] if att else row
            target["stored_name"] = rng.choice(PATH_NAMES)
        elif kind == "duplicate":
            r.insert(rng.randrange(len(r) + 1), (table, dict(row)))
        elif kind == "drop-row":
            r.pop(i)
        elif kind == "swap-sha" and "sha256" in row:
            row["sha256"] = rng.choice(shas)
        elif kind == "manifest" and m:
            key = rng.choice(sorted(m))
            if rng.random() < 0.5:
                m.pop(key)
            else:
                m[key] = rng.choice(RANDOM_VALUES)
        elif kind == "table-name":
            r[i] = (rng.choice(["rahasia", "alembic_version", "local_state", "counter"]), row)
        elif kind == "swap-ids" and len(r) > 1 and "id" in row:
            j = rng.randrange(len(r))
            row["id"], r[j][1]["id"] = r[j][1].get("id"), row["id"]
        folder = workdir / f"mutation-{n:04d}"
        folder.mkdir(parents=True)
        try:
            out = c.write_bundle(folder / "paket.rssync", passphrase, m, iter(r),
                                 [(sha, (lambda d=d: d)) for sha, d in files.items()])
        except c.BundleError:  # e.g. a value JSON cannot carry: nothing to import
            continue
        yield Case(f"rows-{kind}", out, passphrase=passphrase, must_fail=False)
