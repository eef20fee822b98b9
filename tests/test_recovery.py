"""Recoverable on a bad day: restore over a broken store, stand-alone backups, revocation,
actors from sign-in only, and a tamper-evident audit trail (issue 12)."""

from __future__ import annotations

import dataclasses
import shutil
import uuid

import pytest
from sqlmodel import select
from tests.accounts_support import ADMIN_PASSWORD, make_store

from rumahsinggah.cli import common, main
from rumahsinggah.core.errors import DomainError, PermissionDenied, StoreError
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import signin, store_setup, user_accounts
from rumahsinggah.services.decision import DecisionInput, decide
from rumahsinggah.storage import archive, attachments, integrity, rekey
from rumahsinggah.storage import keys as keyfile
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.engine import connect_raw
from rumahsinggah.storage.models import Attachment, AuditEvent, Client

SCAN = b"%PDF-1.4 surat keterangan domisili Siti Aminah\n" * 50


def _fill(signed: signin.SignedIn, name: str) -> uuid.UUID:
    """A client with one attachment; returns the attachment id."""
    store = signed.store
    with store.write(signed.actor) as s:
        client = Client(full_name=name, sex="P")
        s.add(client)
        s.flush()
        att = attachments.save_bytes(store, s, SCAN + name.encode(), filename="ktp.pdf",
                                     kind="dokumen", client_id=client.id)
        return att.id


def _names(store) -> list[str]:
    with store.read() as s:
        return sorted(c.full_name for c in s.exec(select(Client)).all())


@pytest.fixture
def filled(paths):
    signed, recovery = make_store(paths)
    _fill(signed, "Siti Aminah")
    _fill(signed, "Budi Santoso")
    out = paths.root.parent / "usb" / "cadangan.rsbak"
    archive.write_archive(paths, out, signed.store.key)
    _fill(signed, "Sesudah Cadangan")  # not in the backup
    signed.store.close()
    return paths, out, recovery


def _break(paths: DataPaths, how: str) -> None:
    db = paths.database
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    if how == "hilang":
        db.unlink()
    elif how == "terpotong":
        with open(db, "r+b") as fh:
            fh.truncate(db.stat().st_size // 3)
    elif how == "bit":
        data = bytearray(db.read_bytes())
        for offset in (4096 + 1000, 2 * 4096 + 77, len(data) - 500):  # interior pages
            data[offset] ^= 0x10
        db.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["hilang", "terpotong", "bit"])
def test_restore_from_the_command_line_over_a_broken_store(filled, how, capsys, monkeypatch):
    paths, out, _recovery = filled
    _break(paths, how)
    broken = paths.database.read_bytes() if paths.database.exists() else None
    if how != "hilang":  # the store really is unusable (or at least refused for writing)
        with pytest.raises(StoreError):
            signed = signin.sign_in(paths, "kepala", ADMIN_PASSWORD)
            try:
                with signed.store.write(signed.actor) as s:
                    s.add(Client(full_name="Tidak Boleh", sex="L"))
            finally:
                signed.store.close()
    monkeypatch.setenv(common.PASSWORD_ENV, ADMIN_PASSWORD)
    code = main(["--data-dir", str(paths.root), "--user", "kepala", "restore", str(out)])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "dipulihkan" in printed.out
    signed = signin.sign_in(paths, "kepala", ADMIN_PASSWORD)
    try:
        assert _names(signed.store) == ["Budi Santoso", "Siti Aminah"]
        with signed.store.read() as s:
            for att in s.exec(select(Attachment)).all():
                assert attachments.read_bytes(signed.store, att).startswith(SCAN)
    finally:
        signed.store.close()
    # The damaged store was set aside whole, byte for byte, never overwritten.
    aside = sorted(paths.root.glob("disisihkan-*"))
    if broken is None:
        assert not aside or not (aside[0] / "rumahsinggah.sqlite").exists()
    else:
        assert (aside[0] / "rumahsinggah.sqlite").read_bytes() == broken
        assert (aside[0] / "attachments").is_dir()
    report = integrity.check_store(paths, signed.store.key)
    assert report.healthy, [str(v)[:300] for v in report.__dict__.values()]


