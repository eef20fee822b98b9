from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import attachments
from rumahsinggah.storage.models import Attachment, AuditEvent, Client, Facility, Stay
from rumahsinggah.storage.store import open_store
from rumahsinggah.sync.bundle import export_bundle, import_bundle

PASS = "rahasia-sinkron"


@pytest.fixture
def desks(tmp_path):
    a = open_store(DataPaths(tmp_path / "a"), key=os.urandom(32))
    b = open_store(DataPaths(tmp_path / "b"), key=os.urandom(32))
    yield a, b
    a.close()
    b.close()


def _case(store, name: str, case_number: str, facility_id=None):
    with store.write() as s:
        if facility_id is None:
            f = Facility(name="Rumah Singgah", kind="rumah_singgah", code="BJM")
            s.add(f)
            s.flush()
            facility_id = f.id
        c = Client(full_name=name, sex="L")
        s.add(c)
        s.flush()
        s.add(Stay(case_number=case_number, client_id=c.id, facility_id=facility_id,
                   standard_code="rs", source="razia", arrival_at=datetime.now(UTC),
                   status="terdaftar"))
        attachments.save_bytes(store, s, b"scan KTP " + name.encode(), filename="ktp.jpg",
                               kind="ktp", client_id=c.id)
    return c.id, facility_id


def test_export_import_round_trip_with_attachments_and_audit(desks, tmp_path):
    a, b = desks
    client_id, _ = _case(a, "Joko Susilo", "BJM-2026-00001")
    bundle = tmp_path / "a.rsbundle"
    with a.write() as s:
        summary = export_bundle(a, s, bundle, PASS)
    assert summary.rows >= 4 and summary.attachments == 1
    assert b"Joko" not in bundle.read_bytes()

    with b.write() as s:
        result = import_bundle(b, s, bundle, PASS)
    assert result.inserted == summary.rows
    with b.read() as s:
        client = s.get(Client, client_id)
        assert client.full_name == "Joko Susilo"
        att = s.exec(select(Attachment).where(Attachment.client_id == client_id)).one()
        assert attachments.read_bytes(b, att) == b"scan KTP Joko Susilo"
        events = s.exec(select(AuditEvent).where(AuditEvent.client_id == client_id)).all()
        assert {e.action for e in events} >= {"insert"}
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "sync_import")).one()

    # Importing the same bundle again changes nothing.
    with b.write() as s:
        again = import_bundle(b, s, bundle, PASS)
    assert again.inserted == 0 and again.updated == 0


def test_newer_change_wins_and_next_export_is_incremental(desks, tmp_path):
    a, b = desks
    client_id, _ = _case(a, "Siti Rahma", "BJM-2026-00001")
    with a.write() as s:
        export_bundle(a, s, tmp_path / "1.rsbundle", PASS)
    with b.write() as s:
        import_bundle(b, s, tmp_path / "1.rsbundle", PASS)
    with a.write() as s:
        s.get(Client, client_id).nickname = "Rahma"
    with a.write() as s:
        second = export_bundle(a, s, tmp_path / "2.rsbundle", PASS)
    assert second.rows == 1  # only the changed client
    with b.write() as s:
        result = import_bundle(b, s, tmp_path / "2.rsbundle", PASS)
    assert result.updated == 1
    with b.read() as s:
        assert s.get(Client, client_id).nickname == "Rahma"
    # An older bundle arriving late does not undo the newer change.
    with b.write() as s:
        late = import_bundle(b, s, tmp_path / "1.rsbundle", PASS)
    assert late.updated == 0
    with b.read() as s:
        assert s.get(Client, client_id).nickname == "Rahma"


def test_clashing_case_numbers_from_two_offline_desks_keep_both_cases(desks, tmp_path):
    a, b = desks
    _case(a, "Andi", "BJM-2026-00001")
    _case(b, "Budi", "BJM-2026-00001")
    with a.write() as s:
        export_bundle(a, s, tmp_path / "a.rsbundle", PASS)
    with b.write() as s:
        result = import_bundle(b, s, tmp_path / "a.rsbundle", PASS)
    assert len(result.renamed_cases) == 1
    with b.read() as s:
        numbers = sorted(s.exec(select(Stay.case_number)).all())
    assert numbers[0] == "BJM-2026-00001" and numbers[1].startswith("BJM-2026-00001-")


def test_wrong_passphrase_or_damaged_bundle_changes_nothing(desks, tmp_path):
    a, b = desks
    _case(a, "Joko", "BJM-2026-00001")
    bundle = tmp_path / "a.rsbundle"
    with a.write() as s:
        export_bundle(a, s, bundle, PASS)
    with pytest.raises(DomainError, match="Kata sandi paket salah"), b.write() as s:
        import_bundle(b, s, bundle, "salah-sekali")
    damaged = tmp_path / "damaged.rsbundle"
    data = bytearray(bundle.read_bytes())
    data[-10] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(DomainError, match="rusak"), b.write() as s:
        import_bundle(b, s, damaged, PASS)
    not_bundle = tmp_path / "x.rsbundle"
    not_bundle.write_bytes(b"hello")
    with pytest.raises(DomainError, match="bukan paket"), b.write() as s:
        import_bundle(b, s, not_bundle, PASS)
    with b.read() as s:
        assert s.exec(select(Client)).all() == []


def test_short_passphrase_is_refused(desks, tmp_path):
    a, _ = desks
    with pytest.raises(DomainError, match="minimal"), a.write() as s:
        export_bundle(a, s, tmp_path / "x.rsbundle", "pendek")
    assert not (tmp_path / "x.rsbundle").exists()


def test_only_office_staff_export_or_import(desks, tmp_path):
    from rumahsinggah.core.errors import PermissionDenied
    from rumahsinggah.storage.audit import Actor

    a, _ = desks
    pramu = Actor(None, "pramu", "pramu_sosial")
    with pytest.raises(PermissionDenied), a.write(pramu) as s:
        export_bundle(a, s, tmp_path / "x.rsbundle", PASS)
    assert not (tmp_path / "x.rsbundle").exists()
