"""Staff accounts: listing, adding, disabling and re-enabling, changing and resetting passwords
(no Qt).

Administrators manage accounts (:func:`require_admin` checks the acting user's row as it is
now); every member of staff changes only their own password. A password lives only wrapped
in the key file, so each change here re-wraps the store key for that account; disabling an
account also re-keys the store (:func:`~rumahsinggah.services.store_setup.rotate_key`).
Every change goes to the audit trail.
"""

from __future__ import annotations

import hmac
import uuid

from sqlalchemy import func
from sqlmodel import Session, select

from rumahsinggah.core.errors import DomainError, NotFound, PermissionDenied
from rumahsinggah.core.vocab import Role
from rumahsinggah.i18n import _
from rumahsinggah.locations import DataPaths
from rumahsinggah.services._account_core import (
    PASSWORD_MIN_LENGTH,
    UserInfo,
    check_password_policy,
    check_username,
    get_user,
    require_admin,
    require_key,
    timestamp,
    user_info,
)
from rumahsinggah.services.signin import check_throttle, record_failure
from rumahsinggah.services.store_setup import rotate_key
from rumahsinggah.storage import keys as keyfile
from rumahsinggah.storage import rekey
from rumahsinggah.storage.audit import Actor, record_event
from rumahsinggah.storage.keys import SignInState
from rumahsinggah.storage.models import Facility, User
from rumahsinggah.storage.store import Store

__all__ = [  # the shared account rules screens and commands use come from here
    "PASSWORD_MIN_LENGTH", "UserInfo", "add_user", "change_password", "check_password_policy",
    "has_password", "list_users", "require_admin", "reset_password", "set_active",
]


def _check_role(role: str) -> str:
    if role not in {r.value for r in Role}:
        allowed = ", ".join(r.value for r in Role)
        raise DomainError(_("Peran '{role}' tidak dikenal. Pilih salah satu: {allowed}.").format(role=role, allowed=allowed),
                          field="role")
    return str(role)


def list_users(session: Session) -> list[UserInfo]:
    """Every account (active and disabled), by user name."""
    rows = session.exec(
        select(User).where(User.deleted_at.is_(None)).order_by(User.username)
    ).all()
    return [user_info(u) for u in rows]


def has_password(paths: DataPaths, username: str) -> bool:
    """False for an account that cannot sign in until an administrator sets a password
    (new rows made outside this module, or a disabled and re-enabled account)."""
    return keyfile.load(paths).has_user(username)


def add_user(
    store: Store,
    actor: Actor,
    *,
    username: str,
    full_name: str,
    role: str,
    password: str,
    nip: str = "",
    title: str = "",
    facility_id: uuid.UUID | None = None,
) -> UserInfo:
    """Create an account (administrators only) with its first password."""
    require_admin(store, actor)
    store_key = require_key(store)
    name = check_username(username)
    role = _check_role(role)
    check_password_policy(password)
    if not full_name.strip():
        raise DomainError(_("Nama lengkap wajib diisi."), field="full_name")
    keys = keyfile.load(store.paths)
    with store.write(actor) as s:
        taken = s.exec(select(User).where(func.lower(User.username) == name)).first()
        if taken is not None:
            raise DomainError(_("Nama pengguna '{name}' sudah dipakai.").format(name=name), field="username")
        if facility_id is not None and s.get(Facility, facility_id) is None:
            raise NotFound(_("Fasilitas tidak ditemukan."), field="facility_id")
        user = User(username=name, full_name=full_name.strip(), role=role, nip=nip.strip(),
                    title=title.strip(), facility_id=facility_id)
        s.add(user)
        s.flush()
        record_event(s, "user_added", entity="user", record_id=user.id,
                     details={"username": name, "role": role})
        keys.set_user(name, user.id, password, store_key)
        keyfile.save(store.paths, keys)  # last: a failure here rolls the row back
        return user_info(user)


