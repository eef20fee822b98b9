"""The letters: Surat Penjamin, Berita Acara, Surat Pengantar, Rujukan, Pemberitahuan, Disposisi.

Each builder takes a :class:`LetterContext` and returns the Platypus story under the kop surat.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from rumahsinggah.core.vocab import (
    CASE_SOURCE_LABELS,
    DECISION_OUTCOME_LABELS,
    TERMINATION_MODE_LABELS,
    DecisionOutcome,
)
from rumahsinggah.documents.context import (
    LetterContext,
    client_rows,
    local,
    local_day,
    nik_text,
)
from rumahsinggah.documents.indonesian import tanggal, tanggal_terbilang
from rumahsinggah.documents.layout import (
    BODY,
    BODY_CENTER,
    BODY_LEFT,
    COMPACT,
    COMPACT_LEFT,
    SMALL,
    SMALL_CENTER,
    TIGHT,
    TIGHT_LEFT,
    TITLE,
    Signer,
    esc,
    fields_table,
    grid_table,
    or_dash,
    para,
    signature_flowables,
    signatures,
)

GAP = Spacer(1, 3 * mm)


def title_block(title: str, number: str = "") -> list[Flowable]:
    out: list[Flowable] = [para(f"<u>{esc(title.upper())}</u>", TITLE, markup=True)]
    if number:
        out.append(para(f"Nomor: {number}", BODY_CENTER))
    out.append(Spacer(1, 4 * mm))
    return out


def official_letter_head(ctx: LetterContext, width: float, *, hal: str, lampiran: str,
                         recipient: list[str], sifat: str = "Biasa") -> list[Flowable]:
    """Nomor / Sifat / Lampiran / Hal on the left; date and ``Kepada Yth.`` on the right."""
    left_w = width * 0.58
    fields = fields_table(
        [("Nomor", ctx.number or "-"), ("Sifat", sifat), ("Lampiran", lampiran), ("Hal", hal)],
        left_w - 4 * mm, label_width=20 * mm,
    )
    to = [para("Kepada", BODY_LEFT), para("Yth. " + recipient[0], BODY_LEFT)]
    to += [para(line, BODY_LEFT) for line in recipient[1:]]
    to += [para("di", BODY_LEFT), para("&nbsp;&nbsp;&nbsp;&nbsp;Tempat", BODY_LEFT, markup=True)]
    table = Table(
        [["", para(ctx.place_date, BODY_LEFT)], [fields, to]],
        colWidths=[left_w, width - left_w],
        style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 4 * mm),
        ]),
    )
    return [table, Spacer(1, 7 * mm)]


def official_signature(ctx: LetterContext, width: float, *, dated: bool = False) -> Flowable:
    signer = ctx.signer
    heading = ((ctx.place_date,) if dated else ()) + signer.heading
    return signatures([None, Signer(heading, signer.name, signer.nip)], width)


def _witnesses(ctx: LetterContext) -> list[Signer]:
    """Witnesses from the letter's parameters, else from the termination record."""
    raw: list[Any] = list(ctx.params.get("saksi") or [])
    if not raw and ctx.termination is not None:
        raw = list(ctx.termination.witnesses or [])
    out = []
    for i, w in enumerate(raw[:3], start=1):
        if isinstance(w, dict):
            name = str(w.get("name") or w.get("nama") or "")
            nip = w.get("nip")
            title = str(w.get("title") or w.get("jabatan") or "")
        else:
            name, nip, title = str(w), None, ""
        heading = (f"Saksi {_roman(i)}",) + ((title,) if title else ())
        out.append(Signer(heading, name, nip if nip else None))
    while len(out) < 2:
        out.append(Signer((f"Saksi {_roman(len(out) + 1)}",), "", None))
    return out


def _roman(i: int) -> str:
    return ("I", "II", "III")[i - 1]


