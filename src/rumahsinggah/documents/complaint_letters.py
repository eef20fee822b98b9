"""The complaint letters: the receipt for the complainant (tanda terima pengaduan) and the
reply letter (surat tanggapan pengaduan). Everything they print comes from the letter's
params, filled by ``services.complaint_letters`` (times already on the facility's clock), so
a reprint or a correction draws the same text."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from rumahsinggah.documents.context import LetterContext
from rumahsinggah.documents.layout import Signer, fields_table, or_dash, para, signature_flowables
from rumahsinggah.documents.letters import (
    GAP,
    closing_and_signature,
    official_letter_head,
    title_block,
)


def tanda_terima_pengaduan(ctx: LetterContext, width: float) -> list[Flowable]:
    """What was received, when, through which channel, and by when an answer is due."""
    name = ctx.param("pengadu", "Anonim")
    ctx.subject, ctx.recipient = "Tanda terima pengaduan", name
    story = title_block("Tanda Terima Pengaduan", ctx.number)
    story.append(para(f"{ctx.facility_name} telah menerima pengaduan dengan keterangan "
                      "berikut:"))
    story.append(GAP)
    rows = [
        ("Diterima", ctx.param("diterima", "-")),
        ("Saluran", ctx.param("saluran", "-")),
        ("Nama pengadu", name),
        ("Kontak", or_dash(ctx.param("kontak"))),
    ]
    if ctx.param("identitas"):
        rows.append(("Dokumen identitas", ctx.param("identitas")))
    if ctx.param("kasus"):
        rows.append(("Terkait kasus", ctx.param("kasus")))
    rows.append(("Isi pengaduan", ctx.param("isi", "-")))
    story.append(fields_table(rows, width))
    story.append(GAP)
    due = ctx.param("batas_tanggapan")
    if due:
        story.append(para(
            f"Sesuai standar pelayanan ({ctx.param('ketentuan', 'batas waktu tanggapan')}), "
            f"tanggapan atas pengaduan ini disampaikan paling lambat {due}."))
    else:
        story.append(para("Pengaduan ini akan ditindaklanjuti sesuai standar pelayanan."))
    officer = ctx.officer
    story.append(KeepTogether([
        GAP,
        para("Demikian tanda terima ini dibuat untuk disimpan oleh pengadu sebagai bukti "
             "penyampaian pengaduan."),
        *signature_flowables([
            Signer(("Pengadu,",), name if name != "Anonim" else "", None),
            Signer((ctx.place_date, "Yang menerima,") + officer.heading[-1:], officer.name,
                   officer.nip),
        ], width, space=18 * mm),
    ]))
    return story


def balasan_pengaduan(ctx: LetterContext, width: float) -> list[Flowable]:
    """The official answer to the complainant, under the issuing office's signatory."""
    name = ctx.param("pengadu", "Anonim")
    recipient = name if name != "Anonim" else "Pengadu"
    hal = "Tanggapan atas Pengaduan"
    ctx.subject, ctx.recipient = hal, recipient
    lines = [recipient]
    story = official_letter_head(ctx, width, hal=hal, lampiran="-", recipient=lines)
    receipt = ctx.param("nomor_tanda_terima")
    story.append(para(
        f"Dengan hormat, menindaklanjuti pengaduan Saudara yang kami terima pada "
        f"{ctx.param('diterima', '-')} melalui {ctx.param('saluran', '-')}"
        + (f" (tanda terima nomor {receipt})" if receipt else "")
        + ", perihal:"))
    story.append(GAP)
    story.append(fields_table([("Isi pengaduan", ctx.param("isi", "-"))], width))
    story.append(GAP)
    story.append(para("dengan ini kami sampaikan tanggapan sebagai berikut:"))
    story.append(GAP)
    for chunk in str(ctx.param("tanggapan", "-")).split("\n"):
        if chunk.strip():
            story.append(para(chunk.strip()))
    return story + closing_and_signature(
        ctx, width, "Demikian tanggapan ini kami sampaikan; atas perhatian dan kepedulian "
                    "Saudara kami ucapkan terima kasih.")
