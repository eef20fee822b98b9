"""The Rekap Bulanan screen on a real store holding the hand-counted month of
tests/recap_support.py: tables, charts, XLSX and PDF files, and who may open it."""

from __future__ import annotations

import os
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarCategoryAxis, QPieSeries
from PySide6.QtCore import Qt
from tests.sync_support import staff

from recap_support import BJM_FEBRUARY, build
from rumahsinggah.gui import common, recap_view
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.services import recap as svc

SHOTS = os.environ.get("RUMAHSINGGAH_SHOTS", "")


@pytest.fixture
def shelter(store):
    month = build(store)
    door = DbDoor(store)
    yield store, door, month
    door.shutdown()


@pytest.fixture
def messages():
    said: dict[str, list[str]] = {"error": [], "info": []}
    previous = dict(common._MESSAGES)
    common.replace_messages(error=lambda p, t, x: said["error"].append(x),
                            info=lambda p, t, x: said["info"].append(x))
    yield said
    common._MESSAGES.update(previous)


def _open(qtbot, door, actor, *, month=(2026, 2), code=None):
    dialog = recap_view.RecapDialog(door, actor)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.recap is not None and not door.busy, timeout=15000)
    dialog.year.setValue(month[0])
    dialog.month.setCurrentIndex(month[1] - 1)
    index = dialog.facility.findData(code)
    assert index >= 0
    dialog.facility.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not door.busy and dialog.recap is not None
                    and dialog.recap.month_code == f"{month[0]:04d}-{month[1]:02d}"
                    and dialog.recap.total.code == (code or svc.ALL_CODE), timeout=15000)
    return dialog


def _shown(dialog) -> dict[tuple[str, str], list[str]]:
    """(measure, dimension) -> the cells of its row, per scope column."""
    t = dialog.table
    out = {}
    for row in range(t.rowCount()):
        key = t.item(row, 0).data(recap_view.ROLE_KEY)
        if key is not None:
            out[tuple(key)] = [t.item(row, c).text() for c in range(1, t.columnCount())]
    return out


def _bars(chart) -> dict[str, float]:
    [series] = chart.series()
    if isinstance(series, QPieSeries):
        return {s.label().split(":")[0]: s.value() for s in series.slices()}
    [bars] = series.barSets()
    [axis] = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    return {axis.at(i): bars.at(i) for i in range(bars.count())}


def test_the_month_last_month_by_default(qtbot, shelter):
    store, door, _month = shelter
    dialog = recap_view.RecapDialog(door, staff(store, "kepala_bidang"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.recap is not None and not door.busy, timeout=15000)
    from rumahsinggah.core.localtime import local_today

    year, month = recap_view.last_month(local_today())
    assert dialog.recap.month_code == f"{year:04d}-{month:02d}"
    assert [dialog.facility.itemText(i) for i in range(dialog.facility.count())] == [
        "Semua fasilitas", "RPS Pangkalpinang (PGK)", "Rumah Singgah Banjarmasin (BJM)"]
    assert recap_view.last_month(date(2026, 1, 15)) == (2025, 12)


def test_every_figure_shown_is_the_services_and_the_charts_match(qtbot, shelter):
    store, door, _month = shelter
    actor = staff(store, "kepala_bidang")
    dialog = _open(qtbot, door, actor, code="BJM")
    shown = _shown(dialog)
    expected = svc.monthly_recap(store, actor, "2026-02", "BJM").total.figures
    assert expected == BJM_FEBRUARY
    for measure, dims in expected.items():
        for dim, value in dims.items():
            assert shown[(measure, dim)] == [recap_view.number(value)], (measure, dim)
    assert shown[("stay_length", "average")] == ["17,8"]  # the decimal comma
    assert shown[("admissions", "total")] == ["4"]
    assert dialog.table.horizontalHeaderItem(1).text() == "BJM"
    assert "Februari 2026" in dialog.heading.text()
    assert "Rumah Singgah Banjarmasin" in dialog.heading.text()
    assert dialog.cards["past_limit"][0].text() == "3"
    assert dialog.cards["complaints"][1].text() == "pengaduan, 1 belum ditanggapi"

    source = _bars(dialog.charts["source"])
    assert source == {svc.dimension_label("admissions_source", d): n
                      for d, n in BJM_FEBRUARY["admissions_source"].items()}
    assert _bars(dialog.charts["pmks"]) == {"Gelandangan": 1, "Pengemis": 1,
                                            "Anak jalanan": 1, "Tidak diisi": 1}
    assert _bars(dialog.charts["sex"]) == {"Laki-laki": 2, "Perempuan": 2}
    assert _bars(dialog.charts["age"]) == {"6-17 tahun": 1, "18-59 tahun": 2,
                                           "Tidak diketahui": 1}
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "rekap-bulanan-bjm.png"))


