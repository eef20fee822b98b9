"""The wizard framework: drafts as you type, restore after a kill, one-transaction Finish."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.wizards.pages import WizardPage
from rumahsinggah.gui.wizards.wizard import WizardBase
from rumahsinggah.services import drafts
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Agency, AuditEvent, Draft
from rumahsinggah.storage.store import open_store

ACTOR = Actor(uuid.UUID("00000000-0000-0000-0000-000000000001"), "pramu", "pramu_sosial")


def add_agency(session, name: str, notes: str) -> uuid.UUID:
    """A stand-in workflow: writes a row, then refuses a bad name after the write."""
    agency = Agency(name=name, address=notes)
    session.add(agency)
    session.flush()
    if name.upper() == "GAGAL":
        raise DomainError("Nama instansi tidak boleh 'GAGAL'.", field="name")
    return agency.id


class DemoWizard(WizardBase):
    name = "demo"
    title = "Demo"

    def build(self) -> None:
        first = WizardPage("identitas", "Identitas")
        first.add_line("name", "Nama instansi", required=True)
        first.add_line("short", "Singkatan")
        self.add_page(first)
        second = WizardPage("catatan", "Catatan")
        second.add_text("notes", "Alamat")
        self.add_page(second)

    def commit(self, session, payload):
        return add_agency(session, payload["name"], payload["notes"])


@pytest.fixture
def door(store, qtbot):
    d = DbDoor(store)
    yield d
    qtbot.waitUntil(lambda: not d.busy)
    d.shutdown()


def make(qtbot, door, *, register: bool = True) -> DemoWizard:
    w = DemoWizard(door, ACTOR)
    if register:
        qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded)
    return w


def draft_rows(store):
    with store.read() as s:
        return drafts.find(s, owner_id=ACTOR.user_id, wizard="demo")


def count(store, model) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_draft_service_round_trip(store):
    draft_id = uuid.uuid4()
    drafts.save_draft(store, ACTOR, draft_id, "demo", page="p1", data={"fields": {"a": "x"}})
    drafts.save_draft(store, ACTOR, draft_id, "demo", page="p2", data={"fields": {"a": "y"}})
    found = drafts.list_drafts(store, ACTOR, wizard="demo")
    assert [(d.page, d.data["fields"]["a"]) for d in found] == [("p2", "y")]
    with store.read() as s:
        assert s.execute(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.entity == "draft")
        ).scalar_one() == 0
    assert drafts.discard_draft(store, ACTOR, draft_id)
    assert drafts.list_drafts(store, ACTOR, wizard="demo") == []


def test_next_disabled_while_required_missing(qtbot, door):
    w = make(qtbot, door)
    nxt = w.button(QWizard.WizardButton.NextButton)
    assert not nxt.isEnabled()
    assert "Nama instansi" in w.pages["identitas"].hint.text()
    QTest.keyClicks(w.findChild(type(w.pages["identitas"].fields["name"].widget), "name"), "Dinsos")
    assert nxt.isEnabled()
    w.pages["identitas"].fields["name"].widget.clear()
    assert not nxt.isEnabled()
    assert w.pages["identitas"].fields["name"].error_label.text() == "Wajib diisi."


def test_finish_is_one_transaction(qtbot, door, store):
    w = make(qtbot, door)
    QTest.keyClicks(w.pages["identitas"].fields["name"].widget, "GAGAL")
    w.next()
    QTest.keyClicks(w.pages["catatan"].fields["notes"].widget, "Jl. Sudirman")
    agencies_before = count(store, Agency)
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not w.committing)
    # the refusal is shown next to the field on its page, the wizard stays open
    assert w.isVisible()
    assert w.current_key() == "identitas"
    label = w.pages["identitas"].fields["name"].error_label
    assert label.isVisible() and "GAGAL" in label.text()
    assert count(store, Agency) == agencies_before  # the flushed row was rolled back
    # correct it and finish: one agency, the draft gone
    w.pages["identitas"].fields["name"].widget.setText("Dinas Sosial")
    w.next()
    with qtbot.waitSignal(w.committed, timeout=5000):
        w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not door.busy)
    assert count(store, Agency) == agencies_before + 1
    assert draft_rows(store) == []
    assert not w.isVisible()


def test_draft_survives_widget_loss_and_reopen(qtbot, paths, store):
    door = DbDoor(store)
    w = make(qtbot, door, register=False)
    QTest.keyClicks(w.pages["identitas"].fields["name"].widget, "Satpol PP")
    w.next()
    QTest.keyClicks(w.pages["catatan"].fields["notes"].widget, "Jalan Merdeka 1")
    qtbot.waitUntil(lambda: any(
        d.data["fields"].get("notes") == "Jalan Merdeka 1" for d in draft_rows(store)
    ), timeout=5000)
    w.deleteLater()
    qtbot.waitUntil(lambda: not door.busy)
    door.shutdown()
    store.close()
    reopened = open_store(paths)
    try:
        door2 = DbDoor(reopened)
        w2 = make(qtbot, door2)
        start = w2.pages["identitas"]
        qtbot.waitUntil(lambda: start.banner.isVisible())
        w2.activateWindow()
        qtbot.waitUntil(w2.isActiveWindow)
        QTest.keyClick(w2.focusWidget() or w2, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: w2.current_key() == "catatan")  # buttons click after a blink
        assert w2.values()["name"] == "Satpol PP"
        assert w2.values()["notes"] == "Jalan Merdeka 1"
        assert count(reopened, Agency) == 0
        qtbot.waitUntil(lambda: not door2.busy)
        door2.shutdown()
    finally:
        reopened.close()


KILLED_SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    from rumahsinggah.gui.door import DbDoor
    from rumahsinggah.locations import DataPaths
    from rumahsinggah.storage.store import open_store
    from test_wizards_framework import ACTOR, DemoWizard
    app = QApplication([])
    store = open_store(DataPaths(Path({root!r})))
    door = DbDoor(store)
    w = DemoWizard(door, ACTOR)
    w.show()
    def pump(cond):
        while not cond():
            app.processEvents()
            time.sleep(0.01)
    pump(lambda: w.loaded)
    QTest.keyClicks(w.pages["identitas"].fields["name"].widget, "Polsek Utara")
    w.next()
    QTest.keyClicks(w.pages["catatan"].fields["notes"].widget, "Gang Mawar")
    from rumahsinggah.services.drafts import list_drafts
    pump(lambda: any(d.data["fields"].get("notes") == "Gang Mawar"
                     for d in list_drafts(store, ACTOR, wizard="demo")))
    print("READY", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
    """
)


@pytest.mark.slow
def test_draft_restored_after_sigkill(qtbot, paths):
    open_store(paths).close()
    script = KILLED_SCRIPT.format(tests=str(Path(__file__).parent), root=str(paths.root))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(Path(__file__).parents[1] / "src"))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, env=env,
                            text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "READY"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    store = open_store(paths)
    try:
        door = DbDoor(store)
        w = make(qtbot, door)
        qtbot.waitUntil(lambda: w.pages["identitas"].banner.isVisible())
        w.resume_offered()
        assert w.current_key() == "catatan"
        assert w.values() == {"name": "Polsek Utara", "short": "", "notes": "Gang Mawar"}
        assert count(store, Agency) == 0
        assert count(store, Draft) == 1
        qtbot.waitUntil(lambda: not door.busy)
        door.shutdown()
    finally:
        store.close()
