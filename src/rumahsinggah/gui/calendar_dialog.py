"""Hari libur kantor: the year's holidays (national, cuti bersama) and the office's own local
holidays and closures, which an administrator adds or removes here (``services.calendar``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.gui.common import error_text
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.services import calendar, permissions

KINDS = ("libur_nasional", "cuti_bersama", "libur_daerah", "tutup_kantor")


class CalendarDialog(QDialog):
    """One year at a time; every change is one audited transaction that syncs to other desks."""

    def __init__(self, door, actor, facility_id=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door, self.actor, self.facility_id = door, actor, facility_id
        self.entries: list[calendar.CalendarEntry] = []
        self.loaded = False
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.reload)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.name = QLineEdit()
        self.kind = QComboBox()
        for code in calendar.DAY_KINDS:
            self.kind.addItem("", code)
        self.only_here = QCheckBox()
        self.only_here.setVisible(facility_id is not None)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton()
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setWordWrap(True)
        may_edit = permissions.can(getattr(actor, "role", ""), "calendar.edit")
        for w in (self.day, self.name, self.kind, self.only_here, self.add_button):
            w.setEnabled(may_edit)

        top = QHBoxLayout()
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.form_labels, (self.day, self.name, self.kind),
                                 strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.only_here)
        add_row = QHBoxLayout()
        add_row.addWidget(self.message, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addLayout(add_row)
        fit_window(self, "calendar", 760, 620)
        self.retranslate()
        self.reload()

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        year, fid = self.year.value(), self.facility_id

        def job(store):
            with store.read() as s:
                return calendar.list_days(s, year, fid)

        self.door.query(job, self._fill, lambda exc: self.message.setText(error_text(exc)))

    def _fill(self, entries) -> None:
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            values = (e.day.strftime("%d/%m/%Y"), self._kind_label(e.kind),
                      e.name + (f" [{e.facility_code}]" if e.facility_code else ""))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if e.id is not None:  # the office's own entries, removable
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.loaded = True

    def _selection(self) -> None:
        row = self.table.currentRow()
        own = 0 <= row < len(self.entries) and self.entries[row].id is not None
        self.remove_button.setEnabled(own and self.add_button.isEnabled())

    def add(self) -> None:
        qd = self.day.date()
        data = calendar.CalendarDayInput(
            day=date(qd.year(), qd.month(), qd.day()), name=self.name.text(),
            kind=self.kind.currentData(),
            facility_id=self.facility_id if self.only_here.isChecked() else None)
        actor = self.actor

        def job(store):
            with store.write(actor) as s:
                return calendar.add_day(s, data)

        def done(_id) -> None:
            self.name.clear()
            self.message.setText(self.tr("Tersimpan: {0}.").format(data.day.strftime("%d/%m/%Y")))
            if data.day.year != self.year.value():
                self.year.setValue(data.day.year)
            else:
                self.reload()

        self.door.write(job, done, lambda exc: self.message.setText(error_text(exc)), owner=self)

    def remove(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.entries) or self.entries[row].id is None:
            return
        day_id, actor = self.entries[row].id, self.actor

        def job(store):
            with store.write(actor) as s:
                calendar.remove_day(s, day_id)

        self.door.write(job, lambda _r: self.reload(),
                        lambda exc: self.message.setText(error_text(exc)), owner=self)

    # -- language -------------------------------------------------------------------------
    def _kind_label(self, kind: str) -> str:
        return {
            "libur_nasional": self.tr("Libur nasional"),
            "cuti_bersama": self.tr("Cuti bersama"),
            "libur_daerah": self.tr("Libur daerah"),
            "tutup_kantor": self.tr("Kantor tutup"),
        }.get(kind, kind)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hari libur kantor"))
        self.year_label.setText(self.tr("&Tahun:"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tanggal"), self.tr("Jenis"), self.tr("Keterangan")])
        self.hint.setText(self.tr(
            "Hari kerja tidak menghitung Sabtu, Minggu, libur nasional, cuti bersama, serta libur "
            "daerah dan hari kantor tutup yang dicatat di sini (huruf tebal). Catatan ini ikut "
            "tersinkron ke komputer lain."))
        for label, text in zip(self.form_labels, (self.tr("Ta&nggal:"), self.tr("&Keterangan:"),
                                                  self.tr("&Jenis:")), strict=True):
            label.setText(text)
        for i in range(self.kind.count()):
            self.kind.setItemText(i, self._kind_label(self.kind.itemData(i)))
        self.only_here.setText(self.tr("Hanya untuk fasilitas ini"))
        self.add_button.setText(self.tr("&Tambah"))
        self.remove_button.setText(self.tr("&Hapus yang dipilih"))
        self.close_button.setText(self.tr("T&utup"))
        if self.table.rowCount():
            for row, e in enumerate(self.entries):
                self.table.item(row, 1).setText(self._kind_label(e.kind))
        self.name.setPlaceholderText(self.tr("misalnya: Hari Jadi Kota Banjarmasin"))