def test_all_facilities_show_a_column_each_and_the_total(qtbot, shelter):
    store, door, _month = shelter
    actor = staff(store, "petugas_admin")
    dialog = _open(qtbot, door, actor)
    headers = [dialog.table.horizontalHeaderItem(c).text()
               for c in range(dialog.table.columnCount())]
    assert headers == ["Uraian", "BJM", "PGK", "Jumlah"]
    expected = svc.monthly_recap(store, actor, "2026-02")
    shown = _shown(dialog)
    for col, scope in enumerate(expected.scopes()):
        for measure, dims in scope.figures.items():
            for dim, value in dims.items():
                assert shown[(measure, dim)][col] == recap_view.number(value)
    assert shown[("admissions", "total")] == ["4", "1", "5"]
    assert shown[("admissions_pmks", "tuna susila")] == ["0", "1", "1"]
    assert shown[("complaint_response", "average_hours")] == ["163", "-", "163"]
    # The charts show all facilities together.
    assert _bars(dialog.charts["sex"]) == {"Laki-laki": 2, "Perempuan": 3}
    assert sum(_bars(dialog.charts["pmks"]).values()) == 5
    assert "Semua fasilitas" in dialog.chart_scope.text()
    # A month without admissions draws no bars and says so.
    dialog.year.setValue(2025)
    qtbot.waitUntil(lambda: not door.busy and dialog.recap.year == 2025, timeout=15000)
    assert dialog.charts["source"].series() == []
    assert "tidak ada pada bulan ini" in dialog.charts["source"].title()


def test_saving_xlsx_and_pdf_writes_real_files(qtbot, shelter, tmp_path, messages):
    store, door, _month = shelter
    dialog = _open(qtbot, door, staff(store, "kepala_bidang"), code="BJM")
    asked = []

    def answer(parent, caption, suggested, filt):
        asked.append((suggested, filt))
        return str(tmp_path / ("rekap" if filt.endswith("(*.xlsx)") else "rekap.pdf"))

    recap_view.FILE_DIALOG["save"], previous = answer, recap_view.FILE_DIALOG["save"]
    try:
        dialog.xlsx_button.click()
        qtbot.waitUntil(lambda: len(dialog.saved) == 1 and not door.busy, timeout=15000)
        dialog.pdf_button.click()
        qtbot.waitUntil(lambda: len(dialog.saved) == 2 and not door.busy, timeout=30000)
        recap_view.FILE_DIALOG["save"] = lambda *a: ""  # cancelled: nothing written
        dialog.pdf_button.click()
        qtbot.wait(100)
    finally:
        recap_view.FILE_DIALOG["save"] = previous
    assert messages["error"] == []
    assert asked[0][0].endswith("rekap-bulanan-2026-02-bjm.xlsx")
    xlsx, pdf = dialog.saved
    assert xlsx == tmp_path / "rekap.xlsx"  # the suffix added
    book = load_workbook(xlsx)
    cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
             if c.value is not None]
    assert "Penerimaan menurut sumber" in cells
    assert pdf.read_bytes().startswith(b"%PDF")
    assert len(messages["info"]) == 2 and str(pdf) in messages["info"][1]
    assert len(dialog.saved) == 2


def test_a_role_without_the_permission_cannot_open_it(qtbot, shelter, messages):
    store, door, _month = shelter
    opened = []
    recap_view.open_recap(None, door, staff(store, "pramu_sosial"), show=opened.append)
    qtbot.waitUntil(lambda: len(messages["error"]) == 1 and not door.busy, timeout=15000)
    assert opened == []
    text = messages["error"][0]
    assert "tidak berwenang membuat rekap bulanan" in text
    assert "Kepala Bidang" in text  # who may
    recap_view.open_recap(None, door, staff(store, "kepala_bidang"), show=opened.append)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=15000)
    qtbot.addWidget(opened[0])
    qtbot.waitUntil(lambda: opened[0].recap is not None and not door.busy, timeout=15000)
    assert len(messages["error"]) == 1


