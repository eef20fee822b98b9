"""The letter preview dialog: the PDF as it will print, with Print and Save as PDF."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.letters.printing import send_to_printer, write_pages
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.services.letters import LETTER_TYPES, LetterResult, generate_letter, reprint
from rumahsinggah.storage.audit import Actor


def ask_save_path(parent: QWidget, caption: str, suggested: str) -> str:
    """Ask where to save (replaced in tests)."""
    path, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, "PDF (*.pdf)")
    return path


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """Show the system print dialog (replaced in tests)."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


class LetterPreviewDialog(QDialog):
    """Shows PDF bytes page by page; prints through the system dialog or saves a copy."""

    def __init__(self, pdf: bytes, *, title: str = "", number: str = "",
                 suggested_name: str = "surat.pdf", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = bytes(pdf)
        self.suggested_name = suggested_name
        self.setWindowTitle(self.tr("Pratinjau surat") + (f": {title}" if title else ""))
        # Scale the page to the available height: the whole sheet and the buttons are seen.
        fit_window(self, "letter_preview", 760, 900)

        self._data = QByteArray(self.pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

        caption = title + (f" \u2014 {self.tr('Nomor')} {number}" if number else "")
        self._caption = caption
        self.caption = QLabel(caption, self)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("Cetak..."), self)
        self.save_button = QPushButton(self.tr("Simpan sebagai PDF..."), self)
        self.close_button = QPushButton(self.tr("Tutup"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()

    # -- saving ------------------------------------------------------------------------------
    def save_as(self) -> Path | None:
        path = ask_save_path(self, self.tr("Simpan surat sebagai PDF"), self.suggested_name)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            from rumahsinggah.storage.exports import write_private

            write_private(target, self.pdf)  # owner-only: a person's data on a shared PC
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Gagal menyimpan"),
                                self.tr("Berkas tidak dapat disimpan: {0}").format(exc))
            return None
        self._say_saved(target)
        return target

    def _say_saved(self, target: Path) -> None:
        """Say where the copy went, in the dialog (not modal: the preview stays in front)."""
        label = getattr(self, "saved_label", None)
        if label is None:
            label = self.saved_label = QLabel(self)
            label.setObjectName("savedNote")
            label.setStyleSheet("color: #1e7d32; font-weight: bold;")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.layout().insertWidget(1, label)
        label.setText(self.tr("\u2713 PDF tersimpan di {0}").format(str(target)))

    # -- printing ----------------------------------------------------------------------------
    def print_document(self) -> bool:
        """The system print dialog, then the PDF's own vector pages to the printer or file.

        Nothing is rasterised on the GUI thread: "print to file" writes the letter's PDF
        bytes; a CUPS printer gets them through ``lp``; otherwise (Windows) the system's
        print verb or a renderer in a worker thread takes over (``printing``)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        if self.page_count():
            # The PDF carries its own margins: print it edge to edge on its own paper size.
            points = self.document.pagePointSize(0)
            size = QPageSize(QSizeF(points.width(), points.height()), QPageSize.Unit.Point)
            printer.setPageSize(size)
            printer.setFullPage(True)
        printer.setFromTo(1, self.page_count())
        if not ask_printer(self, printer):
            return False
        first, last = printer.fromPage(), printer.toPage()
        pages = None if (first, last) in ((0, 0), (1, self.page_count())) else (first, last)
        target = printer.outputFileName()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and target:
            try:
                write_pages(Path(target), self.pdf, pages)
            except OSError as exc:
                self._print_failed(str(exc))
                return False
            return True
        self.print_button.setEnabled(False)
        self.caption.setText(self.tr("Mengirim ke printer..."))
        send_to_printer(self, printer, self.pdf, pages, self._printed)
        return True

    def _printed(self, error: str) -> None:
        self.print_button.setEnabled(True)
        self.caption.setText(self._caption)
        if error:
            self._print_failed(error)

    def _print_failed(self, detail: str) -> None:
        QMessageBox.warning(self, self.tr("Gagal mencetak"),
                            self.tr("Surat tidak dapat dicetak: {0}").format(detail))


def _open(parent: QWidget | None, result: LetterResult, letter_type: str,
          on_open: Callable[[LetterPreviewDialog], None] | None) -> LetterPreviewDialog:
    title = LETTER_TYPES.get(letter_type, letter_type)
    name = f"{letter_type}-{result.number or result.letter_id.hex[:8]}.pdf".replace("/", "-")
    dialog = LetterPreviewDialog(result.pdf, title=title, number=result.number,
                                 suggested_name=name, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_open is not None:
        on_open(dialog)
    dialog.show()
    return dialog


def show_letter(parent: QWidget | None, door: DbDoor, actor: Actor, letter_type: str, *,
                stay_id: uuid.UUID | None = None, client_id: uuid.UUID | None = None,
                params: dict[str, Any] | None = None,
                on_open: Callable[[LetterPreviewDialog], None] | None = None,
                on_error: Callable[[Exception], None] | None = None) -> None:
    """Generate and keep a letter off the GUI thread, then preview it."""

    def job(store):
        return generate_letter(store, actor, letter_type, stay_id=stay_id, client_id=client_id,
                               params=params)

    door.write(job, lambda result: _open(parent, result, letter_type, on_open),
               on_error or (lambda exc: _show_error(parent, exc)), owner=parent)


def show_reprint(parent: QWidget | None, door: DbDoor, letter_id: uuid.UUID, letter_type: str,
                 number: str = "",
                 on_open: Callable[[LetterPreviewDialog], None] | None = None) -> None:
    """Preview a kept letter exactly as it was issued."""
    door.query(lambda store: LetterResult(letter_id, number, reprint(store, letter_id)),
               lambda result: _open(parent, result, letter_type, on_open),
               lambda exc: _show_error(parent, exc), owner=parent)


def _show_error(parent: QWidget | None, exc: Exception) -> None:
    message = getattr(exc, "message", None) or str(exc)
    QMessageBox.warning(parent, QDialog.tr("Surat tidak dapat dibuat"), message)
