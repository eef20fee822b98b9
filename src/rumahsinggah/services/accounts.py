"""Accounts: set-up, sign-in, users, passwords and the recovery key (no Qt).

Only a signed-in member of staff can read a client's record: the store is encrypted with a
random key kept wrapped in the key file (:mod:`rumahsinggah.storage.keys`), once per user
(under a key derived from the password) and once under the recovery key. A successful sign-in
unwraps the store key and opens the store; the user's row in ``user`` says who they are and
whether the account is active.

Every sign-in, failure, account change and recovery unlock goes to the audit trail. A failure
before the store is open waits in the sign-in state file beside the key file and is written
to the audit trail by the next successful sign-in.
"""

from __future__ import annotations

import hmac
import re
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session, select

from rumahsinggah.core.errors import DomainError, NotFound, PermissionDenied, StoreError
from rumahsinggah.core.vocab import ROLE_LABELS, FacilityKind, Role
from rumahsinggah.i18n import _
from rumahsinggah.locations import DataPaths
from rumahsinggah.services._common import signed_in_actor
from rumahsinggah.storage import backup, rekey
from rumahsinggah.storage import keys as keyfile
from rumahsinggah.storage.actors import mint
from rumahsinggah.storage.audit import SYSTEM, Actor, record_event
from rumahsinggah.storage.engine import connect_probe
from rumahsinggah.storage.keys import DEFAULT_KDF, KdfParams, KeyFile, SignInState
from rumahsinggah.storage.models import Facility, User
from rumahsinggah.storage.store import Store, open_store

PASSWORD_MIN_LENGTH = 8
DEMO_PASSWORD = "demo12345"
DEMO_ACCOUNTS = (
    ("admin", Role.ADMIN, "Admin Demo"),
    ("kabid", Role.KEPALA_BIDANG, "Kepala Bidang Demo"),
    ("peksos", Role.PEKERJA_SOSIAL, "Pekerja Sosial Demo"),
    ("pramu", Role.PRAMU_SOSIAL, "Pramu Sosial Demo"),
    ("petugas", Role.PETUGAS_ADMIN, "Petugas Administrasi Demo"),
)
# Throttle: the first few mistakes are free, then the pause doubles, capped at 15 minutes.
FREE_ATTEMPTS = 3
FIRST_PAUSE_SECONDS = 5.0
MAX_PAUSE_SECONDS = 15 * 60.0
RECOVERY_THROTTLE_NAME = "#pemulihan"

WRONG_CREDENTIALS = (
    "Nama pengguna atau kata sandi salah. Periksa tombol Caps Lock lalu coba lagi."
)
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")
_SQLITE_HEADER = b"SQLite format 3\x00"


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


# ---- small helpers ----------------------------------------------------------------------


def _info(u: User) -> UserInfo:
    return UserInfo(
        id=u.id, username=u.username, full_name=u.full_name, role=u.role, nip=u.nip,
        title=u.title, facility_id=u.facility_id, active=u.active,
    )


def _actor(u: User | UserInfo) -> Actor:
    return mint(u.id, u.username, u.role)


def _find_user(session: Session, username: str) -> User | None:
    name = keyfile.normal_username(username)
    return session.exec(
        select(User).where(func.lower(User.username) == name, User.deleted_at.is_(None))
    ).first()


def check_password_policy(password: str, *, field: str = "password") -> None:
    if len(password) < PASSWORD_MIN_LENGTH:
        raise DomainError(
            _("Kata sandi terlalu pendek: minimal {PASSWORD_MIN_LENGTH} karakter.").format(PASSWORD_MIN_LENGTH=PASSWORD_MIN_LENGTH), field=field
        )
    if password.strip() != password or not password.strip():
        raise DomainError(_("Kata sandi tidak boleh diawali atau diakhiri spasi."), field=field)


def _check_username(username: str) -> str:
    name = keyfile.normal_username(username)
    if not _USERNAME.match(name):
        raise DomainError(
            _("Nama pengguna harus 2-60 karakter: huruf kecil, angka, titik, garis bawah atau "
            "tanda minus, diawali huruf atau angka."),
            field="username",
        )
    return name


