"""Helpers shared by the workflows: who is acting, role checks, loading a stay."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable

from sqlmodel import Session

from rumahsinggah.core.errors import DomainError, NotFound, PermissionDenied
from rumahsinggah.core.vocab import ROLE_LABELS
from rumahsinggah.i18n import _

# Role groups; which group may do what is ``services.permissions.ACTIONS``.
from rumahsinggah.services.permissions import CASE_STAFF, OFFICE_STAFF, SOCIAL_WORKERS  # noqa: E402,F401
from rumahsinggah.standards import Registry, get_registry
from rumahsinggah.storage.actors import is_minted
from rumahsinggah.storage.audit import SYSTEM, Actor
from rumahsinggah.storage.models import Client, Facility, Stay, User


def actor(session: Session) -> Actor:
    return session.info.get("actor", SYSTEM)


def is_system(who: Actor) -> bool:
    """The system actor (start-up, demo data, imports): no signed-in user, no role."""
    return who.user_id is None and not who.role


FORGED = ("Tindakan ditolak: pengguna tidak dikenali dari proses masuk (sign-in). Keluar lalu "
          "masuk lagi dengan nama pengguna dan kata sandi Anda.")


def signed_in_actor(session: Session) -> Actor:
    """The acting user as the database knows them now.

    On an encrypted store (``session.info['strict_actors']``) the actor must come from
    sign-in (:mod:`rumahsinggah.storage.actors`), the account must exist and be active, and
    the role is the one in the user's row, whatever the actor claims. The system actor
    (start-up, demo data, imports) stays trusted: it is recorded as "sistem", never as a
    person. A plain store (tests, tools) takes the actor as it is.
    """
    who = actor(session)
    if not session.info.get("strict_actors") or who == SYSTEM:
        return who
    if not is_minted(who):
        raise PermissionDenied(FORGED)
    with session.no_autoflush:
        row = session.get(User, who.user_id)
    if row is None or row.deleted_at is not None or not row.active:
        raise PermissionDenied(_("Akun ini tidak aktif lagi; tindakan ditolak. Hubungi "
                               "administrator."))
    return dataclasses.replace(who, role=row.role) if row.role != who.role else who


def require_role(session: Session, allowed: Iterable[str], action: str) -> Actor:
    """Refuse unless the acting user's role is one of ``allowed`` (the system may act on a
    plain store; on an encrypted one the role is read from the signed-in user's row)."""
    who = signed_in_actor(session)
    allowed = [str(r) for r in allowed]
    if is_system(who) or who.role in allowed:
        return who
    mine = ROLE_LABELS.get(who.role, who.role or "tanpa peran")
    names = ", ".join(ROLE_LABELS.get(r, r) for r in allowed)
    raise PermissionDenied(
        _("Peran {mine} tidak berwenang {action}. Tindakan ini hanya dapat dilakukan oleh: "
              "{names}.").format(mine=mine, action=action, names=names))


def registry(session: Session) -> Registry:
    """The standards in use: ``session.info['standards']`` if a caller set one, else the desk's."""
    return session.info.get("standards") or get_registry()


def get_stay(session: Session, stay_id: uuid.UUID) -> Stay:
    stay = session.get(Stay, stay_id)
    if stay is None or stay.deleted_at is not None:
        raise NotFound(_("Kasus tidak ditemukan. Muat ulang daftar lalu coba lagi."), field="stay_id")
    return stay


def get_client(session: Session, client_id: uuid.UUID) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise NotFound(_("Data klien tidak ditemukan."), field="client_id")
    return client


def get_facility(session: Session, facility_id: uuid.UUID) -> Facility:
    facility = session.get(Facility, facility_id)
    if facility is None or facility.deleted_at is not None:
        raise NotFound(_("Fasilitas (rumah singgah / panti) tidak ditemukan."), field="facility_id")
    return facility


def require_text(value: str | None, field: str, label: str) -> str:
    text = (value or "").strip()
    if not text:
        raise DomainError(_("{label} wajib diisi.").format(label=label), field=field)
    return text


def ensure_open(stay: Stay) -> None:
    if stay.closed_at is not None:
        raise DomainError(
            _("Kasus {case_number} sudah ditutup; data layanan tidak dapat ditambahkan.").format(case_number=stay.case_number),
            field="stay_id")
