"""Issue 15 (items 2 and 5): windows fit a 1366x768 desk (and 125 % scaling), sizes are
remembered per user, and "Cetak..." keeps the letter's vector text."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QRect
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from gui_support import build_template, copy_store, sign_in, wait_door
from rumahsinggah.gui import window_size
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.letters import preview, printing
from rumahsinggah.gui.letters.preview import LetterPreviewDialog
from rumahsinggah.gui.main_window import MainWindow
from rumahsinggah.gui.preferences import Preferences
from rumahsinggah.gui.wizards.intake import IntakeWizard
from rumahsinggah.services.letters import generate_letter
from rumahsinggah.services.letters_sample import add_sample_case
from rumahsinggah.storage.audit import Actor
from wizards_support import seed

DESKS = [QRect(0, 0, 1366, 728), QRect(0, 0, 1093, 584)]  # minus a 40 px / 30 px taskbar


@pytest.fixture
def screen(monkeypatch):
    chosen: list[QRect] = [DESKS[0]]
    monkeypatch.setattr(window_size, "available_geometry", lambda w: chosen[0])
    window_size.set_current_user("")
    yield chosen
    window_size.set_current_user("")


def inside(widget, area: QRect) -> bool:
    """On screen even when the window manager puts a title bar above the client area
    (``move`` places the frame; offscreen there is none, so allow for it)."""
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    window = widget.window()
    frame = window.geometry().top() - window.frameGeometry().top()
    return area.contains(rect) and area.contains(
        rect.translated(0, max(0, window_size.FRAME_H - frame)))


def letter(store) -> bytes:
    with store.write() as s:
        case = add_sample_case(s)
    return generate_letter(store, Actor(case.officer_id, "rina"), "surat_penjamin",
                           stay_id=case.stay_id, params={"tanggal": "2026-11-22"}).pdf


@pytest.mark.parametrize("desk", DESKS, ids=["1366x768", "1093x614"])
def test_preview_buttons_stay_on_the_screen(qtbot, store, screen, desk):
    screen[0] = desk
    dialog = LetterPreviewDialog(letter(store), title="Surat Penjamin", number="1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.height() + window_size.FRAME_H <= desk.height()
    for button in (dialog.print_button, dialog.save_button, dialog.close_button):
        assert inside(button, desk), button.text()
    if desk == DESKS[0]:
        qtbot.wait(600)  # QPdfView renders the page asynchronously
        dialog.grab().save("/tmp/shots/print-preview.png")


def test_size_is_remembered_for_the_user(qtbot, store, screen):
    pdf = letter(store)
    window_size.set_current_user("rina")
    first = LetterPreviewDialog(pdf)
    qtbot.addWidget(first)
    first.show()
    first.resize(640, 500)
    first.close()
    again = LetterPreviewDialog(pdf)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 500)
    window_size.set_current_user("budi")  # another user: the preferred size, fitted
    other = LetterPreviewDialog(pdf)
    qtbot.addWidget(other)
    assert other.height() == DESKS[0].height() - window_size.FRAME_H
    screen[0] = DESKS[1]  # a remembered size never outgrows a smaller screen
    window_size.set_current_user("rina")
    first.resize(1300, 700)
    first.show()
    first.close()
    small = LetterPreviewDialog(pdf)
    qtbot.addWidget(small)
    assert small.height() <= DESKS[1].height() - window_size.FRAME_H


def test_print_to_file_writes_the_vector_letter(qtbot, store, tmp_path, monkeypatch, screen):
    pdf = letter(store)
    dialog = LetterPreviewDialog(pdf)
    qtbot.addWidget(dialog)
    printed = tmp_path / "cetak.pdf"

    def fake_dialog(parent, printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(preview, "ask_printer", fake_dialog)
    assert dialog.print_document() is True
    out = PdfReader(str(printed))
    text = out.pages[0].extract_text()
    assert "SURAT" in text.upper() and len(text) > 200  # text, not a picture of it
    assert printed.stat().st_size < 200_000  # no page-size raster (that was 5.9 MB)
    assert printed.read_bytes() == pdf


def test_a_cups_printer_gets_the_pdf_bytes_through_lp(qtbot, store, tmp_path, monkeypatch,
                                                      screen):
    pdf = letter(store)
    fake = tmp_path / "bin"
    fake.mkdir()
    lp = fake / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/args\ncat > {tmp_path}/sent.pdf\n')
    lp.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}:" + __import__("os").environ["PATH"])
    monkeypatch.setattr(printing, "printer_names", lambda: ["Kantor"])
    monkeypatch.setattr(printing.QPrinter, "printerName", lambda self: "Kantor")
    dialog = LetterPreviewDialog(pdf)
    qtbot.addWidget(dialog)
    errors: list[str] = []
    monkeypatch.setattr(dialog, "_print_failed", errors.append)

    def fake_dialog(parent, printer):
        printer.setCopyCount(2)
        return True

    monkeypatch.setattr(preview, "ask_printer", fake_dialog)
    assert dialog.print_document() is True
    assert not dialog.print_button.isEnabled()  # sending, and the GUI is not blocked
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=10000)
    assert errors == []
    args = (tmp_path / "args").read_text().split()
    assert args[:4] == ["-d", "Kantor", "-n", "2"] and "media=A4" in args
    assert (tmp_path / "sent.pdf").read_bytes() == pdf


def test_raid_name_column_is_readable(qtbot, store, screen):
    screen[0] = DESKS[1]
    ctx = seed(store)
    door = DbDoor(store)
    try:
        w = IntakeWizard(door, ctx["actors"]["pramu_sosial"])
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda: w.loaded)
        assert w.height() + window_size.FRAME_H <= DESKS[1].height()
        w.mode.setCurrentIndex(w.mode.findData("razia"))
        table = w.table
        table.set_rows([{"full_name": "Muhammad Abdurrahman Saputra", "sex": "L"}])
        w.setCurrentId(w.page_id("orang"))
        qtbot.waitUntil(lambda: table.isVisible())
        QApplication.processEvents()
        assert table.columnWidth(0) >= table.sizeHintForColumn(0)
        assert table.columnWidth(0) >= table.name_width > 200
        w.grab().save("/tmp/shots/print-raid.png")
        w.autosave = False
        w.close()
    finally:
        qtbot.waitUntil(lambda: not door.busy)
        door.shutdown()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("window-size") / "store", clients=20)


@pytest.mark.parametrize("desk", DESKS, ids=["1366x768", "1093x614"])
def test_main_window_fits_with_its_status_bar(qtbot, template, tmp_path, screen, desk):
    screen[0] = desk
    paths = copy_store(template, tmp_path / "store")
    signed = sign_in(paths, "pramu")
    w = MainWindow(signed.store, paths, signed.user, signed.actor, Preferences())
    qtbot.addWidget(w)
    try:
        w.show()
        qtbot.waitUntil(lambda: w.board.model.ready, timeout=15000)
        wait_door(qtbot, w)
        assert window_size.current_user() == "pramu"
        assert inside(w.statusBar(), desk)
        if desk == DESKS[0]:
            w.grab().save("/tmp/shots/print-main.png")
    finally:
        w.shutdown()
        signed.store.close()


def test_selected_pages_stay_vector():
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(3):
        c.drawString(72, 720, f"Halaman {n + 1}")
        c.showPage()
    c.save()
    cut = PdfReader(io.BytesIO(printing.selected_pdf(buf.getvalue(), (2, 3))))
    assert [p.extract_text().strip() for p in cut.pages] == ["Halaman 2", "Halaman 3"]
