"""The Rekap Bulanan as a PDF under the issuing office's kop surat.

One table per group of measures, a column per facility (and the total when several), so a
Dinas reads across facilities the way its monthly form runs; signed by the Kepala Bidang.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rumahsinggah.documents.layout import (
    HEADING,
    SMALL,
    TINY_CENTER,
    TITLE,
    Letterhead,
    Page,
    Signer,
    build_pdf,
    esc,
    kop_surat,
    para,
    plain_grid_table,
    signature_flowables,
)
from rumahsinggah.services.recap import MEASURE_LABELS, MonthlyRecap, dimension_label

# Sections of the document: a heading and the measures under it, in the order of the form.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("A. Penerimaan klien", ("admissions", "admissions_source", "admissions_pmks",
                             "admissions_sex", "admissions_age", "admissions_origin",
                             "returning", "referrals_in")),
    ("B. Keputusan dan layanan", ("decisions", "served", "stay_length", "past_limit")),
    ("C. Terminasi dan rujukan keluar", ("terminations", "terminations_basis",
                                         "terminations_mode", "referrals_out")),
    ("D. Pengaduan", ("complaints", "complaints_channel", "complaint_response")),
)


def _number(value: float | int | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return str(int(value))


def measure_rows(recap: MonthlyRecap, measure: str) -> list[list[str]]:
    scopes = recap.scopes()
    dims: list[str] = []
    for scope in scopes:
        dims += [d for d in scope.figures.get(measure, {}) if d not in dims]
    rows = []
    for dim in dims or ["total"]:
        label = dimension_label(measure, dim)
        if measure in ("admissions", "terminations", "past_limit", "returning"):
            label = MEASURE_LABELS[measure]
        stat = measure in ("stay_length", "complaint_response")
        cells = [_number(scope.figures.get(measure, {}).get(dim, None if stat else 0))
                 for scope in scopes]
        if measure == "complaint_response" and not dims:
            label, cells = "Belum ada pengaduan yang ditanggapi", ["-"] * len(scopes)
        rows.append([label, *cells])
    return rows


def section_tables(recap: MonthlyRecap, width: float) -> list[Flowable]:
    scopes = recap.scopes()
    label_w = min(95 * mm, width * 0.5)
    col_w = (width - label_w - 10 * mm) / len(scopes)
    widths = [10 * mm, label_w, *([col_w] * len(scopes))]
    head = ["No.", "Uraian", *[s.code for s in scopes]]
    story: list[Flowable] = []
    for title, measures in SECTIONS:
        data = [head]
        number = 0
        for measure in measures:
            rows = measure_rows(recap, measure)
            single = len(rows) == 1 and measure in ("admissions", "terminations",
                                                     "past_limit", "returning")
            number += 1
            if single:
                data.append([f"{number}.", *rows[0]])
                continue
            data.append([f"{number}.", MEASURE_LABELS[measure], *[" "] * len(scopes)])
            data += [[" ", f"    {r[0]}", *r[1:]] for r in rows]
        story += [para(title, HEADING), plain_grid_table(data, widths, size=8.5, leading=9.5),
                  Spacer(1, 2 * mm)]
    return story


def recap_pdf(recap: MonthlyRecap, head: Letterhead, *, place_date: str,
              signer: Signer, paper: str = "A4") -> bytes:
    page = Page(paper)
    scopes = recap.scopes()
    names = ", ".join(f"{s.code} = {s.name}" for s in scopes)
    story: list[Flowable] = kop_surat(head, page.width) + [
        para(f"REKAP BULANAN PELAYANAN {esc(recap.month_label.upper())}", TITLE, markup=True),
        para(recap.facilities[0].name if len(recap.facilities) == 1 else
             "Semua fasilitas", TINY_CENTER.clone("p", fontSize=11, leading=14)),
        Spacer(1, 3 * mm),
        para(f"Kolom: {names}. Setiap fasilitas dihitung menurut zona waktunya (WIB/WITA/WIT). "
             "Penerimaan: kasus yang datang pada bulan ini; lama tinggal: kasus yang ditutup "
             "pada bulan ini, hari kedatangan dihitung hari ke-1.", SMALL),
        Spacer(1, 2 * mm),
    ]
    story += section_tables(recap, page.width)
    story.append(KeepTogether(signature_flowables(
        [None, Signer((place_date, *signer.heading), signer.name, signer.nip, rank=signer.rank)],
        page.width)))
    pdf, _pages = build_pdf(story, page, title=f"Rekap Bulanan {recap.month_label}",
                            subject=recap.month_code,
                            footer=f"Rekap Bulanan {recap.month_label} \u2022 Rumah Singgah")
    return pdf
