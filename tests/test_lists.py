"""Issue 15 (items 4 and 6): board filters that never stack, clickable count cards, a reset,
today's arrivals, printed and exported lists (board, arrivals, raid summary and receipt), and
the feedback around them. Real widgets (pytest-qt, offscreen) on a copied demo store."""

from __future__ import annotations

import io
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlmodel import select

from gui_support import (
    VARIANT_NAME,
    VARIANT_QUERY,
    build_template,
    copy_store,
    sign_in,
    wait_door,
)
from gui_support import open_window as show_window
from rumahsinggah.gui import list_actions
from rumahsinggah.gui.record_view import ClientRecordWidget
from rumahsinggah.services import board, case_views, lists, residency
from rumahsinggah.storage.models import Raid, Stay

pytestmark = pytest.mark.both_engines

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("lists") / "store", clients=150)


@pytest.fixture
def open_window(qtbot, template, tmp_path, messages):
    made = []

    def make(username="kabid"):
        paths = copy_store(template, tmp_path / f"store-{username}-{len(made)}")
        w, signed = show_window(qtbot, paths, username)
        made.append((w, signed))
        return w

    yield make
    for w, signed in made:
        w.shutdown()
        signed.store.close()


@pytest.fixture
def window(open_window):
    return open_window("kabid")


@pytest.fixture
def captured(monkeypatch, tmp_path):
    """PDFs shown and files asked for, instead of the preview and the file dialog."""
    seen = {"pdf": [], "paths": []}
    monkeypatch.setitem(list_actions.SHOW_PDF, "show",
                        lambda parent, title, pdf, name: seen["pdf"].append((title, pdf, name)))

    def ask(parent, caption, suggested, pattern):
        path = tmp_path / suggested
        seen["paths"].append(path)
        return str(path)

    monkeypatch.setitem(list_actions.ASK_PATH, "ask", ask)
    return seen


def settle(qtbot, w):
    qtbot.waitUntil(lambda: w.board.model.ready, timeout=15000)
    wait_door(qtbot, w)


def column(model, name):
    col = board.BOARD_COLUMNS.index(name)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


# --------------------------------------------------------------------------- filters

