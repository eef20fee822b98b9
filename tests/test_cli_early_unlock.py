"""A command that signs in starts the Argon2 derivation before it imports the store layers,
and the sign-in takes that result instead of deriving again; a wrong password is still
refused and a typed one is derived as before."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from gui_support import FAST
from rumahsinggah import cli
from rumahsinggah.cli import early_unlock
from rumahsinggah.core.demo_accounts import DEMO_PASSWORD
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import store_setup
from rumahsinggah.storage import keys


@pytest.fixture
def demo_paths(tmp_path) -> DataPaths:
    paths = DataPaths(tmp_path / "demo")
    signed, _made = store_setup.create_demo_store(paths, _kdf=FAST)
    signed.store.close()
    return paths


@pytest.fixture
def derivations(monkeypatch) -> list[str]:
    """Every Argon2 derivation, with the thread it ran on."""
    seen: list[str] = []
    real = keys._derive

    def counting(password, salt, params):
        seen.append(threading.current_thread().name)
        return real(password, salt, params)

    monkeypatch.setattr(keys, "_derive", counting)
    monkeypatch.setattr(keys, "_EARLY", {})
    return seen


def test_an_early_derivation_is_taken_once_and_only_for_the_same_password(demo_paths,
                                                                            derivations):
    assert keys.begin_unlock(demo_paths, "kabid", DEMO_PASSWORD)
    kf = keys.load(demo_paths)
    assert kf.unlock_user("kabid", DEMO_PASSWORD) is not None
    assert derivations == ["kdf"]  # derived once, on the early thread
    assert kf.unlock_user("kabid", DEMO_PASSWORD) is not None  # a later sign-in derives anew
    assert derivations == ["kdf", "MainThread"]

    assert keys.begin_unlock(demo_paths, "kabid", "salah-sandi")
    assert kf.unlock_user("kabid", DEMO_PASSWORD) is not None  # the typed one, derived
    assert kf.unlock_user("kabid", "salah-sandi") is None  # the early wrong one: refused
    assert not keys.begin_unlock(demo_paths, "tidak-ada", DEMO_PASSWORD)
    assert not keys.begin_unlock(DataPaths(demo_paths.root / "kosong"), "kabid", "x")


def test_residents_on_the_demo_store_derives_early_and_once(demo_paths, derivations,
                                                            monkeypatch, capsys):
    monkeypatch.delenv(early_unlock.PASSWORD_ENV, raising=False)
    monkeypatch.delenv(early_unlock.USER_ENV, raising=False)
    assert cli.main(["--data-dir", str(demo_paths.root), "residents"]) == 0
    assert "penghuni" in capsys.readouterr().out
    assert derivations == ["kdf"]


@pytest.mark.parametrize("argv, env, early", [
    (["residents"], {}, True),                                    # demo store, demo admin
    (["--user", "kabid", "residents"], {"RUMAHSINGGAH_PASSWORD": DEMO_PASSWORD}, True),
    (["--user", "kabid", "residents"], {}, False),                # the password is asked
    (["demo"], {}, False),                                        # does not sign in
    (["residents", "--help"], {}, False),
])
def test_only_commands_that_sign_in_without_a_prompt_start_early(demo_paths, derivations,
                                                                 monkeypatch, argv, env, early):
    monkeypatch.delenv(early_unlock.PASSWORD_ENV, raising=False)
    monkeypatch.delenv(early_unlock.USER_ENV, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    argv = ["--data-dir", str(demo_paths.root), *argv]
    options, word = cli.pre_parse(argv)
    assert early_unlock.begin(argv, options, word) is early
    assert bool(keys._EARLY) is early
    for job in keys._EARLY.values():
        job.join()


def test_the_early_path_imports_no_store_layers():
    code = ("import sys; from rumahsinggah.cli import early_unlock; "
            "from rumahsinggah.storage import keys; "
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_every_command_said_to_sign_in_is_a_command():
    assert set(cli.COMMANDS) >= early_unlock.SIGNING_IN
    assert not {"demo", "setup", "restore", "recover", "screenshots"} & early_unlock.SIGNING_IN
