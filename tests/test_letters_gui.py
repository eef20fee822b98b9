"""The preview dialog, offscreen: a generated letter opens with its pages, prints and saves."""

from __future__ import annotations

import io
import os

from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.letters import preview
from rumahsinggah.gui.letters.preview import LetterPreviewDialog, show_letter, show_reprint
from rumahsinggah.services.letters import generate_letter
from rumahsinggah.services.letters_sample import add_sample_case
from rumahsinggah.storage.audit import Actor


def _case(store):
    with store.write() as s:
        return add_sample_case(s)


def test_preview_shows_every_page_prints_and_saves(qtbot, store, tmp_path, monkeypatch):
    case = _case(store)
    result = generate_letter(store, Actor(case.officer_id, "rina"), "case_record",
                             stay_id=case.stay_id, params={"tanggal": "2026-11-22"})
    pages = len(PdfReader(io.BytesIO(result.pdf)).pages)
    assert pages > 1
    dialog = LetterPreviewDialog(result.pdf, title="Catatan Kasus", number=result.number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.page_count() == pages
    assert dialog.print_button.text() == "Cetak..."
    assert dialog.save_button.text() == "Simpan sebagai PDF..."
    dialog.grab().save(str(tmp_path / "preview.png"))

    target = tmp_path / "salinan"
    monkeypatch.setattr(preview, "ask_save_path", lambda *a: str(target))
    saved = dialog.save_as()
    assert saved == tmp_path / "salinan.pdf"
    assert saved.read_bytes() == result.pdf

    printed = tmp_path / "cetak.pdf"

    def fake_dialog(parent, printer):  # the user picks "print to file" in the system dialog
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(96)  # keep the test quick
        return True

    monkeypatch.setattr(preview, "ask_printer", fake_dialog)
    assert dialog.print_document() is True
    out = PdfReader(str(printed))
    assert len(out.pages) == pages
    assert round(float(out.pages[0].mediabox.height) / 72 * 25.4) == 297  # A4, as the letter


def test_show_letter_generates_through_the_door(qtbot, store):
    case = _case(store)
    door = DbDoor(store)
    opened: list[LetterPreviewDialog] = []
    show_letter(None, door, Actor(case.officer_id, "rina"), "surat_penjamin",
                stay_id=case.stay_id, params={"tanggal": "2026-11-22"}, on_open=opened.append)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count() == 1)
    assert "Surat Penjamin" in dialog.windowTitle()
    assert "460/001/Dinsos/" in dialog.caption.text()

    from sqlmodel import select

    from rumahsinggah.storage.models import Letter

    with store.read() as s:
        letter = s.exec(select(Letter)).one()
    again: list[LetterPreviewDialog] = []
    show_reprint(None, door, letter.id, "surat_penjamin", letter.number, on_open=again.append)
    qtbot.waitUntil(lambda: len(again) == 1, timeout=10000)
    qtbot.addWidget(again[0])
    assert again[0].pdf == dialog.pdf
    door.shutdown()


def test_letters_panel_makes_and_lists_letters(qtbot, store):
    from rumahsinggah.gui.letters import LettersPanel

    case = _case(store)
    door = DbDoor(store)
    panel = LettersPanel(door, Actor(case.officer_id, "rina", "pekerja_sosial"), case.stay_id)
    qtbot.addWidget(panel)
    panel.resize(640, 360)
    panel.show()
    qtbot.waitUntil(lambda: panel.status.text() == "0 surat tersimpan", timeout=10000)
    panel.type_combo.setCurrentIndex(panel.type_combo.findData("ba_serah_terima"))
    with qtbot.waitSignal(panel.opened, timeout=10000) as blocker:
        panel.make_button.click()
    dialog = blocker.args[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10000)
    assert panel.table.item(0, 1).text() == "Berita Acara Serah Terima Klien"
    assert panel.table.item(0, 2).text().startswith("460/001/Dinsos/")
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.opened, timeout=10000) as again:
        panel.reprint_button.click()
    qtbot.addWidget(again.args[0])
    assert again.args[0].pdf == dialog.pdf
    door.shutdown()


def test_letter_book_dialog_lists_the_office_book(qtbot, store, tmp_path):
    from rumahsinggah.gui.letters.book import LetterBookDialog

    case = _case(store)
    actor = Actor(case.officer_id, "rina", "pekerja_sosial")
    for kind in ("surat_penjamin", "ba_serah_terima", "surat_rujukan"):
        generate_letter(store, actor, kind, stay_id=case.stay_id)
    door = DbDoor(store)
    dialog = LetterBookDialog(door, year=2026)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10000)
    numbers = [dialog.table.item(r, 0).text() for r in range(3)]
    assert numbers == ["460/001/Dinsos/XI/2026", "460/002/Dinsos/XI/2026",
                       "460/003/Dinsos/XI/2026"]
    assert dialog.table.item(1, 2).text() == "Berita Acara Serah Terima Klien"
    assert dialog.table.item(0, 5).text() == case.case_number
    assert dialog.count.text() == "3 surat bernomor pada tahun 2026"
    assert dialog.office.count() == 1 and "(Dinsos)" in dialog.office.currentText()
    dialog.grab().save(os.environ.get("BOOK_PNG", str(tmp_path / "buku-agenda.png")))
    dialog.year.setValue(2025)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10000)
    door.shutdown()
