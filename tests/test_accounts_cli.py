"""The account commands and ``--user`` unlocking, run through the real CLI entry point."""

from __future__ import annotations

import argparse
import re

import pytest

from rumahsinggah.cli import common, main
from rumahsinggah.core.errors import StoreError
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import store_setup
from rumahsinggah.storage.store import open_store

SETUP = ["setup", "--facility-name", "Rumah Singgah Banjarmasin", "--facility-code", "BJM",
         "--facility-kind", "rumah_singgah", "--admin-username", "kepala",
         "--admin-full-name", "Ibu Kepala"]
RECOVERY = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}\b")


def _run(capsys, root, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(root), *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def cli_store(tmp_path, monkeypatch, capsys):
    root = tmp_path / "data"
    monkeypatch.setenv(common.PASSWORD_ENV, "sandi-kepala-1")
    code, out, err = _run(capsys, root, *SETUP)
    assert code == 0, err
    match = RECOVERY.search(out)
    assert match and "KUNCI PEMULIHAN" in out and "SEKALI" in out
    monkeypatch.delenv(common.PASSWORD_ENV)
    return root, match.group(0)


def test_unlocking_needs_user_and_password_and_never_waits_on_stdin(cli_store, capsys,
                                                                     monkeypatch):
    root, _recovery = cli_store
    code, _out, err = _run(capsys, root, "residents")
    assert code == 2 and "--user" in err
    # No terminal and no RUMAHSINGGAH_PASSWORD: a clear message instead of a prompt.
    code, _out, err = _run(capsys, root, "--user", "kepala", "residents")
    assert code == 2 and "RUMAHSINGGAH_PASSWORD" in err and "terminal" in err
    monkeypatch.setenv(common.PASSWORD_ENV, "salah-salah-1")
    code, _out, err = _run(capsys, root, "--user", "kepala", "residents")
    assert code == 2 and "kata sandi salah" in err
    monkeypatch.setenv(common.PASSWORD_ENV, "sandi-kepala-1")
    code, out, _err = _run(capsys, root, "--user", "kepala", "residents")
    assert code == 0 and "0 penghuni" in out
    monkeypatch.setenv(common.USER_ENV, "kepala")  # scripts may name the user by variable
    code, out, _err = _run(capsys, root, "residents")
    assert code == 0


def test_setup_refuses_an_existing_store_and_asks_nothing_without_terminal(cli_store, capsys,
                                                                          tmp_path):
    root, _recovery = cli_store
    code, _out, err = _run(capsys, root, *SETUP)
    assert code == 2 and "sudah berisi" in err
    code, _out, err = _run(capsys, tmp_path / "kosong", "setup")
    assert code == 2 and "--facility-name" in err


@pytest.mark.slow
def test_users_commands(cli_store, capsys, monkeypatch):
    root, _recovery = cli_store
    monkeypatch.setenv(common.PASSWORD_ENV, "sandi-kepala-1")
    monkeypatch.setenv(common.NEW_PASSWORD_ENV, "sandi-budi-1")
    code, out, err = _run(capsys, root, "--user", "kepala", "users", "add", "budi",
                          "--full-name", "Budi Santoso", "--role", "pramu_sosial",
                          "--facility", "bjm", "--nip", "198001012005011001")
    assert code == 0, err
    assert "Pramu Sosial" in out
    monkeypatch.setenv(common.PASSWORD_ENV, "sandi-budi-1")
    code, out, _err = _run(capsys, root, "--user", "budi", "users", "list")
    assert code == 0 and "Budi Santoso" in out and "2 akun" in out
    code, _out, err = _run(capsys, root, "--user", "budi", "users", "disable", "kepala")
    assert code == 2 and "administrator" in err
    monkeypatch.setenv(common.NEW_PASSWORD_ENV, "sandi-budi-2")
    code, _out, err = _run(capsys, root, "--user", "budi", "users", "passwd")
    assert code == 0, err
    monkeypatch.setenv(common.PASSWORD_ENV, "sandi-kepala-1")
    code, out, _err = _run(capsys, root, "--user", "kepala", "users", "disable", "budi")
    assert code == 0 and "dinonaktifkan" in out
    code, out, _err = _run(capsys, root, "--user", "kepala", "users", "enable", "budi")
    assert code == 0 and "users reset budi" in out
    monkeypatch.setenv(common.NEW_PASSWORD_ENV, "pendek")
    code, _out, err = _run(capsys, root, "--user", "kepala", "users", "reset", "budi")
    assert code == 2 and "minimal 8" in err
    monkeypatch.setenv(common.NEW_PASSWORD_ENV, "sandi-budi-3")
    code, _out, err = _run(capsys, root, "--user", "kepala", "users", "reset", "budi")
    assert code == 0, err
    monkeypatch.setenv(common.PASSWORD_ENV, "sandi-budi-3")
    code, _out, err = _run(capsys, root, "--user", "budi", "users", "list")
    assert code == 0, err


def test_recover_command(cli_store, capsys, monkeypatch):
    root, recovery = cli_store
    monkeypatch.setenv(common.NEW_PASSWORD_ENV, "sandi-pulih-1")
    code, _out, err = _run(capsys, root, "recover", "--username", "kepala")
    assert code == 2 and "RUMAHSINGGAH_RECOVERY_KEY" in err
    monkeypatch.setenv(common.RECOVERY_ENV, recovery)
    code, out, err = _run(capsys, root, "recover", "--username", "kepala")
    assert code == 0, err
    assert "kunci pemulihan" in out
    monkeypatch.setenv(common.PASSWORD_ENV, "sandi-pulih-1")
    code, _out, err = _run(capsys, root, "--user", "kepala", "residents")
    assert code == 0, err
    code, out, err = _run(capsys, root, "--user", "kepala", "users", "recovery-key")
    assert code == 0, err
    fresh = RECOVERY.search(out)
    assert fresh and fresh.group(0) != recovery and "tidak berlaku" in out


def test_demo_store_prints_marked_demo_accounts(tmp_path, capsys):
    root = tmp_path / "demo"
    args = argparse.Namespace(data_dir=str(root), user=None)
    store, actor = common.create_demo_store(args)
    key = store.key
    store.close()
    out = capsys.readouterr().out
    assert "DEMO" in out and store_setup.DEMO_PASSWORD in out
    for username, _role, _name in store_setup.DEMO_ACCOUNTS:
        assert username in out
    assert actor.role == "admin" and key is not None
    assert not (root / "rumahsinggah.sqlite").read_bytes().startswith(b"SQLite format 3")
    # A demo store opens without --user (its passwords are public), and says so.
    code, out, err = _run(capsys, root, "residents")
    assert code == 0 and "DEMO" in err
    assert common.store_key(args) == key
    # Running the demo again adds to the existing store (unlocked as usual).
    store, _actor = common.create_demo_store(args)
    store.close()
    assert "DEMO" not in capsys.readouterr().out


def test_cli_refuses_an_unencrypted_store(tmp_path, capsys):
    paths = DataPaths(tmp_path / "polos")
    open_store(paths).close()
    args = argparse.Namespace(data_dir=str(paths.root), user="kepala")
    with pytest.raises(StoreError, match="tidak terenkripsi"):
        common.open_cli_store(args)
    assert common.store_key(args) is None  # `check` may still read such a file
    code, _out, err = _run(capsys, paths.root, "--user", "kepala", "residents")
    assert code == 2 and "setup" in err


def test_no_store_yet(tmp_path, capsys):
    code, _out, err = _run(capsys, tmp_path / "belum", "--user", "kepala", "residents")
    assert code == 2 and "rumahsinggah setup" in err


def _at_terminal(argv: list[str], answers: list[tuple[bytes, bytes]]) -> tuple[int, str]:
    """Run the real command in a pseudo-terminal, answering each prompt as it appears."""
    import os
    import pty
    import select
    import sys
    import time

    env = {k: v for k, v in os.environ.items()
           if k not in (common.PASSWORD_ENV, common.USER_ENV, common.NEW_PASSWORD_ENV)}
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command itself
        os.execve(sys.executable, [sys.executable, "-m", "rumahsinggah", *argv], env)
    out, pending = b"", list(answers)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _w, _x = select.select([fd], [], [], 1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        while pending and pending[0][0] in out:
            os.write(fd, pending.pop(0)[1])
            out += b"\n<jawab>\n"
    _pid, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


@pytest.mark.slow
def test_setup_and_sign_in_ask_at_a_terminal_without_echo(tmp_path):
    root = str(tmp_path / "tty")
    code, out = _at_terminal(["--data-dir", root, "setup"], [
        (b"Nama fasilitas", b"Rumah Singgah Banjarmasin\n"), (b"Kode fasilitas", b"BJM\n"),
        (b"Jenis fasilitas", b"rumah_singgah\n"), (b"Nama pengguna", b"kepala\n"),
        (b"Nama lengkap", b"Ibu Kepala\n"), (b"Kata sandi administrator", b"rahasia-tty-1\n"),
        (b"Ulangi", b"rahasia-tty-1\n"),
    ])
    assert code == 0, out
    assert RECOVERY.search(out) and "rahasia-tty-1" not in out
    code, out = _at_terminal(["--data-dir", root, "--user", "kepala", "residents"],
                             [(b"Kata sandi untuk kepala", b"rahasia-tty-1\n")])
    assert code == 0, out
    assert "0 penghuni" in out and "rahasia-tty-1" not in out


def test_demo_refuses_to_mix_invented_people_into_a_real_store(tmp_path, capsys):
    from accounts_support import make_store
    from rumahsinggah.cli import main
    from rumahsinggah.locations import DataPaths

    paths = DataPaths(tmp_path / "real")
    signed, _ = make_store(paths)
    signed.store.close()
    before = paths.database.read_bytes()
    assert main(["--data-dir", str(paths.root), "demo", "--clients", "5"]) == 2
    assert "basis data sungguhan" in capsys.readouterr().err
    assert main(["--data-dir", str(paths.root), "demo", "--if-empty"]) == 0
    assert "data demo tidak dibuat" in capsys.readouterr().out
    assert paths.database.read_bytes() == before
