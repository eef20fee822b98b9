"""Sign-in (it unlocks the store), switching user, and the first-start set-up wizard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rumahsinggah.core.vocab import FacilityKind
from rumahsinggah.gui.common import ask_yes_no, error_text, show_info, vocab_label
from rumahsinggah.gui.door import DbDoor


def _signin():
    from rumahsinggah.services import signin

    return signin


def _store_setup():
    from rumahsinggah.services import store_setup

    return store_setup


def sign_in_message(exc: BaseException) -> str:
    wait = getattr(exc, "wait_seconds", None)
    if wait:
        minutes, seconds = divmod(int(wait + 0.999), 60)
        span = (QCoreApplication.translate("SignInDialog", "{0} menit {1} detik")
                .format(minutes, seconds) if minutes
                else QCoreApplication.translate("SignInDialog", "{0} detik").format(seconds))
        return QCoreApplication.translate(
            "SignInDialog", "Terlalu banyak percobaan yang salah. Coba lagi dalam {0}."
        ).format(span)
    return error_text(exc)


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel("Rumah Singgah")
        font = QFont(self.title.font())
        font.setPointSize(16)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)


class SignInDialog(QDialog):
    """Username and password. ``door`` given: switch user on the open store (verify only),
    through the main window's door, so the sign-in's audit writes take the one way in."""

    signedIn = Signal(object)  # signin.SignedIn

    def __init__(self, paths, *, door: DbDoor | None = None, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.store = door.store if door is not None else None
        self.result_signed_in = None
        # Before sign-in there is no store yet: a door of the dialog's own, shut with it.
        self._own_door = door is None
        self._door = door if door is not None else DbDoor(None, self)
        self.banner = Banner(self)
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(36)
        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.attempt)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        # Restore works when the store cannot be opened at all: offered before signing in.
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.open_restore)
        self.restore_button.setVisible(self.store is None)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.user_label = QLabel()
        self.user_label.setBuddy(self.username)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        form.addRow(self.user_label, self.username)
        form.addRow(self.password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        body = QVBoxLayout()
        body.setContentsMargins(24, 16, 24, 16)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        body.addWidget(self.intro)
        body.addSpacing(8)
        body.addLayout(form)
        body.addWidget(self.message)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(body)
        self.setMinimumWidth(460)
        self.retranslate()
        (self.password if username else self.username).setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        (self.password if self.username.text() else self.username).setFocus()

    def attempt(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self.message.setText(self.tr("Isi nama pengguna dan kata sandi."))
            return
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Memeriksa\u2026"))
        paths, store = self.paths, self.store

        def job(_store):
            signin = _signin()
            if store is not None:
                return signin.verify_password(store, paths, username, password)
            # The daily backup of a big store takes a while: the main window runs it after
            # it is shown (MainWindow.run_daily_backup), so signing in stays quick.
            return signin.sign_in(paths, username, password, daily_backup=False)

        self._door.write(job, self._done, self._failed)

    def open_restore(self) -> bool:
        from rumahsinggah.gui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.paths, username=self.username.text().strip(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.restored:
            return False
        text = self.tr("Basis data dipulihkan dari cadangan. Silakan masuk.")
        if dialog.restored_aside is not None:
            text += " " + self.tr("Berkas sebelumnya disisihkan di {0}.").format(
                str(dialog.restored_aside))
        self.message.setText(text)
        self.password.setFocus()
        return True

    def _done(self, signed_in) -> None:
        self.ok_button.setEnabled(True)
        if getattr(signed_in, "read_only", False) and self.store is None:
            # The store failed its check (or the disk is full): offer a restore first.
            damage = "; ".join(signed_in.store.damage[:2])
            if ask_yes_no(self, self.tr("Basis data bermasalah"), self.tr(
                    "Basis data tidak lolos pemeriksaan saat masuk ({0}). Data hanya dapat "
                    "dibaca; tidak ada yang dapat disimpan. Pulihkan dari cadangan "
                    "sekarang?").format(damage)):
                signed_in.store.close()
                self.open_restore()
                return
            show_info(self, self.tr("Hanya baca"), self.tr(
                "Basis data dibuka hanya untuk dibaca. Pulihkan dari cadangan secepatnya "
                "(jendela masuk, tombol 'Pulihkan dari cadangan')."))
        self.result_signed_in = signed_in
        self.message.clear()
        self.signedIn.emit(signed_in)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(sign_in_message(exc))

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        if self._own_door:
            self._door.shutdown()
        super().done(result)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        switching = self.store is not None
        self.setWindowTitle(self.tr("Ganti pengguna") if switching else self.tr("Masuk"))
        self.banner.subtitle.setText(
            self.tr("Aplikasi layanan rumah singgah dan panti sosial"))
        self.intro.setText(
            self.tr("Masuk sebagai petugas lain. Pekerjaan yang terbuka tetap tersimpan.")
            if switching else
            self.tr("Masukkan nama pengguna dan kata sandi Anda untuk membuka data."))
        self.user_label.setText(self.tr("&Nama pengguna:"))
        self.password_label.setText(self.tr("&Kata sandi:"))
        self.ok_button.setText(self.tr("&Masuk"))
        self.cancel_button.setText(self.tr("&Batal"))
        self.restore_button.setText(self.tr("&Pulihkan dari cadangan…"))


# --------------------------------------------------------------------------- set-up wizard

class SetupWizard(QWizard):
    """First start: the facility, the administrator, then the recovery key (shown once).
    Or, for a new desk of an existing shelter: the join bundle, then the recovery key."""

    FACILITY, ADMIN, KEY, JOIN = range(4)

    def __init__(self, paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.signed_in = None
        self.recovery_key = ""
        self._door = DbDoor(None, self)
        # Set by the "join" button of the first page: Next goes to the join page instead.
        self.joining = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.facility_page = _FacilityPage(self)
        self.admin_page = _AdminPage(self)
        self.key_page = _KeyPage(self)
        self.join_page = _JoinPage(self)
        self.setPage(self.FACILITY, self.facility_page)
        self.setPage(self.ADMIN, self.admin_page)
        self.setPage(self.KEY, self.key_page)
        self.setPage(self.JOIN, self.join_page)
        self.setMinimumSize(640, 480)
        # A new PC with only a backup and the recovery key: restore instead of setting up.
        self.restored = False
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)
        self.retranslate()

    def _page_changed(self, page_id: int) -> None:
        self.button(QWizard.WizardButton.CustomButton1).setVisible(page_id == self.FACILITY)
        self.button(QWizard.WizardButton.CustomButton2).setVisible(page_id == self.FACILITY)

    def start_joining(self) -> None:
        """From the first page to the join page (a new desk of an existing shelter)."""
        if self.currentId() != self.FACILITY or self.signed_in is not None:
            return
        self.joining = True
        self.next()

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton2.value:
            self.start_joining()
            return
        if which != QWizard.WizardButton.CustomButton1.value or self.signed_in is not None:
            return
        from rumahsinggah.gui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.paths, parent=self)
        dialog.by_recovery.setChecked(True)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored:
            self.restored = True
            self.reject()  # the application goes on to the sign-in window

    def create_store(self, on_done) -> None:
        f, a = self.facility_page, self.admin_page
        values = dict(
            facility_name=f.name.text().strip(), facility_code=f.code.text().strip().upper(),
            facility_kind=f.kind.currentData(), admin_username=a.username.text().strip(),
            admin_full_name=a.full_name.text().strip(), admin_password=a.password.text(),
        )
        paths = self.paths

        def job(_none):
            return _store_setup().setup(paths, **values)

        def done(result):
            self.signed_in, self.recovery_key = result
            on_done(None)

        self._door.write(job, done, on_done, owner=self)

    def join_shelter(self, on_done) -> None:
        """The new desk from the join page's bundle (the same function as `desk join`)."""
        from pathlib import Path

        from rumahsinggah.sync import joining

        j = self.join_page
        files = [Path(n.strip()) for n in j.path.text().split(";") if n.strip()]
        passphrase, username = j.passphrase.text(), j.username.text().strip()
        password, paths = j.password.text(), self.paths

        def job(_none):
            return joining.join_new_folder(paths, files, passphrase, username, password)

        def done(result):
            self.signed_in, self.recovery_key = result
            on_done(None)

        self._door.write(job, done, on_done, owner=self)

    def done(self, result: int) -> None:
        self._door.shutdown()
        super().done(result)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Penyiapan Rumah Singgah"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Batal"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CustomButton1,
                           self.tr("&Pulihkan dari cadangan…"))
        self.setButtonText(QWizard.WizardButton.CustomButton2,
                           self.tr("Ber&gabung ke rumah singgah (meja baru)…"))
        for page in (self.facility_page, self.admin_page, self.key_page, self.join_page):
            page.retranslate()


