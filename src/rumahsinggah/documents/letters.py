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
    TERMINATION_BASIS_LABELS,
    TERMINATION_MODE_LABELS,
    DecisionOutcome,
    TerminationMode,
)
from rumahsinggah.documents.context import (
    LetterContext,
    client_rows,
    local,
    local_day,
    nik_text,
)
from rumahsinggah.documents.indonesian import tanggal, tanggal_terbilang, terbilang
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

# Letters are Indonesian whatever the interface language: the source tables, untranslated.
CASE_SOURCE_LABELS = CASE_SOURCE_LABELS.source()
DECISION_OUTCOME_LABELS = DECISION_OUTCOME_LABELS.source()
TERMINATION_BASIS_LABELS = TERMINATION_BASIS_LABELS.source()
TERMINATION_MODE_LABELS = TERMINATION_MODE_LABELS.source()

GAP = Spacer(1, 3 * mm)
LABEL_W = 48 * mm  # every label column of a document: its colons line up


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
    return [table, Spacer(1, 4 * mm if ctx.tight else 7 * mm)]


def official_signature(ctx: LetterContext, width: float, *, dated: bool = False) -> Flowable:
    signer = ctx.signer
    heading = ((ctx.place_date,) if dated else ()) + signer.heading
    return signatures([None, Signer(heading, signer.name, signer.nip, rank=signer.rank)], width)


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
    ctx.subject, ctx.recipient = "Surat Penjamin", g.get("nama", "")
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

