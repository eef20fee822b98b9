"""``rumahsinggah import-register``: dry run, real import, rejected rows, saved mapping."""

from __future__ import annotations

import json

from accounts_support import ADMIN_PASSWORD, make_store
from register_support import write_csv
from rumahsinggah.cli import main
from rumahsinggah.locations import DataPaths, resolve_data_dir


def _store(monkeypatch) -> DataPaths:
    paths = DataPaths(resolve_data_dir())
    signed, _recovery = make_store(paths)
    signed.store.close()
    monkeypatch.setenv("RUMAHSINGGAH_USER", signed.user.username)
    monkeypatch.setenv("RUMAHSINGGAH_PASSWORD", ADMIN_PASSWORD)
    return paths


def test_dry_run_then_import_then_again(tmp_path, capsys, monkeypatch):
    _store(monkeypatch)
    register = write_csv(tmp_path / "register.csv")
    rejected = tmp_path / "ditolak.csv"
    mapping_file = tmp_path / "peta.json"
    args = ["import-register", str(register), "--facility", "BJM"]
    assert main(args) == 2  # the set-up facility has no default standard yet
    assert "pilih standar" in capsys.readouterr().err
    code = main([*args, "--standard", "bjm-penerimaan-rs", "--dry-run",
                 "--save-mapping", str(mapping_file)])
    captured = capsys.readouterr()
    out = captured.out
    assert code == 1, captured.err  # two rows are rejected
    assert "UJI COBA" in out and "3 klien baru" in out and "DITOLAK" in out
    assert "Nama lengkap" in out and "<- NAMA LENGKAP" in out
    assert json.loads(mapping_file.read_text())["columns"]["sex"] == "L/P"

    assert main([*args, "--standard", "bjm-penerimaan-rs", "--mapping", str(mapping_file),
                 "--rejected", str(rejected)]) == 1
    out = capsys.readouterr().out
    assert "4 kasus lama dicatat" in out and rejected.exists()
    assert "RATNA" in rejected.read_text(encoding="utf-8-sig")

    main([*args, "--standard", "bjm-penerimaan-rs"])
    out = capsys.readouterr().out
    assert "4 sudah pernah diimpor" in out and "0 kasus lama" in out


def test_bad_arguments_are_explained(tmp_path, capsys, monkeypatch):
    _store(monkeypatch)
    register = write_csv(tmp_path / "register.csv")
    assert main(["import-register", str(register), "--facility", "BJM", "--map", "nama=X"]) == 2
    assert "BIDANG=KOLOM" in capsys.readouterr().err
    assert main(["import-register", str(register), "--facility", "BJM",
                 "--map", "sex=Tidak Ada"]) == 2
    assert "tidak ada di lembar ini" in capsys.readouterr().err
    assert main(["import-register", str(tmp_path / "hilang.xlsx"), "--facility", "BJM"]) == 2
    assert "tidak dapat dibaca" in capsys.readouterr().err
