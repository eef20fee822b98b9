"""Sync between desks from the File menu: export changes to a bundle, import another desk's.

The dialog only gathers a file and a passphrase; :mod:`rumahsinggah.sync.bundle` does the work
through the database door, in one transaction, with its own role check.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.gui import hooks
from rumahsinggah.gui.common import error_text
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.services.permissions import roles_for
from rumahsinggah.storage.audit import Actor
from rumahsinggah.sync.bundle import MIN_PASSPHRASE, export_bundle, import_bundle

SYNC_ROLES = roles_for("sync.export")  # the service checks the same table


class SyncDialog(QDialog):
    """``mode`` is "export" or "import"."""

    def __init__(self, door: DbDoor, actor: Actor, mode: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.door, self.actor, self.mode = door, actor, mode
        self.result_text = ""
        exporting = mode == "export"
        self.setWindowTitle(self.tr("Ekspor paket sinkronisasi") if exporting
                            else self.tr("Impor paket sinkronisasi"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr("Simpan perubahan sejak ekspor terakhir ke satu berkas terkunci, lalu bawa "
                    "ke meja lain (misalnya dengan flashdisk).") if exporting else
            self.tr("Gabungkan berkas paket dari meja lain. Perubahan yang lebih baru menang; "
                    "mengimpor paket yang sama dua kali tidak mengubah apa pun."))
        intro.setWordWrap(True)

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Pilih berkas .rsbundle"))
        browse = QPushButton(self.tr("Pilih..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.everything = QCheckBox(self.tr("Semua data (bukan hanya perubahan baru)"))

        form = QFormLayout()
        form.addRow(self.tr("Berkas paket"), row)
        form.addRow(self.tr("Kata sandi paket"), self.passphrase)
        if exporting:
            form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
            form.addRow("", self.everything)
        self.message = QLabel()
        self.message.setWordWrap(True)
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
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        if self.mode == "export":
            name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), "",
                                                  self.tr("Paket Rumah Singgah (*.rsbundle)"))
            if name and not name.endswith(".rsbundle"):
                name += ".rsbundle"
        else:
            name, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), "",
                                                  self.tr("Paket Rumah Singgah (*.rsbundle)"))
        if name:
            self.path.setText(name)

    def _problem(self) -> str:
        if not self.path.text().strip():
            return self.tr("Pilih berkas paket terlebih dahulu.")
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
        self.message.setText(self.tr("Sedang bekerja..."))
        self.message.setStyleSheet("")
        self.ok.setEnabled(False)
        path, passphrase, actor = Path(self.path.text().strip()), self.passphrase.text(), self.actor
        since = 0 if self.everything.isChecked() else None

        if self.mode == "export":
            def job(store):
                with store.write(actor) as s:
                    return export_bundle(store, s, path, passphrase, since_stamp=since)
        else:
            def job(store):
                with store.write(actor) as s:
                    return import_bundle(store, s, path, passphrase)

        self.door.run(job, self._done, self._failed)

    def _done(self, result) -> None:
        if self.mode == "export":
            self.result_text = self.tr(
                "Paket disimpan: {0}\n{1} baris data, {2} lampiran.").format(
                result.path, result.rows, result.attachments)
        else:
            lines = [self.tr("Paket dari {0} digabungkan: {1} baris baru, {2} diperbarui, "
                             "{3} sudah sama.").format(result.origin_site, result.inserted,
                                                        result.updated, result.unchanged)]
            lines += [self.tr("Nomor kasus {0} sudah dipakai di meja ini; kasus masuk diberi "
                              "nomor {1}.").format(old, new) for old, new in result.renamed_cases]
            self.result_text = "\n".join(lines)
        self.message.setStyleSheet("")
        self.message.setText(self.result_text)
        self.passphrase.clear()
        self.repeat.clear()
        self.buttons.clear()
        close = self.buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.clicked.connect(self.accept)

    def _failed(self, exc: Exception) -> None:
        self.ok.setEnabled(True)
        self.message.setStyleSheet("color: #a30000")
        self.message.setText(error_text(exc))


@hooks.on_main_window
def _add_menu(window) -> None:
    # Marked for lupdate under the main window's context, which translates menu texts.
    for mode, text in (("export", QT_TRANSLATE_NOOP("MainWindow", "Ekspor paket sinkronisasi...")),
                       ("import", QT_TRANSLATE_NOOP("MainWindow", "Impor paket sinkronisasi..."))):
        window.register_action(
            "file", f"sync_{mode}", text,
            lambda m=mode: SyncDialog(window.door, window.actor, m, window).exec(),
            permission=f"sync.{mode}")


@hooks.on_screenshots
def _screenshots(ctx):
    dialog = SyncDialog(ctx.window.door, ctx.window.actor, "export", ctx.window)
    dialog.path.setText("/media/flashdisk/bjm-meja-a-2026-11-23.rsbundle")
    dialog.passphrase.setText("rahasia-sinkron")
    dialog.repeat.setText("rahasia-sinkron")
    dialog.show()
    ctx.wait(50)
    yield "sinkronisasi-ekspor", dialog
    dialog.close()