def test_every_label_of_the_service_is_marked_for_translation_and_sections_match_the_pdf():
    from rumahsinggah.documents.recap_pdf import SECTIONS as PDF_SECTIONS

    labels = (*svc.MEASURE_LABELS.values(), *svc.OTHER_LABELS.values(),
              *svc.CHANNEL_LABELS.values(), *svc.MONTHS_ID)
    assert set(labels) <= set(recap_view.LABELS)
    assert [m for _t, m in recap_view.SECTIONS] == [m for _t, m in PDF_SECTIONS]
    assert [t for t, _m in recap_view.SECTIONS] == [t for t, _m in PDF_SECTIONS]
    assert Qt.ItemDataRole.UserRole == recap_view.ROLE_KEY


# -- the menu entry, per role, in the main window --------------------------------------------

@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    from gui_support import build_template

    return build_template(tmp_path_factory.mktemp("recap-menu") / "store", clients=20)


def _main_window(qtbot, demo_template, tmp_path, username):
    from gui_support import copy_store, sign_in, wait_door
    from rumahsinggah.gui.main_window import MainWindow
    from rumahsinggah.gui.preferences import Preferences

    paths = copy_store(demo_template, tmp_path / username)
    signed = sign_in(paths, username)
    w = MainWindow(signed.store, paths, signed.user, signed.actor, Preferences())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.board.model.ready and w.board.model.counted, timeout=15000)
    wait_door(qtbot, w)
    return w, signed


def _file_menu_texts(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menus["file"].actions()
            if a.isVisible() and not a.isSeparator()]


def test_the_recap_entry_follows_the_role_rules(qtbot, demo_template, tmp_path, messages):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from rumahsinggah.services import permissions

    # The rule: the monthly recap is for the office staff, not for a pramu sosial.
    assert not permissions.can("pramu_sosial", "report.monthly")
    assert permissions.can("kepala_bidang", "report.monthly")

    pramu, signed = _main_window(qtbot, demo_template, tmp_path, "pramu")
    try:
        entry = pramu.actions["monthly_recap"]
        assert entry.permission == "report.monthly"
        assert not entry.action.isVisible() and not entry.action.isEnabled()
        assert "Rekap bulanan..." not in _file_menu_texts(pramu)
        assert not pramu.can("monthly_recap")
        why = pramu.refusal_text("monthly_recap")
        assert "tidak berwenang membuat rekap bulanan" in why and "Kepala Bidang" in why
        # Reached some other way all the same, the service refuses and says who may.
        entry.handler()
        qtbot.waitUntil(lambda: len(messages["error"]) == 1 and not pramu.door.busy, timeout=15000)
        assert "tidak berwenang membuat rekap bulanan" in messages["error"][0]
        assert not any(isinstance(w, recap_view.RecapDialog) and w.isVisible()
                       for w in QApplication.topLevelWidgets())
    finally:
        pramu.shutdown()
        signed.store.close()

    head, signed = _main_window(qtbot, demo_template, tmp_path, "kabid")
    try:
        entry = head.actions["monthly_recap"]
        assert entry.action.isVisible() and entry.action.isEnabled()
        assert "Rekap bulanan..." in _file_menu_texts(head)
        opened = []

        def answer() -> None:  # the dialog runs modally: look at it, then close it
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, recap_view.RecapDialog) and dialog.recap is not None \
                    and not head.door.busy:
                opened.append((dialog.recap.month_code, dialog.windowTitle()))
                dialog.reject()
            else:
                QTimer.singleShot(50, answer)

        QTimer.singleShot(50, answer)
        entry.action.trigger()
        qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
        assert opened[0][1]  # a titled recap window, with a month loaded
        assert len(opened[0][0]) == 7 and opened[0][0][4] == "-"
        assert len(messages["error"]) == 1  # no refusal for the head
    finally:
        head.shutdown()
        signed.store.close()
