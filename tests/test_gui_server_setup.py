"""The first-start wizard can put the store on the office's PostgreSQL server.

Real widgets (pytest-qt, offscreen) and a real PostgreSQL cluster (``pg_server``): a new
store set up on an empty server database, an address that cannot be reached, a bad address,
and a server that is already set up (the desk only signs in there).
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

from rumahsinggah.core.vocab import FacilityKind
from rumahsinggah.gui.i18n import install_language
from rumahsinggah.gui.signin import SetupWizard, SignInDialog
from rumahsinggah.locations import (
    DataPaths,
    ServerPaths,
    resolve_config_dir,
    resolve_data_dir,
    resolve_store_paths,
    saved_server,
)
from rumahsinggah.services import server_choice, signin, store_setup
from rumahsinggah.storage import first_look

ADMIN, ADMIN_PASSWORD = "siti", "sandi-rahasia-1"


@pytest.fixture
def wizard(qtbot, qapp):
    install_language("id")
    made = SetupWizard(DataPaths(resolve_data_dir()))
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    yield made
    if made.signed_in is not None:
        made.signed_in.store.close()


def _server_json() -> Path:
    return resolve_config_dir() / "server.json"


def _choose_server(wizard: SetupWizard, url: str) -> None:
    page = wizard.facility_page
    page.server_choice.setChecked(True)
    page.address.setText(url)


def _next_enabled(wizard: SetupWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens there once the socket is closed


def test_local_is_the_default_and_the_server_address_is_offered(wizard):
    page = wizard.facility_page
    assert page.local_choice.isChecked() and not page.server_choice.isChecked()
    assert page.local_choice.text() == "Simpan data di komputer &ini"
    assert page.server_choice.text() == "Basis &data di server kantor (PostgreSQL)"
    assert page.address.placeholderText() == "postgresql://pengguna:sandi@server:5432/rumahsinggah"
    assert not page.server_box.isEnabled()
    page.server_choice.setChecked(True)
    assert page.server_box.isEnabled() and page.test_button.text() == "&Uji sambungan"
    # Restore and join act on this computer's folder: not offered with a server chosen.
    assert not wizard.button(QWizard.WizardButton.CustomButton2).isEnabled()
    page.local_choice.setChecked(True)
    assert wizard.button(QWizard.WizardButton.CustomButton2).isEnabled()


def test_started_on_a_server_address_the_wizard_offers_it(qtbot, qapp):
    """``--database postgresql://…`` of a server not set up: the server is chosen already,
    and "this computer" still means the desk's own data folder."""
    install_language("id")
    root = resolve_data_dir()
    url = "postgresql://rs_app:rahasia@kantor.example:5432/rumahsinggah"
    made = SetupWizard(ServerPaths.for_url(url, root))
    qtbot.addWidget(made)
    page = made.facility_page
    assert page.server_choice.isChecked() and page.address.text() == url
    assert made.data_root == root
    page.local_choice.setChecked(True)
    assert made.paths == DataPaths(root)


@pytest.mark.parametrize(("address", "said"), [
    ("mysql://u:p@server/rs", "Alamat harus diawali postgresql://"),
    ("postgresql://u:p@server:99999/rs", "Nomor port harus angka 1 sampai 65535"),
    ("postgresql://u:p@server:5432/", "Alamat tanpa nama basis data"),
    ("postgresql://u:p@:5432/rs", "Alamat tanpa nama server"),
    ("postgresql://u:p@ser ver/rs", "tidak boleh berisi spasi"),
])
def test_an_invalid_address_says_why_and_next_stays_disabled(wizard, qtbot, address, said):
    page = wizard.facility_page
    page.name.setText("Rumah Singgah Kota Banjarmasin")
    page.code.setText("BJM")
    _choose_server(wizard, address)
    assert said in page.server_message.text()
    assert page.server_message.objectName() == "error"
    assert not _next_enabled(wizard)
    page.test_button.click()  # nothing is tried with a bad address
    assert said in page.server_message.text() and not page._checking
    page.address.setText("postgresql://u:p@server:5432/rs")
    assert _next_enabled(wizard) and page.server_message.objectName() == ""
    assert not _server_json().exists()