class _FacilityPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setMaxLength(6)
        self.kind = QComboBox()
        for kind in FacilityKind:
            self.kind.addItem(vocab_label("facility_kind", kind.value), kind.value)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout(self)
        for label, widget in zip(self.labels, (self.name, self.code, self.kind), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.registerField("facility_name*", self.name)
        self.registerField("facility_code*", self.code)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        form.addRow(self.message)

    def isComplete(self) -> bool:
        return self._wizard.joining or super().isComplete()

    def nextId(self) -> int:
        return SetupWizard.JOIN if self._wizard.joining else SetupWizard.ADMIN

    def validatePage(self) -> bool:
        if self._wizard.joining:
            return True
        code = self.code.text().strip()
        if not code.isalnum() or not 2 <= len(code) <= 6:
            self.message.setText(self.tr("Kode fasilitas 2-6 huruf atau angka, misalnya BJM."))
            return False
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Fasilitas"))
        self.setSubTitle(self.tr("Rumah singgah atau panti yang memakai aplikasi ini. "
                                 "Kode fasilitas menjadi awalan nomor kasus."))
        for label, text in zip(self.labels, (self.tr("&Nama fasilitas:"),
                                             self.tr("&Kode:"), self.tr("&Jenis:")),
                               strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("Rumah Singgah Dinas Sosial Kota \u2026"))
        self.code.setPlaceholderText(self.tr("mis. BJM"))


class _AdminPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._created = False
        self.full_name = QLineEdit()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        for label, widget in zip(self.labels, (self.full_name, self.username, self.password,
                                               self.password2), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.registerField("admin_full_name*", self.full_name)
        self.registerField("admin_username*", self.username)
        self.registerField("admin_password*", self.password)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        form.addRow(self.message)

    def validatePage(self) -> bool:
        if self._created:
            return True
        if self.password.text() != self.password2.text():
            self.message.setText(self.tr("Kedua kata sandi tidak sama."))
            return False
        self.message.setText(self.tr("Menyiapkan data terenkripsi\u2026"))
        self.setEnabled(False)

        def finished(error):
            self.setEnabled(True)
            if error is not None:
                self.message.setText(error_text(error))
                return
            self._created = True
            self.message.clear()
            self._wizard.next()

        self._wizard.create_store(finished)
        return False

    def retranslate(self) -> None:
        self.setTitle(self.tr("Administrator"))
        self.setSubTitle(self.tr("Akun pertama. Administrator menambah petugas lain dan "
                                 "mengatur hak aksesnya."))
        for label, text in zip(self.labels, (
                self.tr("Nama &lengkap:"), self.tr("Nama &pengguna:"),
                self.tr("&Kata sandi:"), self.tr("&Ulangi kata sandi:")), strict=True):
            label.setText(text)


class _KeyPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.key = QPlainTextEdit()
        self.key.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(14)
        self.key.setFont(font)
        self.key.setFixedHeight(90)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_key)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.key)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.key.setPlainText(self._wizard.recovery_key)

    def cleanupPage(self) -> None:
        self.key.clear()

    def document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(
            "<h2>" + self.tr("Kunci pemulihan Rumah Singgah") + "</h2>"
            + "<p>" + self.tr("Simpan kertas ini di tempat terkunci. Kunci ini membuka data "
                              "bila kata sandi administrator hilang.") + "</p>"
            + f"<p style='font-family: monospace; font-size: 16pt'>"
            f"{self._wizard.recovery_key}</p>")
        return doc

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Kunci pemulihan"))
        self.setSubTitle(self.tr("Ditampilkan sekali ini saja."))
        self.intro.setText(self.tr(
            "Catat atau cetak kunci pemulihan di bawah ini dan simpan di tempat terkunci. "
            "Tanpa kunci ini, data tidak dapat dibuka bila kata sandi administrator hilang. "
            "Kunci ini tidak akan ditampilkan lagi."))
        self.print_button.setText(self.tr("&Cetak\u2026"))


