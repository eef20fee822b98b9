"""Signing in: unlocking the store with a password, throttling mistakes, the lock screen (no Qt).

Only a signed-in member of staff can read a client's record: the store is encrypted with a
random key kept wrapped in the key file (:mod:`rumahsinggah.storage.keys`), once per user
(under a key derived from the password) and once under the recovery key. A successful sign-in
unwraps the store key and opens the store; the user's row in ``user`` says who they are and
whether the account is active.

Every sign-in and failure goes to the audit trail. A failure before the store is open waits in
the sign-in state file beside the key file and is written to the audit trail by the next
successful sign-in. The throttle (:func:`check_throttle`, :func:`record_failure`) also guards
the recovery key (:mod:`~rumahsinggah.services.store_setup`) and password changes
(:mod:`~rumahsinggah.services.user_accounts`).
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from rumahsinggah.core.errors import DomainError, StoreError
from rumahsinggah.i18n import _
from rumahsinggah.locations import DataPaths
from rumahsinggah.services._account_core import (
    UserInfo,
    actor_for,
    find_user,
    iso_utc,
    require_key,
    timestamp,
    user_info,
)
from rumahsinggah.storage import backup, rekey
from rumahsinggah.storage import keys as keyfile
from rumahsinggah.storage.audit import SYSTEM, Actor, record_event
from rumahsinggah.storage.engine import connect_probe
from rumahsinggah.storage.keys import SignInState
from rumahsinggah.storage.models import User
from rumahsinggah.storage.store import Store, open_store

# Throttle: the first few mistakes are free, then the pause doubles, capped at 15 minutes.
FREE_ATTEMPTS = 3
FIRST_PAUSE_SECONDS = 5.0
MAX_PAUSE_SECONDS = 15 * 60.0
RECOVERY_THROTTLE_NAME = "#pemulihan"

WRONG_CREDENTIALS = (
    "Nama pengguna atau kata sandi salah. Periksa tombol Caps Lock lalu coba lagi."
)
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class SignedIn:
    """An open store and who opened it. ``actor`` goes to ``store.write(actor)``."""

    store: Store
    user: UserInfo
    actor: Actor

    @property
    def read_only(self) -> bool:
        """The store failed its check at sign-in (or the disk is full): reading only; the
        screens offer a restore (``store.damage`` says what was found)."""
        return self.store.damaged


class SignInThrottled(DomainError):
    """Too many wrong attempts: wait ``wait_seconds`` before the next one."""

    def __init__(self, wait_seconds: float) -> None:
        self.wait_seconds = max(1, int(wait_seconds + 0.999))
        minutes, seconds = divmod(self.wait_seconds, 60)
        span = f"{minutes} menit {seconds} detik" if minutes else f"{seconds} detik"
        super().__init__(
            f"Terlalu banyak percobaan yang salah. Tunggu {span} lalu coba lagi.",
            field="password",
        )


def signed_in_as(store: Store, user: User) -> SignedIn:
    info = user_info(user)
    return SignedIn(store=store, user=info, actor=actor_for(info))


# ---- throttle ---------------------------------------------------------------------------


def _wait_seconds(state: SignInState, name: str, now: float) -> float:
    entry = state.failures.get(name)
    return max(0.0, entry["until"] - now) if entry else 0.0


def _register_failure(state: SignInState, name: str, now: float, reason: str,
                      pending: bool) -> None:
    entry = state.failures.setdefault(name, {"count": 0.0, "until": 0.0})
    entry["count"] += 1
    over = int(entry["count"]) - FREE_ATTEMPTS
    if over >= 0:
        entry["until"] = now + min(FIRST_PAUSE_SECONDS * 2**over, MAX_PAUSE_SECONDS)
    if pending:
        state.pending.append({"at": iso_utc(now), "username": name, "reason": reason})


def check_throttle(paths: DataPaths, state: SignInState, name: str, now: float) -> None:
    wait = _wait_seconds(state, name, now)
    if wait > 0:
        state.pending.append({"at": iso_utc(now), "username": name, "reason": "throttled"})
        state.save(paths)
        raise SignInThrottled(wait)


def record_failure(paths: DataPaths, state: SignInState, name: str, now: float, reason: str,
                   message: str = WRONG_CREDENTIALS, field: str = "password", *,
                   pending: bool = True) -> DomainError:
    """Count a failure (``pending``: also keep it for the audit trail) and make the error."""
    _register_failure(state, name, now, reason, pending)
    state.save(paths)
    return DomainError(message, field=field)


def flush_pending(session: Session, state: SignInState) -> None:
    """Copy failures recorded while the store was closed into the audit trail."""
    actor = session.info.get("actor", SYSTEM)
    for item in state.pending:
        name = str(item.get("username", ""))[:60]
        session.info["actor"] = Actor(user_id=None, username=name or "?")
        reason = str(item.get("reason", ""))
        record_event(session, "store_restored" if reason.startswith("restored_from_backup")
                     else "sign_in_failed", entity="user", details={
            "at": item.get("at", ""), "reason": item.get("reason", ""), "recorded_later": True,
        })
    session.info["actor"] = actor
    state.pending = []


# ---- opening the store ------------------------------------------------------------------


def _probe(paths: DataPaths, key: bytes) -> None:
    """Explain, in Indonesian, why ``key`` cannot open the database; nothing is written."""
    if paths.on_server:
        return  # the key was unwrapped from the server's own key row: nothing to compare
    db = paths.database
    if not db.exists() or db.stat().st_size == 0:
        raise StoreError(
            f"Basis data {db.name} tidak ditemukan di {paths.root}, padahal berkas kuncinya "
            "ada. Pulihkan basis data dari cadangan ('rumahsinggah restore') atau pilih folder "
            "data yang benar."
        )
    with open(db, "rb") as fh:
        header = fh.read(len(_SQLITE_HEADER))
    if header == _SQLITE_HEADER:
        raise StoreError(
            f"Berkas {db.name} adalah basis data SQLite biasa yang tidak terenkripsi, bukan "
            "basis data Rumah Singgah yang diamankan. Berkas tidak diubah. Pulihkan basis data "
            "terenkripsi dari folder backups."
        )
    try:
        conn = connect_probe(db, key)  # read-only: looking writes nothing
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except DatabaseError as exc:  # SQLAlchemy wraps; the driver's own error is below
        raise _mismatch(paths) from exc
    except Exception as exc:
        reason = str(exc).lower()
        if "not a database" in reason:
            raise _mismatch(paths) from exc
        if "malformed" in reason or "corrupt" in reason:
            raise StoreError(
                f"Basis data {db.name} rusak (mungkin terpotong) dan tidak dapat dibuka. Berkas "
                "tidak diubah. Pulihkan dari cadangan: tombol 'Pulihkan dari cadangan' di "
                "jendela masuk, atau 'rumahsinggah restore BERKAS'.") from exc
        raise StoreError(f"Basis data {db.name} tidak dapat dibuka: {exc}") from exc


def _mismatch(paths: DataPaths) -> StoreError:
    return StoreError(
        f"Berkas kunci {paths.key_file.name} tidak cocok dengan basis data {paths.database.name} "
        "(berkas kunci dari folder lain, atau basis data rusak). Tidak ada berkas yang diubah. "
        "Pakai berkas kunci yang dibuat bersama basis data ini, atau pulihkan dari cadangan."
    )


def open_unlocked(paths: DataPaths, key: bytes, daily_backup: bool = True) -> Store:
    _probe(paths, key)
    return open_store(paths, key, daily_backup=daily_backup)


def run_daily_backup(store: Store) -> Path | None:
    """Make today's (and this week's) encrypted backup if not made yet; the new file or None.

    For callers that signed in with ``daily_backup=False`` to show the main window first: run
    it soon after, off the GUI thread. On a store of 100,000 clients it takes tens of seconds.
    A damaged (read-only) store is not backed up: a copy of damage would push out a good one.
    """
    if store.damaged or store.on_server:  # a server is backed up by its administrator
        return None
    return backup.daily_backup(store.paths, store.key)


# ---- signing in -------------------------------------------------------------------------


def _attempt(paths: DataPaths, name: str, password: str, now: float | None
             ) -> tuple[bytes | None, SignInState, float]:
    """One throttled password attempt: the unwrapped store key (None when wrong), the
    sign-in state to record the outcome in, and the moment of the attempt."""
    from rumahsinggah.storage import archive

    if paths.root.is_dir():
        archive.resume(paths)
    keys = keyfile.load(paths)
    moment = timestamp(now)
    state = SignInState.load(paths)
    check_throttle(paths, state, name, moment)
    key = keys.unlock_user(name, password)
    if keyfile.pending_path(paths).exists():  # a key rotation a kill interrupted
        key = rekey.resume(paths, name, password, key) or key
    return key, state, moment


def sign_in(paths: DataPaths, username: str, password: str, *, now: float | None = None,
            daily_backup: bool = True) -> SignedIn:
    """Unlock and open the store as ``username``.

    Wrong user name or password: DomainError (the same message for both). After
    :data:`FREE_ATTEMPTS` mistakes the pause before the next attempt doubles each time
    (SignInThrottled); it survives a restart and is never a permanent lock-out. A missing,
    damaged or foreign key file or database: StoreError; nothing is written.

    The first sign-in of the day makes the daily backup before returning (seconds on a large
    store); ``daily_backup=False`` leaves that to :func:`run_daily_backup`.
    """
    name = keyfile.normal_username(username)
    store_key, state, moment = _attempt(paths, name, password, now)
    if store_key is None:
        raise record_failure(paths, state, name, moment, "wrong_credentials")
    store = open_unlocked(paths, store_key, daily_backup)
    if store.damaged:  # damaged or disk full: read-only, and the screens offer a restore
        return _read_only_sign_in(paths, store, state, name)
    try:
        with store.write(SYSTEM) as s:
            user = find_user(s, name)
            if user is None:
                s.info["actor"] = Actor(None, name)
                record_event(s, "sign_in_failed", entity="user",
                             details={"reason": "no_user_row"})
            elif not user.active:
                s.info["actor"] = actor_for(user)
                record_event(s, "sign_in_refused", entity="user", record_id=user.id,
                             details={"reason": "inactive"})
            else:
                flush_pending(s, state)
                s.info["actor"] = actor_for(user)
                record_event(s, "sign_in", entity="user", record_id=user.id,
                             details={"method": "password"})
                result = signed_in_as(store, user)
        if user is None:
            raise DomainError(WRONG_CREDENTIALS, field="password")
        if not user.active:
            raise DomainError(
                _("Akun ini sudah dinonaktifkan. Hubungi administrator bila perlu diaktifkan lagi."),
                field="username",
            )
    except BaseException:
        store.close()
        raise
    state.failures.pop(name, None)
    state.save(paths)
    return result


def _read_only_sign_in(paths: DataPaths, store: Store, state: SignInState,
                       name: str) -> SignedIn:
    """Sign in to a store that cannot be written: nothing is recorded (nothing can be)."""
    try:
        with store.read() as s:
            user = find_user(s, name)
            if user is None:
                raise DomainError(WRONG_CREDENTIALS, field="password")
            if not user.active:
                raise DomainError(_("Akun ini sudah dinonaktifkan."), field="username")
            result = signed_in_as(store, user)
    except BaseException:
        store.close()
        raise
    state.failures.pop(name, None)
    state.save(paths)
    return result


def unlock_key(paths: DataPaths, username: str, password: str, *, now: float | None = None
               ) -> bytes:
    """Only unwrap the store key (throttled like :func:`sign_in`) without opening the store.

    For tools that must not open the store the normal way (the integrity check of a damaged
    file). A failure waits for the audit trail; a success is not recorded (nothing is opened).
    """
    name = keyfile.normal_username(username)
    store_key, state, moment = _attempt(paths, name, password, now)
    if store_key is None:
        raise record_failure(paths, state, name, moment, "wrong_credentials")
    if state.failures.pop(name, None) is not None:
        state.save(paths)
    return store_key


def verify_password(store: Store, paths: DataPaths, username: str, password: str, *,
                    now: float | None = None) -> SignedIn:
    """Check a password on the already open store (lock screen, switching user).

    Returns the same store with the (possibly other) user; raises like :func:`sign_in`.
    """
    store_key = require_key(store)
    name = keyfile.normal_username(username)
    unwrapped, state, moment = _attempt(paths, name, password, now)
    ok = unwrapped is not None and hmac.compare_digest(unwrapped, store_key)
    with store.write(SYSTEM) as s:
        flush_pending(s, state)  # the store is open: failures go straight to the trail
        user = find_user(s, name) if ok else None
        if user is None or not user.active:
            s.info["actor"] = Actor(user.id if user else None, name)
            record_event(s, "sign_in_failed" if user is None else "sign_in_refused",
                         entity="user", details={"method": "verify",
                                                 "reason": "wrong_credentials" if user is None
                                                 else "inactive"})
        else:
            s.info["actor"] = actor_for(user)
            record_event(s, "sign_in", entity="user", record_id=user.id,
                         details={"method": "verify"})
            result = signed_in_as(store, user)
    if user is None:
        raise record_failure(paths, state, name, moment, "wrong_credentials", pending=False)
    if not user.active:
        state.save(paths)
        raise DomainError(_("Akun ini sudah dinonaktifkan."), field="username")
    state.failures.pop(name, None)
    state.save(paths)
    return result
