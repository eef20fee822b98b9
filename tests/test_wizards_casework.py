"""Identification, assessment, decision, care and home visit wizards, end to end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from rumahsinggah.core.errors import PermissionDenied
from rumahsinggah.core.vocab import CaseStatus
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.wizards import available
from rumahsinggah.gui.wizards.casework import (
    AssessmentWizard,
    CareWizard,
    DecisionWizard,
    IdentificationWizard,
)
from rumahsinggah.storage.models import Assessment, Belonging, Decision, ServiceSession, Stay
from wizards_support import make_case, seed


@pytest.fixture
def ctx(store):
    return seed(store)


@pytest.fixture
def door(store, qtbot):
    d = DbDoor(store)
    yield d
    qtbot.waitUntil(lambda: not d.busy)
    d.shutdown()


def opened(qtbot, door, cls, actor, **kw):
    w = cls(door, actor, **kw)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded and not door.busy)
    return w


def pick(qtbot, w, case_number: str) -> None:
    QTest.keyClicks(w.picker.search, case_number)
    w.picker.list.setCurrentRow(0)
    assert w.button(QWizard.WizardButton.NextButton).isEnabled()
    w.next()


def finish(qtbot, w) -> None:
    with qtbot.waitSignal(w.committed, timeout=10000):
        w.button(QWizard.WizardButton.FinishButton).click()


def stay(store, stay_id) -> Stay:
    with store.read() as s:
        return s.get(Stay, stay_id)


def test_roles_decide_which_wizards_appear():
    assert [e.key for e in available("kepala_bidang")].count("decision") == 1
    for role in ("pramu_sosial", "pekerja_sosial", "petugas_admin", "admin"):
        assert "decision" not in [e.key for e in available(role)]
    assert "new_intake" in [e.key for e in available("pramu_sosial")]
    assert "termination" not in [e.key for e in available("pramu_sosial")]
    assert available("petugas_admin") == []


def test_decision_wizard_refused_for_a_non_kabid(qtbot, store, ctx, door):
    with pytest.raises(PermissionDenied) as err:
        DecisionWizard(door, ctx["actors"]["pekerja_sosial"])
    assert "Kepala Bidang" in err.value.message
    # and the service refuses too, should a wizard ever be driven by the wrong role
    stay_id = make_case(store, ctx, stage="submitted")
    w = opened(qtbot, door, DecisionWizard, ctx["actors"]["kepala_bidang"])
    pick(qtbot, w, stay(store, stay_id).case_number)
    w.form_page.fields["outcome"].setter("tampung")
    w.form_page.fields["make_notice"].setter(False)
    QTest.keyClicks(w.form_page.fields["reason"].widget, "Layak")
    w.actor = ctx["actors"]["pekerja_sosial"]
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not w.committing and not door.busy)
    assert w.isVisible()
    assert "tidak berwenang" in w.form_page.top_error.text()
    with store.read() as s:
        assert s.execute(select(Decision)).first() is None
    assert stay(store, stay_id).status == CaseStatus.MENUNGGU_KEPUTUSAN


def test_decision_queue_admit_with_reason(qtbot, store, ctx, door):
    stay_id = make_case(store, ctx, stage="submitted")
    w = opened(qtbot, door, DecisionWizard, ctx["actors"]["kepala_bidang"])
    assert w.picker.list.count() == 1
    pick(qtbot, w, "")
    qtbot.waitUntil(lambda: "Menggelandang" in w.case_info.text())
    assert "Ketua RT 05" in w.notice.text()  # the requester to be informed
    w.form_page.fields["outcome"].setter("rujuk")
    QTest.keyClicks(w.form_page.fields["reason"].widget, "Perlu layanan panti")
    assert not w.button(QWizard.WizardButton.FinishButton).isEnabled()  # destination missing
    w.form_page.fields["outcome"].setter("tampung")
    letters = []
    w.open_letter = lambda parent, door_, actor, kind, sid: letters.append((kind, sid))
    finish(qtbot, w)
    assert w.result_value.notice_due and w.result_value.notify == "Ketua RT 05"
    assert letters == [("pemberitahuan_penerimaan", stay_id)]
    assert stay(store, stay_id).status == CaseStatus.DALAM_PELAYANAN


def test_identification_then_assessment_submitted(qtbot, store, ctx, door):
    stay_id = make_case(store, ctx, stage="registered")
    case = stay(store, stay_id).case_number
    w = opened(qtbot, door, IdentificationWizard, ctx["actors"]["pramu_sosial"])
    # from the keyboard: type in the search box, Down to the list, Enter to go on
    qtbot.waitUntil(w.picker.search.hasFocus)
    QTest.keyClicks(w.picker.search, case)
    QTest.keyClick(w.picker.search, Qt.Key.Key_Down)
    QTest.keyClick(w.picker.list, Qt.Key.Key_Return)
    assert w.current_key() == "identifikasi"
    w.form_page.fields["papers_seen"].setter(["ktp"])
    QTest.keyClicks(w.form_page.fields["belongings"].widget, "1 tas ransel")
    finish(qtbot, w)
    assert stay(store, stay_id).status == CaseStatus.IDENTIFIKASI
    with store.read() as s:
        assert s.execute(select(Belonging.description)).scalar_one() == "tas ransel"

    a = opened(qtbot, door, AssessmentWizard, ctx["actors"]["pekerja_sosial"],
               subject_id=stay_id)
    assert a.current_key() == "jenis"  # opened on a case: the picker is skipped
    a.pages["jenis"].fields["kind"].setter("awal")
    QTest.keyClicks(a.pages["jenis"].fields["problem"].widget, "Tidak punya tempat tinggal")
    a.next()
    QTest.keyClicks(a.pages["kondisi"].fields["mental_condition"].widget, "Stabil")
    a.next()
    a.next()
    assert not a.button(QWizard.WizardButton.FinishButton).isEnabled()  # recommendation
    QTest.keyClicks(a.pages["rekomendasi"].fields["recommendation"].widget, "Tampung")
    a.pages["rekomendasi"].fields["submit_for_decision"].setter(True)
    finish(qtbot, a)
    assert stay(store, stay_id).status == CaseStatus.MENUNGGU_KEPUTUSAN
    with store.read() as s:
        row = s.execute(select(Assessment)).scalar_one()
        assert (row.kind, row.mental_condition) == ("awal", "Stabil")


def test_care_logs_a_guidance_session(qtbot, store, ctx, door):
    stay_id = make_case(store, ctx)
    w = opened(qtbot, door, CareWizard, ctx["actors"]["pekerja_sosial"], subject_id=stay_id)
    assert w.current_key() == "jenis_layanan"
    w.pages["jenis_layanan"].fields["care_kind"].setter("bimbingan")
    w.next()
    assert w.current_key() == "bimbingan"
    w.pages["bimbingan"].fields["service_kind"].setter("bimbingan_fisik")
    QTest.keyClicks(w.pages["bimbingan"].fields["duration_minutes"].widget, "45")
    QTest.keyClicks(w.pages["bimbingan"].fields["session_notes"].widget, "Senam pagi")
    finish(qtbot, w)
    with store.read() as s:
        row = s.execute(select(ServiceSession)).scalar_one()
        assert (row.kind, row.duration_minutes, row.notes) == ("bimbingan_fisik", 45,
                                                               "Senam pagi")


def test_care_coordination_letter_then_its_reply(qtbot, store, ctx, door):
    from rumahsinggah.storage.models import Coordination

    stay_id = make_case(store, ctx, regency="Kabupaten Banjar")
    w = opened(qtbot, door, CareWizard, ctx["actors"]["pekerja_sosial"], subject_id=stay_id)
    w.pages["jenis_layanan"].fields["care_kind"].setter("koordinasi")
    w.next()
    assert w.current_key() == "koordinasi"
    QTest.keyClicks(w.pages["koordinasi"].fields["coord_region"].widget, "Kabupaten Banjar")
    QTest.keyClicks(w.pages["koordinasi"].fields["coord_agency"].widget,
                    "Dinas Sosial Kabupaten Banjar")
    QTest.keyClicks(w.pages["koordinasi"].fields["coord_letter"].widget, "460/221/Dinsos/XI/2026")
    finish(qtbot, w)

    r = opened(qtbot, door, CareWizard, ctx["actors"]["pekerja_sosial"], subject_id=stay_id)
    r.pages["jenis_layanan"].fields["care_kind"].setter("balasan")
    r.next()
    combo = r.pages["balasan"].fields["reply_to"].widget
    qtbot.waitUntil(lambda: combo.count() == 2)  # the placeholder and the letter sent
    assert "460/221/Dinsos/XI/2026" in combo.itemText(1)
    combo.setCurrentIndex(1)
    QTest.keyClicks(r.pages["balasan"].fields["reply_text"].widget, "Keluarga ditemukan di Martapura")
    finish(qtbot, r)
    with store.read() as s:
        row = s.execute(select(Coordination)).scalar_one()
        assert row.response == "Keluarga ditemukan di Martapura" and row.responded_at