def guarantor(ctx: LetterContext) -> dict[str, str]:
    """Who picks the client up: the letter's parameters, the termination, or a relative."""
    given = ctx.params.get("penjamin") or {}
    t = ctx.termination
    base: dict[str, str] = {}
    if t is not None and t.pickup_name:
        base = {"nama": t.pickup_name, "nik": t.pickup_nik or "", "hubungan":
                t.pickup_relationship, "alamat": t.pickup_address, "telepon": t.pickup_phone}
    elif ctx.family:
        f = ctx.family[0]
        base = {"nama": f.full_name, "nik": f.nik or "", "hubungan": f.relationship,
                "alamat": ", ".join(p for p in (f.address, f.regency, f.province) if p),
                "telepon": f.phone}
    base.update({k: str(v) for k, v in given.items() if v not in (None, "")})
    return base


# -- Surat Penjamin ----------------------------------------------------------------------------

PENJAMIN_PROMISES = (
    "menerima, mengasuh, membina dan bertanggung jawab penuh atas klien tersebut setelah "
    "diserahterimakan;",
    "menjaga agar klien tidak kembali hidup menggelandang, mengemis, atau melakukan kegiatan "
    "yang mengganggu ketertiban umum;",
    "bersedia menerima kunjungan dan bimbingan lanjut dari petugas {agency};",
    "tidak akan menuntut {agency} atas segala sesuatu yang terjadi pada diri klien setelah "
    "serah terima.",
)


def surat_penjamin(ctx: LetterContext, width: float) -> list[Flowable]:
    """One page: the guarantor, the client, the promise, the signatures over a meterai."""
    g = guarantor(ctx)
    gap = Spacer(1, 2 * mm)
    compact, compact_left = (TIGHT, TIGHT_LEFT) if ctx.tight else (COMPACT, COMPACT_LEFT)
    story = title_block("Surat Penjamin", ctx.number)
    story.append(para("Yang bertanda tangan di bawah ini:", compact))
    story.append(gap)
    story.append(fields_table([
        ("Nama", g.get("nama", "")),
        ("NIK", nik_text(g.get("nik"))),
        ("Hubungan dengan klien", g.get("hubungan", "")),
        ("Alamat", g.get("alamat", "")),
        ("Nomor telepon", g.get("telepon", "")),
    ], width, style=compact_left))
    story.append(gap)
    story.append(para(
        "dengan ini menyatakan menjamin dan bertanggung jawab atas klien "
        f"{ctx.facility_name} sebagai berikut:", compact))
    story.append(gap)
    keep = {"Nama", "Nama panggilan", "NIK", "Jenis kelamin", "Tempat, tanggal lahir",
            "Alamat asal", "Nomor kasus"}
    story.append(fields_table([r for r in client_rows(ctx) if r[0] in keep], width,
                              style=compact_left))
    story.append(gap)
    agency = ctx.agency_name
    story.append(para("Dengan ini saya berjanji:", compact))
    story.append(fields_numbered(
        [p.format(agency=agency) for p in PENJAMIN_PROMISES], width, style=compact))
    story.append(gap)
    story.append(para(
        "Apabila di kemudian hari saya tidak memenuhi pernyataan ini, saya bersedia menerima "
        "sanksi sesuai dengan ketentuan peraturan perundang-undangan yang berlaku. Demikian surat "
        "penjamin ini saya buat dengan sebenarnya, dalam keadaan sadar dan tanpa paksaan dari "
        "pihak mana pun, untuk dipergunakan sebagaimana mestinya.", compact))
    officer = ctx.officer
    story.append(signatures([
        Signer(("Mengetahui,", f"Petugas {agency}") + officer.heading[1:], officer.name,
               officer.nip),
        Signer((ctx.place_date, "Yang menjamin,"), g.get("nama", ""), None, meterai=True),
    ], width, space=16 * mm if ctx.tight else 18 * mm, gap=4 * mm))
    witnesses = [Signer(w.heading[:1], w.name, w.nip) for w in _witnesses(ctx)]
    story.append(signatures(witnesses, width, space=10 * mm if ctx.tight else 12 * mm,
                            gap=2 * mm))
    return story


def fields_numbered(items: list[str], width: float, style=BODY) -> Table:
    rows = [[para(f"{i}.", style), para(text, style)] for i, text in enumerate(items, start=1)]
    return Table(rows, colWidths=[8 * mm, width - 8 * mm], style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))


# -- Berita Acara --------------------------------------------------------------------------------

def _party_block(label: str, rows: list[tuple[str, str]], width: float) -> list[Flowable]:
    table = fields_table(rows, width - 8 * mm, label_width=46 * mm)
    return [Table([[para(label, BODY_LEFT), table]], colWidths=[8 * mm, width - 8 * mm],
                  style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))]


