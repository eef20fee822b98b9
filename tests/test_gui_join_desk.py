"""The first-start wizard's "join a shelter (new desk)" page (issue 11 item 1)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from rumahsinggah.gui.i18n import install_language
from rumahsinggah.gui.signin import SetupWizard
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import store_setup, user_accounts
from rumahsinggah.storage.audit import SYSTEM
from rumahsinggah.storage.keys import KdfParams
from rumahsinggah.storage.models import Client
from rumahsinggah.sync import desk, joining
from sync_support import PASS, Desks, register

FAST = KdfParams(memory_kib=64, iterations=1, parallelism=1)


@pytest.fixture
def invitation(tmp_path, monkeypatch):
    monkeypatch.setattr("rumahsinggah.storage.keys.DEFAULT_KDF", FAST)
    shelter = Desks(tmp_path / "shelter", 1)
    a = shelter.stores[0]
    register(a, "Sudah Terdaftar")
    inv = joining.invite(a, SYSTEM, tmp_path / "gabung.rssync", PASS, name="Meja piket")
    yield inv
    shelter.close()


def _wizard_on_join_page(qtbot, paths) -> SetupWizard:
    install_language("id")
    wizard = SetupWizard(paths)
    qtbot.addWidget(wizard)
    wizard.show()
    join_button = wizard.button(SetupWizard.WizardButton.CustomButton2)
    assert join_button.isVisible()
    assert join_button.text() == "Ber&gabung ke rumah singgah (meja baru)\u2026"
    join_button.click()
    assert wizard.currentId() == SetupWizard.JOIN
    assert not join_button.isVisible()
    return wizard


def test_join_page_makes_a_new_desk_from_the_join_bundle(qtbot, tmp_path, invitation):
    paths = DataPaths(tmp_path / "baru")
    wizard = _wizard_on_join_page(qtbot, paths)
    page = wizard.join_page
    next_button = wizard.button(SetupWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # nothing filled in yet
    page.path.setText(str(invitation.paths[0]))
    page.passphrase.setText(PASS)
    page.username.setText("pramu")
    page.password.setText("sandi-meja-baru-123")
    page.password2.setText("sandi-lain-456")
    assert next_button.isEnabled()
    wizard.next()
    assert page.message.text() == "Kedua kata sandi tidak sama."
    assert not store_setup.is_set_up(paths)
    page.password2.setText("sandi-meja-baru-123")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SetupWizard.KEY, timeout=60000)
    try:
        new = wizard.signed_in.store
        assert wizard.signed_in.user.username == "pramu"
        assert wizard.key_page.key.toPlainText() == wizard.recovery_key != ""
        assert new.site_id == invitation.desk_id
        with new.read() as s:
            assert desk.identity(s).desk_code == invitation.code
            names = [c.full_name for c in s.exec(select(Client)).scalars()]
        assert names == ["Sudah Terdaftar"]
        assert user_accounts.has_password(paths, "pramu")
        # The new desk registers people in its own case-number space.
        assert register(new, "Di meja baru").case_number.split("-")[2] == invitation.code
    finally:
        wizard.signed_in.store.close()


def test_a_wrong_passphrase_is_said_and_nothing_is_made(qtbot, tmp_path, invitation):
    paths = DataPaths(tmp_path / "baru")
    wizard = _wizard_on_join_page(qtbot, paths)
    page = wizard.join_page
    page.path.setText(str(invitation.paths[0]))
    page.passphrase.setText("bukan-kata-sandinya")
    page.username.setText("pramu")
    page.password.setText("sandi-meja-baru-123")
    page.password2.setText("sandi-meja-baru-123")
    wizard.next()
    qtbot.waitUntil(lambda: page.isEnabled() and page.message.text() != ""
                    and "\u2026" not in page.message.text(), timeout=60000)
    assert wizard.currentId() == SetupWizard.JOIN and wizard.signed_in is None
    assert "sandi" in page.message.text().lower()
    assert not store_setup.is_set_up(paths)
    # Back to the first page: setting up a new shelter works as before.
    wizard.back()
    assert wizard.currentId() == SetupWizard.FACILITY and not wizard.joining
    assert wizard.facility_page.nextId() == SetupWizard.ADMIN
