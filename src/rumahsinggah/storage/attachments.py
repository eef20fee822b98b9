"""Files kept beside the store: scans, photos, generated letters.

On an encrypted store every file is sealed with AES-GCM (``cryptography``) under a key derived
from the store key with HKDF, so a copied attachments folder reveals nothing. The row in the
``attachment`` table holds the name the user knows, the kind, the size and the SHA-256 of the
plain content, which :func:`read_bytes` checks on every read.

Stored names are plain file names inside the attachments folder (:func:`check_stored_name`),
never paths: a name from a sync bundle could otherwise point at the key file or outside the
store. Files arriving from a bundle are named by their SHA-256 (:func:`incoming_name`),
re-hashed, and staged (:func:`stage_incoming`) in a hidden folder until the importing
transaction commits; a rollback removes them, so a failed import leaves no file.

On a server store (``storage.server``) desks share no folder: the sealed content is a row of
``attachment_content`` (stored name, sealed bytes) written in the user's own transaction, so
a row and its content commit or roll back together and every desk reads the same file.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import tempfile
import uuid
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import event
from sqlmodel import Session

from rumahsinggah.core.errors import DomainError, StoreError
from rumahsinggah.i18n import _
from rumahsinggah.storage.models import Attachment

MAGIC = b"RSA1"  # sealed, key not named (files written before key rotation existed)
MAGIC2 = b"RSA2"  # sealed, followed by the 8-byte id of the store key that sealed it
KEY_ID_BYTES = 8
NONCE_BYTES = 12
MAX_BYTES = 50 * 1024 * 1024
PART_SUFFIX = ".part"
STAGING_DIR = ".masuk"  # starts with a dot: no stored name can ever address it
# A plain file name: starts with a letter or digit, no separators, no "..", no drive, no NUL.
_PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*")
# The fan-out layout of stores made before plain names ("ab/<uuid hex>.bin"): read only.
_LEGACY_NAME = re.compile(r"[0-9a-f]{2}/[0-9a-f]{32}\.bin")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_STAGED_KEY = "rumahsinggah_staged_files"


def _file_key(store_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"rumahsinggah attachments v1"
    ).derive(store_key)


def _key_id(store_key: bytes) -> bytes:
    from rumahsinggah.storage.keys import key_id

    return bytes.fromhex(key_id(store_key))[:KEY_ID_BYTES]


def _seal(store_key: bytes | None, stored_name: str, data: bytes) -> bytes:
    if store_key is None:
        return data
    nonce = os.urandom(NONCE_BYTES)
    return (MAGIC2 + _key_id(store_key) + nonce
            + AESGCM(_file_key(store_key)).encrypt(nonce, data, stored_name.encode()))


def sealed_by(store_key: bytes, blob: bytes) -> bool:
    """True when ``blob`` names ``store_key`` as the key that sealed it."""
    return blob.startswith(MAGIC2) and blob[4 : 4 + KEY_ID_BYTES] == _key_id(store_key)


def _open(store_key: bytes | None, stored_name: str, blob: bytes) -> bytes:
    if store_key is None:
        return blob
    if blob.startswith(MAGIC2):
        body = blob[len(MAGIC2) + KEY_ID_BYTES :]
    elif blob.startswith(MAGIC):
        body = blob[len(MAGIC) :]
    else:
        raise StoreError(f"Lampiran {stored_name} tidak terenkripsi atau rusak.")
    nonce = body[:NONCE_BYTES]
    try:
        return AESGCM(_file_key(store_key)).decrypt(
            nonce, body[NONCE_BYTES:], stored_name.encode()
        )
    except Exception as exc:
        raise StoreError(f"Lampiran {stored_name} rusak atau kuncinya salah.") from exc


def write_sealed(path: Path, blob: bytes) -> None:
    """Replace ``path`` with ``blob`` durably: temp file, fsync, rename (owner-only)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def is_plain_name(stored_name: object) -> bool:
    """A plain file name directly inside the attachments folder (nothing path-like)."""
    return (
        isinstance(stored_name, str)
        and len(stored_name) <= 255
        and _PLAIN_NAME.fullmatch(stored_name) is not None
        and not stored_name.endswith(PART_SUFFIX)
    )