def test_wrong_password_restores_nothing(filled):
    paths, out, _recovery = filled
    _break(paths, "bit")
    before = paths.database.read_bytes()
    with pytest.raises(DomainError, match="kata sandi salah"):
        store_setup.restore_backup(paths, out, username="kepala", password="bukan-sandinya")
    with pytest.raises(DomainError, match="Kunci pemulihan salah"):
        store_setup.restore_backup(paths, out, recovery_key="AAAA-" * 7 + "AAAA")
    assert paths.database.read_bytes() == before and not list(paths.root.glob("disisihkan-*"))


def test_backup_restored_into_an_empty_folder_with_only_the_recovery_key(filled, tmp_path):
    _paths, out, recovery = filled
    new_pc = DataPaths(tmp_path / "komputer-baru")  # nothing there: no key file, no store
    assert store_setup.restore_backup(new_pc, out, recovery_key=recovery) is None
    signed = store_setup.recover(new_pc, recovery, "kepala", "sandi-baru-kepala")
    try:
        assert _names(signed.store) == ["Budi Santoso", "Siti Aminah"]
        with signed.store.read() as s:
            atts = s.exec(select(Attachment)).all()
            assert len(atts) == 2
            for att in atts:
                assert attachments.read_bytes(signed.store, att).startswith(SCAN)
    finally:
        signed.store.close()
    assert integrity.check_store(new_pc, signed.store.key, checksums=True).healthy


def test_an_archive_damaged_on_the_usb_stick_is_refused(filled, tmp_path):
    paths, out, recovery = filled
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "rusak.rsbak"
    bad.write_bytes(bytes(data))
    before = paths.database.read_bytes()
    with pytest.raises(StoreError):
        store_setup.restore_backup(paths, bad, recovery_key=recovery)
    assert paths.database.read_bytes() == before
    assert not (paths.root / archive.STAGING).exists()


def test_a_disabled_users_old_key_entry_opens_nothing_written_after_rotation(paths, tmp_path):
    admin, _recovery = make_store(paths)
    user_accounts.add_user(admin.store, admin.actor, username="rina", full_name="Rina",
                      role="pramu_sosial", password="sandi-rina-1")
    old_keys = tmp_path / "kunci-lama-rina.keys"  # what Rina kept on her USB stick
    shutil.copy(paths.key_file, old_keys)
    old_key = keyfile.load_path(old_keys).unlock_user("rina", "sandi-rina-1")
    assert old_key == admin.store.key
    user_accounts.set_active(admin.store, admin.actor, "rina", False)  # re-keys the store
    assert admin.store.key != old_key
    att_id = _fill(admin, "Sesudah Rotasi")
    made = archive.write_archive(paths, tmp_path / "sesudah.rsbak", admin.store.key)
    admin.store.close()
    # Rina's old entry still unwraps the OLD key; that key opens nothing written since.
    assert not rekey.opens_with(paths.database, old_key)
    with pytest.raises(Exception):  # noqa: B017 - the driver's "file is not a database"
        connect_raw(paths.database, old_key).execute("SELECT * FROM client").fetchall()
    conn = connect_raw(paths.database, signin.unlock_key(paths, "kepala", ADMIN_PASSWORD))
    stored = conn.execute("SELECT stored_name FROM attachment WHERE id = ?",
                          (att_id.hex,)).fetchone()
    conn.close()
    blob = (paths.attachments / stored[0]).read_bytes()
    with pytest.raises(StoreError):
        attachments._open(old_key, stored[0], blob)
    for path in paths.attachments.rglob("*.bin"):  # older attachments were re-sealed too
        with pytest.raises(StoreError):
            attachments._open(old_key, path.relative_to(paths.attachments).as_posix(),
                              path.read_bytes())
    assert archive.read_keys(made).unlock_user("rina", "sandi-rina-1") is None
    with pytest.raises(StoreError):
        archive.verify_archive(made, old_key)
    with pytest.raises(DomainError):
        signin.sign_in(paths, "rina", "sandi-rina-1")
    # Everyone else still signs in and reads everything.
    signed = signin.sign_in(paths, "kepala", ADMIN_PASSWORD)
    try:
        assert _names(signed.store) == ["Sesudah Rotasi"]
        with signed.store.read() as s:
            att = s.get(Attachment, att_id)
            assert attachments.read_bytes(signed.store, att).startswith(SCAN)
    finally:
        signed.store.close()


