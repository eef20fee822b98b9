"""The service-level view, checked against figures worked out by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from rules_support import World
from rumahsinggah.core.errors import PermissionDenied
from rumahsinggah.core.localtime import from_local, zone_info
from rumahsinggah.services import complaints as cs
from rumahsinggah.services.casework import AssessmentInput, record_assessment
from rumahsinggah.services.intake import IntakeInput, PersonInput, register_person
from rumahsinggah.services.service_level import MarkStep, mark_step_done
from rumahsinggah.services.service_level_view import service_level_report


def wib(*args) -> datetime:
    return from_local(datetime(*args), zone_info("WIB"))


def wita(*args) -> datetime:
    return from_local(datetime(*args), zone_info("WITA"))


def _register(world, arrival, name):
    with world.write("pekerja_sosial") as s:
        return register_person(s, IntakeInput(
            person=PersonInput(full_name=name, sex="P",
                               requirements={"wanita_tuna_susila": True}),
            facility_id=world.facility_id, source="laporan_masyarakat", arrival_at=arrival,
            requester_name="SLRT"))


def test_steps_within_and_beyond_their_limits_and_open_cases(store):
    pgk = World(store, standard="pgk-tuna-susila", kind="rps", code="PGK",
                regency="Kota Pangkalpinang")
    # In August: file complete Thu 13 Aug; assessment Fri 14 (within 2 working days),
    # case record ticked on 20 Aug (beyond its limit).
    a = _register(pgk, wib(2026, 8, 13, 10, 0), "Mawar")
    with pgk.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(a.stay_id, "awal", problem="x",
                                             assessed_at=wib(2026, 8, 14, 9, 0)))
        mark_step_done(s, MarkStep(a.stay_id, "case_record", note="arsip",
                                   done_at=wib(2026, 8, 20, 8, 0)))
    # In July: outside the period's figures, but an open case on the lists.
    b = _register(pgk, wib(2026, 7, 1, 10, 0), "Melati")
    now = wib(2026, 8, 20, 9, 0)
    with store.read() as s:
        from rumahsinggah.services.service_level import service_level

        expected_overdue = service_level(s, a.stay_id, now).overdue
    with pgk.write("kepala_bidang") as s:
        report = service_level_report(s, date(2026, 8, 1), date(2026, 8, 31),
                                      facility_id=pgk.facility_id, now=now)
    [fig] = report.standards
    assert fig.code == "pgk-tuna-susila" and fig.cases == 1
    by_text = {f.text: f for f in fig.steps}
    survei = next(f for t, f in by_text.items() if "survei" in t.lower()
                  or "asesmen awal" in t.lower())
    assert (survei.within, survei.beyond) == (1, 0)
    assert sum(f.beyond for f in fig.steps) == 1  # the case record only
    assert sum(f.open_overdue for f in fig.steps) == expected_overdue == 3
    # Both open cases are listed with their overdue step and who owes it; July's first.
    cases = [o.case_number for o in report.open_steps]
    assert len(cases) == 2 and all(o.state == "terlambat" for o in report.open_steps)
    assert all(o.role for o in report.open_steps)
    assert {r.stay_id for r in report.residency} == {a.stay_id, b.stay_id}
    assert report.residency[0].stay_id == b.stay_id  # the longest stay first
    assert report.complaints.received == 0


def test_complaints_answered_within_and_beyond(store):
    bjm = World(store)  # Banjarmasin: 3 working days
    from rumahsinggah.storage.models import Facility

    with store.write() as s:
        f = s.get(Facility, bjm.facility_id)
        f.time_zone = "WITA"
        s.add(f)

    def receive(at):
        with bjm.write("petugas_admin") as s:
            return cs.receive(s, cs.ComplaintInput(bjm.facility_id, "kotak_saran", "Isi",
                                                   received_at=at, anonymous=True))

    friday = receive(wita(2026, 2, 13, 10, 0))  # due end of Fri 20 Feb (cuti bersama 16 Feb)
    late = receive(wita(2026, 2, 2, 9, 0))  # Mon: due end of Thu 5 Feb
    receive(wita(2026, 2, 9, 9, 0))  # Mon 9 Feb: due end of Thu 12 Feb, never answered
    receive(wita(2026, 1, 30, 9, 0))  # January: outside the period
    with bjm.write("petugas_admin") as s:
        cs.record_step(s, cs.StepInput(friday, "tanggapan", at=wita(2026, 2, 20, 23, 59),
                                       response="Sudah"))
        cs.record_step(s, cs.StepInput(late, "tanggapan", at=wita(2026, 2, 6, 8, 0),
                                       response="Maaf"))
        report = service_level_report(s, date(2026, 2, 1), date(2026, 2, 28),
                                      facility_id=bjm.facility_id, now=wita(2026, 2, 25, 9))
    c = report.complaints
    assert (c.received, c.within, c.beyond, c.open_overdue, c.open_on_time) == (3, 1, 1, 1, 0)


def test_pramu_sosial_may_not_open_the_view(store):
    world = World(store)
    with pytest.raises(PermissionDenied), world.write("pramu_sosial") as s:
        service_level_report(s, date(2026, 8, 1), date(2026, 8, 31))
