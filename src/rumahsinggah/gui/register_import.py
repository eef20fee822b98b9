"""The register import wizard (File menu): file, columns, preview, import with progress, report.

The wizard only gathers choices and shows results; reading, mapping suggestions, parsing,
matching and the one-transaction import are :mod:`rumahsinggah.services.registers`. Reading the
file and importing run through the database door, off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rumahsinggah.core.register_values import cell_text
from rumahsinggah.core.vocab import CASE_SOURCE_LABELS, CaseSource
from rumahsinggah.gui import hooks
from rumahsinggah.gui.common import error_text, run_modal
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.services.registers import importer, mapping
from rumahsinggah.services.registers.rows import ParsedRow
from rumahsinggah.storage.audit import Actor

FILE_FILTER = QT_TRANSLATE_NOOP("RegisterImportWizard",
                                "Register (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)")
PREVIEW_ROWS = 20


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (ints only)."""

    changed = Signal(int, int)


class RegisterImportWizard(QWizard):
    def __init__(self, door: DbDoor, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door, self.actor = door, actor
        self.prepared: importer.Prepared | None = None
        self.report: importer.ImportReport | None = None
        self.setWindowTitle(self.tr("Impor register klien lama"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        fit_window(self, "register_import", 1000, 640)
        for which, text in ((QWizard.WizardButton.BackButton, self.tr("< Kembali")),
                            (QWizard.WizardButton.NextButton, self.tr("Lanjut >")),
                            (QWizard.WizardButton.FinishButton, self.tr("Selesai")),
                            (QWizard.WizardButton.CancelButton, self.tr("Batal"))):
            self.setButtonText(which, text)
        self.file_page = _FilePage(self)
        self.columns_page = _ColumnsPage(self)
        self.preview_page = _PreviewPage(self)
        self.run_page = _RunPage(self)
        for page in (self.file_page, self.columns_page, self.preview_page, self.run_page):
            self.addPage(page)
        door.query(importer_facilities, self.file_page.set_facilities, self.file_page.show_error)

    def chosen_mapping(self) -> mapping.SavedMapping:
        assert self.prepared is not None
        return mapping.SavedMapping(self.columns_page.columns(), self.prepared.sheet,
                                    self.file_page.source.currentData())


def importer_facilities(store):
    with store.read() as s:
        return importer.facility_choices(s)


class _FilePage(QWizardPage):
    def __init__(self, wizard: RegisterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("1. Berkas register"))
        self.setSubTitle(self.tr("Pilih berkas Excel (XLSX, XLS), ODS atau CSV berisi register "
                                 "klien lama, dan fasilitas tujuan."))
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("&Pilih berkas..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.sheet = QComboBox()
        self.sheet.activated.connect(lambda _i: self._read(self.sheet.currentText()))
        self.facility = QComboBox()
        self.facility.currentIndexChanged.connect(self._facility_changed)
        self.standard = QComboBox()
        for code, title in importer.standard_choices():
            self.standard.addItem(f"{title} ({code})", code)
        self.source = QComboBox()
        for code in CaseSource:
            self.source.addItem(CASE_SOURCE_LABELS[code], str(code))
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Berkas"), row)
        form.addRow(self.tr("Lembar"), self.sheet)
        form.addRow(self.tr("Fasilitas tujuan"), self.facility)
        form.addRow(self.tr("Standar pelayanan kasus lama"), self.standard)
        form.addRow(self.tr("Sumber kedatangan bila kolomnya kosong"), self.source)
        form.addRow(self.status)

    def set_facilities(self, choices: list[tuple[str, str, str]]) -> None:
        self.facility.clear()
        self._defaults = {code: standard for code, _name, standard in choices}
        for code, name, _standard in choices:
            self.facility.addItem(f"{name} ({code})", code)
        self.completeChanged.emit()

    def _facility_changed(self, _index: int) -> None:
        index = self.standard.findData(getattr(self, "_defaults", {}).get(
            self.facility.currentData(), ""))
        if index >= 0:
            self.standard.setCurrentIndex(index)

    def show_error(self, exc: Exception) -> None:
        self.status.setStyleSheet("color: #a30000")
        self.status.setText(error_text(exc))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.w.windowTitle(), "",
                                              self.tr(FILE_FILTER))
        if name:
            self.load(Path(name))

    def load(self, path: Path, sheet: str | None = None) -> None:
        self.path.setText(str(path))
        self._read(sheet)

    def _read(self, sheet: str | None) -> None:
        path = Path(self.path.text())
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Membaca berkas..."))
        self.w.door.query(lambda _store: importer.prepare(path, sheet), self._read_done,
                          self.show_error)

    def _read_done(self, prepared: importer.Prepared) -> None:
        self.w.prepared = prepared
        self.sheet.clear()
        self.sheet.addItems([s.name for s in prepared.file.sheets])
        self.sheet.setCurrentText(prepared.sheet)
        remembered = mapping.remembered_mapping(prepared.headings)
        if remembered and remembered.default_source:
            index = self.source.findData(remembered.default_source)
            if index >= 0:
                self.source.setCurrentIndex(index)
        self.w.columns_page.show_columns(prepared, remembered)
        self.status.setText(self.tr("Lembar '{0}': {1} baris data, judul kolom di baris {2}.")
                            .format(prepared.sheet, len(prepared.rows), prepared.header_row + 1))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.prepared is not None and self.facility.count() > 0


class _ColumnsPage(QWizardPage):
    def __init__(self, wizard: RegisterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("2. Kolom"))
        self.setSubTitle(self.tr("Periksa kolom mana berisi apa. Saran diambil dari judul kolom; "
                                 "bidang bertanda * wajib."))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Bidang"), self.tr("Kolom di register"),
                                              self.tr("Contoh isi (baris pertama)")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 280)
        self.table.verticalHeader().setVisible(False)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a30000")
        self.message.setWordWrap(True)
        save = QPushButton(self.tr("&Simpan pemetaan ke berkas..."))
        save.clicked.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        self.combos: dict[str, QComboBox] = {}

    def show_columns(self, prepared: importer.Prepared,
                     remembered: mapping.SavedMapping | None) -> None:
        chosen = remembered.columns if remembered else prepared.suggested
        first = next((r for r in prepared.rows if any(c is not None for c in r)), [])
        self.table.setRowCount(len(mapping.FIELDS))
        self.combos.clear()
        for row, f in enumerate(mapping.FIELDS):
            label = QTableWidgetItem(f.label + (" *" if f.required else ""))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, label)
            combo = QComboBox()
            combo.addItem(self.tr("(tidak ada)"), "")
            for heading in prepared.headings:
                combo.addItem(heading, heading)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(f.code, ""))))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._changed(r))
            self.table.setCellWidget(row, 1, combo)
            self.combos[f.code] = combo
            self.table.setItem(row, 2, QTableWidgetItem(""))
        self._first = first
        for row in range(len(mapping.FIELDS)):
            self._changed(row)

    def _changed(self, row: int) -> None:
        prepared = self.w.prepared
        code = mapping.FIELDS[row].code
        heading = self.combos[code].currentData()
        sample = ""
        if prepared and heading in prepared.headings:
            index = prepared.headings.index(heading)
            sample = cell_text(self._first[index]) if index < len(self._first) else ""
        item = self.table.item(row, 2)
        item.setText(sample)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.completeChanged.emit()

    def columns(self) -> mapping.Mapping:
        return {code: combo.currentData() for code, combo in self.combos.items()
                if combo.currentData()}

    def _problem(self) -> str:
        if self.w.prepared is None:
            return ""
        try:
            mapping.check_mapping(self.columns(), self.w.prepared.headings)
        except Exception as exc:  # a DomainError with the Indonesian reason
            return error_text(exc)
        return ""

    def isComplete(self) -> bool:
        problem = self._problem()
        self.message.setText(problem)
        return self.w.prepared is not None and not problem

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan pemetaan kolom"),
                                              "pemetaan-register.json", "JSON (*.json)")
        if name:
            mapping.save_mapping(Path(name), self.w.chosen_mapping())
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Pemetaan disimpan: {0}").format(name))


