"""Restore from a backup, reachable from the sign-in window: works when the store is broken.

It needs only the backup file and a password of an account in it, or the recovery key; the
current store is never opened, and it is set aside (renamed), never overwritten.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.gui.common import error_text
from rumahsinggah.gui.door import DbDoor


def latest_backup(paths) -> Path | None:
    """The newest archive in the backups folder (daily, weekly or manual), if any."""
    found = [p for p in paths.backups.rglob("*.rsbak") if p.is_file()] \
        if paths.backups.is_dir() else []
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


class RestoreDialog(QDialog):
    """Pick a backup, prove who you are, restore. ``restored_aside`` after success."""

    def __init__(self, paths, *, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.restored = False
        self.restored_aside: Path | None = None
        self._door = DbDoor(None, self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.file = QLineEdit()
        newest = latest_backup(paths)
        if newest is not None:
            self.file.setText(str(newest))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.by_password = QRadioButton()
        self.by_recovery = QRadioButton()
        self.by_password.setChecked(True)
        self.by_password.toggled.connect(self._mode_changed)
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(48)
        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.attempt)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.file_label, self.user_label = QLabel(), QLabel()
        self.password_label, self.recovery_label = QLabel(), QLabel()
        form.addRow(self.file_label, file_row)
        form.addRow("", self.by_password)
        form.addRow(self.user_label, self.username)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.by_recovery)
        form.addRow(self.recovery_label, self.recovery)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)
        self.retranslate()
        self._mode_changed()

    def _mode_changed(self) -> None:
        by_password = self.by_password.isChecked()
        for w in (self.username, self.password):
            w.setEnabled(by_password)
        self.recovery.setEnabled(not by_password)

    def _browse(self) -> None:
        start = self.file.text() or str(self.paths.backups)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas cadangan"), start,
            self.tr("Cadangan Rumah Singgah (*.rsbak *.sqlite);;Semua berkas (*)"))
        if chosen:
            self.file.setText(chosen)

    def attempt(self) -> None:
        source = Path(self.file.text().strip())
        if not self.file.text().strip():
            self.message.setText(self.tr("Pilih berkas cadangan lebih dulu."))
            return
        by_password = self.by_password.isChecked()
        username, password = self.username.text().strip(), self.password.text()
        recovery = self.recovery.text().strip()
        if by_password and (not username or not password):
            self.message.setText(self.tr("Isi nama pengguna dan kata sandi."))
            return
        if not by_password and not recovery:
            self.message.setText(self.tr("Isi kunci pemulihan."))
            return
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Memulihkan\u2026 (basis data lama disisihkan, tidak "
                                     "dihapus)"))
        paths = self.paths

        def job(_none):
            from rumahsinggah.services import store_setup

            if by_password:
                return store_setup.restore_backup(paths, source, username=username,
                                               password=password)
            return store_setup.restore_backup(paths, source, recovery_key=recovery)

        self._door.write(job, self._done, self._failed)

    def _done(self, aside) -> None:
        self.ok_button.setEnabled(True)
        self.restored = True
        self.restored_aside = aside
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.password.clear()
        self.message.setText(error_text(exc))

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        self._door.shutdown()
        super().done(result)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.intro.setText(self.tr(
            "Basis data diganti dengan isi cadangan. Basis data yang sekarang (juga bila rusak "
            "atau hilang) disisihkan ke folder 'disisihkan-...', tidak ditimpa. Cukup berkas "
            "cadangan dan kata sandi akun di dalamnya, atau kunci pemulihan."))
        self.file_label.setText(self.tr("&Berkas cadangan:"))
        self.file_label.setBuddy(self.file)
        self.browse.setText(self.tr("&Pilih\u2026"))
        self.by_password.setText(self.tr("Dengan nama pengguna dan kata sandi"))
        self.by_recovery.setText(self.tr("Dengan kunci pemulihan"))
        self.user_label.setText(self.tr("&Nama pengguna:"))
        self.user_label.setBuddy(self.username)
        self.password_label.setText(self.tr("&Kata sandi:"))
        self.password_label.setBuddy(self.password)
        self.recovery_label.setText(self.tr("K&unci pemulihan:"))
        self.recovery_label.setBuddy(self.recovery)
        self.ok_button.setText(self.tr("&Pulihkan"))
        self.cancel_button.setText(self.tr("&Batal"))
