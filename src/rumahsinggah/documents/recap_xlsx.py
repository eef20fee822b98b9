"""The Rekap Bulanan as an XLSX workbook (openpyxl).

Sheet "Data": one tidy long table (facility code, facility, month, measure code, measure,
dimension, value) a head office filters, pivots or appends month after month. Sheet "Rekap":
the same figures laid out for reading, one column per facility (and the total).
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from rumahsinggah.documents.recap_pdf import SECTIONS, measure_rows
from rumahsinggah.services.recap import MEASURE_LABELS, MonthlyRecap

TIDY_HEADERS = ("kode_fasilitas", "fasilitas", "bulan", "kode_ukuran", "ukuran", "rincian",
                "nilai")
_BOLD = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DDDDDD")
_THIN = Side(style="thin", color="888888")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _tidy_sheet(wb: Workbook, recap: MonthlyRecap) -> None:
    ws = wb.create_sheet("Data")
    ws.append(TIDY_HEADERS)
    for cell in ws[1]:
        cell.font, cell.fill = _BOLD, _HEAD_FILL
    for row in recap.tidy_rows():
        ws.append(row)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(TIDY_HEADERS))}{ws.max_row}"
    for col, width in zip("ABCDEFG", (14, 30, 10, 20, 40, 44, 10), strict=True):
        ws.column_dimensions[col].width = width


def _recap_sheet(wb: Workbook, recap: MonthlyRecap, office: str) -> None:
    ws = wb.active
    ws.title = "Rekap"
    scopes = recap.scopes()
    last = get_column_letter(1 + len(scopes))
    ws["A1"] = office
    ws["A2"] = f"REKAP BULANAN PELAYANAN {recap.month_label.upper()}"
    ws["A1"].font = ws["A2"].font = Font(bold=True, size=13)
    ws.merge_cells(f"A1:{last}1")
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = "; ".join(f"{s.code} = {s.name}" for s in scopes)
    ws.append([])
    for title, measures in SECTIONS:
        ws.append([title])
        ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
        ws.append(["Uraian", *[s.code for s in scopes]])
        for cell in ws[ws.max_row]:
            cell.font, cell.fill, cell.border = _BOLD, _HEAD_FILL, _BOX
        for measure in measures:
            rows = measure_rows(recap, measure)
            if len(rows) > 1 or measure not in ("admissions", "terminations", "past_limit",
                                                "returning"):
                ws.append([MEASURE_LABELS[measure]])
                ws.cell(ws.max_row, 1).font = _BOLD
                rows = [[f"   {r[0]}", *r[1:]] for r in rows]
            for r in rows:
                ws.append([r[0], *[_value(v) for v in r[1:]]])
                for cell in ws[ws.max_row]:
                    cell.border = _BOX
                    if cell.column > 1:
                        cell.alignment = Alignment(horizontal="right")
        ws.append([])
    ws.column_dimensions["A"].width = 52
    for i in range(len(scopes)):
        ws.column_dimensions[get_column_letter(2 + i)].width = 14


def _value(text: str) -> float | int | str:
    if text in ("", "-"):
        return text
    number = float(text.replace(",", "."))
    return int(number) if number.is_integer() and "," not in text else number


def recap_xlsx(recap: MonthlyRecap, office: str = "") -> bytes:
    wb = Workbook()
    _recap_sheet(wb, recap, office)
    _tidy_sheet(wb, recap)
    wb.properties.title = f"Rekap Bulanan {recap.month_label}"
    wb.properties.creator = "Rumah Singgah"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
