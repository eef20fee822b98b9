"""The complaints register (Register Pengaduan): the list, a new complaint, its stages, and
the receipt and reply letters. Opened from the File menu; every rule is
``services.complaints`` / ``services.complaint_letters``'s, this screen only asks and shows."""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.core.localtime import from_local, to_local
from rumahsinggah.gui import hooks
from rumahsinggah.gui.common import show_error
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.gui.wizards import deskclock
from rumahsinggah.services import board, complaint_letters
from rumahsinggah.services import complaints as svc
from rumahsinggah.services.calendar import facility_zone
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.base import utcnow

HEADERS = (
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Diterima"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Fasilitas"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Saluran"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Pengadu"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Isi pengaduan"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Tahap"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Petugas"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Batas tanggapan"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Keadaan"),
)
# The service's complaint states (services.complaints.STATE_LABELS), marked for lupdate so
# the register's "Keadaan" column and filter read in English too.
STATE_TEXTS = (
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Belum ditanggapi, lewat batas"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Jatuh tempo hari ini"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Dalam batas waktu"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Belum ditanggapi (tanpa batas waktu)"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Ditanggapi tepat waktu"),
    QT_TRANSLATE_NOOP("ComplaintsDialog", "Ditanggapi melewati batas"),
)
STATE_COLOURS = {"terlambat": "#b3261e", "hari_ini": "#a15c00",
                 "terlambat_ditanggapi": "#b3261e"}


@contextmanager
def _read(store, actor: Actor):
    """A read session acting as the signed-in user (the services check the role)."""
    with store.read() as session:
        session.info["actor"] = actor
        yield session


def _now_in(zone) -> QDateTime:
    """Now on the facility's wall clock (the desk clock's zone when the facility's is unknown),
    to the minute, as the time fields show it."""
    moment = to_local(utcnow(), zone) if zone is not None else deskclock.now()
    return QDateTime(moment.replace(tzinfo=None, second=0, microsecond=0))


class _DateTimeField(QDateTimeEdit):
    """A date-time field Tab leaves (Left/Right and typing move between day, month, year, hour
    and minute): a form of ten fields is not five Tabs longer because of one of them."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


def _save_keys(dialog: QDialog, save) -> None:
    """Ctrl+Enter saves from anywhere in the dialog, the multi-line fields too (where a bare
    Enter starts a new line)."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), dialog, save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)


def _when(moment: datetime | None, zone) -> str:
    return to_local(moment, zone).strftime("%d-%m-%Y %H:%M") if moment else "-"


def _due(moment: datetime | None, zone) -> str:
    """A limit at midnight is the end of the day before, written as the office writes it
    ("27-11-2026 24:00", not "28-11-2026 00:00", which reads as a day later)."""
    if moment is None:
        return "-"
    local = to_local(moment, zone)
    if (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0):
        return (local - timedelta(days=1)).strftime("%d-%m-%Y") + " 24:00"
    return local.strftime("%d-%m-%Y %H:%M")


# The state filter: every complaint state of the service, in its words (translated here).
STATE_FILTERS = tuple(svc.STATE_LABELS)