class _PreviewPage(QWizardPage):
    COLUMNS = (
        QT_TRANSLATE_NOOP("_PreviewPage", "Baris"),
        QT_TRANSLATE_NOOP("_PreviewPage", "Nama"),
        QT_TRANSLATE_NOOP("_PreviewPage", "JK"),
        QT_TRANSLATE_NOOP("_PreviewPage", "Tanggal lahir"),
        QT_TRANSLATE_NOOP("_PreviewPage", "NIK"),
        QT_TRANSLATE_NOOP("_PreviewPage", "Masuk"),
        QT_TRANSLATE_NOOP("_PreviewPage", "Keluar"),
        QT_TRANSLATE_NOOP("_PreviewPage", "Keterangan"),
    )

    def __init__(self, wizard: RegisterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("3. Pratinjau"))
        self.setSubTitle(self.tr("Baris pertama sebagaimana akan disimpan. Baris yang ditolak "
                                 "diberi alasannya; perbaiki di berkas, atau lanjutkan dan "
                                 "simpan daftar baris yang ditolak."))
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        prepared = self.w.prepared
        assert prepared is not None
        rows = importer.preview(prepared, self.w.columns_page.columns(),
                                default_source=self.w.file_page.source.currentData(),
                                limit=PREVIEW_ROWS)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            if isinstance(row, ParsedRow):
                born = row.birth_date.strftime("%d-%m-%Y") if row.birth_date else ""
                if row.birth_date_estimated:
                    born = self.tr("± {0} (perkiraan)").format(row.birth_date.year)
                cells = [row.row_number, row.full_name, row.sex, born, row.nik or "",
                         row.arrival_date.strftime("%d-%m-%Y") if row.arrival_date else "",
                         row.exit_date.strftime("%d-%m-%Y") if row.exit_date else "",
                         " ".join(row.warnings)]
            else:
                cells = [row.row_number, "", "", "", "", "", "",
                         self.tr("DITOLAK: {0}").format(row.reason)]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if not isinstance(row, ParsedRow) or (c == 7 and value):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()


