"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from rumahsinggah.locations import DataPaths  # noqa: E402
from rumahsinggah.storage.store import Store, open_store  # noqa: E402


@pytest.fixture(scope="session")
def _template_script(tmp_path_factory: pytest.TempPathFactory) -> str:
    from template_store import build_script

    return build_script(tmp_path_factory.mktemp("template"))


@pytest.fixture(autouse=True)
def _template_store(request: pytest.FixtureRequest, _template_script: str,
                    monkeypatch: pytest.MonkeyPatch):
    """New stores get the run's template schema instead of running every migration again."""
    if request.node.get_closest_marker("real_migrations"):
        return
    from rumahsinggah.storage import migrate
    from template_store import patched_upgrade

    monkeypatch.setattr(migrate, "upgrade", patched_upgrade(_template_script, migrate.upgrade))


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    base = tmp_path_factory.mktemp("env")
    monkeypatch.setenv("RUMAHSINGGAH_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("RUMAHSINGGAH_CONFIG_DIR", str(base / "config"))


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "store")


@pytest.fixture
def store(paths: DataPaths) -> Store:
    s = open_store(paths)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _desk_clock_reset():
    """A main window sets the wizards' desk clock zone; each test starts from the machine's."""
    yield
    import sys

    clock = sys.modules.get("rumahsinggah.gui.wizards.deskclock")
    if clock is not None:
        clock.set_zone(None)


@pytest.fixture(autouse=True)
def _no_stray_modals(request: pytest.FixtureRequest):
    """A message box nobody answers would hang the run (no one clicks on CI): close it and
    fail the test with its text. Boxes a test answers itself within a few seconds are left."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    request.getfixturevalue("qapp")
    first_seen: dict[int, float] = {}
    stray: list[str] = []

    def sweep() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        seen = first_seen.setdefault(id(box), time.monotonic())
        if time.monotonic() - seen > 3.0:
            stray.append(" | ".join(t for t in (box.windowTitle(), box.text(),
                                                box.informativeText(), box.detailedText()) if t))
            box.done(int(QMessageBox.StandardButton.Close))

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(sweep)
    timer.start()
    yield
    timer.stop()
    if stray:
        pytest.fail("An unanswered message box was shown: " + "; ".join(stray))


@pytest.fixture
def messages(qapp):
    """The GUI's message boxes answered in the test: errors and notices are collected in
    the list returned, questions are answered yes; the real boxes come back afterwards."""
    from rumahsinggah.gui import common
    from rumahsinggah.gui.i18n import install_language

    seen: list[str] = []
    saved = dict(common._MESSAGES)
    common.replace_messages(error=lambda p, t, x: seen.append(x),
                            info=lambda p, t, x: seen.append(x), ask=lambda p, t, x: True)
    install_language("id")
    yield seen
    common._MESSAGES.clear()
    common._MESSAGES.update(saved)
