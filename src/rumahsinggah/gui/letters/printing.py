"""Printing a letter as the vector PDF it is: text stays text, nothing blocks the GUI thread.

Routes, chosen once the system print dialog is accepted:

* "print to file": the letter's own PDF bytes (the chosen page range cut out with pypdf);
* a CUPS printer (Linux, macOS): the PDF bytes to ``lp -d PRINTER -n COPIES -o media=...``;
* Windows: the system's ``printto`` verb on a temporary copy (the PDF reader prints it);
* anything else: pages rendered and painted on the QPrinter in a worker thread.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

Pages = tuple[int, int] | None  # 1-based, inclusive; None: every page

LP_TIMEOUT_S = 120


def selected_pdf(pdf: bytes, pages: Pages) -> bytes:
    """``pdf`` itself, or only pages ``first..last`` (vector, via pypdf)."""
    if pages is None:
        return pdf
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    first, last = pages
    for index in range(max(first, 1) - 1, min(last, len(reader.pages))):
        writer.add_page(reader.pages[index])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_pages(target: Path, pdf: bytes, pages: Pages = None) -> Path:
    from rumahsinggah.storage.exports import write_private

    write_private(target, selected_pdf(pdf, pages))  # owner-only: a person's data
    return target


def media_of(printer: QPrinter) -> str:
    """The CUPS media name of the paper chosen in the dialog (A4, Letter, Custom.215x330mm)."""
    size = printer.pageLayout().pageSize()
    if size.id() != QPageSize.PageSizeId.Custom and size.key():
        return size.key()
    mm = size.size(QPageSize.Unit.Millimeter)
    return f"Custom.{round(mm.width())}x{round(mm.height())}mm"


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def lp_command(name: str, copies: int, media: str, pages: Pages, title: str) -> list[str]:
    command = ["lp", "-d", name, "-n", str(max(1, copies)), "-o", f"media={media}"]
    if pages is not None:
        command += ["-o", f"page-ranges={pages[0]}-{pages[1]}"]
    if title:
        command += ["-t", title]
    return command + ["--", "-"]  # the PDF on standard input


class _Relay(QObject):
    finished = Signal(str)  # "" when sent, else the reason


def send_to_printer(parent: QObject, printer: QPrinter, pdf: bytes, pages: Pages,
                    done: Callable[[str], None]) -> threading.Thread:
    """Send ``pdf`` to the printer chosen in ``printer`` off the GUI thread; ``done(error)``
    runs on the GUI thread afterwards."""
    relay = _Relay(parent)
    relay.finished.connect(done)
    relay.finished.connect(relay.deleteLater)
    name = printer.printerName()
    copies = printer.copyCount()
    media = media_of(printer)
    title = printer.docName()
    known = name in printer_names()
    lp = shutil.which("lp") if sys.platform != "win32" else None

    def work() -> None:
        try:
            if lp and known:
                run = subprocess.run(lp_command(name, copies, media, pages, title), input=pdf,
                                     capture_output=True, timeout=LP_TIMEOUT_S, check=False)
                if run.returncode != 0:
                    raise OSError(run.stderr.decode("utf-8", "replace").strip()
                                  or f"lp: {run.returncode}")
            elif sys.platform == "win32" and known:
                _windows_print(selected_pdf(pdf, pages), name, copies)
            else:
                render_on(printer, selected_pdf(pdf, pages), copies)
        except Exception as exc:  # the GUI shows it; a print must never crash the desk
            relay.finished.emit(str(exc) or exc.__class__.__name__)
            return
        relay.finished.emit("")

    thread = threading.Thread(target=work, name="print-letter", daemon=True)
    thread.start()
    return thread


def _windows_print(pdf: bytes, name: str, copies: int) -> None:  # pragma: no cover - Windows
    handle, raw = tempfile.mkstemp(suffix=".pdf", prefix="surat-")
    with os.fdopen(handle, "wb") as f:
        f.write(pdf)
    for _ in range(max(1, copies)):
        try:
            os.startfile(raw, "printto", f'"{name}"')  # type: ignore[attr-defined]
        except OSError:
            os.startfile(raw, "print")  # type: ignore[attr-defined]

    def remove() -> None:  # the reader has opened it by then
        with contextlib.suppress(OSError):
            os.remove(raw)

    threading.Timer(300, remove).start()


def render_on(printer: QPrinter, pdf: bytes, copies: int = 1) -> None:
    """Last resort, in a worker thread: render each page at the printer's resolution."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    printer.setCopyCount(copies)
    printer.setFromTo(0, 0)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer")
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(index)
            scale = min(area.width() / points.width(), area.height() / points.height())
            image = document.render(index, QSize(int(points.width() * scale),
                                                 int(points.height() * scale)))
            painter.drawImage(area.x(), area.y(), image)
    finally:
        painter.end()
        document.close()