class _RunPage(QWizardPage):
    def __init__(self, wizard: RegisterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.done = False
        self.setTitle(self.tr("4. Impor"))
        self.setSubTitle(self.tr("Uji coba menampilkan hasilnya tanpa menyimpan apa pun. Impor "
                                 "sungguhan membuat cadangan dulu, lalu menyimpan semuanya dalam "
                                 "satu langkah."))
        self.trial = QPushButton(self.tr("&Uji coba"))
        self.trial.clicked.connect(lambda: self.start(dry_run=True))
        self.go = QPushButton(self.tr("&Impor sekarang"))
        self.go.clicked.connect(lambda: self.start(dry_run=False))
        self.save_rejected = QPushButton(self.tr("Simpan baris &ditolak (CSV)..."))
        self.save_rejected.setEnabled(False)
        self.save_rejected.clicked.connect(self._save_rejected)
        buttons = QHBoxLayout()
        for b in (self.trial, self.go, self.save_rejected):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.bar = QProgressBar()
        self.bar.setFormat(self.tr("%v dari %m baris"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Hasil"),
                                              self.tr("Alasan / catatan")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.progress = _Progress()
        self.progress.changed.connect(self._progress)

    def start(self, *, dry_run: bool) -> None:
        prepared = self.w.prepared
        assert prepared is not None
        chosen = self.w.chosen_mapping()
        options = importer.ImportOptions(self.w.file_page.facility.currentData(), chosen.columns,
                                         chosen.default_source, dry_run,
                                         self.w.file_page.standard.currentData())
        actor, emit = self.w.actor, self.progress.changed.emit
        for b in (self.trial, self.go, self.save_rejected):
            b.setEnabled(False)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Sedang mengimpor...") if not dry_run
                             else self.tr("Sedang menguji..."))

        def job(store):
            return importer.run_import(store, actor, prepared, options, progress=emit)

        def done(report: importer.ImportReport) -> None:
            if not dry_run:
                mapping.remember_mapping(prepared.headings, chosen)
            self.show_report(report)

        self.w.door.write(job, done, self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(total)
        self.bar.setValue(done)

    def show_report(self, report: importer.ImportReport) -> None:
        self.w.report = report
        self.summary.setText(report.summary())
        shown = [o for o in report.outcomes if o.outcome == importer.REJECTED or o.warnings]
        self.table.setRowCount(len(shown))
        for r, o in enumerate(shown):
            text = o.message if o.outcome == importer.REJECTED else " ".join(o.warnings)
            for c, value in enumerate((o.row_number, self.tr(importer.OUTCOME_LABELS[o.outcome]),
                                       text)):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))
        self.table.resizeColumnToContents(1)
        self.save_rejected.setEnabled(bool(report.rejected))
        self.trial.setEnabled(report.dry_run)
        self.go.setEnabled(report.dry_run)
        self.done = not report.dry_run
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        self.trial.setEnabled(True)
        self.go.setEnabled(True)
        self.summary.setStyleSheet("color: #a30000")
        self.summary.setText(error_text(exc))

    def _save_rejected(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan baris yang ditolak"),
                                              "register-ditolak.csv", "CSV (*.csv)")
        if name and self.w.report and self.w.prepared:
            importer.write_rejected_csv(self.w.report, self.w.prepared, Path(name))
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "Baris yang ditolak disimpan: {0}").format(name))

    def isComplete(self) -> bool:
        return self.done


@hooks.on_main_window
def _add_menu(window) -> None:
    window.register_action(
        "file", "import_register",
        QT_TRANSLATE_NOOP("MainWindow", "Impor register klien lama..."),
        lambda: run_modal(RegisterImportWizard(window.door, window.actor, window)),
        permission="register.import")
