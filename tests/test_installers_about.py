"""The application icon files, window icons and the About dialog (pytest-qt)."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from gui_support import build_template, copy_store, sign_in, wait_door
from rumahsinggah import __version__, bundle
from rumahsinggah.about import about_info, bundled_licences
from rumahsinggah.gui import common
from rumahsinggah.gui.about_dialog import app_icon
from rumahsinggah.gui.app import make_application
from rumahsinggah.gui.i18n import install_language
from rumahsinggah.gui.main_window import MainWindow
from rumahsinggah.gui.preferences import Preferences
from rumahsinggah.storage.migrate import head_revision

ROOT = Path(__file__).resolve().parents[1]


def test_icon_files_are_there_and_drawn():
    icons = ROOT / "resources" / "icons"
    assert (icons / "rumahsinggah.svg").read_text().lstrip().startswith("<?xml")
    files = bundle.icon_files()
    assert [int(p.stem.rsplit("-", 1)[1]) for p in files] == list(bundle.ICON_SIZES)
    for path in files:
        image = QImage(str(path))
        size = int(path.stem.rsplit("-", 1)[1])
        assert (image.width(), image.height()) == (size, size)
    big = QImage(str(icons / "rumahsinggah-256.png"))
    # Transparent rounded corner, opaque teal tile in the middle of the edge.
    assert big.pixelColor(1, 1).alpha() == 0
    assert big.pixelColor(128, 20).alpha() == 255
    ico = (icons / "rumahsinggah.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_resources_found_from_the_source_tree_and_a_frozen_bundle(tmp_path, monkeypatch):
    assert bundle.resource("standards").is_dir()
    frozen_root = tmp_path / "bundle"
    (frozen_root / "rumahsinggah" / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(frozen_root), raising=False)
    assert bundle.resources_dir() == frozen_root / "rumahsinggah" / "resources"
    assert bundle.frozen()


def test_licences_name_the_bundled_libraries():
    by_name = {lic.name.lower(): lic for lic in bundled_licences()}
    for name in ("pyside6", "sqlcipher3", "sqlalchemy", "reportlab", "cryptography"):
        assert name in by_name
    assert "LGPL" in by_name["pyside6"].licence
    assert "zlib" in by_name["sqlcipher3"].licence
    assert "pytest" not in by_name  # test extras are not bundled


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("about") / "store", clients=20)


def test_window_icon_set_by_the_application(qapp):
    make_application()
    assert not QApplication.windowIcon().isNull()
    assert not app_icon().isNull()
    assert 256 in {s.width() for s in app_icon().availableSizes()}


def test_about_dialog_from_the_help_menu(qtbot, template, tmp_path):
    common.replace_messages(error=lambda *a: None, info=lambda *a: None, ask=lambda *a: True)
    install_language("id")
    paths = copy_store(template, tmp_path / "store")
    signed = sign_in(paths, "petugas")
    window = MainWindow(signed.store, paths, signed.user, signed.actor, Preferences())
    qtbot.addWidget(window)
    try:
        window.show()
        wait_door(qtbot, window)
        entry = window.actions["about"]
        assert entry.menu == "help" and entry.action.isVisible()
        assert "Tentang Rumah Singgah" in entry.action.text().replace("&", "")
        dialog = window.open_about()
        qtbot.addWidget(dialog)
        assert dialog.isVisible()
        assert dialog.fields["version"].text() == __version__
        assert dialog.fields["data_dir"].text() == str(paths.root)
        assert dialog.fields["database"].text() == str(paths.database)
        assert dialog.fields["schema"].text() == head_revision()
        names = [dialog.table.item(r, 0).text().lower() for r in range(dialog.table.rowCount())]
        assert "pyside6" in names and "sqlcipher3" in names
        licences = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        assert all(licences)
        dialog.copy_details()
        assert str(paths.root) in QApplication.clipboard().text()
        dialog.close()
    finally:
        window.shutdown()
        signed.store.close()


def test_about_info_without_a_readable_store(tmp_path):
    from rumahsinggah.locations import DataPaths

    info = about_info(DataPaths(tmp_path / "none"))
    assert info.schema is None and info.schema_head == head_revision()
    assert info.build == "pengembangan"
