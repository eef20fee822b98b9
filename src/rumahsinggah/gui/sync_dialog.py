"""Sync between desks from the File menu: export for a partner desk, import, desks, conflicts.

The dialogs gather choices only; :mod:`rumahsinggah.sync` does the work through the database
door (off the GUI thread), in one transaction, with its own role checks. After an import the
dialog shows what happened: new and updated rows, conflicts kept for review, missing bundles
and clock warnings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.core.localtime import to_local
from rumahsinggah.gui import hooks
from rumahsinggah.gui.common import error_text, run_modal
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.changes import Changes
from rumahsinggah.sync import bundle, conflicts
from rumahsinggah.sync import desk as desks
from rumahsinggah.sync.bundle import MIN_PASSPHRASE, PART_PRESETS

FILTER = "Paket Rumah Singgah (*.rssync)"


def _partners(store) -> list[tuple[str, str]]:
    """(desk id, label) of the other desks of this shelter."""
    with store.read() as s:
        rows = bundle.list_desks(s)
    return [(r["desk_id"], f"{r['code']} {r['name']}".strip()) for r in rows
            if not r["this_desk"]]


def summary_lines(tr, result: bundle.ImportSummary) -> list[str]:
    lines = [tr("Paket ke-{0} dari meja {1} digabungkan.").format(
        result.number, result.origin_code or result.origin_site),
        tr("{0} baris baru, {1} diperbarui, {2} sudah sama, {3} konflik, {4} lampiran.").format(
        result.inserted, result.updated, result.unchanged, result.conflicts, result.attachments)]
    lines += [tr("Nomor kasus {0} dipakai dua kasus; salah satunya menjadi {1}.").format(o, n)
              for o, n in result.renamed_cases]
    lines += result.gaps + result.warnings  # composed in the service, in Indonesian
    if result.conflicts:
        lines.append(tr("Tinjau konflik lewat Berkas > Konflik sinkronisasi."))
    return lines


class SyncDialog(QDialog):
    """``mode`` is "export" or "import"."""

    def __init__(self, door: DbDoor, actor: Actor, mode: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.door, self.actor, self.mode = door, actor, mode
        self.result_text = ""
        self.result = None
        exporting = mode == "export"
        self.setWindowTitle(self.tr("Ekspor paket sinkronisasi") if exporting
                            else self.tr("Impor paket sinkronisasi"))
        self.setMinimumWidth(620)
        intro = QLabel(
            self.tr("Simpan untuk satu meja apa yang belum diterimanya, ke berkas terkunci, lalu "
                    "bawa ke meja itu (flashdisk, surel atau WhatsApp).") if exporting else
            self.tr("Gabungkan paket dari meja lain. Isian yang diubah di dua meja disimpan "
                    "sebagai konflik untuk ditinjau; mengimpor paket yang sama dua kali tidak "
                    "mengubah apa pun. Pilih semua bagian paket sekaligus bila ada."))
        intro.setWordWrap(True)

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Pilih berkas .rssync"))
        browse = QPushButton(self.tr("Pilih..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)

        self.partner = QComboBox()
        if exporting:
            door.query(_partners, self._fill_partners, self._failed)
        self.parts = QComboBox()
        for key, label in (("usb", self.tr("Satu berkas (flashdisk)")),
                           ("email", self.tr("Bagian untuk surel (maks. 18 MB)")),
                           ("whatsapp", self.tr("Bagian untuk WhatsApp (maks. 95 MB)"))):
            self.parts.addItem(label, key)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.everything = QCheckBox(self.tr("Semua data (bukan hanya yang belum diterima)"))

        form = QFormLayout()
        if exporting:
            form.addRow(self.tr("Untuk meja"), self.partner)
        form.addRow(self.tr("Berkas paket"), row)
        if exporting:
            form.addRow(self.tr("Ukuran"), self.parts)
        form.addRow(self.tr("Kata sandi paket"), self.passphrase)
        if exporting:
            form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
            form.addRow("", self.everything)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the work runs on the database worker
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet("color: #a30000")

        # Own labels: the Qt wheels ship no Indonesian for the standard buttons.
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok = self.buttons.addButton(
            self.tr("Ekspor") if exporting else self.tr("Impor"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _fill_partners(self, partners: list[tuple[str, str]]) -> None:
        for desk_id, label in partners:
            self.partner.addItem(label, desk_id)

    def _browse(self) -> None:
        if self.mode == "export":
            name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), "", self.tr(FILTER))
            if name and not name.endswith(bundle.SUFFIX):
                name += bundle.SUFFIX
        else:
            names, _ = QFileDialog.getOpenFileNames(self, self.windowTitle(), "", self.tr(FILTER))
            name = "; ".join(names)
        if name:
            self.path.setText(name)

    def _files(self) -> list[Path]:
        return [Path(p.strip()) for p in self.path.text().split(";") if p.strip()]

    def _problem(self) -> str:
        if not self._files():
            return self.tr("Pilih berkas paket terlebih dahulu.")
        if self.mode == "export" and self.partner.count() == 0 and \
                not self.everything.isChecked():
            return self.tr("Belum ada meja lain. Undang meja baru dulu, atau centang Semua "
                           "data.")
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("Kata sandi paket minimal {0} karakter.").format(MIN_PASSPHRASE)
        if self.mode == "export" and self.repeat.text() != self.passphrase.text():
            return self.tr("Kedua kata sandi tidak sama.")
        return ""

    def start(self) -> None:
        problem = self._problem()
        if problem:
            self.message.setText(problem)
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Sedang bekerja..."))
        self.progress.setVisible(True)
        self.ok.setEnabled(False)
        files, passphrase, actor = self._files(), self.passphrase.text(), self.actor
        if self.mode == "export":
            partner = self.partner.currentData()
            everything = self.everything.isChecked()
            part_size = PART_PRESETS[self.parts.currentData()]

            def job(store):
                return bundle.export_bundle(store, actor, files[0], passphrase, partner=partner,
                                            everything=everything, part_size=part_size)
        else:
            def job(store):
                return bundle.import_bundle(store, actor, files, passphrase)

        # An import can touch any row (bulk writes carry no ids): every view refreshes.
        announce = Changes(everything=True) if self.mode == "import" else None
        self.door.write(job, self._done, self._failed, announce=announce)

    def _done(self, result) -> None:
        self.result = result
        self.progress.setVisible(False)
        if self.mode == "export":
            lines = [self.tr("Paket disimpan ({0} baris data, {1} lampiran):").format(
                result.rows, result.attachments)]
            lines += [f"{p} ({p.stat().st_size / 1e6:.1f} MB)" for p in result.paths]
        else:
            lines = summary_lines(self.tr, result)
        self.result_text = "\n".join(lines)
        self.message.setStyleSheet("")
        self.message.setText(self.result_text)
        self.passphrase.clear()
        self.repeat.clear()
        self.buttons.clear()
        close = self.buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.clicked.connect(self.accept)

    def _failed(self, exc: Exception) -> None:
        self.progress.setVisible(False)
        self.ok.setEnabled(True)
        self.message.setStyleSheet("color: #a30000")
        self.message.setText(error_text(exc))


class DesksDialog(QDialog):
    """The desks of this shelter and the last bundle received from and sent to each."""

    COLUMNS = (QT_TRANSLATE_NOOP("DesksDialog", "Kode"), QT_TRANSLATE_NOOP("DesksDialog", "Meja"),
               QT_TRANSLATE_NOOP("DesksDialog", "Paket terakhir diterima"),
               QT_TRANSLATE_NOOP("DesksDialog", "Paket terakhir dikirim"),
               QT_TRANSLATE_NOOP("DesksDialog", "Catatan"))

    def __init__(self, door: DbDoor, parent: QWidget | None = None):
        super().__init__(parent)
        self.door = door
        self.setWindowTitle(self.tr("Meja-meja shelter ini"))
        fit_window(self, "desks", 900, 360)
        self.heading = QLabel()
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        hint = QLabel(self.tr("Meja baru ditambahkan dengan paket bergabung: "
                              "rumahsinggah desk invite di meja ini, lalu rumahsinggah desk join "
                              "di komputer baru."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        door.query(self._load, self._show, lambda exc: self.heading.setText(error_text(exc)))

    @staticmethod
    def _load(store):
        with store.read() as s:
            return desks.identity(s), bundle.list_desks(s)

    def _when(self, value, number: int, file: str) -> str:
        if not value:
            return self.tr("belum ada")
        return self.tr("ke-{0}, {1}").format(number, to_local(value).strftime("%d-%m-%Y %H:%M")) \
            + (f"\n{file}" if file else "")

    def _show(self, loaded) -> None:
        ident, rows = loaded
        self.heading.setText(self.tr("{0} · meja ini: {1}").format(ident.store_name,
                                                                      ident.desk_code))
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = r["name"] or r["desk_id"]
            if r["this_desk"]:
                name = self.tr("{0} (meja ini)").format(name)
            cells = [r["code"], name,
                     self._when(r["last_received_at"], r["received"], r["last_received_file"]),
                     self._when(r["last_sent_at"], r["sent"], r["last_sent_file"]),
                     r["clock_note"]]
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeRowsToContents()


class ConflictsDialog(QDialog):
    """Kept conflicts, side by side: keep the current value, take the other, or combine."""

    def __init__(self, door: DbDoor, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.door, self.actor = door, actor
        self.items: list[conflicts.ConflictView] = []
        self.setWindowTitle(self.tr("Konflik sinkronisasi"))
        fit_window(self, "sync_conflicts", 960, 480)
        intro = QLabel(self.tr("Isian yang diubah berbeda di dua meja. Nilai sekarang sudah "
                               "dipakai di semua meja; nilai lainnya disimpan di sini sampai "
                               "diputuskan. Keputusan tercatat di jejak audit."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._select)
        side = QGroupBox(self.tr("Bandingkan"))
        grid = QGridLayout(side)
        self.where = QLabel()
        self.where.setStyleSheet("font-weight: bold")
        self.current = QLabel()
        self.other = QLabel()
        self.other_title = QLabel(self.tr("Nilai lainnya"))
        for label in (self.current, self.other):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("border: 1px solid #bbb; padding: 6px; background: white")
            label.setMinimumHeight(60)
        grid.addWidget(self.where, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Nilai sekarang")), 1, 0)
        grid.addWidget(self.other_title, 1, 1)
        grid.addWidget(self.current, 2, 0)
        grid.addWidget(self.other, 2, 1)
        self.keep = QPushButton(self.tr("Pakai nilai sekarang"))
        self.take = QPushButton(self.tr("Pakai nilai lainnya"))
        self.keep.clicked.connect(lambda: self._decide("winner"))
        self.take.clicked.connect(lambda: self._decide("loser"))
        grid.addWidget(self.keep, 3, 0)
        grid.addWidget(self.take, 3, 1)
        self.combined = QLineEdit()
        self.combined.setPlaceholderText(self.tr("Tulis gabungan kedua nilai"))
        self.combine = QPushButton(self.tr("Simpan gabungan"))
        self.combine.clicked.connect(lambda: self._decide("combined"))
        grid.addWidget(self.combined, 4, 0)
        grid.addWidget(self.combine, 4, 1)
        grid.setRowStretch(5, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addWidget(side, 3)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        def load(store):
            with store.read() as s:
                return conflicts.list_conflicts(s)
        self.door.query(load, self._show, lambda exc: self.message.setText(error_text(exc)))

    def _show(self, items) -> None:
        self.items = items
        self.list.clear()
        for c in items:
            QListWidgetItem(f"{c.where}: {c.field_label}", self.list)
        if items:
            self.list.setCurrentRow(0)
        else:
            self._select(-1)
            self.message.setText(self.tr("Tidak ada konflik yang perlu ditinjau."))

    def _select(self, row: int) -> None:
        item = self.items[row] if 0 <= row < len(self.items) else None
        for w in (self.keep, self.take, self.combine, self.combined):
            w.setEnabled(item is not None)
        if item is None:
            self.where.clear()
            self.current.clear()
            self.other.clear()
            return
        self.where.setText(f"{item.where} · {item.field_label}")
        self.current.setText(_text(item.current))
        self.other.setText(_text(item.other))
        self.other_title.setText(self.tr("Nilai lainnya (meja {0})").format(item.loser_desk))
        self.combine.setEnabled(item.text_field)
        self.combined.setEnabled(item.text_field)
        self.combined.setText(_text(item.current) if item.text_field else "")

    def _decide(self, choice: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.items):
            return
        cid, actor, value = self.items[row].id, self.actor, self.combined.text()

        def job(store):
            conflicts.resolve(store, actor, cid, choice, value=value)
        self.door.write(job, lambda _r: self._decided(), self._failed)

    def _decided(self) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Keputusan disimpan."))
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.message.setStyleSheet("color: #a30000")
        self.message.setText(error_text(exc))


def _text(value) -> str:
    return "—" if value in (None, "") else str(value)


@hooks.on_main_window
def _add_menu(window) -> None:
    # Marked for lupdate under the main window's context, which translates menu texts.
    entries = (  # (key, text, callback, the permission the service checks)
        ("sync_export", QT_TRANSLATE_NOOP("MainWindow", "Ekspor paket sinkronisasi..."),
         lambda: run_modal(SyncDialog(window.door, window.actor, "export", window)),
         "sync.export"),
        ("sync_import", QT_TRANSLATE_NOOP("MainWindow", "Impor paket sinkronisasi..."),
         lambda: run_modal(SyncDialog(window.door, window.actor, "import", window)),
         "sync.import"),
        ("sync_desks", QT_TRANSLATE_NOOP("MainWindow", "Meja-meja shelter..."),
         lambda: run_modal(DesksDialog(window.door, window)),
         "sync.export"),
        ("sync_conflicts", QT_TRANSLATE_NOOP("MainWindow", "Konflik sinkronisasi..."),
         lambda: run_modal(ConflictsDialog(window.door, window.actor, window)),
         "sync.resolve"),
    )
    for key, text, callback, permission in entries:
        window.register_action("file", key, text, callback, permission=permission)


@hooks.on_screenshots
def _screenshots(ctx):
    dialog = SyncDialog(ctx.window.door, ctx.window.actor, "export", ctx.window)
    dialog.path.setText("/media/flashdisk/paket-BJM-A-ke-B-20261202.rssync")
    dialog.passphrase.setText("rahasia-sinkron")
    dialog.repeat.setText("rahasia-sinkron")
    dialog.show()
    ctx.wait(50)
    yield "sinkronisasi-ekspor", dialog
    dialog.close()
