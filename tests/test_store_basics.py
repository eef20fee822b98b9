from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlmodel import select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.services.residents import current_residents, day_number
from rumahsinggah.storage import sequences
from rumahsinggah.storage.models import AuditEvent, Client, Facility, Stay
from rumahsinggah.storage.store import open_store

pytestmark = pytest.mark.both_engines


def _facility(s) -> Facility:
    f = Facility(name="Rumah Singgah Banjarmasin", kind="rumah_singgah", code="BJM")
    s.add(f)
    return f


def test_insert_and_update_are_audited_and_delete_is_refused(store):
    with store.write() as s:
        c = Client(full_name="Achmad Djunaedi", sex="L")
        s.add(c)
    with store.write() as s:
        c = s.get(Client, c.id)
        c.nickname = "Jun"
    with store.read() as s:
        events = s.exec(select(AuditEvent).where(AuditEvent.record_id == c.id).order_by(
            AuditEvent.change_stamp)).all()
    assert [e.action for e in events] == ["insert", "update"]
    assert events[1].changes["nickname"] == ["", "Jun"]
    assert events[1].client_id == c.id
    with pytest.raises(DomainError), store.write() as s:
        s.delete(s.get(Client, c.id))
    with store.read() as s:
        assert s.get(Client, c.id) is not None


def test_case_numbers_are_sequential_per_year_and_never_reused(store):
    with store.write() as s:
        first = sequences.case_number(s, "BJM", 2026)
        second = sequences.case_number(s, "BJM", 2026)
        other_year = sequences.case_number(s, "BJM", 2027)
    assert (first, second, other_year) == ("BJM-2026-A-00001", "BJM-2026-A-00002",
                                           "BJM-2027-A-00001")


def test_day_number_counts_arrival_day_as_day_one():
    arrival = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)
    local_arrival = arrival.astimezone().date()
    assert day_number(arrival, local_arrival) == 1
    assert day_number(arrival, date.fromordinal(local_arrival.toordinal() + 21)) == 22


def test_current_residents_lists_open_stays_only(store):
    with store.write() as s:
        f = _facility(s)
        a, b = Client(full_name="Siti Aminah", sex="P"), Client(full_name="Budi", sex="L")
        s.add_all([a, b])
        s.flush()
        now = datetime.now(UTC)
        s.add(Stay(case_number="BJM-2026-00001", client_id=a.id, facility_id=f.id,
                   standard_code="rs", source="razia", arrival_at=now, status="terdaftar"))
        s.add(Stay(case_number="BJM-2026-00002", client_id=b.id, facility_id=f.id,
                   standard_code="rs", source="razia", arrival_at=now, status="selesai",
                   closed_at=now))
    with store.read() as s:
        rows = current_residents(s)
    assert [r.full_name for r in rows] == ["Siti Aminah"]
    assert rows[0].day == 1


def test_reopening_keeps_data(paths):
    s1 = open_store(paths)
    with s1.write() as s:
        _facility(s)
    s1.close()
    s2 = open_store(paths)
    with s2.read() as s:
        assert s.exec(select(Facility)).one().code == "BJM"
    s2.close()
