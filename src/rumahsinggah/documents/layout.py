"""The look shared by every document: paper, styles, kop surat, fields, signatures, meterai.

Times (a ReportLab standard font, nothing to embed) gives the formal look of a Dinas letter
and keeps rendering fast. Every free text goes through :func:`para`, which escapes it and lets
it wrap, so a long name or address never runs past the margin.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

F4 = (215 * mm, 330 * mm)
PAPERS = {"A4": A4, "F4": F4}

FONT = "Times-Roman"
FONT_BOLD = "Times-Bold"
FONT_ITALIC = "Times-Italic"

BODY = ParagraphStyle("body", fontName=FONT, fontSize=11.5, leading=14.5, alignment=TA_JUSTIFY,
                      allowWidows=0, allowOrphans=0)
BODY_LEFT = ParagraphStyle("body_left", parent=BODY, alignment=TA_LEFT)
COMPACT = ParagraphStyle("compact", parent=BODY, fontSize=11, leading=13.2)
COMPACT_LEFT = ParagraphStyle("compact_left", parent=COMPACT, alignment=TA_LEFT)
TIGHT = ParagraphStyle("tight", parent=BODY, fontSize=10.5, leading=12.4)
TIGHT_LEFT = ParagraphStyle("tight_left", parent=TIGHT, alignment=TA_LEFT)
BODY_CENTER = ParagraphStyle("body_center", parent=BODY, alignment=TA_CENTER)
SMALL = ParagraphStyle("small", parent=BODY_LEFT, fontSize=10, leading=12.5)
SMALL_CENTER = ParagraphStyle("small_center", parent=SMALL, alignment=TA_CENTER)
TINY = ParagraphStyle("tiny", parent=BODY_LEFT, fontSize=8.5, leading=10)
TINY_CENTER = ParagraphStyle("tiny_center", parent=TINY, alignment=TA_CENTER)
TITLE = ParagraphStyle(
    "title", parent=BODY_CENTER, fontName=FONT_BOLD, fontSize=13, leading=17, spaceAfter=0
)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY_CENTER, fontSize=12, leading=15)
HEADING = ParagraphStyle(
    "heading", parent=BODY_LEFT, fontName=FONT_BOLD, fontSize=12, leading=16, spaceBefore=8,
    spaceAfter=3, keepWithNext=1,
)
KOP_GOV = ParagraphStyle("kop_gov", parent=BODY_CENTER, fontName=FONT_BOLD, fontSize=14,
                         leading=17)
KOP_AGENCY = ParagraphStyle("kop_agency", parent=BODY_CENTER, fontName=FONT_BOLD, fontSize=17,
                            leading=21)
KOP_ADDRESS = ParagraphStyle("kop_address", parent=BODY_CENTER, fontSize=10, leading=12.5)

EMPTY_LINE = "...................................."


def esc(text: object) -> str:
    """Text made safe for a Paragraph (ReportLab's mini-markup)."""
    return escape(str(text if text is not None else ""))


def para(text: object, style: ParagraphStyle = BODY, *, markup: bool = False) -> Paragraph:
    """A wrapping paragraph; plain text is escaped unless ``markup`` says it is markup."""
    return Paragraph(str(text) if markup else esc(text).replace("\n", "<br/>"), style)


def or_dash(value: object, dash: str = "-") -> str:
    text = "" if value is None else str(value).strip()
    return text or dash


@dataclass(frozen=True)
class Letterhead:
    government: str
    agency: str
    address: str
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: bytes | None = None


class DoubleRule(Flowable):
    """The kop surat's rule: a thick line over a thin one."""

    def __init__(self, width: float | None = None) -> None:
        super().__init__()
        self._width = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = self._width or avail_width
        return self.width, 3.2 * mm

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(2.2)
        c.line(0, 2.6 * mm, self.width, 2.6 * mm)
        c.setLineWidth(0.7)
        c.line(0, 1.5 * mm, self.width, 1.5 * mm)


class MeteraiBox(Flowable):
    """A dashed box showing where the duty stamp (meterai) is stuck before signing."""

    def __init__(self, width: float = 28 * mm, height: float = 16 * mm) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.Color(0.45, 0.45, 0.45))
        c.setFillColor(colors.Color(0.45, 0.45, 0.45))
        c.setDash(2, 2)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height)
        c.setFont(FONT, 8)
        c.drawCentredString(self.width / 2, self.height / 2 + 1.2 * mm, "METERAI")
        c.drawCentredString(self.width / 2, self.height / 2 - 2.6 * mm, "Rp10.000")
        c.restoreState()


