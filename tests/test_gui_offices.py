"""The settings window makes a further issuing office for the facility and switches between
offices; one Save is one transaction through the services (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from gui_support import build_template, copy_store, sign_in, wait_door
from rumahsinggah.gui import common
from rumahsinggah.gui.i18n import install_language
from rumahsinggah.gui.main_window import MainWindow
from rumahsinggah.gui.preferences import Preferences
from rumahsinggah.services.settings import list_issuing_offices, load_office, office_for_facility
from rumahsinggah.storage.models import Facility


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("gui-offices") / "store", clients=20)


@pytest.fixture
def window(template, tmp_path, qtbot, qapp):
    common.replace_messages(error=lambda *a: None, info=lambda *a: None, ask=lambda *a: True)
    install_language("id")
    desk = copy_store(template, tmp_path / "store")
    signed = sign_in(desk, "admin")
    w = MainWindow(signed.store, desk, signed.user, signed.actor, Preferences())
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.board.model.ready, timeout=15000)
    wait_door(qtbot, w)
    yield w
    w.shutdown()
    signed.store.close()


def _open(w, qtbot):
    dialog = w.open_settings()
    qtbot.waitUntil(lambda: getattr(dialog, "loaded", False), timeout=10000)
    return dialog


def test_new_office_for_the_facility_then_back_to_the_default(window, qtbot, monkeypatch,
                                                               tmp_path):
    w = window
    with w.store.read() as s:
        before = len(list_issuing_offices(s))
    dialog = _open(w, qtbot)
    default_agency = dialog.agency.text()
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Dinas Sosial Kota Banjar", True)))
    dialog.new_office_button.click()
    assert dialog.office_choice.currentData() == "new"
    assert dialog.agency.text() == default_agency  # the new office starts as a copy
    dialog.government.setText("PEMERINTAH KOTA BANJAR")
    dialog.office_code.setText("Dinsos.Bjr")
    dialog.city.setText("Banjar")
    dialog.signatories.item(0, 0).setText("Drs. H. Asep Supriatna, M.Si")
    dialog.signatories.item(0, 1).setText("196805121994031006")
    dialog.fac_capacity.setValue(44)
    dialog.grab().save(str(tmp_path / "settings-new-office.png"))
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with w.store.read() as s:
        offices = list_issuing_offices(s)
        assert len(offices) == before + 1
        made = next(o[0] for o in offices if o[2] == "Dinsos.Bjr")
        facility = s.get(Facility, dialog.facility["id"])
        issuer = office_for_facility(s, facility)
        assert issuer.key == made and facility.capacity == 44
        assert issuer.settings.government == "PEMERINTAH KOTA BANJAR"
        assert issuer.settings.signatory("kepala_dinas").name == "Drs. H. Asep Supriatna, M.Si"
        default = load_office(s, "")[1]
        assert default.government != "PEMERINTAH KOTA BANJAR"  # the default office untouched

    dialog = _open(w, qtbot)
    index = dialog.fac_code.findData(str(facility.id))
    assert index >= 0
    dialog.fac_code.setCurrentIndex(index)
    dialog.fac_code.activated.emit(index)  # the facility edited before, on its own office
    qtbot.waitUntil(lambda: dialog.office_choice.currentData() == made, timeout=10000)
    assert dialog.office_choice.currentData() == made
    assert dialog.government.text() == "PEMERINTAH KOTA BANJAR"
    dialog.office_choice.setCurrentIndex(0)
    dialog.office_choice.activated.emit(0)
    qtbot.waitUntil(lambda: dialog.government.text() == default.government, timeout=10000)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with w.store.read() as s:
        facility = s.get(Facility, facility.id)
        assert facility.issuing_office_id is None  # the facility is back on the default office
        assert len(list_issuing_offices(s)) == before + 1  # the new office is kept
