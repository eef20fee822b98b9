"""The service-level view (Capaian Standar Pelayanan): per standard and period, steps done
within and beyond their limits; open cases with the step owed; the residency list; the
complaints answered within and beyond their limit. Figures from
``services.service_level_view``; this screen only shows them."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.core.localtime import local_today, to_local
from rumahsinggah.gui import hooks
from rumahsinggah.gui.common import run_modal, show_error
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.services import board
from rumahsinggah.services.calendar import facility_zone
from rumahsinggah.services.service_level_view import ServiceLevelReport, service_level_report
from rumahsinggah.storage.audit import Actor

LATE = QColor("#b3261e")
SOON = QColor("#a15c00")


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(False)
    return t


def _fill(table: QTableWidget, rows: list[tuple], stretch: int, colours=None) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for col, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colours and colours[i] is not None:
                item.setForeground(colours[i])
            table.setItem(i, col, item)
    table.resizeColumnsToContents()
    table.setColumnWidth(stretch, min(table.columnWidth(stretch), 520))
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ServiceLevelDialog(QDialog):
    def __init__(self, door: DbDoor, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door, self.actor = door, actor
        self.report: ServiceLevelReport | None = None
        self.setWindowTitle(self.tr("Capaian Standar Pelayanan"))
        self.facility = QComboBox(self)
        today = local_today()
        self.start = QDateEdit(QDate(today.year, today.month, 1), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        for d in (self.start, self.end):
            d.setDisplayFormat("dd-MM-yyyy")
            d.setCalendarPopup(True)
        self.show_button = QPushButton(self.tr("&Tampilkan"), self)
        self.complaints = QLabel(self)
        self.complaints.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.steps = _table(self, [self.tr("Standar"), self.tr("No."), self.tr("Langkah"),
                                   self.tr("Batas waktu"), self.tr("Tepat waktu"),
                                   self.tr("Terlambat"), self.tr("Terbuka, lewat batas"),
                                   self.tr("Terbuka, dalam batas")])
        self.open_steps = _table(self, [self.tr("Nomor kasus"), self.tr("Nama"),
                                        self.tr("Langkah"), self.tr("Peran yang wajib"),
                                        self.tr("Jatuh tempo"), self.tr("Keadaan")])
        self.residency = _table(self, [self.tr("Nomor kasus"), self.tr("Nama"),
                                       self.tr("Hari ke"), self.tr("Batas tinggal (hari)"),
                                       self.tr("Keadaan")])
        self.tabs.addTab(self.steps, self.tr("Per standar dan langkah"))
        self.tabs.addTab(self.open_steps, self.tr("Kasus terbuka: langkah jatuh tempo"))
        self.tabs.addTab(self.residency, self.tr("Lama tinggal"))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fasilitas:"), self))
        top.addWidget(self.facility, 1)
        top.addWidget(QLabel(self.tr("Periode:"), self))
        top.addWidget(self.start)
        top.addWidget(QLabel("\u2013", self))
        top.addWidget(self.end)
        top.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.complaints)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        fit_window(self, "service_level", 1300, 720)
        self.show_button.clicked.connect(self.refresh)

        def job(store):
            with store.read() as s:
                return board.filter_choices(s).facilities

        door.query(job, self._show_facilities)

    def _show_facilities(self, facilities) -> None:
        self.facility.addItem(self.tr("Semua fasilitas"), None)
        for fid, code, name in facilities:
            self.facility.addItem(f"{name} ({code})", str(fid))
        if len(facilities) == 1:
            self.facility.setCurrentIndex(1)
        self.refresh()

    def refresh(self) -> None:
        data = self.facility.currentData()
        fid = uuid.UUID(data) if data else None
        start: date = self.start.date().toPython()
        end: date = self.end.date().toPython()
        actor = self.actor

        def job(store):
            with store.read() as s:
                s.info["actor"] = actor  # the service checks the signed-in role
                return service_level_report(s, start, end, facility_id=fid), \
                    facility_zone(s, fid)

        self.door.query(job, lambda result: self._show(*result),
                          lambda exc: show_error(self, exc), owner=self)

    def _show(self, report: ServiceLevelReport, zone) -> None:
        self.report = report
        rows, colours = [], []
        for fig in report.standards:
            for f in fig.steps:
                rows.append((fig.code, f.number, f.text, f.limit, f.within, f.beyond,
                             f.open_overdue, f.open_on_time))
                colours.append(LATE if f.beyond or f.open_overdue else None)
        _fill(self.steps, rows, 2, colours)
        _fill(self.open_steps, [
            (o.case_number, o.client_name, o.step, o.role,
             to_local(o.due_at, zone).strftime("%d-%m-%Y %H:%M"), self.tr(o.state_label))
            for o in report.open_steps], 2,
            [LATE if o.state == "terlambat" else SOON for o in report.open_steps])
        _fill(self.residency, [
            (r.case_number, r.client_name, r.day,
             r.limit_days if r.limit_days is not None else "-", r.label)
            for r in report.residency], 4,
            [LATE if r.state == "eligible" else SOON if r.state == "approaching" else None
             for r in report.residency])
        cases = sum(f.cases for f in report.standards)
        c = report.complaints
        self.complaints.setText(self.tr(
            "<b>{0}</b> kasus masuk pada periode ini. Pengaduan: <b>{1}</b> diterima, "
            "<b>{2}</b> ditanggapi tepat waktu, <b>{3}</b> ditanggapi melewati batas, "
            "<b>{4}</b> belum ditanggapi dan lewat batas, <b>{5}</b> belum ditanggapi "
            "dalam batas.").format(cases, c.received, c.within, c.beyond, c.open_overdue,
                                   c.open_on_time))


@hooks.on_main_window
def _add_menu(window) -> None:
    window.register_action(
        "file", "service_level_view",
        QT_TRANSLATE_NOOP("MainWindow", "Capaian &standar pelayanan..."),
        lambda: run_modal(ServiceLevelDialog(window.door, window.actor, window)),
        permission="service_level.view")


@hooks.on_screenshots
def _screenshots(ctx):
    dialog = ServiceLevelDialog(ctx.window.door, ctx.window.actor, ctx.window)
    dialog.resize(1366, 768)
    dialog.show()
    ctx.wait_idle()
    ctx.wait(50)
    yield "capaian-standar-pelayanan", dialog
    dialog.close()
