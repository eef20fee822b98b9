"""Small shared pieces of the desktop application: vocabulary labels, colours, messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from rumahsinggah.core import vocab
from rumahsinggah.core.errors import RumahSinggahError

APP_STYLE = """
QWidget { font-size: 10pt; }
QLabel#title { font-size: 15pt; font-weight: 600; color: #0b3d62; }
QLabel#subtitle { color: #4a5a66; }
QFrame#countCard { background: #ffffff; border: 1px solid #c9d4dc; border-radius: 6px; }
QLabel#countValue { font-size: 18pt; font-weight: 700; color: #0b3d62; }
QLabel#countLabel { color: #4a5a66; }
QFrame#banner { background: #0b3d62; }
QFrame#banner QLabel { color: #ffffff; }
QLabel#error { color: #a4161a; }
QWidget#lockScreen { background: #0b3d62; }
QWidget#lockScreen QLabel { color: #ffffff; }
QTableView { gridline-color: #dde3e8; selection-background-color: #cfe3f5;
             selection-color: #000000; alternate-background-color: #f5f8fa; }
QHeaderView::section { background: #e9eef2; padding: 4px; border: none;
                       border-right: 1px solid #d0d8de; font-weight: 600; }
"""

# Background colours of the 21-day and service-level states (always shown with text too).
STATE_COLOURS = {
    "normal": QColor("#e8f5e9"),
    "approaching": QColor("#fff4cc"),
    "eligible": QColor("#fde0dc"),
    "terlambat": QColor("#fde0dc"),
    "tepat_waktu": QColor("#e8f5e9"),
}
STATE_SYMBOLS = {"normal": "\u2713", "approaching": "\u25b2", "eligible": "\u203c",
                 "terlambat": "\u203c", "tepat_waktu": "\u2713"}


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, then the dialog is deleted: a dialog parented to the main window
    would otherwise stay alive, hidden, for the rest of the session (every one opened)."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def vocab_label(kind: str, code: str | None) -> str:
    """The label of a stored code in the interface language (the tables are ``Labels``,
    translated by gettext: ``src/rumahsinggah/locale``)."""
    if not code:
        return ""
    tables = {
        "status": vocab.CASE_STATUS_LABELS,
        "role": vocab.ROLE_LABELS,
        "source": vocab.CASE_SOURCE_LABELS,
        "sex": vocab.SEX_LABELS,
        "facility_kind": vocab.FACILITY_KIND_LABELS,
    }
    return tables.get(kind, {}).get(code, code)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, RumahSinggahError):
        return exc.message
    return QCoreApplication.translate(
        "common", "Terjadi kesalahan yang tidak terduga: {0}").format(exc)


# Modal questions go through these so tests can replace them.
def show_error(parent: QWidget | None, exc: BaseException | str) -> None:
    text = exc if isinstance(exc, str) else error_text(exc)
    _MESSAGES["error"](parent, QCoreApplication.translate("common", "Tidak berhasil"), text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    _MESSAGES["info"](parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    return _MESSAGES["ask"](parent, title, text)


def _ask(parent, title, text) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


_MESSAGES: dict[str, Callable] = {
    "error": lambda p, t, x: QMessageBox.warning(p, t, x),
    "info": lambda p, t, x: QMessageBox.information(p, t, x),
    "ask": _ask,
}


def replace_messages(**handlers: Callable) -> None:
    """Tests replace the modal message boxes: error=, info=, ask=."""
    _MESSAGES.update(handlers)


def tune_garbage_collector() -> None:
    """Keep Python's cyclic garbage collector from stalling the window.

    A full collection walks every object; with SQLAlchemy, the standards and Qt wrappers
    loaded that is a few hundred milliseconds, and it runs on whichever thread allocates,
    holding the GIL, so the window freezes. Objects alive once the main window is up live as
    long as the application: ``gc.freeze()`` moves them out of the collector's sight, and the
    older generations are collected less often.
    """
    import gc

    gc.collect()
    gc.freeze()
    gen0, _gen1, _gen2 = gc.get_threshold()
    gc.set_threshold(max(gen0, 5000), 20, 100)
