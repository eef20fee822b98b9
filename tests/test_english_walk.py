"""English chosen: every screen the main window opens and every wizard page reads in English.

The walk signs in as the administrator and as the Kepala Bidang, opens the window in English,
triggers every menu action and reads the chrome of whatever opens (labels, buttons, group and
tab titles, headers, placeholders, window titles, every page of a wizard, message boxes).
Data (names, addresses, table rows, combo entries) is left aside; the check looks for the
Indonesian words a sentence of the interface cannot do without."""

from __future__ import annotations

import os
import re

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
    QWizard,
)

from gui_support import build_template, copy_store, sign_in, wait_door
from rumahsinggah.gui.i18n import install_language
from rumahsinggah.gui.main_window import MainWindow
from rumahsinggah.gui.preferences import Preferences

# Words every Indonesian sentence of the interface leans on; none is an English word, a
# domain name kept in Indonesian (Surat Penjamin, pramu sosial, PPKS...) or a usual name.
INDONESIAN = re.compile(r"\b(yang|tidak|dengan|untuk|belum|sudah|atau|dari|pada|akan|harus|"
                        r"dapat|wajib|simpan|batal|tutup|cetak|semua|pilih|ubah|hapus|"
                        r"tambah|lanjut|selesai|kembali|berikutnya|tanggal|diterima|sedang|"
                        r"silakan|terlebih|dahulu|bila|jika|sebagai|baru|nama|keadaan|keluar|masuk|keterangan|"
                        r"baris|saluran|pengadu|fasilitas|lengkap|asal|batas|isi)\b",
                        re.IGNORECASE)
# Not run by the walk: they end the session, change the language or the user.
SKIP = {"quit", "lock", "switch_user", "lang_id", "lang_en", "close_tab"}


def _chrome(widget: QWidget) -> list[str]:
    """The interface's own words on ``widget`` and its children (not the data)."""
    out = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out += [w.text(), w.toolTip()]
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QTableWidget | QTreeWidget):
            model = w.model()
            out += [str(model.headerData(c, _horizontal()) or "")
                    for c in range(model.columnCount())]
        elif isinstance(w, QTableView) and w.model() is not None:
            out += [str(w.model().headerData(c, _horizontal()) or "")
                    for c in range(w.model().columnCount())]
        elif isinstance(w, QHeaderView):
            continue
    if isinstance(widget, QWizard):
        for pid in widget.pageIds():
            page = widget.page(pid)
            out += [page.title(), page.subTitle()]
            out += _chrome(page)
    if isinstance(widget, QMessageBox):
        out += [widget.text(), widget.informativeText()]
    return [t for t in out if t]


def _settle(qtbot, window) -> None:
    """Let the closed windows' saves finish and their deletions happen before the next
    language change reaches every widget."""
    from PySide6.QtCore import QCoreApplication, QEvent

    wait_door(qtbot, window)
    QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))
    QCoreApplication.processEvents()


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _indonesian(texts: list[str]) -> list[str]:
    plain = (re.sub(r"<[^>]+>|&(?=\w)", "", t) for t in texts)
    return sorted({t for t in plain if INDONESIAN.search(t)})


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("english") / "store", clients=12)


USERS = ["admin", "kabid", "peksos", "pramu", "petugas"]
INNER = "RUMAHSINGGAH_WALK_INNER"


@pytest.mark.slow
def test_every_screen_and_wizard_page_reads_in_english_in_a_fresh_process(tmp_path):
    """The walk runs in a process of its own: widgets other tests leave behind must neither
    answer the language change nor be reached by it (they did, and crashed the run)."""
    import subprocess
    import sys

    env = dict(os.environ, **{INNER: "1", "QT_QPA_PLATFORM": "offscreen"})
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp",
         str(tmp_path / "walk"), f"{__file__}::test_walk"],
        env=env, capture_output=True, text=True, timeout=900, cwd=os.path.dirname(
            os.path.dirname(__file__)))
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert f"{len(USERS)} passed" in done.stdout


def _walk(qtbot, qapp, template, tmp_path, username):
    paths = copy_store(template, tmp_path / "store")
    assert install_language("en")
    signed = sign_in(paths, username)
    window = MainWindow(signed.store, paths, signed.user, signed.actor,
                        Preferences(language="en"))
    qtbot.addWidget(window)
    found: dict[str, list[str]] = {}
    seen_modals: list[str] = []

    def harvest_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        seen_modals.append(type(modal).__name__)
        found.setdefault(current[0], []).extend(_chrome(modal))
        if isinstance(modal, QMessageBox):
            modal.done(int(QMessageBox.StandardButton.Close))
        elif isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    current = ["window"]
    timer = QTimer()
    timer.setInterval(150)
    timer.timeout.connect(harvest_modal)
    timer.start()
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: window.board.model.ready, timeout=15000)
        wait_door(qtbot, window)
        found["window"] = _chrome(window) + [a.text() for a in window.findChildren(
            type(window.actions["board"].action))]
        before = set(QApplication.topLevelWidgets())
        for key, entry in sorted(window.actions.items()):
            if key in SKIP or not (entry.action.isVisible() and entry.action.isEnabled()):
                continue
            current[0] = key
            entry.action.trigger()
            qtbot.wait(300)
            wait_door(qtbot, window)
            qtbot.wait(200)
            for w in set(QApplication.topLevelWidgets()) - before:
                if w.isVisible() and w is not window:
                    found.setdefault(key, []).extend(_chrome(w))
                    w.close()
            _settle(qtbot, window)
            window.show_board()
    finally:
        timer.stop()
        _settle(qtbot, window)
        install_language("id")
        window.shutdown()
        window.close()
        signed.store.close()
    assert len(found) >= 5  # the walk did open the screens
    left = {key: _indonesian(texts) for key, texts in found.items()}
    left = {k: v for k, v in left.items() if v}
    assert left == {}


if os.environ.get(INNER):  # only inside the fresh process started above
    @pytest.mark.parametrize("username", USERS)
    def test_walk(qtbot, qapp, template, tmp_path, username):
        _walk(qtbot, qapp, template, tmp_path, username)
