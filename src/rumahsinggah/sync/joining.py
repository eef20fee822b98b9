"""Adding a desk to a shelter: an invitation (join bundle) made on a desk, joined on the new one.

``invite`` (on an existing desk, by office staff) registers the new desk with its own id and
case-number code (:func:`rumahsinggah.sync.desk.next_desk_code`) and writes a join bundle: the
store's identity, every shared row (facilities, accounts' public data, the people's records),
the attachments, and a copy of this desk's settings (letterhead, signatories) to start from.

``join_new_folder`` makes a new encrypted store from it (its own store key, key file and
recovery key), with one of the shelter's accounts given a password on this desk.
``rejoin_copied`` turns a copied folder into a new desk of the same shelter: new identity,
the data merged with the invitation's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from rumahsinggah.core.errors import DomainError
from rumahsinggah.i18n import _
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import permissions
from rumahsinggah.storage import sequences
from rumahsinggah.storage.audit import SYSTEM, Actor, record_event
from rumahsinggah.storage.models import Attachment, Setting, SyncPartner, User
from rumahsinggah.sync import bundle, merge
from rumahsinggah.sync import desk as desks
from rumahsinggah.sync.container import BundleError, open_bundle, write_bundle


@dataclass
class Invitation:
    paths: list[Path]
    desk_id: str
    code: str


def invite(store: Any, actor: Actor, dest: Path, passphrase: str, *, name: str = "",
           part_size: int | None = None) -> Invitation:
    desks.require_joined(store)
    with store.write(actor) as s:
        permissions.require(s, "desk.invite")
        desks.ensure_own_desk(store, s)
        code = desks.next_desk_code(s)
        desk_id = f"desk-{uuid.uuid4().hex[:12]}"
        desks.note_desk(s, desk_id, code, name.strip()[:100], invited_by=store.site_id)
        up_to = store.clock.next()
        manifest = bundle.build_manifest(store, s, kind="join", to=desk_id, number=0, since=0,
                                         up_to=up_to)
        manifest["join"] = {
            "desk_id": desk_id, "code": code, "name": name.strip()[:100],
            "settings": [{"key": r.key, "value": r.value}
                         for r in s.exec(select(Setting)).scalars() if r.deleted_at is None],
        }
        sources = list(bundle._attachment_sources(store, s, 0))
        paths = write_bundle(dest, passphrase, manifest, merge.export_records(s, 0), sources,
                             part_size=part_size)
        # The new desk holds everything up to here: the first sync to it starts from there.
        s.add(SyncPartner(desk_id=desk_id, code=code, acked_seq=up_to))
        record_event(s, "desk_invite", details={"desk_id": desk_id, "code": code,
                                                "file": dest.name})
    return Invitation(paths, desk_id, code)


def _join_manifest(opened) -> dict[str, Any]:
    manifest = opened.manifest
    if not isinstance(manifest, dict) or manifest.get("format") != bundle.FORMAT:
        raise BundleError("Berkas ini bukan paket Rumah Singgah.", reason="not_bundle")
    join = manifest.get("join")
    if manifest.get("kind") != "join" or not isinstance(join, dict):
        raise DomainError(_("Berkas ini paket sinkronisasi biasa, bukan paket bergabung meja "
                          "baru. Buat paket bergabung dengan 'rumahsinggah desk invite'."))
    for key in ("desk_id", "code"):
        if not isinstance(join.get(key), str) or not 1 <= len(join[key]) <= 40:
            raise BundleError("Manifes paket bergabung tidak sah.", reason="invalid")
    if not isinstance(manifest.get("store_id"), str) or not isinstance(manifest.get("seq_to"),
                                                                       int):
        raise BundleError("Manifes paket bergabung tidak sah.", reason="invalid")
    return manifest


def _merge_all(s: Session, opened) -> merge.MergeResult:
    clock = s.info["clock"]
    result = merge.merge_records(s, opened.records, clock)
    sequences.advance_all(s)
    return result


def _become(store: Any, s: Session, manifest: dict[str, Any]) -> None:
    join = manifest["join"]
    desks.take_identity(store, s, site_id=join["desk_id"], desk_code=join["code"],
                        store_id=manifest["store_id"],
                        store_name=str(manifest.get("store_name") or "")[:200])
    s.add(SyncPartner(desk_id=manifest["origin"], code=str(manifest.get("origin_code"))[:8],
                      have_seq=manifest["seq_to"]))
    desks.note_desk(s, join["desk_id"], join["code"], join.get("name") or "")


def _stage_all(store: Any, s: Session, opened) -> None:
    rows = s.execute(select(Attachment.sha256, Attachment.stored_name)).all()
    summary = bundle.ImportSummary()
    bundle._stage_files(store, s, opened, [(r[0], r[1]) for r in rows], summary)


def join_new_folder(paths: DataPaths, files: list[Path], passphrase: str, username: str,
                    password: str):
    """A new desk in an empty data folder. Returns (signed-in, recovery key text)."""
    from rumahsinggah.services import signin, store_setup, user_accounts
    from rumahsinggah.storage.keys import DEFAULT_KDF

    opened = open_bundle(files, passphrase)
    try:
        manifest = _join_manifest(opened)
        chosen: dict[str, Any] = {}

        def fill(s: Session):
            _merge_all(s, opened)
            user = s.exec(select(User).where(User.username == username.strip().lower(),
                                             User.deleted_at.is_(None))).scalars().first()
            if user is None or not user.active:
                raise DomainError(_("Akun {username} tidak ada (atau tidak aktif) di paket "
                      "bergabung; pilih akun shelter yang sudah ada.").format(username=username),
                                  field="username")
            for row in manifest["join"].get("settings") or []:
                if isinstance(row, dict) and isinstance(row.get("key"), str) and \
                        isinstance(row.get("value"), dict) and len(row["key"]) <= 100:
                    s.add(Setting(key=row["key"], value=row["value"]))
            chosen["user"] = user
            return [(user, password)]

        user_accounts.check_password_policy(password)
        store, admin, recovery, _keys = store_setup.create_store(paths, DEFAULT_KDF, False, fill)
        signed = signin.signed_in_as(store, admin)
        with store.write(SYSTEM) as s:
            _become(store, s, manifest)
            _stage_all(store, s, opened)
            record_event(s, "desk_join", details={"desk_id": store.site_id,
                                                  "code": manifest["join"]["code"]})
    finally:
        opened.close()
    return signed, recovery


def rejoin_copied(store: Any, actor: Actor, files: list[Path], passphrase: str) -> str:
    """Make a copied folder a new desk of its shelter; returns the new desk code."""
    opened = open_bundle(files, passphrase)
    try:
        manifest = _join_manifest(opened)
        with store.write(actor) as s:
            permissions.require(s, "desk.join")
            ident = desks.identity(s)
            if not store.copied and s.exec(select(SyncPartner)).first() is not None:
                raise DomainError(_("Meja ini sudah bergabung dan bertukar paket; paket bergabung "
                                  "hanya untuk folder baru atau salinan."))
            if manifest["store_id"] != ident.store_id:
                raise DomainError(
                    _("Paket bergabung ini untuk {value}, bukan untuk basis data di folder ini.").format(value=manifest.get('store_name') or 'shelter lain'))
            _become(store, s, manifest)
            _merge_all(s, opened)
            _stage_all(store, s, opened)
            record_event(s, "desk_join", details={"desk_id": store.site_id,
                                                  "code": manifest["join"]["code"],
                                                  "copied": True})
    finally:
        opened.close()
    return manifest["join"]["code"]
