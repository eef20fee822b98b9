"""Setting up a store and keeping its keys: first set-up, demo store, key rotation, the recovery
key, recovery and restoring a backup (no Qt).

Set-up creates the encrypted store with its facility and first administrator and writes the
key file last (:func:`create_store`); the recovery key it returns opens the store when every
password is forgotten (:func:`recover`) and can be replaced (:func:`replace_recovery_key`).
:func:`rotate_key` re-keys the database, the attachments and the key file. A backup is put in
place with only the backup and a password or the recovery key (:func:`restore_backup`).
Every one of these goes to the audit trail.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlmodel import Session

from rumahsinggah.core.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from rumahsinggah.core.errors import DomainError, StoreError
from rumahsinggah.core.vocab import ROLE_LABELS, FacilityKind, Role
from rumahsinggah.i18n import _
from rumahsinggah.locations import DataPaths
from rumahsinggah.services._account_core import (
    actor_for,
    check_password_policy,
    check_username,
    get_user,
    iso_utc,
    require_admin,
    require_key,
    timestamp,
)
from rumahsinggah.services.signin import (
    RECOVERY_THROTTLE_NAME,
    WRONG_CREDENTIALS,
    SignedIn,
    check_throttle,
    flush_pending,
    open_unlocked,
    record_failure,
    signed_in_as,
)
from rumahsinggah.storage import backup, rekey
from rumahsinggah.storage import keys as keyfile
from rumahsinggah.storage.audit import SYSTEM, Actor, record_event
from rumahsinggah.storage.keys import DEFAULT_KDF, KdfParams, KeyFile, SignInState
from rumahsinggah.storage.models import Facility, User
from rumahsinggah.storage.store import Store, open_store


def is_set_up(paths: DataPaths) -> bool:
    """True when a store and its key file exist in ``paths`` (show sign-in, not set-up)."""
    from rumahsinggah.storage import first_look

    return first_look.is_set_up(paths)


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
    if paths.on_server:
        from rumahsinggah.storage import server_keys

        if server_keys.exists(paths):
            raise DomainError(
                _("Basis data di server {root} sudah disiapkan dan berisi akun. Set-up hanya "
                  "untuk basis data yang baru; tidak ada yang diubah.").format(root=paths.label))
        return
    db = paths.database
    if paths.key_file.exists() or (db.exists() and db.stat().st_size > 0):
        raise DomainError(
            _("Folder {root} sudah berisi basis data Rumah Singgah. Set-up hanya untuk "
                  "folder data yang baru; tidak ada yang diubah.").format(root=paths.root)
        )


def create_store(paths: DataPaths, params: KdfParams, demo: bool,
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
            s.info["actor"] = actor_for(admin)
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
    name = check_username(admin_username)
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

    store, admin, recovery_text, _keys = create_store(paths, _kdf, False, fill)
    with store.write(actor_for(admin)) as s:
        record_event(s, "sign_in", entity="user", record_id=admin.id, details={"method": "setup"})
    return signed_in_as(store, admin), recovery_text


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

    store, admin, _recovery, _keys = create_store(paths, _kdf, True, fill)
    with store.write(actor_for(admin)) as s:
        record_event(s, "sign_in", entity="user", record_id=admin.id, details={"method": "demo"})
    accounts = [(u, str(r), DEMO_PASSWORD) for u, r, _name in DEMO_ACCOUNTS]
    return signed_in_as(store, admin), accounts


def is_demo(paths: DataPaths) -> bool:
    """True when the key file says this store was made by ``create_demo_store``."""
    try:
        return keyfile.load(paths).demo
    except StoreError:
        return False


# ---- keys: rotation, the recovery key, recovery -----------------------------------------


def rotate_key(store: Store, actor: Actor, *, reason: str = "manual",
               progress: rekey.Progress | None = None) -> list[str]:
    """Re-key the database, the attachments and the key file under a new store key
    (administrators only). Kill-safe: an interrupted rotation is finished at the next
    sign-in. Returns the accounts left out (old version-1 entries: they need a reset)."""
    require_admin(store, actor)
    require_key(store)
    _new_key, dropped = rekey.rotate(store, progress)
    with store.write(actor) as s:
        record_event(s, "store_key_rotated", entity="user", record_id=actor.user_id,
                     details={"reason": reason, "left_out": dropped})
    return dropped


def replace_recovery_key(store: Store, paths: DataPaths, actor: Actor, *, rotate: bool = True,
                         progress: rekey.Progress | None = None) -> str:
    """A new recovery key (administrators only), e.g. after the old one was used or exposed.

    The recovery entry gets a new key pair and then (unless ``rotate`` is False) the store is
    re-keyed, so the old recovery key opens neither the store nor any later backup.
    Returns the new key text, to be shown exactly once.
    """
    require_admin(store, actor)
    store_key = require_key(store)
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
    moment = timestamp(now)
    state = SignInState.load(paths)
    check_throttle(paths, state, RECOVERY_THROTTLE_NAME, moment)
    wrong = "Kunci pemulihan salah. Periksa kembali huruf dan angkanya (8 kelompok 4 karakter)."
    try:
        secret = keyfile.parse_recovery_key(recovery_key)
    except ValueError:
        raise record_failure(paths, state, RECOVERY_THROTTLE_NAME, moment, "bad_recovery_key",
                             wrong, field="recovery_key") from None
    store_key = keys.unlock_recovery(secret)
    if store_key is None:
        raise record_failure(paths, state, RECOVERY_THROTTLE_NAME, moment, "bad_recovery_key",
                             wrong, field="recovery_key")
    store = open_unlocked(paths, store_key)
    try:
        with store.write(SYSTEM) as s:
            user = get_user(s, username)
            if not user.active:
                raise DomainError(_("Akun ini nonaktif; pulihkan akun administrator yang aktif."),
                                  field="username")
            flush_pending(s, state)
            s.info["actor"] = actor_for(user)
            record_event(s, "recovery_unlock", entity="user", record_id=user.id,
                         details={"username": user.username})
            record_event(s, "password_reset", entity="user", record_id=user.id,
                         details={"username": user.username, "method": "recovery_key"})
            keys.set_user(user.username, user.id, new_password, store_key)
            keyfile.save(paths, keys)
            result = signed_in_as(store, user)
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

    archive.refuse_server(paths)

    paths.root.mkdir(parents=True, exist_ok=True)
    is_archive = archive.is_archive(source)
    if not source.is_file():
        raise DomainError(_("Berkas cadangan tidak ditemukan: {source}").format(source=source), field="file")
    keys = archive.read_keys(source) if is_archive else keyfile.load(paths)
    moment = timestamp(now)
    state = SignInState.load(paths)
    if recovery_key:
        name = RECOVERY_THROTTLE_NAME
        check_throttle(paths, state, name, moment)
        try:
            store_key = keys.unlock_recovery(keyfile.parse_recovery_key(recovery_key))
        except ValueError:
            store_key = None
        wrong = ("Kunci pemulihan salah untuk cadangan ini. Periksa kembali huruf dan angkanya "
                 "(8 kelompok 4 karakter).")
        field = "recovery_key"
    else:
        name = keyfile.normal_username(username)
        check_throttle(paths, state, name, moment)
        store_key = keys.unlock_user(name, password) if name else None
        wrong, field = WRONG_CREDENTIALS, "password"
    if store_key is None:
        raise record_failure(paths, state, name, moment, "restore_wrong_secret", wrong, field=field)
    if is_archive:
        aside = archive.restore_archive(paths, source, store_key)
    else:
        aside = backup.restore(paths, source, store_key)
    state.failures.pop(name, None)
    state.pending.append({"at": iso_utc(moment), "username": name,
                          "reason": f"restored_from_backup:{source.name}"})
    state.save(paths)  # written to the audit trail by the next sign-in
    return aside
