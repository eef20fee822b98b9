"""The real working-day calendar: cuti bersama 2026 around Idul Fitri, a local closure an
administrator adds (kept in the store, so it syncs), and a WITA facility on a machine whose
clock is in UTC: day N, the 21-day rule and due times follow the facility, not the machine."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

import pytest

from rules_support import World
from rumahsinggah.cli import main
from rumahsinggah.core import workdays
from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.core.localtime import from_local, zone_info
from rumahsinggah.core.workdays import WorkCalendar, deadline
from rumahsinggah.services import calendar, residency
from rumahsinggah.services.board import BoardQuery, board_page
from rumahsinggah.services.casework import (
    AssessmentInput,
    IdentificationInput,
    record_assessment,
    record_identification,
)
from rumahsinggah.services.decision import DecisionInput, decide
from rumahsinggah.services.intake import IntakeInput, PersonInput, register_person
from rumahsinggah.services.termination import TerminationInput, terminate
from rumahsinggah.storage.models import Facility

WITA = zone_info("WITA")
WIB = zone_info("WIB")
CUTI_2026 = [date(2026, 2, 16), date(2026, 3, 18), date(2026, 3, 20), date(2026, 3, 23),
             date(2026, 3, 24), date(2026, 5, 15), date(2026, 5, 28), date(2026, 12, 24)]


@pytest.fixture
def utc_machine(monkeypatch):
    """The desk's clock set to UTC, whatever the test machine uses."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def wita(*args) -> datetime:
    return from_local(datetime(*args), WITA)


def test_cuti_bersama_2026_are_not_working_days():
    cal = workdays.calendar()
    for day in CUTI_2026:
        assert not cal.is_working_day(day), day
        assert "cuti" in cal.holiday_name(day).lower()
    assert cal.is_working_day(date(2026, 3, 25))  # Wednesday after Idul Fitri's leave


def test_two_working_days_from_18_march_end_on_thursday_26_march():
    # 18 Mar cuti bersama (start day not counted anyway), 19 Nyepi, 20 cuti, 21-22 weekend
    # and Idul Fitri, 23-24 cuti bersama: Wed 25 is the first working day, Thu 26 the second.
    start = datetime(2026, 3, 18, 10, 0, tzinfo=WITA)
    assert workdays.calendar().add_working_days(date(2026, 3, 18), 2) == date(2026, 3, 26)
    due = deadline(start, 2, "working_days", zone=WITA)
    assert due == wita(2026, 3, 27, 0, 0)  # the end of Thursday 26 March, in WITA
    # the same limit in WIB ends an hour later in absolute time: each zone its own midnight
    assert deadline(start, 2, "working_days", zone=WIB) - due == timedelta(hours=1)


def test_fallback_table_when_the_library_lacks_cuti_bersama(monkeypatch):
    import holidays

    real = holidays.country_holidays

    def public_only(country, **kwargs):
        kwargs.pop("categories", None)
        return real(country, **kwargs)

    monkeypatch.setattr(holidays, "country_holidays", public_only)
    cal = WorkCalendar()
    assert not cal._library_has_cuti(2026)
    assert all(not cal.is_working_day(day) for day in CUTI_2026)
    assert cal.add_working_days(date(2026, 3, 18), 2) == date(2026, 3, 26)


@pytest.fixture
def bjm(store):
    return World(store)  # Banjarmasin: its standard's agency is in Kalimantan Selatan


def test_banjarmasin_facility_is_wita(bjm):
    with bjm.store.read() as s:
        assert s.get(Facility, bjm.facility_id).time_zone == "WITA"


def test_local_closure_added_by_an_administrator_moves_due_times(bjm):
    start = datetime(2026, 3, 18, 10, 0)  # the facility's wall clock
    with bjm.store.read() as s:
        before = calendar.due_moment(s, start, 2, "working_days", bjm.facility_id)
    assert before.date() == date(2026, 3, 27)
    with pytest.raises(PermissionDenied), bjm.write("pramu_sosial") as s:
        calendar.add_day(s, calendar.CalendarDayInput(date(2026, 3, 25), "Rapat kerja"))
    with bjm.write("admin") as s:
        day_id = calendar.add_day(s, calendar.CalendarDayInput(
            date(2026, 3, 25), "Banjir: kantor tutup", facility_id=bjm.facility_id))
    with pytest.raises(DomainError, match="sudah tercatat"), bjm.write("admin") as s:
        calendar.add_day(s, calendar.CalendarDayInput(
            date(2026, 3, 25), "lagi", facility_id=bjm.facility_id))
    with bjm.store.read() as s:
        after = calendar.due_moment(s, start, 2, "working_days", bjm.facility_id)
        listed = calendar.list_days(s, 2026, bjm.facility_id, with_national=False)
    assert after == datetime(2026, 3, 28, 0, 0, tzinfo=WITA)  # Wed 25 closed: Thu 26, Fri 27
    assert [(e.day, e.kind, e.id) for e in listed] == [(date(2026, 3, 25), "tutup_kantor",
                                                       day_id)]
    with bjm.write("admin") as s:
        calendar.remove_day(s, day_id)
    with bjm.store.read() as s:
        assert calendar.due_moment(s, start, 2, "working_days", bjm.facility_id) == before


