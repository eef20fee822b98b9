"""The complaints register at the desk: the board's complaint cards open it filtered to the
complaints they count, and the whole register can be worked with the keyboard alone
(pytest-qt, offscreen, a real demo store signed in as its users)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from gui_support import build_template, copy_store, open_window, sign_in
from rumahsinggah.gui import complaints_view
from rumahsinggah.services import complaints as svc
from rumahsinggah.services.calendar import facility_zone
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Complaint, Facility


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("complaints-desk") / "store", clients=20)


def _seed(store, actor) -> dict[str, uuid.UUID]:
    """Two complaints past their limit, one falling due later today, one answered, one well
    within its limit (Banjarmasin: 3 working days) and one where the standard sets no limit."""
    now = utcnow()
    with store.write(actor) as s:
        fac = {f.code: f.id for f in s.exec(select(Facility)).all()}
        bjm, bjr = fac["BJM"], fac["BJR"]

        def receive(fid, content, days_back, **kw):
            return svc.receive(s, svc.ComplaintInput(
                fid, "kotak_saran", content, received_at=now - timedelta(days=days_back),
                anonymous=True, **kw))

        ids = {
            "late_1": receive(bjm, "Kamar mandi kotor.", 10),
            "late_2": receive(bjm, "Makanan datang terlambat.", 12),
            "answered": receive(bjm, "Jam kunjung terlalu singkat.", 11),
            "running": receive(bjm, "Lampu lorong padam.", 0),
            "no_limit": receive(bjr, "Kasur kurang.", 9),
            "today": receive(bjm, "Pakaian belum dikembalikan.", 0),
        }
        svc.record_step(s, svc.StepInput(ids["answered"], "tanggapan",
                                         at=now - timedelta(days=10, hours=-1),
                                         response="Jam kunjung diperpanjang."))
        # Due later today on Banjarmasin's clock, whatever hour the test runs.
        row = s.get(Complaint, ids["today"])
        end = svc._end_of_today(now, facility_zone(s, bjm))
        row.due_at = now + min(timedelta(hours=1), (end - now) / 2)
        s.add(row)
    return ids


def _window(qtbot, template, tmp_path, username):
    paths = copy_store(template, tmp_path / "store")
    head = sign_in(paths, "kabid")  # the head receives the complaints
    try:
        ids = _seed(head.store, head.actor)
    finally:
        head.store.close()
    w, signed = open_window(qtbot, paths, username)
    return w, signed, ids


@pytest.fixture
def desk(qtbot, template, tmp_path, messages):
    w, signed, ids = _window(qtbot, template, tmp_path, "kabid")
    yield w, signed.store, ids
    w.shutdown()
    signed.store.close()


def _register(qtbot, window) -> complaints_view.ComplaintsDialog:
    qtbot.waitUntil(lambda: getattr(window, "complaints_dialog", None) is not None
                    and window.complaints_dialog.isVisible(), timeout=5000)
    dialog = window.complaints_dialog
    qtbot.waitUntil(lambda: dialog.ready and not window.door.busy, timeout=15000)
    return dialog


def _shown_ids(dialog) -> set[uuid.UUID]:
    return {r.id for r in dialog.rows}


def _close(qtbot, window, dialog) -> None:
    dialog.reject()
    window.complaints_dialog = None
    qtbot.waitUntil(lambda: not window.door.busy, timeout=5000)


def test_each_complaint_card_opens_the_register_with_exactly_what_it_counts(desk, qtbot):
    window, store, ids = desk
    cards = window.board.cards
    with store.read() as s:
        counts = svc.complaint_counts(s)
    assert (counts.overdue, counts.due_today) == (2, 1)
    assert cards["complaints_overdue"].value.text() == "2"
    assert cards["complaints_due_today"].value.text() == "1"
    assert cards["complaints_overdue"].clickable and cards["complaints_due_today"].clickable

    # A click on "lewat batas tanggapan": the register, filtered, the filter in view.
    qtbot.mouseClick(cards["complaints_overdue"], Qt.MouseButton.LeftButton)
    dialog = _register(qtbot, window)
    assert dialog.state() == "terlambat"
    assert _shown_ids(dialog) == {ids["late_1"], ids["late_2"]}
    assert dialog.table.rowCount() == int(cards["complaints_overdue"].value.text())
    assert dialog.state_box.isVisible()
    assert dialog.state_box.currentText() == "Belum ditanggapi, lewat batas"
    assert "disaring: Belum ditanggapi, lewat batas" in dialog.count.text()
    assert {dialog.table.item(i, 8).text() for i in range(2)} == {
        "Belum ditanggapi, lewat batas"}
    # ... and resettable there: every complaint again.
    assert dialog.reset_button.isEnabled()
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(ids) and not window.door.busy,
                    timeout=15000)
    assert _shown_ids(dialog) == set(ids.values())
    assert dialog.state() is None and not dialog.reset_button.isEnabled()
    _close(qtbot, window, dialog)

    # "Jatuh tempo hari ini" by keyboard: Space on the focused card.
    card = cards["complaints_due_today"]
    assert card.focusPolicy() & Qt.FocusPolicy.TabFocus
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Space)
    dialog = _register(qtbot, window)
    assert dialog.state() == "hari_ini"
    assert _shown_ids(dialog) == {ids["today"]}
    assert dialog.table.rowCount() == int(card.value.text()) == 1
    _close(qtbot, window, dialog)
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    dialog = _register(qtbot, window)
    assert _shown_ids(dialog) == {ids["today"]}
    _close(qtbot, window, dialog)


def test_the_cards_follow_the_boards_facility(desk, qtbot):
    window, store, ids = desk
    board = window.board
    with store.read() as s:
        bjr = s.exec(select(Facility.id).where(Facility.code == "BJR")).one()
        bjm = s.exec(select(Facility.id).where(Facility.code == "BJM")).one()
    box = board.facility_box
    [index] = [i for i in range(box.count()) if box.itemData(i) == bjr]
    box.setCurrentIndex(index)
    assert board.model.query.facility_id == bjr
    qtbot.waitUntil(lambda: board.model.counted and not window.door.busy, timeout=15000)
    assert board.cards["complaints_overdue"].value.text() == "0"  # BJR sets no limit
    qtbot.mouseClick(board.cards["complaints_overdue"], Qt.MouseButton.LeftButton)
    dialog = _register(qtbot, window)
    assert dialog.facility_id() == bjr and dialog.state() == "terlambat"
    assert dialog.table.rowCount() == 0
    # Widening the facility in the register shows Banjarmasin's late ones.
    dialog.facility.setCurrentIndex(dialog.facility.findData(str(bjm)))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2 and not window.door.busy,
                    timeout=15000)
    assert _shown_ids(dialog) == {ids["late_1"], ids["late_2"]}
    _close(qtbot, window, dialog)


def test_a_role_without_the_register_is_told_why(qtbot, template, tmp_path, messages):
    window, signed, _ids = _window(qtbot, template, tmp_path, "pramu")
    try:
        card = window.board.cards["complaints_overdue"]
        assert card.value.text() == "2"
        assert not window.can("complaints")
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(messages) == 1, timeout=5000)
        assert "tidak berwenang melihat register pengaduan" in messages[0]
        assert getattr(window, "complaints_dialog", None) is None
        assert not isinstance(QApplication.activeModalWidget(),
                              complaints_view.ComplaintsDialog)
    finally:
        window.shutdown()
        signed.store.close()


# -- the keyboard-only walk ------------------------------------------------------------------

def _focus():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(_focus(), key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(_focus(), text)


def _tab_to(qtbot, widget, limit: int = 15) -> int:
    """Tab until ``widget`` has the focus; how many Tabs it took (fails past ``limit``)."""
    for n in range(limit + 1):
        if _focus() is widget:
            return n
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{widget!r} is not reached by Tab (focus: {_focus()!r})")


def _back_to(qtbot, dialog) -> None:
    """A closed child dialog hands the keyboard back to ``dialog`` (the window manager's
    part, which the offscreen platform leaves undone)."""
    if not dialog.isActiveWindow():
        dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)


def test_the_register_worked_by_keyboard_alone(desk, qtbot):
    from rumahsinggah.gui.letters.preview import LetterPreviewDialog

    window, store, ids = desk
    window.activateWindow()
    window.board.search.setFocus()  # where the desk starts: the board's search box
    _press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
           | Qt.KeyboardModifier.ShiftModifier)
    register = _register(qtbot, window)
    assert register.table.rowCount() == len(ids)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is register.table, timeout=5000)
    assert register.current_id() == register.rows[0].id  # the newest, its detail below

    # A new complaint: Alt+B, then every field by Tab and typing, Ctrl+Enter saves.
    _press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(getattr(register, "_child", None),
                                       complaints_view.AddComplaintDialog)
                    and register._child.isVisible() and register._child.channel.count() > 0,
                    timeout=15000)
    add = register._child
    qtbot.waitUntil(lambda: _focus() is add.facility, timeout=5000)
    bjm = next(add.facility.itemText(i) for i in range(add.facility.count())
               if add.facility.itemText(i).endswith("(BJM)"))
    _press(qtbot, Qt.Key.Key_Home)
    for _ in range(add.facility.count()):  # the arrows walk the facilities
        if add.facility.currentText() == bjm:
            break
        _press(qtbot, Qt.Key.Key_Down)
    # Banjarmasin's own channels ("WA" for WhatsApp) follow the facility.
    qtbot.waitUntil(lambda: add.facility.currentText() == bjm and "WA" in [
        add.channel.itemText(i) for i in range(add.channel.count())] and not window.door.busy,
        timeout=15000)
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is add.channel
    _type(qtbot, "WA")  # a combo box finds the item typed
    assert add.channel.currentData() == "whatsapp"
    assert _tab_to(qtbot, add.name) == 3  # received, anonymous, name: one Tab each
    _type(qtbot, "Rahmat Hidayat")
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is add.contact
    _type(qtbot, "0812 5555 1234")
    assert _tab_to(qtbot, add.content) == 3  # identity, case, content
    _type(qtbot, "Anak saya belum mendapat kabar.")
    _press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the text box (no tab character typed)
    assert add.content.toPlainText() == "Anak saya belum mendapat kabar."
    assert _focus() is not add.content
    _press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert _focus() is add.content
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not add.isVisible() and register.table.rowCount() == len(ids) + 1
                    and not window.door.busy, timeout=15000)
    with store.read() as s:
        new = s.exec(select(Complaint).where(Complaint.complainant_name == "Rahmat Hidayat")
                     ).one()
        assert (new.channel, new.contact) == ("whatsapp", "0812 5555 1234")
        assert new.due_at is not None  # Banjarmasin's 3 working days

    # The list has the keyboard, on the new row; find it again with the arrows.
    _back_to(qtbot, register)
    assert _focus() is register.table and register.current_id() == new.id
    _press(qtbot, Qt.Key.Key_Home)
    for _ in range(register.table.rowCount()):
        if register.current_id() == new.id:
            break
        _press(qtbot, Qt.Key.Key_Down)
    assert register.current_id() == new.id
    # Its detail shows beside the list.
    qtbot.waitUntil(lambda: register.detail is not None and register.detail.row.id == new.id
                    and not window.door.busy, timeout=15000)
    assert "Rahmat Hidayat" in register.info.text()
    assert "Anak saya belum mendapat kabar." in register.info.text()
    assert register.steps.rowCount() == 1

    # Enter on the row records its next stage: the standard's first one, a note, Enter.
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(getattr(register, "_child", None),
                                       complaints_view.StepDialog)
                    and register._child.isVisible(), timeout=5000)
    step = register._child
    assert register.isVisible()  # Enter did not close the register
    qtbot.waitUntil(lambda: QApplication.focusWidget() is step.stage, timeout=5000)
    assert step.stage.currentData() == "pemeriksaan_administrasi"
    assert _tab_to(qtbot, step.note) == 2
    _type(qtbot, "Berkas pengaduan lengkap")
    _press(qtbot, Qt.Key.Key_Return)  # the default button: Simpan
    qtbot.waitUntil(lambda: not step.isVisible() and register.detail is not None
                    and register.detail.row.stage == "pemeriksaan_administrasi"
                    and not window.door.busy, timeout=15000)
    assert register.current_id() == new.id and register.steps.rowCount() == 2
    assert register.detail.steps[-1].note == "Berkas pengaduan lengkap"  # saved once, typed
    _back_to(qtbot, register)
    assert _focus() is register.table

    # The response by Alt+T: the stage picked with the arrows, the answer typed.
    _press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(getattr(register, "_child", None),
                                       complaints_view.StepDialog)
                    and register._child is not step and register._child.isVisible(),
                    timeout=5000)
    step = register._child
    qtbot.waitUntil(lambda: QApplication.focusWidget() is step.stage, timeout=5000)
    while step.stage.currentData() != "tanggapan":
        before = step.stage.currentIndex()
        _press(qtbot, Qt.Key.Key_Down)
        assert step.stage.currentIndex() == before + 1
    assert step.response.isVisible()
    _press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # the "Isi tanggapan" label
    assert _focus() is step.response
    _type(qtbot, "Petugas sudah menghubungi Dinas Sosial daerah asal.")
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not step.isVisible() and register.detail is not None
                    and register.detail.row.stage == "tanggapan"
                    and register.reply_button.isEnabled() and not window.door.busy,
                    timeout=15000)
    assert register.detail.response == "Petugas sudah menghubungi Dinas Sosial daerah asal."
    assert [st.stage for st in register.detail.steps] == [
        "diterima", "pemeriksaan_administrasi", "tanggapan"]
    _back_to(qtbot, register)

    # The receipt by Alt+R: numbered in the letter book, previewed, closed with Esc.
    _press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: any(d.isVisible()
                                for d in register.findChildren(LetterPreviewDialog))
                    and not window.door.busy, timeout=30000)
    [preview] = [d for d in register.findChildren(LetterPreviewDialog) if d.isVisible()]
    with store.read() as s:
        receipt = s.get(Complaint, new.id).receipt_letter_id
    assert receipt is not None
    preview.activateWindow()
    qtbot.waitUntil(lambda: preview.isActiveWindow(), timeout=5000)
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not any(d.isVisible()
                                    for d in register.findChildren(LetterPreviewDialog)),
                    timeout=5000)
    register.activateWindow()
    qtbot.waitUntil(lambda: register.isActiveWindow(), timeout=5000)
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not register.isVisible(), timeout=5000)


def _mnemonics(dialog) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    out = []
    for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if w.window() is not dialog:
            continue
        text = w.text().replace("&&", "")
        if "&" in text:
            out.append(text[text.index("&") + 1].lower())
    return out


def test_every_state_is_translatable_and_no_alt_key_is_taken_twice(qtbot, desk):
    window, _store, _ids = desk
    assert set(complaints_view.STATE_TEXTS) == set(svc.STATE_LABELS.values())
    register = complaints_view.open_register(window)
    qtbot.waitUntil(lambda: register.ready and not window.door.busy, timeout=15000)
    add = complaints_view.AddComplaintDialog(window.door, window.actor, register)
    qtbot.addWidget(add)
    qtbot.waitUntil(lambda: register.detail is not None and not window.door.busy,
                    timeout=15000)
    step = complaints_view.StepDialog(window.door, window.actor, register.detail, register)
    qtbot.addWidget(step)
    for dialog, at_least in ((register, 8), (add, 9), (step, 4)):
        keys = _mnemonics(dialog)
        assert len(keys) >= at_least, (dialog, keys)
        assert len(keys) == len(set(keys)), (dialog, sorted(keys))
    _close(qtbot, window, register)


def test_answering_from_the_filtered_register_updates_it_and_the_card(desk, qtbot):
    window, store, ids = desk
    card = window.board.cards["complaints_overdue"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    register = _register(qtbot, window)
    [row] = [i for i, r in enumerate(register.rows) if r.id == ids["late_1"]]
    register.table.selectRow(row)
    qtbot.waitUntil(lambda: register.detail is not None
                    and register.detail.row.id == ids["late_1"] and not window.door.busy,
                    timeout=15000)
    register.step_button.click()
    step = register._child
    step.stage.setCurrentIndex(step.stage.findData("tanggapan"))
    step.response.setPlainText("Kamar mandi sudah dibersihkan dan dijadwalkan harian.")
    step.save()
    # Answered (late): no longer "unanswered past the limit", in the list nor on the card.
    qtbot.waitUntil(lambda: not step.isVisible() and register.table.rowCount() == 1
                    and card.value.text() == "1" and not window.door.busy, timeout=15000)
    assert _shown_ids(register) == {ids["late_2"]}
    with store.read() as s:
        assert svc.complaint_counts(s).overdue == 1
        assert s.get(Complaint, ids["late_1"]).responded_at is not None
    _close(qtbot, window, register)


def test_a_complaint_written_elsewhere_shows_in_the_open_register(desk, qtbot):
    """The register listens to the door: a complaint received through another window's job
    appears without a manual refresh, and the complaint chosen stays chosen."""
    window, store, ids = desk
    qtbot.mouseClick(window.board.cards["complaints_overdue"], Qt.MouseButton.LeftButton)
    register = _register(qtbot, window)
    register.reset_filters()
    qtbot.waitUntil(lambda: not window.door.busy and len(register.rows) == len(ids),
                    timeout=15000)
    [row] = [i for i, r in enumerate(register.rows) if r.id == ids["late_2"]]
    register.table.selectRow(row)
    with store.read() as s:
        bjm = s.exec(select(Facility).where(Facility.code == "BJM")).one().id
    actor = window.actor
    made = []

    def receive(st):
        with st.write(actor) as s:
            return svc.receive(s, svc.ComplaintInput(bjm, "kotak_saran", "Air minum habis.",
                                                     anonymous=True))

    window.door.write(receive, made.append)
    qtbot.waitUntil(lambda: bool(made) and made[0] in _shown_ids(register)
                    and not window.door.busy,
                    timeout=15000)
    assert len(register.rows) == len(ids) + 1
    assert register.current_id() == ids["late_2"]
    _close(qtbot, window, register)


def test_a_limit_at_midnight_reads_as_the_end_of_the_day_before():
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    wita = ZoneInfo("Asia/Makassar")
    midnight = datetime(2026, 11, 28, 0, 0, tzinfo=wita).astimezone(UTC)
    assert complaints_view._due(midnight, wita) == "27-11-2026 24:00"
    assert complaints_view._due(midnight + timedelta(minutes=1), wita) == "28-11-2026 00:01"
    assert complaints_view._due(None, wita) == "-"
