"""The resident board and the client record on a demo store (pytest-qt, offscreen)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from gui_support import (
    VARIANT_NAME,
    VARIANT_QUERY,
    build_template,
    copy_store,
    open_window,
    wait_door,
)
from rumahsinggah.gui import record_view
from rumahsinggah.gui.board_view import CLIENT_ID_ROLE
from rumahsinggah.gui.record_view import ClientRecordWidget
from rumahsinggah.services import board


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("gui-board") / "store")


@pytest.fixture
def window(qtbot, template, tmp_path, messages):
    paths = copy_store(template, tmp_path / "store")
    w, signed = open_window(qtbot, paths, "kabid")
    yield w
    w.shutdown()
    signed.store.close()


def rows(model, column=1):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_board_shows_demo_residents_and_counts(window):
    model = window.board.model
    counts = model.counts
    assert counts.residents == model.rowCount() > 10
    assert window.board.cards["residents"].value.text() == str(counts.residents)
    assert window.board.cards["eligible"].value.text() == str(counts.eligible)
    assert VARIANT_NAME + " (Edi)" in rows(model)
    states = rows(model, board.BOARD_COLUMNS.index("residency"))
    # never colour alone: the state is written out
    assert sum("Lewat 21 hari" in s for s in states) == counts.eligible
    assert sum("Mendekati 21 hari" in s for s in states) == counts.approaching


def test_item_models_pass_the_model_tester(window, qtmodeltester, qtbot):
    qtmodeltester.check(window.board.model)
    window.board.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.board.clients_model.ready, timeout=15000)
    wait_door(qtbot, window)
    qtmodeltester.check(window.board.clients_model)


def test_search_as_you_type_finds_spelling_variants(window, qtbot):
    window.trigger("search")
    assert window.board.search.hasFocus()
    qtbot.keyClicks(window.board.search, VARIANT_QUERY)
    qtbot.waitUntil(lambda: window.board.model.query.text == VARIANT_QUERY, timeout=5000)
    wait_door(qtbot, window)
    assert rows(window.board.model) == [VARIANT_NAME + " (Edi)"]
    assert window.board.result_label.text() == "1 penghuni ditampilkan"
    qtbot.keyClick(window.board.search, Qt.Key.Key_Escape)
    wait_door(qtbot, window)
    assert window.board.model.rowCount() == window.board.model.counts.residents


def test_stale_search_results_are_dropped(window, qtbot, monkeypatch):
    """A slow earlier search must not overwrite a newer one.

    The real door and worker thread: the search for "a" is held inside the board query on
    the worker until the user has typed the newer search; its answer then arrives first.
    Every time the board's rows are replaced afterwards they must be the newer search's.
    """
    model, search = window.board.model, window.board.search
    entered, release = threading.Event(), threading.Event()
    real_page = board.board_page

    def slow_page(session, query, **kw):
        if query.text == "a":
            entered.set()
            assert release.wait(10), "the test never let the slow search finish"
        return real_page(session, query, **kw)

    monkeypatch.setattr(board, "board_page", slow_page)
    shown: list[list[str]] = []
    model.modelReset.connect(lambda: shown.append(rows(model)))

    search.setText("a")
    window.board.search_now()
    qtbot.waitUntil(entered.is_set, timeout=10000)  # the worker is inside the "a" search
    search.setText(VARIANT_QUERY)
    window.board.search_now()  # typed on while the worker is still busy with "a"
    release.set()
    wait_door(qtbot, window)

    assert shown == [[VARIANT_NAME + " (Edi)"]]  # "a"'s rows were never shown
    assert rows(model) == [VARIANT_NAME + " (Edi)"]
    assert window.board.result_label.text() == "1 penghuni ditampilkan"
    # the held answer was a real one that would have changed the rows
    monkeypatch.setattr(board, "board_page", real_page)
    search.setText("a")
    window.board.search_now()
    wait_door(qtbot, window)
    assert len(rows(model)) > 1


def test_filter_by_21_day_state(window, qtbot):
    expected = window.board.model.counts.eligible
    window.board.set_residency_filter(board.ELIGIBLE)
    wait_door(qtbot, window)
    states = rows(window.board.model, board.BOARD_COLUMNS.index("residency"))
    assert len(states) == expected > 0
    assert all("Lewat 21 hari" in s for s in states)
    window.trigger("awaiting")  # the Ctrl+K shortcut: status filter
    wait_door(qtbot, window)
    statuses = rows(window.board.model, board.BOARD_COLUMNS.index("status"))
    assert all(s == "Menunggu keputusan" for s in statuses)


def test_sort_by_clicking_a_header(window, qtbot):
    view = window.board.view
    header = view.horizontalHeader()
    name_col = board.BOARD_COLUMNS.index("case_number")
    x = header.sectionViewportPosition(name_col) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().center().__class__(x, 5))
    wait_door(qtbot, window)
    numbers = rows(window.board.model, name_col)
    assert window.board.model.query.sort == "case_number"
    assert numbers == sorted(numbers, reverse=window.board.model.query.descending)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().center().__class__(x, 5))
    wait_door(qtbot, window)
    again = rows(window.board.model, name_col)
    assert again == list(reversed(numbers))


def test_enter_on_a_result_opens_the_record(window, qtbot):
    view = window.board.view
    view.setFocus()
    view.setCurrentIndex(window.board.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    record = window.tabs.currentWidget()
    assert isinstance(record, ClientRecordWidget)
    expected = window.board.model.index(0, 0).data(CLIENT_ID_ROLE)
    assert str(record.client_id) == expected
    qtbot.waitUntil(lambda: record.record is not None, timeout=10000)
    assert record.record.stays and record.stays_tree.topLevelItemCount() >= 1
    stages = [record.stays_tree.topLevelItem(0).child(i).text(0) for i in range(7)]
    assert stages == ["Penerimaan", "Asesmen", "Rencana intervensi", "Intervensi",
                      "Resosialisasi", "Terminasi", "Bimbingan lanjut"]
    assert window.tabs.tabText(window.tabs.currentIndex()) == record.record.identity["full_name"]


def test_all_clients_tab_fetches_more_as_it_scrolls(window, qtbot):
    window.board.tabs.setCurrentIndex(1)
    model = window.board.clients_model
    qtbot.waitUntil(lambda: model.ready, timeout=15000)
    wait_door(qtbot, window)
    assert model.rowCount() == board.PAGE_SIZE < model.total
    assert model.canFetchMore()
    window.board.clients_view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > board.PAGE_SIZE, timeout=10000)
    assert window.board.result_label.text().endswith("klien")


def open_record(window, qtbot, name=VARIANT_NAME) -> ClientRecordWidget:
    window.board.search.setText(name)
    window.board.search_now()
    wait_door(qtbot, window)
    record = window.open_client(window.board.model.index(0, 0).data(CLIENT_ID_ROLE))
    qtbot.waitUntil(lambda: record.record is not None, timeout=10000)
    return record


def test_editing_identity_keeps_history(window, qtbot):
    record = open_record(window, qtbot)
    record.fields["nickname"].setText("Jun")
    assert record.has_unsaved_changes()
    qtbot.mouseClick(record.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.record.identity["nickname"] == "Jun", timeout=10000)
    wait_door(qtbot, window)
    assert not record.has_unsaved_changes()
    events = [(e.action, e.changes) for e in record.record.history]
    assert ("update", {"nickname": ["Edi", "Jun"]}) in [
        (a, {k: v for k, v in c.items() if k == "nickname"}) for a, c in events]
    top = record.history_tree.topLevelItem(0)
    assert top.text(2) == "Identitas diubah" and "Nama panggilan" in top.text(3)
    assert top.child(0).text(3) == "Edi \u2192 Jun"
    # the board shows the new nickname after the save
    assert VARIANT_NAME + " (Jun)" in rows(window.board.model)


def test_invalid_identity_is_refused_with_a_message(window, qtbot):
    record = open_record(window, qtbot)
    record.fields["nik"].setText("12345")
    record.save_identity()
    qtbot.waitUntil(lambda: record.message.text() != "", timeout=10000)
    assert "NIK" in record.message.text() and "16" in record.message.text()
    record.fields["nik"].setText("")
    record.fields["full_name"].setText("  ")
    record.save_identity()
    qtbot.waitUntil(lambda: "Nama lengkap" in record.message.text(), timeout=10000)


def test_attachment_added_from_a_file_and_shown(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    scan = tmp_path / "ktp-scan.png"
    image.save(str(scan))
    monkeypatch.setitem(record_view.FILE_PICKER, "open", lambda *a: str(scan))
    record = open_record(window, qtbot)
    record.kind_box.setCurrentIndex(record.kind_box.findData("ktp"))
    record.add_scan()
    qtbot.waitUntil(lambda: any(a.filename == "ktp-scan.png"
                                for a in record.record.attachments), timeout=10000)
    wait_door(qtbot, window)
    item = record.attach_tree.topLevelItem(0)
    assert item.text(0) == "ktp-scan.png" and item.text(1) == "Pindaian KTP"
    record.open_attachment(item)
    qtbot.waitUntil(lambda: record.preview.pixmap() is not None
                    and not record.preview.pixmap().isNull(), timeout=10000)
    # a photo set from a file shows in the header
    record.choose_photo()
    qtbot.waitUntil(lambda: record.record.photo is not None, timeout=10000)
    wait_door(qtbot, window)
    assert not record.photo.pixmap().isNull()


def test_record_lists_the_service_level_steps_of_an_open_stay(window, qtbot):
    window.board.set_status_filter("dalam_pelayanan")
    wait_door(qtbot, window)
    record = window.open_client(window.board.model.index(0, 0).data(CLIENT_ID_ROLE))
    qtbot.waitUntil(lambda: record.record is not None, timeout=10000)
    stay = next(s for s in record.record.stays if s.closed_at is None)
    assert stay.steps and all(st.state_label for st in stay.steps)
    top = record.stays_tree.topLevelItem(0)
    heads = [top.child(i).text(0) for i in range(top.childCount())]
    assert heads[-1] == "Tenggat layanan"
    assert top.child(top.childCount() - 1).childCount() == len(stay.steps)


def test_a_field_saved_meanwhile_at_another_desk_is_shown_and_the_typing_kept(window, qtbot):
    from rumahsinggah.services.client_record import update_client_identity

    record = open_record(window, qtbot)
    client_id = record.client_id
    record.fields["nickname"].setText("Jun")  # typed here, not saved yet...
    with window.store.write(window.actor) as s:  # ...while another desk saves the field
        update_client_identity(s, client_id, {"nickname": "Juned"})
    record.save_identity()
    qtbot.waitUntil(lambda: "meja lain" in record.message.text(), timeout=10000)
    wait_door(qtbot, window)
    assert record.fields["nickname"].text() == "Jun"  # the typing is kept
    assert "Juned" in record.message.text()  # the newer value is shown
    assert not record.saved_note.text()  # and nothing reads as saved
    with window.store.read() as s:
        from rumahsinggah.storage.models import Client

        assert s.get(Client, client_id).nickname == "Juned"  # nothing overwritten unseen
    record.save_identity()  # saving again, knowingly
    qtbot.waitUntil(lambda: record.record.identity["nickname"] == "Jun", timeout=10000)
    wait_door(qtbot, window)
