"""Attachments: scans, photos and logos kept as sealed files beside the store.

The one door for files that workflows keep (the client record, settings, intake,
termination). A service checks everything first, then calls :func:`save`; a file written in a
transaction that then rolls back is removed again, so a refused Finish leaves nothing behind
(``rumahsinggah check`` finds no orphan).

Contract:
- ``FileUpload(data, filename, mime=None)``: what a screen hands over (bytes already read).
- ``check_upload(upload, field)``: DomainError for an empty or too large file (no writing).
- ``save(session, upload, kind=..., client_id=None, stay_id=None, note="") -> Attachment``.
- ``add_client_file(session, ClientFileInput) -> uuid``: a scan or photo on a client's record
  (role ``attachment.add``; ``as_photo`` makes it the client's photo, audited).
- ``save_logo(session, upload) -> uuid``: the letterhead logo (role ``settings.edit``).
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass

from sqlalchemy import event
from sqlmodel import Session

from rumahsinggah.core.errors import DomainError
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.services._common import get_client
from rumahsinggah.storage import attachments as files
from rumahsinggah.storage.models import Attachment

WRITTEN = "attachments_written"  # session.info key: files written in this transaction
KINDS = ("foto", "ktp", "kk", "surat_penjamin", "dokumentasi", "surat", "lainnya")


@dataclass(frozen=True)
class FileUpload:
    data: bytes
    filename: str
    mime: str | None = None


def check_upload(upload: FileUpload | None, field: str) -> None:
    if upload is None:
        return
    if not upload.data:
        raise DomainError(f"Berkas {upload.filename or ''} kosong.".replace("  ", " "),
                          field=field)
    if len(upload.data) > files.MAX_BYTES:
        raise DomainError(_("Berkas {filename} lebih dari 50 MB.").format(filename=upload.filename), field=field)


def _store(session: Session):
    store = session.info.get("store")
    if store is None:
        raise RuntimeError("this session was not opened by a Store; it cannot keep files")
    return store


def save(session: Session, upload: FileUpload, *, kind: str, client_id: uuid.UUID | None = None,
         stay_id: uuid.UUID | None = None, note: str = "") -> Attachment:
    """Keep ``upload`` inside the caller's transaction (call it after every check passed)."""
    store = _store(session)
    att = files.save_bytes(store, session, upload.data, filename=upload.filename or "berkas",
                           kind=kind, mime=upload.mime, client_id=client_id, stay_id=stay_id,
                           note=note)
    session.info.setdefault(WRITTEN, []).append(store.paths.attachments / att.stored_name)
    return att


@event.listens_for(Session, "after_rollback")
def _remove_written(session: Session) -> None:
    for path in session.info.pop(WRITTEN, []):
        with contextlib.suppress(OSError):
            path.unlink()


@event.listens_for(Session, "after_commit")
def _keep_written(session: Session) -> None:
    session.info.pop(WRITTEN, None)


@dataclass
class ClientFileInput:
    client_id: uuid.UUID
    upload: FileUpload
    kind: str = "lainnya"
    as_photo: bool = False


def add_client_file(session: Session, data: ClientFileInput) -> uuid.UUID:
    permissions.require(session, "attachment.add")
    client = get_client(session, data.client_id)
    if data.kind not in KINDS:
        raise DomainError(_("Jenis lampiran tidak dikenal."), field="kind")
    check_upload(data.upload, "file")
    att = save(session, data.upload, kind=data.kind, client_id=client.id)
    if data.as_photo:
        session.flush()  # the attachment row exists before the client points at it
        client.photo_attachment_id = att.id  # audited by the store hooks
        session.add(client)
    return att.id


def save_logo(session: Session, upload: FileUpload) -> uuid.UUID:
    permissions.require(session, "settings.edit")
    check_upload(upload, "logo")
    return save(session, upload, kind="lainnya").id
