"""Turn a :class:`LetterContext` into PDF bytes: the kop surat, then the document's story."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from rumahsinggah.core.errors import DomainError
from rumahsinggah.documents import complaint_letters, letters, letters_more, reports
from rumahsinggah.documents.context import LetterContext
from rumahsinggah.documents.layout import Page, build_pdf, kop_surat
from rumahsinggah.i18n import _, indonesian

Builder = Callable[[LetterContext, float], list[Flowable]]

BUILDERS: dict[str, Builder] = {
    "surat_penjamin": letters.surat_penjamin,
    "ba_serah_terima": lambda ctx, w: letters.berita_acara(ctx, w, pemulangan=False),
    "ba_pemulangan": lambda ctx, w: letters.berita_acara(ctx, w, pemulangan=True),
    "surat_pengantar_pemulangan": letters.surat_pengantar_pemulangan,
    "surat_rujukan": letters.surat_rujukan,
    "pemberitahuan_penerimaan": letters.pemberitahuan_penerimaan,
    "disposisi": letters.disposisi,
    "surat_koordinasi": letters_more.surat_koordinasi,
    "tanda_terima_barang": letters_more.tanda_terima_barang,
    "surat_pernyataan": letters_more.surat_pernyataan,
    "surat_tugas": letters_more.surat_tugas,
    "laporan_kunjungan_rumah": letters_more.laporan_kunjungan_rumah,
    "laporan_sosial": reports.laporan_sosial,
    "formulir_asesmen": reports.formulir_asesmen,
    "buku_data": reports.buku_data,
    "case_record": reports.case_record,
    "tanda_terima_pengaduan": complaint_letters.tanda_terima_pengaduan,
    "balasan_pengaduan": complaint_letters.balasan_pengaduan,
}
WIDE = {"buku_data"}
# Drawn again in a tighter style when they run over a page (a Berita Acara fits one sheet,
# an outgoing letter keeps to one page where the text allows).
ONE_PAGE = {"surat_penjamin", "ba_serah_terima", "ba_pemulangan", "surat_pengantar_pemulangan",
            "surat_rujukan", "pemberitahuan_penerimaan", "surat_koordinasi", "surat_tugas",
            "tanda_terima_pengaduan"}  # drawn again in a tighter style when it runs over a page


# Letters whose title follows the case (a Berita Acara Serah Terima Jenazah, a Pemberitahuan
# Penolakan): the builder's subject names the document in the footer and the PDF title.
TITLE_FROM_SUBJECT = {"ba_serah_terima", "ba_pemulangan", "pemberitahuan_penerimaan"}


def _footer(ctx: LetterContext) -> str:
    title = ctx.subject if ctx.letter_type in TITLE_FROM_SUBJECT and ctx.subject else ctx.title
    footer = title + (f" \u2022 Nomor {ctx.number}" if ctx.number else "")
    if ctx.version > 1:
        footer += f" \u2022 Ralat ke-{ctx.version - 1}"
    if ctx.client is not None:
        footer += f" \u2022 {ctx.client.full_name}"
    return footer


def render(ctx: LetterContext) -> bytes:
    """The PDF of ``ctx``; the same context always gives the same bytes."""
    builder = BUILDERS.get(ctx.letter_type)
    if builder is None:
        raise DomainError(_("Jenis surat '{letter_type}' tidak dikenal.").format(letter_type=ctx.letter_type), field="letter_type")
    page = Page(ctx.paper, wide=ctx.letter_type in WIDE)
    ralat = f"RALAT ke-{ctx.version - 1}" if ctx.version > 1 else ""
    pdf = b""
    for tight in (False, True):
        ctx.tight = tight
        with indonesian():  # an official letter, whatever the interface language
            story = kop_surat(ctx.letterhead, page.width) + builder(ctx, page.width)
        title = _footer(ctx).split(" \u2022 ")[0]
        pdf, pages = build_pdf(story, page, title=title, subject=ctx.number,
                               footer=_footer(ctx), ralat=ralat)
        if pages == 1 or ctx.letter_type not in ONE_PAGE:
            break
    ctx.tight = False
    return pdf