def _belongings_table(ctx: LetterContext, width: float) -> Flowable:
    if not ctx.belongings:
        return para("Barang bawaan: tidak ada.")
    data: list[list[object]] = [["No", "Nama barang", "Jumlah", "Keadaan"]]
    for i, b in enumerate(ctx.belongings, start=1):
        data.append([str(i), b.description, str(b.quantity), b.condition])
    return grid_table(data, [12 * mm, width - 62 * mm, 20 * mm, 30 * mm])


def berita_acara(ctx: LetterContext, width: float, *, pemulangan: bool) -> list[Flowable]:
    t = ctx.termination
    when = ctx.letter_date
    if "tanggal_kejadian" not in ctx.params and t is not None:
        when = local_day(t.terminated_at) or when
    place = ctx.param("tempat") or (t.place if t is not None and t.place else ctx.facility_name)
    title = "Berita Acara Pemulangan Klien" if pemulangan else "Berita Acara Serah Terima Klien"
    story = title_block(title, ctx.number)
    story.append(para(
        f"Pada hari ini {tanggal_terbilang(when)} ({when.day:02d}-{when.month:02d}-{when.year}), "
        f"bertempat di {place}, kami yang bertanda tangan di bawah ini:"))
    story.append(GAP)
    officer = ctx.officer
    story += _party_block("1.", [
        ("Nama", officer.name or "-"),
        ("NIP", officer.nip or "-"),
        ("Jabatan", officer.heading[-1] if officer.heading else "Petugas"),
        ("Instansi", ctx.agency_name),
    ], width)
    story.append(para("selanjutnya disebut <b>PIHAK PERTAMA</b>.", markup=True))
    story.append(GAP)
    receiver = guarantor(ctx)
    receiver_rows = [("Nama", receiver.get("nama", "")), ("NIK", nik_text(receiver.get("nik")))]
    if receiver.get("instansi"):
        receiver_rows.append(("Jabatan / instansi", receiver["instansi"]))
    else:
        receiver_rows.append(("Hubungan dengan klien", receiver.get("hubungan", "")))
    receiver_rows.append(("Alamat", receiver.get("alamat", "")))
    story += _party_block("2.", receiver_rows, width)
    story.append(para("selanjutnya disebut <b>PIHAK KEDUA</b>.", markup=True))
    story.append(GAP)
    if pemulangan:
        mode = TERMINATION_MODE_LABELS.get(t.mode, t.mode) if t is not None else ""
        destination = ctx.param("tujuan") or (t.destination if t is not None else "")
        story.append(para(
            "Dengan ini PIHAK PERTAMA telah melaksanakan pemulangan klien dan menyerahkannya "
            "kepada PIHAK KEDUA, dan PIHAK KEDUA telah menerima klien tersebut dalam keadaan "
            "baik, dengan data sebagai berikut:"))
        rows = client_rows(ctx)
        if t is not None:
            rows.append(("Tanggal keluar", tanggal(local_day(t.terminated_at))))
        rows += [("Cara pemulangan", mode or "-"), ("Tujuan pemulangan", or_dash(destination))]
        if t is not None and t.escort:
            rows.append(("Petugas pengantar", t.escort))
    else:
        story.append(para(
            "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari "
            "PIHAK PERTAMA, klien sebagai berikut:"))
        rows = client_rows(ctx)
    story.append(GAP)
    story.append(fields_table(rows, width))
    story.append(GAP)
    if ctx.belongings:
        story.append(para("beserta barang bawaan klien:"))
        story.append(Spacer(1, 1.5 * mm))
        story.append(_belongings_table(ctx, width))
    else:
        story.append(para("Klien tidak membawa barang bawaan."))
    story.append(GAP)
    closing = para(
        "Sejak berita acara ini ditandatangani, tanggung jawab atas klien tersebut beralih "
        "kepada PIHAK KEDUA. Demikian berita acara ini dibuat dengan sebenarnya dalam rangkap 2 "
        "(dua) untuk dipergunakan sebagaimana mestinya.")
    # The closing words stay with the parties' signatures on the same page.
    story.append(KeepTogether([closing, *signature_flowables([
        Signer(("PIHAK KEDUA,", "Yang menerima"), receiver.get("nama", ""), None),
        Signer(("PIHAK PERTAMA,", "Yang menyerahkan"), officer.name, officer.nip),
    ], width)]))
    story.append(signatures(_witnesses(ctx), width, space=16 * mm))
    signer = ctx.signer
    story.append(signatures([None, Signer(("Mengetahui,",) + signer.heading, signer.name,
                                          signer.nip), None], width,
                            widths=[width * 0.2, width * 0.6, width * 0.2]))
    return story