def test_a_rotation_killed_half_way_is_finished_at_the_next_sign_in(paths):
    admin, _recovery = make_store(paths)
    _fill(admin, "Siti Aminah")
    old_key = admin.store.key
    new_key = keyfile.new_store_key()
    rekey.begin(paths, keyfile.load(paths), new_key)  # step 1 only: then "killed"
    admin.store.engine.dispose()
    signed = signin.sign_in(paths, "kepala", ADMIN_PASSWORD)
    try:
        assert signed.store.key == new_key and not keyfile.pending_path(paths).exists()
        assert not rekey.opens_with(paths.database, old_key)
        with signed.store.read() as s:
            att = s.exec(select(Attachment)).one()
            assert attachments.read_bytes(signed.store, att).startswith(SCAN)
    finally:
        signed.store.close()


def test_a_forged_actor_is_refused(paths):
    admin, _recovery = make_store(paths)
    for name, role in (("rina", "pramu_sosial"), ("kabid", "kepala_bidang")):
        user_accounts.add_user(admin.store, admin.actor, username=name, full_name=name.title(),
                          role=role, password=f"sandi-{name}-1")
    admin.store.close()
    pramu = signin.sign_in(paths, "rina", "sandi-rina-1")
    kabid_row = next(u for u in user_accounts.list_users(pramu.store.read().__enter__())
                     if u.username == "kabid")
    store = pramu.store
    try:
        forged = [
            Actor(kabid_row.id, "kabid", "kepala_bidang"),  # built by hand with kabid's id
            dataclasses.replace(pramu.actor, role="kepala_bidang"),  # a minted pramu, re-roled
        ]
        decision = DecisionInput(stay_id=uuid.uuid4(), outcome="tampung", reason="layak")
        for actor in forged:
            with pytest.raises(PermissionDenied), store.write(actor) as s:
                decide(s, decision)
        for actor in (Actor(kabid_row.id, "kabid", "admin"),
                      dataclasses.replace(pramu.actor, role="admin")):
            with pytest.raises(PermissionDenied):
                user_accounts.add_user(store, actor, username="penyusup", full_name="Penyusup",
                                  role="admin", password="sandi-penyusup-1")
        assert "penyusup" not in {u.username for u in user_accounts.list_users(
            store.read().__enter__())}
    finally:
        store.close()
    # The real kabid, signed in, passes the role check (and meets the missing case).
    kabid = signin.sign_in(paths, "kabid", "sandi-kabid-1")
    try:
        with pytest.raises(DomainError) as exc, kabid.store.write(kabid.actor) as s:
            decide(s, DecisionInput(stay_id=uuid.uuid4(), outcome="tampung", reason="layak"))
        assert not isinstance(exc.value, PermissionDenied)
    finally:
        kabid.store.close()


def _audit_findings(paths: DataPaths, key: bytes) -> list[str]:
    report = integrity.check_store(paths, key)
    return [f.message for f in report.findings if f.kind == "jejak_audit"]


def test_an_audit_row_deleted_with_raw_sql_is_found_by_check(paths):
    admin, _recovery = make_store(paths)
    for name in ("Satu", "Dua", "Tiga"):
        _fill(admin, name)
    key = admin.store.key
    admin.store.close()
    assert _audit_findings(paths, key) == []
    conn = connect_raw(paths.database, key)
    victim = conn.execute("SELECT id, chain_seq FROM audit_event WHERE action = 'insert' "
                          "ORDER BY chain_seq LIMIT 1 OFFSET 1").fetchone()
    conn.execute("DELETE FROM audit_event WHERE id = ?", (victim[0],))
    conn.close()
    found = _audit_findings(paths, key)
    assert found and "hilang" in found[0] and str(victim[1]) in found[0]
    assert not integrity.check_store(paths, key).healthy


