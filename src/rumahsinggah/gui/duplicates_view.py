"""Data klien ganda: the administrator reviews possible duplicate records and merges them.

The pairs and the merge come from ``services.duplicates``; this screen only shows them side
by side with the score and the reasons, and asks before merging (a merge keeps every stay,
the history and the audit trail, and cannot be undone from here).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.gui.common import error_text
from rumahsinggah.gui.i18n import format_date
from rumahsinggah.gui.window_size import fit_window


def _ask_merge(parent: QWidget, keep: str, duplicate: str) -> bool:
    tr = QCoreApplication.translate
    answer = QMessageBox.question(
        parent, tr("DuplicatesDialog", "Gabungkan data klien"),
        tr("DuplicatesDialog",
           "Gabungkan data {0} ke data {1}? Semua kasus, keluarga, lampiran dan riwayatnya "
           "pindah ke {1}; data {0} ditandai sebagai gabungan.").format(duplicate, keep))
    return answer == QMessageBox.StandardButton.Yes


# Modal questions go through here so tests can answer them.
PROMPTS = {"confirm_merge": _ask_merge}


def _person(c) -> str:
    parts = [c.full_name, c.sex or ""]
    if c.birth_date:
        parts.append(format_date(c.birth_date))
    if c.regency:
        parts.append(c.regency)
    if c.nik:
        parts.append(f"NIK {c.nik}")
    return " \u2022 ".join(p for p in parts if p)


class DuplicatesDialog(QDialog):
    """Possible duplicates, most likely first; merge keeps the earlier record."""

    merged = Signal(str)  # id of the kept client

    def __init__(self, door, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door, self.actor = door, actor
        self.pairs: list = []
        self.loaded = False
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((70, 380, 380)):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.merge_selected)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.intro = QLabel()
        self.intro.setObjectName("subtitle")
        self.intro.setWordWrap(True)
        self.message = QLabel()  # what the last merge did, or why it was refused
        self.message.setWordWrap(True)
        self.status = QLabel()  # searching, or how many pairs
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.status)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        fit_window(self, "duplicates", 1200, 600)
        self.retranslate()
        self._selection_changed()
        self.reload()

    def reload(self) -> None:
        from rumahsinggah.services import duplicates

        self.loaded = False
        self.merge_button.setEnabled(False)
        self.status.setText(self.tr("Mencari data ganda\u2026"))

        def job(store):
            with store.read() as s:
                return duplicates.possible_duplicates(s)

        self.door.query(job, self._fill, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.loaded = True
        self.message.setText(error_text(exc))

    def _fill(self, pairs) -> None:
        self.pairs = list(pairs)
        self.table.setRowCount(len(self.pairs))
        for row, p in enumerate(self.pairs):
            values = (f"{p.score:.0f}%", _person(p.keep), _person(p.duplicate),
                      "; ".join(p.reasons))
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self.status.setText(self.tr("{0} pasangan").format(len(self.pairs)) if self.pairs
                            else self.tr("Tidak ada data klien yang tampak ganda."))
        self.loaded = True
        self._selection_changed()

    def selected(self):
        row = self.table.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(self.selected() is not None)

    def merge_selected(self) -> None:
        from rumahsinggah.services import duplicates

        pair = self.selected()
        if pair is None:
            return
        if not PROMPTS["confirm_merge"](self, pair.keep.full_name, pair.duplicate.full_name):
            return
        actor = self.actor
        keep_id, dup_id = pair.keep.client_id, pair.duplicate.client_id

        def job(store):
            with store.write(actor) as s:
                return duplicates.merge_clients(s, keep_id, dup_id)

        def done(moved: int) -> None:
            self.message.setText(self.tr("{0} digabungkan ke {1}; {2} data ikut dipindahkan.")
                                 .format(pair.duplicate.full_name, pair.keep.full_name, moved))
            self.merged.emit(str(keep_id))
            self.reload()

        self.door.write(job, done, lambda exc: self.message.setText(error_text(exc)), owner=self)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Data klien ganda"))
        self.intro.setText(self.tr(
            "Pasangan data yang kemungkinan besar orang yang sama (NIK sama, atau nama yang "
            "terdengar sama dengan jenis kelamin, umur dan asal yang cocok). Periksa, lalu "
            "gabungkan data baru ke data lama: semua kasus dan riwayat tetap tersimpan."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Skor"), self.tr("Data lama (dipertahankan)"),
            self.tr("Data baru (digabungkan)"), self.tr("Alasan")])
        self.merge_button.setText(self.tr("&Gabungkan ke data lama\u2026"))
        self.reload_button.setText(self.tr("&Muat ulang"))
        self.close_button.setText(self.tr("&Tutup"))
