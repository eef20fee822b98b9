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


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_engines`` run once on a desk's SQLite file and once on a real
    PostgreSQL server (a throwaway cluster the run starts: ``tests/pg_cluster.py``)."""
    if metafunc.definition.get_closest_marker("both_engines") and \
            not metafunc.definition.get_closest_marker("sqlite_only") and \
            "store_engine" in metafunc.fixturenames:
        metafunc.parametrize("store_engine", ENGINES, indirect=True)


@pytest.fixture
def store_engine(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory):
    """A PostgreSQL cluster for this run, with a template database migrated once."""
    import pg_cluster

    if not pg_cluster.available():
        # Not a skip: the setup script installs the server; a run without it is broken.
        pytest.fail("PostgreSQL server not installed: run 'bash packaging/setup.sh test', "
                    "which installs Debian's postgresql package")
    folder = pg_cluster.new_folder()  # outside pytest's private temp folder: the server's
    cluster = pg_cluster.start(folder)  # user must reach it
    try:
        cluster.template = _pg_template(cluster, folder)
        yield cluster
    finally:
        cluster.stop()
        pg_cluster.remove(folder)


def _pg_template(cluster, folder) -> str:
    from rumahsinggah.storage.server import ServerPaths

    url = cluster.new_database("rs_template")
    opened = open_store(ServerPaths.for_url(url, folder / "template-desk"))
    opened.close()
    return url.rsplit("/", 1)[1]


@pytest.fixture
def pg_url(pg_server) -> str:
    """A new database copied from the run's migrated template; dropped afterwards."""
    pg_server._count += 1
    name = f"rs_t{pg_server._count}"
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE {pg_server.template} OWNER rs_app")
    url = pg_server.url(name)
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def paths(tmp_path, store_engine: str, request: pytest.FixtureRequest) -> DataPaths:
    if store_engine == "postgresql":
        from rumahsinggah.storage.server import ServerPaths

        return ServerPaths(tmp_path / "store", url=request.getfixturevalue("pg_url"))
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
