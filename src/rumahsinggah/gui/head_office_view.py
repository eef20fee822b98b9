"""The head office's screen (Kantor pusat): the shelters it accepts bundles from, the clients
who arrived at one shelter and are probably known at another, and the head office's workbook.

Everything comes from ``services.head_office`` through the door, off the GUI thread. The menu
entry (Tampilan > Kantor pusat...) is for the roles that may make the monthly recap
(``report.monthly``) and is shown only when the store is a head office (the desk's identity,
asked through the door when the window opens and when the user changes). Naming a shelter and
setting one aside are for the administrator (``desk.head_office``); the service checks again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.core.localtime import local_today, to_local
from rumahsinggah.gui import hooks
from rumahsinggah.gui.common import ask_yes_no, run_modal, show_error, show_info
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.recap_view import label, last_month
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.services import permissions
from rumahsinggah.services.recap import MONTHS_ID
from rumahsinggah.storage.audit import Actor

ACTION_KEY = "head_office"
BUNDLE_FILTER = QT_TRANSLATE_NOOP("HeadOfficeDialog", "Paket Rumah Singgah (*.rssync)")
ASIDE_FG = QColor("#7a8791")  # a shelter set aside: its row greyed, its data kept
ROLE_ID = Qt.ItemDataRole.UserRole


def _ask_save_path(parent: QWidget, caption: str, suggested: str, filt: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, filt)
    return path


def _ask_open_paths(parent: QWidget, caption: str, filt: str) -> list[str]:
    names, _filter = QFileDialog.getOpenFileNames(parent, caption, "", filt)
    return names


# The file dialogs go through these so tests can hand in paths ("" / [] = cancelled).
FILE_DIALOG: dict[str, Callable] = {"save": _ask_save_path, "open": _ask_open_paths}


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(False)
    t.setAlternatingRowColors(True)
    return t


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _local(moment) -> str:
    return to_local(moment).strftime("%d-%m-%Y %H:%M") if moment is not None else "-"


class AddShelterDialog(QDialog):
    """Read a shelter's store id and name off one of its bundles, then give it a code."""

    def __init__(self, door: DbDoor, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door, self.actor = door, actor
        self.named = None  # (code, name) once the shelter is named
        self.setWindowTitle(self.tr("Tambah shelter"))
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("berkas .rssync dari shelter itu"))
        self.browse = QPushButton(self.tr("&Pilih..."), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.read_button = QPushButton(self.tr("&Baca paket"), self)
        self.store_id = QLineEdit(self)
        self.store_id.setReadOnly(True)
        self.store_id.setPlaceholderText(self.tr("dibaca dari paket"))
        self.code = QLineEdit(self)
        self.code.setMaxLength(12)
        self.code.setPlaceholderText(self.tr("misalnya BJM"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.note = QLabel(self.tr(
            "Pilih salah satu paket yang dikirim shelter itu dan ketik kata sandi paketnya. "
            "Setelah shelter ditambahkan, paket-paketnya dapat diimpor di sini."), self)
        self.note.setWordWrap(True)
        self.note.setObjectName("subtitle")

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.passphrase, 1)
        pass_row.addWidget(self.read_button)
        form = QFormLayout()
        form.addRow(self.tr("Berkas paket:"), file_row)
        form.addRow(self.tr("Kata sandi paket:"), pass_row)
        form.addRow(self.tr("Kode basis data:"), self.store_id)
        form.addRow(self.tr("Kode shelter:"), self.code)
        form.addRow(self.tr("Nama shelter:"), self.name)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Tambahkan"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setEnabled(False)
        # Enter reads the bundle until it is read, then adds the shelter.
        self.save_button.setAutoDefault(False)
        self.read_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(620, 0)

        self.browse.clicked.connect(self._browse)
        self.read_button.clicked.connect(self.read_bundle)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _browse(self) -> None:
        names = FILE_DIALOG["open"](self, self.windowTitle(),
                                    QCoreApplication.translate("HeadOfficeDialog", BUNDLE_FILTER))
        if names:
            self.path.setText("; ".join(names))
            self.passphrase.setFocus()

    def files(self) -> list[Path]:
        return [Path(p.strip()) for p in self.path.text().split(";") if p.strip()]

    def read_bundle(self) -> None:
        files, passphrase = self.files(), self.passphrase.text()
        if not files:
            show_error(self, self.tr("Pilih berkas paket terlebih dahulu."))
            return

        def job(_store):
            from rumahsinggah.services.head_office import shelter_of_bundle
            from rumahsinggah.sync import bundle

            opened = bundle.open_bundle(files, passphrase)
            try:
                return shelter_of_bundle(opened.manifest)
            finally:
                opened.close()

        self.read_button.setEnabled(False)

        def failed(exc) -> None:
            self.read_button.setEnabled(True)
            show_error(self, exc)

        self.door.query(job, self._read, failed, owner=self)

    def _read(self, found: tuple[str, str]) -> None:
        store_id, name = found
        self.read_button.setEnabled(True)
        self.store_id.setText(store_id)
        if name and not self.name.text().strip():
            self.name.setText(name)
        self.save_button.setEnabled(bool(store_id))
        if store_id:
            self.read_button.setDefault(False)
            self.read_button.setAutoDefault(False)
            self.save_button.setDefault(True)
        (self.code if not self.code.text() else self.name).setFocus()

    def save(self) -> None:
        store_id, name, code, actor = (self.store_id.text(), self.name.text(),
                                       self.code.text(), self.actor)
        if not store_id:
            show_error(self, self.tr("Baca paket shelter itu terlebih dahulu."))
            return

        def job(store):
            from rumahsinggah.services.head_office import name_shelter

            with store.write(actor) as s:
                shelter = name_shelter(s, store_id, name, code)
                return shelter.code, shelter.name

        def done(named: tuple[str, str]) -> None:
            self.named = named
            self.accept()

        self.door.write(job, done, lambda exc: show_error(self, exc), owner=self)


class HeadOfficeDialog(QDialog):
    """The shelters (top), the returning clients (middle), the month's workbook (bottom)."""

    def __init__(self, door: DbDoor, actor: Actor, parent: QWidget | None = None, *,
                 open_client: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.door, self.actor = door, actor
        self.open_client = open_client
        self.summaries: list = []
        self.returning: list = []
        self.saved: list[Path] = []
        self.loaded = False  # both tables filled at least once
        self._pending = 0
        self.setWindowTitle(self.tr("Kantor pusat"))
        self.admin = admin = permissions.can(str(actor.role), "desk.head_office")

        self.heading = QLabel(self.tr("Kantor pusat: shelter dan klien kembali"), self)
        self.heading.setObjectName("title")

        # -- the shelters --
        shelters_box = QGroupBox(self.tr("Shelter yang mengirim paket ke kantor pusat"), self)
        self.shelters = _table(shelters_box, [
            self.tr("Kode"), self.tr("Nama"), self.tr("Diterima"), self.tr("Meja"),
            self.tr("Paket"), self.tr("Paket terakhir"), self.tr("Klien"),
            self.tr("Sedang tinggal")])
        self.add_button = QPushButton(self.tr("Tambah &shelter..."), shelters_box)
        self.aside_button = QPushButton(self.tr("&Berhenti terima"), shelters_box)
        self.aside_button.setEnabled(False)
        self.shelters_note = QLabel(shelters_box)
        self.shelters_note.setObjectName("subtitle")
        self.shelters_note.setWordWrap(True)
        for button in (self.add_button, self.aside_button):
            button.setVisible(admin)
        if not admin:
            self.shelters_note.setText(self.tr(
                "Hanya administrator yang dapat menambah shelter atau berhenti menerima "
                "paketnya."))
        sbox = QVBoxLayout(shelters_box)
        sbox.addWidget(self.shelters, 1)
        srow = QHBoxLayout()
        srow.addWidget(self.add_button)
        srow.addWidget(self.aside_button)
        srow.addWidget(self.shelters_note, 1)
        sbox.addLayout(srow)

        # -- the returning clients --
        returning_box = QGroupBox(self.tr("Klien kembali: tiba di satu shelter, kemungkinan "
                                          "sudah tercatat di shelter lain"), self)
        self.since = QDateEdit(returning_box)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd-MM-yyyy")
        start = local_today() - timedelta(days=30)
        self.since.setDate(QDate(start.year, start.month, start.day))
        self.show_button = QPushButton(self.tr("&Tampilkan"), returning_box)
        self.returning_count = QLabel(returning_box)
        self.returning_count.setObjectName("subtitle")
        self.table = _table(returning_box, [
            self.tr("Tiba"), self.tr("Shelter"), self.tr("No. kasus"), self.tr("Nama"),
            self.tr("Shelter sebelumnya"), self.tr("Nama sebelumnya"), self.tr("Skor"),
            self.tr("Alasan")])
        rtop = QHBoxLayout()
        rtop.addWidget(QLabel(self.tr("Tiba sejak:"), returning_box))
        rtop.addWidget(self.since)
        rtop.addWidget(self.show_button)
        rtop.addSpacing(12)
        rtop.addWidget(self.returning_count, 1)
        rbox = QVBoxLayout(returning_box)
        rbox.addLayout(rtop)
        rbox.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(shelters_box)
        self.splitter.addWidget(returning_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        # -- the workbook --
        year, month = last_month(local_today())
        self.month = QComboBox(self)
        for i in range(12):
            self.month.addItem(label(MONTHS_ID[i]), i + 1)
        self.month.setCurrentIndex(month - 1)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.export_button = QPushButton(self.tr("Ekspor &XLSX..."), self)
        self.export_note = QLabel(self.tr(
            "Buku kerja: rekap bulanan per fasilitas dan seluruhnya, capaian layanan, shelter, "
            "dan klien kembali pada bulan itu."), self)
        self.export_note.setObjectName("subtitle")
        self.export_note.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Tutup"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Bulan:"), self))
        bottom.addWidget(self.month)
        bottom.addWidget(self.year)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.export_note, 1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        fit_window(self, "head_office", 1300, 720)
        self.splitter.setSizes([260, 420])

        self.add_button.clicked.connect(self.add_shelter)
        self.aside_button.clicked.connect(self.set_aside)
        self.shelters.itemSelectionChanged.connect(self._selection)
        self.show_button.clicked.connect(self.load_returning)
        self.table.itemDoubleClicked.connect(lambda item: self.open_row(item.row()))
        self.export_button.clicked.connect(lambda: self.export())
        self.close_button.clicked.connect(self.reject)
        self.refresh()

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.load_shelters()
        self.load_returning()

    def _asked(self) -> None:
        self._pending += 1

    def _answered(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.loaded = True

    def _failed(self, exc) -> None:
        self._answered()
        show_error(self, exc)

    def load_shelters(self) -> None:
        actor = self.actor

        def job(store):
            from rumahsinggah.services.head_office import shelter_summaries

            with store.session(actor, readonly=True) as s, s.begin():
                return shelter_summaries(s)

        self._asked()
        self.door.query(job, self._show_shelters, self._failed, owner=self)

    def load_returning(self) -> None:
        actor, since = self.actor, self.since.date().toPython()

        def job(store):
            from rumahsinggah.services.head_office import arrivals_between, returning_clients

            with store.session(actor, readonly=True) as s, s.begin():
                return (returning_clients(s, arrived_from=since),
                        arrivals_between(s, since))

        self._asked()
        self.returning_count.setText(self.tr("mencari..."))
        self.door.query(job, self._show_returning, self._failed, owner=self)

    # -- showing -------------------------------------------------------------------------

    def _show_shelters(self, rows: list) -> None:
        self.summaries = rows
        t = self.shelters
        t.setRowCount(len(rows))
        bold = QFont(t.font())
        bold.setBold(True)
        for i, r in enumerate(rows):
            cells = [_item(r.code), _item(r.name),
                     _item(self.tr("ya") if r.active else self.tr("tidak lagi")),
                     _item(str(r.desks), right=True), _item(str(r.bundles), right=True),
                     _item(_local(r.last_bundle_at)), _item(str(r.clients), right=True),
                     _item(str(r.open_stays), right=True)]
            cells[0].setFont(bold)
            cells[0].setData(ROLE_ID, r.code)
            cells[0].setToolTip(self.tr("Kode basis data: {0}").format(r.store_id))
            for col, cell in enumerate(cells):
                if not r.active:
                    cell.setForeground(QBrush(ASIDE_FG))
                t.setItem(i, col, cell)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if not rows:
            self.shelters_note.setText(self.tr(
                "Belum ada shelter. Administrator menambahkannya dari salah satu paket "
                "shelter itu."))
        elif self.admin:
            self.shelters_note.setText("")  # a non-administrator keeps the note on who may
        self._selection()
        self._answered()

    def _show_returning(self, found: tuple[list, int]) -> None:
        rows, arrived = found
        self.returning = rows
        t = self.table
        t.setRowCount(len(rows))
        for i, r in enumerate(rows):
            earlier = self.tr("{0}, tiba {1}").format(
                r.earlier_shelter, _local(r.earlier_arrival_at).split(" ")[0])
            cells = [_item(_local(r.arrival_at)), _item(r.shelter), _item(r.case_number),
                     _item(r.full_name), _item(earlier), _item(r.earlier_name),
                     _item(f"{r.score:.0f}", right=True), _item("; ".join(r.reasons))]
            cells[0].setData(ROLE_ID, str(r.client_id))
            cells[4].setToolTip(self.tr("Nomor kasus sebelumnya: {0}").format(
                r.earlier_case_number))
            for col, cell in enumerate(cells):
                t.setItem(i, col, cell)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        since = self.since.date().toString("dd-MM-yyyy")
        if rows and self.open_client is not None:
            self.returning_count.setText(self.tr(
                "{0} klien kembali sejak {1}. Klik dua kali untuk membuka rekam klien.")
                .format(len(rows), since))
        elif rows:
            self.returning_count.setText(self.tr("{0} klien kembali sejak {1}.").format(
                len(rows), since))
        else:
            self.returning_count.setText(self.tr(
                "Tidak ada klien kembali dari shelter lain sejak {0}.").format(since))
        from rumahsinggah.services.head_office import MAX_ARRIVALS

        if arrived > MAX_ARRIVALS:
            self.returning_count.setText(self.returning_count.text() + " " + self.tr(
                "Hanya {0} kedatangan terbaru dari {1} yang diperiksa; pilih tanggal yang "
                "lebih dekat untuk sisanya.").format(MAX_ARRIVALS, arrived))
        self._answered()

    def _selection(self) -> None:
        code = self.selected_code()
        active = any(r.code == code and r.active for r in self.summaries)
        self.aside_button.setEnabled(active)

    def selected_code(self) -> str | None:
        rows = self.shelters.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.shelters.item(rows[0].row(), 0)
        return item.data(ROLE_ID) if item is not None else None

    def open_row(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is None or self.open_client is None:
            return
        self.open_client(str(uuid.UUID(item.data(ROLE_ID))))

    # -- changing ------------------------------------------------------------------------

    def add_shelter(self, show: Callable[[AddShelterDialog], object] | None = None) -> None:
        dialog = AddShelterDialog(self.door, self.actor, self)
        (show or run_modal)(dialog)
        if dialog.named is not None:
            self.load_shelters()

    def set_aside(self) -> None:
        code = self.selected_code()
        if not code:
            return
        name = next((r.name for r in self.summaries if r.code == code), code)
        if not ask_yes_no(self, self.tr("Berhenti terima"), self.tr(
                "Berhenti menerima paket dari {0} ({1})? Data yang sudah dikirimnya tetap "
                "ada; administrator dapat menambahkannya lagi kapan saja.").format(name, code)):
            return
        actor = self.actor

        def job(store):
            from rumahsinggah.services.head_office import set_shelter_aside

            with store.write(actor) as s:
                set_shelter_aside(s, code)

        self.door.write(job, lambda _r: self.load_shelters(), lambda exc: show_error(self, exc),
                        owner=self)

    # -- the workbook --------------------------------------------------------------------

    def month_code(self) -> str:
        return f"{self.year.value():04d}-{int(self.month.currentData()):02d}"

    def export(self, path: Path | None = None) -> None:
        """Write the month's workbook to ``path`` (asked with a file dialog when None)."""
        month, actor = self.month_code(), self.actor
        caption = self.tr("Ekspor buku kerja kantor pusat")
        if path is None:
            suggested = str(Path.home() / f"kantor-pusat-{month}.xlsx")
            chosen = FILE_DIALOG["save"](self, caption, suggested,
                                         self.tr("Buku kerja Excel (*.xlsx)"))
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        target = path

        def job(store):
            from rumahsinggah.services.head_office import export_xlsx

            return export_xlsx(store, actor, month, target)

        def done(written: Path) -> None:
            self.export_button.setEnabled(True)
            self.saved.append(written)
            show_info(self, caption, self.tr("Buku kerja kantor pusat {0} disimpan di:\n{1}")
                      .format(self.month.currentText() + f" {self.year.value()}", written))

        def failed(exc) -> None:
            self.export_button.setEnabled(True)
            show_error(self, exc)

        self.export_button.setEnabled(False)
        self.door.write(job, done, failed, owner=self)


def open_head_office(window, show: Callable[[HeadOfficeDialog], object] | None = None) -> None:
    """Open the screen if the service lets the signed-in role read it; otherwise show the
    service's message. ``show`` (tests) replaces showing the window."""
    actor, door = window.actor, window.door

    def job(store):
        with store.session(actor, readonly=True) as s, s.begin():
            permissions.require(s, "report.monthly")

    def allowed(_result) -> None:
        current = getattr(window, "_head_office_dialog", None)
        if current is not None and current.isVisible() and current.actor == actor:
            current.raise_()
            current.activateWindow()
            return
        dialog = HeadOfficeDialog(door, actor, window,
                                  open_client=getattr(window, "open_client", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window._head_office_dialog = dialog
        (show or (lambda d: d.show()))(dialog)

    door.query(job, allowed, lambda exc: show_error(window, exc))


def ask_head_office(window) -> None:
    """Ask the desk's identity whether this store is a head office; show the entry if so."""

    def job(store):
        from rumahsinggah.sync import desk

        with store.read() as s:
            return desk.identity(s).head_office

    def done(head_office: bool) -> None:
        window.actions[ACTION_KEY].available = bool(head_office)
        window._apply_role()

    window.door.query(job, done, lambda _exc: None, owner=window)


@hooks.on_main_window
def _add_menu(window) -> None:
    window.register_action(
        "view", ACTION_KEY, QT_TRANSLATE_NOOP("MainWindow", "Kantor pu&sat..."),
        lambda: open_head_office(window), permission="report.monthly")
    window.actions[ACTION_KEY].available = False  # until the store says it is a head office
    window._apply_role()
    ask_head_office(window)
    window.userChanged.connect(lambda _user: ask_head_office(window))


@hooks.on_screenshots
def _screenshots(ctx):
    if not ctx.window.actions[ACTION_KEY].available:
        return
    dialog = HeadOfficeDialog(ctx.window.door, ctx.window.actor, ctx.window)
    dialog.resize(1366, 768)
    dialog.show()
    ctx.wait_idle()
    ctx.wait(50)
    yield "kantor-pusat", dialog
    dialog.close()
