"""The Rekap Bulanan screen: one month's figures per facility and for all, as tables grouped
like the PDF, with charts of the month's admissions; saved as XLSX or PDF.

Figures come from ``services.recap`` and files from ``services.recap_export``, both run through
the door off the GUI thread; this screen only shows them. Opened with :func:`open_recap`, which
asks the service whether the signed-in role may make the recap (``report.monthly``) before the
dialog appears, and otherwise shows the service's message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.core.localtime import local_today
from rumahsinggah.gui import hooks
from rumahsinggah.gui.common import run_modal, show_error, show_info
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.i18n import current_language
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.services.recap import (
    ALL_CODE,
    MEASURE_LABELS,
    MONTHS_ID,
    MonthlyRecap,
    dimension_label,
)
from rumahsinggah.storage.audit import Actor

# Every label ``services.recap`` shows (measures, dimensions, channels) and the month names:
# their English lives in the .ts like every GUI text (tests check that none is missing here).
LABELS = (
    QT_TRANSLATE_NOOP("RecapLabels", "Penerimaan klien"),
    QT_TRANSLATE_NOOP("RecapLabels", "Penerimaan menurut sumber"),
    QT_TRANSLATE_NOOP("RecapLabels", "Penerimaan menurut kategori PPKS"),
    QT_TRANSLATE_NOOP("RecapLabels", "Penerimaan menurut jenis kelamin"),
    QT_TRANSLATE_NOOP("RecapLabels", "Penerimaan menurut kelompok umur"),
    QT_TRANSLATE_NOOP("RecapLabels", "Penerimaan menurut daerah asal"),
    QT_TRANSLATE_NOOP("RecapLabels", "Klien yang kembali"),
    QT_TRANSLATE_NOOP("RecapLabels", "Rujukan masuk"),
    QT_TRANSLATE_NOOP("RecapLabels", "Keputusan Kepala Bidang"),
    QT_TRANSLATE_NOOP("RecapLabels", "Terminasi"),
    QT_TRANSLATE_NOOP("RecapLabels", "Terminasi menurut dasar"),
    QT_TRANSLATE_NOOP("RecapLabels", "Terminasi menurut cara"),
    QT_TRANSLATE_NOOP("RecapLabels", "Rujukan keluar"),
    QT_TRANSLATE_NOOP("RecapLabels", "Lama tinggal (kasus ditutup bulan ini, hari)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Melewati batas tinggal"),
    QT_TRANSLATE_NOOP("RecapLabels", "Kasus dilayani"),
    QT_TRANSLATE_NOOP("RecapLabels", "Pengaduan"),
    QT_TRANSLATE_NOOP("RecapLabels", "Pengaduan menurut saluran"),
    QT_TRANSLATE_NOOP("RecapLabels", "Waktu tanggapan pengaduan"),
    QT_TRANSLATE_NOOP("RecapLabels", "Jumlah"),
    QT_TRANSLATE_NOOP("RecapLabels", "Jumlah klien"),
    QT_TRANSLATE_NOOP("RecapLabels", "0-5 tahun (balita)"),
    QT_TRANSLATE_NOOP("RecapLabels", "6-17 tahun (anak)"),
    QT_TRANSLATE_NOOP("RecapLabels", "18-59 tahun (dewasa)"),
    QT_TRANSLATE_NOOP("RecapLabels", "60 tahun ke atas (lanjut usia)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Tidak diketahui"),
    QT_TRANSLATE_NOOP("RecapLabels", "Kabupaten/kota ini"),
    QT_TRANSLATE_NOOP("RecapLabels", "Provinsi ini (kab/kota lain)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Luar provinsi"),
    QT_TRANSLATE_NOOP("RecapLabels", "Tidak diisi"),
    QT_TRANSLATE_NOOP("RecapLabels", "Tanpa dasar (pergi tanpa pamit / meninggal dunia)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Jumlah kasus ditutup"),
    QT_TRANSLATE_NOOP("RecapLabels", "Rata-rata (hari)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Median (hari)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Terlama (hari)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Dilayani selama bulan ini"),
    QT_TRANSLATE_NOOP("RecapLabels", "Masih dalam layanan akhir bulan"),
    QT_TRANSLATE_NOOP("RecapLabels", "Diterima"),
    QT_TRANSLATE_NOOP("RecapLabels", "Sudah ditanggapi"),
    QT_TRANSLATE_NOOP("RecapLabels", "Tepat waktu"),
    QT_TRANSLATE_NOOP("RecapLabels", "Melewati batas waktu"),
    QT_TRANSLATE_NOOP("RecapLabels", "Tanpa batas waktu"),
    QT_TRANSLATE_NOOP("RecapLabels", "Belum ditanggapi akhir bulan"),
    QT_TRANSLATE_NOOP("RecapLabels", "Belum ditanggapi dan lewat batas waktu"),
    QT_TRANSLATE_NOOP("RecapLabels", "Rata-rata (jam)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Median (jam)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Terlama (jam)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Rata-rata (hari kerja)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Terlama (hari kerja)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Keputusan rujuk lanjutan"),
    QT_TRANSLATE_NOOP("RecapLabels", "Rujuk ke layanan kesehatan"),
    QT_TRANSLATE_NOOP("RecapLabels", "Terminasi: dirujuk ke balai / panti"),
    QT_TRANSLATE_NOOP("RecapLabels", "Terminasi: diserahkan ke instansi lain"),
    QT_TRANSLATE_NOOP("RecapLabels", "Datang langsung"),
    QT_TRANSLATE_NOOP("RecapLabels", "Surat"),
    QT_TRANSLATE_NOOP("RecapLabels", "Kotak saran"),
    QT_TRANSLATE_NOOP("RecapLabels", "Laman (website)"),
    QT_TRANSLATE_NOOP("RecapLabels", "Telepon"),
    QT_TRANSLATE_NOOP("RecapLabels", "WhatsApp"),
    QT_TRANSLATE_NOOP("RecapLabels", "Pos-el (e-mail)"),
    QT_TRANSLATE_NOOP("RecapLabels", "SP4N LAPOR!"),
    QT_TRANSLATE_NOOP("RecapLabels", "Januari"),
    QT_TRANSLATE_NOOP("RecapLabels", "Februari"),
    QT_TRANSLATE_NOOP("RecapLabels", "Maret"),
    QT_TRANSLATE_NOOP("RecapLabels", "April"),
    QT_TRANSLATE_NOOP("RecapLabels", "Mei"),
    QT_TRANSLATE_NOOP("RecapLabels", "Juni"),
    QT_TRANSLATE_NOOP("RecapLabels", "Juli"),
    QT_TRANSLATE_NOOP("RecapLabels", "Agustus"),
    QT_TRANSLATE_NOOP("RecapLabels", "September"),
    QT_TRANSLATE_NOOP("RecapLabels", "Oktober"),
    QT_TRANSLATE_NOOP("RecapLabels", "November"),
    QT_TRANSLATE_NOOP("RecapLabels", "Desember"),
)

# The sections of the PDF (``documents.recap_pdf.SECTIONS``), in the order of the form.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("RecapDialog", "A. Penerimaan klien"),
     ("admissions", "admissions_source", "admissions_pmks", "admissions_sex", "admissions_age",
      "admissions_origin", "returning", "referrals_in")),
    (QT_TRANSLATE_NOOP("RecapDialog", "B. Keputusan dan layanan"),
     ("decisions", "served", "stay_length", "past_limit")),
    (QT_TRANSLATE_NOOP("RecapDialog", "C. Terminasi dan rujukan keluar"),
     ("terminations", "terminations_basis", "terminations_mode", "referrals_out")),
    (QT_TRANSLATE_NOOP("RecapDialog", "D. Pengaduan"),
     ("complaints", "complaints_channel", "complaint_response")),
)
SINGLE = ("admissions", "terminations", "past_limit", "returning")  # one figure: one row
STATS = ("stay_length", "complaint_response")  # averages: "-" when there is nothing to average
# The charts: (key, measure, kind); all show the recap's total (the one facility, or all).
CHARTS = (("source", "admissions_source", "hbar"), ("pmks", "admissions_pmks", "hbar"),
          ("sex", "admissions_sex", "pie"), ("age", "admissions_age", "hbar"))
BAR = QColor("#2f6f9f")
PIE = (QColor("#2f6f9f"), QColor("#c8553d"), QColor("#8a9ba8"), QColor("#e0a458"))
SECTION_BG = QColor("#dfe8ef")
MEASURE_BG = QColor("#f3f6f8")
MAX_BARS = 8  # a chart shows the largest seven and the rest together
ROLE_KEY = Qt.ItemDataRole.UserRole  # (measure, dimension) of a figure's row


def label(text: str) -> str:
    """A label of ``services.recap`` in the interface language."""
    return QCoreApplication.translate("RecapLabels", text)


def number(value: float | int | None) -> str:
    """A figure as the tables show it: whole numbers plain, one decimal otherwise (a decimal
    comma in Indonesian), "-" for a figure that does not exist (nothing to average)."""
    if value is None:
        return "-"
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:.1f}"
        return text.replace(".", ",") if current_language() != "en" else text
    return str(int(value))


def measure_rows(recap: MonthlyRecap, measure: str) -> list[tuple[str, str, list[str]]]:
    """(dimension, label, cells per scope) of one measure, as the PDF lists them."""
    scopes = recap.scopes()
    dims: list[str] = []
    for scope in scopes:
        dims += [d for d in scope.figures.get(measure, {}) if d not in dims]
    rows = []
    for dim in dims or ["total"]:
        text = label(MEASURE_LABELS[measure] if measure in SINGLE
                     else dimension_label(measure, dim))
        missing = None if measure in STATS else 0
        rows.append((dim, text, [number(scope.figures.get(measure, {}).get(dim, missing))
                                 for scope in scopes]))
    if measure == "complaint_response" and not dims:
        rows = [("", QCoreApplication.translate(
            "RecapDialog", "Belum ada pengaduan yang ditanggapi"), ["-"] * len(scopes))]
    return rows


def month_name(month: int, year: int) -> str:
    return f"{label(MONTHS_ID[month - 1])} {year}"


def last_month(today: date) -> tuple[int, int]:
    return (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)


def _ask_save_path(parent: QWidget, caption: str, suggested: str, filt: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, filt)
    return path


# The file dialog goes through this so tests can hand in a path ("" = cancelled).
FILE_DIALOG: dict[str, Callable[[QWidget, str, str, str], str]] = {"save": _ask_save_path}


def _card(parent: QWidget) -> tuple[QFrame, QLabel, QLabel]:
    frame = QFrame(parent)
    frame.setObjectName("countCard")
    value, text = QLabel("-", frame), QLabel(frame)
    value.setObjectName("countValue")
    text.setObjectName("countLabel")
    text.setWordWrap(True)
    box = QVBoxLayout(frame)
    box.setContentsMargins(10, 4, 10, 4)
    box.setSpacing(0)
    box.addWidget(value)
    box.addWidget(text)
    return frame, value, text


class RecapDialog(QDialog):
    """Month and facility at the top, key figures, the tables (left) and charts (right)."""

    def __init__(self, door: DbDoor, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door, self.actor = door, actor
        self.recap: MonthlyRecap | None = None
        self.saved: list[Path] = []  # files written from this dialog, newest last
        self._asked = 0  # the newest recap asked for; older answers are dropped
        self._ready = False
        self.setWindowTitle(self.tr("Rekap Bulanan"))

        year, month = last_month(local_today())
        self.month = QComboBox(self)
        for i in range(12):
            self.month.addItem(label(MONTHS_ID[i]), i + 1)
        self.month.setCurrentIndex(month - 1)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.facility = QComboBox(self)
        self.facility.setMinimumContentsLength(28)
        self.show_button = QPushButton(self.tr("&Tampilkan"), self)
        self.xlsx_button = QPushButton(self.tr("Simpan &XLSX..."), self)
        self.pdf_button = QPushButton(self.tr("Simpan &PDF..."), self)
        self.close_button = QPushButton(self.tr("Tutup"), self)

        self.heading = QLabel(self)
        self.heading.setObjectName("title")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cards: dict[str, tuple[QLabel, QLabel]] = {}
        cards = QHBoxLayout()
        for key in ("admissions", "served", "open_at_end", "terminations", "past_limit",
                    "complaints"):
            frame, value, text = _card(self)
            self.cards[key] = (value, text)
            cards.addWidget(frame, 1)

        self.table = QTableWidget(0, 1, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)

        charts = QWidget(self)
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.charts: dict[str, QChart] = {}
        self.chart_views: dict[str, QChartView] = {}
        for i, (key, _measure, _kind) in enumerate(CHARTS):
            chart = QChart()
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            chart.setMargins(QMargins(4, 4, 4, 4))
            chart.setBackgroundRoundness(4)
            view = QChartView(chart, charts)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(300, 200)
            self.charts[key], self.chart_views[key] = chart, view
            grid.addWidget(view, i // 2, i % 2)
        grid.setRowStretch(0, 3)  # the sources and the categories have the most bars
        grid.setRowStretch(1, 2)
        self.chart_scope = QLabel(self)
        self.chart_scope.setObjectName("subtitle")
        right = QWidget(self)
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addWidget(self.chart_scope)
        rbox.addWidget(charts, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setChildrenCollapsible(False)

        self.note = QLabel(self.tr(
            "Penerimaan: kasus yang datang pada bulan ini. Lama tinggal: kasus yang ditutup "
            "pada bulan ini, hari kedatangan dihitung hari ke-1. Setiap fasilitas dihitung "
            "menurut zona waktunya (WIB/WITA/WIT)."), self)
        self.note.setObjectName("subtitle")
        self.note.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bulan:"), self))
        top.addWidget(self.month)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Fasilitas:"), self))
        top.addWidget(self.facility, 1)
        top.addWidget(self.show_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.xlsx_button)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addLayout(cards)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        fit_window(self, "recap", 1340, 740)
        self.splitter.setSizes([560, 760])

        self.show_button.clicked.connect(self.refresh)
        self.month.currentIndexChanged.connect(self._changed)
        self.year.valueChanged.connect(self._changed)
        self.facility.currentIndexChanged.connect(self._changed)
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.close_button.clicked.connect(self.reject)
        self._enable(False)

        def job(store):
            from rumahsinggah.services import board

            with store.read() as s:
                return board.filter_choices(s).facilities

        door.query(job, self._show_facilities, lambda exc: show_error(self, exc), owner=self)

    # -- loading -------------------------------------------------------------------------

    def _show_facilities(self, facilities) -> None:
        self.facility.blockSignals(True)
        self.facility.addItem(self.tr("Semua fasilitas"), None)
        for _fid, code, name in facilities:
            self.facility.addItem(f"{name} ({code})", code)
        if len(facilities) == 1:
            self.facility.setCurrentIndex(1)
        self.facility.blockSignals(False)
        self._ready = True
        self.refresh()

    def month_code(self) -> str:
        return f"{self.year.value():04d}-{int(self.month.currentData()):02d}"

    def _changed(self, *_args) -> None:
        if self._ready:
            self.refresh()

    def refresh(self) -> None:
        from rumahsinggah.services.recap import monthly_recap

        month, code, actor = self.month_code(), self.facility.currentData(), self.actor
        self._asked += 1
        asked = self._asked
        self._enable(False)
        self.heading.setText(self.tr("Rekap Bulanan {0}: menghitung...").format(
            month_name(int(self.month.currentData()), self.year.value())))

        def job(store):
            return monthly_recap(store, actor, month, code)

        def failed(exc) -> None:
            if asked == self._asked:
                self.heading.setText(self.tr("Rekap Bulanan"))
            show_error(self, exc)

        self.door.query(job, lambda recap: self._show(recap, asked), failed, owner=self)

    def _enable(self, ready: bool) -> None:
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(ready and self.recap is not None)

    # -- showing -------------------------------------------------------------------------

    def _show(self, recap: MonthlyRecap, asked: int) -> None:
        if asked != self._asked:
            return  # the month or facility changed meanwhile: a newer answer is coming
        self.recap = recap
        scope = recap.facilities[0].name if len(recap.facilities) == 1 \
            else self.tr("Semua fasilitas")
        self.heading.setText(self.tr("Rekap Bulanan {0} \u2013 {1}").format(
            month_name(recap.month, recap.year), scope))
        total = recap.total
        figures = {
            "admissions": (total.value("admissions"), self.tr("penerimaan baru")),
            "served": (total.value("served", "during_month"),
                       self.tr("kasus dilayani bulan ini")),
            "open_at_end": (total.value("served", "open_at_end"),
                            self.tr("masih dalam layanan akhir bulan")),
            "terminations": (total.value("terminations"), self.tr("terminasi")),
            "past_limit": (total.value("past_limit"), self.tr("melewati batas tinggal")),
            "complaints": (total.value("complaints", "received"),
                           self.tr("pengaduan, {0} belum ditanggapi").format(
                               total.value("complaints", "unanswered"))),
        }
        for key, (value, text) in figures.items():
            self.cards[key][0].setText(number(value))
            self.cards[key][1].setText(text)
        self._fill_table(recap)
        self.chart_scope.setText(self.tr("Grafik penerimaan bulan ini: {0}").format(scope))
        for key, measure, kind in CHARTS:
            self._draw(self.charts[key], measure, kind, total.figures.get(measure, {}))
        self._enable(True)

    def _fill_table(self, recap: MonthlyRecap) -> None:
        scopes = recap.scopes()
        t = self.table
        t.clear()
        t.setColumnCount(1 + len(scopes))
        t.setHorizontalHeaderLabels([self.tr("Uraian"), *[
            s.code if s.code != ALL_CODE else self.tr("Jumlah") for s in scopes]])
        for col, scope in enumerate(scopes, start=1):
            t.horizontalHeaderItem(col).setToolTip(scope.name if scope.code != ALL_CODE
                                                   else self.tr("Semua fasilitas"))
        bold = QFont(t.font())
        bold.setBold(True)
        rows: list[tuple[str, str, tuple | None, list[str]]] = []  # kind, text, key, cells
        for title, measures in SECTIONS:
            rows.append(("section", QCoreApplication.translate("RecapDialog", title), None, []))
            for measure in measures:
                found = measure_rows(recap, measure)
                if measure in SINGLE:
                    dim, text, cells = found[0]
                    rows.append(("single", text, (measure, dim), cells))
                    continue
                rows.append(("measure", label(MEASURE_LABELS[measure]), None, []))
                rows += [("dim", "    " + text, (measure, dim) if dim else None, cells)
                         for dim, text, cells in found]
        t.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, (kind, text, key, cells) in enumerate(rows):
            item = QTableWidgetItem(text)
            item.setToolTip(text.strip())
            if key is not None:
                item.setData(ROLE_KEY, key)
            if kind != "dim":
                item.setFont(bold)
            if kind == "section":
                t.setSpan(i, 0, 1, t.columnCount())
            t.setItem(i, 0, item)
            for col, cell in enumerate(cells, start=1):
                value = QTableWidgetItem(cell)
                value.setTextAlignment(right)
                if kind == "single" or col == len(scopes) and len(scopes) > 1:
                    value.setFont(bold)
                t.setItem(i, col, value)
            background = {"section": SECTION_BG, "measure": MEASURE_BG,
                          "single": MEASURE_BG}.get(kind)
            if background is not None:
                for col in range(t.columnCount()):
                    if t.item(i, col) is None:
                        t.setItem(i, col, QTableWidgetItem(""))
                    t.item(i, col).setBackground(QBrush(background))
        header = t.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, t.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            t.setColumnWidth(col, 60 if len(scopes) > 1 else 90)
        t.resizeRowsToContents()

    def _draw(self, chart: QChart, measure: str, kind: str, values: dict) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        title = label(MEASURE_LABELS[measure])
        items = [(label(dimension_label(measure, dim)), int(n)) for dim, n in values.items()
                 if n]
        if measure == "admissions_age":  # "60 tahun ke atas (lanjut usia)": the years do
            items = [(text.split(" (")[0], n) for text, n in items]
        chart.legend().setVisible(False)
        if not items:
            chart.setTitle(self.tr("{0}: tidak ada pada bulan ini").format(title))
            return
        chart.setTitle(f"{title} ({sum(n for _text, n in items)})")
        if len(items) > MAX_BARS:  # QtCharts elides every label when the bars crowd
            rest = items[MAX_BARS - 1:]
            items = items[:MAX_BARS - 1] + [(self.tr("Lainnya ({0} kategori)").format(
                len(rest)), sum(n for _text, n in rest))]
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        if kind == "pie":
            series = QPieSeries()
            total = sum(n for _text, n in items)
            for i, (text, n) in enumerate(items):
                piece = series.append(f"{text}: {n}", n)
                piece.setBrush(PIE[i % len(PIE)])
                piece.setLabelVisible(False)
            series.setPieSize(0.9)
            chart.addSeries(series)
            legend = chart.legend()
            legend.setVisible(True)
            legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
            legend.setFont(self.font())
            for marker, (text, n) in zip(legend.markers(series), items, strict=True):
                marker.setLabel(f"{text}: {n} ({round(100 * n / total)}%)")
            return
        # Horizontal bars: the labels read in full at the left; the first item at the top
        # (by size for sources and categories, in their order for age groups).
        items = items[::-1]
        bars = QBarSet(title)
        bars.setColor(BAR)
        bars.setLabelColor(QColor("#000000"))
        bars.setLabelFont(small)
        for _text, n in items:
            bars.append(n)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(series.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.75)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([text for text, _n in items])
        categories.setLabelsFont(small)
        categories.setGridLineVisible(False)
        counts = QValueAxis()
        top = max(n for _text, n in items)
        counts.setRange(0, top * 1.15 + 1)  # room for the number after the longest bar
        counts.applyNiceNumbers()
        counts.setLabelFormat("%d")
        counts.setLabelsFont(small)
        if counts.max() <= 5:
            counts.setTickCount(int(counts.max()) + 1)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(counts)

    # -- saving --------------------------------------------------------------------------

    def save(self, kind: str) -> None:
        from rumahsinggah.services.recap_export import export_file

        recap = self.recap
        if recap is None:
            return
        scope = recap.total.code.lower()
        suggested = str(Path.home() / f"rekap-bulanan-{recap.month_code}-{scope}.{kind}")
        caption = self.tr("Simpan rekap bulanan")
        filt = {"xlsx": self.tr("Buku kerja Excel (*.xlsx)"),
                "pdf": self.tr("Dokumen PDF (*.pdf)")}[kind]
        chosen = FILE_DIALOG["save"](self, caption, suggested, filt)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        actor = self.actor

        def job(store):
            return export_file(store, actor, recap, path)

        def done(written: Path) -> None:
            self.saved.append(written)
            show_info(self, caption, self.tr("Rekap bulanan {0} disimpan di:\n{1}").format(
                month_name(recap.month, recap.year), written))

        self.door.query(job, done, lambda exc: show_error(self, exc), owner=self)


def open_recap(parent: QWidget | None, door: DbDoor, actor: Actor,
               show: Callable[[RecapDialog], object] | None = None) -> None:
    """Open the dialog if the service lets ``actor`` make the recap; otherwise show the
    service's message (who may). ``show`` (tests) replaces ``dialog.exec()``."""
    from rumahsinggah.services import permissions

    def job(store):
        with store.session(actor, readonly=True) as s, s.begin():
            permissions.require(s, "report.monthly")

    def allowed(_result) -> None:
        dialog = RecapDialog(door, actor, parent)
        (show or run_modal)(dialog)

    door.query(job, allowed, lambda exc: show_error(parent, exc))


@hooks.on_main_window
def _add_menu(window) -> None:
    window.register_action(
        "file", "monthly_recap", QT_TRANSLATE_NOOP("MainWindow", "&Rekap bulanan..."),
        lambda: open_recap(window, window.door, window.actor), permission="report.monthly")


@hooks.on_screenshots
def _screenshots(ctx):
    dialog = RecapDialog(ctx.window.door, ctx.window.actor, ctx.window)
    dialog.resize(1366, 768)
    dialog.show()
    ctx.wait_idle()
    ctx.wait(50)
    yield "rekap-bulanan", dialog
    dialog.close()