@pytest.mark.parametrize("tamper", ["ubah", "tukar", "ekor"])
def test_a_changed_reordered_or_cut_audit_trail_is_found(paths, tamper):
    admin, _recovery = make_store(paths)
    for name in ("Satu", "Dua"):
        _fill(admin, name)
    key = admin.store.key
    admin.store.close()
    conn = connect_raw(paths.database, key)
    rows = conn.execute("SELECT id, chain_seq FROM audit_event ORDER BY chain_seq").fetchall()
    if tamper == "ubah":
        conn.execute("UPDATE audit_event SET username = 'orang-lain' WHERE id = ?",
                     (rows[2][0],))
    elif tamper == "tukar":
        a, b = rows[2], rows[3]
        conn.execute("UPDATE audit_event SET chain_seq = -1 WHERE id = ?", (a[0],))
        conn.execute("UPDATE audit_event SET chain_seq = ? WHERE id = ?", (a[1], b[0]))
        conn.execute("UPDATE audit_event SET chain_seq = ? WHERE id = ?", (b[1], a[0]))
    else:  # the newest events removed
        conn.execute("DELETE FROM audit_event WHERE chain_seq >= ?", (rows[-2][1],))
    conn.close()
    found = _audit_findings(paths, key)
    assert found, tamper


def test_start_clears_stale_temporary_files_and_safety_copies_rotate(paths):
    import os
    import time

    from rumahsinggah.storage import backup, housekeeping
    from rumahsinggah.storage.store import open_store

    admin, _recovery = make_store(paths)
    key = admin.store.key
    admin.store.close()
    (paths.attachments / "ab").mkdir(exist_ok=True)
    stale = [paths.attachments / "ab" / "x.bin.part", paths.backups / "harian.rsbak.part",
             paths.root / ".rumahsinggah.keys.4242.tmp"]
    fresh = paths.attachments / "ab" / "sedang-ditulis.bin.part"  # another desk, right now
    old = time.time() - 2 * housekeeping.STALE_SECONDS
    for path in [*stale, fresh]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"sisa")
    for path in stale:
        os.utime(path, (old, old))
    store = open_store(paths, key, daily_backup=False)
    try:
        assert not any(p.exists() for p in stale) and fresh.exists()
        for _ in range(backup.SAFETY_KEEP + 3):
            made = backup.safety_copy(paths, "impor", key)
            assert made.stat().st_mode & 0o777 == 0o600
        assert len(list(paths.backups.glob("sebelum-impor-*"))) == backup.SAFETY_KEEP
        out = archive.write_archive(paths, paths.root.parent / "x.rsbak", key)
        assert out.stat().st_mode & 0o777 == 0o600
    finally:
        store.close()


def test_the_audit_chain_head_travels_in_every_backup(paths, tmp_path):
    from rumahsinggah.storage import audit_chain

    admin, _recovery = make_store(paths)
    _fill(admin, "Siti Aminah")
    with admin.store.read() as s:
        heads = audit_chain.head(s)
    made = archive.write_archive(paths, tmp_path / "a.rsbak", admin.store.key)
    admin.store.close()
    assert heads and heads[admin.store.site_id]["seq"] >= 3
    assert archive.manifest(made)["audit_heads"] == heads


def test_rotate_key_from_the_command_line(paths, capsys, monkeypatch):
    admin, _recovery = make_store(paths)
    _fill(admin, "Siti Aminah")
    old_key = admin.store.key
    admin.store.close()
    monkeypatch.setenv(common.PASSWORD_ENV, ADMIN_PASSWORD)
    code = main(["--data-dir", str(paths.root), "--user", "kepala", "users", "rotate-key"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Kunci basis data telah diganti" in out.out
    assert not rekey.opens_with(paths.database, old_key)
    signed = signin.sign_in(paths, "kepala", ADMIN_PASSWORD)
    try:
        assert _names(signed.store) == ["Siti Aminah"]
        with signed.store.read() as s:
            assert attachments.read_bytes(signed.store, s.exec(select(Attachment)).one())
        with signed.store.read() as s:
            actions = [e.action for e in s.exec(select(AuditEvent)).all()]
        assert "store_key_rotated" in actions
    finally:
        signed.store.close()


def test_another_desk_after_a_rotation_is_told_to_sign_in_again(paths):
    admin, _recovery = make_store(paths)
    other = signin.sign_in(paths, "kepala", ADMIN_PASSWORD)  # a second desk, open
    try:
        store_setup.rotate_key(admin.store, admin.actor)
        other.store.engine.dispose()  # its next connection uses the old key
        with pytest.raises(StoreError, match="masuk lagi"), other.store.read() as s:
            s.exec(select(Client)).all()
    finally:
        other.store.close()
        admin.store.close()
