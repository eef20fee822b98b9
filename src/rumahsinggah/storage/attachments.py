"""Files kept beside the store: scans, photos, generated letters.

On an encrypted store every file is sealed with AES-GCM (``cryptography``) under a key derived
from the store key with HKDF, so a copied attachments folder reveals nothing. The row in the
``attachment`` table holds the name the user knows, the kind, the size and the SHA-256 of the
plain content, which :func:`read_bytes` checks on every read.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import uuid
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlmodel import Session

from rumahsinggah.core.errors import DomainError, StoreError
from rumahsinggah.storage.models import Attachment

MAGIC = b"RSA1"  # sealed, key not named (files written before key rotation existed)
MAGIC2 = b"RSA2"  # sealed, followed by the 8-byte id of the store key that sealed it
KEY_ID_BYTES = 8
NONCE_BYTES = 12
MAX_BYTES = 50 * 1024 * 1024


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


def file_path(attachments_dir: Path, attachment: Attachment) -> Path:
    return attachments_dir / attachment.stored_name


def write_file(store, stored_name: str, data: bytes) -> None:
    """Seal ``data`` into the attachments folder, durably (temp file, fsync, rename)."""
    write_sealed(store.paths.attachments / stored_name, _seal(store.key, stored_name, data))


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
        raise DomainError("Berkas lampiran kosong.", field="file")
    if len(data) > MAX_BYTES:
        raise DomainError("Berkas lampiran lebih dari 50 MB.", field="file")
    att_id = uuid.uuid4()
    stored_name = f"{att_id.hex[:2]}/{att_id.hex}.bin"
    write_file(store, stored_name, data)
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
    path = file_path(store.paths.attachments, attachment)
    try:
        blob = path.read_bytes()
    except FileNotFoundError as exc:
        raise StoreError(f"Berkas lampiran '{attachment.filename}' tidak ditemukan.") from exc
    data = _open(store.key, attachment.stored_name, blob)
    if attachment.sha256 and hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise StoreError(f"Berkas lampiran '{attachment.filename}' rusak (checksum berbeda).")
    return data