def test_closures_are_a_synced_table():
    from rumahsinggah.sync.merge import synced_tables

    assert "calendar_day" in {t.name for t in synced_tables()}


def admitted_at(world, arrival: datetime):
    with world.write("pramu_sosial") as s:
        r = register_person(s, IntakeInput(
            person=PersonInput(full_name="Udin", sex="L"), facility_id=world.facility_id,
            source="razia", arrival_at=arrival, requester_name="Satpol PP"))
        record_identification(s, IdentificationInput(
            r.stay_id, identified_at=arrival + timedelta(hours=1)))
    with world.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(r.stay_id, "awal", problem="x",
                                             submit_for_decision=True,
                                             assessed_at=arrival + timedelta(hours=2)))
    with world.write("kepala_bidang") as s:
        decide(s, DecisionInput(r.stay_id, "tampung", reason="y",
                                decided_at=arrival + timedelta(hours=3)))
    return r


def test_wita_facility_on_a_utc_machine_keeps_the_21_day_rule(utc_machine, bjm):
    # 00:30 WITA on 1 March is still 28 February in UTC: the day of arrival is 1 March.
    arrival = wita(2026, 3, 1, 0, 30)
    assert arrival.date() == date(2026, 2, 28)
    r = admitted_at(bjm, arrival)
    with bjm.store.read() as s:
        state = residency.residency_for_stay(s, r.stay_id, today=date(2026, 3, 21))
        assert (state.day, state.state, state.eligible_from) == (21, "approaching",
                                                                 date(2026, 3, 22))
        row = next(x for x in board_page(s, BoardQuery(), today=date(2026, 3, 22)).rows
                   if x.stay_id == r.stay_id)
        assert (row.day, row.residency) == (22, "eligible")
    data = dict(mode="dirujuk_balai_panti", basis="lewat_batas_tinggal", destination="Balai",
                place="Rumah Singgah", witnesses=["Pramu"])
    with pytest.raises(DomainError, match="hari ke-21"), bjm.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, terminated_at=wita(2026, 3, 21, 23, 59),
                                      **data))
    with bjm.write("pekerja_sosial") as s:
        result = terminate(s, TerminationInput(r.stay_id, terminated_at=wita(2026, 3, 22, 0, 1),
                                               **data))
    assert result.status == "selesai"


def test_cli_due_follows_the_facility_zone(utc_machine, tmp_path, capsys, monkeypatch):
    from rumahsinggah.services import store_setup
    from rumahsinggah.storage.keys import KdfParams

    monkeypatch.setenv("RUMAHSINGGAH_DATA_DIR", str(tmp_path / "d"))
    from rumahsinggah.locations import DataPaths

    signed, _ = store_setup.create_demo_store(DataPaths(tmp_path / "d"),
                                           _kdf=KdfParams(memory_kib=8, iterations=1))
    from rumahsinggah import demo

    demo.generate(signed.store, clients=3, seed=1, actor=signed.actor)
    signed.store.close()
    assert main(["calendar", "due", "--from", "2026-03-18 10:00", "--working-days", "2",
                 "--facility", "BJM"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "2026-03-27 00:00 WITA"
    assert "Kamis, 26 Maret 2026" in out
    assert main(["calendar", "add", "2026-03-25", "Banjir", "--facility", "BJM"]) == 0
    assert main(["calendar", "due", "--from", "2026-03-18 10:00", "--working-days", "2",
                 "--facility", "BJM"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "2026-03-28 00:00 WITA"
    assert main(["calendar", "due", "--from", "2026-03-18 10:00", "--hours", "30"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2026-03-19 16:00 WIB"


def test_wizard_times_are_the_facility_clock_on_a_utc_desk(utc_machine, qtbot, qapp, tmp_path):
    """A Banjarmasin desk whose system clock is UTC: the wizards show and read WITA."""
    from sqlmodel import select

    from gui_support import build_template, sign_in, wait_door
    from rumahsinggah.gui.main_window import MainWindow
    from rumahsinggah.gui.preferences import Preferences
    from rumahsinggah.gui.wizards import bridge, deskclock
    from rumahsinggah.storage.models import User

    paths = build_template(tmp_path / "store", clients=5)
    signed = sign_in(paths, "pramu")
    with signed.store.write() as s:  # a pramu sosial of the Banjarmasin rumah singgah
        bjm = s.exec(select(Facility).where(Facility.code == "BJM")).one()
        s.exec(select(User).where(User.username == "pramu")).one().facility_id = bjm.id
    signed.store.close()
    signed = sign_in(paths, "pramu")
    w = MainWindow(signed.store, paths, signed.user, signed.actor, Preferences())
    qtbot.addWidget(w)
    try:
        qtbot.waitUntil(lambda: deskclock.zone() is not None, timeout=15000)
        wait_door(qtbot, w)
        assert deskclock.zone() == WITA
        assert bridge._local_dt("2026-03-01T00:30") == wita(2026, 3, 1, 0, 30)
        shown = deskclock.now()
        assert abs(shown - datetime.now(WITA).replace(tzinfo=None)) < timedelta(minutes=1)
    finally:
        w.close()
        signed.store.close()
