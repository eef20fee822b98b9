"""Wizards for the work during a stay: identification, assessment, the Kepala Bidang's
decision, care (guidance, family, tracing, coordination) and the home visit after return."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QLabel

from rumahsinggah.core.vocab import (
    ASSESSMENT_KIND_LABELS,
    CASE_STATUS_LABELS,
    DECISION_OUTCOME_LABELS,
    SERVICE_KIND_LABELS,
    CaseStatus,
    DecisionOutcome,
    TracingMethod,
    TracingResult,
)
from rumahsinggah.gui.wizards import bridge
from rumahsinggah.gui.wizards.dates import date_id, datetime_id
from rumahsinggah.gui.wizards.pages import WizardPage
from rumahsinggah.gui.wizards.text import HINT_STYLE, lazy_tr, tr
from rumahsinggah.gui.wizards.widgets import CasePickerPage
from rumahsinggah.gui.wizards.wizard import WizardBase

PAPERS = (("ktp", QT_TR_NOOP("KTP")), ("kk", QT_TR_NOOP("Kartu Keluarga")),
          ("akta", QT_TR_NOOP("Akta kelahiran")),
          ("surat_keterangan", QT_TR_NOOP("Surat keterangan lain (kelurahan / polisi)")))


def set_row_visible(page: WizardPage, name: str, visible: bool) -> None:
    holder = page.fields[name].widget.parentWidget()
    if holder is not None:
        page.form.setRowVisible(holder, visible)


class CaseWizard(WizardBase):
    """A wizard that works on one case: the first page picks it, skipped when the wizard is
    opened on a case (``subject_id`` a stay, or ``client_id`` whose open case is meant).

    Every page after the picker shows whose case it is (name, case number, day N)."""

    statuses: tuple[str, ...] | None = None
    picker_title = lazy_tr(lambda: tr("Pilih kasus"))
    picker_subtitle = ""
    picker_empty = ""
    with_residency = False

    def __init__(self, door: Any, signed_in: Any, *, client_id: Any = None,
                 **kwargs: Any) -> None:
        self.subject_client = client_id  # read by load_job (before the base's first load)
        self.heading: dict[str, Any] = {}
        super().__init__(door, signed_in, **kwargs)
        self.currentIdChanged.connect(self._show_case_header)

    def add_picker(self) -> CasePickerPage:
        self.picker = CasePickerPage("kasus", self.picker_title, self.picker_subtitle,
                                     empty_text=self.picker_empty)
        self.add_page(self.picker)
        self.picker.list.currentItemChanged.connect(lambda *_a: self._show_case_header())
        return self.picker

    def load_job(self, store: Any) -> Any:
        return {"cases": bridge.case_rows(store, self.statuses,
                                          with_residency=self.with_residency)}

    def _load_all(self, store: Any) -> Any:
        data = self.load_job(store)
        if isinstance(data, dict) and (self.subject_id is not None or self.subject_client):
            data["heading"] = bridge.case_heading(store, self.subject_id, self.subject_client)
        return data

    def _subject_row(self, rows: list[Any], heading: dict[str, Any]) -> Any:
        wanted = {str(self.subject_id)} if self.subject_id is not None else set()
        if heading.get("stay_id"):
            wanted.add(heading["stay_id"])
        return next((r for r in rows if r.stay_id in wanted or r.case_id in wanted), None)

    def apply_loaded(self, data: Any) -> None:
        rows = data["cases"]
        self.picker.set_rows(rows)
        self.heading = data.get("heading") or {}
        if self.subject_id is None and not self.subject_client:
            return
        row = self._subject_row(rows, self.heading)
        if row is None:
            self.picker.show_subject_missing(self._missing_text())
            return
        self.picker.fields["stay_id"].setter(row.stay_id)
        if self.currentId() == self.page_id("kasus") and self.picker.isComplete():
            self.next()

    def _missing_text(self) -> str:
        h = self.heading
        if not h:
            return tr("Kasus yang dipilih tidak ditemukan. Pilih kasus dari daftar.")
        return tr("Kasus {case} · {name} ({status}) tidak dapat dipakai untuk langkah ini. "
                  "Pilih kasus lain dari daftar.").format(
            case=h["case_number"], name=h["full_name"], status=h["status_label"])

    def stay_id(self) -> str | None:
        return self.values().get("stay_id")

    def case_header_html(self) -> str:
        """Whose case: name (nickname) · case number · day N · status, from the pick."""
        row = self.picker.chosen() if hasattr(self, "picker") else None
        if row is None:
            return ""
        nick = f" ({row.nickname})" if row.nickname and row.nickname != row.full_name else ""
        parts = [f"<b>{escape(row.full_name)}{escape(nick)}</b>", escape(row.case_number)]
        if row.case_day:
            parts.append(tr("hari ke-{d}").format(d=row.case_day))
        if row.status:
            parts.append(escape(row.status))
        return " · ".join(parts)

    def _show_case_header(self, *_args: Any) -> None:
        html = self.case_header_html()
        for page in self.pages.values():
            if page is not getattr(self, "picker", None):
                page.set_case_header(html)

    def commit(self, session: Any, payload: Any) -> Any:
        raise NotImplementedError


# -- identification ----------------------------------------------------------------------

class IdentificationWizard(CaseWizard):
    permission = "casework.identification"
    name = "identifikasi"
    title = lazy_tr(lambda: tr("Identifikasi awal"))
    statuses = (CaseStatus.TERDAFTAR.value,)
    picker_title = lazy_tr(lambda: tr("Identifikasi awal: pilih klien yang baru terdaftar"))
    picker_empty = lazy_tr(lambda: tr("Tidak ada klien yang menunggu identifikasi awal."))

    def build(self) -> None:
        self.add_picker()
        p = WizardPage("identifikasi", tr("Identifikasi awal oleh pramu sosial"),
                       tr("Catat dokumen yang dilihat, kondisi kesehatan saat tiba dan barang "
                          "bawaan."))
        p.add_datetime("identified_at", tr("Waktu identifikasi"), required=True)
        p.add_checks("papers_seen", tr("Dokumen yang dilihat"),
                     [(code, tr(text)) for code, text in PAPERS],
                     help_text=tr("Kosongkan bila klien tidak membawa dokumen apa pun."))
        healthy = p.add_check("healthy", tr("Sehat jasmani"), label=tr("Kesehatan"))
        p.fields["healthy"].setter(True)
        p.add_line("health_referral_to", tr("Dirujuk ke layanan kesehatan"),
                   placeholder=tr("mis. Puskesmas Teluk Dalam"))
        p.add_text("health_notes", tr("Catatan kesehatan"), height=44)
        p.add_text("belongings", tr("Barang bawaan"), height=60,
                   placeholder=tr("satu barang per baris, mis. 2 baju"))
        p.add_text("notes", tr("Catatan awal"), height=60)
        p.extra_checks.append(self._health_check)
        healthy.toggled.connect(self._healthy)
        self.add_page(p)
        self.form_page = p
        self._healthy(True)
        self.belongings_from: str | None = None  # the stay whose intake list was filled in

    def initializePage(self, page_id: int) -> None:  # noqa: N802
        super().initializePage(page_id)
        stay_id = self.stay_id()
        if self.page(page_id).key == "identifikasi" and stay_id != self.belongings_from:
            self.door.query(lambda store: bridge.intake_belongings(store, stay_id),
                            lambda lines: self._intake_belongings(stay_id, lines), owner=self)

    def _intake_belongings(self, stay_id: str | None, lines: list[str]) -> None:
        """Pre-fill the belongings recorded at intake (the officer checks and corrects)."""
        self.belongings_from = stay_id
        field = self.form_page.fields["belongings"]
        if lines and not field.value().strip():
            field.setter("\n".join(lines))

    def _healthy(self, ok: bool) -> None:
        set_row_visible(self.form_page, "health_referral_to", not ok)
        self.form_page.refresh()

    def _health_check(self) -> str | None:
        v = self.values()
        if not v["healthy"] and not v["health_referral_to"]:
            return tr("tidak sehat jasmani: isi layanan kesehatan rujukannya")
        return None

    def prepare(self, values: dict[str, Any]) -> Any:
        # whether the intake's belongings were shown (then the list typed is the whole list)
        return {**values, "belongings_checked": self.belongings_from == values.get("stay_id")}

    def commit(self, session: Any, payload: Any) -> Any:
        return bridge.record_identification(session, payload)


# -- assessment --------------------------------------------------------------------------

class AssessmentWizard(CaseWizard):
    permission = "casework.assessment"
    name = "asesmen"
    title = lazy_tr(lambda: tr("Asesmen"))
    statuses = (CaseStatus.IDENTIFIKASI.value, CaseStatus.ASESMEN.value,
                CaseStatus.MENUNGGU_KEPUTUSAN.value, CaseStatus.DALAM_PELAYANAN.value,
                CaseStatus.RESOSIALISASI.value)
    picker_title = lazy_tr(lambda: tr("Asesmen: pilih klien"))
    picker_empty = lazy_tr(lambda: tr("Belum ada klien yang selesai diidentifikasi."))

    def build(self) -> None:
        self.add_picker()
        p = WizardPage("jenis", tr("Jenis asesmen"),
                       tr("Asesmen awal sesudah identifikasi; asesmen lanjutan dan asesmen "
                          "lingkungan sosial sesudahnya."))
        p.add_combo("kind", tr("Jenis asesmen"),
                    [(k.value, v) for k, v in ASSESSMENT_KIND_LABELS.items()], required=True)
        p.add_datetime("assessed_at", tr("Waktu asesmen"), required=True)
        p.add_text("problem", tr("Masalah"), height=60,
                   placeholder=tr("pengungkapan dan pemahaman masalah"))
        p.add_text("causes", tr("Penyebab"), height=60)
        self.add_page(p)
        c = WizardPage("kondisi", tr("Kondisi klien"))
        c.add_text("physical_condition", tr("Kondisi fisik"), height=50)
        c.add_text("mental_condition", tr("Kondisi mental / psikologis"), height=50)
        c.add_text("spiritual_condition", tr("Kondisi spiritual"), height=50)
        c.add_text("social_condition", tr("Kondisi sosial"), height=50)
        self.add_page(c)
        f = WizardPage("keluarga", tr("Keluarga, potensi dan kebutuhan"))
        f.add_text("family_situation", tr("Situasi keluarga"), height=60)
        f.add_text("potentials", tr("Potensi dan sumber"), height=60)
        f.add_text("needs", tr("Kebutuhan"), height=60)
        self.add_page(f)
        r = WizardPage("rekomendasi", tr("Rekomendasi"),
                       tr("Rekomendasi pekerja sosial untuk Kepala Bidang."))
        r.add_text("recommendation", tr("Rekomendasi"), height=90, required=True)
        r.add_check("submit_for_decision",
                    tr("Ajukan ke Kepala Bidang untuk keputusan (tampung / rujuk / tolak)"),
                    label=tr("Keputusan"))
        r.add_check("ready_to_return",
                    tr("Klien telah mendapat intervensi dan dapat dipulangkan / direunifikasi"),
                    label=tr("Terminasi"))
        self.add_page(r)

    def commit(self, session: Any, payload: Any) -> Any:
        return bridge.record_assessment(session, payload)


# -- decision ----------------------------------------------------------------------------

class DecisionWizard(CaseWizard):
    permission = "decision.decide"
    name = "keputusan"
    title = lazy_tr(lambda: tr("Keputusan Kepala Bidang"))
    statuses = (CaseStatus.MENUNGGU_KEPUTUSAN.value, CaseStatus.ASESMEN.value)
    picker_title = lazy_tr(lambda: tr("Antrean keputusan"))
    picker_subtitle = lazy_tr(lambda: tr("Kasus yang sudah diasesmen dan menunggu keputusan Kepala Bidang."))
    picker_empty = lazy_tr(lambda: tr("Tidak ada kasus yang menunggu keputusan."))

    def load_job(self, store: Any) -> Any:
        rows = bridge.case_rows(store, self.statuses)
        waiting = CASE_STATUS_LABELS[CaseStatus.MENUNGGU_KEPUTUSAN]
        rows.sort(key=lambda r: r.status != waiting)  # submitted for decision first
        return {"cases": rows}

    def build(self) -> None:
        self.add_picker()
        p = WizardPage("putusan", tr("Keputusan"),
                       tr("Tampung dan intervensi, rujuk lanjutan, atau tolak, dengan alasannya."))
        self.case_info = QLabel()
        self.case_info.setWordWrap(True)
        self.case_info.setTextFormat(Qt.TextFormat.RichText)
        self.case_info.setStyleSheet("background: #f4f7fa; padding: 6px;")
        p.body.insertWidget(0, self.case_info)
        outcome = p.add_combo("outcome", tr("Keputusan"),
                              [(k.value, v) for k, v in DECISION_OUTCOME_LABELS.items()],
                              required=True)
        p.add_text("reason", tr("Alasan"), height=70, required=True)
        p.add_line("referral_destination", tr("Tujuan rujukan"),
                   placeholder=tr("balai / panti / instansi tujuan"))
        p.add_check("make_notice", tr("Buat surat untuk pemohon sesudah disimpan"),
                    label=tr("Pemberitahuan"))
        p.fields["make_notice"].setter(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(HINT_STYLE)
        p.body.addWidget(self.notice)
        p.extra_checks.append(self._referral_check)
        outcome.currentIndexChanged.connect(self._outcome)
        self.add_page(p)
        self.form_page = p
        self._outcome(0)
        self.summary: dict[str, Any] = {}

    def _outcome(self, _i: int) -> None:
        refer = self.form_page.fields["outcome"].value() == DecisionOutcome.RUJUK.value
        set_row_visible(self.form_page, "referral_destination", refer)
        self.form_page.refresh()

    def _referral_check(self) -> str | None:
        v = self.values()
        if v["outcome"] == DecisionOutcome.RUJUK.value and not v["referral_destination"]:
            return tr("Tujuan rujukan")
        return None

    def initializePage(self, page_id: int) -> None:  # noqa: N802
        super().initializePage(page_id)
        if self.page(page_id).key == "putusan":
            self.case_info.setText(tr("Memuat data kasus…"))
            stay_id = self.stay_id()
            self.door.query(lambda store: bridge.case_summary(store, stay_id), self._show_case)

    def _show_case(self, info: dict[str, Any]) -> None:
        self.summary = info
        if not info:
            self.case_info.setText(tr("Kasus tidak ditemukan."))
            return
        a = info.get("assessment") or {}
        parts = [
            f"<b>{info['case_number']} · {info['full_name']}</b> ({info['status_label']}, "
            f"{tr('tiba')} {datetime_id(info['arrival_at'])})",
            tr("<b>Sumber:</b> {s} · <b>Pemohon:</b> {r}").format(
                s=info["source"], r=info["requester"] or "-"),
        ]
        if a:
            parts.append(tr("<b>{k}</b> ({d}): {p}").format(
                k=a["kind"], d=date_id(a["assessed_at"]), p=a["problem"] or "-"))
            parts.append(tr("<b>Rekomendasi pekerja sosial:</b> {r}").format(
                r=a["recommendation"] or "-"))
        self.case_info.setText("<br>".join(parts))
        self.notice.setText(tr(
            "Setelah keputusan disimpan, pemohon ({who}) wajib diberi tahu: pemberitahuan "
            "dicatat sebagai tugas sampai dikirim. Suratnya (pemberitahuan, atau surat rujukan "
            "untuk keputusan rujuk) dapat langsung dibuat dan dicetak."
        ).format(who=info["requester"] or tr("pemohon")))

    def commit(self, session: Any, payload: Any) -> Any:
        return bridge.decide(session, payload)

    def after_commit(self, result: Any) -> None:
        v = self.values()
        if not v.get("make_notice"):
            return
        letter_type = "surat_rujukan" if v["outcome"] == DecisionOutcome.RUJUK.value else \
            "pemberitahuan_penerimaan"
        self.letter_requested = letter_type
        open_letter = self.open_letter or _show_letter
        open_letter(self.parentWidget(), self.door, self.actor, letter_type,
                    bridge._uuid(v["stay_id"]))

    open_letter = None  # tests may replace it; default: the letters preview


def _show_letter(parent: Any, door: Any, actor: Any, letter_type: str, stay_id: Any) -> None:
    """A separate action after the decision: generate, keep and preview the letter."""
    from rumahsinggah.gui.letters import show_letter

    show_letter(parent, door, actor, letter_type, stay_id=stay_id)


# -- care --------------------------------------------------------------------------------

CARE_KINDS = (
    ("bimbingan", tr("Sesi bimbingan / layanan (fisik, mental-spiritual, sosial, …)")),
    ("keluarga", tr("Anggota keluarga")),
    ("penelusuran", tr("Penelusuran keluarga")),
    ("koordinasi", tr("Koordinasi dengan Dinas Sosial daerah lain")),
    ("balasan", tr("Balasan dari Dinas Sosial daerah lain")),
)
TRACING_METHODS = ((TracingMethod.TELEPON.value, tr("Telepon")),
                   (TracingMethod.KUNJUNGAN.value, tr("Kunjungan")),
                   (TracingMethod.SURAT_DINAS.value, tr("Surat ke Dinas Sosial daerah lain")),
                   (TracingMethod.MEDIA_SOSIAL.value, tr("Media sosial")))
TRACING_RESULTS = ((TracingResult.MENUNGGU.value, tr("Menunggu jawaban")),
                   (TracingResult.DITEMUKAN.value, tr("Keluarga ditemukan")),
                   (TracingResult.TIDAK_DITEMUKAN.value, tr("Tidak ditemukan")))


class CareWizard(CaseWizard):
    permission = "casework.care"
    name = "layanan"
    title = lazy_tr(lambda: tr("Catat layanan"))
    statuses = None
    picker_title = lazy_tr(lambda: tr("Catat layanan: pilih klien"))
    picker_empty = lazy_tr(lambda: tr("Tidak ada klien yang sedang dilayani."))

    def build(self) -> None:
        self.add_picker()
        k = WizardPage("jenis_layanan", tr("Apa yang dicatat?"))
        k.add_combo("care_kind", tr("Jenis catatan"), CARE_KINDS, required=True)
        self.add_page(k)
        b = WizardPage("bimbingan", tr("Sesi bimbingan / layanan"))
        b.add_combo("service_kind", tr("Bentuk layanan"),
                    [(x.value, v) for x, v in SERVICE_KIND_LABELS.items()], required=True)
        b.add_datetime("held_at", tr("Waktu"), required=True)
        b.add_line("officer_name", tr("Pembimbing / petugas"),
                   placeholder=tr("kosongkan bila Anda sendiri"))
        b.add_line("duration_minutes", tr("Lama (menit)"), validate=_minutes)
        b.add_text("session_notes", tr("Catatan"), height=80)
        self.add_page(b)
        f = WizardPage("keluarga", tr("Anggota keluarga"))
        f.add_line("fam_name", tr("Nama"), required=True)
        f.add_line("fam_relationship", tr("Hubungan"), required=True,
                   placeholder=tr("ibu, ayah, kakak, paman, …"))
        f.add_line("fam_nik", tr("NIK"), validate=bridge.nik_problem,
                   placeholder=tr("16 angka, bila ada"))
        f.add_line("fam_phone", tr("Telepon"))
        f.add_line("fam_address", tr("Alamat"))
        f.add_line("fam_regency", tr("Kabupaten / kota"))
        f.add_line("fam_province", tr("Provinsi"))
        self.add_page(f)
        t = WizardPage("penelusuran", tr("Penelusuran keluarga"))
        t.add_combo("trace_method", tr("Cara"), TRACING_METHODS, required=True)
        t.add_line("trace_counterpart", tr("Yang dihubungi"),
                   placeholder=tr("kerabat, kelurahan, Dinas Sosial daerah lain"))
        t.add_datetime("trace_at", tr("Waktu"), required=True)
        t.add_combo("trace_result", tr("Hasil"), TRACING_RESULTS, required=True)
        t.fields["trace_result"].setter(TracingResult.MENUNGGU.value)
        t.add_text("trace_notes", tr("Catatan"), height=70)
        self.add_page(t)
        c = WizardPage("koordinasi", tr("Koordinasi dengan Dinas Sosial daerah lain"))
        c.add_line("coord_region", tr("Kabupaten / kota asal klien"), required=True)
        c.add_line("coord_agency", tr("Dinas yang dihubungi"), required=True,
                   placeholder=tr("mis. Dinas Sosial Kabupaten Banjar"))
        c.add_line("coord_letter", tr("Nomor surat"))
        c.add_datetime("coord_at", tr("Tanggal kirim"), required=True)
        c.add_text("coord_notes", tr("Catatan"), height=70)
        self.add_page(c)
        r = WizardPage("balasan", tr("Balasan koordinasi"),
                       tr("Jawaban Dinas Sosial daerah lain atas surat koordinasi yang dikirim."))
        r.add_combo("reply_to", tr("Surat koordinasi"), required=True,
                    placeholder=tr("- pilih surat yang dibalas -"))
        r.add_datetime("reply_at", tr("Tanggal balasan"), required=True)
        r.add_text("reply_text", tr("Isi balasan"), height=90, required=True)
        self.add_page(r)

    def initializePage(self, page_id: int) -> None:  # noqa: N802
        super().initializePage(page_id)
        if self.page(page_id).key == "balasan":
            stay_id = self.stay_id()
            self.door.query(lambda store: bridge.open_coordinations(store, stay_id),
                            self._coordinations)

    def _coordinations(self, options: list[tuple[str, str]]) -> None:
        from rumahsinggah.gui.wizards.pages import set_options

        combo = self.pages["balasan"].fields["reply_to"].widget
        set_options(combo, options, tr("- pilih surat yang dibalas -") if options
                    else tr("- belum ada surat koordinasi yang menunggu balasan -"))
        self.pages["balasan"].refresh()

    def nextId(self) -> int:  # noqa: N802
        key = self.current_key()
        if key == "kasus":
            return self.page_id("jenis_layanan")
        if key == "jenis_layanan":
            kind = self.values().get("care_kind")
            return self.page_id(kind or "bimbingan")  # never -1: Next, not Finish
        return -1

    def commit(self, session: Any, payload: Any) -> Any:
        return bridge.record_care(session, payload)


def _minutes(value: Any) -> str | None:
    text = str(value).strip()
    if not text.isdigit() or int(text) > 24 * 60:
        return tr("Isi lama dalam menit (angka).")
    return None


# -- home visit --------------------------------------------------------------------------

class HomeVisitWizard(CaseWizard):
    permission = "casework.home_visit_record"
    name = "kunjungan_rumah"
    title = lazy_tr(lambda: tr("Kunjungan rumah (bimbingan lanjut)"))
    picker_title = lazy_tr(lambda: tr("Kunjungan rumah yang dijadwalkan"))
    picker_subtitle = lazy_tr(lambda: tr("Dijadwalkan dari terminasi untuk klien dari kota yang sama. Yang "
                         "bertanda JATUH TEMPO sudah waktunya dikunjungi."))
    picker_empty = lazy_tr(lambda: tr("Tidak ada kunjungan rumah yang dijadwalkan."))

    def load_job(self, store: Any) -> Any:
        return {"cases": bridge.home_visit_rows(store)}

    def build(self) -> None:
        self.add_picker()
        p = WizardPage("hasil", tr("Hasil kunjungan rumah"))
        p.add_datetime("visited_at", tr("Waktu kunjungan"), required=True)
        p.add_text("visit_result", tr("Hasil"), height=90, required=True,
                   placeholder=tr("keadaan klien dan keluarga, apakah klien tetap di rumah"))
        p.add_text("visit_notes", tr("Catatan / tindak lanjut"), height=70)
        self.add_page(p)

    def commit(self, session: Any, payload: Any) -> Any:
        return bridge.log_home_visit(session, payload)
