"""``rumahsinggah report monthly`` in-process on an encrypted store holding the hand-counted
month of tests/recap_support.py."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from accounts_support import ADMIN_PASSWORD, make_store
from recap_support import BJM_FEBRUARY, build
from rumahsinggah.cli import main
from rumahsinggah.locations import DataPaths, resolve_data_dir


@pytest.fixture
def signed_in(monkeypatch):
    signed, _recovery = make_store(DataPaths(resolve_data_dir()))
    build(signed.store)
    signed.store.close()
    monkeypatch.setenv("RUMAHSINGGAH_USER", signed.user.username)
    monkeypatch.setenv("RUMAHSINGGAH_PASSWORD", ADMIN_PASSWORD)
    return signed


def test_json_to_the_screen_holds_every_hand_counted_figure(signed_in, capsys):
    assert main(["report", "monthly", "--month", "2026-02", "--facility", "bjm",
                 "--out", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["month"] == "2026-02"
    assert [f["code"] for f in data["facilities"]] == ["BJM"]
    assert data["facilities"][0]["figures"] == BJM_FEBRUARY


def test_xlsx_has_a_tidy_sheet_and_the_formatted_recap(signed_in, tmp_path, capsys):
    out = tmp_path / "rekap.xlsx"
    assert main(["report", "monthly", "--month", "2026-02", "--out", str(out)]) == 0
    assert "disimpan" in capsys.readouterr().out
    wb = load_workbook(out)
    assert wb.sheetnames == ["Rekap", "Data"]
    rows = list(wb["Data"].values)
    assert rows[0] == ("kode_fasilitas", "fasilitas", "bulan", "kode_ukuran", "ukuran",
                       "rincian", "nilai")
    figures = {(r[0], r[3], r[5]): r[6] for r in rows[1:]}
    assert figures[("BJM", "admissions", "Jumlah")] == 4
    assert figures[("SEMUA", "admissions", "Jumlah")] == 5
    assert figures[("BJM", "terminations_mode", "Meninggal dunia")] == 1
    assert figures[("BJM", "stay_length", "Median (hari)")] == 14.5
    assert figures[("BJM", "complaints", "Tepat waktu")] == 1
    assert figures[("PGK", "admissions_pmks", "Tuna susila")] == 1
    recap_cells = [c for row in wb["Rekap"].values for c in row if c is not None]
    assert "REKAP BULANAN PELAYANAN FEBRUARI 2026" in recap_cells
    assert "A. Penerimaan klien" in recap_cells and "D. Pengaduan" in recap_cells


def test_pdf_carries_the_letterhead_and_the_figures(signed_in, tmp_path):
    out = tmp_path / "rekap.pdf"
    assert main(["report", "monthly", "--month", "2026-02", "--facility", "BJM",
                 "--out", str(out)]) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "DINAS SOSIAL" in text  # the default office's kop surat
    assert "REKAP BULANAN PELAYANAN FEBRUARI 2026" in text
    assert "Meninggal dunia" in text and "Klien yang kembali" in text
    assert "17,8" in text  # the average stay, written the Indonesian way


def test_mistakes_are_told_and_nothing_is_written(signed_in, tmp_path, capsys):
    assert main(["report", "monthly", "--month", "Februari", "--out", "-"]) == 2
    assert "TAHUN-BULAN" in capsys.readouterr().err
    assert main(["report", "monthly", "--month", "2026-02", "--out",
                 str(tmp_path / "rekap.docx")]) == 2
    assert ".xlsx" in capsys.readouterr().err
    assert main(["report", "monthly", "--month", "2026-02", "--facility", "XYZ",
                 "--out", str(tmp_path / "r.pdf")]) == 2
    assert "XYZ" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
