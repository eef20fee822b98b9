"""Windows sized from the screen they open on: a desk's 1366x768 (or 1093x614 at 125%
scaling) must show every window whole, buttons and status bar included."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and borders around the client area.
FRAME_W, FRAME_H = 16, 48


def available_size(widget: QWidget) -> tuple[int, int]:
    """Width and height the screen under ``widget`` (else the primary one) leaves free."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all: nothing to fit
        return 10_000, 10_000
    area = screen.availableGeometry()
    return area.width() - FRAME_W, area.height() - FRAME_H


def fit_to_screen(widget: QWidget, width: int, height: int) -> tuple[int, int]:
    """Resize ``widget`` to ``width`` x ``height``, or less where the screen is smaller."""
    free_w, free_h = available_size(widget)
    size = (max(200, min(width, free_w)), max(200, min(height, free_h)))
    widget.resize(*size)
    return size