def _party_block(label: str, rows: list[tuple[str, str]], width: float,
                 style=BODY_LEFT) -> list[Flowable]:
    # 8 mm for the number + 40 mm labels: the colons line up with the client's fields.
    table = fields_table(rows, width - 8 * mm, label_width=LABEL_W - 8 * mm, style=style)
    return [Table([[para(label, style), table]], colWidths=[8 * mm, width - 8 * mm],
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


RESIDENCY_LIMIT_DAYS = 21  # the standards' rule: a rumah singgah stay is at most 21 days


def length_of_stay(ctx: LetterContext) -> str:
    """``30 hari``; beyond the limit ``lebih dari 21 hari (30 hari)``."""
    if ctx.stay is None:
        return "-"
    start = local_day(ctx.stay.arrival_at)
    t = ctx.termination
    end = local_day(t.terminated_at) if t is not None else ctx.letter_date
    days = max((end - start).days, 0) + 1 if start and end else 0
    if days > RESIDENCY_LIMIT_DAYS:
        return f"lebih dari {RESIDENCY_LIMIT_DAYS} hari ({days} hari)"
    return f"{days} hari"


def termination_basis(ctx: LetterContext) -> str:
    t = ctx.termination
    if t is None:
        return "-"
    if t.mode == TerminationMode.MENINGGAL:
        return "Klien meninggal dunia"
    if t.mode == TerminationMode.PERGI:
        return "Klien meninggalkan tempat tanpa pemberitahuan"
    return TERMINATION_BASIS_LABELS.get(t.basis, t.basis) or "-"


def receiving_party(ctx: LetterContext) -> tuple[list[tuple[str, str]], str, str | None]:
    """PIHAK KEDUA's rows, name and NIP: the receiving agency's officer or the family."""
    t = ctx.termination
    agency = ctx.receiving_agency
    handed_over = t is not None and t.mode in (TerminationMode.DIRUJUK,
                                               TerminationMode.DISERAHKAN)
    if handed_over and (agency is not None or t.receiving_name or t.destination):
        agency_name = agency.name if agency is not None else (t.destination or "")
        address = (agency.address if agency is not None else "") or (
            t.destination if agency is not None and t.destination != agency.name else "")
        name = ctx.param("penerima") or t.receiving_name
        rows = [("Nama", name), ("NIP", t.receiving_nip or "-"),
                ("Jabatan", t.receiving_title or "-"), ("Instansi", agency_name)]
        if address:
            rows.append(("Alamat", address))
        return rows, name, t.receiving_nip or ""
    g = guarantor(ctx)
    rows = [("Nama", g.get("nama", "")), ("NIK", nik_text(g.get("nik")))]
    if g.get("instansi"):
        rows.append(("Jabatan / instansi", g["instansi"]))
    else:
        rows.append(("Hubungan dengan klien", g.get("hubungan", "")))
    rows.append(("Alamat", g.get("alamat", "")))
    return rows, g.get("nama", ""), None


BA_TITLES = {
    TerminationMode.MENINGGAL: "Berita Acara Serah Terima Jenazah",
    TerminationMode.PERGI: "Berita Acara Klien Pergi Tanpa Pemberitahuan",
    TerminationMode.DIRUJUK: "Berita Acara Serah Terima Klien",
    TerminationMode.DISERAHKAN: "Berita Acara Serah Terima Klien",
}


def berita_acara(ctx: LetterContext, width: float, *, pemulangan: bool) -> list[Flowable]:
    """The Berita Acara for the way the stay ended: pickup, delivery home, handover to an
    agency, death (serah terima jenazah) or leaving without notice."""
    t = ctx.termination
    mode = t.mode if t is not None else ""
    body, left = (TIGHT, TIGHT_LEFT) if ctx.tight else (BODY, BODY_LEFT)
    gap = Spacer(1, 1.2 * mm) if ctx.tight else GAP
    when = ctx.letter_date
    if "tanggal_kejadian" not in ctx.params and t is not None:
        when = local_day(t.terminated_at) or when
    place = ctx.param("tempat") or (t.place if t is not None and t.place else ctx.facility_name)
    default_title = "Berita Acara Pemulangan Klien" if pemulangan else \
        "Berita Acara Serah Terima Klien"
    title = default_title if pemulangan else BA_TITLES.get(mode, default_title)
    ctx.subject = title
    story = title_block(title, ctx.number)
    story.append(para(
        f"Pada hari ini {tanggal_terbilang(when)} ({when.day:02d}-{when.month:02d}-{when.year}), "
        f"bertempat di {place}, kami yang bertanda tangan di bawah ini:", body))
    story.append(gap)
    officer = ctx.officer
    jabatan = officer.heading[-1] if officer.heading else "Petugas"
    first = [("Nama", officer.name or "-"), ("NIP", officer.nip or "-")]
    if ctx.tight and len(jabatan) + len(ctx.agency_name) < 70:
        first.append(("Jabatan / instansi", f"{jabatan}, {ctx.agency_name}"))
    else:
        first += [("Jabatan", jabatan), ("Instansi", ctx.agency_name)]
    story += _party_block("1.", first, width, style=left)
    alone = mode == TerminationMode.PERGI
    story.append(para("selanjutnya disebut <b>PIHAK PERTAMA</b>.", body, markup=True))
    story.append(gap)
    receiver_name, receiver_nip = "", None
    if not alone:
        rows, receiver_name, receiver_nip = receiving_party(ctx)
        ctx.recipient = receiver_name or (rows[3][1] if len(rows) > 3 else "")
        story += _party_block("2.", rows, width, style=left)
        story.append(para("selanjutnya disebut <b>PIHAK KEDUA</b>.", body, markup=True))
        story.append(gap)
    keep = {"Nama", "NIK", "Jenis kelamin", "Tempat, tanggal lahir", "Alamat asal",
            "Nomor kasus", "Tanggal masuk"}
    facts = [r for r in client_rows(ctx) if r[0] in keep]
    if t is not None:
        facts.append(("Tanggal keluar", tanggal(local_day(t.terminated_at))))
    facts += [("Lama tinggal", length_of_stay(ctx)), ("Dasar terminasi", termination_basis(ctx))]
    if ctx.tight:  # one line for the stay's dates instead of three
        facts = [r for r in facts if r[0] not in ("Tanggal masuk", "Tanggal keluar")]
        if ctx.stay is not None and t is not None:
            facts.insert(-2, ("Tanggal masuk / keluar",
                              f"{tanggal(local_day(ctx.stay.arrival_at))} s.d. "
                              f"{tanggal(local_day(t.terminated_at))}"))
    if mode == TerminationMode.MENINGGAL:
        cause = ctx.param("sebab") or (t.notes if t is not None else "")
        story.append(para(
            "PIHAK PERTAMA menyatakan bahwa klien tersebut di bawah ini telah meninggal dunia, "
            "dan PIHAK PERTAMA menyerahkan jenazah klien kepada PIHAK KEDUA, dan PIHAK KEDUA "
            "menerima jenazah tersebut:", body))
        facts.append(("Meninggal dunia", f"{tanggal(local(t.terminated_at))} di {place}"))
        if cause:
            facts.append(("Keterangan", cause))
    elif alone:
        facts[-3] = ("Terakhir terlihat", tanggal(local_day(t.terminated_at)))
        story.append(para(
            "PIHAK PERTAMA menyatakan bahwa klien tersebut di bawah ini telah meninggalkan "
            f"{ctx.facility_name} tanpa pemberitahuan, dan sampai berita acara ini dibuat tidak "
            "kembali:", body))
        if t.notes:
            facts.append(("Keterangan", t.notes))
    elif pemulangan:
        destination = ctx.param("tujuan") or (t.destination if t is not None else "")
        story.append(para(
            "Dengan ini PIHAK PERTAMA telah melaksanakan pemulangan klien dan menyerahkannya "
            "kepada PIHAK KEDUA, dan PIHAK KEDUA telah menerima klien tersebut, dengan data "
            "sebagai berikut:", body))
        how = TERMINATION_MODE_LABELS.get(mode, mode) or "-"
        escort = t.escort if t is not None else ""
        if ctx.tight and escort:  # one line: how, and by whom
            facts.append(("Cara pemulangan", f"{how}, diantar oleh {escort}"))
        else:
            facts.append(("Cara pemulangan", how))
        if not (ctx.tight and destination.strip() == guarantor(ctx).get("alamat", "").strip()):
            facts.append(("Tujuan pemulangan", or_dash(destination)))
        if escort and not ctx.tight:
            facts.append(("Petugas pengantar", escort))
    else:
        story.append(para(
            "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari "
            "PIHAK PERTAMA, klien sebagai berikut:", body))
        if mode in (TerminationMode.DIRUJUK, TerminationMode.DISERAHKAN):
            facts.append(("Cara terminasi", TERMINATION_MODE_LABELS.get(mode, mode)))
    story.append(gap)
    story.append(fields_table(facts, width, style=left))
    story.append(gap)
    if alone:
        story.append(para("Barang bawaan klien yang ditinggalkan disimpan oleh PIHAK PERTAMA."
                          if ctx.belongings else "Klien tidak meninggalkan barang bawaan.", body))
    elif ctx.belongings and ctx.tight and len(ctx.belongings) <= 4:
        items = "; ".join(f"{b.quantity} {b.description}" + (f" ({b.condition})"
                                                             if b.condition else "")
                          for b in ctx.belongings)
        story.append(para(f"beserta barang bawaan klien: {items}.", body))
    elif ctx.belongings:
        story.append(para("beserta barang bawaan klien:", body))
        story.append(Spacer(1, 1.5 * mm))
        story.append(_belongings_table(ctx, width))
    else:
        story.append(para("Klien tidak membawa barang bawaan.", body))
    story.append(gap)
    if alone:
        closing_text = ("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
                        "sebagaimana mestinya.")
        parties = [None, Signer(("Yang membuat,",) + officer.heading[-1:], officer.name,
                                officer.nip)]
    else:
        what = "jenazah" if mode == TerminationMode.MENINGGAL else "klien"
        closing_text = (
            f"Sejak berita acara ini ditandatangani, tanggung jawab atas {what} tersebut beralih "
            "kepada PIHAK KEDUA. Demikian berita acara ini dibuat dengan sebenarnya dalam "
            "rangkap 2 (dua) untuk dipergunakan sebagaimana mestinya.")
        parties = [Signer(("PIHAK KEDUA, yang menerima",), receiver_name, receiver_nip),
                   Signer(("PIHAK PERTAMA, yang menyerahkan",), officer.name, officer.nip)]
    space = 10 * mm if ctx.tight else 15 * mm
    sig = SMALL_CENTER if ctx.tight else None
    signer = ctx.signer
    witnesses = _witnesses(ctx)
    known = Signer(("Mengetahui,",) + signer.heading, signer.name, signer.nip, rank=signer.rank)
    # Witnesses either side of the official who acknowledges: two rows of signatures, and
    # the closing words travel with them, so no page holds signatures alone.
    row2: list[Signer | None] = [witnesses[0], known, witnesses[1]]
    story.append(KeepTogether([
        para(closing_text, body),
        *signature_flowables(parties, width, space=space, gap=3 * mm, style=sig),
        *signature_flowables(row2, width, space=space, gap=2 * mm, style=sig,
                             widths=[width * 0.3, width * 0.4, width * 0.3]),
        *(signature_flowables(witnesses[2:], width, space=space, gap=2 * mm, style=sig)
          if len(witnesses) > 2 else []),
    ]))
    return story


# -- Official letters ----------------------------------------------------------------------------

def letter_client_rows(ctx: LetterContext) -> list[tuple[str, str]]:
    """The client's identity in an outgoing letter; the second, tighter pass keeps only what
    identifies the person, so the letter fits one page."""
    rows = client_rows(ctx)
    if ctx.tight:
        rows = [r for r in rows if r[0] not in ("Nama panggilan", "Agama", "Kategori PPKS")]
    return rows


def closing_and_signature(ctx: LetterContext, width: float, text: str) -> list[Flowable]:
    """The last paragraph, the official's signature and the Tembusan, kept on one page."""
    signer = ctx.signer
    block: list[Flowable] = [GAP, para(text)]
    block += signature_flowables([None, Signer(signer.heading, signer.name, signer.nip,
                                               rank=signer.rank)], width,
                                 space=15 * mm if ctx.tight else 20 * mm,
                                 gap=3 * mm if ctx.tight else 6 * mm)
    block += _tembusan(ctx)
    return [KeepTogether(block)]


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
    ctx.subject, ctx.recipient = "Pengantar Pemulangan Klien", recipient
    story = official_letter_head(ctx, width, hal=ctx.subject,
                                 lampiran="1 (satu) berkas", recipient=[recipient])
    arrival = tanggal(local_day(ctx.stay.arrival_at)) if ctx.stay is not None else "-"
    until = tanggal(local_day(t.terminated_at)) if t is not None else tanggal(ctx.letter_date)
    story.append(para(
        f"Dengan hormat, bersama ini kami antarkan pulang klien {esc(ctx.facility_name)} yang "
        f"telah mendapatkan pelayanan sejak tanggal {arrival} sampai dengan tanggal {until}, "
        "dengan data sebagai berikut:", markup=True))
    story.append(GAP)
    rows = letter_client_rows(ctx)
    rows.append(("Lama tinggal", length_of_stay(ctx)))
    rows.append(("Tujuan pemulangan", or_dash(destination)))
    if t is not None and t.escort:
        rows.append(("Petugas pengantar", t.escort))
    story.append(fields_table(rows, width))
    story += closing_and_signature(
        ctx, width,
        "Klien tersebut kami kembalikan kepada keluarga / daerah asalnya. Mohon bantuan "
        "Saudara untuk menerima klien serta melakukan pembinaan dan bimbingan lanjut agar "
        "klien tidak kembali ke jalan. Demikian surat pengantar ini kami sampaikan; atas "
        "perhatian dan kerja sama Saudara kami ucapkan terima kasih.")
    return story


def _tembusan(ctx: LetterContext) -> list[Flowable]:
    items = ctx.params.get("tembusan") or ctx.default_tembusan
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


def enclosures(ctx: LetterContext) -> list[str]:
    """What is sent with a referral: only papers and reports the case really has."""
    out = []
    if "laporan_sosial" in ctx.letter_types_kept or ctx.assessments:
        out.append("Laporan sosial klien")
    if ctx.assessments:
        out.append("Hasil asesmen pekerja sosial")
    papers = {"ktp": "Salinan KTP", "kk": "Salinan Kartu Keluarga"}
    out += [label for kind, label in papers.items() if kind in ctx.attachment_kinds]
    if "foto" in ctx.attachment_kinds:
        out.append("Foto klien")
    return out


def surat_rujukan(ctx: LetterContext, width: float) -> list[Flowable]:
    """The referral as decided: destination and reason from the decision (or the
    termination), enclosures that exist; the assessment is summarised, not its own advice."""
    kind = referral_kind(ctx)
    d = ctx.decision
    t = ctx.termination
    if kind == "kesehatan":
        target = ctx.param("tujuan") or (ctx.stay.health_referral_to if ctx.stay else "") or \
            "Puskesmas / Rumah Sakit"
        purpose = "pemeriksaan dan perawatan kesehatan"
        hal = "Rujukan Klien ke Layanan Kesehatan"
        reason = ctx.param("alasan")
    else:
        referred = t is not None and t.mode in ("dirujuk_balai_panti", "diserahkan_instansi")
        decided = d is not None and d.outcome == DecisionOutcome.RUJUK
        target = ctx.param("tujuan") or (d.referral_destination if decided else "") or (
            ctx.receiving_agency.name if referred and ctx.receiving_agency is not None
            else "") or (t.destination if referred else "") or (
            d.referral_destination if d is not None else "") or "Balai / Panti Sosial"
        purpose = "rehabilitasi sosial lanjutan"
        hal = "Rujukan / Rekomendasi Klien"
        reason = ctx.param("alasan") or (d.reason if decided else "") or (
            t.notes if referred and t.notes else "") or (d.reason if d is not None else "")
    attached = enclosures(ctx)
    recipient = ctx.param("kepada") or f"Pimpinan {target}"
    ctx.subject, ctx.recipient = hal, recipient
    lampiran = f"{len(attached)} ({terbilang(len(attached))}) berkas" if attached else "-"
    story = official_letter_head(ctx, width, hal=hal, lampiran=lampiran, recipient=[recipient])
    story.append(para(
        f"Dengan hormat, bersama ini kami rujuk klien {esc(ctx.facility_name)} untuk "
        f"mendapatkan {purpose} di {esc(target)}, dengan data sebagai berikut:", markup=True))
    story.append(GAP)
    story.append(fields_table(letter_client_rows(ctx), width))
    # The assessment the referral was decided on, not a later one that may say otherwise.
    before = [a for a in ctx.assessments
              if d is None or a.assessed_at is None or a.assessed_at <= d.decided_at]
    latest = (before or ctx.assessments or [None])[-1]
    rows: list[tuple[str, str]] = [("Tujuan rujukan", target)]
    if reason:
        rows.append(("Alasan rujukan", reason))
    if d is not None and kind != "kesehatan":
        rows.append(("Keputusan", f"{DECISION_OUTCOME_LABELS.get(d.outcome, d.outcome)}, "
                                  f"tanggal {tanggal(local(d.decided_at))}"))
    if latest is not None:
        if latest.problem:
            rows.append(("Permasalahan", latest.problem))
        if latest.physical_condition:
            rows.append(("Kondisi fisik", latest.physical_condition))
        if kind != "kesehatan" and latest.needs:
            rows.append(("Kebutuhan", latest.needs))
    story.append(GAP)
    story.append(para("Dasar rujukan:"))
    story.append(fields_table(rows, width))
    text = ("Demikian surat rujukan ini kami sampaikan; atas perhatian dan kerja sama Saudara "
            "kami ucapkan terima kasih.")
    if attached:
        story.append(GAP)
        story.append(para("Sebagai bahan pertimbangan, bersama ini kami lampirkan:"))
        story.append(fields_numbered(attached, width))
    return story + closing_and_signature(ctx, width, text)


POSITIVE_HAL = {
    None: "Pemberitahuan Penerimaan Klien",
    DecisionOutcome.TAMPUNG: "Pemberitahuan Penerimaan Klien",
    DecisionOutcome.RUJUK: "Pemberitahuan Rujukan Klien",
    DecisionOutcome.TOLAK: "Pemberitahuan Penolakan Klien",
}


def notice_recipient(ctx: LetterContext) -> str:
    """A raid's notice goes to the raiding agency; otherwise to the requester or referrer."""
    s = ctx.stay
    if ctx.param("kepada"):
        return ctx.param("kepada")
    if s is not None and s.source == "razia":
        agency = ctx.raid_agency or ctx.referring_agency
        if agency is not None:
            return f"Pimpinan {agency.name}"
        if ctx.raid is not None and ctx.raid.agency_name:
            return f"Pimpinan {ctx.raid.agency_name}"
    return (s.requester_name if s is not None else "") or (
        ctx.referring_agency.name if ctx.referring_agency is not None else "") or "Pemohon"


def pemberitahuan_penerimaan(ctx: LetterContext, width: float) -> list[Flowable]:
    s = ctx.stay
    d = ctx.decision
    requester = notice_recipient(ctx)
    hal = POSITIVE_HAL.get(d.outcome if d is not None else None, POSITIVE_HAL[None])
    ctx.subject, ctx.recipient = hal, requester
    story = official_letter_head(ctx, width, hal=hal, lampiran="-", recipient=[requester])
    source = CASE_SOURCE_LABELS.get(s.source, s.source).lower() if s is not None else "permohonan"
    arrival = local(s.arrival_at) if s is not None else None
    basis = f"{esc(source)} yang kami terima pada tanggal {tanggal(arrival)}"
    if ctx.raid is not None and ctx.raid.letter_number:
        basis = (f"{esc(source)} tanggal {tanggal(local(ctx.raid.raid_date))} dan surat "
                 f"Saudara nomor {esc(ctx.raid.letter_number)}")
    story.append(para(
        f"Dengan hormat, menindaklanjuti {basis}, dengan ini kami beritahukan bahwa klien "
        "dengan data berikut:", markup=True))
    story.append(GAP)
    story.append(fields_table(letter_client_rows(ctx), width))
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
                   f"{tanggal(local(d.decided_at))} tidak dapat ditampung di "
                   f"{ctx.facility_name}.")
    story.append(para(outcome))
    if d is not None and d.reason:
        story.append(GAP)
        story.append(fields_table([("Alasan / pertimbangan", d.reason)], width))
    return story + closing_and_signature(
        ctx, width, "Demikian pemberitahuan ini kami sampaikan; atas perhatian dan kerja sama "
                    "Saudara kami ucapkan terima kasih.")


# -- Disposisi -----------------------------------------------------------------------------------

def _box(checked: bool) -> str:
    return "[ X ]" if checked else "[&nbsp;&nbsp;&nbsp;&nbsp;]"


def disposisi(ctx: LetterContext, width: float) -> list[Flowable]:
    s = ctx.stay
    d = ctx.decision
    story = [para("<u>LEMBAR DISPOSISI</u>", TITLE, markup=True), Spacer(1, 5 * mm)]
    ctx.subject = f"Disposisi penanganan klien {ctx.client_name()}"
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
        *([para(signer.rank, SMALL_CENTER)] if signer.rank else []),
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
