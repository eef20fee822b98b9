"""Printable lists: a table under the office's kop surat (PDF) or in a workbook (XLSX).

Qt-free, like every document here: ``services.lists`` fills a :class:`ListTable` (the board's
current view, today's arrivals, a raid's people) or a :class:`RaidSheet`, and these functions
render it, so the window and the CLI print the same pages.

- ``list_pdf(table, head, paper, place_date, signer=None) -> bytes``: the table under the kop
  surat, landscape when it is wide, numbered pages.
- ``list_xlsx(table, office="") -> bytes``: one sheet, a header row, frozen and filterable.
- ``raid_summary_pdf(sheet, head, ...)``: "Rekapitulasi Penerimaan Hasil Razia": the letter,
  the agency, the place and every person with the case number given.
- ``raid_receipt_pdf(sheet, head, ...)``: "Tanda Terima" for the raiding agency: the shelter
  received these people, signed by the one who handed over and the one who received.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rumahsinggah.documents.layout import (
    BODY,
    SMALL,
    SUBTITLE,
    TITLE,
    Letterhead,
    Page,
    Signer,
    build_pdf,
    esc,
    fields_table,
    kop_surat,
    para,
    plain_grid_table,
    signature_flowables,
)


@dataclass(frozen=True)
class ListTable:
    """A list as printed: a title, lines under it, the columns and the rows (plain text)."""

    title: str
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]
    widths: tuple[float, ...] = ()  # relative; equal when empty
    subtitle: str = ""
    notes: tuple[str, ...] = ()
    sheet: str = "Daftar"
    footer: str = ""


@dataclass(frozen=True)
class RaidSheet:
    """One raid as its documents print it."""

    letter_number: str
    raid_date: str  # "12 Januari 2026"
    arrival: str  # when they reached the shelter, "12 Januari 2026 21.40"
    place: str
    agency: str
    facility: str
    table: ListTable  # the people, with their case numbers
    case_numbers: tuple[str, ...] = field(default_factory=tuple)


def _widths(table: ListTable, width: float) -> list[float]:
    rel = list(table.widths) or [1.0] * len(table.columns)
    total = sum(rel)
    return [width * r / total for r in rel]


def _table_story(table: ListTable, width: float) -> list[Flowable]:
    data = [list(table.columns), *[list(r) for r in table.rows]]
    if not table.rows:
        return [para("Tidak ada data pada daftar ini.", BODY)]
    return [plain_grid_table(data, _widths(table, width), size=9, leading=10.5)]


def list_pdf(table: ListTable, head: Letterhead, *, paper: str = "A4", place_date: str = "",
             signer: Signer | None = None) -> bytes:
    page = Page(paper, wide=len(table.columns) > 6)
    story: list[Flowable] = kop_surat(head, page.width)
    story.append(para(esc(table.title.upper()), TITLE, markup=True))
    if table.subtitle:
        story.append(para(table.subtitle, SUBTITLE))
    story.append(Spacer(1, 2 * mm))
    story += [para(n, SMALL) for n in table.notes]
    story.append(Spacer(1, 2 * mm))
    story += _table_story(table, page.width)
    if signer is not None:
        story.append(Spacer(1, 4 * mm))
        story.append(KeepTogether(signature_flowables(
            [None, Signer((place_date, *signer.heading), signer.name, signer.nip,
                          rank=signer.rank)], page.width)))
    pdf, _pages = build_pdf(story, page, title=table.title, subject=table.subtitle,
                            footer=table.footer or f"{table.title} \u2022 Rumah Singgah")
    return pdf


def list_xlsx(table: ListTable, office: str = "") -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = table.sheet[:31] or "Daftar"
    ws.append([table.title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([" \u2022 ".join(x for x in (office, table.subtitle) if x)])
    for note in table.notes:
        ws.append([note])
    ws.append([])
    header_row = ws.max_row + 1
    ws.append(list(table.columns))
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row in table.rows:
        ws.append([_cell(v) for v in row])
    ws.freeze_panes = f"A{header_row + 1}"
    last = get_column_letter(len(table.columns))
    ws.auto_filter.ref = f"A{header_row}:{last}{max(ws.max_row, header_row)}"
    rel = list(table.widths) or [1.0] * len(table.columns)
    unit = 110 / sum(rel)
    for i, r in enumerate(rel, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(6, round(r * unit))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _cell(value: str):
    text = str(value)
    return int(text) if text.isdigit() and len(text) < 6 else text


def _raid_fields(sheet: RaidSheet) -> list[tuple[str, str]]:
    return [
        ("Nomor surat razia", sheet.letter_number or "-"),
        ("Instansi pelaksana", sheet.agency or "-"),
        ("Tanggal razia", sheet.raid_date),
        ("Tempat razia", sheet.place or "-"),
        ("Diterima di", sheet.facility),
        ("Waktu tiba", sheet.arrival),
        ("Jumlah orang", f"{len(sheet.table.rows)} orang"),
    ]


def raid_summary_pdf(sheet: RaidSheet, head: Letterhead, *, paper: str = "A4",
                     place_date: str = "", signer: Signer | None = None) -> bytes:
    page = Page(paper)
    story: list[Flowable] = kop_surat(head, page.width)
    story += [
        para("REKAPITULASI PENERIMAAN KLIEN HASIL RAZIA", TITLE),
        Spacer(1, 3 * mm),
        fields_table(_raid_fields(sheet), page.width),
        Spacer(1, 3 * mm),
        para("Orang-orang berikut telah didaftarkan dan diberi nomor kasus:", BODY),
        Spacer(1, 1.5 * mm),
    ]
    story += _table_story(sheet.table, page.width)
    if signer is not None:
        story.append(Spacer(1, 4 * mm))
        story.append(KeepTogether(signature_flowables(
            [None, Signer((place_date, *signer.heading), signer.name, signer.nip,
                          rank=signer.rank)], page.width)))
    title = f"Rekapitulasi razia {sheet.letter_number}".strip()
    pdf, _pages = build_pdf(story, page, title=title, subject=sheet.letter_number,
                            footer=f"{title} \u2022 Rumah Singgah")
    return pdf


def raid_receipt_pdf(sheet: RaidSheet, head: Letterhead, *, paper: str = "A4",
                     place_date: str = "", receiver: Signer | None = None) -> bytes:
    page = Page(paper)
    n = len(sheet.table.rows)
    story: list[Flowable] = kop_surat(head, page.width)
    story += [
        para("TANDA TERIMA", TITLE),
        para(f"Penyerahan klien hasil razia nomor {esc(sheet.letter_number or '-')}", SUBTITLE,
             markup=True),
        Spacer(1, 4 * mm),
        para(f"Pada {esc(sheet.arrival)}, {esc(sheet.facility)} telah menerima dari "
             f"{esc(sheet.agency or 'instansi pelaksana razia')} sebanyak <b>{n} orang</b> "
             f"hasil razia tanggal {esc(sheet.raid_date)} di {esc(sheet.place or '-')}, "
             "dengan nomor kasus sebagai berikut:", BODY, markup=True),
        Spacer(1, 2 * mm),
    ]
    story += _table_story(sheet.table, page.width)
    story += [
        Spacer(1, 3 * mm),
        para("Demikian tanda terima ini dibuat untuk dipergunakan sebagaimana mestinya.", BODY),
        Spacer(1, 3 * mm),
    ]
    giver = Signer(("Yang menyerahkan,", sheet.agency or "Instansi pelaksana"), nip=None)
    taker = receiver or Signer(("Yang menerima,", "Petugas Rumah Singgah"), nip="")
    story.append(KeepTogether(signature_flowables(
        [giver, Signer((place_date, *taker.heading), taker.name, taker.nip, rank=taker.rank)],
        page.width)))
    title = f"Tanda terima razia {sheet.letter_number}".strip()
    pdf, _pages = build_pdf(story, page, title=title, subject=sheet.letter_number,
                            footer=f"{title} \u2022 Rumah Singgah")
    return pdf


__all__ = ["ListTable", "RaidSheet", "list_pdf", "list_xlsx", "raid_receipt_pdf",
           "raid_summary_pdf"]
