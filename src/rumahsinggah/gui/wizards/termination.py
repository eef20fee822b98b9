"""Reunifikasi dan terminasi: the basis the client qualifies under (the 21-day state included),
how they leave, the family pickup with the Surat Penjamin printed from here, the handover,
and the home visit scheduled for clients of the same city."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from rumahsinggah.core.vocab import (
    TERMINATION_MODE_LABELS,
    CaseStatus,
    TerminationMode,
)
from rumahsinggah.gui.wizards import bridge, deskclock
from rumahsinggah.gui.wizards.casework import CaseWizard, set_row_visible
from rumahsinggah.gui.wizards.dates import datetime_id
from rumahsinggah.gui.wizards.pages import WizardPage
from rumahsinggah.gui.wizards.text import ERROR_STYLE, HINT_STYLE, lazy_tr, tr
from rumahsinggah.gui.wizards.widgets import IMAGE_FILTER, SCAN_FILTER, add_files

M = TerminationMode
HANDOVER = (M.DIJEMPUT.value, M.DIANTAR.value, M.DIRUJUK.value, M.DISERAHKAN.value)
MODE_PAGE = {
    M.DIJEMPUT.value: "jemput",
    M.DIANTAR.value: "antar",
    M.DIRUJUK.value: "rujuk",
    M.DISERAHKAN.value: "serahkan",
}
STATE_TEXT = {
    "eligible": "‼ ",
    "approaching": "▲ ",
}
HOME_VISIT_AFTER_DAYS = 14


def preview_pdf(parent: QWidget, title: str, pdf: bytes, number: str = "") -> None:
    """Show a generated letter in the letters preview (print / save), non-modal."""
    from rumahsinggah.gui.letters import LetterPreviewDialog

    name = f"surat-penjamin-{number or 'baru'}.pdf".replace("/", "-")
    dialog = LetterPreviewDialog(pdf, title=title, number=number, suggested_name=name,
                                 parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


class TerminationWizard(CaseWizard):
    name = "terminasi"
    title = lazy_tr(lambda: tr("Reunifikasi dan terminasi"))
    permission = "termination.terminate"
    statuses = tuple(s.value for s in (CaseStatus.TERDAFTAR, CaseStatus.IDENTIFIKASI,
                                       CaseStatus.ASESMEN, CaseStatus.MENUNGGU_KEPUTUSAN,
                                       CaseStatus.DALAM_PELAYANAN, CaseStatus.RESOSIALISASI))
    picker_title = lazy_tr(lambda: tr("Terminasi: pilih klien"))
    picker_subtitle = lazy_tr(lambda: tr("Klien yang sudah lebih dari batas lama tinggal "
                                         "ditandai ‼; yang mendekati batas ditandai ▲."))
    picker_empty = lazy_tr(lambda: tr("Tidak ada klien dalam rumah singgah."))
    with_residency = True

    preview = staticmethod(preview_pdf)  # tests and the screenshots may replace it

    def build(self) -> None:
        self.summary: dict[str, Any] = {}
        self.letter_number = ""
        self.printed: Any = None  # the Surat Penjamin made in this wizard, for a reprint
        picker = self.add_picker()
        del picker
        self._build_basis()
        self._build_pickup()
        self._build_simple_pages()
        self._build_handover()

    # -- pages -----------------------------------------------------------------------------

    def _build_basis(self) -> None:
        p = WizardPage("dasar", tr("Dasar dan cara terminasi"),
                       tr("Terminasi hanya dengan dasar yang diizinkan standar pelayanan."))
        self.case_info = QLabel()
        self.case_info.setWordWrap(True)
        self.case_info.setTextFormat(Qt.TextFormat.RichText)
        self.case_info.setStyleSheet("background: #f4f7fa; padding: 6px;")
        p.body.insertWidget(0, self.case_info)
        mode = p.add_combo("mode", tr("Cara klien keluar"),
                           [(k.value, v) for k, v in TERMINATION_MODE_LABELS.items()],
                           required=True)
        p.add_combo("basis", tr("Dasar terminasi"), [],
                    help_text=tr("Tidak perlu untuk klien yang pergi tanpa pamit atau "
                                 "meninggal dunia."))
        mode.currentIndexChanged.connect(self._mode_changed)
        p.extra_checks.append(self._basis_check)
        self.add_page(p)
        self.basis_page = p

    def _build_pickup(self) -> None:
        p = WizardPage("jemput", tr("Dijemput keluarga"),
                       tr("Periksa KTP/KK penjemput, cetak Surat Penjamin, minta keluarga "
                          "menandatanganinya di atas meterai, lalu lampirkan pindaiannya."))
        p.add_line("pickup_name", tr("Nama penjemput"), required=True)
        p.add_line("pickup_relationship", tr("Hubungan dengan klien"), required=True,
                   placeholder=tr("ibu, ayah, kakak, suami, …"))
        p.add_line("pickup_nik", tr("NIK penjemput"), validate=bridge.nik_problem,
                   placeholder=tr("16 angka, dari KTP"))
        p.add_line("pickup_address", tr("Alamat penjemput"))
        p.add_line("pickup_phone", tr("Telepon"))
        p.add_checks("pickup_papers", tr("Dokumen penjemput yang diperiksa"),
                     (("ktp", tr("KTP penjemput")), ("kk", tr("Kartu Keluarga"))), required=True)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.print_button = QPushButton(tr("Cetak &Surat Penjamin…"))
        self.print_button.setObjectName("print_penjamin")
        self.print_button.clicked.connect(self.print_surat_penjamin)
        row.addWidget(self.print_button)
        self.print_status = QLabel(tr("Belum dicetak."))
        self.print_status.setStyleSheet(HINT_STYLE)
        self.print_status.setWordWrap(True)
        row.addWidget(self.print_status, 1)
        p.form.addRow(QLabel(tr("Surat Penjamin")), holder)
        self.print_holder = holder
        self.needs_papers = self.needs_penjamin = True  # until the case's standard is known
        self.printed_before = False  # a Surat Penjamin printed from this case earlier
        p.add_check("penjamin_signed", tr("Surat Penjamin sudah ditandatangani penjemput"),
                    label=tr("Tanda tangan"))
        p.add_check("meterai", tr("Ditandatangani di atas meterai"), label=tr("Meterai"))
        add_files(p, "penjamin_scan", tr("Pindaian Surat Penjamin"), tr("Pilih pindaian…"),
                  SCAN_FILTER, single=True)
        p.extra_checks.append(self._pickup_check)
        self.add_page(p)
        self.pickup_page = p
        self._enable_signing()

    def _build_simple_pages(self) -> None:
        a = WizardPage("antar", tr("Diantar pulang"),
                       tr("Klien diantar ke keluarganya karena keluarga tidak dapat datang."))
        a.add_line("deliver_destination", tr("Alamat tujuan"), required=True)
        a.add_line("escort", tr("Petugas pengantar"), required=True)
        self.add_page(a)
        r = WizardPage("rujuk", tr("Dirujuk ke balai / panti"))
        r.add_line("refer_destination", tr("Balai / panti tujuan"), required=True)
        r.add_line("refer_escort", tr("Petugas pengantar"))
        self.add_page(r)
        s = WizardPage("serahkan", tr("Diserahkan ke instansi lain"))
        s.add_line("handover_agency", tr("Instansi penerima"), required=True)
        self.add_page(s)

    def _build_handover(self) -> None:
        p = WizardPage("serah_terima", tr("Serah terima dan dokumentasi"),
                       tr("Waktu, tempat dan saksi serah terima, dengan foto dokumentasinya. "
                          "Untuk klien yang pergi tanpa pamit: kapan diketahui dan upaya "
                          "pencarian di Catatan."))
        p.add_datetime("terminated_at", tr("Waktu"), required=True)
        p.add_line("place", tr("Tempat serah terima"), required=True,
                   placeholder=tr("mis. Rumah Singgah Banjarmasin"))
        p.add_text("witnesses", tr("Saksi"), height=50, required=True,
                   placeholder=tr("satu nama per baris"))
        add_files(p, "photos", tr("Foto dokumentasi"), tr("Tambah foto…"), IMAGE_FILTER,
                  camera=True)
        p.add_text("notes", tr("Catatan"), height=50)
        hv = p.add_check("home_visit", tr("Jadwalkan kunjungan rumah (bimbingan lanjut)"),
                         label=tr("Bimbingan lanjut"))
        p.add_date("home_visit_date", tr("Tanggal kunjungan"),
                   default=deskclock.today() + timedelta(days=HOME_VISIT_AFTER_DAYS))
        hv.toggled.connect(lambda on: (set_row_visible(p, "home_visit_date", on), p.refresh()))
        p.extra_checks.append(self._handover_check)
        self.add_page(p)
        self.handover_page = p
        set_row_visible(p, "home_visit_date", False)

    # -- flow ------------------------------------------------------------------------------

    def mode(self) -> str:
        return self.basis_page.fields["mode"].value() or ""

    def nextId(self) -> int:  # noqa: N802
        key = self.current_key()
        if key == "kasus":
            return self.page_id("dasar")
        if key == "dasar":
            # never -1 here: QWizard would show Finish instead of Next on this page
            return self.page_id(MODE_PAGE.get(self.mode()) or "serah_terima")
        if key in MODE_PAGE.values():
            return self.page_id("serah_terima")
        return -1

    def initializePage(self, page_id: int) -> None:  # noqa: N802
        super().initializePage(page_id)
        key = self.page(page_id).key
        if key == "dasar":
            stay_id = self.stay_id()
            self.case_info.setText(tr("Memuat data kasus…"))
            self.door.query(lambda store: bridge.case_summary(store, stay_id), self._show_case)
        elif key == "serah_terima":
            handover = self.mode() in HANDOVER
            for name in ("place", "witnesses", "photos"):
                set_row_visible(self.handover_page, name, handover)
            local = self.mode() in (M.DIJEMPUT.value, M.DIANTAR.value) and bool(
                self.summary.get("local"))
            set_row_visible(self.handover_page, "home_visit", local)
            if not local:
                self.handover_page.fields["home_visit"].setter(False)
            set_row_visible(self.handover_page, "home_visit_date",
                            local and bool(self.values().get("home_visit")))
            if handover and not self.values().get("place") and self.summary:
                self.handover_page.fields["place"].setter(self.summary.get("facility", ""))
            self.handover_page.refresh()

    def _show_case(self, info: dict[str, Any]) -> None:
        self.summary = info or {}
        if not info:
            self.case_info.setText(tr("Kasus tidak ditemukan."))
            return
        state = info.get("residency_state", "none")
        mark = STATE_TEXT.get(state, "")
        lines = [
            f"<b>{info['case_number']} · {info['full_name']}</b> ({info['status_label']}, "
            f"{tr('tiba')} {datetime_id(info['arrival_at'])})",
        ]
        if info.get("residency"):
            style = "color:#a4161a;" if state == "eligible" else ""
            lines.append(f"<span style='{style}'><b>{mark}{info['residency']}</b></span>")
        lines.append(tr("Asesmen menyatakan dapat dipulangkan: <b>{x}</b>").format(
            x=tr("ya") if info.get("ready_to_return") else tr("belum")))
        self.case_info.setText("<br>".join(lines))
        combo = self.basis_page.fields["basis"].widget
        from rumahsinggah.gui.wizards.pages import set_options

        options = []
        for code, text in info.get("bases", {}).items():
            ok = (code == "siap_pulang" and info.get("ready_to_return")) or (
                code == "lewat_batas_tinggal" and state == "eligible") or (
                code == "dijemput_keluarga")
            options.append((code, (("✓ " if ok else "") + text)))
        set_options(combo, options, tr("- pilih dasar -"))
        self._apply_pickup_papers(list(info.get("pickup_papers", [])))
        self.printed_before = bool(info.get("penjamin_printed"))
        if self.printed_before and self.printed is None:
            self.print_status.setText(tr("Surat Penjamin kasus ini sudah pernah dicetak; "
                                         "cetak ulang bila perlu."))
        self._enable_signing()
        self.basis_page.refresh()

    def _mode_changed(self, _i: int) -> None:
        no_basis = self.mode() in (M.PERGI.value, M.MENINGGAL.value)
        combo = self.basis_page.fields["basis"].widget
        combo.setEnabled(not no_basis)
        if self.mode() == M.DIJEMPUT.value and not self.restoring:
            index = combo.findData("dijemput_keluarga")
            if index >= 0 and combo.currentData() is None:
                combo.setCurrentIndex(index)
        self.basis_page.refresh()

    def _basis_check(self) -> str | None:
        if self.mode() in (M.PERGI.value, M.MENINGGAL.value):
            return None
        if not self.basis_page.fields["basis"].value():
            return tr("Dasar terminasi")
        return None

    def _apply_pickup_papers(self, named: list[str]) -> None:
        """Ask only for the papers the case's standard names for a family pickup."""
        self.needs_papers = "ktp_kk_penjemput" in named
        self.needs_penjamin = "surat_penjamin" in named
        page = self.pickup_page
        page.fields["pickup_papers"].required = self.needs_papers
        set_row_visible(page, "pickup_papers", self.needs_papers)
        page.form.setRowVisible(self.print_holder, self.needs_penjamin)
        for name in ("penjamin_signed", "meterai", "penjamin_scan"):
            set_row_visible(page, name, self.needs_penjamin)
        if not named:
            page.setSubTitle(tr("Standar pelayanan kasus ini tidak menyebut dokumen penjemput: "
                                "catat siapa yang menjemput."))
        page.refresh()

    def penjamin_ready(self) -> bool:
        """The Surat Penjamin of this case exists: printed here or earlier."""
        return self.printed is not None or self.printed_before

    def _enable_signing(self) -> None:
        """The "signed" and "meterai" boxes and the scan wait for the printed letter."""
        ready = self.penjamin_ready()
        page = self.pickup_page
        for name in ("penjamin_signed", "meterai", "penjamin_scan"):
            field = page.fields[name]
            if not ready and name != "penjamin_scan":
                field.setter(False)
            field.widget.setEnabled(ready)
            field.widget.setToolTip("" if ready else tr("Cetak Surat Penjamin terlebih dahulu."))
        page.refresh()

    def _pickup_check(self) -> str | None:
        if not self.needs_penjamin:
            return None
        if not self.penjamin_ready():
            return tr("Surat Penjamin belum dicetak")
        v = self.values()
        missing = []
        if not v["penjamin_signed"]:
            missing.append(tr("Surat Penjamin belum ditandatangani"))
        if not v["meterai"]:
            missing.append(tr("meterai belum dicentang"))
        if not v["penjamin_scan"]:
            missing.append(tr("pindaian belum dilampirkan"))
        return ", ".join(missing) or None

    def _handover_check(self) -> str | None:
        v = self.values()
        if self.mode() in HANDOVER:
            if not v["place"]:
                return tr("Tempat serah terima")
            if not bridge._lines(v["witnesses"]):
                return tr("paling sedikit satu saksi")
        return None

    # -- Surat Penjamin --------------------------------------------------------------------

    def print_surat_penjamin(self) -> None:
        values = self.values()
        if not values.get("pickup_name"):
            self.print_status.setStyleSheet(ERROR_STYLE)
            self.print_status.setText(tr("Isi nama penjemput dahulu."))
            return
        self.print_button.setEnabled(False)
        self.print_status.setStyleSheet(HINT_STYLE)
        self.print_status.setText(tr("Membuat Surat Penjamin…"))
        actor, previous = self.actor, self.printed
        self.door.write(lambda store: bridge.surat_penjamin_pdf(store, actor, values, previous),
                        self._printed, self._print_failed)

    def _printed(self, result: Any) -> None:
        self.print_button.setEnabled(True)
        self.printed = result
        self.letter_number = result.number
        self.print_status.setText(tr(
            "Surat Penjamin nomor {n} dibuat dan disimpan. Cetak, minta penjemput "
            "menandatanganinya di atas meterai, lalu centang di bawah."
        ).format(n=result.number or "-"))
        self._enable_signing()
        self.preview(self, tr("Surat Penjamin"), result.pdf, result.number)

    def _print_failed(self, exc: Exception) -> None:
        self.print_button.setEnabled(True)
        self.print_status.setStyleSheet(ERROR_STYLE)
        self.print_status.setText(getattr(exc, "message", str(exc)))

    # -- finishing -------------------------------------------------------------------------

    def prepare(self, values: dict[str, Any]) -> Any:
        v = dict(values)
        if self.mode() == M.DIRUJUK.value:
            v["escort"] = v.get("refer_escort", "")
        if self.mode() not in HANDOVER:
            v["place"], v["witnesses"], v["photos"] = "", "", []
        return v

    def commit(self, session: Any, payload: Any) -> Any:
        return bridge.terminate(session, self.door.store, payload)

    def error_field(self, field_name: str | None) -> str | None:
        mapping = {
            "destination": {"diantar_pulang": "deliver_destination",
                            "dirujuk_balai_panti": "refer_destination",
                            "diserahkan_instansi": "handover_agency"}.get(self.mode()),
            "surat_penjamin_signed": "penjamin_signed",
            "surat_penjamin_attachment_id": "penjamin_scan",
            "surat_penjamin_scan": "penjamin_scan",
            "surat_penjamin_printed": "penjamin_signed",
            "stay_id": "basis",
            "scheduled_for": "home_visit_date",
        }
        return mapping.get(field_name or "", field_name)
