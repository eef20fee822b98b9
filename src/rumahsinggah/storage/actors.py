"""Actors come from sign-in only.

Services must not trust the role an ``Actor`` claims: a caller could build
``Actor(id, "pramu", "admin")`` by hand. Sign-in (``services.signin``) mints actors with a
proof, an HMAC under a secret made fresh in each process, and ``require_role`` on an
encrypted store accepts only a minted actor and then reads the role and the active flag from
the user's current row. Tests may mint actors too (that is what ``mint`` is for); a plain,
unencrypted store (tests and tools only: the application opens encrypted stores only) still
takes an actor's role at its word.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid

from rumahsinggah.storage.audit import Actor

_SECRET = secrets.token_bytes(32)


def _proof(user_id: uuid.UUID | None, username: str) -> bytes:
    message = f"{user_id}:{username.strip().lower()}".encode()
    return hmac.new(_SECRET, message, hashlib.sha256).digest()


def mint(user_id: uuid.UUID, username: str, role: str) -> Actor:
    """An actor for a user who has just proved who they are (sign-in, verify, recovery)."""
    return Actor(user_id=user_id, username=username, role=role, proof=_proof(user_id, username))


def is_minted(actor: Actor) -> bool:
    return (actor.user_id is not None and bool(actor.proof)
            and hmac.compare_digest(actor.proof, _proof(actor.user_id, actor.username)))
