"""Print or export a list from the window: the board's view, today's arrivals, a raid.

The documents are made below the GUI (``services.lists``); this module only asks where to
save, shows a PDF in the letter preview (print or save from there) and says what was saved.
``ASK_PATH`` and ``SHOW_PDF`` are the two places tests replace.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from rumahsinggah.gui.common import show_error, show_info


def tr(text: str) -> str:
    """lupdate files a module-level ``tr("...")`` under the empty context (as the wizards')."""
    return QCoreApplication.translate("", text)


def _ask_path(parent: QWidget | None, caption: str, suggested: str, pattern: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, pattern)
    return path


def _show_pdf(parent: QWidget | None, title: str, pdf: bytes, suggested: str) -> None:
    from rumahsinggah.gui.letters.preview import LetterPreviewDialog

    dialog = LetterPreviewDialog(pdf, title=title, suggested_name=suggested, parent=parent)
    dialog.setModal(False)
    dialog.show()


ASK_PATH: dict[str, Callable] = {"ask": _ask_path}
SHOW_PDF: dict[str, Callable] = {"show": _show_pdf}


def saved_message(parent: QWidget | None, path: Path) -> None:
    show_info(parent, tr("Berkas tersimpan"),
              tr("Berkas tersimpan di:\n{0}").format(str(path)))


def _save_xlsx(parent: QWidget | None, door, data: bytes, suggested: str,
               on_saved: Callable[[Path], Any] | None) -> None:
    path = ASK_PATH["ask"](parent, tr("Simpan sebagai XLSX"), suggested,
                           tr("Buku kerja Excel (*.xlsx)"))
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")

    def job(_store):
        from rumahsinggah.services import lists

        return lists.save(target, data)

    def done(written):
        saved_message(parent, written)
        if on_saved is not None:
            on_saved(written)

    door.query(job, done, lambda exc: show_error(parent, exc))


def _deliver(parent, door, kind: str, title: str, suggested: str, data: bytes,
             on_saved) -> None:
    if kind == "xlsx":
        _save_xlsx(parent, door, data, suggested + ".xlsx", on_saved)
    else:
        SHOW_PDF["show"](parent, title, data, suggested + ".pdf")


def export_board(parent: QWidget | None, door, actor, query, kind: str, *,
                 on_saved: Callable[[Path], Any] | None = None) -> None:
    """The board's current view (all its rows, its filters and sort) as PDF or XLSX."""
    def job(store):
        from rumahsinggah.services import lists

        with store.read() as s:
            table = lists.board_table(s, query)
        return lists.table_bytes(store, actor, table, kind, query.facility_id)

    door.query(job, lambda data: _deliver(parent, door, kind, tr("Daftar penghuni"),
                                          "daftar-penghuni", data, on_saved),
               lambda exc: show_error(parent, exc))


def export_arrivals(parent: QWidget | None, door, actor, kind: str, *,
                    facility_id: uuid.UUID | None = None,
                    on_saved: Callable[[Path], Any] | None = None) -> None:
    """Today's arrivals as PDF or XLSX."""
    from rumahsinggah.gui.wizards import deskclock

    def job(store):
        from rumahsinggah.core.localtime import local_today
        from rumahsinggah.services import lists

        day = local_today(deskclock.zone())
        with store.read() as s:
            table = lists.arrivals_table(s, day, facility_id)
        return day, lists.table_bytes(store, actor, table, kind, facility_id)

    def done(result):
        day, data = result
        _deliver(parent, door, kind, tr("Kedatangan hari ini"),
                 f"kedatangan-{day:%Y-%m-%d}", data, on_saved)

    door.query(job, done, lambda exc: show_error(parent, exc))


def _raid_title(kind: str) -> str:
    return tr("Tanda terima razia") if kind == "receipt" else tr("Ringkasan razia")


def export_raid(parent: QWidget | None, door, actor, raid_id, kind: str, *,
                on_saved: Callable[[Path], Any] | None = None) -> None:
    """A raid's summary (``summary``), its receipt for the agency (``receipt``) or ``xlsx``."""
    raid = uuid.UUID(str(raid_id))

    def job(store):
        from rumahsinggah.services import lists

        return lists.raid_bytes(store, actor, raid, kind)

    name = {"summary": "ringkasan-razia", "receipt": "tanda-terima-razia",
            "xlsx": "ringkasan-razia"}[kind]
    door.query(job, lambda data: _deliver(parent, door, "xlsx" if kind == "xlsx" else "pdf",
                                          _raid_title(kind), name, data, on_saved),
               lambda exc: show_error(parent, exc))


def raid_of_stay(door, stay_id: str, done: Callable[[uuid.UUID | None], Any]) -> None:
    def job(store):
        from rumahsinggah.services import lists

        with store.read() as s:
            return lists.raid_of_stay(s, uuid.UUID(stay_id))

    door.query(job, done, lambda _exc: done(None))



# --------------------------------------------------------------------------- after a raid

def raid_saved_text(sheet) -> str:
    """"Razia ... tersimpan: N orang" and every case number given, with the name."""
    lines = [tr("Razia {0} tersimpan: {1} orang didaftarkan.").format(
        sheet.letter_number or "", len(sheet.case_numbers)).replace("  ", " "),
        "", tr("Nomor kasus baru:")]
    lines += [f"\u2022 {row[1]} \u2014 {row[2]}" for row in sheet.table.rows]
    lines += ["", tr("Cetak ringkasan razia dan tanda terima untuk instansi pelaksana?")]
    return "\n".join(lines)


def _raid_box(parent: QWidget | None, door, actor, raid_id, text: str) -> Any:
    """The message after a raid: its case numbers, and buttons that print its papers."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("raidSaved")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Razia tersimpan"))
    box.setText(text)
    summary = box.addButton(tr("Cetak &ringkasan"), QMessageBox.ButtonRole.ActionRole)
    receipt = box.addButton(tr("Cetak &tanda terima"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("&Tutup"), QMessageBox.ButtonRole.RejectRole)

    def clicked(button) -> None:
        if button is summary:
            export_raid(parent, door, actor, raid_id, "summary")
        elif button is receipt:
            export_raid(parent, door, actor, raid_id, "receipt")

    box.buttonClicked.connect(clicked)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


RAID_SAVED: dict[str, Callable] = {"show": _raid_box}


def announce_raid(parent: QWidget | None, door, actor, raid_id) -> None:
    """After a raid was saved: read back its people and say their new case numbers."""
    raid = uuid.UUID(str(raid_id))

    def job(store):
        from rumahsinggah.services import lists

        with store.read() as s:
            return lists.raid_sheet(s, raid)

    door.query(job, lambda sheet: RAID_SAVED["show"](parent, door, actor, raid,
                                                     raid_saved_text(sheet)),
               lambda exc: show_error(parent, exc))