def test_shortcut_filters_replace_each_other_and_reset_clears_them(window, qtbot):
    b = window.board
    counts = b.model.counts
    assert counts.eligible > 0 and counts.awaiting_decision > 0
    window.trigger("awaiting")  # Ctrl+K
    settle(qtbot, window)
    assert b.model.rowCount() == counts.awaiting_decision
    window.trigger("past_limit")  # Ctrl+T after Ctrl+K: those past the limit, all of them
    settle(qtbot, window)
    assert b.model.query.status is None and b.model.query.residency == board.ELIGIBLE
    assert b.model.rowCount() == counts.eligible == int(b.cards["eligible"].value.text())
    assert b.status_box.currentData() is None
    assert b.cards["eligible"].active and not b.cards["awaiting_decision"].active
    b.search.setText("a")
    b.search_now()
    settle(qtbot, window)
    assert b.reset_button.isEnabled()
    qtbot.mouseClick(b.reset_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert not b.model.query.filtered() and b.search.text() == ""
    assert b.model.rowCount() == counts.residents
    assert not b.reset_button.isEnabled()


@pytest.mark.parametrize("card", ["eligible", "approaching", "awaiting_decision", "residents"])
def test_a_count_card_click_filters_to_as_many_rows_as_it_says(window, qtbot, card):
    b = window.board
    b.set_status_filter("asesmen")  # another filter first: the card replaces it
    settle(qtbot, window)
    qtbot.mouseClick(b.cards[card], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    shown = int(b.cards[card].value.text().replace(".", ""))
    assert b.model.rowCount() == shown > 0
    assert f"{shown} penghuni ditampilkan" in b.result_label.text()
    if card == "eligible":
        assert all("Lewat" in s for s in column(b.model, "residency"))


def test_the_overdue_card_shows_only_stays_with_overdue_steps(window, qtbot):
    b = window.board
    if not b.model.counts.overdue_steps:
        pytest.skip("no overdue steps in this demo store")
    qtbot.mouseClick(b.cards["overdue_steps"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    services = column(b.model, "service")
    assert services and all("Terlambat" in s for s in services)
    assert "terlambat" in b.filter_note.text()


def test_today_filter_shows_todays_arrivals(window, qtbot):
    b = window.board
    qtbot.mouseClick(b.today_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert b.arrival_box.currentData() == "today"
    with window.store.read() as s:
        table = lists.arrivals_table(s)
    assert b.model.rowCount() == len(table.rows)
    assert sorted(column(b.model, "case_number")) == sorted(r[2] for r in table.rows)
    assert set(column(b.model, "day")) <= {"1"}


def test_termination_picker_marks_exactly_those_the_board_counts(window):
    with window.store.read() as s:
        counts = board.board_counts(s)
        eligible_page = board.board_page(s, board.BoardQuery(residency=board.ELIGIBLE,
                                                             limit=10_000))
        states = residency.open_stay_states(s)
    rows = case_views.case_rows(window.store, with_residency=True)
    marked = {r.stay_id for r in rows if r.warn}
    assert len(marked) == counts.eligible > 0
    assert marked == {str(r.stay_id) for r in eligible_page.rows}
    assert marked == {str(k) for k, v in states.items() if v == "eligible"}


# --------------------------------------------------------------------------- lists

def test_board_view_exports_to_xlsx_that_openpyxl_reads(window, qtbot, captured, messages):
    b = window.board
    b.set_residency_filter(board.ELIGIBLE)
    settle(qtbot, window)
    b.export_view("xlsx")
    qtbot.waitUntil(lambda: bool(captured["paths"]) and captured["paths"][0].exists(),
                    timeout=15000)
    wait_door(qtbot, window)
    book = openpyxl.load_workbook(captured["paths"][0])
    sheet = book.active
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(values) if r and r[0] == "No.")
    data = [r for r in values[header + 1:] if r and r[0] is not None]
    assert len(data) == b.model.rowCount()
    assert sorted(r[1] for r in data) == sorted(column(b.model, "case_number"))
    assert any("Saring: batas tinggal: Lewat batas" in str(r[0]) for r in values[:header])
    assert any("tersimpan" in m.lower() for m in messages)


def test_board_view_prints_as_pdf_under_the_letterhead(window, qtbot, captured):
    b = window.board
    b.set_status_filter("menunggu_keputusan")
    settle(qtbot, window)
    window.trigger("print_board")
    qtbot.waitUntil(lambda: bool(captured["pdf"]), timeout=15000)
    _title, pdf, name = captured["pdf"][0]
    text = pdf_text(pdf)
    assert "DAFTAR PENGHUNI RUMAH SINGGAH" in text and "DINAS SOSIAL" in text.upper()
    for number in column(b.model, "case_number"):
        assert number in text
    assert name.endswith(".pdf")


def _raid(store):
    """The demo raid that brought the most people."""
    from sqlalchemy import func

    with store.read() as s:
        raid_id = s.execute(select(Stay.raid_id).where(Stay.raid_id.is_not(None))
                            .group_by(Stay.raid_id)
                            .order_by(func.count().desc())).scalars().first()
        raid = s.get(Raid, raid_id)
        numbers = sorted(s.execute(select(Stay.case_number)
                                   .where(Stay.raid_id == raid_id)).scalars().all())
        return raid.id, raid.letter_number, numbers


def test_raid_message_lists_its_case_numbers_and_prints_summary_and_receipt(
        window, qtbot, captured, monkeypatch):
    raid_id, letter, numbers = _raid(window.store)
    assert len(numbers) > 1
    shown = []
    monkeypatch.setitem(list_actions.RAID_SAVED, "show",
                        lambda parent, door, actor, rid, text: shown.append((rid, text)))
    list_actions.announce_raid(window, window.door, window.actor, raid_id)
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    rid, text = shown[0]
    assert rid == raid_id and letter in text
    for number in numbers:
        assert number in text
    # the message's buttons print the summary and the receipt
    list_actions.export_raid(window, window.door, window.actor, raid_id, "summary")
    list_actions.export_raid(window, window.door, window.actor, raid_id, "receipt")
    qtbot.waitUntil(lambda: len(captured["pdf"]) == 2, timeout=15000)
    summary, receipt = (pdf_text(p) for _t, p, _n in captured["pdf"])
    assert "REKAPITULASI PENERIMAAN KLIEN HASIL RAZIA" in summary
    assert "TANDA TERIMA" in receipt and "Yang menyerahkan" in receipt
    for number in numbers:
        assert number in summary and number in receipt


def test_the_real_raid_box_has_print_buttons(window, qtbot, captured):
    raid_id, _letter, numbers = _raid(window.store)
    box = list_actions._raid_box(window, window.door, window.actor, raid_id, "Nomor: " +
                                 ", ".join(numbers))
    try:
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        assert {"Cetak ringkasan", "Cetak tanda terima", "Tutup"} <= set(buttons)
        buttons["Cetak tanda terima"].click()
        qtbot.waitUntil(lambda: bool(captured["pdf"]), timeout=15000)
        assert "TANDA TERIMA" in pdf_text(captured["pdf"][0][1])
    finally:
        from shiboken6 import isValid

        if isValid(box) and box.isVisible():
            box.done(0)


def test_intake_wizard_announces_a_saved_raid(monkeypatch):
    from rumahsinggah.gui.wizards.intake import IntakeWizard
    from rumahsinggah.services.intake import RaidResult

    called = []
    monkeypatch.setattr(list_actions, "announce_raid", lambda *a: called.append(a[-1]))

    class Fake:
        door = actor = None

        def parentWidget(self):  # noqa: N802
            return None

        def tr(self, text):
            return text

    raid = uuid.uuid4()
    IntakeWizard.after_commit(Fake(), RaidResult(raid_id=raid, people=()))
    assert called == [raid]


def test_raid_xlsx_and_right_click_menu(window, qtbot, captured):
    raid_id, _letter, numbers = _raid(window.store)
    b = window.board
    menu = b.context_menu_for(b.model.index(0, 0), raid_id)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert "Cetak ringkasan razia (PDF)\u2026" in texts
    assert "Cetak tanda terima razia (PDF)\u2026" in texts
    assert "Cetak daftar ini (PDF)\u2026" in texts
    next(a for a in menu.actions() if a.text().startswith("Ekspor razia")).trigger()
    qtbot.waitUntil(lambda: bool(captured["paths"]) and captured["paths"][0].exists(),
                    timeout=15000)
    wait_door(qtbot, window)
    sheet = openpyxl.load_workbook(captured["paths"][0]).active
    cells = {str(c) for row in sheet.iter_rows(values_only=True) for c in row if c}
    assert set(numbers) <= cells
    menu.deleteLater()


# --------------------------------------------------------------------------- feedback

def test_enter_in_the_search_box_opens_the_only_match(window, qtbot):
    b = window.board
    b.search.setFocus()
    b.search.setText(VARIANT_QUERY)
    qtbot.keyClick(b.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=15000)
    record = window.tabs.currentWidget()
    assert isinstance(record, ClientRecordWidget)
    qtbot.waitUntil(lambda: record.record is not None, timeout=15000)
    assert VARIANT_NAME in record.name_label.text()


def test_enter_with_several_matches_opens_nothing(window, qtbot):
    b = window.board
    b.search.setText("a")
    qtbot.keyClick(b.search, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert b.model.rowCount() > 1 and window.tabs.count() == 1


def test_demo_banner_is_visible_on_a_demo_store(window, open_window, monkeypatch):
    assert window.demo_banner.isVisible()
    assert "DEMO" in window.demo_banner.text()
    from rumahsinggah.services import store_setup

    monkeypatch.setattr(store_setup, "is_demo", lambda paths: False)
    plain = open_window("kabid")
    assert not plain.demo_banner.isVisible()


def test_switch_user_closes_the_previous_users_tabs(open_window, qtbot):
    w = open_window("pramu")
    from rumahsinggah.gui.board_view import CLIENT_ID_ROLE

    w.open_client(w.board.model.index(0, 0).data(CLIENT_ID_ROLE))
    w.open_client(w.board.model.index(1, 0).data(CLIENT_ID_ROLE))
    assert w.tabs.count() == 3
    same = sign_in(w.paths, "pramu")
    w.set_user(same)  # the same person again (unlock): the tabs stay
    assert w.tabs.count() == 3
    other = sign_in(w.paths, "kabid")
    w.set_user(other)
    assert w.tabs.count() == 1 and w.user.username == "kabid"
    same.store.close()
    other.store.close()


def test_a_shortcut_outside_the_role_says_why(open_window, qtbot, messages):
    w = open_window("pramu")
    assert not w.can("decide")
    shortcut = w._refusals["decide"]
    assert shortcut.isEnabled() and shortcut.key().toString() == "Ctrl+D"
    shortcut.activated.emit()
    text = messages[-1]
    assert "tidak berwenang memutuskan penerimaan klien" in text
    assert "Pramu Sosial" in text and "Kepala Bidang" in text
    kabid = sign_in(w.paths, "kabid")
    w.set_user(kabid)  # allowed now: the action works, the refusal is off
    assert w.can("decide") and not shortcut.isEnabled()
    kabid.store.close()


def test_history_shows_human_labels(window, qtbot):
    with window.store.read() as s:
        client_id = s.exec(select(Stay.client_id).where(Stay.closed_at.is_(None))).first()
    record = window.open_client(str(client_id))
    qtbot.waitUntil(lambda: record.record is not None, timeout=15000)
    tree = record.history_tree
    labels = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    assert labels
    entities = ("step_completion", "stay", "client", "identification", "family_member",
                "service_session", "tracing_attempt")
    for label in labels:
        assert "_" not in label and not label.startswith("Tambah ")
        assert not any(e in label.split() for e in entities)
    assert record._action_label("insert", "step_completion") == "Langkah prosedur dicatat"
    assert record._action_label("update", "client") == "Identitas diubah"


def test_identity_save_says_it_was_saved(window, qtbot):
    with window.store.read() as s:
        client_id = s.exec(select(Stay.client_id).where(Stay.closed_at.is_(None))).first()
    record = window.open_client(str(client_id))
    qtbot.waitUntil(lambda: record.record is not None, timeout=15000)
    record.fields["nickname"].setText("Dodi Uji")
    record.save_identity()
    qtbot.waitUntil(lambda: "tersimpan" in record.saved_note.text(), timeout=15000)
    assert "Nama panggilan" in record.saved_note.text()
    assert record.saved_note.isVisible()


def test_saving_a_pdf_from_the_preview_says_where(qtbot, tmp_path, monkeypatch):
    from rumahsinggah.documents.layout import Letterhead
    from rumahsinggah.documents.lists import ListTable, list_pdf
    from rumahsinggah.gui.letters import preview

    data = list_pdf(ListTable("Uji", ("A",), [("1",)]), Letterhead("PEMDA", "DINSOS", ""))
    dialog = preview.LetterPreviewDialog(data, title="Uji")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(preview, "ask_save_path", lambda *a: str(tmp_path / "uji"))
    assert dialog.save_as() == tmp_path / "uji.pdf"
    assert str(tmp_path / "uji.pdf") in dialog.saved_label.text()


def test_help_menu_has_a_guide_per_role_and_about(open_window):
    w = open_window("pramu")
    texts = [a.text().replace("&", "") for a in w.menus["help"].actions() if a.isVisible()]
    assert "Panduan singkat\u2026" in texts and "Tentang Rumah Singgah\u2026" in texts
    guide = w.open_guide()
    try:
        html = guide.text.toPlainText()
        assert "Pramu Sosial" in html and "razia" in html
        guide.role_box.setCurrentIndex(guide.role_box.findData("kepala_bidang"))
        assert "Ctrl+K" in guide.text.toPlainText()
    finally:
        guide.close()


def test_one_word_for_the_category_ppks():
    ts = ET.parse(ROOT / "resources" / "i18n" / "rumahsinggah_en.ts")
    sources = [m.findtext("source") or "" for m in ts.iter("message")
               if (m.find("translation") is None
                   or m.find("translation").get("type") not in ("vanished", "obsolete"))]
    assert not [s for s in sources if "PMKS" in s]
    assert any("PPKS" in s for s in sources)


def test_board_header_says_ppks(window):
    header = window.board.model.headerData(board.BOARD_COLUMNS.index("category"),
                                           Qt.Orientation.Horizontal)
    assert header == "Kategori PPKS"


# --------------------------------------------------------------------------- the CLI

def test_the_cli_prints_the_same_lists(template, tmp_path, monkeypatch, capsys):
    from gui_support import PASSWORD
    from rumahsinggah.cli import main

    paths = copy_store(template, tmp_path / "cli-store")
    monkeypatch.setenv("RUMAHSINGGAH_USER", "kabid")
    monkeypatch.setenv("RUMAHSINGGAH_PASSWORD", PASSWORD)
    signed = sign_in(paths, "kabid")
    raid_id, _letter, numbers = _raid(signed.store)
    signed.store.close()
    base = ["--data-dir", str(paths.root), "report"]
    out = tmp_path / "tanda-terima.pdf"
    assert main([*base, "raid", "--case", numbers[0], "--kind", "receipt",
                 "--out", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "TANDA TERIMA" in text and all(n in text for n in numbers)
    xlsx = tmp_path / "penghuni.xlsx"
    assert main([*base, "residents", "--past-limit", "--out", str(xlsx)]) == 0
    assert "disimpan" in capsys.readouterr().out
    assert openpyxl.load_workbook(xlsx).active["A1"].value == "Daftar Penghuni Rumah Singgah"
    assert main([*base, "arrivals", "--out", str(tmp_path / "datang.pdf")]) == 0
