"""The wizards inside the real application: menus per role, Ctrl+N, and drafts that exist only
inside the encrypted store (no plaintext file anywhere)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui_support import build_template, copy_store, sign_in, wait_door
from rumahsinggah.gui.main_window import MainWindow
from rumahsinggah.gui.preferences import Preferences
from rumahsinggah.gui.wizards import IntakeWizard
from rumahsinggah.services import drafts

CANARY = "Zulkarnaen Qwertyuiop"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("wizards-window") / "store", clients=60)


def open_window(qtbot, paths, username):
    signed = sign_in(paths, username)
    w = MainWindow(signed.store, paths, signed.user, signed.actor, Preferences())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: w.board.model.ready and w.board.model.counted, timeout=15000)
    wait_door(qtbot, w)
    return w, signed


def visible_wizards(w) -> set[str]:
    keys = {k for k, e in w.actions.items() if k.startswith("wizard_") and e.action.isVisible()}
    keys |= {k for k in ("new_intake", "decide") if w.actions[k].action.isVisible()}
    return keys


def test_menus_follow_the_role(qtbot, template, tmp_path, messages):
    paths = copy_store(template, tmp_path / "store")
    w, signed = open_window(qtbot, paths, "pramu")
    try:
        seen = visible_wizards(w)
        assert {"new_intake", "wizard_identification", "wizard_care"} <= seen
        assert "decide" not in seen and "wizard_termination" not in seen
        kabid = sign_in(paths, "kabid")
        w.set_user(kabid)  # switch user on the same desk
        assert "decide" in visible_wizards(w)
        assert "wizard_termination" in visible_wizards(w)
    finally:
        w.shutdown()
        signed.store.close()


def test_ctrl_n_opens_intake_and_its_draft_is_encrypted(qtbot, template, tmp_path, messages):
    paths = copy_store(template, tmp_path / "store")
    w, signed = open_window(qtbot, paths, "pramu")
    try:
        QTest.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: any(isinstance(x, IntakeWizard) and x.isVisible()
                                    for x in QApplication.topLevelWidgets()))
        wizard = next(x for x in QApplication.topLevelWidgets() if isinstance(x, IntakeWizard))
        qtbot.waitUntil(lambda: wizard.loaded)
        wizard.mode.setCurrentIndex(wizard.mode.findData("satu"))
        wizard.source.setCurrentIndex(wizard.source.findData("laporan_masyarakat"))
        wizard.next()
        QTest.keyClicks(wizard.pages["identitas"].fields["full_name"].widget, CANARY)
        qtbot.waitUntil(lambda: any(
            d.data["fields"].get("full_name") == CANARY
            for d in drafts.list_drafts(signed.store, signed.actor, wizard="penerimaan")),
            timeout=5000)
        wizard.reject()  # closing keeps the draft
        wait_door(qtbot, w)
    finally:
        w.shutdown()
        signed.store.close()
    assert signed.store.key is not None  # the demo store is encrypted
    needles = [CANARY.encode(), CANARY.lower().encode(), CANARY.encode("utf-16-le")]
    for path in paths.root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(n in data for n in needles), path
    # and it is really there, for the signed-in user to continue
    again = sign_in(paths, "pramu")
    try:
        found = drafts.list_drafts(again.store, again.actor, wizard="penerimaan")
        assert found[0].data["fields"]["full_name"] == CANARY
        assert found[0].page == "identitas"
    finally:
        again.store.close()


def test_home_visits_due_shown_and_opened(qtbot, template, tmp_path, messages):
    from datetime import date, timedelta

    from sqlalchemy import select

    from rumahsinggah.gui.wizards import HomeVisitWizard
    from rumahsinggah.storage.models import HomeVisit, Stay

    paths = copy_store(template, tmp_path / "store")
    signed = sign_in(paths, "peksos")
    with signed.store.write(signed.actor) as s:
        stay_id = s.execute(select(Stay.id).where(Stay.closed_at.is_not(None))).scalars().first()
        s.add(HomeVisit(stay_id=stay_id, scheduled_for=date.today() - timedelta(days=1)))
    signed.store.close()
    w, signed = open_window(qtbot, paths, "peksos")
    try:
        from PySide6.QtWidgets import QPushButton

        button = w.findChild(QPushButton, "homeVisitsDue")
        qtbot.waitUntil(button.isVisible)
        assert "1 kunjungan rumah jatuh tempo" in button.text()
        button.click()
        qtbot.waitUntil(lambda: any(isinstance(x, HomeVisitWizard) and x.isVisible()
                                    for x in QApplication.topLevelWidgets()))
        wizard = next(x for x in QApplication.topLevelWidgets()
                      if isinstance(x, HomeVisitWizard))
        qtbot.waitUntil(lambda: wizard.loaded)
        assert wizard.picker.list.count() >= 1
        assert "JATUH TEMPO" in wizard.picker.list.item(0).text()
        wizard.close()
    finally:
        w.shutdown()
        signed.store.close()