def _check_role(role: str) -> str:
    if role not in {r.value for r in Role}:
        allowed = ", ".join(r.value for r in Role)
        raise DomainError(_("Peran '{role}' tidak dikenal. Pilih salah satu: {allowed}.").format(role=role, allowed=allowed),
                          field="role")
    return str(role)


def _require_admin(store: Store, actor: Actor) -> Actor:
    """The administrator acting, as their row says now (a hand-built actor is refused)."""
    with store.session(actor, readonly=True) as s, s.begin():
        who = signed_in_actor(s)
    if who.role != Role.ADMIN:
        raise PermissionDenied(_("Hanya administrator yang dapat mengelola akun pengguna."))
    return who


def _require_key(store: Store) -> bytes:
    if store.key is None:
        raise StoreError("Basis data ini tidak terenkripsi; akun pengguna tidak dapat dikelola.")
    return store.key


def _now(now: float | None) -> float:
    return time.time() if now is None else now


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds")


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
        state.pending.append({"at": _iso(now), "username": name, "reason": reason})


def _check_throttle(paths: DataPaths, state: SignInState, name: str, now: float) -> None:
    wait = _wait_seconds(state, name, now)
    if wait > 0:
        state.pending.append({"at": _iso(now), "username": name, "reason": "throttled"})
        state.save(paths)
        raise SignInThrottled(wait)


def _fail(paths: DataPaths, state: SignInState, name: str, now: float, reason: str,
          message: str = WRONG_CREDENTIALS, field: str = "password", *,
          pending: bool = True) -> DomainError:
    """Count a failure (``pending``: also keep it for the audit trail) and make the error."""
    _register_failure(state, name, now, reason, pending)
    state.save(paths)
    return DomainError(message, field=field)


def _flush_pending(session: Session, state: SignInState) -> None:
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


def is_set_up(paths: DataPaths) -> bool:
    """True when a store and its key file exist in ``paths`` (show sign-in, not set-up)."""
    from rumahsinggah.storage import first_look

    return first_look.is_set_up(paths)


def _probe(paths: DataPaths, key: bytes) -> None:
    """Explain, in Indonesian, why ``key`` cannot open the database; nothing is written."""
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


def _open(paths: DataPaths, key: bytes, daily_backup: bool = True) -> Store:
    _probe(paths, key)
    return open_store(paths, key, daily_backup=daily_backup)


def run_daily_backup(store: Store) -> Path | None:
    """Make today's (and this week's) encrypted backup if not made yet; the new file or None.

    For callers that signed in with ``daily_backup=False`` to show the main window first: run
    it soon after, off the GUI thread. On a store of 100,000 clients it takes tens of seconds.
    A damaged (read-only) store is not backed up: a copy of damage would push out a good one.
    """
    if store.damaged:
        return None
    return backup.daily_backup(store.paths, store.key)


def _signed_in(store: Store, user: User) -> SignedIn:
    info = _info(user)
    return SignedIn(store=store, user=info, actor=_actor(info))


# ---- set-up and demo --------------------------------------------------------------------


def _guess_zone(standard_code: str) -> str:
    """The facility's zone from its standard's agency address (WIB when unknown)."""
    from rumahsinggah.core.localtime import zone_for_province
    from rumahsinggah.standards import get_registry

    try:
        std = get_registry().get(standard_code) if standard_code else None
    except Exception:  # noqa: BLE001 - set-up must not fail on a broken standards folder
        std = None
    return zone_for_province(std.agency.address if std is not None else "")


def _refuse_existing(paths: DataPaths) -> None:
    db = paths.database
    if paths.key_file.exists() or (db.exists() and db.stat().st_size > 0):
        raise DomainError(
            _("Folder {root} sudah berisi basis data Rumah Singgah. Set-up hanya untuk "
                  "folder data yang baru; tidak ada yang diubah.").format(root=paths.root)
        )


