"""Callers of the door: a wizard closed before its data arrives gets no callback (the door
drops it, as run_boxed did), one still open gets it."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.wizards.intake import IntakeWizard
from rumahsinggah.storage.audit import Actor

ACTOR = Actor(None, "pramu", "pramu_sosial")


class ProbeWizard(IntakeWizard):
    loads: list[str] = []

    def _loaded(self, data: Any) -> None:
        ProbeWizard.loads.append(self.objectName())
        super()._loaded(data)


def test_a_closed_wizard_gets_no_load_callback(qtbot, store) -> None:
    ProbeWizard.loads = []
    door = DbDoor(store)
    release = threading.Event()
    try:
        door.query(lambda _st: release.wait(10))  # the worker is busy: the loads wait
        closed = ProbeWizard(door, ACTOR)
        closed.setObjectName("closed")
        kept = ProbeWizard(door, ACTOR)
        kept.setObjectName("kept")
        qtbot.addWidget(kept)
        closed.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        release.set()
        qtbot.waitUntil(lambda: not door.busy, timeout=20000)
        assert ProbeWizard.loads == ["kept"]
        assert kept.loaded
    finally:
        release.set()
        qtbot.waitUntil(lambda: not door.busy, timeout=20000)
        door.shutdown()
