"""Sign-in (it unlocks the store), switching user, and the first-start set-up wizard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
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


def _server_choice():
    from rumahsinggah.services import server_choice

    return server_choice


def _data_root(paths) -> Path:
    """The data folder a store's ``paths`` belong to (a server store's desk folder is
    ``<data>/server/<label>``: see ``ServerPaths.for_url``)."""
    return paths.root.parent.parent if paths.on_server else paths.root


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
    """First start: where the data lives (this computer, or a PostgreSQL server of the
    office), the facility, the administrator, then the recovery key (shown once).
    Or, for a new desk of an existing shelter: the join bundle, then the recovery key.

    A server that is already set up is not set up again: the wizard saves the choice and
    closes with ``server_chosen`` True and ``paths`` on that server, and the application
    opens the sign-in window there."""

    FACILITY, ADMIN, KEY, JOIN = range(4)

    def __init__(self, paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.data_root = _data_root(paths)  # this desk's data folder, whatever is chosen
        self.local_paths = paths if not paths.on_server else None
        self.signed_in = None
        self.recovery_key = ""
        # True once the wizard closed on a server already set up (sign in there).
        self.server_chosen = False
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

    def local_buttons_enabled(self, enabled: bool) -> None:
        """Restore and join work on this computer's folder: not with a server chosen."""
        self.button(QWizard.WizardButton.CustomButton1).setEnabled(enabled)
        self.button(QWizard.WizardButton.CustomButton2).setEnabled(enabled)

    def use_local(self) -> None:
        from rumahsinggah.locations import DataPaths

        self.paths = self.local_paths or DataPaths(self.data_root)

    def use_server(self, url: str) -> None:
        from rumahsinggah.locations import ServerPaths

        self.paths = ServerPaths.for_url(url, self.data_root)

    def check_server(self, url: str, on_done, on_error) -> None:
        """Try the server at ``url`` off the GUI thread (``server_choice.check_server``)."""
        root = self.data_root

        def job(_none):
            return _server_choice().check_server(url, root)

        self._door.query(job, on_done, on_error, owner=self)

    def open_existing_server(self, url: str, on_error) -> None:
        """The server is already set up: keep the choice (server.json) and close, so the
        sign-in window opens on that server."""
        from rumahsinggah.locations import save_server

        self.use_server(url)

        def done(_path):
            self.server_chosen = True
            self.accept()

        self._door.write(lambda _none: save_server(url), done, on_error, owner=self)

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
            result = _store_setup().setup(paths, **values)
            url = getattr(paths, "url", "")
            if url:  # the next start opens this server store (locations.resolve_store_paths)
                from rumahsinggah.locations import save_server

                try:
                    save_server(url)
                except OSError:
                    result[0].store.close()  # set up, not saved: the next start signs in
                    raise
            return result

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
    """Where the data lives (this computer or the office's PostgreSQL server), then the
    facility. A server address is tried off the GUI thread ("Uji sambungan", and again on
    Next when it was not tried yet); a server already set up needs no facility: the wizard
    closes and the desk signs in there."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._checking = False
        self._checked = None  # server_choice.ServerCheck of the address as it is now
        self._next_after_check = False
        # -- where the data lives
        self.where = QGroupBox()
        self.local_choice = QRadioButton()
        self.server_choice = QRadioButton()
        self.choices = QButtonGroup(self)
        self.choices.addButton(self.local_choice)
        self.choices.addButton(self.server_choice)
        self.address = QLineEdit()
        self.address.setClearButtonEnabled(True)
        self.address_label = QLabel()
        self.address_label.setBuddy(self.address)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_connection)
        self.server_message = QLabel()
        self.server_message.setWordWrap(True)
        self.server_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address_label)
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.test_button)
        self.server_box = QWidget()
        server_layout = QVBoxLayout(self.server_box)
        server_layout.setContentsMargins(24, 0, 0, 0)
        server_layout.addLayout(address_row)
        server_layout.addWidget(self.server_message)
        where_layout = QVBoxLayout(self.where)
        where_layout.addWidget(self.local_choice)
        where_layout.addWidget(self.server_choice)
        where_layout.addWidget(self.server_box)
        # -- the facility
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setMaxLength(6)
        self.kind = QComboBox()
        for kind in FacilityKind:
            self.kind.addItem(vocab_label("facility_kind", kind.value), kind.value)
        self.labels = [QLabel() for _ in range(3)]
        self.facility_note = QLabel()
        self.facility_note.setWordWrap(True)
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.name, self.code, self.kind), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.registerField("facility_name*", self.name)
        self.registerField("facility_code*", self.code)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addSpacing(6)
        layout.addWidget(self.facility_note)
        layout.addLayout(form)
        layout.addStretch(1)
        self.address.textChanged.connect(self._address_changed)
        self.choices.buttonToggled.connect(self._choice_changed)
        url = getattr(wizard.paths, "url", "")  # started on a server (--database): offer it
        self.address.setText(url)
        (self.server_choice if url else self.local_choice).setChecked(True)
        self._choice_changed()

    # -- the server choice ----------------------------------------------------------------

    def on_server(self) -> bool:
        return self.server_choice.isChecked()

    def _choice_changed(self, *_args) -> None:
        server = self.on_server()
        if not server:  # restore and join work on this computer's folder
            self._wizard.use_local()
        self.server_box.setEnabled(server)
        self._wizard.local_buttons_enabled(not server and not self._checking)
        self._show_address_state()
        self.completeChanged.emit()

    def _address_changed(self, _text: str) -> None:
        self._checked = None  # a result is only for the address it was found for
        self._show_address_state()
        self.completeChanged.emit()

    def _problem_text(self, problem) -> str:
        kinds = _server_choice().AddressProblem
        return {
            kinds.EMPTY: self.tr("Ketik alamat server basis data."),
            kinds.SCHEME: self.tr("Alamat harus diawali postgresql://, misalnya {0}."),
            kinds.SPACE: self.tr("Alamat tidak boleh berisi spasi."),
            kinds.HOST: self.tr("Alamat tanpa nama server, misalnya {0}."),
            kinds.PORT: self.tr("Nomor port harus angka 1 sampai 65535, misalnya 5432."),
            kinds.DATABASE: self.tr("Alamat tanpa nama basis data di akhir, misalnya {0}."),
        }[problem].format(_server_choice().EXAMPLE)

    def _say(self, text: str, *, error: bool) -> None:
        self.server_message.setObjectName("error" if error else "")
        self.server_message.style().unpolish(self.server_message)
        self.server_message.style().polish(self.server_message)
        self.server_message.setText(text)

    def _show_address_state(self) -> None:
        """The inline message for the address as typed (before any connection)."""
        self._show_facility_state()
        if self._checking:
            return
        if not self.on_server():
            self._say("", error=False)
            return
        if self._checked is not None:
            self._say(self._check_text(self._checked), error=False)
            return
        problem = _server_choice().address_problem(self.address.text())
        if problem is None or (problem.value == "empty" and not self.address.isModified()
                               and not self.address.text()):
            self._say(self.tr("Tekan 'Uji sambungan' untuk mencoba alamat ini.")
                      if problem is None else "", error=False)
        else:
            self._say(self._problem_text(problem), error=True)

    def _show_facility_state(self) -> None:
        existing = self.on_server() and self._checked is not None and self._checked.set_up
        for widget in (*self.labels, self.name, self.code, self.kind):
            widget.setEnabled(not existing)
        self.facility_note.setText(self.tr(
            "Basis data di server ini sudah disiapkan: data fasilitas tidak perlu diisi lagi. "
            "Tekan Lanjut, lalu masuk dengan akun Anda.") if existing else "")
        self.facility_note.setVisible(existing)

    def _check_text(self, check) -> str:
        parts = [self.tr("Tersambung ke {0} (PostgreSQL {1}).").format(check.label,
                                                                       check.version)]
        parts.append(self.tr("Sambungan terenkripsi (TLS).") if check.tls else self.tr(
            "Sambungan TIDAK terenkripsi (tanpa TLS). Pakai hanya di jaringan kantor yang "
            "tepercaya, atau minta administrator server menyalakan TLS."))
        parts.append(self.tr("Basis data ini sudah disiapkan: tekan Lanjut untuk masuk.")
                     if check.set_up else
                     self.tr("Basis data ini belum disiapkan: isi data fasilitas, lalu Lanjut."))
        return " ".join(parts)

    def test_connection(self) -> None:
        """Try the address off the GUI thread and say what was found (password hidden)."""
        if self._checking or not self.on_server():
            return
        url = self.address.text().strip()
        problem = _server_choice().address_problem(url)
        if problem is not None:
            self._next_after_check = False
            self._say(self._problem_text(problem), error=True)
            return
        self._checking = True
        self._set_busy(True)
        self._say(self.tr("Menghubungi server\u2026"), error=False)
        self.completeChanged.emit()

        def finished():
            self._checking = False
            self._set_busy(False)
            self.completeChanged.emit()

        def done(check) -> None:
            finished()
            self._checked = check
            self._show_address_state()
            if self._next_after_check:
                self._next_after_check = False
                self._wizard.next()

        def failed(exc: Exception) -> None:
            finished()
            self._next_after_check = False
            self._checked = None
            self._show_facility_state()
            self._say(_server_choice().hide_password(error_text(exc), url), error=True)

        self._wizard.check_server(url, done, failed)

    def _set_busy(self, busy: bool) -> None:
        """While the server is tried, the address and the choice stay as they are."""
        for widget in (self.test_button, self.local_choice, self.server_choice):
            widget.setEnabled(not busy)
        self.address.setReadOnly(busy)

    # -- the page -------------------------------------------------------------------------

    def isComplete(self) -> bool:
        if self._wizard.joining:
            return True
        if self.on_server():  # the facility is asked for once the server is known empty
            return not self._checking and \
                _server_choice().address_problem(self.address.text()) is None
        return super().isComplete()

    def nextId(self) -> int:
        return SetupWizard.JOIN if self._wizard.joining else SetupWizard.ADMIN

    def validatePage(self) -> bool:
        # QWizard.done(Accepted) validates the page again: the server is chosen by then.
        if self._wizard.joining or self._wizard.server_chosen:
            return True
        if not self.on_server():
            self._wizard.use_local()
            return self._facility_ok()
        if self._checking:
            return False
        check = self._checked
        if check is None:  # not tried yet: try it, then go on by itself
            self._next_after_check = True
            self.test_connection()
            return False
        if check.set_up:
            self.setEnabled(False)

            def failed(exc: Exception) -> None:
                self.setEnabled(True)
                self._say(error_text(exc), error=True)

            self._wizard.open_existing_server(check.url, failed)
            return False
        if not self._facility_ok():
            return False
        self._wizard.use_server(check.url)
        return True

    def _facility_ok(self) -> bool:
        if not self.name.text().strip() or not self.code.text().strip():
            self.message.setText(self.tr("Isi nama dan kode fasilitas."))
            return False
        code = self.code.text().strip()
        if not code.isalnum() or not 2 <= len(code) <= 6:
            self.message.setText(self.tr("Kode fasilitas 2-6 huruf atau angka, misalnya BJM."))
            return False
        self.message.clear()
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Tempat data dan fasilitas"))
        self.setSubTitle(self.tr("Di mana data disimpan, lalu rumah singgah atau panti yang "
                                 "memakai aplikasi ini. Kode fasilitas menjadi awalan nomor "
                                 "kasus."))
        self.where.setTitle(self.tr("Tempat data"))
        self.local_choice.setText(self.tr("Simpan data di komputer &ini"))
        self.server_choice.setText(self.tr("Basis &data di server kantor (PostgreSQL)"))
        self.address_label.setText(self.tr("&Alamat:"))
        self.address.setPlaceholderText(_server_choice().EXAMPLE)
        self.test_button.setText(self.tr("&Uji sambungan"))
        for label, text in zip(self.labels, (self.tr("&Nama fasilitas:"),
                                             self.tr("&Kode:"), self.tr("&Jenis:")),
                               strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("Rumah Singgah Dinas Sosial Kota \u2026"))
        self.code.setPlaceholderText(self.tr("mis. BJM"))
        if not self._checking:
            self._show_address_state()


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
