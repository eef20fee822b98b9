"""The letter commands, run in-process against a store in the test's data folder."""

from __future__ import annotations

import io

from pypdf import PdfReader

from accounts_support import ADMIN_PASSWORD, make_store
from rumahsinggah.cli import main
from rumahsinggah.locations import DataPaths, resolve_data_dir
from rumahsinggah.services.letters_sample import add_sample_case


def _store_with_case(monkeypatch) -> str:
    """An encrypted store (the CLI opens no other) with one sample case; the CLI signs in."""
    signed, _recovery = make_store(DataPaths(resolve_data_dir()))
    with signed.store.write(signed.actor) as s:
        case = add_sample_case(s)
    signed.store.close()
    monkeypatch.setenv("RUMAHSINGGAH_USER", signed.user.username)
    monkeypatch.setenv("RUMAHSINGGAH_PASSWORD", ADMIN_PASSWORD)
    return case.case_number


def test_letter_list_shows_the_types(capsys):
    assert main(["letter", "list"]) == 0
    out = capsys.readouterr().out
    assert "surat_penjamin" in out and "Berita Acara Pemulangan Klien" in out


def test_letter_for_a_case_then_list_reprint_and_correct(tmp_path, capsys, monkeypatch):
    case_no = _store_with_case(monkeypatch)
    out = tmp_path / "penjamin.pdf"
    assert main(["letter", "surat_penjamin", "--case", case_no, "--out", str(out),
                 "--date", "2026-11-22", "--param", "tempat=Balai Kota"]) == 0
    printed = capsys.readouterr().out
    assert "Surat Penjamin nomor 460/001/Dinsos/XI/2026" in printed
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "SURAT PENJAMIN" in text and "Budi Santoso" in text
    letter_id = printed.split("Id surat: ")[1].strip()

    assert main(["letter", "list", "--case", case_no.lower()]) == 0
    listed = capsys.readouterr().out
    assert "Surat Penjamin" in listed and "1 surat untuk kasus" in listed

    again = tmp_path / "ulang.pdf"
    assert main(["letter", "reprint", letter_id, "--out", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()

    fixed = tmp_path / "ralat.pdf"
    assert main(["letter", "correct", letter_id, "--out", str(fixed),
                 "--param", "saksi=x"]) == 0
    assert "Ralat disimpan" in capsys.readouterr().out
    assert main(["letter", "list", "--case", case_no]) == 0
    assert "(sudah diralat)" in capsys.readouterr().out


def test_register_without_case_and_errors(tmp_path, capsys, monkeypatch):
    _store_with_case(monkeypatch)
    out = tmp_path / "buku.pdf"
    assert main(["letter", "buku_data", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--date", "2026-11-30", "--out", str(out)]) == 0
    assert "BJM-2026-00001" in PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert main(["letter", "surat_cinta", "--case", "X"]) == 2
    assert main(["letter", "surat_penjamin"]) == 2
    assert "memerlukan --case" in capsys.readouterr().err
    assert main(["letter", "surat_penjamin", "--case", "BJM-1999-00001"]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err


def test_letter_book_lists_every_numbered_letter_of_the_year(capsys, monkeypatch):
    case_no = _store_with_case(monkeypatch)
    for kind in ("surat_penjamin", "pemberitahuan_penerimaan"):
        assert main(["letter", kind, "--case", case_no, "--out", f"/tmp/{kind}.pdf"]) == 0
    capsys.readouterr()
    assert main(["letter", "book", "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "Buku agenda surat keluar" in out and "tahun 2026" in out
    assert "460/001/Dinsos/XI/2026" in out and "460/002/Dinsos/XI/2026" in out
    assert "Surat Penjamin" in out and "Pemberitahuan Penerimaan Klien" in out
    assert "Pimpinan Satuan Polisi Pamong Praja" in out  # the recipient is in the book
    assert "2 surat bernomor" in out
    assert main(["letter", "book", "--year", "2025"]) == 0
    assert "0 surat bernomor" in capsys.readouterr().out
    assert main(["letter", "book", "--office", "NOPE"]) != 0


def test_letter_without_out_goes_to_a_private_folder_owner_only(tmp_path, capsys,
                                                                 monkeypatch):
    """Not a plaintext PDF in the current folder: the data folder's private 'ekspor'."""
    case_no = _store_with_case(monkeypatch)
    monkeypatch.chdir(tmp_path)
    assert main(["letter", "surat_penjamin", "--case", case_no, "--date", "2026-11-22"]) == 0
    capsys.readouterr()
    assert not list(tmp_path.glob("*.pdf"))
    folder = resolve_data_dir() / "ekspor"
    made = list(folder.glob("*.pdf"))
    assert len(made) == 1 and made[0].read_bytes().startswith(b"%PDF")
    assert made[0].stat().st_mode & 0o777 == 0o600 and folder.stat().st_mode & 0o777 == 0o700
    out = tmp_path / "dipilih.pdf"
    assert main(["letter", "surat_penjamin", "--case", case_no, "--out", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600
