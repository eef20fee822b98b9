"""Desk identity: which shelter's store this is, which desk, and adding a desk to a shelter.

A shelter's store may live on several desks (computers). Each desk has its own id (``site_id``)
and a short code in its case numbers (``BJM-2026-B-00017``); all desks of one shelter share a
store id, and a bundle from another store is refused. These facts are desk-local
(``local_state``): they never travel in a bundle and a partner can never overwrite them.

**Desk codes never clash, without a central office:** the first desk (made by set-up) is
``A`` and gives its invited desks single letters ``B`` .. ``Z``; any other desk ``X`` gives
``X`` plus a letter (``BA``, ``BB``...). A code's parent is its code minus the last letter (or
``A`` for a single letter), so two desks can never hand out the same code. Codes rather than
reserved blocks of numbers: a block runs out and must be coordinated, a code does not, and
the counter staff can read off a case number which desk registered it.

**A copied folder** keeps its desk id, so it would pass as its original. The store remembers a
fingerprint of the machine and the folder path; opened elsewhere, the store is marked as
copied (:attr:`Store.copied`) and refuses to sync until it is joined as a new desk.
"""

from __future__ import annotations

import string
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlmodel import Session

from rumahsinggah.core.errors import DomainError
from rumahsinggah.i18n import _
from rumahsinggah.storage.models import Desk, Facility, LocalState, SyncPartner

DESK_NS = uuid.UUID("0d6f5a61-2c0b-4a7e-8f7e-6c1f2b9d4e55")
ROOT_CODE = "A"


@dataclass(frozen=True)
class DeskIdentity:
    site_id: str
    desk_code: str
    store_id: str
    store_name: str
    head_office: bool


def _state(session: Session) -> dict[str, str]:
    return dict(session.execute(text("SELECT key, value FROM local_state")).all())


def _set(session: Session, key: str, value: str) -> None:
    session.merge(LocalState(key=key, value=value))


def identity(session: Session) -> DeskIdentity:
    st = _state(session)
    name = st.get("store_name") or ""
    if not name:
        first = session.exec(
            select(Facility.name).where(Facility.deleted_at.is_(None)).order_by(Facility.created_at)
        ).scalars().first()
        name = first or ""
    return DeskIdentity(
        site_id=st.get("site_id", ""), desk_code=st.get("desk_code") or ROOT_CODE,
        store_id=st.get("store_id", ""), store_name=name,
        head_office=st.get("head_office") == "1",
    )


def identity_of(store: Any) -> str:
    """A store's desk code (for tests and reports)."""
    with store.read() as s:
        return identity(s).desk_code


def require_joined(store: Any) -> None:
    if getattr(store, "copied", False):
        raise DomainError(
            _("Folder data ini disalin dari meja atau komputer lain. Sebelum bertukar paket, "
            "jadikan meja baru: buat paket bergabung di meja lain ('rumahsinggah desk invite') "
            "lalu jalankan 'rumahsinggah desk join BERKAS' di sini."))


def desk_row_id(desk_id: str) -> uuid.UUID:
    """Every desk writes the same row id for one desk, so registrations merge."""
    return uuid.uuid5(DESK_NS, desk_id)


def note_desk(session: Session, desk_id: str, code: str, name: str = "",
              invited_by: str = "") -> None:
    """Make sure the desk registry knows ``desk_id`` (rows travel; ids are deterministic)."""
    if not desk_id or session.get(Desk, desk_row_id(desk_id)) is not None:
        return
    if session.exec(select(Desk).where(Desk.desk_id == desk_id)).scalars().first() is not None:
        return
    session.add(Desk(id=desk_row_id(desk_id), desk_id=desk_id, code=code or "?", name=name,
                     invited_by=invited_by))
    session.flush()


def ensure_own_desk(store: Any, session: Session) -> None:
    ident = identity(session)
    note_desk(session, store.site_id, ident.desk_code)


def find_partner(session: Session, key: str) -> SyncPartner | None:
    """The partner desk named by its id or its code; its sync state is made on first use."""
    key = key.strip()
    partner = session.get(SyncPartner, key)
    if partner is not None:
        return partner
    desk = session.exec(
        select(Desk).where((Desk.desk_id == key) | (Desk.code == key.upper()))
    ).scalars().first()
    if desk is None:
        found = session.exec(select(SyncPartner).where(SyncPartner.code == key.upper()))
        return found.scalars().first()
    partner = session.get(SyncPartner, desk.desk_id)
    if partner is None:
        partner = SyncPartner(desk_id=desk.desk_id, code=desk.code)
        session.add(partner)
    return partner


def next_desk_code(session: Session) -> str:
    """A code no other desk can hand out (see the module docstring)."""
    own = identity(session).desk_code
    known = set(session.exec(select(Desk.code)).scalars())
    used = int(_state(session).get("invites") or 0)
    letters = string.ascii_uppercase
    candidates = [c for c in letters if c != ROOT_CODE] if own == ROOT_CODE else \
        [own + c for c in letters]
    for n, code in enumerate(candidates, start=1):
        if n > used and code not in known:
            _set(session, "invites", str(n))
            return code
    raise DomainError(_("Meja {own} sudah memberi semua kode meja yang tersedia; undang meja "
          "baru dari meja lain.").format(own=own))


def set_head_office(session: Session, on: bool) -> None:
    """Let this store receive other shelters' bundles (a head office), or stop it."""
    from rumahsinggah.services import permissions

    permissions.require(session, "desk.head_office")
    _set(session, "head_office", "1" if on else "0")


def take_identity(store: Any, session: Session, *, site_id: str, desk_code: str, store_id: str,
                  store_name: str) -> None:
    """Become the desk a join bundle describes (a new folder, or a copied one)."""
    from rumahsinggah.storage.store import folder_fingerprint

    for key, value in (("site_id", site_id), ("desk_code", desk_code), ("store_id", store_id),
                       ("store_name", store_name),
                       ("fingerprint", folder_fingerprint(store.paths)), ("invites", "0")):
        _set(session, key, value)
    session.execute(text("DELETE FROM sync_partner"))
    store.site_id = site_id
    store.copied = False
    session.info["site_id"] = site_id


def store_code(session: Session) -> str:
    code = session.exec(
        select(Facility.code).where(Facility.deleted_at.is_(None)).order_by(Facility.created_at)
    ).scalars().first()
    return code or "RS"


def bundle_folder_default() -> Path:
    """Where the file dialogs for bundles start: the user's documents folder (platformdirs)."""
    import platformdirs

    folder = Path(platformdirs.user_documents_dir())
    return folder if folder.is_dir() else Path.home()