def _create(paths: DataPaths, params: KdfParams, demo: bool,
            fill) -> tuple[Store, User, str, KeyFile]:
    """Create the encrypted store, fill it (one transaction) and write the key file last.

    On any failure the files made here are removed, so set-up can simply be tried again.
    """
    _refuse_existing(paths)
    store_key = keyfile.new_store_key()
    keys = keyfile.new_key_file(store_key, demo=demo, params=params)
    secret, recovery_text = keyfile.new_recovery_key()
    keys.set_recovery(secret, store_key)
    store: Store | None = None
    try:
        store = open_store(paths, store_key, daily_backup=False)
        with store.write(SYSTEM) as s:
            users = fill(s)
            s.flush()
            for user, password in users:
                keys.set_user(user.username, user.id, password, store_key)
            admin = users[0][0]
            s.info["actor"] = _actor(admin)
            record_event(s, "store_created", entity="user", record_id=admin.id,
                         details={"demo": demo, "users": [u.username for u, _role in users]})
        keyfile.save(paths, keys)
    except BaseException:
        if store is not None:
            store.engine.dispose()
        for suffix in ("", "-wal", "-shm", "-journal"):
            paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
        paths.key_file.unlink(missing_ok=True)
        (paths.backups / paths.key_file.name).unlink(missing_ok=True)
        raise
    return store, admin, recovery_text, keys


def setup(
    paths: DataPaths,
    *,
    facility_name: str,
    facility_code: str,
    facility_kind: str,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
    default_standard: str = "",
    _kdf: KdfParams = DEFAULT_KDF,
) -> tuple[SignedIn, str]:
    """Create a new encrypted store with its facility and first administrator.

    Returns the administrator signed in and the recovery key text, to be shown exactly once
    (print it and keep it locked away: it opens the store when every password is forgotten).
    """
    name = _check_username(admin_username)
    check_password_policy(admin_password)
    if not admin_full_name.strip():
        raise DomainError(_("Nama lengkap administrator wajib diisi."), field="admin_full_name")
    if not facility_name.strip():
        raise DomainError(_("Nama fasilitas wajib diisi."), field="facility_name")
    code = facility_code.strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{2,12}", code):
        raise DomainError(_("Kode fasilitas harus 2-12 huruf besar atau angka, misalnya BJM."),
                          field="facility_code")
    if facility_kind not in {k.value for k in FacilityKind}:
        allowed = ", ".join(k.value for k in FacilityKind)
        raise DomainError(_("Jenis fasilitas '{facility_kind}' tidak dikenal ({allowed}).").format(facility_kind=facility_kind, allowed=allowed),
                          field="facility_kind")

    def fill(s: Session) -> list[tuple[User, str]]:
        facility = Facility(name=facility_name.strip(), kind=facility_kind, code=code,
                            default_standard=default_standard,
                            time_zone=_guess_zone(default_standard))
        s.add(facility)
        s.flush()
        admin = User(username=name, full_name=admin_full_name.strip(), role=Role.ADMIN.value,
                     title="Administrator", facility_id=facility.id)
        s.add(admin)
        return [(admin, admin_password)]

    store, admin, recovery_text, _keys = _create(paths, _kdf, False, fill)
    with store.write(_actor(admin)) as s:
        record_event(s, "sign_in", entity="user", record_id=admin.id, details={"method": "setup"})
    return _signed_in(store, admin), recovery_text


def create_demo_store(
    paths: DataPaths, *, _kdf: KdfParams = DEFAULT_KDF
) -> tuple[SignedIn, list[tuple[str, str, str]]]:
    """An encrypted DEMO store with one account per role, all with :data:`DEMO_PASSWORD`.

    Returns the demo administrator signed in and ``(username, role, password)`` per account.
    The key file is marked as demo; the recovery key is not kept (the passwords are public).
    """

    def fill(s: Session) -> list[tuple[User, str]]:
        made = []
        for username, role, full_name in DEMO_ACCOUNTS:
            u = User(username=username, full_name=full_name, role=role.value,
                     title=f"{ROLE_LABELS[role]} (DEMO)")
            s.add(u)
            made.append((u, DEMO_PASSWORD))
        return made

    store, admin, _recovery, _keys = _create(paths, _kdf, True, fill)
    with store.write(_actor(admin)) as s:
        record_event(s, "sign_in", entity="user", record_id=admin.id, details={"method": "demo"})
    accounts = [(u, str(r), DEMO_PASSWORD) for u, r, _name in DEMO_ACCOUNTS]
    return _signed_in(store, admin), accounts


def is_demo(paths: DataPaths) -> bool:
    """True when the key file says this store was made by ``create_demo_store``."""
    try:
        return keyfile.load(paths).demo
    except StoreError:
        return False


