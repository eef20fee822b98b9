"""The outgoing-letter book (buku agenda surat keluar) of an issuing office, year by year.

Opened from the File menu ("Buku agenda surat keluar..."); the list comes from
:func:`rumahsinggah.services.letter_book.letter_book`, the same one ``letter book`` prints.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.core.localtime import local_today
from rumahsinggah.documents.indonesian import tanggal
from rumahsinggah.gui import hooks
from rumahsinggah.gui.common import run_modal
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.services.letter_book import BookEntry, letter_book
from rumahsinggah.services.settings import list_issuing_offices


class LetterBookDialog(QDialog):
    """Office and year at the top, the numbered letters below, the count at the bottom."""

    def __init__(self, door: DbDoor, parent: QWidget | None = None, *,
                 year: int | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.entries: list[BookEntry] = []
        self.setWindowTitle(self.tr("Buku agenda surat keluar"))
        self.office = QComboBox(self)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year or local_today().year)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Nomor surat"), self.tr("Tanggal"), self.tr("Jenis surat"), self.tr("Hal"),
            self.tr("Kepada"), self.tr("Nomor kasus"), self.tr("Versi")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.count = QLabel(self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kantor penerbit:"), self))
        top.addWidget(self.office, 1)
        top.addWidget(QLabel(self.tr("Tahun:"), self))
        top.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        fit_window(self, "letter_book", 1100, 600)

        self.office.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self._load_offices()

    def _load_offices(self) -> None:
        def job(store):
            with store.read() as s:
                return list_issuing_offices(s)

        self.door.query(job, self._show_offices)

    def _show_offices(self, offices: list[tuple[str, str, str]]) -> None:
        self.office.blockSignals(True)
        self.office.clear()
        for key, name, code in offices:
            self.office.addItem(f"{name} ({code})", key)
        self.office.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        key = self.office.currentData() or ""
        year = self.year.value()

        def job(store):
            with store.read() as s:
                return letter_book(s, year=year, office_key=key)

        self.door.query(job, self._show)

    def _show(self, entries: list[BookEntry]) -> None:
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            version = str(e.version) + (self.tr(" (ralat)") if e.version > 1 else "")
            cells = (e.number, tanggal(e.letter_date), e.title, e.subject or "-",
                     e.recipient or "-", e.case_number or "-", version)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(e.letter_id))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        for col, cap in ((3, 260), (4, 260)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), cap))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count.setText(self.tr("{0} surat bernomor pada tahun {1}").format(
            len(self.entries), self.year.value()))


@hooks.on_main_window
def _add_menu(window) -> None:
    window.register_action(
        "file", "letter_book",
        QT_TRANSLATE_NOOP("MainWindow", "Buku agenda surat keluar..."),
        lambda: run_modal(LetterBookDialog(window.door, window)), permission="letters.book")


@hooks.on_screenshots
def _screenshots(ctx):
    dialog = LetterBookDialog(ctx.window.door, ctx.window)
    dialog.show()
    ctx.wait_idle()
    ctx.wait(50)
    yield "buku-agenda-surat-keluar", dialog
    dialog.close()
