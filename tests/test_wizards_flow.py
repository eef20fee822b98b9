"""What was typed flows forward: the selected case opens in every case wizard (with whose
case it is on every page), intake belongings / agency / PMKS category carry into the next
steps, a facility without a raid standard says so, and a timeline entry opens and is
corrected with its history kept."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.gui.board_view import STAY_ID_ROLE
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.main_window import MainWindow
from rumahsinggah.gui.preferences import Preferences
from rumahsinggah.gui.record_view import ENTRY_ROLE, ClientRecordWidget
from rumahsinggah.gui.timeline_dialog import TimelineEntryDialog
from rumahsinggah.gui.wizards import WIZARDS, IntakeWizard
from rumahsinggah.gui.wizards.casework import CaseWizard, IdentificationWizard
from rumahsinggah.services import casework, intake, org, termination, timeline_entries
from rumahsinggah.storage.audit import SYSTEM
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import (
    Assessment,
    AuditEvent,
    Belonging,
    Client,
    Facility,
    Identification,
    Stay,
)
from wizards_support import make_case, seed, seed_returning

# wizard key -> (stage the case must be at, role that opens it)
CASE_WIZARDS = {
    "identification": ("registered", "pramu_sosial"),
    "assessment": ("identified", "pekerja_sosial"),
    "decision": ("submitted", "kepala_bidang"),
    "care": ("admitted", "pekerja_sosial"),
    "termination": ("admitted", "pekerja_sosial"),
    "home_visit": ("visit", "pekerja_sosial"),
}


@pytest.fixture
def ctx(store):
    return seed(store)


@pytest.fixture
def door(store, qtbot):
    d = DbDoor(store)
    yield d
    qtbot.waitUntil(lambda: not d.busy)
    d.shutdown()


def case_at(store, ctx, stage: str, name: str = "Rudi Hartono"):
    """A case at ``stage``; "visit": taken home, with a home visit scheduled."""
    if stage != "visit":
        return make_case(store, ctx, stage=stage, name=name)
    stay_id = make_case(store, ctx, name=name, ready=True)
    with store.write(ctx["actors"]["pekerja_sosial"]) as s:
        termination.terminate(s, termination.TerminationInput(
            stay_id=stay_id, mode="diantar_pulang", basis="siap_pulang",
            destination="Jl. Pekapuran Raya 12", place="Rumah keluarga", witnesses=["Ketua RT"],
            home_visit_on=(utcnow() + timedelta(days=7)).date()))
    return stay_id


def window_for(qtbot, store, paths, ctx, role: str) -> MainWindow:
    actor = ctx["actors"][role]
    user = SimpleNamespace(username=role, full_name=f"Petugas {role}", role=role)
    w = MainWindow(store, paths, user, actor, Preferences())
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.board.model.ready, timeout=15000)
    qtbot.waitUntil(lambda: not w.door.busy, timeout=15000)
    return w


def open_wizards(cls) -> list:
    return [x for x in QApplication.topLevelWidgets() if isinstance(x, cls) and x.isVisible()]


def launched(qtbot, w, key: str):
    entry = next(e for e in WIZARDS if e.key == key)
    before = set(map(id, open_wizards(entry.cls)))
    action = w.actions.get(f"wizard_{key}") or w.actions["decide" if key == "decision"
                                                          else key]
    action.action.trigger()
    qtbot.waitUntil(lambda: any(id(x) not in before for x in open_wizards(entry.cls)))
    wizard = next(x for x in open_wizards(entry.cls) if id(x) not in before)
    qtbot.waitUntil(lambda: wizard.loaded and not w.door.busy, timeout=10000)
    return wizard


def select_board_row(qtbot, w, stay_id) -> None:
    view = w.board.view
    model = view.model()
    qtbot.waitUntil(lambda: any(model.index(r, 0).data(STAY_ID_ROLE) == str(stay_id)
                                for r in range(model.rowCount())))
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(STAY_ID_ROLE) == str(stay_id))
    view.selectionModel().select(model.index(row, 0),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)


def header_text(page) -> str:
    return page.case_header.text() if page.case_header is not None else ""


def assert_named_on_every_page(wizard, name: str, case_number: str) -> None:
    for page in wizard.pages.values():
        if page is wizard.picker:
            continue
        assert name in header_text(page), (wizard.name, page.key)
        assert case_number in header_text(page)
        assert page.case_header.isVisibleTo(page)


@pytest.mark.parametrize("key", list(CASE_WIZARDS))
def test_board_row_selected_opens_each_case_wizard_on_it(qtbot, store, paths, ctx, messages,
                                                         key):
    stage, role = CASE_WIZARDS[key]
    other = case_at(store, ctx, stage if stage != "visit" else "admitted", name="Budi Lain")
    stay_id = case_at(store, ctx, stage, name="Siti Rahmah")
    with store.read() as s:
        case_number = s.get(Stay, stay_id).case_number
    w = window_for(qtbot, store, paths, ctx, role)
    try:
        if stage == "visit":  # a closed case is not on the board: its record tab is current
            record = w.open_client(str(_client_of(store, stay_id)))
            qtbot.waitUntil(lambda: record.record is not None)
        else:
            select_board_row(qtbot, w, stay_id)
            assert w.selected_case()[0] == str(stay_id)
        wizard = launched(qtbot, w, key)
        assert isinstance(wizard, CaseWizard)
        assert wizard.current_key() != "kasus", key  # no client picker
        assert wizard.picker.chosen().case_number == case_number
        assert_named_on_every_page(wizard, "Siti Rahmah", case_number)
        assert "Budi Lain" not in header_text(wizard.currentPage())
        if stage not in ("visit",):
            assert "hari ke-" in header_text(wizard.currentPage())
        wizard.close()
    finally:
        w.shutdown()
    del other


def _client_of(store, stay_id):
    with store.read() as s:
        return s.get(Stay, stay_id).client_id


def test_record_tab_current_opens_identification_on_its_case(qtbot, store, paths, ctx,
                                                             messages):
    make_case(store, ctx, stage="registered", name="Budi Lain")
    stay_id = make_case(store, ctx, stage="registered", name="Siti Rahmah")
    w = window_for(qtbot, store, paths, ctx, "pramu_sosial")
    try:
        record = w.open_client(str(_client_of(store, stay_id)))
        qtbot.waitUntil(lambda: record.record is not None)
        assert isinstance(w.tabs.currentWidget(), ClientRecordWidget)
        wizard = launched(qtbot, w, "identification")
        assert wizard.current_key() == "identifikasi"
        assert wizard.stay_id() == str(stay_id)
        assert "Siti Rahmah" in header_text(wizard.form_page)
        wizard.close()
        # nothing selected on the board: the picker is shown as before
        w.show_board()
        w.board.view.clearSelection()
        picker = launched(qtbot, w, "identification")
        assert picker.current_key() == "kasus"
        assert picker.picker.list.count() == 2
        picker.close()
    finally:
        w.shutdown()


def test_a_case_this_step_cannot_take_says_so_on_the_picker(qtbot, store, ctx, door):
    stay_id = make_case(store, ctx, stage="admitted", name="Siti Rahmah")
    w = IdentificationWizard(door, ctx["actors"]["pramu_sosial"], subject_id=stay_id)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded and not door.busy)
    assert w.current_key() == "kasus"
    assert w.picker.subject_note.isVisibleTo(w.picker)
    assert "Siti Rahmah" in w.picker.subject_note.text()
    assert "tidak dapat dipakai" in w.picker.subject_note.text()


# -- intake flows forward ----------------------------------------------------------------


def test_intake_belongings_prefill_identification_and_are_not_doubled(qtbot, store, ctx,
                                                                      door):
    with store.write(ctx["actors"]["pramu_sosial"]) as s:
        stay_id = intake.register_person(s, intake.IntakeInput(
            person=intake.PersonInput(full_name="Siti Rahmah", sex="P", estimated_age=30,
                                      belongings=[casework.BelongingInput("baju", 2),
                                                  casework.BelongingInput("tas ransel")]),
            facility_id=ctx["facility"], source="laporan_masyarakat",
            arrival_at=utcnow() - timedelta(hours=1), requester_name="Ketua RT 05")).stay_id
    w = IdentificationWizard(door, ctx["actors"]["pramu_sosial"], subject_id=stay_id)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded and not door.busy)
    assert w.current_key() == "identifikasi"
    field = w.form_page.fields["belongings"]
    qtbot.waitUntil(lambda: field.value() == "2 baju\ntas ransel")
    # the officer checks the list: one more item found, the bag count corrected
    field.setter("2 baju\n2 tas ransel\n1 dompet")
    with qtbot.waitSignal(w.committed, timeout=10000):
        w.button(QWizard.WizardButton.FinishButton).click()
    with store.read() as s:
        live = sorted((b.quantity, b.description) for b in s.execute(
            select(Belonging).where(Belonging.deleted_at.is_(None))).scalars())
        gone = s.execute(select(Belonging).where(Belonging.deleted_at.is_not(None))
                         ).scalars().all()
    assert live == [(1, "dompet"), (2, "baju"), (2, "tas ransel")]
    assert [(b.quantity, b.description) for b in gone] == [(1, "tas ransel")]  # kept, marked


def test_raid_category_applies_to_a_returning_client(store, ctx):
    returning = seed_returning(store)
    with store.write(SYSTEM) as s:
        s.get(Client, returning["Muhammad Rizki"]).pmks_category = "pengemis"
    with store.write(ctx["actors"]["pramu_sosial"]) as s:
        result = intake.register_raid(s, intake.RaidInput(
            raid_date=utcnow() - timedelta(hours=2), facility_id=ctx["facility"],
            agency_id=ctx["satpol"], letter_number="300/1/SPP", place="Pasar Lama",
            pmks_category="gelandangan",
            people=[intake.PersonInput(full_name="M. Rizki", sex="L",
                                       existing_client_id=returning["Muhammad Rizki"]),
                    intake.PersonInput(full_name="Orang Baru", sex="L", estimated_age=50),
                    intake.PersonInput(full_name="Anak Jalanan", sex="L", estimated_age=12,
                                       pmks_category="anak jalanan")]))
    with store.read() as s:
        cats = [s.get(Client, p.client_id).pmks_category for p in result.people]
        trail = s.execute(select(AuditEvent).where(
            AuditEvent.record_id == returning["Muhammad Rizki"],
            AuditEvent.action == "update")).scalars().all()
    assert cats == ["gelandangan", "gelandangan", "anak jalanan"]
    assert any(e.changes.get("pmks_category") == ["pengemis", "gelandangan"] for e in trail)


def _intake_wizard(qtbot, door, ctx) -> IntakeWizard:
    w = IntakeWizard(door, ctx["actors"]["pramu_sosial"])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded and not door.busy)
    return w


def test_raid_page_agency_comes_from_page_one(qtbot, store, ctx, door):
    w = _intake_wizard(qtbot, door, ctx)
    w.mode.setCurrentIndex(w.mode.findData("razia"))
    agency_index = next(i for i in range(w.agency.count())
                        if w.agency.itemText(i) == "Polsek Banjarmasin Tengah")
    w.agency.setCurrentIndex(agency_index)
    w.pages["penerimaan"].fields["arrival_at"].setter(
        (utcnow() - timedelta(hours=1)).astimezone().replace(tzinfo=None)
        .isoformat(timespec="minutes"))
    assert w.standard.currentData() == "bjm-penerimaan-rs"
    w.next()
    assert w.current_key() == "razia"
    assert w.pages["razia"].fields["raid_agency"].value() == "Polsek Banjarmasin Tengah"
    # what the user types is kept when going back and choosing again
    w.pages["razia"].fields["raid_agency"].setter("Satpol PP Kabupaten Banjar")
    w.back()
    w.agency.setCurrentIndex(0)
    w.next()
    assert w.pages["razia"].fields["raid_agency"].value() == "Satpol PP Kabupaten Banjar"


def test_facility_without_a_raid_standard_says_where_to_go(qtbot, store, ctx, door):
    with store.write(SYSTEM) as s:
        org.create_facility(s, org.FacilityInput(
            name="Rumah Perlindungan Sosial Kota Pangkalpinang", kind="rps", code="PGK",
            default_standard="pgk-tuna-susila", regency="Kota Pangkalpinang",
            province="Kepulauan Bangka Belitung"))
    w = _intake_wizard(qtbot, door, ctx)
    w.mode.setCurrentIndex(w.mode.findData("razia"))
    w.facility.setCurrentIndex(next(i for i in range(w.facility.count())
                                    if "PGK" in w.facility.itemText(i)))
    assert w.standard.count() == 1  # only the placeholder
    note = w.standard_note.text()
    assert w.standard_note.isVisibleTo(w.start_page)
    assert "belum punya standar pelayanan untuk penerimaan hasil razia" in note
    assert "Rumah Singgah Banjarmasin (RSB)" in note
    # one person (not a raid) at the same facility: its standard is offered, no note
    w.mode.setCurrentIndex(w.mode.findData("satu"))
    assert w.standard.findData("pgk-tuna-susila") > 0
    assert not w.standard_note.isVisibleTo(w.start_page)
    # and the service refuses a raid under a standard that does not take raids
    with pytest.raises(DomainError, match="tidak mengatur penerimaan hasil razia"), \
            store.write(ctx["actors"]["pramu_sosial"]) as s:
        fid = s.execute(select(Facility.id).where(Facility.code == "PGK")).scalar_one()
        intake.register_raid(s, intake.RaidInput(
            raid_date=utcnow() - timedelta(hours=2), facility_id=fid,
            agency_name="Satpol PP", people=[intake.PersonInput(full_name="A", sex="P")]))


# -- the timeline entry ------------------------------------------------------------------


def test_timeline_entry_opens_and_a_correction_is_kept(qtbot, store, ctx, door, messages):
    stay_id = make_case(store, ctx, stage="registered", name="Siti Rahmah")
    with store.read() as s:
        arrived = s.get(Stay, stay_id).arrival_at
    with store.write(ctx["actors"]["pramu_sosial"]) as s:
        ident_id = casework.record_identification(s, casework.IdentificationInput(
            stay_id=stay_id, notes="Klien dari Pasar Lama",
            identified_at=arrived + timedelta(hours=1)))
    ident = SimpleNamespace(id=ident_id)
    record = ClientRecordWidget(door, ctx["actors"]["pramu_sosial"], _client_of(store, stay_id))
    qtbot.addWidget(record)
    record.resize(1366, 768)
    record.show()
    qtbot.waitUntil(lambda: record.record is not None)
    tree = record.stays_tree
    item = _find_entry(tree, "identification")
    assert item is not None
    tree.setCurrentItem(item)
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Return)  # Enter opens it (as a double-click does)
    qtbot.waitUntil(lambda: bool(record.entry_dialogs))
    dialog: TimelineEntryDialog = record.entry_dialogs[-1]
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert "Identifikasi awal" in dialog.heading.text()
    assert "Petugas pramu_sosial" in dialog.recorded.text()  # who recorded it
    assert "notes" in dialog.editors and dialog.save_button.isVisible()
    # no reason: refused by the service, nothing changed
    dialog.editors["notes"].setPlainText("Klien dari Pasar Baru")
    dialog.save_correction()
    qtbot.waitUntil(lambda: "alasan" in dialog.message.text().lower())
    with store.read() as s:
        assert s.get(Identification, ident.id).notes == "Klien dari Pasar Lama"
    dialog.reason.setText("salah tulis nama pasar")
    with qtbot.waitSignal(dialog.corrected, timeout=10000):
        dialog.save_correction()
    qtbot.waitUntil(lambda: dialog.history_count == 1)
    history = dialog.history.text()
    assert "<s>Klien dari Pasar Lama</s>" in history and "Pasar Baru" in history
    assert "salah tulis nama pasar" in history and "Petugas pramu_sosial" in history
    with store.read() as s:
        assert s.get(Identification, ident.id).notes == "Klien dari Pasar Baru"
        detail = timeline_entries.entry_detail(s, "identification", ident.id,
                                               role="pramu_sosial")
    assert [(c.changes["notes"], c.reason) for c in detail.changes] == [
        (("Klien dari Pasar Lama", "Klien dari Pasar Baru"), "salah tulis nama pasar")]
    dialog.close()


def test_a_role_that_may_not_record_it_only_reads_it(qtbot, store, ctx, door):
    stay_id = make_case(store, ctx, stage="submitted", name="Siti Rahmah")
    with store.read() as s:
        assessment_id = s.execute(select(Assessment.id)).scalar_one()
    dialog = TimelineEntryDialog(door, ctx["actors"]["pramu_sosial"], "assessment",
                                 assessment_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert not dialog.editors and not dialog.save_button.isVisible()
    assert "Menggelandang" in dialog.findChild(type(dialog.heading), "entry_problem").text()
    with pytest.raises(DomainError), store.write(ctx["actors"]["pramu_sosial"]) as s:
        timeline_entries.correct_entry(s, "assessment", assessment_id,
                                       {"problem": "x"}, "coba")
    del stay_id


def _find_entry(tree, entity: str):
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            stage = top.child(j)
            for k in range(stage.childCount()):
                item = stage.child(k)
                data = item.data(0, ENTRY_ROLE)
                if data and data[0] == entity:
                    return item
    return None