def test_an_unreachable_server_says_so_and_saves_nothing(wizard, qtbot):
    page = wizard.facility_page
    page.name.setText("Rumah Singgah Kota Banjarmasin")
    page.code.setText("BJM")
    url = f"postgresql://rs_app:sandi-rahasia-server@127.0.0.1:{_closed_port()}/rumahsinggah"
    _choose_server(wizard, url)
    wizard.next()  # Next tries the server first
    assert page._checking and not _next_enabled(wizard)
    assert not page.local_choice.isEnabled() and page.address.isReadOnly()
    qtbot.waitUntil(lambda: not page._checking, timeout=20000)
    text = page.server_message.text()
    assert "tidak dapat dihubungi" in text and "Tidak ada yang berubah" in text
    assert "sandi-rahasia-server" not in text and page.server_message.objectName() == "error"
    assert wizard.currentId() == SetupWizard.FACILITY
    assert not _server_json().exists() and saved_server() is None
    assert not wizard.server_chosen and not getattr(wizard.paths, "url", "")
    assert not (resolve_data_dir() / "server").exists()


def test_a_wrong_password_is_reported_with_the_password_hidden(wizard, qtbot, pg_url):
    page = wizard.facility_page
    wrong = pg_url.replace("@127.0.0.1", "x9@127.0.0.1")  # the password with two more letters
    assert wrong != pg_url
    _choose_server(wizard, wrong)
    page.test_button.click()
    qtbot.waitUntil(lambda: not page._checking, timeout=20000)
    text = page.server_message.text()
    assert "menolak masuk" in text and "***" in text
    password = wrong.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    assert password not in text
    assert not _server_json().exists()


def test_a_connection_without_tls_is_reported_as_such(wizard, qtbot, pg_url):
    page = wizard.facility_page
    _choose_server(wizard, pg_url + "?sslmode=disable")
    page.test_button.click()
    qtbot.waitUntil(lambda: not page._checking, timeout=20000)
    text = page.server_message.text()
    assert "Tersambung ke" in text and "TIDAK terenkripsi (tanpa TLS)" in text
    assert "terenkripsi (TLS)." not in text
    assert page.local_choice.isEnabled() and not page.address.isReadOnly()


def test_choosing_an_empty_server_sets_up_a_store_there(wizard, qtbot, pg_server):
    url = pg_server.new_database("rs_wiz")
    try:
        page = wizard.facility_page
        _choose_server(wizard, url)
        page.test_button.click()
        qtbot.waitUntil(lambda: not page._checking, timeout=20000)
        text = page.server_message.text()
        assert "Tersambung ke" in text and "Sambungan terenkripsi (TLS)." in text
        assert "belum disiapkan" in text
        password = url.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
        assert password not in text and ":***@" in text
        # The facility is still needed for a new store on the server.
        wizard.next()
        assert wizard.currentId() == SetupWizard.FACILITY
        assert page.message.text() == "Isi nama dan kode fasilitas."
        page.name.setText("Rumah Singgah Kota Banjarmasin")
        page.code.setText("bjm")
        wizard.next()
        assert wizard.currentId() == SetupWizard.ADMIN
        assert isinstance(wizard.paths, ServerPaths) and wizard.paths.url == url
        admin = wizard.admin_page
        admin.full_name.setText("Siti Rahmah")
        admin.username.setText(ADMIN)
        admin.password.setText(ADMIN_PASSWORD)
        admin.password2.setText(ADMIN_PASSWORD)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == SetupWizard.KEY
                        or bool(admin.message.text() and admin.isEnabled()
                                and wizard.signed_in is None and not wizard._door.busy),
                        timeout=120000)
        assert wizard.currentId() == SetupWizard.KEY, admin.message.text()
        assert wizard.recovery_key and wizard.key_page.key.toPlainText() == wizard.recovery_key
        wizard.signed_in.store.close()
        wizard.signed_in = None
        assert json.loads(_server_json().read_text(encoding="utf-8")) == {"url": url}
        assert saved_server() == url
        server = ServerPaths.for_url(url, resolve_data_dir())
        assert first_look.is_set_up(server)
        # Nothing of the store on this computer: no SQLite file, no key file.
        local = DataPaths(resolve_data_dir())
        assert not local.database.exists() and not local.key_file.exists()
        # The next start opens the server store, and its administrator signs in there.
        again = resolve_store_paths()
        assert isinstance(again, ServerPaths) and again.url == url
        signed = signin.sign_in(again, ADMIN, ADMIN_PASSWORD, daily_backup=False)
        try:
            assert signed.user.username == ADMIN
            assert signed.store.engine.dialect.name == "postgresql"
        finally:
            signed.store.close()
    finally:
        pg_server.drop_database(url)


