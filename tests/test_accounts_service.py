"""Accounts service: sign-in, throttle, roles, passwords, recovery and the audit trail."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from accounts_support import ADMIN_PASSWORD, FAST, make_store
from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.core.vocab import Role
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import signin, store_setup, user_accounts
from rumahsinggah.services.signin import SignInThrottled
from rumahsinggah.storage import attachments
from rumahsinggah.storage.keys import DEFAULT_KDF, KdfParams, SignInState
from rumahsinggah.storage.models import Attachment, AuditEvent, Client, User


@pytest.fixture
def admin(paths):
    signed, recovery = make_store(paths)
    signed.recovery = recovery  # handy for the tests below
    yield signed
    signed.store.close()


def _events(store, action: str | None = None) -> list[AuditEvent]:
    with store.read() as s:
        q = select(AuditEvent).order_by(AuditEvent.change_stamp)
        if action:
            q = q.where(AuditEvent.action == action)
        return list(s.exec(q).all())


def _add(admin, name: str, role: str = Role.PEKERJA_SOSIAL, password: str = "sandi-" + "x" * 4):
    return user_accounts.add_user(admin.store, admin.actor, username=name, full_name=f"{name} S",
                             role=role, password=password)


def test_setup_makes_facility_admin_and_signs_in(paths, admin):
    assert store_setup.is_set_up(paths)
    assert admin.user.username == "kepala" and admin.user.role == Role.ADMIN
    assert admin.actor.user_id == admin.user.id
    assert admin.store.key is not None and len(admin.store.key) == 32
    assert len(admin.recovery.split("-")) == 8 and all(len(g) == 4 for g in admin.recovery.split("-"))
    with pytest.raises(DomainError, match="sudah berisi"):
        make_store(paths)
    with admin.store.read() as s:
        assert [u.username for u in user_accounts.list_users(s)] == ["kepala"]
    assert {"store_created", "sign_in"} <= {e.action for e in _events(admin.store)}


def test_setup_validates_input_and_password_policy(tmp_path):
    paths = DataPaths(tmp_path / "baru")
    with pytest.raises(DomainError, match="minimal 8"):
        store_setup.setup(paths, facility_name="RS", facility_code="BJM",
                       facility_kind="rumah_singgah", admin_username="kepala",
                       admin_full_name="Kepala", admin_password="pendek", _kdf=FAST)
    with pytest.raises(DomainError, match="Kode fasilitas"):
        store_setup.setup(paths, facility_name="RS", facility_code="b",
                       facility_kind="rumah_singgah", admin_username="kepala",
                       admin_full_name="Kepala", admin_password="cukup-panjang", _kdf=FAST)
    assert not store_setup.is_set_up(paths) and not paths.key_file.exists()


def test_default_argon2_parameters_meet_owasp(paths):
    assert DEFAULT_KDF.meets_owasp()
    assert DEFAULT_KDF.memory_kib >= 19456 and DEFAULT_KDF.parallelism >= 1
    assert (DEFAULT_KDF.memory_kib >= 47104) or DEFAULT_KDF.iterations >= 2
    assert not KdfParams(memory_kib=19456, iterations=1, parallelism=1).meets_owasp()
    assert not FAST.meets_owasp()
    # A store made with the defaults records them in each entry (one real derivation).
    signed, _recovery = make_store(paths, kdf=DEFAULT_KDF)
    signed.store.close()
    entry = json.loads(paths.key_file.read_text())["users"]["kepala"]
    assert entry["kdf"]["name"] == "argon2id"
    assert KdfParams(entry["kdf"]["memory_kib"], entry["kdf"]["iterations"],
                     entry["kdf"]["parallelism"]).meets_owasp()


def test_sign_in_and_wrong_credentials_do_not_say_which(paths, admin):
    admin.store.close()
    signed = signin.sign_in(paths, "KEPALA", ADMIN_PASSWORD)  # user names ignore case
    signed.store.close()
    with pytest.raises(DomainError) as wrong_password:
        signin.sign_in(paths, "kepala", "salah-sekali")
    with pytest.raises(DomainError) as unknown_user:
        signin.sign_in(paths, "tidakada", ADMIN_PASSWORD)
    assert wrong_password.value.message == unknown_user.value.message
    assert "salah" in wrong_password.value.message
    assert not isinstance(wrong_password.value, SignInThrottled)
    admin.store = signin.sign_in(paths, "kepala", ADMIN_PASSWORD).store
    # Failures made while the store was closed reach the audit trail at the next sign-in.
    failed = _events(admin.store, "sign_in_failed")
    assert {e.username for e in failed} == {"kepala", "tidakada"}
    assert all(e.changes["recorded_later"] for e in failed)
    assert SignInState.load(paths).pending == []


def test_throttle_grows_survives_restart_and_is_not_a_lockout(paths, admin):
    admin.store.close()
    t = 1_000_000.0
    for _ in range(signin.FREE_ATTEMPTS):
        with pytest.raises(DomainError) as exc:
            signin.sign_in(paths, "kepala", "keliru-keliru", now=t)
        assert not isinstance(exc.value, SignInThrottled)
    waits = []
    for _ in range(3):
        # While paused even the right password is not tried.
        with pytest.raises(SignInThrottled) as paused:
            signin.sign_in(paths, "kepala", ADMIN_PASSWORD, now=t)
        waits.append(paused.value.wait_seconds)
        assert "Tunggu" in paused.value.message
        t += paused.value.wait_seconds + 1
        with pytest.raises(DomainError):
            signin.sign_in(paths, "kepala", "keliru-keliru", now=t)
    assert waits[0] < waits[1] < waits[2]
    # The state is on disk: a fresh load (a restarted application) sees the same pause.
    assert SignInState.load(paths).failures["kepala"]["until"] > t
    with pytest.raises(SignInThrottled):
        signin.sign_in(paths, "kepala", ADMIN_PASSWORD, now=t)
    # Other users are not paused by someone else's mistakes.
    t_later = t + signin.MAX_PAUSE_SECONDS + 1
    signed = signin.sign_in(paths, "kepala", ADMIN_PASSWORD, now=t_later)
    admin.store = signed.store
    assert "kepala" not in SignInState.load(paths).failures
    reasons = [e.changes["reason"] for e in _events(signed.store, "sign_in_failed")]
    assert reasons.count("throttled") == 4 and reasons.count("wrong_credentials") == 6


def test_users_roles_and_audit(paths, admin):
    peksos = _add(admin, "Sari.Dewi", Role.PEKERJA_SOSIAL, "sandi-sari-1")
    assert peksos.username == "sari.dewi"
    with pytest.raises(DomainError, match="sudah dipakai"):
        _add(admin, "sari.dewi")
    with pytest.raises(DomainError, match="tidak dikenal"):
        _add(admin, "budi", role="raja")
    with pytest.raises(DomainError, match="minimal 8"):
        _add(admin, "budi", password="1234567")
    sari = signin.sign_in(paths, "sari.dewi", "sandi-sari-1")
    try:
        assert sari.actor.role == Role.PEKERJA_SOSIAL
        with pytest.raises(PermissionDenied):
            _add(sari, "budi")
        with pytest.raises(PermissionDenied):
            user_accounts.set_active(sari.store, sari.actor, "kepala", False)
        with pytest.raises(PermissionDenied):
            user_accounts.reset_password(sari.store, paths, sari.actor, "kepala", "ambil-alih-1")
        with pytest.raises(PermissionDenied):
            user_accounts.change_password(sari.store, paths, sari.actor, "kepala", ADMIN_PASSWORD,
                                     "ambil-alih-1")
        # A user may change their own password.
        user_accounts.change_password(sari.store, paths, sari.actor, "sari.dewi", "sandi-sari-1",
                                 "sandi-sari-2")
        with pytest.raises(DomainError, match="lama salah"):
            user_accounts.change_password(sari.store, paths, sari.actor, "sari.dewi", "bukan-ini",
                                     "sandi-sari-3")
    finally:
        sari.store.close()
    with pytest.raises(DomainError, match="sendiri"):
        user_accounts.set_active(admin.store, admin.actor, "kepala", False)
    # A hand-built "admin" (the only way to reach the last-admin rule) is refused outright.
    with pytest.raises(PermissionDenied, match="sign-in"):
        user_accounts.set_active(admin.store, admin.actor.__class__(None, "lain", "admin"), "kepala",
                            False)

    # Disabled: the password no longer unlocks the store; re-enabled: needs a new password.
    user_accounts.set_active(admin.store, admin.actor, "sari.dewi", False)
    assert not user_accounts.has_password(paths, "sari.dewi")
    with pytest.raises(DomainError, match="salah"):
        signin.sign_in(paths, "sari.dewi", "sandi-sari-2")
    info = user_accounts.set_active(admin.store, admin.actor, "sari.dewi", True)
    assert info.active and not user_accounts.has_password(paths, "sari.dewi")
    user_accounts.reset_password(admin.store, paths, admin.actor, "sari.dewi", "sandi-baru-9")
    signin.sign_in(paths, "sari.dewi", "sandi-baru-9").store.close()

    actions = [e.action for e in _events(admin.store)]
    for action in ("user_added", "password_changed", "password_change_failed", "user_disabled",
                   "user_enabled", "password_reset", "sign_in"):
        assert action in actions, action
    with admin.store.read() as s:
        users = {u.username: u for u in user_accounts.list_users(s)}
        assert set(users) == {"kepala", "sari.dewi"}
        assert s.exec(select(AuditEvent).where(AuditEvent.entity == "user",
                                               AuditEvent.action == "insert")).all()


def test_inactive_row_is_refused_even_with_a_valid_entry(paths, admin):
    _add(admin, "budi", Role.PRAMU_SOSIAL, "sandi-budi-1")
    with admin.store.write(admin.actor) as s:  # e.g. disabled on another desk, then synced
        s.exec(select(User).where(User.username == "budi")).one().active = False
    with pytest.raises(DomainError, match="dinonaktifkan"):
        signin.sign_in(paths, "budi", "sandi-budi-1")
    assert _events(admin.store, "sign_in_refused")


def test_password_change_rewraps_only_that_entry(paths, admin):
    _add(admin, "budi", Role.PRAMU_SOSIAL, "sandi-budi-1")
    _add(admin, "sari", Role.PEKERJA_SOSIAL, "sandi-sari-1")
    before = json.loads(paths.key_file.read_text())
    budi = signin.sign_in(paths, "budi", "sandi-budi-1")
    user_accounts.change_password(budi.store, paths, budi.actor, "budi", "sandi-budi-1",
                             "sandi-budi-2")
    budi.store.close()
    after = json.loads(paths.key_file.read_text())
    assert after["users"]["kepala"] == before["users"]["kepala"]
    assert after["users"]["sari"] == before["users"]["sari"]
    assert after["recovery"] == before["recovery"]
    assert after["users"]["budi"]["wrapped"] != before["users"]["budi"]["wrapped"]
    assert after["users"]["budi"]["kdf"]["salt"] != before["users"]["budi"]["kdf"]["salt"]
    with pytest.raises(DomainError):
        signin.sign_in(paths, "budi", "sandi-budi-1")
    signin.sign_in(paths, "budi", "sandi-budi-2").store.close()
    # The spare copy in the backups folder follows every change.
    assert (paths.backups / paths.key_file.name).read_bytes() == paths.key_file.read_bytes()


def test_verify_password_on_the_open_store(paths, admin):
    _add(admin, "budi", Role.PRAMU_SOSIAL, "sandi-budi-1")
    switched = signin.verify_password(admin.store, paths, "budi", "sandi-budi-1")
    assert switched.store is admin.store and switched.user.username == "budi"
    assert switched.actor.role == Role.PRAMU_SOSIAL
    with pytest.raises(DomainError, match="salah"):
        signin.verify_password(admin.store, paths, "kepala", "keliru-keliru")
    failed = _events(admin.store, "sign_in_failed")
    assert failed and failed[-1].username == "kepala"
    assert not SignInState.load(paths).pending  # written at once: the store was open
    assert _events(admin.store, "sign_in")[-1].changes["method"] == "verify"


def test_recovery_key_really_recovers(paths, admin):
    _add(admin, "budi", Role.PRAMU_SOSIAL, "sandi-budi-1")
    with admin.store.write(admin.actor) as s:
        clients = [Client(full_name=f"Klien Pulih {i}", sex="L", nik=f"63710512019000{i:02d}")
                   for i in range(5)]
        s.add_all(clients)
        s.flush()
        attachments.save_bytes(admin.store, s, b"pindaian KTP", filename="ktp.jpg", kind="ktp",
                               client_id=clients[0].id)
    recovery = admin.recovery
    admin.store.close()
    # Every password is forgotten. A wrong recovery key is refused in Indonesian.
    with pytest.raises(DomainError, match="Kunci pemulihan salah"):
        store_setup.recover(paths, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "kepala",
                         "sandi-pulih-1")
    with pytest.raises(DomainError, match="Kunci pemulihan salah"):
        store_setup.recover(paths, "bukan kunci", "kepala", "sandi-pulih-1")
    # Typed carelessly: lower case, spaces instead of dashes.
    signed = store_setup.recover(paths, recovery.lower().replace("-", " "), "kepala",
                              "sandi-pulih-1")
    admin.store = signed.store
    with signed.store.read() as s:
        names = sorted(c.full_name for c in s.exec(select(Client)).all())
        att = s.exec(select(Attachment)).one()
    assert names == [f"Klien Pulih {i}" for i in range(5)]
    assert attachments.read_bytes(signed.store, att) == b"pindaian KTP"
    assert signed.user.username == "kepala"
    actions = [e.action for e in _events(signed.store)]
    assert "recovery_unlock" in actions
    failed = [e for e in _events(signed.store, "sign_in_failed")
              if e.changes.get("reason") == "bad_recovery_key"]
    assert len(failed) == 2
    signed.store.close()
    with pytest.raises(DomainError):
        signin.sign_in(paths, "kepala", ADMIN_PASSWORD)
    admin.store = signin.sign_in(paths, "kepala", "sandi-pulih-1").store
    # Other users' passwords were untouched.
    signin.sign_in(paths, "budi", "sandi-budi-1").store.close()


def test_demo_store_has_one_account_per_role(paths):
    signed, made = store_setup.create_demo_store(paths, _kdf=FAST)
    signed.store.close()
    assert {role for _u, role, _p in made} == {r.value for r in Role}
    assert all(p == store_setup.DEMO_PASSWORD for _u, _r, p in made)
    assert store_setup.is_demo(paths)
    for username, role, password in made:
        s = signin.sign_in(paths, username, password)
        assert s.user.role == role and "DEMO" in s.user.title
        s.store.close()


def test_replacing_the_recovery_key_rekeys_but_keeps_passwords(paths, admin):
    before = json.loads(paths.key_file.read_text())
    peksos = _add(admin, "budi", Role.PEKERJA_SOSIAL, "sandi-budi-1")
    budi = signin.verify_password(admin.store, paths, "budi", "sandi-budi-1")
    with pytest.raises(PermissionDenied):
        store_setup.replace_recovery_key(admin.store, paths, budi.actor)
    new_key = store_setup.replace_recovery_key(admin.store, paths, admin.actor)
    after = json.loads(paths.key_file.read_text())
    # The password part of every entry is untouched; the store key is new (sealed anew).
    for part in ("wrapped", "nonce", "kdf", "public"):
        assert after["users"]["kepala"][part] == before["users"]["kepala"][part]
    assert after["users"]["kepala"]["sealed"] != before["users"]["kepala"]["sealed"]
    assert after["key_check"] != before["key_check"] and peksos.active
    assert after["recovery"] != before["recovery"]
    admin.store.close()
    with pytest.raises(DomainError, match="Kunci pemulihan salah"):
        store_setup.recover(paths, admin.recovery, "kepala", "sandi-pulih-1")
    admin.store = store_setup.recover(paths, new_key, "kepala", "sandi-pulih-1").store
    assert _events(admin.store, "recovery_key_replaced")