class ComplaintsDialog(QDialog):
    """Facility, state and "open only" at the top; the register; the chosen complaint's
    stages.

    ``state`` (a key of ``services.complaints.STATE_LABELS``) and ``facility_id`` open it
    filtered, as the board's complaint cards do; "Atur ulang filter" shows every complaint.
    Keys: arrows pick a complaint (its detail shows below), Enter or Alt+T records a stage,
    Alt+B a new complaint, Alt+R the receipt, Alt+P the reply letter.
    """

    def __init__(self, door: DbDoor, actor: Actor, parent: QWidget | None = None, *,
                 state: str | None = None, facility_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.door, self.actor = door, actor
        self._wanted_facility = facility_id
        self.ready = False  # the first list (with the filters asked for) has been shown
        self.rows: list[svc.ComplaintRow] = []
        self.zones: dict = {}
        self.detail: svc.ComplaintDetail | None = None
        self.detail_zone = None
        self.setWindowTitle(self.tr("Register Pengaduan"))
        self.facility = QComboBox(self)
        self.state_box = QComboBox(self)
        self.state_box.setObjectName("complaintState")
        self.state_box.addItem(self.tr("Semua keadaan"), None)
        for key in STATE_FILTERS:
            self.state_box.addItem(self.tr(svc.STATE_LABELS[key]), key)
        self.state_box.setCurrentIndex(max(self.state_box.findData(state), 0))
        self.state_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.open_only = QCheckBox(self.tr("Hanya yang belum &selesai"), self)
        self.reset_button = QPushButton(self.tr("Atur &ulang filter"), self)
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.setToolTip(self.tr("Tampilkan semua pengaduan semua fasilitas"))
        self.add_button = QPushButton(self.tr("Pengaduan &baru..."), self)
        self.step_button = QPushButton(self.tr("Catat &tahap..."), self)
        self.receipt_button = QPushButton(self.tr("Cetak tanda te&rima"), self)
        self.reply_button = QPushButton(self.tr("Cetak surat tangga&pan"), self)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = QTableWidget(0, 4, self)
        self.steps.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Tahap"),
                                              self.tr("Oleh"), self.tr("Catatan")])
        self.steps.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.steps.verticalHeader().setVisible(False)
        self.steps.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel(self)
        close = QDialogButtonBox(self)
        close.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
                        ).setAutoDefault(False)  # Esc closes; Enter belongs to the list
        close.rejected.connect(self.reject)

        facility_label = QLabel(self.tr("&Fasilitas:"), self)
        facility_label.setBuddy(self.facility)
        state_label = QLabel(self.tr("&Keadaan:"), self)
        state_label.setBuddy(self.state_box)
        top = QHBoxLayout()
        top.addWidget(facility_label)
        top.addWidget(self.facility, 1)
        top.addWidget(state_label)
        top.addWidget(self.state_box)
        top.addWidget(self.open_only)
        top.addWidget(self.reset_button)
        actions = QHBoxLayout()
        for b in (self.add_button, self.step_button, self.receipt_button, self.reply_button):
            actions.addWidget(b)
        actions.addStretch(1)
        lower = QWidget(self)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.info, 2)
        lower_layout.addWidget(self.steps, 3)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([420, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        fit_window(self, "complaints", 1300, 720)

        self.facility.currentIndexChanged.connect(lambda _i: self.refresh())
        self.state_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_only.toggled.connect(lambda _v: self.refresh())
        self.reset_button.clicked.connect(self.reset_filters)
        self.table.itemSelectionChanged.connect(self._load_detail)
        self.table.itemDoubleClicked.connect(lambda _item: self._step_if_enabled())
        # Enter on a row is taken here: left to the dialog, it would press the default
        # button of the step dialog it just opened (QDialog looks for one among all its
        # children) and save an empty stage.
        self.table.installEventFilter(self)
        self.setTabOrder(self.facility, self.state_box)
        self.setTabOrder(self.state_box, self.open_only)
        self.setTabOrder(self.open_only, self.reset_button)
        self.setTabOrder(self.reset_button, self.table)
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.step_button)
        self.setTabOrder(self.step_button, self.receipt_button)
        self.setTabOrder(self.receipt_button, self.reply_button)
        self.setTabOrder(self.reply_button, self.steps)
        for b in (self.add_button, self.step_button, self.receipt_button, self.reply_button,
                  self.reset_button):
            b.setAutoDefault(False)  # Enter on the list records a stage, not a button
        self.add_button.clicked.connect(self.add_complaint)
        self.step_button.clicked.connect(self.record_step)
        self.receipt_button.clicked.connect(lambda: self.print_letter("receipt"))
        self.reply_button.clicked.connect(lambda: self.print_letter("reply"))
        self._enable()
        door.changed.connect(self._store_changed)
        self._load_facilities()

    # -- loading --------------------------------------------------------------------------
    def _load_facilities(self) -> None:
        def job(store):
            with store.read() as s:
                return board.filter_choices(s).facilities

        self.door.query(job, self._show_facilities)

    def _show_facilities(self, facilities) -> None:
        self.facility.blockSignals(True)
        self.facility.clear()
        self.facility.addItem(self.tr("Semua fasilitas"), None)
        for fid, code, name in facilities:
            self.facility.addItem(f"{name} ({code})", str(fid))
            if self._wanted_facility is not None and fid == self._wanted_facility:
                self.facility.setCurrentIndex(self.facility.count() - 1)
        self.facility.blockSignals(False)
        self.refresh()

    def facility_id(self) -> uuid.UUID | None:
        data = self.facility.currentData()
        return uuid.UUID(data) if data else None

    def state(self) -> str | None:
        """The state filter: a key of ``services.complaints.STATE_LABELS``, or None (all)."""
        return self.state_box.currentData()

    def filtered(self) -> bool:
        return (self.state() is not None or self.facility_id() is not None
                or self.open_only.isChecked())

    def reset_filters(self) -> None:
        """Every complaint of every facility again (one refresh, not one per box)."""
        with QSignalBlocker(self.facility), QSignalBlocker(self.state_box), \
                QSignalBlocker(self.open_only):
            self.facility.setCurrentIndex(0)
            self.state_box.setCurrentIndex(0)
            self.open_only.setChecked(False)
        self.refresh()

    def _store_changed(self, found) -> None:
        """Complaints written elsewhere (another window, a sync import) show here at once."""
        if self.ready and found.touches("complaint", "letter"):
            self.refresh()

    def refresh(self, select: uuid.UUID | None = None, *, focus: bool = False) -> None:
        """Ask for the list again; ``select`` that complaint, ``focus`` the list (after a
        save, so the keyboard carries on from the row just written)."""
        fid, open_only, actor = self.facility_id(), self.open_only.isChecked(), self.actor
        state = self.state()
        self.reset_button.setEnabled(self.filtered())

        def job(store):
            with _read(store, actor) as s:
                rows = svc.list_complaints(s, facility_id=fid, open_only=open_only)
                if state is not None:  # the state each row was given by the service
                    rows = [r for r in rows if r.state == state]
                zones = {code: facility_zone(s, f)
                         for f, code, _name in board.filter_choices(s).facilities}
                return rows, zones

        self.door.query(job, lambda result: self._show(*result, select=select, focus=focus),
                          lambda exc: show_error(self, exc), owner=self)

    def _show(self, rows, zones, *, select=None, focus: bool = False) -> None:
        if select is None:  # a refresh keeps the complaint that is chosen
            select = self.current_id()
        self.rows, self.zones = list(rows), zones
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            z = zones.get(r.facility_code)
            cells = (_when(r.received_at, z), r.facility_code, r.channel_label, r.complainant,
                     r.content, r.stage_label, r.handler or "-", _due(r.due_at, z),
                     self.tr(r.state_label))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(r.id))
                if col == 8 and r.state in STATE_COLOURS:
                    item.setForeground(QColor(STATE_COLOURS[r.state]))
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(4, min(self.table.columnWidth(4), 320))
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        late = sum(1 for r in self.rows if r.state == "terlambat")
        today = sum(1 for r in self.rows if r.state == "hari_ini")
        text = self.tr("{0} pengaduan; {1} lewat batas tanggapan, {2} jatuh tempo "
                       "hari ini").format(len(self.rows), late, today)
        if self.state() is not None:
            text += " \u2014 " + self.tr("disaring: {0}").format(self.state_box.currentText())
        self.count.setText(text)
        self.table.blockSignals(True)
        target = next((i for i, r in enumerate(self.rows) if r.id == select), None)
        if target is None and self.rows:
            target = 0
        self.table.clearSelection()
        if target is not None:
            self.table.selectRow(target)
        self.table.blockSignals(False)
        if focus or not self.ready:  # opened: the arrows walk the complaints at once
            self.table.setFocus()
        self.ready = True
        self._load_detail()  # the rows were rebuilt: show the chosen one afresh

    def current_id(self) -> uuid.UUID | None:
        items = self.table.selectedItems()
        return uuid.UUID(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _enable(self) -> None:
        has = self.current_id() is not None
        d = self.detail
        self.step_button.setEnabled(has and (d is None or d.row.stage != "selesai"))
        self.receipt_button.setEnabled(has)
        self.reply_button.setEnabled(has and d is not None and d.row.responded_at is not None)

    def _load_detail(self) -> None:
        cid, actor = self.current_id(), self.actor
        if cid is None:
            self.detail = None
            self.info.clear()
            self.steps.setRowCount(0)
            self._enable()
            return

        def job(store):
            with _read(store, actor) as s:
                d = svc.complaint_detail(s, cid)
                zones = {code: facility_zone(s, f)
                         for f, code, _name in board.filter_choices(s).facilities}
                return d, zones.get(d.row.facility_code)

        self.door.query(job, lambda result: self._show_detail(*result),
                          lambda exc: show_error(self, exc), owner=self)

    def _show_detail(self, d: svc.ComplaintDetail, zone) -> None:
        self.detail, self.detail_zone = d, zone
        r = d.row
        lines = [
            f"<b>{self.tr('Pengadu')}:</b> {r.complainant}"
            + (f" ({d.contact})" if d.contact else ""),
            f"<b>{self.tr('Saluran')}:</b> {r.channel_label}",
            f"<b>{self.tr('Standar')}:</b> {d.standard_code or '-'}",
        ]
        if d.identity_document:
            lines.append(f"<b>{self.tr('Identitas')}:</b> {d.identity_document}")
        if r.case_number:
            lines.append(f"<b>{self.tr('Kasus')}:</b> {r.case_number} {d.client_name}")
        lines.append(f"<b>{self.tr('Isi')}:</b> {r.content}")
        lines.append(f"<b>{self.tr('Batas tanggapan')}:</b> {_due(r.due_at, zone)}"
                     + (f" ({d.response_time_text})" if d.response_time_text else ""))
        if d.response:
            lines.append(f"<b>{self.tr('Tanggapan')}:</b> {d.response}")
        self.info.setText("<br>".join(lines))
        self.steps.setRowCount(len(d.steps))
        for i, st in enumerate(d.steps):
            for col, text in enumerate((_when(st.at, zone), st.label, st.by, st.note)):
                self.steps.setItem(i, col, QTableWidgetItem(text))
        for col in range(self.steps.columnCount() - 1):  # the note column keeps stretching
            self.steps.resizeColumnToContents(col)
        self._enable()

    # -- actions --------------------------------------------------------------------------
    def add_complaint(self) -> None:
        dialog = AddComplaintDialog(self.door, self.actor, self, facility_id=self.facility_id())
        dialog.saved.connect(lambda cid: self.refresh(select=cid, focus=True))
        dialog.open()
        self._child = dialog

    def eventFilter(self, obj, event) -> bool:
        if (obj is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self._step_if_enabled()
            return True
        return super().eventFilter(obj, event)

    def _step_if_enabled(self) -> None:
        if self.step_button.isEnabled():
            self.record_step()

    def record_step(self) -> None:
        if self.detail is None:
            return
        dialog = StepDialog(self.door, self.actor, self.detail, self, zone=self.detail_zone)
        dialog.saved.connect(lambda cid: self.refresh(select=cid, focus=True))
        dialog.open()
        self._child = dialog

    def print_letter(self, which: str) -> None:
        from rumahsinggah.gui.letters.preview import _open

        cid, actor = self.current_id(), self.actor
        if cid is None:
            return
        make = complaint_letters.receipt if which == "receipt" else complaint_letters.reply
        kind = "tanda_terima_pengaduan" if which == "receipt" else "balasan_pengaduan"
        self.door.write(lambda store: make(store, actor, cid),
                        lambda result: (_open(self, result, kind, None),
                                        self.refresh(select=cid)),
                        lambda exc: show_error(self, exc), owner=self)


class AddComplaintDialog(QDialog):
    """A received complaint: facility, channel (the standard's), when, who, what, case."""

    saved = Signal(object)  # the complaint id

    def __init__(self, door: DbDoor, actor: Actor, parent: QWidget | None = None, *,
                 facility_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.door, self.actor = door, actor
        self._wanted = facility_id
        self.zone = None
        self.setWindowTitle(self.tr("Pengaduan baru"))
        self.facility = QComboBox(self)
        self.channel = QComboBox(self)
        self.received = _DateTimeField(_now_in(None), self)
        self.received.dateTimeChanged.connect(lambda _d: self.received.setProperty("edited", True))
        self.received.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.received.setCalendarPopup(True)
        self.anonymous = QCheckBox(self.tr("Pengadu tidak menyebut nama (&anonim)"), self)
        self.name = QLineEdit(self)
        self.contact = QLineEdit(self)
        self.identity = QLineEdit(self)
        self.identity.setPlaceholderText(self.tr("mis. KTP 6371..."))
        self.case = QLineEdit(self)
        self.case.setPlaceholderText(self.tr("nomor kasus, bila terkait"))
        self.content = QPlainTextEdit(self)
        self.content.setTabChangesFocus(True)  # Tab goes on to the buttons, as in a form
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Fasilitas:"), self.facility)
        form.addRow(self.tr("&Saluran:"), self.channel)
        form.addRow(self.tr("&Diterima:"), self.received)
        form.addRow("", self.anonymous)
        form.addRow(self.tr("&Nama pengadu:"), self.name)
        form.addRow(self.tr("&Kontak:"), self.contact)
        form.addRow(self.tr("Dokumen &identitas:"), self.identity)
        form.addRow(self.tr("Kasus &terkait:"), self.case)
        form.addRow(self.tr("Isi pen&gaduan:"), self.content)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(self.tr("Simpan"))
        save_button.setDefault(True)  # Enter in a field saves
        save_button.setToolTip(self.tr("Simpan (Enter, atau Ctrl+Enter di isi pengaduan)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        _save_keys(self, self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        fit_window(self, "complaint_form", 560, 520)
        self.anonymous.toggled.connect(self._anonymous)
        self.facility.currentIndexChanged.connect(lambda _i: self._load_channels())

        def job(store):
            with store.read() as s:
                return board.filter_choices(s).facilities

        door.query(job, self._show_facilities)

    def _anonymous(self, on: bool) -> None:
        for w in (self.name, self.identity):
            w.setEnabled(not on)

    def _show_facilities(self, facilities) -> None:
        self.facility.blockSignals(True)
        for fid, code, name in facilities:
            self.facility.addItem(f"{name} ({code})", str(fid))
            if self._wanted is not None and fid == self._wanted:
                self.facility.setCurrentIndex(self.facility.count() - 1)
        self.facility.blockSignals(False)
        self._load_channels()

    def _load_channels(self) -> None:
        data = self.facility.currentData()
        if not data:
            return
        fid = uuid.UUID(data)

        def job(store):
            with store.read() as s:
                std = svc.governing_standard(s, fid, None)
                return (svc.channels_of(std), svc.identity_required(std),
                        std.complaints.text if std else "", facility_zone(s, fid))

        self.door.query(job, self._show_channels)

    def _show_channels(self, result) -> None:
        channels, identity, text, zone = result
        if self.zone != zone and not self.received.property("edited"):
            with QSignalBlocker(self.received):  # not the user's edit: the next facility may
                self.received.setDateTime(_now_in(zone))  # move it to its own wall clock
        self.zone = zone
        self.channel.clear()
        for kind, label in channels.items():
            self.channel.addItem(label, kind)
        hint = text
        if identity:
            hint += " " + self.tr("Pengadu yang menyebut nama wajib menunjukkan dokumen "
                                  "identitas diri yang sah.")
        self.hint.setText(hint.strip())

    def data(self) -> svc.ComplaintInput:
        naive = self.received.dateTime().toPython().replace(second=0, microsecond=0)
        return svc.ComplaintInput(
            facility_id=uuid.UUID(self.facility.currentData()),
            channel=self.channel.currentData() or "", content=self.content.toPlainText(),
            received_at=from_local(naive, self.zone), anonymous=self.anonymous.isChecked(),
            complainant_name=self.name.text(), contact=self.contact.text(),
            identity_document=self.identity.text())

    def save(self) -> None:
        if not self.facility.currentData():
            return
        data, case, actor = self.data(), self.case.text().strip(), self.actor

        def job(store):
            with store.write(actor) as s:
                stay_id = None
                if case:
                    from rumahsinggah.services.letters import stay_by_case_number

                    stay_id = stay_by_case_number(s, case).id
                return svc.receive(s, replace(data, stay_id=stay_id))

        self.door.write(job, self._saved, lambda exc: show_error(self, exc), owner=self)

    def _saved(self, cid) -> None:
        self.saved.emit(cid)
        self.accept()


class StepDialog(QDialog):
    """One stage of handling, in the standard's words; the response needs its text."""

    saved = Signal(object)

    def __init__(self, door: DbDoor, actor: Actor, detail: svc.ComplaintDetail,
                 parent: QWidget | None = None, *, zone=None) -> None:
        super().__init__(parent)
        self.door, self.actor, self.detail = door, actor, detail
        self.setWindowTitle(self.tr("Catat tahap pengaduan"))
        self.stage = QComboBox(self)
        for key, label in detail.stage_choices.items():
            self.stage.addItem(label, key)
        self.at = _DateTimeField(_now_in(zone), self)
        self.at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.at.setCalendarPopup(True)
        self.note = QLineEdit(self)
        self.response = QPlainTextEdit(self)
        self.response.setTabChangesFocus(True)
        self.response.setPlainText(detail.response)
        form = QFormLayout()
        form.addRow(self.tr("&Tahap:"), self.stage)
        form.addRow(self.tr("&Waktu:"), self.at)
        form.addRow(self.tr("&Catatan:"), self.note)
        self.response_label = QLabel(self.tr("&Isi tanggapan:"), self)
        self.response_label.setBuddy(self.response)
        form.addRow(self.response_label, self.response)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(self.tr("Simpan"))
        save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        _save_keys(self, self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.stage.currentIndexChanged.connect(lambda _i: self._stage_changed())
        self._stage_changed()
        fit_window(self, "complaint_step", 520, 360)

    def _stage_changed(self) -> None:
        on = self.stage.currentData() == "tanggapan"
        self.response.setVisible(on)
        self.response_label.setVisible(on)

    def save(self) -> None:
        cid, actor = self.detail.row.id, self.actor
        stage, note = self.stage.currentData(), self.note.text()
        response = self.response.toPlainText() if stage == "tanggapan" else ""
        naive = self.at.dateTime().toPython().replace(second=0, microsecond=0)

        def job(store):
            with store.write(actor) as s:
                from rumahsinggah.storage.models import Complaint

                zone = facility_zone(s, s.get(Complaint, cid).facility_id)
                svc.record_step(s, svc.StepInput(cid, stage, at=from_local(naive, zone),
                                                 note=note, response=response))
            return cid

        self.door.write(job, self._saved, lambda exc: show_error(self, exc), owner=self)

    def _saved(self, cid) -> None:
        self.saved.emit(cid)
        self.accept()


def open_register(window, *, state: str | None = None,
                  facility_id: uuid.UUID | None = None) -> ComplaintsDialog | None:
    """The register over the main window (window-modal, not blocking the caller), filtered
    to ``state`` / ``facility_id`` when given. A role that may not see it is told why."""
    if not window.can("complaints"):
        window.refuse("complaints")
        return None
    dialog = ComplaintsDialog(window.door, window.actor, window, state=state,
                              facility_id=facility_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.complaints_dialog = dialog
    return dialog


@hooks.on_main_window
def _add_menu(window) -> None:
    window.register_action(
        "file", "complaints", QT_TRANSLATE_NOOP("MainWindow", "Register &pengaduan..."),
        lambda: open_register(window), shortcut="Ctrl+Shift+P", permission="complaints.view")
    # The board's complaint cards open the register with the complaints they count.
    window.board.openComplaints.connect(
        lambda state, fid: open_register(window, state=state, facility_id=fid))


@hooks.on_screenshots
def _screenshots(ctx):
    dialog = ComplaintsDialog(ctx.window.door, ctx.window.actor, ctx.window)
    dialog.resize(1366, 768)
    dialog.show()
    ctx.wait_idle()
    ctx.wait(50)
    yield "register-pengaduan", dialog
    dialog.close()