def check_stored_name(stored_name: object) -> str:
    """``stored_name`` if it is a plain file name, else DomainError (nothing is written)."""
    if not is_plain_name(stored_name):
        raise DomainError(
            _("Nama berkas lampiran {value!r} tidak sah: harus nama berkas biasa di dalam "
                  "folder lampiran.").format(value=str(stored_name)[:80]),
            field="stored_name",
        )
    return stored_name  # type: ignore[return-value]


def file_path(attachments_dir: Path, attachment: Attachment) -> Path:
    """Where ``attachment``'s file lives; StoreError for a name that is not one of ours."""
    name = attachment.stored_name
    if not (is_plain_name(name) or _LEGACY_NAME.fullmatch(name or "")):
        raise StoreError(f"Nama berkas lampiran '{attachment.filename}' tidak sah.")
    return attachments_dir / name


CONTENT_TABLE = "attachment_content"
CONTENT_DDL = (f"CREATE TABLE IF NOT EXISTS {CONTENT_TABLE} (stored_name varchar(200) PRIMARY "
               "KEY, sealed bytea NOT NULL)")


def _on_server(store) -> bool:
    return bool(getattr(store, "on_server", False))


def put_sealed(session: Session, stored_name: str, sealed: bytes) -> None:
    """A server store: keep sealed content under ``stored_name`` in the session's transaction
    (content already kept under that name is left as it is: names are unique per content)."""
    from sqlalchemy import text

    session.execute(text(f"INSERT INTO {CONTENT_TABLE} (stored_name, sealed) VALUES (:n, :b) "
                         "ON CONFLICT (stored_name) DO NOTHING"),
                    {"n": check_stored_name(stored_name), "b": sealed})


def has_content(store, session: Session, stored_name: str) -> bool:
    """Whether the content of ``stored_name`` is already kept (file or server row)."""
    if not _on_server(store):
        return (store.paths.attachments / stored_name).exists()
    from sqlalchemy import text

    return session.execute(text(f"SELECT 1 FROM {CONTENT_TABLE} WHERE stored_name = :n"),
                           {"n": stored_name}).first() is not None


def write_file(store, stored_name: str, data: bytes, session: Session | None = None) -> None:
    """Seal ``data`` into the attachments folder, durably (temp file, fsync, rename); on a
    server store, into the content table inside ``session``'s transaction.

    ``stored_name`` must be a plain file name (no separators, "..", absolute or drive paths,
    NUL): DomainError otherwise, and nothing is written.
    """
    check_stored_name(stored_name)
    sealed = _seal(store.key, stored_name, data)
    if _on_server(store):
        if session is None:
            raise StoreError("Lampiran di server hanya dapat disimpan di dalam satu tindakan.")
        put_sealed(session, stored_name, sealed)
        return
    write_sealed(store.paths.attachments / stored_name, sealed)


def incoming_name(sha256: str, attachment_id: uuid.UUID | None = None) -> str:
    """The stored name of a file arriving from a bundle: from its SHA-256 only, plus the
    (validated) row id when given, since ``stored_name`` is unique per attachment row."""
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise DomainError(_("Kode SHA-256 lampiran tidak sah: {value!r}.").format(value=str(sha256)[:80]))
    if attachment_id is None:
        return f"{sha256}.bin"
    return f"{sha256}-{uuid.UUID(str(attachment_id)).hex}.bin"


def stage_incoming(store, session: Session, sha256: str, data: bytes,
                   stored_name: str | None = None) -> str:
    """Keep a file that arrived from a bundle; it appears only when ``session`` commits.

    The content is re-hashed against ``sha256`` and sealed into a temporary file in a hidden
    staging folder inside the attachments folder (same disk: the final rename is atomic).
    After the session's transaction commits the file is renamed to its stored name; after a
    rollback (or a transaction that ends uncommitted) it is removed. Returns the stored name,
    :func:`incoming_name` of the hash unless a plain ``stored_name`` is given.
    """
    name = check_stored_name(stored_name) if stored_name else incoming_name(sha256)
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise DomainError(_("Kode SHA-256 lampiran tidak sah: {value!r}.").format(value=str(sha256)[:80]))
    if len(data) > MAX_BYTES:
        raise DomainError(_("Berkas lampiran lebih dari 50 MB."), field="file")
    if hashlib.sha256(data).hexdigest() != sha256:
        raise DomainError(
            _("Isi lampiran {value} tidak cocok dengan kode SHA-256-nya; tidak disimpan.").format(value=sha256[:12])
        )
    if _on_server(store):  # one transaction holds rows and content: nothing to stage
        put_sealed(session, name, _seal(store.key, name, data))
        return name
    staging = store.paths.attachments / STAGING_DIR
    staging.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = session.info.setdefault(_STAGED_KEY, [])
    _listen(session)
    fd, tmp_name = tempfile.mkstemp(dir=staging, prefix="masuk-", suffix=PART_SUFFIX)
    tmp = Path(tmp_name)
    staged.append((tmp, store.paths.attachments / name))  # registered first: removed on error
    with os.fdopen(fd, "wb") as fh:
        fh.write(_seal(store.key, name, data))
        fh.flush()
        os.fsync(fh.fileno())
    return name


