"""Small registers written the way shelters keep them: XLSX, XLS, ODS and CSV made in the tests."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

TITLE = ["BUKU DATA KLIEN RUMAH SINGGAH", "Dinas Sosial Kota Banjarmasin"]
HEADINGS = ["No", "No. Register", "NAMA LENGKAP", "L/P", "NIK", "Tempat, Tgl Lahir", "Umur",
            "Kab/Kota", "Kategori PMKS", "Tgl. Masuk", "Tgl. Keluar", "Keterangan"]

# One row per stay, as typed: every date form, an age instead of a date, a NIK typed into a
# number cell (Excel cut it), the same person in two rows, and one bad row.
ROWS: list[list] = [
    [1, "RS/001/2023", "MUHAMMAD RIZKY BIN ABDULLAH", "L", "6371011208850001",
     "Banjarmasin, 12-08-1985", None, "Kota Banjarmasin", "GELANDANGAN", "03/01/23",
     "20 Januari 2023", "Razia pasar – malam hari"],
    [2, "RS/002/2023", "SITI AMINAH", "P", 6.371015508900001e15, "Martapura, 15/8/90", None,
     "Kab. Banjar", "Pengemis", "12 Agustus 2023", "2023-09-01", None],
    [3, "RS/003/2023", "UDIN", "lk", None, None, "± 45 th", "Kota Banjarmasin", "gepeng",
     date(2023, 10, 5), None, "tanpa identitas"],
    [4, "RS/004/2024", "MUHAMMAD RIZKY BIN ABDULLAH", "L", "6371011208850001",
     "Banjarmasin, 12-08-1985", None, "Kota Banjarmasin", "gelandangan", "5 Mei 2024",
     "30 Mei 2024", "kembali lagi"],
    [5, "RS/005/2024", "RATNA", "X", None, None, "30", "Kota Banjarmasin", "tuna susila",
     "1 Juni 2024", None, None],
    [6, "RS/006/2024", "DEWI LESTARI", "P", "6.37E+15", None, "28", "Kota Banjarmasin",
     "anjal", "31/02/2024", None, None],
]
GOOD_ROWS = 4  # rows 1-4; row 5 has no known sex, row 6 an impossible date


def write_xlsx(path: Path, rows: list[list] = ROWS, *, title: bool = True,
               headings: list[str] = HEADINGS, sheet: str = "Register 2023-2024") -> Path:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "Petunjuk"
    first.append(["Lembar ini kosong"])
    ws = book.create_sheet(sheet)
    if title:
        for line in TITLE:
            ws.append([line])
        ws.append([])
    ws.append(headings)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def write_ods(path: Path, rows: list[list] = ROWS) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Register")
    for values in [HEADINGS, *rows]:
        tr = TableRow()
        for value in values:
            if value is None:
                tr.addElement(TableCell())
            elif isinstance(value, int | float):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
                tr.addElement(cell)
            elif isinstance(value, date):
                cell = TableCell(valuetype="date", datevalue=value.isoformat())
                cell.addElement(P(text=value.isoformat()))
                tr.addElement(cell)
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(value)))
                tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def write_xls(path: Path, rows: list[list] = ROWS) -> Path:
    import xlwt

    book = xlwt.Workbook()
    ws = book.add_sheet("Register")
    dates = xlwt.easyxf(num_format_str="DD-MM-YYYY")
    for c, heading in enumerate(HEADINGS):
        ws.write(0, c, heading)
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values):
            if isinstance(value, date):
                ws.write(r, c, value, dates)
            elif value is not None:
                ws.write(r, c, value)
    book.save(str(path))
    return path


def write_csv(path: Path, rows: list[list] = ROWS, *, encoding: str = "cp1252",
              delimiter: str = ";") -> Path:
    """As Excel in Indonesia exports: ";" between cells, Windows-1252 text."""
    with open(path, "w", encoding=encoding, newline="") as fh:
        out = csv.writer(fh, delimiter=delimiter)
        out.writerow(HEADINGS)
        for values in rows:
            out.writerow(["" if v is None else (v.strftime("%d/%m/%Y") if isinstance(v, date)
                                                else (f"{v:.5E}" if isinstance(v, float)
                                                      else v)) for v in values])
    return path