def _set_up_on_server(url: str, root: Path) -> ServerPaths:
    server = ServerPaths.for_url(url, root)
    signed, _key = store_setup.setup(
        server, facility_name="Panti Sosial Kota Banjarbaru", facility_code="BJB",
        facility_kind=FacilityKind.PANTI.value,
        admin_username=ADMIN, admin_full_name="Siti Rahmah", admin_password=ADMIN_PASSWORD)
    signed.store.close()
    return server


def test_a_server_already_set_up_is_not_set_up_again(wizard, qtbot, pg_url):
    server = _set_up_on_server(pg_url, resolve_data_dir())
    assert server_choice.check_server(pg_url, resolve_data_dir()).set_up
    page = wizard.facility_page
    _choose_server(wizard, pg_url)
    page.test_button.click()
    qtbot.waitUntil(lambda: not page._checking, timeout=20000)
    assert "sudah disiapkan" in page.server_message.text()
    assert "terenkripsi (TLS)" in page.server_message.text()
    # No facility asked for: the fields are off and Next is open with them empty.
    assert not page.name.isEnabled() and not page.code.isEnabled()
    assert page.facility_note.isVisibleTo(page) and _next_enabled(wizard)
    assert not _server_json().exists()  # trying is not choosing
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20000)
    assert wizard.server_chosen and wizard.signed_in is None
    assert wizard.result() == QWizard.DialogCode.Accepted.value
    assert wizard.admin_page._created is False  # the administrator page never ran
    assert isinstance(wizard.paths, ServerPaths) and wizard.paths == server
    assert saved_server() == pg_url
    # The store is the one set up before: its administrator signs in, one facility only.
    signed = signin.sign_in(wizard.paths, ADMIN, ADMIN_PASSWORD, daily_backup=False)
    try:
        from sqlalchemy import text

        with signed.store.engine.connect() as conn:
            names = [r[0] for r in conn.execute(text("SELECT name FROM facility"))]
        assert names == ["Panti Sosial Kota Banjarbaru"]
    finally:
        signed.store.close()


def test_the_application_signs_in_on_the_server_the_wizard_found(qtbot, qapp, pg_url):
    """gui.app.sign_in_or_set_up: wizard (server already set up), then the sign-in window
    on that server, and the paths handed back are the server's."""
    from rumahsinggah.gui import app
    from rumahsinggah.gui.preferences import Preferences

    install_language("id")
    root = resolve_data_dir()
    _set_up_on_server(pg_url, root)
    seen: list[str] = []

    def drive() -> None:
        active = QApplication.activeModalWidget()
        if isinstance(active, SetupWizard) and "wizard" not in seen:
            seen.append("wizard")
            _choose_server(active, pg_url)
            active.next()  # tries the server, then closes by itself
        elif isinstance(active, SignInDialog) and "signin" not in seen:
            seen.append("signin")
            assert isinstance(active.paths, ServerPaths)
            active.username.setText(ADMIN)
            active.password.setText(ADMIN_PASSWORD)
            active.attempt()

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(drive)
    timer.start()
    try:
        signed_in, paths = app.sign_in_or_set_up(DataPaths(root), Preferences())
    finally:
        timer.stop()
    try:
        assert seen == ["wizard", "signin"]
        assert signed_in is not None and signed_in.user.username == ADMIN
        assert isinstance(paths, ServerPaths) and paths.url == pg_url
        assert signed_in.store.engine.dialect.name == "postgresql"
        assert saved_server() == pg_url
    finally:
        if signed_in is not None:
            signed_in.store.close()


def test_first_page_at_1366x768_renders(wizard, qtbot, tmp_path):
    page = wizard.facility_page
    _choose_server(wizard, "postgresql://pengguna:sandi@server:5432/rumahsinggah")
    qtbot.wait(50)
    target = tmp_path / "setup_server_choice.png"
    assert wizard.grab().save(str(target))
    assert target.stat().st_size > 10_000
    # Everything of the choice fits in the page at this size.
    for widget in (page.local_choice, page.server_choice, page.address, page.test_button,
                   page.server_message):
        assert widget.isVisible() and widget.width() > 0
    assert page.test_button.geometry().right() <= page.where.width()
