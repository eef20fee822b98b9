"""Many desks, one folder: simultaneous sign-ins and a long import next to other saves."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest
from sqlmodel import select
from tests.accounts_support import ADMIN_PASSWORD, make_store

from rumahsinggah.services import signin
from rumahsinggah.storage.models import Client

DESK = textwrap.dedent("""
    import sys, time
    from rumahsinggah.locations import DataPaths
    from rumahsinggah.services import signin
    from rumahsinggah.storage.models import Client
    root, start, n = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    while time.time() < start:
        time.sleep(0.001)
    signed = signin.sign_in(DataPaths(__import__("pathlib").Path(root)), "kepala", sys.argv[4])
    try:
        with signed.store.write(signed.actor) as s:
            s.add(Client(full_name="Meja " + n, sex="L"))
    finally:
        signed.store.close()
    print("ok", n)
""")


@pytest.mark.slow
def test_five_desks_sign_in_at_the_same_moment(paths):
    signed, _recovery = make_store(paths)
    signed.store.close()
    start = time.time() + 2.0  # all five wait for the same instant
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    procs = [subprocess.Popen([sys.executable, "-c", DESK, str(paths.root), str(start), str(n),
                               ADMIN_PASSWORD], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for n in range(5)]
    results = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
        assert out.startswith("ok") and "Traceback" not in err
    # Exactly one desk made today's backup (the others found it under way or made).
    assert len(list((paths.backups / "harian").glob("*.rsbak"))) == 1
    signed = signin.sign_in(paths, "kepala", ADMIN_PASSWORD)
    try:
        with signed.store.read() as s:
            names = sorted(c.full_name for c in s.exec(select(Client)).all())
        assert names == [f"Meja {n}" for n in range(5)]
    finally:
        signed.store.close()


def test_a_save_waits_for_a_long_import_then_goes_through(paths, monkeypatch):
    """Another desk holds the write lock (a long import); a save waits its turn."""
    import threading

    from rumahsinggah.storage.engine import connect_raw

    signed, _recovery = make_store(paths)
    store = signed.store
    try:
        locked = threading.Event()

        def importing_desk() -> None:
            other = connect_raw(paths.database, store.key)
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO local_state (key, value) VALUES ('impor', 'berjalan')")
            locked.set()
            time.sleep(2.0)
            other.execute("COMMIT")
            other.close()

        desk = threading.Thread(target=importing_desk)
        desk.start()
        assert locked.wait(10)
        started = time.time()
        with store.write(signed.actor) as s:
            s.add(Client(full_name="Menunggu Giliran", sex="L"))
        assert time.time() - started >= 1.5  # it waited, and was not refused
        desk.join()
        with store.read() as s:
            assert s.exec(select(Client)).one().full_name == "Menunggu Giliran"
    finally:
        store.close()


def test_a_lock_that_outlasts_the_wait_is_an_indonesian_message(paths, monkeypatch):
    from rumahsinggah.core.errors import StoreError
    from rumahsinggah.storage import engine
    from rumahsinggah.storage.engine import connect_raw

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    signed, _recovery = make_store(paths)
    store = signed.store
    try:
        other = connect_raw(paths.database, store.key)
        other.execute("BEGIN IMMEDIATE")
        try:
            import pytest

            with pytest.raises(StoreError) as exc, store.write(signed.actor) as s:
                s.add(Client(full_name="Terkunci", sex="L"))
            assert "meja lain" in exc.value.message and "coba lagi" in exc.value.message
        finally:
            other.execute("ROLLBACK")
            other.close()
        with store.write(signed.actor) as s:  # the retry goes through
            s.add(Client(full_name="Dicoba Lagi", sex="L"))
    finally:
        store.close()
