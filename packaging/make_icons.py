"""Render the application icon from ``resources/icons/rumahsinggah.svg`` into PNG sizes and a
Windows ``.ico`` (Qt's SVG renderer and its ICO writer; run offscreen, no screen needed).

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def write_ico(images: dict[int, QImage], target: Path) -> None:
    """An ICO with PNG-compressed entries (Windows Vista and later read them)."""
    entries = [(size, _png_bytes(images[size])) for size in ICO_SIZES]
    header = bytearray((0, 0, 1, 0)) + len(entries).to_bytes(2, "little")
    offset = 6 + 16 * len(entries)
    table, blobs = bytearray(), bytearray()
    for size, png in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        table += bytes((dim, dim, 0, 0)) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        table += len(png).to_bytes(4, "little") + (offset + len(blobs)).to_bytes(4, "little")
        blobs += png
    target.write_bytes(bytes(header + table + blobs))


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "rumahsinggah.svg"))
    if not renderer.isValid():
        print("rumahsinggah.svg cannot be read", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        image.save(str(ICONS / f"rumahsinggah-{size}.png"), "PNG")
    write_ico(images, ICONS / "rumahsinggah.ico")
    print(f"icons written to {ICONS}: {', '.join(str(s) for s in SIZES)} px and .ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
