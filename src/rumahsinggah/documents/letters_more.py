"""The letters the standards and a Dinas also need: coordination and family tracing with the
origin's Dinas Sosial, the receipt for belongings, the statement of the person responsible,
the escort's assignment letter (surat tugas) and the home-visit report."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rumahsinggah.documents.context import (
    LetterContext,
    client_age,
    client_rows,
    local,
    local_day,
    nik_text,
)
from rumahsinggah.documents.indonesian import tanggal
from rumahsinggah.documents.layout import (
    BODY_CENTER,
    Signer,
    fields_table,
    or_dash,
    para,
    signature_flowables,
)
from rumahsinggah.documents.letters import (
    GAP,
    _belongings_table,
    _tembusan,
    closing_and_signature,
    fields_numbered,
    guarantor,
    length_of_stay,
    letter_client_rows,
    official_letter_head,
    title_block,
)


def _origin_dinas(ctx: LetterContext) -> str:
    c = ctx.client
    region = (c.regency if c is not None else "") or "daerah asal klien"
    return f"Kepala Dinas Sosial {region}"


def surat_koordinasi(ctx: LetterContext, width: float) -> list[Flowable]:
    """To the Dinas Sosial of the client's origin: please trace the family, answer by a day."""
    from rumahsinggah.services.letters import reply_due  # the due day is the service's rule

    recipient = ctx.param("kepada") or _origin_dinas(ctx)
    hal = "Koordinasi dan Penelusuran Keluarga Klien"
    ctx.subject, ctx.recipient = hal, recipient
    story = official_letter_head(ctx, width, hal=hal, lampiran="-", recipient=[recipient],
                                 sifat="Segera")
    arrival = tanggal(local_day(ctx.stay.arrival_at)) if ctx.stay is not None else "-"
    story.append(para(
        f"Dengan hormat, bersama ini kami sampaikan bahwa sejak tanggal {arrival} "
        f"{ctx.facility_name} menampung seorang klien yang menurut keterangannya berasal dari "
        "wilayah Saudara, dengan data sebagai berikut:"))
    story.append(GAP)
    story.append(fields_table(letter_client_rows(ctx), width))
    tried = [f"{tanggal(local_day(t.attempted_at))}: {t.method}"
             + (f" ({t.counterpart})" if t.counterpart else "") + f", {t.result}"
             for t in ctx.tracing]
    if tried:
        story.append(GAP)
        story.append(para("Upaya penelusuran keluarga yang telah kami lakukan:"))
        story.append(fields_numbered(tried, width))
    due = reply_due(ctx)
    story.append(GAP)
    story.append(para(
        "Sehubungan dengan hal tersebut, kami mohon bantuan Saudara untuk menelusuri keberadaan "
        "keluarga klien, memastikan kesediaan keluarga menerima kembali klien, dan "
        f"menyampaikan jawaban kepada kami paling lambat tanggal {tanggal(due)}."))
    return story + closing_and_signature(
        ctx, width, "Demikian surat ini kami sampaikan; atas perhatian dan kerja sama Saudara "
                    "kami ucapkan terima kasih.")


def tanda_terima_barang(ctx: LetterContext, width: float) -> list[Flowable]:
    """The receipt for belongings handed in at intake, signed by the client and the officer."""
    ctx.subject = "Tanda terima barang bawaan"
    ident = ctx.identification
    officer = ctx.officer_of(ident.officer_id) if ident is not None else None
    officer = officer or ctx.officer
    story = title_block("Tanda Terima Barang Bawaan Klien")
    arrival = local(ctx.stay.arrival_at) if ctx.stay is not None else None
    story.append(para(
        f"Pada tanggal {tanggal(arrival)}, petugas {ctx.facility_name} telah menerima dan "
        "menyimpan barang bawaan klien berikut:"))
    story.append(GAP)
    keep = {"Nama", "NIK", "Tempat, tanggal lahir", "Nomor kasus", "Tanggal masuk"}
    story.append(fields_table([r for r in client_rows(ctx) if r[0] in keep], width))
    story.append(GAP)
    story.append(_belongings_table(ctx, width))
    story.append(KeepTogether([
        GAP,
        para("Barang tersebut dikembalikan kepada klien atau penjaminnya pada saat klien "
             "keluar. Tanda terima ini dibuat rangkap 2 (dua): satu untuk klien, satu untuk "
             "berkas kasus."),
        *signature_flowables([
            Signer(("Yang menyerahkan,", "Klien"), ctx.client_name(), None),
            Signer((ctx.place_date, "Yang menerima,") + officer.heading[-1:], officer.name,
                   officer.nip),
        ], width, space=18 * mm),
    ]))
    return story