# ---- signing in -------------------------------------------------------------------------


def _attempt(paths: DataPaths, name: str, password: str, now: float | None
             ) -> tuple[bytes | None, SignInState, float]:
    """One throttled password attempt: the unwrapped store key (None when wrong), the
    sign-in state to record the outcome in, and the moment of the attempt."""
    from rumahsinggah.storage import archive

    if paths.root.is_dir():
        archive.resume(paths)
    keys = keyfile.load(paths)
    moment = _now(now)
    state = SignInState.load(paths)
    _check_throttle(paths, state, name, moment)
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
        raise _fail(paths, state, name, moment, "wrong_credentials")
    store = _open(paths, store_key, daily_backup)
    if store.damaged:  # damaged or disk full: read-only, and the screens offer a restore
        return _read_only_sign_in(paths, store, state, name)
    try:
        with store.write(SYSTEM) as s:
            user = _find_user(s, name)
            if user is None:
                s.info["actor"] = Actor(None, name)
                record_event(s, "sign_in_failed", entity="user",
                             details={"reason": "no_user_row"})
            elif not user.active:
                s.info["actor"] = _actor(user)
                record_event(s, "sign_in_refused", entity="user", record_id=user.id,
                             details={"reason": "inactive"})
            else:
                _flush_pending(s, state)
                s.info["actor"] = _actor(user)
                record_event(s, "sign_in", entity="user", record_id=user.id,
                             details={"method": "password"})
                result = _signed_in(store, user)
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
            user = _find_user(s, name)
            if user is None:
                raise DomainError(WRONG_CREDENTIALS, field="password")
            if not user.active:
                raise DomainError(_("Akun ini sudah dinonaktifkan."), field="username")
            result = _signed_in(store, user)
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
        raise _fail(paths, state, name, moment, "wrong_credentials")
    if state.failures.pop(name, None) is not None:
        state.save(paths)
    return store_key


def verify_password(store: Store, paths: DataPaths, username: str, password: str, *,
                    now: float | None = None) -> SignedIn:
    """Check a password on the already open store (lock screen, switching user).

    Returns the same store with the (possibly other) user; raises like :func:`sign_in`.
    """
    store_key = _require_key(store)
    name = keyfile.normal_username(username)
    unwrapped, state, moment = _attempt(paths, name, password, now)
    ok = unwrapped is not None and hmac.compare_digest(unwrapped, store_key)
    with store.write(SYSTEM) as s:
        _flush_pending(s, state)  # the store is open: failures go straight to the trail
        user = _find_user(s, name) if ok else None
        if user is None or not user.active:
            s.info["actor"] = Actor(user.id if user else None, name)
            record_event(s, "sign_in_failed" if user is None else "sign_in_refused",
                         entity="user", details={"method": "verify",
                                                 "reason": "wrong_credentials" if user is None
                                                 else "inactive"})
        else:
            s.info["actor"] = _actor(user)
            record_event(s, "sign_in", entity="user", record_id=user.id,
                         details={"method": "verify"})
            result = _signed_in(store, user)
    if user is None:
        raise _fail(paths, state, name, moment, "wrong_credentials", pending=False)
    if not user.active:
        state.save(paths)
        raise DomainError(_("Akun ini sudah dinonaktifkan."), field="username")
    state.failures.pop(name, None)
    state.save(paths)
    return result


# ---- managing users ---------------------------------------------------------------------


def list_users(session: Session) -> list[UserInfo]:
    """Every account (active and disabled), by user name."""
    rows = session.exec(
        select(User).where(User.deleted_at.is_(None)).order_by(User.username)
    ).all()
    return [_info(u) for u in rows]


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
    _require_admin(store, actor)
    store_key = _require_key(store)
    name = _check_username(username)
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
        return _info(user)


def _get_user(s: Session, username: str) -> User:
    user = _find_user(s, username)
    if user is None:
        raise NotFound(_("Pengguna '{normal_username}' tidak ditemukan.").format(normal_username=keyfile.normal_username(username)),
                       field="username")
    return user


