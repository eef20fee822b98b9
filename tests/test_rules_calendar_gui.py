"""The office holidays dialog: an administrator adds a closure from Settings; others only read."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtTest import QTest

from gui_support import build_template, copy_store, sign_in
from rumahsinggah.gui.calendar_dialog import CalendarDialog
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.services import calendar


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("calendar-gui") / "store", clients=5)


def open_dialog(qtbot, paths, username):
    signed = sign_in(paths, username)
    door = DbDoor(signed.store)
    d = CalendarDialog(door, signed.actor, None)
    qtbot.addWidget(d)
    d.year.setValue(2026)
    qtbot.waitUntil(lambda: d.loaded and not door.busy, timeout=10000)
    return d, door, signed


def test_an_administrator_adds_a_closure_that_counts(qtbot, template, tmp_path):
    paths = copy_store(template, tmp_path / "store")
    d, door, signed = open_dialog(qtbot, paths, "admin")
    try:
        rows = [d.table.item(r, 2).text() for r in range(d.table.rowCount())]
        assert "Cuti Bersama Hari Raya Idul Fitri" in rows
        d.day.setDate(QDate(2026, 3, 25))
        QTest.keyClicks(d.name, "Banjir: kantor tutup")
        d.kind.setCurrentIndex(d.kind.findData("tutup_kantor"))
        d.add_button.click()
        qtbot.waitUntil(lambda: "Tersimpan" in d.message.text() and not door.busy,
                        timeout=10000)
        qtbot.waitUntil(lambda: any(e.id for e in d.entries), timeout=10000)
        own = [e for e in d.entries if e.id is not None]
        assert [(e.day, e.name, e.kind) for e in own] == [
            (date(2026, 3, 25), "Banjir: kantor tutup", "tutup_kantor")]
        with signed.store.read() as s:
            assert not calendar.work_calendar(s).is_working_day(date(2026, 3, 25))
        d.table.selectRow(next(i for i, e in enumerate(d.entries) if e.id))
        assert d.remove_button.isEnabled()
        d.remove_button.click()
        qtbot.waitUntil(lambda: not any(e.id for e in d.entries), timeout=10000)
    finally:
        qtbot.waitUntil(lambda: not door.busy)
        door.shutdown()
        signed.store.close()


def test_a_pramu_sosial_reads_but_cannot_add(qtbot, template, tmp_path):
    paths = copy_store(template, tmp_path / "store")
    d, door, signed = open_dialog(qtbot, paths, "pramu")
    try:
        assert d.table.rowCount() > 10
        assert not d.add_button.isEnabled() and not d.name.isEnabled()
    finally:
        door.shutdown()
        signed.store.close()
