"""The administrator's screen for staff accounts: list, add, disable/enable, reset password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
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
)

from rumahsinggah.core.vocab import Role
from rumahsinggah.gui.common import ask_yes_no, error_text, vocab_label
from rumahsinggah.gui.window_size import fit_window


def _user_accounts():
    from rumahsinggah.services import user_accounts

    return user_accounts


def _store_setup():
    from rumahsinggah.services import store_setup

    return store_setup


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(vocab_label("role", role.value), role.value)
        self.nip = QLineEdit()
        self.title = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.full_name, self.username, self.role,
                                               self.nip, self.title, self.password),
                                 strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.ok = QPushButton()
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)
        self.setWindowTitle(self.tr("Tambah petugas"))
        for label, text in zip(self.labels, (
                self.tr("Nama &lengkap:"), self.tr("Nama &pengguna:"), self.tr("&Peran:"),
                self.tr("&NIP:"), self.tr("&Jabatan:"), self.tr("&Kata sandi awal:")),
                strict=True):
            label.setText(text)
        self.ok.setText(self.tr("&Tambah"))
        self.cancel.setText(self.tr("&Batal"))

    def values(self) -> dict:
        return dict(username=self.username.text().strip(),
                    full_name=self.full_name.text().strip(), role=self.role.currentData(),
                    password=self.password.text(), nip=self.nip.text().strip(),
                    title=self.title.text().strip())


# Modal sub-dialogs go through these so tests can answer them.
PROMPTS = {
    "add_user": lambda parent: _run_add(parent),
    "new_password": lambda parent, username: _ask_password(parent, username),
}


def _run_add(parent) -> dict | None:
    dialog = AddUserDialog(parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _ask_password(parent, username: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("UsersDialog", "Atur ulang kata sandi"),
        QCoreApplication.translate("UsersDialog", "Kata sandi baru untuk {0}:").format(username),
        QLineEdit.EchoMode.Password)
    return text if ok and text else None


class UsersDialog(QDialog):
    """Pengguna: only an administrator opens this; the accounts service checks it again."""

    # (step, done, total) from the database thread while the store key is rotated
    rekey_progress = Signal(str, int, int)

    def __init__(self, door, actor, paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door, self.actor, self.paths = door, actor, paths
        self.users: list = []
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((140, 240, 220, 180)):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_user)
        self.toggle_button = QPushButton()
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_password)
        self.rotate_button = QPushButton()
        self.rotate_button.clicked.connect(self.rotate_key)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setWordWrap(True)
        # Re-keying (after disabling a user, or on request) runs in the database thread;
        # its progress shows here.
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.rekey_progress.connect(self._show_progress)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.toggle_button, self.reset_button, self.rotate_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.intro = QLabel()
        self.intro.setObjectName("subtitle")
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        fit_window(self, "users", 960, 520)
        self.retranslate()
        self._selection_changed()
        self.reload()

    def reload(self) -> None:
        def job(store):
            with store.read() as s:
                return list(_user_accounts().list_users(s))

        self.door.query(job, self._fill, lambda exc: self.message.setText(error_text(exc)))

    def _fill(self, users) -> None:
        self.users = users
        self.table.setRowCount(len(users))
        for row, u in enumerate(users):
            values = (u.username, u.full_name, vocab_label("role", u.role), u.nip,
                      self.tr("Aktif") if u.active else self.tr("Nonaktif"))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value or "")
                if not u.active:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, col, item)
        self._selection_changed()

    def selected(self):
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _selection_changed(self) -> None:
        user = self.selected()
        self.toggle_button.setEnabled(user is not None)
        self.reset_button.setEnabled(user is not None)
        self.toggle_button.setText(self.tr("&Nonaktifkan") if user is None or user.active
                                   else self.tr("&Aktifkan"))

    def _run(self, job, success: str) -> None:
        def done(_result):
            self.progress.setVisible(False)
            self._set_buttons(True)
            self.message.setText(success)
            self.reload()

        def failed(exc):
            self.progress.setVisible(False)
            self._set_buttons(True)
            self.message.setText(error_text(exc))

        self.door.write(job, done, failed, owner=self)

    def _set_buttons(self, enabled: bool) -> None:
        for b in (self.add_button, self.toggle_button, self.reset_button, self.rotate_button,
                  self.close_button):
            b.setEnabled(enabled)
        if enabled:
            self._selection_changed()

    def _progress_callback(self):
        signal = self.rekey_progress

        def report(step: str, done: int, total: int) -> None:  # database thread
            signal.emit(step, done, total)

        return report

    def _show_progress(self, step: str, done: int, total: int) -> None:
        labels = {"basis_data": self.tr("Mengenkripsi ulang basis data"),
                  "lampiran": self.tr("Mengenkripsi ulang lampiran"),
                  "berkas_kunci": self.tr("Menulis berkas kunci")}
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{labels.get(step, step)}: %v / %m")

    def rotate_key(self) -> None:
        if not ask_yes_no(self, self.tr("Ganti kunci"), self.tr(
                "Basis data, lampiran dan berkas kunci dienkripsi ulang dengan kunci baru. "
                "Salinan lama berkas kunci tidak dapat membuka apa pun yang ditulis sesudah "
                "ini. Meja lain harus masuk ulang. Lanjutkan?")):
            return
        actor, progress = self.actor, self._progress_callback()
        self._set_buttons(False)
        self.message.setText(self.tr("Mengganti kunci…"))
        self._run(lambda store: _store_setup().rotate_key(store, actor, progress=progress),
                  self.tr("Kunci basis data telah diganti."))

    def add_user(self) -> None:
        values = PROMPTS["add_user"](self)
        if not values:
            return
        actor = self.actor
        self._run(lambda store: _user_accounts().add_user(store, actor, **values),
                  self.tr("Petugas {0} ditambahkan.").format(values["username"]))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor, active, progress = self.actor, not user.active, self._progress_callback()
        if not active:  # disabling re-keys the store: show its progress
            self._set_buttons(False)
            self.message.setText(self.tr("Menonaktifkan dan mengganti kunci…"))
        self._run(lambda store: _user_accounts().set_active(store, actor, user.username, active,
                                                       progress=progress),
                  (self.tr("Akun {0} diaktifkan.") if active
                   else self.tr("Akun {0} dinonaktifkan.")).format(user.username))

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password = PROMPTS["new_password"](self, user.username)
        if not password:
            return
        actor, paths = self.actor, self.paths
        self._run(lambda store: _user_accounts().reset_password(store, paths, actor, user.username,
                                                           password),
                  self.tr("Kata sandi {0} telah diatur ulang.").format(user.username))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pengguna"))
        self.intro.setText(self.tr("Akun petugas di komputer ini. Akun tidak dihapus; "
                                   "nonaktifkan akun petugas yang sudah tidak bertugas."))
        self.table.setHorizontalHeaderLabels([self.tr("Nama pengguna"), self.tr("Nama"),
                                              self.tr("Peran"), self.tr("NIP"),
                                              self.tr("Status")])
        self.add_button.setText(self.tr("&Tambah petugas\u2026"))
        self.reset_button.setText(self.tr("Atur ulang &kata sandi\u2026"))
        self.rotate_button.setText(self.tr("Ganti k&unci\u2026"))
        self.close_button.setText(self.tr("&Tutup"))
        self._selection_changed()
