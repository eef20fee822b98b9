"""The longer documents: Laporan Sosial, Formulir Asesmen, Buku Data Klien, Case Record."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rumahsinggah.core.vocab import (
    ASSESSMENT_KIND_LABELS,
    CASE_SOURCE_LABELS,
    CASE_STATUS_LABELS,
    DECISION_OUTCOME_LABELS,
    SERVICE_KIND_LABELS,
    TERMINATION_BASIS_LABELS,
    TERMINATION_MODE_LABELS,
)
from rumahsinggah.documents.context import (
    LetterContext,
    client_rows,
    local,
    nik_text,
)
from rumahsinggah.documents.indonesian import tanggal, tanggal_jam
from rumahsinggah.documents.layout import (
    BODY,
    HEADING,
    SMALL,
    TINY,
    TINY_CENTER,
    TITLE,
    Signer,
    esc,
    fields_table,
    or_dash,
    para,
    plain_grid_table,
    signature_flowables,
    signatures,
    write_lines,
)
from rumahsinggah.documents.letters import GAP, title_block

ASSESSMENT_FIELDS = (
    ("problem", "Permasalahan klien"),
    ("causes", "Penyebab masalah"),
    ("physical_condition", "Kondisi fisik"),
    ("mental_condition", "Kondisi mental / psikologis"),
    ("spiritual_condition", "Kondisi spiritual"),
    ("social_condition", "Kondisi sosial"),
    ("family_situation", "Situasi keluarga"),
    ("potentials", "Potensi dan sumber"),
    ("needs", "Kebutuhan"),
    ("recommendation", "Rekomendasi"),
)


BLANK = "." * 90
ANSWER = BODY.clone("answer", leftIndent=5 * mm)
KEEP_WITH_NEXT = BODY.clone("keep_with_next", keepWithNext=1, spaceAfter=1.5 * mm)


def small_table(data: list[list[object]], widths: list[float]) -> Flowable:
    """A ruled 10-point table of plain text (fast even for a long list)."""
    return plain_grid_table([[str(c) if c is not None else "" for c in row] for row in data],
                            widths, size=10, leading=12)


def _heading(text: str) -> Flowable:
    return para(text, HEADING)


def _stay_rows(ctx: LetterContext) -> list[tuple[str, str]]:
    s = ctx.stay
    if s is None:
        return []
    source = CASE_SOURCE_LABELS.get(s.source, s.source)
    rows = [("Nomor kasus", s.case_number), ("Tempat pelayanan", ctx.facility_name),
            ("Sumber / asal rujukan", source)]
    if ctx.referring_agency is not None:
        rows.append(("Instansi perujuk", ctx.referring_agency.name))
    if ctx.raid is not None:
        raid = f"{tanggal(local(ctx.raid.raid_date))}, {ctx.raid.place or '-'}"
        if ctx.raid.letter_number:
            raid += f" (surat {ctx.raid.letter_number})"
        rows.append(("Razia", raid))
    if s.requester_name:
        rows.append(("Pemohon / pelapor", s.requester_name))
    rows += [("Tanggal masuk", tanggal_jam(local(s.arrival_at))),
             ("Status", CASE_STATUS_LABELS.get(s.status, s.status))]
    return rows


def _officer_name(ctx: LetterContext, user_id: Any) -> str:
    signer = ctx.officer_of(user_id)
    return signer.name if signer is not None else "-"


def _assessment_section(ctx: LetterContext, a: Any, width: float) -> list[Flowable]:
    label = ASSESSMENT_KIND_LABELS.get(a.kind, a.kind)
    head = para(f"<b>{esc(label)}</b>, {tanggal(local(a.assessed_at))}, oleh "
                f"{esc(_officer_name(ctx, a.officer_id))}", KEEP_WITH_NEXT, markup=True)
    rows = [(title, getattr(a, name)) for name, title in ASSESSMENT_FIELDS
            if getattr(a, name) or name in ("problem", "recommendation")]
    rows.append(("Dapat dipulangkan", "ya" if a.ready_to_return else "belum"))
    return [head, fields_table(rows, width, label_width=52 * mm), GAP]


def _family_table(ctx: LetterContext, width: float) -> Flowable:
    if not ctx.family:
        return para("Belum ada data keluarga.")
    data: list[list[object]] = [["No", "Nama", "Hubungan", "NIK", "Alamat", "Telepon"]]
    for i, f in enumerate(ctx.family, start=1):
        data.append([str(i), f.full_name, f.relationship, nik_text(f.nik),
                     ", ".join(p for p in (f.address, f.regency, f.province) if p), f.phone])
    return small_table(data, [9 * mm, 36 * mm, 20 * mm, 33 * mm, width - 127 * mm, 29 * mm])


def _services_table(ctx: LetterContext, width: float) -> Flowable:
    if not ctx.services:
        return para("Belum ada layanan yang dicatat.")
    data: list[list[object]] = [["No", "Tanggal", "Jenis layanan", "Petugas", "Catatan"]]
    for i, sv in enumerate(ctx.services, start=1):
        officer = sv.officer_name or _officer_name(ctx, sv.officer_id)
        data.append([str(i), tanggal(local(sv.held_at)),
                     SERVICE_KIND_LABELS.get(sv.kind, sv.kind), officer, sv.notes])
    return small_table(data, [9 * mm, 31 * mm, 40 * mm, 32 * mm, width - 112 * mm])


def _worker_signatures(ctx: LetterContext, width: float, worker: Signer | None) -> Flowable:
    worker = worker or ctx.officer
    signer = ctx.signer
    return signatures([
        Signer(("Mengetahui,",) + signer.heading, signer.name, signer.nip),
        Signer((ctx.place_date,) + (worker.heading or ("Pekerja Sosial",)), worker.name,
               worker.nip),
    ], width)


# -- Laporan Sosial ------------------------------------------------------------------------------

def laporan_sosial(ctx: LetterContext, width: float) -> list[Flowable]:
    story = title_block("Laporan Sosial", ctx.number)
    story.append(_heading("I. IDENTITAS KLIEN"))
    story.append(fields_table(client_rows(ctx, with_case=False), width))
    story.append(_heading("II. LATAR BELAKANG RUJUKAN"))
    story.append(fields_table(_stay_rows(ctx), width))
    if ctx.identification is not None:
        ident = ctx.identification
        story.append(Spacer(1, 1.5 * mm))
        story.append(fields_table([
            ("Identifikasi awal", tanggal(local(ident.identified_at))),
            ("Kondisi kesehatan", ("sehat" if ident.healthy else "tidak sehat") +
             (f"; {ident.health_notes}" if ident.health_notes else "")),
            ("Dokumen yang ada", ", ".join(map(str, ident.papers_seen)) or "tidak ada"),
        ], width))
    story.append(_heading("III. HASIL ASESMEN"))
    if ctx.assessments:
        for a in ctx.assessments:
            story += _assessment_section(ctx, a, width)
    else:
        story.append(para("Asesmen belum dilakukan."))
    story.append(_heading("IV. KELUARGA DAN PENELUSURAN"))
    story.append(_family_table(ctx, width))
    if ctx.tracing:
        story.append(Spacer(1, 2 * mm))
        story.append(_tracing_table(ctx, width))
    story.append(_heading("V. PELAYANAN YANG TELAH DIBERIKAN"))
    story.append(_services_table(ctx, width))
    story.append(_heading("VI. KESIMPULAN DAN REKOMENDASI"))
    latest = ctx.assessments[-1] if ctx.assessments else None
    conclusion = ctx.param("kesimpulan") or (latest.recommendation if latest else "")
    story.append(para(or_dash(conclusion)))
    story.append(GAP)
    story.append(para("Demikian laporan sosial ini dibuat dengan sebenarnya untuk dipergunakan "
                      "sebagaimana mestinya."))
    worker = ctx.officer_of(latest.officer_id) if latest is not None else None
    story.append(_worker_signatures(ctx, width, worker))
    return story


def _tracing_table(ctx: LetterContext, width: float) -> Flowable:
    data: list[list[object]] = [["No", "Tanggal", "Cara", "Pihak dihubungi", "Hasil", "Catatan"]]
    for i, t in enumerate(ctx.tracing, start=1):
        data.append([str(i), tanggal(local(t.attempted_at)), t.method.replace("_", " "),
                     t.counterpart, t.result.replace("_", " "), t.notes])
    return small_table(data, [9 * mm, 31 * mm, 22 * mm, 35 * mm, 24 * mm, width - 121 * mm])


# -- Formulir Asesmen ----------------------------------------------------------------------------

def formulir_asesmen(ctx: LetterContext, width: float) -> list[Flowable]:
    blank = bool(ctx.params.get("kosong"))
    wanted = ctx.param("assessment_id")
    a = None
    if not blank and ctx.assessments:
        a = next((x for x in ctx.assessments if str(x.id) == str(wanted)), ctx.assessments[-1])
    kind = ctx.param("jenis") or (a.kind if a is not None else "awal")
    title = ASSESSMENT_KIND_LABELS.get(kind, "Asesmen")
    story = title_block(f"Formulir {title}")
    story.append(_heading("A. IDENTITAS KLIEN"))
    if ctx.client is not None:
        story.append(fields_table(client_rows(ctx), width))
    else:
        story.append(fields_table([(label, BLANK) for label in (
            "Nama", "Nama panggilan", "NIK", "Jenis kelamin", "Tempat, tanggal lahir / umur",
            "Agama", "Alamat asal", "", "Kategori PPKS", "Nomor kasus", "Tanggal masuk")],
            width, label_width=55 * mm))
    story.append(_heading("B. PELAKSANAAN ASESMEN"))
    if a is not None:
        story.append(fields_table([
            ("Tanggal asesmen", tanggal(local(a.assessed_at))),
            ("Pekerja sosial", _officer_name(ctx, a.officer_id)),
        ], width))
    else:
        story.append(fields_table([("Tanggal asesmen", BLANK), ("Pekerja sosial", BLANK)],
                                  width, label_width=55 * mm))
    story.append(_heading("C. HASIL ASESMEN"))
    for i, (name, label) in enumerate(ASSESSMENT_FIELDS, start=1):
        if a is not None:
            story.append(KeepTogether([
                para(f"<b>{i}. {esc(label)}</b>", BODY, markup=True),
                para(or_dash(getattr(a, name)), ANSWER),
                Spacer(1, 2 * mm)]))
        else:
            story.append(KeepTogether([para(f"{i}. {label}"), write_lines(3, width)]))
    ready = ("ya" if a.ready_to_return else "belum") if a is not None else \
        "ya / belum *)"
    story.append(GAP)
    story.append(para(f"Klien dapat dipulangkan: {ready}"))
    worker = ctx.officer_of(a.officer_id) if a is not None else None
    if a is None:
        worker = Signer(("Pekerja Sosial",), "", "")
    story.append(_worker_signatures(ctx, width, worker))
    if a is None:
        story.append(para("*) coret yang tidak perlu", TINY))
    return story


# -- Buku Data Klien -----------------------------------------------------------------------------

REGISTER_HEADERS = ["No", "No. Kasus", "Tgl. Masuk", "Nama (Panggilan)", "NIK", "L/P", "Umur",
                    "Alamat Asal", "Kategori PPKS", "Sumber", "Status", "Tgl. Keluar / Ket."]
REGISTER_WIDTHS_MM = [8, 25, 17, 42, 27, 7, 17, 38, 22, 25, 19, 0]  # last takes the rest


def _short(d) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def buku_data(ctx: LetterContext, width: float) -> list[Flowable]:
    period = f"{tanggal(ctx.date_from)} s.d. {tanggal(ctx.date_to)}"
    several = len({r.facility for r in ctx.register}) > 1
    if several:
        place = "SEMUA FASILITAS"
    elif ctx.facility is None and ctx.register:
        place = ctx.register[0].facility.upper()
    else:
        place = ctx.facility_name.upper()
    story: list[Flowable] = [
        para(f"BUKU DATA KLIEN {esc(place)}", TITLE, markup=True),
        para(f"Periode: {period}", TINY_CENTER.clone("p", fontSize=11, leading=14)),
        Spacer(1, 4 * mm),
    ]
    widths = [w * mm for w in REGISTER_WIDTHS_MM]
    widths[-1] = width - sum(widths[:-1])
    data: list[list[str]] = [REGISTER_HEADERS]
    for i, r in enumerate(ctx.register, start=1):
        name = r.full_name + (f" ({r.nickname})" if r.nickname else "")
        left = _short(r.left) if r.left else ""
        note = "; ".join(x for x in (left, r.note) if x)
        case = f"{r.case_number}\n{r.facility}" if several else r.case_number
        data.append([str(i), case, _short(r.arrival), name, nik_text(r.nik), r.sex,
                     r.age, r.origin, r.category.capitalize(), r.source, r.status, note])
    if len(data) == 1:
        data.append(["", "", "", "Tidak ada klien pada periode ini.", "", "", "", "", "", "",
                     "", ""])
    story.append(plain_grid_table(data, widths))
    signer = ctx.signer
    # The count stays with the signature, so the closing page never starts bare.
    story.append(KeepTogether([
        Spacer(1, 2 * mm),
        para(f"Jumlah: {len(ctx.register)} kasus, "
             f"{len({r.client_id or r.case_number for r in ctx.register})} orang", SMALL),
        *signature_flowables([None, None, Signer((ctx.place_date,) + signer.heading,
                                                 signer.name, signer.nip)], width),
    ]))
    return story


# -- Case Record ---------------------------------------------------------------------------------

def case_record(ctx: LetterContext, width: float) -> list[Flowable]:
    story = title_block("Catatan Kasus (Case Record)")
    story.append(_heading("1. IDENTITAS KLIEN"))
    story.append(fields_table(client_rows(ctx, with_case=False), width))
    if ctx.client is not None and ctx.client.physical_description:
        story.append(fields_table([("Ciri-ciri fisik", ctx.client.physical_description)], width))
    story.append(_heading("2. DATA KASUS"))
    story.append(fields_table(_stay_rows(ctx), width))
    story.append(_heading("3. IDENTIFIKASI AWAL DAN BARANG BAWAAN"))
    ident = ctx.identification
    if ident is not None:
        story.append(fields_table([
            ("Tanggal", tanggal_jam(local(ident.identified_at))),
            ("Petugas", _officer_name(ctx, ident.officer_id)),
            ("Kesehatan", ("sehat" if ident.healthy else "tidak sehat") +
             (f"; {ident.health_notes}" if ident.health_notes else "")),
            ("Dokumen yang ada", ", ".join(map(str, ident.papers_seen)) or "tidak ada"),
            ("Catatan", ident.notes),
        ], width))
    else:
        story.append(para("Identifikasi awal belum dicatat."))
    story.append(Spacer(1, 2 * mm))
    if ctx.belongings:
        data: list[list[object]] = [["No", "Barang", "Jumlah", "Keadaan", "Dikembalikan"]]
        for i, b in enumerate(ctx.belongings, start=1):
            back = f"{tanggal(local(b.returned_at))} ({b.returned_to})" if b.returned_at else ""
            data.append([str(i), b.description, str(b.quantity), b.condition, back])
        story.append(small_table(data, [9 * mm, width - 109 * mm, 16 * mm, 34 * mm, 50 * mm]))
    else:
        story.append(para("Barang bawaan: tidak ada."))
    story.append(_heading("4. ASESMEN"))
    if ctx.assessments:
        for a in ctx.assessments:
            story += _assessment_section(ctx, a, width)
    else:
        story.append(para("Asesmen belum dilakukan."))
    story.append(_heading("5. KEPUTUSAN KEPALA BIDANG"))
    d = ctx.decision
    if d is not None:
        rows = [("Keputusan", DECISION_OUTCOME_LABELS.get(d.outcome, d.outcome)),
                ("Tanggal", tanggal(local(d.decided_at))),
                ("Oleh", _officer_name(ctx, d.decided_by)),
                ("Alasan", d.reason)]
        if d.referral_destination:
            rows.append(("Tujuan rujukan", d.referral_destination))
        rows.append(("Pemohon diberi tahu", tanggal(local(d.requester_informed_at),
                                                    empty="belum")))
        story.append(fields_table(rows, width))
    else:
        story.append(para("Belum ada keputusan."))
    story.append(_heading("6. PELAYANAN DAN BIMBINGAN"))
    story.append(_services_table(ctx, width))
    story.append(_heading("7. KELUARGA, PENELUSURAN DAN KOORDINASI"))
    story.append(_family_table(ctx, width))
    if ctx.tracing:
        story.append(Spacer(1, 2 * mm))
        story.append(_tracing_table(ctx, width))
    for co in ctx.coordinations:
        story.append(Spacer(1, 2 * mm))
        story.append(fields_table([
            ("Koordinasi dengan", f"{co.agency_name or '-'} ({co.region or '-'})"),
            ("Surat", f"{co.letter_number or '-'}, {tanggal(local(co.sent_at))}"),
            ("Tanggapan", co.response or "belum ada"),
        ], width))
    story.append(_heading("8. TERMINASI"))
    t = ctx.termination
    if t is not None:
        story.append(fields_table([
            ("Tanggal", tanggal_jam(local(t.terminated_at))),
            ("Dasar", TERMINATION_BASIS_LABELS.get(t.basis, t.basis)),
            ("Cara", TERMINATION_MODE_LABELS.get(t.mode, t.mode)),
            ("Dijemput / diterima oleh", f"{t.pickup_name or '-'}"
             + (f" ({t.pickup_relationship})" if t.pickup_relationship else "")),
            ("NIK penjemput", nik_text(t.pickup_nik)),
            ("Surat penjamin", ("ditandatangani" if t.surat_penjamin_signed else "belum")
             + (", bermeterai" if t.meterai else "")),
            ("Tujuan", t.destination),
            ("Catatan", t.notes),
        ], width))
    else:
        story.append(para("Kasus belum diterminasi."))
    if ctx.home_visits:
        story.append(_heading("9. BIMBINGAN LANJUT (KUNJUNGAN RUMAH)"))
        data = [["No", "Jadwal", "Dikunjungi", "Hasil"]]
        for i, h in enumerate(ctx.home_visits, start=1):
            data.append([str(i), tanggal(h.scheduled_for), tanggal(local(h.visited_at),
                                                                   empty="belum"), h.result])
        story.append(small_table(data, [9 * mm, 32 * mm, 32 * mm, width - 73 * mm]))
    story.append(_heading("10. SURAT YANG DITERBITKAN"))
    if ctx.letters:
        data = [["No", "Tanggal", "Jenis surat", "Nomor", "Versi"]]
        for i, le in enumerate(ctx.letters, start=1):
            data.append([str(i), tanggal(le.letter_date), le.title, le.number or "-",
                         str(le.version)])
        story.append(small_table(data, [9 * mm, 30 * mm, 60 * mm, width - 114 * mm, 15 * mm]))
    else:
        story.append(para("Belum ada surat."))
    latest = ctx.assessments[-1] if ctx.assessments else None
    worker = ctx.officer_of(latest.officer_id) if latest is not None else None
    story.append(_worker_signatures(ctx, width, worker))
    return story
