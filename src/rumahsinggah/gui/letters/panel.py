"""The letters of one case, for the client record: make a new letter, reopen a kept one."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.documents.indonesian import tanggal
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.letters.preview import LetterPreviewDialog, show_letter, show_reprint
from rumahsinggah.services.letters import LETTER_TYPES, LetterInfo, letters_for_stay
from rumahsinggah.storage.audit import Actor

# Complaint letters are made from the complaints register, not from a case.
CASE_LETTERS = [code for code in LETTER_TYPES
                if code not in ("buku_data", "tanda_terima_pengaduan", "balasan_pengaduan")]


class LettersPanel(QWidget):
    """A type chooser with *Buat surat*, and the table of letters kept for the case."""

    opened = Signal(object)  # the LetterPreviewDialog just shown

    def __init__(self, door: DbDoor, actor: Actor, stay_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.actor = actor
        self.stay_id = stay_id
        self.infos: list[LetterInfo] = []

        self.type_combo = QComboBox(self)
        for code in CASE_LETTERS:
            self.type_combo.addItem(LETTER_TYPES[code], code)
        self.make_button = QPushButton(self.tr("Buat surat"), self)
        self.make_button.clicked.connect(self.make_letter)
        self.reprint_button = QPushButton(self.tr("Buka / cetak ulang"), self)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.reprint_button.setEnabled(False)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tanggal"), self.tr("Jenis surat"), self.tr("Nomor"), self.tr("Versi")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.reprint_button.setEnabled(bool(self.table.selectedItems())))
        self.table.cellDoubleClicked.connect(lambda row, _col: self.reprint_row(row))
        self.status = QLabel(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Jenis surat:"), self))
        top.addWidget(self.type_combo, 1)
        top.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.reprint_button)
        layout.addLayout(bottom)
        door.changed.connect(self._store_changed)
        self.refresh()

    def _store_changed(self, found) -> None:
        if found.touches("letter", "stay"):
            self.refresh()

    def refresh(self) -> None:
        stay_id = self.stay_id

        def job(store):
            with store.read() as s:
                return letters_for_stay(s, stay_id)

        self.door.query(job, self._show)

    def _show(self, infos: list[LetterInfo]) -> None:
        self.infos = list(infos)
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            version = str(info.version) + (self.tr(" (diralat)") if info.superseded else "")
            for col, text in enumerate((tanggal(info.letter_date), info.title,
                                        info.number or "-", version)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(info.id))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("{0} surat tersimpan").format(len(self.infos)))

    def make_letter(self) -> None:
        code = self.type_combo.currentData()
        self.make_button.setEnabled(False)

        def opened(dialog: LetterPreviewDialog) -> None:
            self.make_button.setEnabled(True)
            self.refresh()
            self.opened.emit(dialog)

        def failed(exc: Exception) -> None:
            self.make_button.setEnabled(True)
            self.status.setText(getattr(exc, "message", str(exc)))

        show_letter(self, self.door, self.actor, code, stay_id=self.stay_id, on_open=opened,
                    on_error=failed)

    def reprint_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if rows:
            self.reprint_row(min(rows))

    def reprint_row(self, row: int) -> None:
        info = self.infos[row]
        show_reprint(self, self.door, info.id, info.letter_type, info.number,
                     on_open=self.opened.emit)
