"""The termination wizard asks for the pickup papers the case's standard names, no others."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.wizards.termination import TerminationWizard
from rumahsinggah.services import org
from rumahsinggah.storage.audit import SYSTEM
from wizards_support import make_case, seed

pytestmark = pytest.mark.both_engines


@pytest.fixture
def door(store, qtbot):
    d = DbDoor(store)
    yield d
    qtbot.waitUntil(lambda: not d.busy)
    d.shutdown()


def pickup_page(qtbot, door, ctx, stay_id):
    w = TerminationWizard(door, ctx["actors"]["pekerja_sosial"], subject_id=stay_id)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.loaded and not door.busy)
    qtbot.waitUntil(lambda: not door.busy and bool(w.summary))
    w.pages["dasar"].fields["mode"].setter("dijemput_keluarga")
    w.next()
    assert w.current_key() == "jemput"
    return w


def test_babel_pickup_needs_no_surat_penjamin(qtbot, store, door, tmp_path):
    ctx = seed(store)
    with store.write(SYSTEM) as s:
        ctx["facility"] = org.create_facility(s, org.FacilityInput(
            name="Panti Sosial Bina Serumpun", kind="panti", code="PSBS",
            default_standard="babel-orang-terlantar", regency="Kota Pangkalpinang"))
    stay_id = make_case(store, ctx, regency="Kota Pangkalpinang")
    w = pickup_page(qtbot, door, ctx, stay_id)
    page = w.pages["jemput"]
    assert not page.fields["meterai"].widget.isVisibleTo(page)
    assert not page.fields["pickup_papers"].widget.isVisibleTo(page)
    QTest.keyClicks(page.fields["pickup_name"].widget, "Pak Amat")
    QTest.keyClicks(page.fields["pickup_relationship"].widget, "ayah")
    assert w.button(QWizard.WizardButton.NextButton).isEnabled()
    w.grab().save(str(tmp_path / "babel-pickup.png"))


def test_banjarmasin_pickup_still_asks_for_its_papers(qtbot, store, door):
    ctx = seed(store)
    stay_id = make_case(store, ctx)
    w = pickup_page(qtbot, door, ctx, stay_id)
    page = w.pages["jemput"]
    assert page.fields["meterai"].widget.isVisibleTo(page)
    QTest.keyClicks(page.fields["pickup_name"].widget, "Hj. Aminah")
    QTest.keyClicks(page.fields["pickup_relationship"].widget, "ibu")
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