# -- Official letters ----------------------------------------------------------------------------

def _closing(story: list[Flowable], text: str) -> None:
    story.append(GAP)
    story.append(para(text))


def surat_pengantar_pemulangan(ctx: LetterContext, width: float) -> list[Flowable]:
    t = ctx.termination
    c = ctx.client
    destination = ctx.param("tujuan") or (t.destination if t is not None and t.destination
                                          else "")
    home_city = ctx.city.lower() in (c.regency or "").lower() if c is not None else False
    if ctx.param("kepada"):
        recipient = ctx.param("kepada")
    elif c is not None and c.regency and not home_city:
        recipient = f"Kepala Dinas Sosial {c.regency}"
    elif c is not None and c.village:
        recipient = f"Lurah / Kepala Desa {c.village}"
    else:
        recipient = "Lurah / Kepala Desa tempat asal klien"
    story = official_letter_head(ctx, width, hal="Pengantar Pemulangan Klien",
                                 lampiran="1 (satu) berkas", recipient=[recipient])
    arrival = tanggal(local_day(ctx.stay.arrival_at)) if ctx.stay is not None else "-"
    until = tanggal(local_day(t.terminated_at)) if t is not None else tanggal(ctx.letter_date)
    story.append(para(
        f"Dengan hormat, bersama ini kami antarkan pulang klien {esc(ctx.facility_name)} yang "
        f"telah mendapatkan pelayanan sejak tanggal {arrival} sampai dengan tanggal {until}, "
        "dengan data sebagai berikut:", markup=True))
    story.append(GAP)
    rows = client_rows(ctx)
    rows.append(("Tujuan pemulangan", or_dash(destination)))
    if t is not None and t.escort:
        rows.append(("Petugas pengantar", t.escort))
    story.append(fields_table(rows, width))
    _closing(story,
             "Klien tersebut kami kembalikan kepada keluarga / daerah asalnya. Mohon bantuan "
             "Saudara untuk menerima klien serta melakukan pembinaan dan bimbingan lanjut agar "
             "klien tidak kembali ke jalan. Demikian surat pengantar ini kami sampaikan; atas "
             "perhatian dan kerja sama Saudara kami ucapkan terima kasih.")
    story.append(official_signature(ctx, width))
    story += _tembusan(ctx)
    return story


def _tembusan(ctx: LetterContext) -> list[Flowable]:
    items = ctx.params.get("tembusan") or []
    if not items:
        return []
    out: list[Flowable] = [Spacer(1, 4 * mm), para("<u>Tembusan</u>:", SMALL, markup=True)]
    out += [para(f"{i}. {item}", SMALL) for i, item in enumerate(items, start=1)]
    return out


def referral_kind(ctx: LetterContext) -> str:
    given = ctx.param("jenis")
    if given in ("kesehatan", "panti"):
        return given
    if ctx.stay is not None and (ctx.stay.health_referral_to or ctx.stay.status ==
                                 "rujuk_kesehatan"):
        return "kesehatan"
    return "panti"


