"""Sync between desks of one shelter: merge per field, kept conflicts, receipts, gaps, origin."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import attachments, backup
from rumahsinggah.storage.audit import SYSTEM, Actor
from rumahsinggah.storage.models import (
    Attachment,
    AuditEvent,
    Client,
    Setting,
    Stay,
    SyncConflict,
    User,
)
from rumahsinggah.storage.store import open_store
from rumahsinggah.sync import bundle, conflicts, desk
from sync_support import PASS, Desks, clients, register, snapshot

pytestmark = pytest.mark.both_engines


@pytest.fixture
def two(tmp_path):
    d = Desks(tmp_path, 2)
    yield d
    d.close()


@pytest.fixture
def three(tmp_path):
    d = Desks(tmp_path, 3)
    yield d
    d.close()


def _edit(store, client_id, **values):
    with store.write() as s:
        c = s.get(Client, client_id)
        for k, v in values.items():
            setattr(c, k, v)
        s.add(c)


def test_round_trip_with_attachment_audit_and_repeat_import_is_a_no_op(two, tmp_path):
    a, b = two.stores
    r = register(a, "Joko Susilo")
    with a.write() as s:
        attachments.save_bytes(a, s, b"scan KTP Joko", filename="ktp.jpg", kind="ktp",
                               client_id=r.client_id)
    files = two.bundle(a, b)
    assert b"Joko" not in files[0].read_bytes()
    first = bundle.import_bundle(b, SYSTEM, files, PASS)
    assert first.inserted >= 3 and first.attachments == 1 and first.conflicts == 0
    with b.read() as s:
        att = s.exec(select(Attachment)).one()
        assert attachments.read_bytes(b, att) == b"scan KTP Joko"
        assert s.exec(select(AuditEvent).where(AuditEvent.client_id == r.client_id)).first()
    before = snapshot(b)
    again = bundle.import_bundle(b, SYSTEM, files, PASS)
    assert again.inserted == again.updated == again.conflicts == 0
    assert snapshot(b) == before


def test_registering_works_after_importing_a_partner_and_numbers_never_clash(two):
    a, b = two.stores
    on_a = [register(a, f"Orang A{i}").case_number for i in range(3)]
    on_b = [register(b, f"Orang B{i}").case_number for i in range(3)]
    assert on_a[0].endswith("-A-00001") and on_b[0].endswith("-B-00001")
    two.send(a, b)
    two.send(b, a)
    later_b = register(b, "Sesudah impor").case_number
    later_a = register(a, "Sesudah impor juga").case_number
    assert later_b.endswith("-B-00004") and later_a.endswith("-A-00004")
    with a.read() as s:
        numbers_a = sorted(s.exec(select(Stay.case_number)))
    with b.read() as s:
        numbers_b = sorted(s.exec(select(Stay.case_number)))
    two.send(a, b)
    two.send(b, a)
    assert snapshot(a)["stay"] == snapshot(b)["stay"]
    assert len(numbers_a) == len(set(numbers_a)) == 7 and len(numbers_b) == 7


def test_own_cases_coming_back_after_a_restore_advance_the_counter(two, tmp_path):
    a, b = two.stores
    copy = tmp_path / "copy.sqlite"
    backup.backup_file(a.paths.database, copy, a.key)
    taken = register(a, "Sebelum pemulihan").case_number
    two.send(a, b)
    a.engine.dispose()
    backup.restore(a.paths, copy, a.key)
    a2 = open_store(a.paths, key=a.key, daily_backup=False)
    two.stores[0] = a2
    # The counter survived the restore: the number handed out before is not handed out again.
    after = register(a2, "Sesudah pemulihan").case_number
    assert after != taken
    two.send(b, a2)  # the lost case comes back from the partner
    with a2.read() as s:
        numbers = sorted(s.exec(select(Stay.case_number)))
    assert taken in numbers and after in numbers
    assert register(a2, "Lagi").case_number not in numbers


def test_edits_to_different_fields_both_survive(two):
    a, b = two.stores
    r = register(a, "Siti Rahma")
    two.send(a, b)
    _edit(a, r.client_id, nickname="Rahma")
    _edit(b, r.client_id, address="Jl. Veteran 3")
    two.send(a, b)
    two.send(b, a)
    for st in (a, b):
        c = clients(st)[r.client_id]
        assert (c.nickname, c.address) == ("Rahma", "Jl. Veteran 3")
    assert snapshot(a) == snapshot(b)
    with a.read() as s:
        assert s.exec(select(SyncConflict)).first() is None


def test_same_field_on_two_desks_keeps_the_loser_as_a_conflict_and_resolving_is_audited(two):
    a, b = two.stores
    r = register(a, "Andi")
    two.send(a, b)
    _edit(a, r.client_id, nickname="Andi A")
    _edit(b, r.client_id, nickname="Andi B")  # later stamp: wins on both desks
    result = two.send(a, b)
    assert result.conflicts == 1
    two.send(b, a)
    assert clients(a)[r.client_id].nickname == clients(b)[r.client_id].nickname == "Andi B"
    assert snapshot(a) == snapshot(b)
    with a.read() as s:
        [view] = conflicts.list_conflicts(s)
    assert (view.current, view.other, view.field) == ("Andi B", "Andi A", "nickname")
    conflicts.resolve(a, SYSTEM, view.id, "combined", value="Andi (A/B)")
    with a.read() as s:
        assert conflicts.list_conflicts(s) == []
        event = s.exec(select(AuditEvent).where(
            AuditEvent.action == "sync_conflict_resolved")).one()
        assert event.changes["other"] == "Andi A" and event.changes["current"] == "Andi B"
    two.send(a, b)
    assert clients(b)[r.client_id].nickname == "Andi (A/B)"
    with b.read() as s:
        assert conflicts.list_conflicts(s) == []


def test_concurrent_status_changes_keep_the_further_step_and_a_conflict(two):
    from rumahsinggah.services.status import change_status

    a, b = two.stores
    r = register(a, "Budi")
    two.send(a, b)
    with b.write() as s:
        change_status(s, s.get(Stay, r.stay_id), "identifikasi")
    with a.write() as s:
        stay = s.get(Stay, r.stay_id)
        change_status(s, stay, "asesmen")
    two.send(b, a)
    two.send(a, b)
    for st in (a, b):
        with st.read() as s:
            assert s.get(Stay, r.stay_id).status == "asesmen"
            [c] = s.exec(select(SyncConflict)).all()
            assert (c.field, c.kind, c.loser_value) == ("status", "status",
                                                         {"value": "identifikasi"})


def test_a_deletion_is_never_undone_by_a_later_edit(two):
    a, b = two.stores
    r = register(a, "Hapus Saya")
    two.send(a, b)
    with a.write() as s:
        c = s.get(Client, r.client_id)
        c.deleted_at = datetime.now(UTC)
        s.add(c)
    _edit(b, r.client_id, nickname="masih diedit")
    two.send(a, b)
    two.send(b, a)
    for st in (a, b):
        c = clients(st)[r.client_id]
        assert c.deleted_at is not None and c.nickname == "masih diedit"


@pytest.mark.slow
def test_rows_relay_through_a_third_desk_and_a_lost_bundle_is_named(three):
    a, b, c = three.stores
    r = register(c, "Dari Meja C")
    three.send(c, b)
    three.send(b, a)  # relayed: A never saw a bundle from C
    assert r.client_id in clients(a)
    lost = three.bundle(a, b)  # bundle 1 from A to B: lost
    assert lost
    register(a, "Sesudah paket hilang")
    second = three.send(a, b)
    assert second.number == 2
    assert any("Paket ke-1 dari meja A belum diterima" in g for g in second.gaps)
    assert len(clients(b)) == len(clients(a))  # the next bundle carried what was lost
    three.send(b, c)
    three.send(c, a)
    assert snapshot(a) == snapshot(b) == snapshot(c)


def test_receipts_make_the_next_export_carry_only_what_the_partner_lacks(two):
    a, b = two.stores
    for i in range(5):
        register(a, f"Orang {i}")
    two.send(a, b)
    two.send(b, a)  # carries B's receipt of A's changes
    r = register(a, "Satu lagi")
    files = two.bundle(a, b)
    with a.read() as s:
        partner = desk.find_partner(s, b.site_id)
    assert partner.acked_seq > 0
    result = bundle.import_bundle(b, SYSTEM, files, PASS)
    assert result.per_table["client"] == [1, 0] and r.client_id in clients(b)


def _name_shelter(office, shelter, code: str) -> None:
    from rumahsinggah.services import head_office

    with shelter.read() as s:
        ident = desk.identity(s)
    with office.write() as s:
        head_office.name_shelter(s, ident.store_id, ident.store_name or code, code)


def test_a_bundle_from_another_shelter_is_refused_unless_head_office(two, tmp_path):
    a, _b = two.stores
    other = Desks(tmp_path / "lain", 1, code="BBL")
    try:
        (o,) = other.stores
        register(o, "Orang Banjarbaru")
        files = other.bundle(o)
        with pytest.raises(DomainError, match="basis data lain"):
            bundle.import_bundle(a, SYSTEM, files, PASS)
        assert len(clients(a)) == 0
        with a.write() as s:
            desk.set_head_office(s, True)
        # A head office takes only the shelters it named.
        with pytest.raises(DomainError, match="belum terdaftar"):
            bundle.import_bundle(a, SYSTEM, files, PASS)
        _name_shelter(a, o, "BBL")
        bundle.import_bundle(a, SYSTEM, files, PASS)
        assert len(clients(a)) == 1
    finally:
        other.close()


def test_settings_stay_on_their_desk_and_accounts_are_changed_only_by_their_desk(two):
    a, b = two.stores
    with a.write() as s:
        s.add(Setting(key="kop_surat", value={"nama": "Dinas Sosial A"}))
    with b.write() as s:
        s.add(Setting(key="kop_surat", value={"nama": "Dinas Sosial B"}))
        u = s.exec(select(User).where(User.username == "pramu")).one()
        u.full_name = "Diubah di meja B"
        s.add(u)
    two.send(b, a)
    with a.read() as s:
        assert s.exec(select(Setting)).one().value == {"nama": "Dinas Sosial A"}
        u = s.exec(select(User).where(User.username == "pramu")).one()
        assert u.full_name == "Pramu Sosial"


def test_a_copied_folder_must_join_before_it_syncs(two, tmp_path):
    a, b = two.stores
    a.close()
    shutil.copytree(a.paths.root, tmp_path / "salinan")
    copied = open_store(DataPaths(tmp_path / "salinan"), key=a.key, daily_backup=False)
    two.stores[0] = open_store(a.paths, key=a.key, daily_backup=False)
    try:
        assert copied.copied and not two.stores[0].copied
        with pytest.raises(DomainError, match="disalin"):
            bundle.export_bundle(copied, SYSTEM, tmp_path / "x.rssync", PASS)
        assert not (tmp_path / "x.rssync").exists()
    finally:
        copied.close()


def test_invite_then_join_makes_a_new_desk_with_its_own_code(two, tmp_path, monkeypatch):
    from rumahsinggah.services import user_accounts
    from rumahsinggah.storage.keys import KdfParams
    from rumahsinggah.sync import joining

    fast = KdfParams(memory_kib=64, iterations=1, parallelism=1)
    monkeypatch.setattr("rumahsinggah.storage.keys.DEFAULT_KDF", fast)
    a, b = two.stores
    register(a, "Sudah Ada")
    two.send(b, a)  # A learns of desk B
    inv = joining.invite(a, SYSTEM, tmp_path / "gabung.rssync", PASS, name="Meja piket")
    assert inv.code == "C"  # B is taken
    signed, recovery = joining.join_new_folder(DataPaths(tmp_path / "baru"), inv.paths, PASS,
                                               "pramu", "sandi-meja-baru-123")
    try:
        new = signed.store
        assert recovery and new.site_id == inv.desk_id and not new.copied
        assert register(new, "Di meja baru").case_number.split("-")[2] == "C"
        assert user_accounts.has_password(new.paths, "pramu")
        bundle.import_bundle(a, SYSTEM, Desks.bundle(two, new, a), PASS)
        with a.read() as s:
            rows = {r["code"]: r for r in bundle.list_desks(s)}
        assert rows["C"]["received"] == 1 and rows["C"]["name"] == "Meja piket"
    finally:
        signed.store.close()


def test_two_desks_set_up_separately_survive_the_second_incremental_bundle(tmp_path):
    """The foreign-key traceback of the old format: the facility's alias must be kept."""
    a = Desks(tmp_path / "a", 1)
    b = Desks(tmp_path / "b", 1)  # same facility code BJM, another store
    try:
        (sa,), (sb,) = a.stores, b.stores
        with sb.write() as s:
            desk.set_head_office(s, True)
        _name_shelter(sb, sa, "BJMA")
        register(sa, "Pertama")
        bundle.import_bundle(sb, SYSTEM, a.bundle(sa), PASS)
        register(sa, "Kedua")  # refers to A's facility, not in the second bundle
        with sa.write() as s:
            since = s.exec(select(AuditEvent)).first()
        assert since is not None
        files = a.bundle(sa)
        result = bundle.import_bundle(sb, SYSTEM, files, PASS)
        assert result.inserted >= 2
        assert {c.full_name for c in clients(sb).values()} == {"Pertama", "Kedua"}
    finally:
        a.close()
        b.close()


