"""What the account modules share: staff as screens see them and the checks every change makes.

Private to :mod:`~rumahsinggah.services.signin`, :mod:`~rumahsinggah.services.store_setup`
and :mod:`~rumahsinggah.services.user_accounts` (which expose the public names); no Qt.
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from rumahsinggah.core.errors import DomainError, NotFound, PermissionDenied, StoreError
from rumahsinggah.core.vocab import ROLE_LABELS, Role
from rumahsinggah.i18n import _
from rumahsinggah.services._common import signed_in_actor
from rumahsinggah.storage import keys as keyfile
from rumahsinggah.storage.actors import mint
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import User
from rumahsinggah.storage.store import Store

PASSWORD_MIN_LENGTH = 8
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")


@dataclass(frozen=True)
class UserInfo:
    """A member of staff as screens see it: plain values, never a live row."""

    id: uuid.UUID
    username: str
    full_name: str
    role: str
    nip: str
    title: str
    facility_id: uuid.UUID | None
    active: bool

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def user_info(u: User) -> UserInfo:
    return UserInfo(
        id=u.id, username=u.username, full_name=u.full_name, role=u.role, nip=u.nip,
        title=u.title, facility_id=u.facility_id, active=u.active,
    )


def actor_for(u: User | UserInfo) -> Actor:
    return mint(u.id, u.username, u.role)


def find_user(session: Session, username: str) -> User | None:
    name = keyfile.normal_username(username)
    return session.exec(
        select(User).where(func.lower(User.username) == name, User.deleted_at.is_(None))
    ).first()


def get_user(s: Session, username: str) -> User:
    user = find_user(s, username)
    if user is None:
        raise NotFound(_("Pengguna '{normal_username}' tidak ditemukan.").format(normal_username=keyfile.normal_username(username)),
                       field="username")
    return user


def check_password_policy(password: str, *, field: str = "password") -> None:
    if len(password) < PASSWORD_MIN_LENGTH:
        raise DomainError(
            _("Kata sandi terlalu pendek: minimal {PASSWORD_MIN_LENGTH} karakter.").format(PASSWORD_MIN_LENGTH=PASSWORD_MIN_LENGTH), field=field
        )
    if password.strip() != password or not password.strip():
        raise DomainError(_("Kata sandi tidak boleh diawali atau diakhiri spasi."), field=field)


def check_username(username: str) -> str:
    name = keyfile.normal_username(username)
    if not _USERNAME.match(name):
        raise DomainError(
            _("Nama pengguna harus 2-60 karakter: huruf kecil, angka, titik, garis bawah atau "
            "tanda minus, diawali huruf atau angka."),
            field="username",
        )
    return name


def require_admin(store: Store, actor: Actor) -> Actor:
    """The administrator acting, as their row says now (a hand-built actor is refused)."""
    with store.session(actor, readonly=True) as s, s.begin():
        who = signed_in_actor(s)
    if who.role != Role.ADMIN:
        raise PermissionDenied(_("Hanya administrator yang dapat mengelola akun pengguna."))
    return who


def require_key(store: Store) -> bytes:
    if store.key is None:
        raise StoreError("Basis data ini tidak terenkripsi; akun pengguna tidak dapat dikelola.")
    return store.key


def timestamp(now: float | None) -> float:
    return time.time() if now is None else now


def iso_utc(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds")
