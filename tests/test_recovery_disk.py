"""A full disk: an Indonesian message, records still readable, nothing half written.

The store lives on a 30 MB tmpfs mounted by the test (CI runs as root without a display).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid

import pytest
from sqlmodel import func, select
from tests.accounts_support import ADMIN_PASSWORD, make_store

from rumahsinggah.core.errors import StoreError
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import drafts, signin
from rumahsinggah.storage import attachments
from rumahsinggah.storage.models import Attachment, Client


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk30"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a 30 MB tmpfs (CI runs as root)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=30m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill_disk(folder) -> object:
    filler = folder / "pengisi.bin"
    with open(filler, "wb", buffering=0) as fh:
        for size in (256 * 1024, 4096, 512):  # big pieces, then the last bytes too
            try:
                while True:
                    fh.write(b"\0" * size)
            except OSError:
                pass
    return filler


def _count(store) -> int:
    with store.read() as s:
        return s.exec(select(func.count()).select_from(Client)).one()


def test_a_30_mb_disk_filled_up(small_disk):
    paths = DataPaths(small_disk / "store")
    signed, _recovery = make_store(paths)
    with signed.store.write(signed.actor) as s:
        for n in range(50):
            s.add(Client(full_name=f"Klien {n}", sex="L"))
    signed.store.close()
    signed = signin.sign_in(paths, "kepala", ADMIN_PASSWORD)  # makes the daily backup
    store = signed.store
    try:
        filler = _fill_disk(small_disk)
        before = _count(store)
        scan = os.urandom(2 * 1024 * 1024)
        with pytest.raises(StoreError) as exc:
            for n in range(20):  # until the WAL cannot grow either
                with store.write(signed.actor) as s:
                    c = Client(full_name=f"Saat Penuh {n}", sex="P", notes="x" * 50_000)
                    s.add(c)
                    s.flush()
                    attachments.save_bytes(store, s, scan, filename="scan.jpg", kind="foto",
                                           client_id=c.id)
        message = exc.value.message
        assert "Disk penuh" in message and "Traceback" not in message
        after_fail = _count(store)
        # Records still readable, and nothing half written: every client row that made it
        # has its attachment file, whole.
        assert after_fail >= before
        with store.read() as s:
            for att in s.exec(select(Attachment)).all():
                assert attachments.read_bytes(store, att) == scan
        # Work in an open wizard: the draft cannot be saved now...
        draft_id = uuid.uuid4()
        with pytest.raises(StoreError, match="Disk penuh"):
            for n in range(50):
                drafts.save_draft(store, signed.actor, draft_id, "intake", page="identitas",
                                  data={"fields": {"full_name": "Ani " + "y" * 20_000 * n}})
        # ...and is kept once space returns.
        filler.unlink()
        drafts.save_draft(store, signed.actor, draft_id, "intake", page="identitas",
                          data={"fields": {"full_name": "Ani Lestari"}})
        with store.read() as s:
            found = drafts.find(s, owner_id=signed.actor.user_id, wizard="intake")
        assert [d.data["fields"]["full_name"] for d in found] == ["Ani Lestari"]
        with store.write(signed.actor) as s:
            s.add(Client(full_name="Sesudah Ada Ruang", sex="L"))
        assert _count(store) == after_fail + 1
    finally:
        store.close()
    assert not list(paths.attachments.rglob("*.part"))
    # A sign-in on a full disk still opens the records for reading.
    filler = _fill_disk(small_disk)
    signed = signin.sign_in(paths, "kepala", ADMIN_PASSWORD)
    try:
        assert _count(signed.store) == after_fail + 1
    finally:
        signed.store.close()
        filler.unlink()