def staged_files(session: Session) -> list[Path]:
    """Files staged in ``session`` and not yet moved or removed (for tests and reports)."""
    return [tmp for tmp, _final in session.info.get(_STAGED_KEY, [])]


def _listen(session: Session) -> None:
    if not event.contains(session, "after_commit", _move_staged):
        event.listen(session, "after_commit", _move_staged)
        event.listen(session, "after_rollback", _remove_staged)
        event.listen(session, "after_transaction_end", _end_of_transaction)


def _move_staged(session: Session) -> None:
    staged = session.info.pop(_STAGED_KEY, [])
    folders = set()
    for tmp, final in staged:
        try:
            os.replace(tmp, final)
            folders.add(final.parent)
        except OSError:
            # The rows are committed; the file stays as a .part that `check` reports.
            pass
    for folder in folders:
        _fsync_dir(folder)


def _remove_staged(session: Session) -> None:
    for tmp, _final in session.info.pop(_STAGED_KEY, []):
        tmp.unlink(missing_ok=True)


def _end_of_transaction(session: Session, transaction) -> None:
    if transaction.parent is None:  # the outermost transaction ended without a commit
        _remove_staged(session)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_bytes(
    store,  # rumahsinggah.storage.store.Store (not imported: avoids a cycle)
    session: Session,
    data: bytes,
    *,
    filename: str,
    kind: str,
    mime: str | None = None,
    client_id: uuid.UUID | None = None,
    stay_id: uuid.UUID | None = None,
    note: str = "",
) -> Attachment:
    """Keep ``data`` as a new attachment inside the caller's transaction.

    The file is written (and flushed to disk) before the row; if the transaction then rolls
    back, the file is left as an orphan that ``rumahsinggah check`` reports, never a row
    without its file.
    """
    if not data:
        raise DomainError(_("Berkas lampiran kosong."), field="file")
    if len(data) > MAX_BYTES:
        raise DomainError(_("Berkas lampiran lebih dari 50 MB."), field="file")
    att_id = uuid.uuid4()
    stored_name = f"{att_id.hex}.bin"
    write_file(store, stored_name, data, session)
    attachment = Attachment(
        id=att_id,
        client_id=client_id,
        stay_id=stay_id,
        kind=kind,
        filename=filename,
        stored_name=stored_name,
        mime=mime or mimetypes.guess_type(filename)[0] or "application/octet-stream",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        note=note,
    )
    session.add(attachment)
    return attachment


def read_bytes(store, attachment: Attachment) -> bytes:
    """The plain content of ``attachment``; raises StoreError if missing or damaged."""
    if _on_server(store):
        blob = _server_blob(store, attachment)
    else:
        path = file_path(store.paths.attachments, attachment)
        try:
            blob = path.read_bytes()
        except FileNotFoundError as exc:
            raise StoreError(
                f"Berkas lampiran '{attachment.filename}' tidak ditemukan.") from exc
    data = _open(store.key, attachment.stored_name, blob)
    if attachment.sha256 and hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise StoreError(f"Berkas lampiran '{attachment.filename}' rusak (checksum berbeda).")
    return data


def _server_blob(store, attachment: Attachment) -> bytes:
    from sqlalchemy import text

    with store.read() as s:
        blob = s.execute(text(f"SELECT sealed FROM {CONTENT_TABLE} WHERE stored_name = :n"),
                         {"n": attachment.stored_name}).scalar()
    if blob is None:
        raise StoreError(f"Berkas lampiran '{attachment.filename}' tidak ditemukan di server.")
    return bytes(blob)
