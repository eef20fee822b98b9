"""``rumahsinggah check`` and the demo command, run through the real CLI entry point."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from datetime import date
from pathlib import Path

import pytest

from rumahsinggah import demo
from rumahsinggah.cli import main
from rumahsinggah.locations import DataPaths
from rumahsinggah.storage import attachments, integrity
from rumahsinggah.storage.store import open_store

TODAY = date(2026, 11, 23)


@pytest.fixture
def populated(tmp_path) -> DataPaths:
    paths = DataPaths(tmp_path / "sehat")
    store = open_store(paths)
    demo.generate(store, clients=150, seed=4, today=TODAY)
    with store.write() as s:
        for i in range(3):
            attachments.save_bytes(store, s, f"pindaian KTP {i}".encode(), filename=f"ktp{i}.jpg",
                                   kind="ktp")
    store.close()
    return paths


def _copy(paths: DataPaths, dest: Path) -> DataPaths:
    shutil.copytree(paths.root, dest)
    return DataPaths(dest)


def _check(paths: DataPaths, capsys, *extra: str) -> tuple[int, str]:
    code = main(["--data-dir", str(paths.root), "check", *extra])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_check_passes_on_a_healthy_store(populated, capsys):
    code, out = _check(populated, capsys, "--checksum")
    assert code == 0, out
    assert "basis data sehat" in out
    assert "Struktur berkas SQLite utuh" in out and "3 lampiran" in out


def test_check_reports_damaged_pages_and_a_missing_attachment(populated, tmp_path, capsys):
    damaged = _copy(populated, tmp_path / "rusak")
    data = bytearray(damaged.database.read_bytes())
    page = 4096
    pages = len(data) // page
    assert pages > 20
    middle = pages // 2
    for p in range(middle, middle + 4):  # overwrite whole pages in the middle of the file
        data[p * page : (p + 1) * page] = bytes([0xA5]) * page
    damaged.database.write_bytes(bytes(data))
    victim = next(p for p in damaged.attachments.rglob("*.bin"))
    victim.unlink()
    before = hashlib.sha256(damaged.database.read_bytes()).hexdigest()

    code, out = _check(damaged, capsys)
    assert code == 1
    assert "[MASALAH]" in out and "ditemukan" in out
    assert "Traceback" not in out
    report = integrity.check_store(damaged)
    kinds = {f.kind for f in report.findings}
    # The damaged pages hold bulk demo rows; the small attachment table (created with the
    # schema, at the start of the file) stays readable, so its missing file is reported too.
    assert {"integritas", "lampiran_hilang"} <= kinds
    assert "rusak" in out and "tercatat tetapi berkasnya tidak ada" in out
    assert hashlib.sha256(damaged.database.read_bytes()).hexdigest() == before


def test_check_reports_missing_orphaned_and_partial_attachments(populated, tmp_path, capsys):
    paths = _copy(populated, tmp_path / "lampiran")
    files = sorted(paths.attachments.rglob("*.bin"))
    files[0].unlink()
    (paths.attachments / "zz").mkdir()
    (paths.attachments / "zz" / "yatim.bin").write_bytes(b"tanpa baris")
    old = time.time() - 3600  # left by a save rolled back an hour ago
    os.utime(paths.attachments / "zz" / "yatim.bin", (old, old))
    (paths.attachments / "zz" / "sisa.part").write_bytes(b"terputus")
    files[1].write_bytes(b"isi diganti")

    code, out = _check(paths, capsys, "--checksum")
    assert code == 1
    assert "tercatat tetapi berkasnya tidak ada" in out
    assert "tidak tercatat di basis data" in out and "zz/yatim.bin" in out
    # A harmless orphan is set aside (not deleted), not a reason to restore.
    assert not (paths.attachments / "zz" / "yatim.bin").exists()
    assert (paths.backups / "lampiran-yatim" / "zz" / "yatim.bin").read_bytes() == b"tanpa baris"
    assert "[CATATAN]" in out and "sisa.part" in out
    assert "berbeda dari saat disimpan" in out


def test_check_on_a_file_that_is_not_a_database(tmp_path, capsys):
    paths = DataPaths(tmp_path / "sampah")
    paths.ensure()
    paths.database.write_bytes(b"bukan sqlite sama sekali\n" * 500)
    code, out = _check(paths, capsys)
    assert code == 1
    assert "bukan basis data" in out and "Traceback" not in out


def test_an_orphan_alone_is_cleaned_and_keeps_the_store_healthy(populated, tmp_path, capsys):
    paths = _copy(populated, tmp_path / "yatim")
    (paths.attachments / "zz").mkdir()
    orphan = paths.attachments / "zz" / "yatim.bin"
    orphan.write_bytes(b"tanpa baris")
    old = time.time() - 3600
    os.utime(orphan, (old, old))
    code, out = _check(paths, capsys)
    assert code == 0 and "[CATATAN]" in out and "tidak perlu pemulihan" in out
    assert "restore" not in out.split("[CATATAN]")[1] and not orphan.exists()
    code, out = _check(paths, capsys)  # cleaned: nothing left to say
    assert code == 0 and "CATATAN" not in out


def test_partial_file_alone_keeps_the_store_healthy(populated, tmp_path, capsys):
    paths = _copy(populated, tmp_path / "part")
    (paths.attachments / "ab").mkdir(exist_ok=True)
    (paths.attachments / "ab" / "x.part").write_bytes(b"...")
    code, out = _check(paths, capsys)
    assert code == 0 and "[CATATAN]" in out


def test_demo_command_and_if_empty(tmp_path, capsys):
    root = tmp_path / "cli"
    assert main(["--data-dir", str(root), "demo", "--clients", "25", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "25 klien" in out and "detik" in out
    assert main(["--data-dir", str(root), "demo", "--if-empty"]) == 0
    assert "sudah berisi klien" in capsys.readouterr().out
    assert main(["--data-dir", str(root), "residents", "--format", "json"]) == 0
    assert '"case_number"' in capsys.readouterr().out
    fresh = tmp_path / "baru"
    assert main(["--data-dir", str(fresh), "demo", "--if-empty", "--clients", "5"]) == 0
    assert "5 klien" in capsys.readouterr().out