class _JoinPage(QWizardPage):
    """A new desk of a shelter from a join bundle made on an existing desk
    (`rumahsinggah desk invite`): the bundle, its passphrase, and the account that works here."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._joined = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_file)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        self.labels = [QLabel() for _ in range(5)]
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        form = QFormLayout()
        layout.addLayout(form)
        for label, field in zip(self.labels, (file_row, self.passphrase, self.username,
                                              self.password, self.password2), strict=True):
            form.addRow(label, field)
        for label, widget in zip(self.labels, (self.path, self.passphrase, self.username,
                                               self.password, self.password2), strict=True):
            label.setBuddy(widget)
        for widget in (self.path, self.passphrase, self.username, self.password):
            widget.textChanged.connect(self.completeChanged)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(
            self, self.title(), "", self.tr("Paket Rumah Singgah (*.rssync*);;Semua berkas (*)"))
        if names:
            self.path.setText("; ".join(names))

    def isComplete(self) -> bool:
        return all(w.text().strip() for w in (self.path, self.passphrase, self.username,
                                               self.password))

    def cleanupPage(self) -> None:  # Back to the first page: setting up a new shelter again
        self._wizard.joining = False
        self.message.clear()

    def nextId(self) -> int:
        return SetupWizard.KEY

    def validatePage(self) -> bool:
        if self._joined:
            return True
        if self.password.text() != self.password2.text():
            self.message.setText(self.tr("Kedua kata sandi tidak sama."))
            return False
        self.message.setText(self.tr("Membuka paket dan menyiapkan meja baru\u2026"))
        self.setEnabled(False)

        def finished(error):
            self.setEnabled(True)
            if error is not None:
                self.message.setText(error_text(error))
                return
            self._joined = True
            self.message.clear()
            self._wizard.next()

        self._wizard.join_shelter(finished)
        return False

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bergabung ke rumah singgah (meja baru)"))
        self.setSubTitle(self.tr("Komputer ini menjadi meja baru dari rumah singgah yang sudah "
                                 "memakai aplikasi ini."))
        self.intro.setText(self.tr(
            "Di meja yang sudah ada, petugas kantor membuat paket bergabung dengan perintah "
            "'rumahsinggah desk invite'. Pilih paket itu, ketik kata sandi paketnya, lalu akun "
            "shelter yang bekerja di meja ini dengan kata sandi barunya di meja ini."))
        for label, text in zip(self.labels, (
                self.tr("&Paket bergabung:"), self.tr("Kata sandi &paket:"),
                self.tr("Nama &pengguna:"), self.tr("&Kata sandi baru:"),
                self.tr("&Ulangi kata sandi:")), strict=True):
            label.setText(text)
        self.browse.setText(self.tr("&Pilih\u2026"))