def kop_surat(head: Letterhead, width: float) -> list[Flowable]:
    """Logo at the left, the government and agency names centred, contacts, a double rule."""
    lines = [para(head.government.upper(), KOP_GOV), para(head.agency.upper(), KOP_AGENCY)]
    if head.address:
        lines.append(para(head.address, KOP_ADDRESS))
    contacts = []
    if head.phone:
        contacts.append(f"Telepon {head.phone}")
    if head.email:
        contacts.append(f"Pos-el {head.email}")
    if head.website:
        contacts.append(f"Laman {head.website}")
    if contacts:
        lines.append(para(" \u2022 ".join(contacts), KOP_ADDRESS))
    logo_w = 24 * mm
    logo: Flowable | str = ""
    if head.logo:
        reader = ImageReader(io.BytesIO(head.logo))
        iw, ih = reader.getSize()
        scale = min(logo_w / iw, 26 * mm / ih)
        logo = Image(io.BytesIO(head.logo), width=iw * scale, height=ih * scale)
    # The text stays centred on the page: an empty column of the logo's width balances it.
    table = Table(
        [[logo, lines, ""]],
        colWidths=[logo_w, width - 2 * logo_w, logo_w],
        style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (0, 0), "LEFT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
        ]),
    )
    return [table, DoubleRule(width), Spacer(1, 5 * mm)]


def fields_table(
    rows: Sequence[tuple[str, object]],
    width: float,
    *,
    label_width: float = 48 * mm,
    style: ParagraphStyle = BODY_LEFT,
    indent: float = 0,
    numbered: bool = False,
) -> Table:
    """``Nama : ...`` lines with aligned colons; values wrap inside their column."""
    data = []
    for i, (label, value) in enumerate(rows, start=1):
        shown = value if isinstance(value, Flowable) else para(or_dash(value), style)
        label_text = f"{i}. {label}" if numbered else label
        data.append([para(label_text, style), para(":" if label else "", style), shown])
    colon_w = 4 * mm
    table = Table(
        data,
        colWidths=[label_width, colon_w, width - indent - label_width - colon_w],
        hAlign="LEFT" if not indent else "RIGHT",
        style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ]),
    )
    return table


@dataclass(frozen=True)
class Signer:
    """A signature: the words above (role, title), the name, the NIP, optional meterai."""

    heading: tuple[str, ...]
    name: str = ""
    nip: str | None = ""  # None: no NIP line (a family member has none)
    meterai: bool = False
    rank: str = ""  # pangkat / golongan, printed between the name and the NIP


def signature_cell(signer: Signer, width: float, *, space: float = 20 * mm,
                   lines: int = 0, style: ParagraphStyle | None = None) -> list[Flowable]:
    """One signature; ``lines`` pads the heading so names side by side stay level."""
    center = style or BODY_CENTER
    heading = [line for line in signer.heading if line]
    out: list[Flowable] = [para(line, center) for line in heading]
    out += [para("&nbsp;", center, markup=True) for _ in range(lines - len(heading))]
    if signer.meterai:
        box = MeteraiBox()
        out.append(Table([[box]], colWidths=[width], rowHeights=[max(space, box.height + 3 * mm)],
                         style=TableStyle([("ALIGN", (0, 0), (-1, -1), "LEFT"),
                                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])))
    else:
        out.append(Spacer(1, space))
    name = signer.name.strip()
    if name:
        out.append(para(f"<b><u>{esc(name)}</u></b>", center, markup=True))
    else:
        out.append(para("(" + EMPTY_LINE + ")", center))
    if signer.rank.strip():
        out.append(para(signer.rank.strip(), center))
    if signer.nip is not None:
        nip = signer.nip.strip() or "......................"
        out.append(para(f"NIP. {nip}", center))
    return out


def signatures(signers: Sequence[Signer | None], width: float, *,
               space: float = 20 * mm, widths: Sequence[float] | None = None,
               gap: float = 6 * mm) -> Flowable:
    """Signature blocks side by side (``None`` keeps a column empty, for the right-hand
    placement of a single official's signature)."""
    return KeepTogether(signature_flowables(signers, width, space=space, widths=widths,
                                            gap=gap))


def signature_flowables(signers: Sequence[Signer | None], width: float, *,
                        space: float = 20 * mm, widths: Sequence[float] | None = None,
                        gap: float = 6 * mm,
                        style: ParagraphStyle | None = None) -> list[Flowable]:
    """:func:`signatures` as a list, to put inside a larger KeepTogether."""
    n = len(signers)
    cols = list(widths) if widths else [width / n] * n
    lines = max(len([x for x in s.heading if x]) for s in signers if s)
    row = [signature_cell(s, c - 4 * mm, space=space, lines=lines, style=style) if s else ""
           for s, c in zip(signers, cols, strict=True)]
    table = Table(
        [row],
        colWidths=cols,
        style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ]),
    )
    return [Spacer(1, gap), table]


def grid_table(
    data: list[list[object]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    style: ParagraphStyle = SMALL,
    header_style: ParagraphStyle = SMALL_CENTER,
    repeat: bool = True,
) -> Table:
    """A ruled table; cells wrap; the header repeats on every page."""
    rows = []
    for r, row in enumerate(data):
        st = header_style if r < header_rows else style
        rows.append([c if isinstance(c, Flowable) else para(or_dash(c), st) for c in row])
    table = Table(
        rows,
        colWidths=list(col_widths),
        repeatRows=header_rows if repeat else 0,
        style=TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.9, 0.9, 0.9)),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]),
    )
    return table