def set_active(store: Store, actor: Actor, username: str, active: bool, *,
               rotate: bool = True, progress: rekey.Progress | None = None) -> UserInfo:
    """Disable or re-enable an account (administrators only).

    Disabling also removes the account's entry from the key file and (unless ``rotate`` is
    False: the caller then runs :func:`rotate_key` itself, e.g. in the background) re-keys
    the store, so neither the password nor an old copy of the key file opens anything
    written from now on. A re-enabled account signs in after an administrator sets a new
    password with :func:`reset_password` (see :func:`has_password`).
    """
    _require_admin(store, actor)
    _require_key(store)
    keys = keyfile.load(store.paths)
    with store.write(actor) as s:
        user = _get_user(s, username)
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
            return _info(user)
        user.active = active
        record_event(s, "user_enabled" if active else "user_disabled", entity="user",
                     record_id=user.id, details={"username": user.username})
        if not active and keys.remove_user(user.username):
            keyfile.save(store.paths, keys)
        info = _info(user)
    if not active and rotate:
        rotate_key(store, actor, reason="user_disabled", progress=progress)
    return info


def rotate_key(store: Store, actor: Actor, *, reason: str = "manual",
               progress: rekey.Progress | None = None) -> list[str]:
    """Re-key the database, the attachments and the key file under a new store key
    (administrators only). Kill-safe: an interrupted rotation is finished at the next
    sign-in. Returns the accounts left out (old version-1 entries: they need a reset)."""
    _require_admin(store, actor)
    _require_key(store)
    _new_key, dropped = rekey.rotate(store, progress)
    with store.write(actor) as s:
        record_event(s, "store_key_rotated", entity="user", record_id=actor.user_id,
                     details={"reason": reason, "left_out": dropped})
    return dropped


def change_password(store: Store, paths: DataPaths, actor: Actor, username: str,
                    old_password: str, new_password: str, *, now: float | None = None) -> None:
    """A user changes their own password; only their key-file entry is re-wrapped."""
    store_key = _require_key(store)
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
    moment = _now(now)
    state = SignInState.load(paths)
    _check_throttle(paths, state, name, moment)
    unwrapped = keys.unlock_user(name, old_password)
    if unwrapped is None or not hmac.compare_digest(unwrapped, store_key):
        with store.write(actor) as s:
            record_event(s, "password_change_failed", entity="user",
                         details={"reason": "wrong_old_password"})
        raise _fail(paths, state, name, moment, "wrong_old_password",
                    "Kata sandi lama salah.", field="old_password", pending=False)
    with store.write(actor) as s:
        user = _get_user(s, name)
        record_event(s, "password_changed", entity="user", record_id=user.id)
        keys.set_user(name, user.id, new_password, store_key)
        keyfile.save(paths, keys)
    state.failures.pop(name, None)
    state.save(paths)


def reset_password(store: Store, paths: DataPaths, actor: Actor, username: str,
                   new_password: str) -> None:
    """An administrator sets a new password for another account (also clears its pause)."""
    _require_admin(store, actor)
    store_key = _require_key(store)
    check_password_policy(new_password, field="new_password")
    keys = keyfile.load(paths)
    with store.write(actor) as s:
        user = _get_user(s, username)
        record_event(s, "password_reset", entity="user", record_id=user.id,
                     details={"username": user.username})
        keys.set_user(user.username, user.id, new_password, store_key)
        keyfile.save(paths, keys)
    state = SignInState.load(paths)
    if state.failures.pop(keyfile.normal_username(username), None) is not None:
        state.save(paths)


def replace_recovery_key(store: Store, paths: DataPaths, actor: Actor, *, rotate: bool = True,
                         progress: rekey.Progress | None = None) -> str:
    """A new recovery key (administrators only), e.g. after the old one was used or exposed.

    The recovery entry gets a new key pair and then (unless ``rotate`` is False) the store is
    re-keyed, so the old recovery key opens neither the store nor any later backup.
    Returns the new key text, to be shown exactly once.
    """
    _require_admin(store, actor)
    store_key = _require_key(store)
    keys = keyfile.load(paths)
    secret, text = keyfile.new_recovery_key()
    with store.write(actor) as s:
        record_event(s, "recovery_key_replaced", entity="user", record_id=actor.user_id)
        keys.set_recovery(secret, store_key)
        keyfile.save(paths, keys)
    if rotate:  # the old recovery key may sit in an old key file or backup: re-key
        rotate_key(store, actor, reason="recovery_key_replaced", progress=progress)
    return text