def surat_rujukan(ctx: LetterContext, width: float) -> list[Flowable]:
    kind = referral_kind(ctx)
    d = ctx.decision
    if kind == "kesehatan":
        target = ctx.param("tujuan") or (ctx.stay.health_referral_to if ctx.stay else "") or \
            "Puskesmas / Rumah Sakit"
        purpose = "pemeriksaan dan perawatan kesehatan"
        hal = "Rujukan Klien ke Layanan Kesehatan"
    else:
        t = ctx.termination
        referred = t is not None and t.mode in ("dirujuk_balai_panti", "diserahkan_instansi")
        target = ctx.param("tujuan") or (d.referral_destination if d is not None else "") or (
            t.destination if referred else "") or "Balai / Panti Sosial"
        purpose = "rehabilitasi sosial lanjutan"
        hal = "Rujukan / Rekomendasi Klien"
    recipient = ctx.param("kepada") or f"Pimpinan {target}"
    story = official_letter_head(ctx, width, hal=hal, lampiran="1 (satu) berkas",
                                 recipient=[recipient])
    story.append(para(
        f"Dengan hormat, bersama ini kami rujuk dan rekomendasikan klien "
        f"{esc(ctx.facility_name)} untuk mendapatkan {purpose} di {esc(target)}, dengan data "
        "sebagai berikut:", markup=True))
    story.append(GAP)
    story.append(fields_table(client_rows(ctx), width))
    latest = ctx.assessments[-1] if ctx.assessments else None
    reason = ctx.param("alasan") or (d.reason if d is not None else "")
    if latest is not None or reason:
        story.append(GAP)
        story.append(para("Hasil asesmen pekerja sosial:"))
        rows = []
        if latest is not None:
            rows += [("Permasalahan", latest.problem), ("Kondisi fisik", latest.physical_condition)]
            if kind != "kesehatan":
                rows.append(("Kebutuhan", latest.needs))
            rows.append(("Rekomendasi", latest.recommendation))
        if reason:
            rows.append(("Pertimbangan", reason))
        rows = [(label, value) for label, value in rows
                if value or label in ("Permasalahan", "Rekomendasi")]
        story.append(fields_table(rows, width - 8 * mm, indent=8 * mm, label_width=40 * mm))
    _closing(story,
             "Sebagai bahan pertimbangan, bersama ini kami lampirkan laporan sosial klien. "
             "Demikian surat rujukan ini kami sampaikan; atas perhatian dan kerja sama Saudara "
             "kami ucapkan terima kasih.")
    story.append(official_signature(ctx, width))
    story += _tembusan(ctx)
    return story


def pemberitahuan_penerimaan(ctx: LetterContext, width: float) -> list[Flowable]:
    s = ctx.stay
    d = ctx.decision
    requester = ctx.param("kepada") or (s.requester_name if s is not None else "") or (
        ctx.referring_agency.name if ctx.referring_agency is not None else "") or "Pemohon"
    story = official_letter_head(ctx, width, hal="Pemberitahuan Penerimaan Klien",
                                 lampiran="-", recipient=[requester])
    source = CASE_SOURCE_LABELS.get(s.source, s.source).lower() if s is not None else "permohonan"
    arrival = local(s.arrival_at) if s is not None else None
    story.append(para(
        f"Dengan hormat, menindaklanjuti {esc(source)} yang kami terima pada tanggal "
        f"{tanggal(arrival)}, dengan ini kami beritahukan bahwa klien dengan data berikut:",
        markup=True))
    story.append(GAP)
    story.append(fields_table(client_rows(ctx), width))
    story.append(GAP)
    if d is None:
        outcome = ("telah kami terima dan saat ini sedang dalam proses identifikasi dan asesmen "
                   f"di {ctx.facility_name}. Keputusan penanganan lebih lanjut akan kami "
                   "sampaikan kemudian.")
    elif d.outcome == DecisionOutcome.TAMPUNG:
        outcome = (f"telah diterima di {ctx.facility_name} dan berdasarkan hasil asesmen serta "
                   f"keputusan Kepala Bidang tanggal {tanggal(local(d.decided_at))} ditampung "
                   "untuk mendapatkan pelayanan dan intervensi rehabilitasi sosial.")
    elif d.outcome == DecisionOutcome.RUJUK:
        outcome = ("berdasarkan hasil asesmen serta keputusan Kepala Bidang tanggal "
                   f"{tanggal(local(d.decided_at))} dirujuk untuk penanganan lanjutan ke "
                   f"{d.referral_destination or 'lembaga yang berwenang'}.")
    else:
        outcome = ("berdasarkan hasil asesmen serta keputusan Kepala Bidang tanggal "
                   f"{tanggal(local(d.decided_at))} tidak dapat ditampung.")
    story.append(para(outcome))
    if d is not None and d.reason:
        story.append(GAP)
        story.append(fields_table([("Alasan / pertimbangan", d.reason)], width,
                                  label_width=45 * mm))
    _closing(story, "Demikian pemberitahuan ini kami sampaikan; atas perhatian dan kerja sama "
                    "Saudara kami ucapkan terima kasih.")
    story.append(official_signature(ctx, width))
    return story