def plain_grid_table(
    data: list[list[str]],
    col_widths: Sequence[float],
    *,
    size: float = 8.5,
    leading: float = 10,
    header_rows: int = 1,
) -> Table:
    """A ruled table of plain text wrapped here with ``simpleSplit``: no Paragraph per cell,
    so a register of a thousand rows renders in a fraction of the time. Words longer than a
    column are broken, never left to run past the rule."""
    pad = 3
    rows = []
    for r, row in enumerate(data):
        font = FONT_BOLD if r < header_rows else FONT
        cells = []
        for text, width in zip(row, col_widths, strict=True):
            lines: list[str] = []
            for part in (str(text) if text not in (None, "") else "-").split("\n"):
                lines += _split(part, font, size, width - 2 * pad)
            cells.append("\n".join(lines))
        rows.append(cells)
    return Table(
        rows,
        colWidths=list(col_widths),
        repeatRows=header_rows,
        style=TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, size, leading),
            ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, size, leading),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.9, 0.9, 0.9)),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]),
    )


def _split(text: str, font: str, size: float, width: float) -> list[str]:
    lines = simpleSplit(text, font, size, width) or [""]
    out: list[str] = []
    for line in lines:  # a single word wider than the column: cut it into pieces
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line)
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def write_lines(n: int, width: float) -> Table:
    """Dotted lines to write on by hand (the blank form)."""
    return Table(
        [[""] for _ in range(n)],
        colWidths=[width],
        rowHeights=[7.5 * mm] * n,
        style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey, None, (1, 2))]),
    )


class Page:
    """Paper and margins of one document."""

    def __init__(self, paper: str = "A4", *, wide: bool = False) -> None:
        size = PAPERS.get(paper, A4)
        self.size = landscape(size) if wide else size
        if wide:
            self.left, self.right, self.top, self.bottom = 15 * mm, 15 * mm, 12 * mm, 14 * mm
        else:
            self.left, self.right, self.top, self.bottom = 25 * mm, 20 * mm, 12 * mm, 18 * mm

    @property
    def width(self) -> float:
        return self.size[0] - self.left - self.right


def fit_text(text: str, width: float, font: str = FONT, size: float = 8.5) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "...", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "..."


def _numbered_canvas(page: Page):
    """A canvas that holds its pages until the end, then writes "Halaman x dari y" on each
    page of a document longer than one page (and nothing on a one-page letter)."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if total > 1:
                    self.saveState()
                    self.setFont(FONT, 8.5)
                    self.setFillColor(colors.Color(0.3, 0.3, 0.3))
                    self.drawRightString(page.size[0] - page.right, page.bottom / 2,
                                         f"Halaman {self._pageNumber} dari {total}")
                    self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_ralat(canvas, page: Page, text: str) -> None:
    """The visible RALAT mark of a corrected letter, boxed at the top right of page one."""
    canvas.saveState()
    canvas.setStrokeColor(colors.Color(0.7, 0, 0))
    canvas.setFillColor(colors.Color(0.7, 0, 0))
    canvas.setLineWidth(1.2)
    canvas.setFont(FONT_BOLD, 10)
    w = stringWidth(text, FONT_BOLD, 10) + 6 * mm
    x = page.size[0] - page.right - w
    y = page.size[1] - page.top + 1 * mm
    canvas.rect(x, y, w, 6 * mm)
    canvas.drawCentredString(x + w / 2, y + 1.8 * mm, text)
    canvas.restoreState()


def build_pdf(story: list[Flowable], page: Page, *, title: str, subject: str = "",
              footer: str = "", ralat: str = "") -> tuple[bytes, int]:
    """Render ``story`` to (PDF bytes, page count); the same story gives the same bytes
    (ReportLab invariant mode). ``ralat`` prints a RALAT mark on the first page."""
    buf = io.BytesIO()
    footer = fit_text(footer, page.width - 30 * mm)

    def decorate(canvas, doc) -> None:
        if footer:
            canvas.saveState()
            canvas.setFont(FONT, 8.5)
            canvas.setFillColor(colors.Color(0.3, 0.3, 0.3))
            canvas.drawString(page.left, page.bottom / 2, footer)
            canvas.restoreState()
        if ralat and doc.page == 1:
            draw_ralat(canvas, page, ralat)

    doc = BaseDocTemplate(
        buf,
        pagesize=page.size,
        leftMargin=page.left,
        rightMargin=page.right,
        topMargin=page.top,
        bottomMargin=page.bottom,
        title=title,
        subject=subject,
        author="Rumah Singgah",
        creator="Rumah Singgah",
        invariant=1,
    )
    frame = Frame(page.left, page.bottom, page.width, page.size[1] - page.top - page.bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    doc.build(story, canvasmaker=_numbered_canvas(page))
    return buf.getvalue(), doc.page
