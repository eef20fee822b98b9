"""The sync bundle's file format: outer header, streaming encryption, parts. No merge logic.

A bundle is one file or several *parts* (``<stem>.part1of3.rssync`` ...). Every part is::

    outer header (HEADER_SIZE bytes, plaintext, no personal data)
    body: AES-256-GCM sealed chunks of 64 KiB plaintext (the last one shorter)

Outer header (big-endian): magic ``RSSYNC2\\n``, format version, flags, bundle id (16 bytes),
part index and part count, Argon2id salt, the part's 7-byte nonce prefix, a 16-byte key check,
body length, SHA-256 of the body, SHA-256 of the whole bundle (the SHA-256 of the
concatenated body hashes of parts 1..n) and a SHA-256 of all the header fields before it. A
reader checks all of it, and the body hash, before any key derivation, so a damaged or foreign
file is refused cheaply with a specific message.

**Key derivation** is Argon2id with costs *fixed by the format version* (``KDF_COSTS``): a file
can never ask for 4 GiB of memory. The master key gives, through HKDF-SHA256, one key per part
(info: bundle id and part index) and a key check value (an HMAC): a wrong passphrase is told
apart from damage because the header hash already proved the header intact.

**Encryption** is the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015, as used
by age and Tink) over the ``cryptography`` package's AESGCM: chunk *k* of a part is sealed with
nonce = prefix(7) || k (4 bytes) || last-flag (1 byte) and the header's fixed fields as
associated data. Reordered, duplicated or swapped chunks fail their counter, a truncation at a
chunk boundary fails the last-flag, a chunk of another part or bundle fails its key or
associated data. Memory is bounded by one chunk (plus one frame, <= 1 MiB, when parsing).
Why not age through ``pyrage``: age's passphrase stanza stores its scrypt work factor in the
file (the very "costs read from the header" problem, only capped by the library), pyrage offers
no bounded-memory streaming or random access into the stream, and ``cryptography`` plus
``argon2-cffi`` are already dependencies with the same AEAD and a documented construction.

**Plaintext** of a part is a sequence of frames ``type(1) || length(4) || payload``:
``M`` manifest JSON (part 1, first, may span frames), ``R`` a piece of the zlib-compressed
JSON-lines record stream (part 1: ``["table", {row}]`` per line), ``A`` an attachment piece
(sha256, total size, offset, piece length) followed by that many raw bytes (attachments span
parts when larger than a part), ``P`` the parts table (part 1, last: every part's body hash,
the record count; authenticated, so a missing or replaced part is named), ``E`` end of part.
With a part size, part 1 carries the manifest and the records only and attachments go to parts
2..n, so records import even while an attachment part is late; without one, all is one file.

Files are written under temporary owner-only (0600) names beside the destination, fsynced,
then renamed; on any failure every file written so far is removed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import struct
import tempfile
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

from rumahsinggah.core.errors import DomainError

PART_PRESETS: dict[str, int | None] = {"email": 18_000_000, "whatsapp": 95_000_000, "usb": None}

MAGIC = b"RSSYNC2\n"
OLD_MAGIC = b"RSSYNC1\n"
FORMAT_VERSION = 2
# Argon2id costs per format version: never read from a file.
KDF_COSTS: dict[int, dict[str, int]] = {
    2: {"time_cost": 3, "memory_cost": 65536, "parallelism": 1},  # 64 MiB, 3 passes
}
MIN_PASSPHRASE = 8

CHUNK = 64 * 1024  # plaintext bytes per sealed chunk
TAG = 16
SEALED_CHUNK = CHUNK + TAG
MAX_FRAME = 1024 * 1024
MAX_JSON_BLOB = 16 * 1024 * 1024  # manifest or parts table
MAX_LINE = 8 * 1024 * 1024  # one record as JSON: refuses a 2 GB string early
MAX_ATTACHMENT = 64 * 1024 * 1024
MAX_PARTS = 9999
MIN_PART_SIZE = 100_000
MAX_TABLE_NAME = 64
RECORD_FRAME = 64 * 1024
PIECE_HEAD = struct.Struct(">32sQQQ")  # sha256, total size, offset in file, piece length
FRAME_HEAD = struct.Struct(">cI")

# magic, version, flags, bundle id, part index, part count, salt, nonce prefix, key check,
# body length, body sha256, bundle sha256; then the header's own sha256.
_FIELDS = struct.Struct(">8sHH16sHH16s7s16sQ32s32s")
HEADER_SIZE = _FIELDS.size + 32
# Bytes of the header bound into every chunk: everything known when the part is begun.
_BOUND = slice(0, 8 + 2 + 2 + 16 + 2)  # magic .. part index
_HEX64 = re.compile(r"[0-9a-f]{64}")


class BundleError(DomainError):
    """A bundle cannot be written or read. ``reason`` is one of: ``not_bundle``, ``version``,
    ``damaged``, ``foreign``, ``missing``, ``passphrase``, ``invalid``, ``write``."""

    def __init__(self, message: str, *, reason: str = "damaged", field: str | None = None):
        super().__init__(message, field=field)
        self.reason = reason


# --------------------------------------------------------------------------- keys


def _kdf(passphrase: str, salt: bytes, version: int) -> bytes:
    """The master key. Module-level so tests may memoise it (the costs stay the real ones)."""
    return hash_secret_raw(
        passphrase.encode("utf-8"), salt, hash_len=32, type=Type.ID, **KDF_COSTS[version]
    )


def _expand(master: bytes, info: bytes) -> bytes:
    return HKDFExpand(algorithm=hashes.SHA256(), length=32, info=info).derive(master)


def _part_key(master: bytes, bundle_id: bytes, index: int) -> bytes:
    return _expand(master, b"rumahsinggah-sync part\0" + bundle_id + index.to_bytes(2, "big"))


def _key_check(master: bytes, bundle_id: bytes) -> bytes:
    mac_key = _expand(master, b"rumahsinggah-sync check\0")
    return hmac.new(mac_key, bundle_id, hashlib.sha256).digest()[:16]


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def sealed_length(plain: int) -> int:
    """Body bytes for ``plain`` plaintext bytes (at least one, possibly empty, chunk)."""
    chunks = max(1, -(-plain // CHUNK))
    return plain + chunks * TAG


# --------------------------------------------------------------------------- header


@dataclass(frozen=True)
class OuterHeader:
    path: Path
    version: int
    bundle_id: str  # 32 hex digits
    part_index: int
    part_count: int
    salt: bytes
    nonce_prefix: bytes
    key_check: bytes
    body_length: int
    body_sha256: str
    bundle_sha256: str
    raw: bytes = field(repr=False)

    @property
    def bound(self) -> bytes:
        """Associated data of every chunk of this part."""
        return self.raw[_BOUND] + self.salt + self.nonce_prefix

    @property
    def chunk_count(self) -> int:
        return max(1, -(-self.body_length // SEALED_CHUNK))


def _pack_header(
    *, bundle_id: bytes, index: int, count: int, salt: bytes, prefix: bytes, check: bytes,
    body_length: int, body_sha: bytes, bundle_sha: bytes,
) -> bytes:
    fields = _FIELDS.pack(
        MAGIC, FORMAT_VERSION, 0, bundle_id, index, count, salt, prefix, check, body_length,
        body_sha, bundle_sha,
    )
    return fields + hashlib.sha256(fields).digest()


def _bound_bytes(bundle_id: bytes, index: int, salt: bytes, prefix: bytes) -> bytes:
    return MAGIC + FORMAT_VERSION.to_bytes(2, "big") + b"\0\0" + bundle_id + \
        index.to_bytes(2, "big") + salt + prefix


def read_header(path: Path) -> OuterHeader:
    """The plaintext outer header of one part, checked; no decryption, no key derivation."""
    path = Path(path)
    name = path.name
    try:
        with open(path, "rb") as fh:
            raw = fh.read(HEADER_SIZE)
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        raise BundleError(
            f"Berkas {name} tidak dapat dibaca: {exc.strerror or exc}.", reason="not_bundle"
        ) from exc
    if raw.startswith(OLD_MAGIC):
        raise BundleError(
            f"Berkas {name} adalah paket sinkronisasi format lama (versi 1). Minta meja "
            "pengirim membuat paket baru dengan versi aplikasi ini.",
            reason="version",
        )
    if not raw.startswith(MAGIC[:6]):
        raise BundleError(
            f"Berkas {name} bukan paket sinkronisasi Rumah Singgah.", reason="not_bundle"
        )
    # A later format may lay its header out differently: its version is read first.
    if len(raw) >= 10 and int.from_bytes(raw[8:10], "big") > FORMAT_VERSION:
        raise BundleError(
            f"Paket {name} dibuat oleh versi Rumah Singgah yang lebih baru. Perbarui "
            "aplikasi terlebih dahulu.",
            reason="version",
        )
    if len(raw) < HEADER_SIZE:
        raise BundleError(f"Berkas paket {name} terpotong (kepala berkas tidak utuh).")
    if raw[:8] != MAGIC:
        raise BundleError(f"Kepala berkas paket {name} rusak.")
    if hashlib.sha256(raw[: _FIELDS.size]).digest() != raw[_FIELDS.size :]:
        raise BundleError(f"Kepala berkas paket {name} rusak (checksum kepala tidak cocok).")
    (_m, version, flags, bid, index, count, salt, prefix, check, body_len, body_sha,
     bundle_sha) = _FIELDS.unpack(raw[: _FIELDS.size])
    if version not in KDF_COSTS or flags != 0:
        raise BundleError(f"Kepala berkas paket {name} memuat versi format yang tidak dikenal.")
    if not (1 <= count <= MAX_PARTS and 1 <= index <= count):
        raise BundleError(f"Kepala berkas paket {name} rusak (nomor bagian tidak sah).")
    if body_len != size - HEADER_SIZE:
        raise BundleError(
            f"Berkas paket {name} terpotong atau rusak: ukurannya {size} bita, seharusnya "
            f"{HEADER_SIZE + body_len} bita."
        )
    last = body_len % SEALED_CHUNK
    if body_len < TAG or 0 < last < TAG:
        raise BundleError(f"Berkas paket {name} rusak (panjang isi tidak sah).")
    return OuterHeader(
        path=path, version=version, bundle_id=bid.hex(), part_index=index, part_count=count,
        salt=salt, nonce_prefix=prefix, key_check=check, body_length=body_len,
        body_sha256=body_sha.hex(), bundle_sha256=bundle_sha.hex(), raw=raw,
    )


# --------------------------------------------------------------------------- writing


class _PartWriter:
    """One part being written: frames in, sealed 64 KiB chunks out to a temporary file."""

    def __init__(self, folder: Path, master: bytes, bundle_id: bytes, salt: bytes, index: int,
                 limit: int | None) -> None:
        self.index = index
        self.bundle_id = bundle_id
        self.salt = salt
        self.prefix = os.urandom(7)
        self.aead = AESGCM(_part_key(master, bundle_id, index))
        self.bound = _bound_bytes(bundle_id, index, salt, self.prefix)
        self.limit = limit  # max plaintext bytes, None: unbounded
        fd, name = tempfile.mkstemp(dir=folder, prefix=".rssync-", suffix=".tmp")  # 0600
        self.tmp = Path(name)
        self.fh: BinaryIO = os.fdopen(fd, "w+b")
        self.fh.write(b"\0" * HEADER_SIZE)
        self.buf = bytearray()
        self.counter = 0
        self.plain = 0
        self.digest = hashlib.sha256()
        self.body_length = 0
        self.attachments = 0

    def room(self) -> int | None:
        return None if self.limit is None else self.limit - self.plain

    def write(self, data: bytes) -> None:
        self.plain += len(data)
        view = memoryview(data)
        while view:
            if len(self.buf) == CHUNK:  # more is coming: this full chunk is not the last
                self._seal(bytes(self.buf), last=False)
                self.buf.clear()
            take = CHUNK - len(self.buf)
            self.buf += view[:take]
            view = view[take:]

    def frame(self, kind: bytes, payload: bytes) -> None:
        self.write(FRAME_HEAD.pack(kind, len(payload)) + payload)

    def _seal(self, plain: bytes, *, last: bool) -> None:
        sealed = self.aead.encrypt(_nonce(self.prefix, self.counter, last), plain, self.bound)
        self.fh.write(sealed)
        self.digest.update(sealed)
        self.body_length += len(sealed)
        self.counter += 1

    def finish(self) -> bytes:
        self.frame(b"E", b"")
        self._seal(bytes(self.buf), last=True)
        self.buf.clear()
        return self.digest.digest()

    def seal_header(self, count: int, check: bytes, bundle_sha: bytes) -> None:
        header = _pack_header(
            bundle_id=self.bundle_id, index=self.index, count=count, salt=self.salt,
            prefix=self.prefix, check=check, body_length=self.body_length,
            body_sha=self.digest.digest(), bundle_sha=bundle_sha,
        )
        self.fh.seek(0)
        self.fh.write(header)
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()

    def discard(self) -> None:
        try:
            self.fh.close()
        finally:
            self.tmp.unlink(missing_ok=True)


def _plain_capacity(part_size: int) -> int:
    """The most plaintext bytes whose sealed body fits a part of ``part_size`` bytes."""
    avail = part_size - HEADER_SIZE
    full, rest = divmod(avail, SEALED_CHUNK)
    return full * CHUNK + max(0, rest - TAG)


def part_names(dest: Path, count: int) -> list[Path]:
    """The file names of a bundle of ``count`` parts written to ``dest``."""
    if count == 1:
        return [dest]
    return [dest.with_name(f"{dest.stem}.part{i}of{count}{dest.suffix}")
            for i in range(1, count + 1)]


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def _write_blob(part: _PartWriter, kind: bytes, blob: bytes) -> None:
    if len(blob) > MAX_JSON_BLOB:
        raise BundleError("Manifes paket terlalu besar.", reason="write")
    for start in range(0, len(blob), MAX_FRAME):
        part.frame(kind, blob[start : start + MAX_FRAME])
    if not blob:
        part.frame(kind, b"")


# Room kept in part 1 for the parts table and the end frame, and in every part for its end.
_TABLE_RESERVE = 64 * 1024
_END_RESERVE = 64


class _Writer:
    """The parts of one bundle being written."""

    def __init__(self, folder: Path, passphrase: str, part_size: int | None) -> None:
        self.folder = folder
        self.salt = os.urandom(16)
        self.bundle_id = uuid.uuid4().bytes
        self.master = _kdf(passphrase, self.salt, FORMAT_VERSION)
        self.part_size = part_size
        self.limit = None if part_size is None else _plain_capacity(part_size)
        self.parts: list[_PartWriter] = []
        self.kinds: list[str] = []

    def new_part(self, kind: str) -> _PartWriter:
        if len(self.parts) >= MAX_PARTS:
            raise BundleError("Paket terlalu banyak bagian; pilih ukuran bagian lebih besar.",
                              reason="write", field="part_size")
        part = _PartWriter(self.folder, self.master, self.bundle_id, self.salt,
                           len(self.parts) + 1, self.limit)
        self.parts.append(part)
        self.kinds.append(kind)
        return part

    def discard(self) -> None:
        for p in self.parts:
            p.discard()


def write_bundle(
    dest: Path,
    passphrase: str,
    manifest: dict,
    records: Iterable[tuple[str, dict]],
    attachments: Iterable[tuple[str, Callable[[], bytes]]],
    *,
    part_size: int | None = None,
) -> list[Path]:
    """Write a bundle to ``dest`` (one file) or to parts no larger than ``part_size`` bytes.

    Part 1 carries the manifest and the records (records that do not fit continue in parts
    2..k, before any attachment); later parts carry attachments. Without a part size all is
    in one file. Streams with bounded memory; temporary names, fsync, rename; owner-only
    (0600); on any failure no file is left behind.
    """
    dest = Path(dest)
    if len(passphrase) < MIN_PASSPHRASE:
        raise BundleError(
            f"Kata sandi paket sinkronisasi minimal {MIN_PASSPHRASE} karakter.",
            reason="write", field="passphrase",
        )
    if part_size is not None and part_size < MIN_PART_SIZE:
        raise BundleError(
            f"Ukuran bagian paket minimal {MIN_PART_SIZE:,} bita.".replace(",", "."),
            reason="write", field="part_size",
        )
    if not isinstance(manifest, dict):
        raise BundleError("Manifes paket harus berupa objek.", reason="write")
    folder = dest.parent
    if not folder.is_dir():
        raise BundleError(f"Folder {folder} tidak ada.", reason="write", field="dest")
    if dest.exists():
        raise BundleError(f"Berkas {dest} sudah ada; pilih nama lain.", reason="write",
                          field="dest")
    w = _Writer(folder, passphrase, part_size)
    done: list[Path] = []
    try:
        first = w.new_part("records")
        _write_blob(first, b"M", _json_bytes(manifest))
        count = _write_records(w, records)
        _write_attachments(w, attachments)
        hashes = [p.finish() for p in w.parts[1:]]
        table = {
            "records": count,
            "parts": [{"index": 1, "kind": "records", "attachments": first.attachments}]
            + [{"index": p.index, "kind": kind, "attachments": p.attachments,
                "body_sha256": h.hex()}
               for p, kind, h in zip(w.parts[1:], w.kinds[1:], hashes, strict=True)],
        }
        _write_blob(first, b"P", _json_bytes(table))
        if w.limit is not None and first.plain + _END_RESERVE > w.limit:
            raise BundleError("Daftar bagian paket tidak muat; pilih ukuran bagian lebih "
                              "besar.", reason="write", field="part_size")
        hashes.insert(0, first.finish())
        bundle_sha = hashlib.sha256(b"".join(hashes)).digest()
        check = _key_check(w.master, w.bundle_id)
        for p in w.parts:
            p.seal_header(len(w.parts), check, bundle_sha)
        finals = part_names(dest, len(w.parts))
        for final in finals:
            if final.exists():
                raise BundleError(f"Berkas {final} sudah ada; pilih nama lain.",
                                  reason="write", field="dest")
        for p, final in zip(w.parts, finals, strict=True):
            os.replace(p.tmp, final)
            done.append(final)
        _fsync_dir(folder)
        return finals
    except BaseException as exc:
        w.discard()
        for final in done:
            final.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BundleError(
                f"Paket tidak dapat ditulis ke {folder}: {exc.strerror or exc}.", reason="write"
            ) from exc
        raise


def _write_records(w: _Writer, records: Iterable[tuple[str, dict]]) -> int:
    """The zlib stream of JSON lines as R frames: part 1 first, then parts 2..k if needed."""
    comp = zlib.compressobj(3)  # level 3: ~2.5x faster than 6 on rows, 8% larger
    pending = bytearray()
    count = 0
    current = w.parts[0]

    def put(data: bytes) -> None:
        nonlocal current
        while data:
            take = len(data)
            if w.limit is not None:
                reserve = _TABLE_RESERVE if current.index == 1 else _END_RESERVE
                room = w.limit - reserve - current.plain - FRAME_HEAD.size
                if room < 1024:  # full: the stream goes on in a new part
                    current = w.new_part("records")
                    continue
                take = min(take, room)
            current.frame(b"R", data[:take])
            data = data[take:]

    for table, row in records:
        if (not isinstance(table, str) or not isinstance(row, dict)
                or not 0 < len(table) <= MAX_TABLE_NAME):
            raise BundleError("Catatan paket harus berupa (nama tabel, baris).", reason="write")
        try:
            encoded = _json_bytes([table, row])
        except (TypeError, ValueError) as exc:
            raise BundleError(f"Baris tabel '{table}' tidak dapat ditulis ke paket: {exc}.",
                              reason="write") from exc
        if len(encoded) >= MAX_LINE:
            raise BundleError(f"Satu baris tabel '{table}' lebih dari 8 MB.", reason="write")
        pending += comp.compress(encoded + b"\n")
        count += 1
        while len(pending) >= RECORD_FRAME:
            put(bytes(pending[:RECORD_FRAME]))
            del pending[:RECORD_FRAME]
    pending += comp.flush()
    for start in range(0, len(pending), RECORD_FRAME):
        put(bytes(pending[start : start + RECORD_FRAME]))
    return count


def _write_attachments(w: _Writer, attachments: Iterable[tuple[str, Callable[[], bytes]]]
                       ) -> None:
    seen: set[str] = set()
    current = w.parts[0] if w.limit is None else None
    for sha, reader in attachments:
        if not isinstance(sha, str) or not _HEX64.fullmatch(sha):
            raise BundleError(f"Kode SHA-256 lampiran tidak sah: {sha!r}.", reason="write")
        if sha in seen:
            continue  # one copy of each content travels
        seen.add(sha)
        data = reader()
        if len(data) > MAX_ATTACHMENT:
            raise BundleError(f"Lampiran {sha[:12]} lebih dari 64 MB.", reason="write")
        if hashlib.sha256(data).hexdigest() != sha:
            raise BundleError(f"Isi lampiran {sha[:12]} tidak cocok dengan SHA-256-nya.",
                              reason="write")
        offset = 0
        while True:
            room = None if current is None else current.room()
            if current is None or (room is not None and room < PIECE_HEAD.size + 5 + 4096):
                current = w.new_part("attachments")
                room = current.room()
            take = len(data) - offset
            if room is not None:
                take = min(take, room - PIECE_HEAD.size - FRAME_HEAD.size - _END_RESERVE)
            current.frame(b"A", PIECE_HEAD.pack(bytes.fromhex(sha), len(data), offset, take))
            current.write(data[offset : offset + take])
            current.attachments += 1
            offset += take
            if offset >= len(data):
                break


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # e.g. Windows: directories cannot be opened
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- reading


def _damaged(header: OuterHeader, detail: str = "") -> BundleError:
    extra = f" ({detail})" if detail else ""
    return BundleError(
        f"Berkas paket {header.path.name} rusak atau telah diubah{extra}.", reason="damaged"
    )


def _invalid(header: OuterHeader, detail: str) -> BundleError:
    return BundleError(f"Isi paket {header.path.name} tidak sah: {detail}.", reason="invalid")


class _Plain:
    """Decrypted plaintext of one part, read sequentially from a chunk onwards."""

    def __init__(self, header: OuterHeader, key: bytes, start_chunk: int = 0) -> None:
        self.h = header
        self.aead = AESGCM(key)
        self.fh = open(header.path, "rb")  # noqa: SIM115 - closed in close()
        self.next_chunk = start_chunk
        self.fh.seek(HEADER_SIZE + start_chunk * SEALED_CHUNK)
        self.buf = b""
        self.pos = 0  # position inside buf
        self.offset = start_chunk * CHUNK  # plaintext offset of buf[pos]

    def close(self) -> None:
        self.fh.close()

    def _load(self) -> bool:
        k = self.next_chunk
        if k >= self.h.chunk_count:
            return False
        last = k == self.h.chunk_count - 1
        want = SEALED_CHUNK if not last else self.h.body_length - k * SEALED_CHUNK
        sealed = self.fh.read(want)
        if len(sealed) != want:
            raise _damaged(self.h, "berkas berubah atau terpotong saat dibaca")
        try:
            plain = self.aead.decrypt(_nonce(self.h.nonce_prefix, k, last), sealed, self.h.bound)
        except InvalidTag as exc:
            raise _damaged(self.h, f"potongan ke-{k + 1} tidak lolos pemeriksaan") from exc
        if not last and len(plain) != CHUNK:
            raise _damaged(self.h, f"potongan ke-{k + 1}")
        self.buf, self.pos = plain, 0
        self.next_chunk += 1
        return True

    def read(self, n: int) -> bytes:
        """Exactly ``n`` bytes (n bounded by the caller), else a damage error."""
        out = bytearray()
        while len(out) < n:
            if self.pos >= len(self.buf) and not self._load():
                raise _invalid(self.h, "isi berakhir di tengah bingkai data")
            take = min(n - len(out), len(self.buf) - self.pos)
            out += self.buf[self.pos : self.pos + take]
            self.pos += take
            self.offset += take
        return bytes(out)

    def skip(self, n: int) -> None:
        while n > 0:
            if self.pos >= len(self.buf) and not self._load():
                raise _invalid(self.h, "isi berakhir di tengah lampiran")
            take = min(n, len(self.buf) - self.pos)
            self.pos += take
            self.offset += take
            n -= take

    def at_end(self) -> bool:
        while self.pos >= len(self.buf):
            if not self._load():
                return True
        return False

    def seek_plain(self, offset: int) -> None:
        """Skip forward to plaintext ``offset`` (already at or before it)."""
        self.skip(offset - self.offset)


def _frames(plain: _Plain) -> Iterator[tuple[bytes, bytes | int]]:
    """(kind, payload) for each frame; for ``A`` the piece head, its raw bytes left unread."""
    while True:
        if plain.at_end():
            raise _invalid(plain.h, "penanda akhir bagian tidak ada")
        kind, length = FRAME_HEAD.unpack(plain.read(FRAME_HEAD.size))
        if length > MAX_FRAME:
            raise _invalid(plain.h, f"bingkai data terlalu besar ({length} bita)")
        payload = plain.read(length)
        yield kind, payload
        if kind == b"E":
            if length or not plain.at_end():
                raise _invalid(plain.h, "ada data setelah penanda akhir")
            return


def _no_constant(name: str) -> Any:
    raise ValueError(name)


# One decoder for every line (building one per call costs a fifth of the parsing).
_DECODER = json.JSONDecoder(parse_constant=_no_constant)


def _parse_json(header: OuterHeader, blob: bytes, what: str) -> Any:
    try:
        return _DECODER.decode(blob.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise _invalid(header, f"{what} bukan JSON yang sah") from exc


@dataclass
class _Piece:
    part: int
    plain_offset: int
    offset: int
    length: int


@dataclass
class _PartScan:
    manifest: Any = None
    table: Any = None
    has_records: bool = False
    pieces: list[tuple[str, int, _Piece]] = field(default_factory=list)


class OpenedBundle:
    """A bundle whose headers, hashes and every supplied part's stream were checked."""

    def __init__(self, headers: dict[int, OuterHeader], master: bytes, manifest: dict,
                 table: dict, pieces: dict[str, tuple[int, list[_Piece]]]) -> None:
        first = headers[1]
        self.bundle_id: str = first.bundle_id
        self.manifest: dict = manifest
        self.part_count: int = first.part_count
        self.missing_parts: list[int] = [
            i for i in range(1, first.part_count + 1) if i not in headers
        ]
        self.record_parts: list[int] = [
            e["index"] for e in table["parts"] if e.get("kind", "records") == "records"
        ]
        self._headers = headers
        self._keys = {i: _part_key(master, bytes.fromhex(first.bundle_id), i) for i in headers}
        self._record_count: int = table["records"]
        self._pieces = pieces
        self._complete = {
            sha for sha, (total, found) in pieces.items() if _covers(total, found, headers)
        }

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def record_count(self) -> int:
        return self._record_count

    def records(self) -> Iterator[tuple[str, dict]]:
        """Streams the records, authenticated chunk by chunk; BundleError on any damage
        (possibly after some rows: validate in a first pass, apply in a second)."""
        yield from _records(self._record_frames(), self._headers[1], self._record_count)

    def _record_frames(self) -> Iterator[tuple[OuterHeader, _Plain, bytes, bytes]]:
        for index in self.record_parts:
            if index not in self._keys:
                raise BundleError("Paket sudah ditutup.", reason="missing")
            header = self._recheck(index)
            plain = _Plain(header, self._keys[index])
            try:
                for kind, payload in _frames(plain):
                    yield header, plain, kind, payload
            finally:
                plain.close()

    def attachment_hashes(self) -> set[str]:
        """SHA-256 of every attachment wholly present in the supplied parts."""
        return set(self._complete)

    def missing_attachment_hashes(self) -> set[str]:
        """Attachments known to be (partly) in parts that were not supplied."""
        return set(self._pieces) - self._complete

    def attachment(self, sha256: str) -> bytes:
        """The plaintext of one attachment, re-hashed; BundleError if absent or damaged."""
        if sha256 not in self._pieces:
            raise BundleError(f"Lampiran {str(sha256)[:12]} tidak ada di paket ini.",
                              reason="missing")
        total, pieces = self._pieces[sha256]
        if sha256 not in self._complete:
            parts = sorted({p.part for p in pieces} | set(self.missing_parts))
            raise BundleError(
                f"Lampiran {sha256[:12]} berada di bagian paket yang belum dipilih "
                f"(bagian {', '.join(map(str, parts))}).", reason="missing",
            )
        out = bytearray()
        for piece in sorted(pieces, key=lambda p: p.offset):
            if piece.part not in self._keys:
                raise BundleError("Paket sudah ditutup.", reason="missing")
            header = self._recheck(piece.part)
            plain = _Plain(header, self._keys[piece.part], piece.plain_offset // CHUNK)
            try:
                plain.seek_plain(piece.plain_offset)
                out += plain.read(piece.length)
            finally:
                plain.close()
        data = bytes(out)
        if len(data) != total or hashlib.sha256(data).hexdigest() != sha256:
            raise BundleError(
                f"Isi lampiran {sha256[:12]} tidak cocok dengan SHA-256-nya.", reason="invalid"
            )
        return data

    def _recheck(self, index: int) -> OuterHeader:
        old = self._headers[index]
        new = read_header(old.path)
        if new.raw != old.raw:
            raise _damaged(old, "berkas berubah setelah dibuka")
        return new

    def close(self) -> None:
        self._keys.clear()


def _covers(total: int, pieces: list[_Piece], headers: dict[int, OuterHeader]) -> bool:
    at = 0
    for piece in sorted(pieces, key=lambda p: p.offset):
        if piece.part not in headers or piece.offset != at:
            return False
        at += piece.length
    return at == total


def _records(frames: Iterator[tuple[OuterHeader, _Plain, bytes, bytes]], first: OuterHeader,
             expected: int) -> Iterator[tuple[str, dict]]:
    """Rows of the zlib JSON-lines stream carried by the R frames of the record parts."""
    inflate = zlib.decompressobj()
    line = bytearray()
    count = 0
    header = first
    for header, plain, kind, payload in frames:
        if kind == b"A":  # one-file bundles: attachments follow the records
            plain.skip(PIECE_HEAD.unpack(payload)[3])
        if kind != b"R":
            continue
        if inflate.eof:
            raise _invalid(header, "aliran catatan berlanjut setelah selesai")
        data = payload
        while data:
            try:
                out = inflate.decompress(data, MAX_FRAME)
            except zlib.error as exc:
                raise _invalid(header, "aliran catatan tidak dapat dibuka") from exc
            data = inflate.unconsumed_tail
            if inflate.eof and (inflate.unused_data or data):
                raise _invalid(header, "ada data setelah aliran catatan")
            for row in _split_lines(header, line, out):
                count += 1
                if count > expected:
                    raise _invalid(header, "jumlah catatan lebih banyak dari yang tercatat")
                yield row
    if not inflate.eof:
        raise _invalid(header, "aliran catatan terpotong")
    if line:
        raise _invalid(header, "baris catatan terakhir tidak lengkap")
    if count != expected:
        raise _invalid(header, f"{count} catatan, seharusnya {expected}")


def _split_lines(header: OuterHeader, carry: bytearray, out: bytes
                 ) -> Iterator[tuple[str, dict]]:
    """Rows of the complete lines in ``carry + out``; the unfinished tail stays in ``carry``."""
    lines = out.split(b"\n")
    if carry:
        lines[0] = bytes(carry) + lines[0]
        carry.clear()
    carry += lines.pop()
    if len(carry) > MAX_LINE:
        raise _invalid(header, "satu catatan lebih dari 8 MB")
    for raw in lines:
        if len(raw) > MAX_LINE:
            raise _invalid(header, "satu catatan lebih dari 8 MB")
        item = _parse_json(header, raw, "catatan")
        if (type(item) is not list or len(item) != 2 or type(item[0]) is not str
                or type(item[1]) is not dict or not 0 < len(item[0]) <= MAX_TABLE_NAME):
            raise _invalid(header, "catatan bukan pasangan (tabel, baris)")
        yield item[0], item[1]


def _scan(header: OuterHeader, key: bytes) -> _PartScan:
    """Authenticate one whole part and check the order of its frames.

    Part 1: manifest, records, (attachments: one-file bundles), parts table, end.
    Other parts: records only or attachments only, then the end.
    """
    plain = _Plain(header, key)
    manifest = bytearray()
    table = bytearray()
    out = _PartScan()
    stage = 0  # 0 manifest, 1 records, 2 attachments, 3 table
    first = header.part_index == 1
    if not first:
        stage = 1
    try:
        for kind, payload in _frames(plain):
            if kind == b"M" and first and stage == 0:
                manifest += payload
                if len(manifest) > MAX_JSON_BLOB:
                    raise _invalid(header, "manifes terlalu besar")
            elif kind == b"R" and stage <= 1 and (manifest or not first):
                stage = 1
                out.has_records = True
            elif kind == b"A" and stage <= 2 and (manifest or not first) and (
                    first or not out.has_records):
                stage = 2
                if len(payload) != PIECE_HEAD.size:
                    raise _invalid(header, "kepala lampiran tidak sah")
                sha, total, offset, length = PIECE_HEAD.unpack(payload)
                if total > MAX_ATTACHMENT or length > total or offset > total - length:
                    raise _invalid(header, "ukuran lampiran tidak sah")
                out.pieces.append((sha.hex(), total, _Piece(header.part_index, plain.offset,
                                                            offset, length)))
                plain.skip(length)
            elif kind == b"P" and first and manifest:
                stage = 3
                table += payload
                if len(table) > MAX_JSON_BLOB:
                    raise _invalid(header, "daftar bagian terlalu besar")
            elif kind == b"E" and (table or not first):
                pass
            else:
                raise _invalid(header, f"bingkai {kind!r} tidak pada tempatnya")
    finally:
        plain.close()
    if first:
        out.manifest = _parse_json(header, bytes(manifest), "manifes")
        out.table = _parse_json(header, bytes(table), "daftar bagian")
    return out


def _check_table(header: OuterHeader, table: Any, headers: dict[int, OuterHeader]) -> dict:
    """The authenticated parts table of part 1, checked against the supplied parts."""
    count = header.part_count
    ok = (isinstance(table, dict) and type(table.get("records")) is int
          and table["records"] >= 0 and isinstance(table.get("parts"), list)
          and len(table["parts"]) == count)
    if ok:
        for i, entry in enumerate(table["parts"], start=1):
            if (not isinstance(entry, dict) or entry.get("index") != i
                    or entry.get("kind", "records") not in ("records", "attachments")
                    or (i == 1 and entry.get("kind", "records") != "records")):
                ok = False
                break
            if i > 1:
                sha = entry.get("body_sha256")
                if not isinstance(sha, str) or not _HEX64.fullmatch(sha):
                    ok = False
                    break
                if i in headers and headers[i].body_sha256 != sha:
                    raise BundleError(
                        f"Berkas {headers[i].path.name} bukan bagian {i} yang dibuat bersama "
                        f"bagian 1 paket ini.", reason="foreign",
                    )
    if not ok:
        raise _invalid(header, "daftar bagian tidak sah")
    return table


def open_bundle(paths: Sequence[Path], passphrase: str) -> OpenedBundle:
    """Check every part's header and hashes before any decryption, then derive the key (costs
    fixed by the format version), tell a wrong passphrase from damage, and authenticate every
    supplied part. Part 1 (and any part carrying records) is required; missing attachment
    parts are allowed and reported."""
    if not paths:
        raise BundleError("Pilih berkas paket sinkronisasi.", reason="missing")
    headers: dict[int, OuterHeader] = {}
    first_seen: OuterHeader | None = None
    for path in paths:
        h = read_header(Path(path))
        if first_seen is None:
            first_seen = h
        elif (h.bundle_id, h.salt, h.part_count, h.bundle_sha256, h.key_check) != (
            first_seen.bundle_id, first_seen.salt, first_seen.part_count,
            first_seen.bundle_sha256, first_seen.key_check,
        ):
            raise BundleError(
                f"Berkas {first_seen.path.name} dan {h.path.name} bukan bagian dari paket yang "
                "sama.", reason="foreign",
            )
        known = headers.get(h.part_index)
        if known is not None and known.raw != h.raw:
            raise BundleError(
                f"Bagian {h.part_index} dipilih dua kali dengan isi berbeda "
                f"({known.path.name}, {h.path.name}).", reason="foreign",
            )
        headers.setdefault(h.part_index, h)
    assert first_seen is not None
    if 1 not in headers:
        raise BundleError(
            f"Bagian 1 dari {first_seen.part_count} (berisi catatan) belum dipilih; pilih juga "
            "berkas '.part1of...'.", reason="missing",
        )
    for h in headers.values():
        if _body_sha256(h) != h.body_sha256:
            raise BundleError(
                f"Isi berkas paket {h.path.name} rusak (checksum tidak cocok).", reason="damaged"
            )
    if len(headers) == first_seen.part_count:
        whole = hashlib.sha256(
            b"".join(bytes.fromhex(headers[i].body_sha256) for i in sorted(headers))
        ).hexdigest()
        if whole != first_seen.bundle_sha256:
            raise BundleError(
                "Bagian-bagian paket tidak cocok satu sama lain (checksum paket berbeda).",
                reason="foreign",
            )
    master = _kdf(passphrase, first_seen.salt, first_seen.version)
    bid = bytes.fromhex(first_seen.bundle_id)
    if not hmac.compare_digest(_key_check(master, bid), first_seen.key_check):
        raise BundleError("Kata sandi paket salah.", reason="passphrase", field="passphrase")
    one = _scan(headers[1], _part_key(master, bid, 1))
    table = _check_table(headers[1], one.table, headers)
    if not isinstance(one.manifest, dict):
        raise _invalid(headers[1], "manifes bukan objek")
    if not one.has_records:
        raise _invalid(headers[1], "aliran catatan tidak ada")
    pieces = list(one.pieces)
    for entry in table["parts"][1:]:
        i, kind = entry["index"], entry.get("kind", "records")
        if i not in headers:
            if kind == "records":
                raise BundleError(
                    f"Bagian {i} dari {first_seen.part_count} berisi catatan dan belum "
                    "dipilih; catatan hanya dapat dibaca bila semua bagian catatan ada.",
                    reason="missing",
                )
            continue
        part = _scan(headers[i], _part_key(master, bid, i))
        if part.has_records != (kind == "records") or (kind == "records" and part.pieces):
            raise _invalid(headers[i], "isi bagian tidak sesuai daftar bagian")
        pieces += part.pieces
    return OpenedBundle(headers, master, one.manifest, table, _index(headers[1], pieces))


def _index(header: OuterHeader, found: list[tuple]) -> dict[str, tuple[int, list[_Piece]]]:
    index: dict[str, tuple[int, list[_Piece]]] = {}
    for sha, total, piece in found:
        known_total, pieces = index.setdefault(sha, (total, []))
        if known_total != total or any(p.offset == piece.offset for p in pieces):
            raise _invalid(header, f"potongan lampiran {sha[:12]} ganda atau tidak cocok")
        pieces.append(piece)
    for sha, (_total, pieces) in index.items():
        ends = sorted((p.offset, p.offset + p.length) for p in pieces)
        if any(a[1] > b[0] for a, b in zip(ends, ends[1:], strict=False)):
            raise _invalid(header, f"potongan lampiran {sha[:12]} bertumpuk")
    return index


def _body_sha256(h: OuterHeader) -> str:
    digest = hashlib.sha256()
    try:
        with open(h.path, "rb") as fh:
            fh.seek(HEADER_SIZE)
            while block := fh.read(1024 * 1024):
                digest.update(block)
    except OSError as exc:
        raise BundleError(f"Berkas {h.path.name} tidak dapat dibaca: {exc.strerror or exc}.",
                          reason="not_bundle") from exc
    return digest.hexdigest()