# -- Disposisi -----------------------------------------------------------------------------------

def _box(checked: bool) -> str:
    return "[ X ]" if checked else "[&nbsp;&nbsp;&nbsp;&nbsp;]"


def disposisi(ctx: LetterContext, width: float) -> list[Flowable]:
    s = ctx.stay
    d = ctx.decision
    story = [para("<u>LEMBAR DISPOSISI</u>", TITLE, markup=True), Spacer(1, 5 * mm)]
    source = CASE_SOURCE_LABELS.get(s.source, s.source) if s is not None else "-"
    if ctx.referring_agency is not None:
        source += f" ({ctx.referring_agency.name})"
    elif s is not None and s.requester_name:
        source += f" ({s.requester_name})"
    half = width / 2
    top = [
        [para(f"Nomor agenda: {esc(ctx.number or '-')}", SMALL, markup=True),
         para(f"Tanggal diterima: {tanggal(local(s.arrival_at) if s else None)}", SMALL)],
        [para(f"Asal: {esc(source)}", SMALL, markup=True),
         para(f"Sifat: {esc(ctx.param('sifat', 'Segera'))}", SMALL, markup=True)],
        [para(f"Hal: Penanganan klien a.n. <b>{esc(ctx.client_name())}</b>, nomor kasus "
              f"{esc(s.case_number if s else '-')}", SMALL, markup=True), ""],
    ]
    outcome = d.outcome if d is not None else ""
    choices = "<br/>".join(
        f"{_box(outcome == code)} {esc(label)}" for code, label in DECISION_OUTCOME_LABELS.items()
    )
    forward = ctx.params.get("diteruskan") or ["Pekerja Sosial", "Pramu Sosial"]
    forward_text = "<br/>".join(f"{_box(True)} {esc(x)}" for x in forward)
    instr = [para("<b>Keputusan Kepala Bidang:</b>", SMALL, markup=True),
             para(choices, SMALL, markup=True), Spacer(1, 2 * mm),
             para("<b>Isi disposisi / alasan:</b>", SMALL, markup=True),
             para(or_dash(d.reason if d is not None else ctx.param("isi")), SMALL)]
    if d is not None and d.referral_destination:
        instr.append(para(f"Tujuan rujukan: {esc(d.referral_destination)}", SMALL, markup=True))
    submitted = [a for a in ctx.assessments if a.submitted_at is not None]
    latest = (submitted or ctx.assessments or [None])[-1]
    summary = [para("<b>Ringkasan asesmen:</b>", SMALL, markup=True)]
    if latest is not None:
        summary += [para(f"Permasalahan: {or_dash(latest.problem)}", SMALL),
                    para(f"Rekomendasi: {or_dash(latest.recommendation)}", SMALL)]
    else:
        summary.append(para("Belum ada asesmen.", SMALL))
    summary += [Spacer(1, 2 * mm), para("<b>Diteruskan kepada:</b>", SMALL, markup=True),
                para(forward_text, SMALL, markup=True)]
    decided = tanggal(local(d.decided_at)) if d is not None else "...................."
    signer = ctx.signer
    sign_cell = [para(f"Tanggal: {decided}", SMALL_CENTER)] + [
        para(x, SMALL_CENTER) for x in signer.heading] + [
        Spacer(1, 16 * mm),
        para(f"<b><u>{esc(signer.name)}</u></b>" if signer.name else "(" + "." * 40 + ")",
             SMALL_CENTER, markup=bool(signer.name)),
        para(f"NIP. {signer.nip or '......................'}", SMALL_CENTER)]
    rows = top + [[summary, instr], [para("Catatan / paraf:", SMALL), sign_cell]]
    table = Table(rows, colWidths=[half, half], style=TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (0, 2), (1, 2)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    story.append(table)
    story.append(Spacer(1, 4 * mm))
    story.append(para("Lembar disposisi ini dilampirkan pada berkas kasus klien.", SMALL))
    return story