def surat_pernyataan(ctx: LetterContext, width: float) -> list[Flowable]:
    """The person responsible states they take the client and answer for them."""
    g = guarantor(ctx)
    ctx.subject, ctx.recipient = "Surat pernyataan penanggung jawab", g.get("nama", "")
    story = title_block("Surat Pernyataan Penanggung Jawab")
    story.append(para("Saya yang bertanda tangan di bawah ini:"))
    story.append(GAP)
    story.append(fields_table([
        ("Nama", g.get("nama", "")), ("NIK", nik_text(g.get("nik"))),
        ("Hubungan dengan klien", g.get("hubungan", "")), ("Alamat", g.get("alamat", "")),
        ("Nomor telepon", g.get("telepon", "")),
    ], width))
    story.append(GAP)
    story.append(para("dengan ini menyatakan bertanggung jawab atas klien:"))
    story.append(GAP)
    keep = {"Nama", "NIK", "Tempat, tanggal lahir", "Alamat asal", "Nomor kasus"}
    story.append(fields_table([r for r in client_rows(ctx) if r[0] in keep], width))
    story.append(GAP)
    story.append(para("dan menyatakan:"))
    story.append(fields_numbered([
        "klien tersebut adalah benar keluarga / tanggungan saya;",
        "saya menerima klien dari " + ctx.facility_name + " dalam keadaan sebagaimana "
        "tercatat pada berita acara serah terima;",
        "saya bertanggung jawab atas keselamatan, pengasuhan dan kebutuhan klien selanjutnya;",
        "saya bersedia dihubungi dan dikunjungi petugas untuk bimbingan lanjut.",
    ], width))
    story.append(KeepTogether([
        GAP,
        para("Demikian surat pernyataan ini saya buat dengan sebenarnya, dalam keadaan sadar "
             "dan tanpa paksaan dari pihak mana pun."),
        *signature_flowables([
            None, Signer((ctx.place_date, "Yang menyatakan,"), g.get("nama", ""), None,
                         meterai=True)], width, space=18 * mm),
    ]))
    return story


def surat_tugas(ctx: LetterContext, width: float) -> list[Flowable]:
    """The assignment of the officer escorting a client home."""
    t = ctx.termination
    ctx.subject = "Tugas pengantaran klien"
    ctx.recipient = t.escort if t is not None else ""
    story = title_block("Surat Tugas", ctx.number)
    story.append(fields_table([
        ("Dasar", "Standar pelayanan pemulangan klien dan keputusan terminasi kasus "
                  f"{ctx.stay.case_number if ctx.stay is not None else '-'}"),
    ], width))
    story.append(GAP)
    story.append(para("MENUGASKAN:", BODY_CENTER))
    story.append(GAP)
    escorts = [e.strip() for e in (t.escort if t is not None else "").split(",") if e.strip()]
    story.append(fields_table([("Kepada", ", ".join(escorts) or "-")], width))
    story.append(GAP)
    c = ctx.client
    story.append(fields_table([
        ("Untuk", f"mengantar pulang klien atas nama {ctx.client_name()} (NIK "
                  f"{nik_text(c.nik if c is not None else None)}, umur "
                  f"{client_age(ctx)}) ke "
                  f"{or_dash(t.destination if t is not None else '')} dan menyerahkannya kepada "
                  "keluarga / pihak yang berwenang dengan berita acara;"),
        ("Waktu", tanggal(local_day(t.terminated_at)) if t is not None else "-"),
        ("Lama tinggal klien", length_of_stay(ctx)),
        ("Lain-lain", "melaporkan pelaksanaan tugas kepada pimpinan setelah kembali."),
    ], width))
    story.append(Spacer(1, 2 * mm))
    return story + closing_and_signature(
        ctx, width, "Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung "
                    "jawab.")


def laporan_kunjungan_rumah(ctx: LetterContext, width: float) -> list[Flowable]:
    """The report of the latest home visit (bimbingan lanjut) after the client went home."""
    visit = ctx.home_visits[-1] if ctx.home_visits else None
    ctx.subject = "Laporan kunjungan rumah"
    officer = (ctx.officer_of(visit.officer_id) if visit is not None else None) or ctx.officer
    story = title_block("Laporan Kunjungan Rumah")
    keep = {"Nama", "NIK", "Tempat, tanggal lahir", "Alamat asal", "Nomor kasus"}
    story.append(fields_table([r for r in client_rows(ctx) if r[0] in keep], width))
    story.append(GAP)
    t = ctx.termination
    when = "belum dilaksanakan"
    if visit is not None:
        when = tanggal(local(visit.visited_at)) if visit.visited_at else \
            f"dijadwalkan {tanggal(visit.scheduled_for)}"
    story.append(fields_table([
        ("Tanggal keluar", tanggal(local_day(t.terminated_at)) if t is not None else "-"),
        ("Kunjungan", when),
        ("Petugas", officer.name or "-"),
        ("Hasil kunjungan", visit.result if visit is not None else ""),
        ("Catatan", visit.notes if visit is not None else ""),
    ], width))
    story.append(KeepTogether([
        GAP,
        para("Demikian laporan kunjungan rumah ini dibuat untuk dipergunakan sebagaimana "
             "mestinya."),
        *signature_flowables([
            Signer(("Mengetahui,",) + ctx.signer.heading, ctx.signer.name, ctx.signer.nip,
                   rank=ctx.signer.rank),
            Signer((ctx.place_date, "Petugas,") + officer.heading[-1:], officer.name,
                   officer.nip),
        ], width, space=18 * mm),
        *_tembusan(ctx),
    ]))
    return story
