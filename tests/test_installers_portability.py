"""Portability of the code for the Windows build: no Linux-only calls outside guards,
folders from platformdirs, the inter-process lock on both code paths."""

from __future__ import annotations

import ast
import multiprocessing
import sys
from pathlib import Path

import platformdirs
import pytest

from rumahsinggah import APP_AUTHOR, APP_NAME
from rumahsinggah.locations import (
    CONFIG_DIR_ENV,
    DATA_DIR_ENV,
    resolve_config_dir,
    resolve_data_dir,
)
from rumahsinggah.storage import backup

SRC = Path(__file__).resolve().parents[1] / "src" / "rumahsinggah"
POSIX_ONLY_MODULES = {"fcntl", "pwd", "grp", "termios", "resource", "posix"}
POSIX_ONLY_CALLS = {"geteuid", "getuid", "getgid", "getegid", "fork", "setsid", "killpg",
                    "getpwnam", "chown", "sync", "uname"}


def _sources():
    return [p for p in SRC.rglob("*.py") if "migrations" not in p.parts]


def _guarded_imports(tree: ast.AST) -> set[int]:
    """Line numbers of imports inside ``try: ... except ImportError``."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(
            isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
            for h in node.handlers
        ):
            for inner in node.body:
                for sub in ast.walk(inner):
                    if isinstance(sub, ast.Import | ast.ImportFrom):
                        lines.add(sub.lineno)
    return lines


def test_no_unguarded_posix_only_imports_or_calls():
    problems = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        guarded = _guarded_imports(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""])
                if any(n.split(".")[0] in POSIX_ONLY_MODULES for n in names) and \
                        node.lineno not in guarded:
                    problems.append(f"{path.name}:{node.lineno} imports {names}")
            if isinstance(node, ast.Attribute) and node.attr in POSIX_ONLY_CALLS and \
                    isinstance(node.value, ast.Name) and node.value.id == "os":
                problems.append(f"{path.name}:{node.lineno} os.{node.attr}")
    assert problems == []


# Read with a fallback and a Windows branch (storage/store.py MACHINE_ID_FILES).
ALLOWED_PATHS = {"/etc/machine-id", "/var/lib/dbus/machine-id"}
RUNNERS = {"run", "Popen", "call", "check_call", "check_output", "system", "startDetached",
           "execute"}


def test_no_hard_coded_unix_folders_or_print_commands():
    problems = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if text.startswith(("/tmp", "/home/", "/usr/", "/var/", "/opt/", "/etc/")) \
                        and text not in ALLOWED_PATHS:
                    problems.append(f"{path.name}:{node.lineno} {text!r}")
                if text in ("lp", "lpr", "xdg-open") and _in_call(tree, node):
                    problems.append(f"{path.name}:{node.lineno} runs {text!r}")
    assert problems == []


def _in_call(tree: ast.AST, constant: ast.Constant) -> bool:
    for node in ast.walk(tree):
        func = getattr(node, "func", None)
        name = getattr(func, "attr", None) or getattr(func, "id", None)
        if isinstance(node, ast.Call) and name in RUNNERS and any(
            a is constant or (isinstance(a, ast.List | ast.Tuple) and constant in a.elts)
            for a in node.args
        ):
            return True
    return False


def test_folders_come_from_platformdirs(monkeypatch):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(CONFIG_DIR_ENV, raising=False)
    assert resolve_data_dir() == Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    assert resolve_config_dir() == Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def _hold(lock_path: str, ready, release) -> None:
    with backup.exclusive(Path(lock_path)) as got:
        assert got
        ready.set()
        release.wait(20)


def test_lock_between_processes(tmp_path):
    lock = tmp_path / "kunci.lock"
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold, args=(str(lock), ready, release))
    holder.start()
    try:
        assert ready.wait(30)
        with backup.exclusive(lock, wait=False) as got:
            assert got is False
    finally:
        release.set()
        holder.join(30)
    with backup.exclusive(lock, wait=False) as got:
        assert got is True


def test_lock_takes_the_windows_path_without_fcntl(tmp_path, monkeypatch):
    """Without fcntl (as on Windows) the lock goes to msvcrt; a stand-in records the calls."""
    calls = []

    class FakeMsvcrt:
        LK_NBLCK = 2

        @staticmethod
        def locking(fd, mode, nbytes):
            calls.append((mode, nbytes))
            if len(calls) == 1:
                raise OSError("held by another process")

    monkeypatch.setitem(sys.modules, "fcntl", None)  # import fcntl -> ImportError
    monkeypatch.setitem(sys.modules, "msvcrt", FakeMsvcrt)
    with backup.exclusive(tmp_path / "a.lock", wait=False) as got:
        assert got is False
    with backup.exclusive(tmp_path / "a.lock", wait=True) as got:
        assert got is True
    assert calls == [(2, 1), (2, 1)]


@pytest.mark.skipif(sys.platform != "win32", reason="the real msvcrt exists only on Windows")
def test_real_windows_lock(tmp_path):
    with backup.exclusive(tmp_path / "w.lock") as got:
        assert got


def test_folder_fingerprint_keeps_the_posix_machine_id(tmp_path):
    """The Windows branch must not change the fingerprint of existing Linux desks."""
    import hashlib

    from rumahsinggah.locations import DataPaths
    from rumahsinggah.storage import store

    machine = store._machine_id()
    if sys.platform != "win32":
        expected = ""
        for candidate in store.MACHINE_ID_FILES:
            try:
                expected = Path(candidate).read_text().strip()
                break
            except OSError:
                continue
        assert machine == expected
    paths = DataPaths(tmp_path)
    if machine:
        text = f"{machine}\n{tmp_path.resolve()}"
        assert store.folder_fingerprint(paths) == hashlib.sha256(text.encode()).hexdigest()[:24]
