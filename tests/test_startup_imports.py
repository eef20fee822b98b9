"""Start-up imports: the sign-in window before the database layers, Alembic only when needed,
and the command line importing per command. Checked in fresh processes (``sys.modules``)."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
from pathlib import Path

from rumahsinggah import cli
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import store_setup
from rumahsinggah.storage import archive, first_look, migrate, schema_version

HEAVY = ("sqlalchemy", "sqlmodel", "alembic")
SRC = str(Path(__file__).resolve().parents[1] / "src")


def _python(code: str, *args: str, timeout: float = 120) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, env=env, timeout=timeout)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_head_revision_constant_equals_alembic_head():
    assert migrate.head_revision() == schema_version.HEAD_REVISION
    assert schema_version.is_known("0001") and not schema_version.is_known("9999")


def test_restore_markers_match_the_archive_module():
    assert first_look.RESTORE_JOURNAL == archive.JOURNAL
    assert first_look.RESTORE_STAGING == archive.STAGING


def test_command_table_matches_what_the_modules_register():
    registered = {}
    for name in cli.COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(sub)
        for action in sub._choices_actions:
            registered[action.dest] = (name, action.help)
    assert registered == cli.COMMANDS


def test_sign_in_window_is_shown_before_the_database_layers_are_imported(tmp_path):
    paths = DataPaths(tmp_path / "desk")
    store_setup.create_demo_store(paths)[0].store.close()
    out = _python(f"""
import os, sys
from PySide6.QtWidgets import QApplication
from rumahsinggah.gui import startup_probe

def mark(event):
    if event == "signin_shown":
        shown = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        heavy = [m for m in {HEAVY!r} if m in sys.modules]
        print("SHOWN", shown, "HEAVY", heavy, flush=True)
        os._exit(0)

startup_probe.mark = mark
from rumahsinggah.cli import main
main(["--data-dir", sys.argv[1]])
""", str(paths.root))
    assert "SHOWN ['Masuk'] HEAVY []" in out


def test_version_and_help_do_not_import_the_store_layers():
    out = _python("""
import sys
from rumahsinggah.cli import main
for argv in (["--version"], ["--help"]):
    try:
        main(argv)
    except SystemExit:
        pass
loaded = [m for m in sys.modules if m.startswith(("sqlalchemy", "sqlmodel", "alembic",
          "rumahsinggah.storage", "rumahsinggah.services", "rumahsinggah.cli."))]
print("LOADED", loaded)
""")
    assert "rumahsinggah 0.1.0" in out and "import-register" in out  # help lists the table
    assert "LOADED []" in out


def test_a_command_imports_only_its_own_module():
    out = _python("""
import sys
from rumahsinggah.cli import build_parser
args = build_parser(["--data-dir", "residents", "standards", "list"]).parse_args(
    ["--data-dir", "residents", "standards", "list"])
print(args.command, args.data_dir, sorted(m for m in sys.modules if m.endswith("_commands")))
""")
    assert "standards residents ['rumahsinggah.cli.standards_commands']" in out


def test_a_current_store_opens_without_importing_alembic(store):
    root = store.paths.root
    store.close()
    out = _python("""
import sys
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage.store import open_store
s = open_store(DataPaths(__import__("pathlib").Path(sys.argv[1])), daily_backup=False)
s.close()
print("ALEMBIC", "alembic" in sys.modules)
""", str(root))
    assert "ALEMBIC False" in out