def recover(paths: DataPaths, recovery_key: str, username: str, new_password: str, *,
            now: float | None = None) -> SignedIn:
    """Unlock with the recovery key, give ``username`` a new password and sign them in."""
    check_password_policy(new_password, field="new_password")
    keys = keyfile.load(paths)
    moment = _now(now)
    state = SignInState.load(paths)
    _check_throttle(paths, state, RECOVERY_THROTTLE_NAME, moment)
    wrong = "Kunci pemulihan salah. Periksa kembali huruf dan angkanya (8 kelompok 4 karakter)."
    try:
        secret = keyfile.parse_recovery_key(recovery_key)
    except ValueError:
        raise _fail(paths, state, RECOVERY_THROTTLE_NAME, moment, "bad_recovery_key", wrong,
                    field="recovery_key") from None
    store_key = keys.unlock_recovery(secret)
    if store_key is None:
        raise _fail(paths, state, RECOVERY_THROTTLE_NAME, moment, "bad_recovery_key", wrong,
                    field="recovery_key")
    store = _open(paths, store_key)
    try:
        with store.write(SYSTEM) as s:
            user = _get_user(s, username)
            if not user.active:
                raise DomainError(_("Akun ini nonaktif; pulihkan akun administrator yang aktif."),
                                  field="username")
            _flush_pending(s, state)
            s.info["actor"] = _actor(user)
            record_event(s, "recovery_unlock", entity="user", record_id=user.id,
                         details={"username": user.username})
            record_event(s, "password_reset", entity="user", record_id=user.id,
                         details={"username": user.username, "method": "recovery_key"})
            keys.set_user(user.username, user.id, new_password, store_key)
            keyfile.save(paths, keys)
            result = _signed_in(store, user)
    except BaseException:
        store.close()
        raise
    state.failures.pop(RECOVERY_THROTTLE_NAME, None)
    state.failures.pop(user.username, None)
    state.save(paths)
    return result


# ---- restoring a backup (works when the store is missing or damaged) ----------------------


def restore_backup(paths: DataPaths, source: Path, *, username: str = "", password: str = "",
                   recovery_key: str = "", now: float | None = None) -> Path | None:
    """Put the store of backup ``source`` in place under ``paths``.

    Needs only the backup and either ``username`` + ``password`` of an account in it or
    the ``recovery_key``: the current store is never opened (it may be missing, truncated
    or damaged) and is set aside (renamed), not overwritten. Throttled like sign-in.
    Returns the folder the previous files were set aside in (None: there were none).
    A bare database copy (an older backup) is unlocked with the current key file.
    """
    from rumahsinggah.storage import archive

    paths.root.mkdir(parents=True, exist_ok=True)
    is_archive = archive.is_archive(source)
    if not source.is_file():
        raise DomainError(_("Berkas cadangan tidak ditemukan: {source}").format(source=source), field="file")
    keys = archive.read_keys(source) if is_archive else keyfile.load(paths)
    moment = _now(now)
    state = SignInState.load(paths)
    if recovery_key:
        name = RECOVERY_THROTTLE_NAME
        _check_throttle(paths, state, name, moment)
        try:
            store_key = keys.unlock_recovery(keyfile.parse_recovery_key(recovery_key))
        except ValueError:
            store_key = None
        wrong = ("Kunci pemulihan salah untuk cadangan ini. Periksa kembali huruf dan angkanya "
                 "(8 kelompok 4 karakter).")
        field = "recovery_key"
    else:
        name = keyfile.normal_username(username)
        _check_throttle(paths, state, name, moment)
        store_key = keys.unlock_user(name, password) if name else None
        wrong, field = WRONG_CREDENTIALS, "password"
    if store_key is None:
        raise _fail(paths, state, name, moment, "restore_wrong_secret", wrong, field=field)
    if is_archive:
        aside = archive.restore_archive(paths, source, store_key)
    else:
        aside = backup.restore(paths, source, store_key)
    state.failures.pop(name, None)
    state.pending.append({"at": _iso(moment), "username": name,
                          "reason": f"restored_from_backup:{source.name}"})
    state.save(paths)  # written to the audit trail by the next sign-in
    return aside