def set_active(store: Store, actor: Actor, username: str, active: bool, *,
               rotate: bool = True, progress: rekey.Progress | None = None) -> UserInfo:
    """Disable or re-enable an account (administrators only).

    Disabling also removes the account's entry from the key file and (unless ``rotate`` is
    False: the caller then runs :func:`rotate_key` itself, e.g. in the background) re-keys
    the store, so neither the password nor an old copy of the key file opens anything
    written from now on. A re-enabled account signs in after an administrator sets a new
    password with :func:`reset_password` (see :func:`has_password`).
    """
    require_admin(store, actor)
    require_key(store)
    keys = keyfile.load(store.paths)
    with store.write(actor) as s:
        user = get_user(s, username)
        if not active:
            if user.username == keyfile.normal_username(actor.username):
                raise DomainError(_("Anda tidak dapat menonaktifkan akun Anda sendiri."),
                                  field="username")
            if user.role == Role.ADMIN and user.active:
                admins = s.exec(select(func.count()).select_from(User).where(
                    User.role == Role.ADMIN.value, User.active.is_(True),
                    User.deleted_at.is_(None))).one()
                if admins <= 1:
                    raise DomainError(_("Administrator aktif terakhir tidak dapat dinonaktifkan."),
                                      field="username")
        if user.active == active:
            return user_info(user)
        user.active = active
        record_event(s, "user_enabled" if active else "user_disabled", entity="user",
                     record_id=user.id, details={"username": user.username})
        if not active and keys.remove_user(user.username):
            keyfile.save(store.paths, keys)
        info = user_info(user)
    if not active and rotate:
        rotate_key(store, actor, reason="user_disabled", progress=progress)
    return info


def change_password(store: Store, paths: DataPaths, actor: Actor, username: str,
                    old_password: str, new_password: str, *, now: float | None = None) -> None:
    """A user changes their own password; only their key-file entry is re-wrapped."""
    store_key = require_key(store)
    name = keyfile.normal_username(username)
    if name != keyfile.normal_username(actor.username):
        raise PermissionDenied(
            _("Anda hanya dapat mengganti kata sandi Anda sendiri. Administrator memakai "
            "'atur ulang kata sandi' untuk akun lain.")
        )
    check_password_policy(new_password, field="new_password")
    if new_password == old_password:
        raise DomainError(_("Kata sandi baru harus berbeda dari yang lama."), field="new_password")
    keys = keyfile.load(paths)
    moment = timestamp(now)
    state = SignInState.load(paths)
    check_throttle(paths, state, name, moment)
    unwrapped = keys.unlock_user(name, old_password)
    if unwrapped is None or not hmac.compare_digest(unwrapped, store_key):
        with store.write(actor) as s:
            record_event(s, "password_change_failed", entity="user",
                         details={"reason": "wrong_old_password"})
        raise record_failure(paths, state, name, moment, "wrong_old_password",
                             "Kata sandi lama salah.", field="old_password", pending=False)
    with store.write(actor) as s:
        user = get_user(s, name)
        record_event(s, "password_changed", entity="user", record_id=user.id)
        keys.set_user(name, user.id, new_password, store_key)
        keyfile.save(paths, keys)
    state.failures.pop(name, None)
    state.save(paths)


def reset_password(store: Store, paths: DataPaths, actor: Actor, username: str,
                   new_password: str) -> None:
    """An administrator sets a new password for another account (also clears its pause)."""
    require_admin(store, actor)
    store_key = require_key(store)
    check_password_policy(new_password, field="new_password")
    keys = keyfile.load(paths)
    with store.write(actor) as s:
        user = get_user(s, username)
        record_event(s, "password_reset", entity="user", record_id=user.id,
                     details={"username": user.username})
        keys.set_user(user.username, user.id, new_password, store_key)
        keyfile.save(paths, keys)
    state = SignInState.load(paths)
    if state.failures.pop(keyfile.normal_username(username), None) is not None:
        state.save(paths)