def test_wrong_passphrase_and_damage_change_nothing_and_staff_only(two, tmp_path):
    a, b = two.stores
    register(a, "Joko")
    files = two.bundle(a, b)
    before = snapshot(b)
    with pytest.raises(DomainError, match="[Kk]ata sandi"):
        bundle.import_bundle(b, SYSTEM, files, "salah-sekali")
    data = bytearray(files[0].read_bytes())
    data[-10] ^= 0xFF
    damaged = tmp_path / "rusak.rssync"
    damaged.write_bytes(bytes(data))
    with pytest.raises(DomainError):
        bundle.import_bundle(b, SYSTEM, [damaged], PASS)
    assert snapshot(b) == before
    pramu = Actor(None, "pramu", "pramu_sosial")
    with pytest.raises(PermissionDenied):
        bundle.export_bundle(a, pramu, tmp_path / "p.rssync", PASS)
    with pytest.raises(PermissionDenied):
        bundle.import_bundle(b, pramu, files, PASS)
    assert not (tmp_path / "p.rssync").exists() and snapshot(b) == before
    with pytest.raises(DomainError, match="minimal"):
        bundle.export_bundle(a, SYSTEM, tmp_path / "s.rssync", "pendek")
    assert os.listdir(b.paths.attachments) in ([], [".masuk"])
