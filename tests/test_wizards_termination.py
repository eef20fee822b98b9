"""The termination wizard: each basis, a family pickup with the Surat Penjamin printed from the
wizard, refusals without papers or signature, and the home visit scheduled from it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from rumahsinggah.core.vocab import CaseStatus
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.wizards.casework import HomeVisitWizard
from rumahsinggah.gui.wizards.termination import TerminationWizard
from rumahsinggah.storage.models import Attachment, HomeVisit, Letter, Stay, Termination
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


def open_on(qtbot, door, ctx, stay_id, cls=TerminationWizard):
    w = cls(door, ctx["actors"]["pekerja_sosial"], subject_id=stay_id)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded and not door.busy)
    return w


def basis_page(qtbot, w, door, mode: str, basis: str | None) -> None:
    assert w.current_key() == "dasar"
    qtbot.waitUntil(lambda: not door.busy and bool(w.summary))
    page = w.pages["dasar"]
    page.fields["mode"].setter(mode)
    if basis:
        page.fields["basis"].setter(basis)
    w.next()


def handover(w, place="Rumah Singgah Banjarmasin", witness="Siti (pramu sosial)") -> None:
    assert w.current_key() == "serah_terima"
    page = w.pages["serah_terima"]
    page.fields["place"].setter(place)
    QTest.keyClicks(page.fields["witnesses"].widget, witness)


def finish(qtbot, w) -> None:
    with qtbot.waitSignal(w.committed, timeout=10000):
        w.button(QWizard.WizardButton.FinishButton).click()


def closed(store, stay_id) -> tuple[str, Termination]:
    with store.read() as s:
        return s.get(Stay, stay_id).status, s.execute(
            select(Termination).where(Termination.stay_id == stay_id)).scalar_one()


def test_basis_ready_to_return_delivered_home(qtbot, store, ctx, door):
    stay_id = make_case(store, ctx, ready=True)
    w = open_on(qtbot, door, ctx, stay_id)
    basis_page(qtbot, w, door, "diantar_pulang", "siap_pulang")
    assert "dapat dipulangkan: <b>ya" in w.case_info.text()
    assert w.current_key() == "antar"
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    QTest.keyClicks(w.pages["antar"].fields["deliver_destination"].widget, "Jl. Kelayan B")
    QTest.keyClicks(w.pages["antar"].fields["escort"].widget, "Pak Anwar")
    w.next()
    handover(w)
    finish(qtbot, w)
    status, row = closed(store, stay_id)
    assert status == CaseStatus.SELESAI
    assert (row.basis, row.mode, row.destination, row.witnesses) == (
        "siap_pulang", "diantar_pulang", "Jl. Kelayan B", ["Siti (pramu sosial)"])


def test_basis_past_21_days_referred_to_a_panti(qtbot, store, ctx, door):
    stay_id = make_case(store, ctx, days_ago=24)  # day 25
    w = open_on(qtbot, door, ctx, stay_id)
    basis_page(qtbot, w, door, "dirujuk_balai_panti", "lewat_batas_tinggal")
    assert "Hari ke-25" in w.case_info.text() and "‼" in w.case_info.text()
    QTest.keyClicks(w.pages["rujuk"].fields["refer_destination"].widget,
                    "Panti Sosial Budi Sejahtera")
    w.next()
    handover(w)
    finish(qtbot, w)
    status, row = closed(store, stay_id)
    assert (status, row.basis, row.destination) == (
        CaseStatus.SELESAI, "lewat_batas_tinggal", "Panti Sosial Budi Sejahtera")


def test_day_21_is_refused_next_to_the_basis(qtbot, store, ctx, door):
    stay_id = make_case(store, ctx, days_ago=20)  # day 21: not yet more than 21 days
    w = open_on(qtbot, door, ctx, stay_id)
    basis_page(qtbot, w, door, "diserahkan_instansi", "lewat_batas_tinggal")
    QTest.keyClicks(w.pages["serahkan"].fields["handover_agency"].widget, "Dinsos Prov")
    w.next()
    handover(w)
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not w.committing and not door.busy)
    assert w.isVisible() and w.current_key() == "dasar"
    label = w.pages["dasar"].fields["basis"].error_label
    assert label.isVisible() and "hari ke-21" in label.text()
    with store.read() as s:
        assert s.execute(select(Termination)).first() is None
        assert s.get(Stay, stay_id).closed_at is None


def test_left_without_notice_needs_no_basis(qtbot, store, ctx, door):
    stay_id = make_case(store, ctx, stage="identified")
    w = open_on(qtbot, door, ctx, stay_id)
    basis_page(qtbot, w, door, "pergi_tanpa_pamit", None)
    assert w.current_key() == "serah_terima"
    QTest.keyClicks(w.pages["serah_terima"].fields["notes"].widget, "Tidak ada saat apel pagi")
    finish(qtbot, w)
    status, row = closed(store, stay_id)
    assert (status, row.mode, row.basis) == (CaseStatus.SELESAI, "pergi_tanpa_pamit", "")


def test_family_pickup_prints_surat_penjamin_and_schedules_home_visit(
        qtbot, store, ctx, door, tmp_path):
    stay_id = make_case(store, ctx)  # from Kota Banjarmasin, like the facility
    scan = tmp_path / "penjamin.jpg"
    scan.write_bytes(b"\xff\xd8\xff scanned guarantee")
    w = open_on(qtbot, door, ctx, stay_id)
    previews = []
    w.preview = lambda parent, title, pdf, number: previews.append((title, pdf))
    basis_page(qtbot, w, door, "dijemput_keluarga", None)
    assert w.pages["dasar"].fields["basis"].value() == "dijemput_keluarga"  # chosen for them
    assert w.current_key() == "jemput"
    page = w.pages["jemput"]
    nxt = w.button(QWizard.WizardButton.NextButton)
    QTest.keyClicks(page.fields["pickup_name"].widget, "Hj. Aminah")
    QTest.keyClicks(page.fields["pickup_relationship"].widget, "ibu")
    QTest.keyClicks(page.fields["pickup_address"].widget, "Jl. Pekapuran Raya 12")
    assert not nxt.isEnabled()
    assert "Dokumen penjemput" in page.hint.text()  # refused without papers
    # the service refuses as well, should Finish be reached without the papers
    w.accept()
    qtbot.waitUntil(lambda: not w.committing and not door.busy)
    assert page.fields["pickup_papers"].error_label.isVisible()
    assert "KTP" in page.fields["pickup_papers"].error_label.text()
    page.fields["pickup_papers"].setter(["ktp", "kk"])
    assert not nxt.isEnabled()
    assert "belum dicetak" in page.hint.text()  # refused before the letter is printed
    # the "signed" and "meterai" boxes cannot be ticked before printing
    assert not page.fields["penjamin_signed"].widget.isEnabled()
    assert not page.fields["meterai"].widget.isEnabled()
    QTest.mouseClick(page.fields["meterai"].widget, Qt.MouseButton.LeftButton)
    assert page.fields["meterai"].value() is False
    w.accept()  # and by the service, should Finish be reached without the printed letter
    qtbot.waitUntil(lambda: not w.committing and not door.busy)
    assert "belum dicetak" in page.fields["penjamin_signed"].error_label.text()
    with store.read() as s:
        assert s.execute(select(Termination)).first() is None
    # print the Surat Penjamin from here, through the letters service
    w.print_button.click()
    qtbot.waitUntil(lambda: bool(previews) or "Membuat" not in w.print_status.text(),
                    timeout=20000)
    assert previews, w.print_status.text()
    title, pdf = previews[0]
    assert title == "Surat Penjamin" and pdf.startswith(b"%PDF")
    assert "dibuat dan disimpan" in w.print_status.text()
    w.print_button.click()  # printed again for the same pickup: the same kept letter
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=20000)
    assert previews[1][1] == pdf
    assert page.fields["penjamin_signed"].widget.isEnabled()
    assert "belum ditandatangani" in page.hint.text()  # printed, not yet signed
    page.fields["penjamin_signed"].setter(True)
    page.fields["meterai"].setter(True)
    assert "pindaian" in page.hint.text() and not nxt.isEnabled()  # the signed scan
    page.fields["penjamin_scan"].setter([str(scan)])
    assert nxt.isEnabled()
    w.next()
    hp = w.pages["serah_terima"]
    assert hp.fields["home_visit"].widget.isVisibleTo(hp)  # a client of the same city
    assert hp.fields["place"].value() == "Rumah Singgah Banjarmasin"
    QTest.keyClicks(hp.fields["witnesses"].widget, "Pak RT")
    hp.fields["home_visit"].setter(True)
    finish(qtbot, w)
    status, row = closed(store, stay_id)
    assert status == CaseStatus.SELESAI
    assert (row.pickup_name, row.pickup_papers, row.surat_penjamin_signed, row.meterai) == (
        "Hj. Aminah", ["kk", "ktp"], True, True)
    with store.read() as s:
        att = s.get(Attachment, row.surat_penjamin_attachment_id)
        assert att.kind == "surat_penjamin" and att.filename == "penjamin.jpg"
        letter = s.execute(select(Letter).where(Letter.stay_id == stay_id)).scalar_one()
        assert letter.letter_type == "surat_penjamin"
        assert letter.params["penjamin"]["nama"] == "Hj. Aminah"
        visit = s.execute(select(HomeVisit)).scalar_one()
        assert visit.stay_id == stay_id and visit.visited_at is None

    # the home visit shows as scheduled, and is logged when done
    hv = open_on(qtbot, door, ctx, None, cls=HomeVisitWizard)
    assert hv.picker.list.count() == 1
    hv.picker.list.setCurrentRow(0)
    hv.next()
    QTest.keyClicks(hv.pages["hasil"].fields["visit_result"].widget,
                    "Klien tinggal bersama ibunya, sehat")
    finish(qtbot, hv)
    with store.read() as s:
        visit = s.execute(select(HomeVisit)).scalar_one()
        assert visit.visited_at is not None and visit.result.startswith("Klien tinggal")
