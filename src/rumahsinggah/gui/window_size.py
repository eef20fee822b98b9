"""Top-level windows sized from the screen they open on, and remembered per user.

``fit_window(widget, key, width, height)`` replaces ``widget.resize(width, height)``: the size
is the user's remembered one for ``key`` (or the preferred one), clamped to the available
geometry of the screen (logical pixels, so 1366x768 and 125 % scaling both fit), with room for
the title bar; the minimum size is lowered to fit too. The size is saved when the window hides.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QWidget

from rumahsinggah.gui.preferences import load_window_size, save_window_size

FRAME_W = 16  # window borders the size does not include
FRAME_H = 40  # ... and the title bar

_current_user = ""


def set_current_user(username: str) -> None:
    global _current_user
    _current_user = str(username or "")


def current_user() -> str:
    return _current_user


def available_geometry(widget: QWidget) -> QRect:
    """The available geometry of the screen ``widget`` opens on (replaced in tests)."""
    parent = widget.parentWidget()
    screen = parent.window().screen() if parent is not None else None
    screen = screen or QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(widget: QWidget, width: int, height: int) -> QSize:
    area = available_geometry(widget)
    return QSize(max(200, min(width, area.width() - FRAME_W)),
                 max(150, min(height, area.height() - FRAME_H)))


class _Remember(QObject):
    def __init__(self, widget: QWidget, key: str) -> None:
        super().__init__(widget)
        self.key = key

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Hide, QEvent.Type.Close) and obj.isWindow():
            size = obj.normalGeometry().size() if obj.isMaximized() else obj.size()
            if size.isValid() and _current_user:
                with contextlib.suppress(OSError):
                    save_window_size(_current_user, self.key, size.width(), size.height())
        return False


def fit_window(widget: QWidget, key: str, width: int, height: int) -> QSize:
    """Size ``widget`` for its screen (remembered size first) and remember it per user."""
    user = getattr(getattr(widget, "user", None), "username", None)
    if user:
        set_current_user(user)
        changed = getattr(widget, "userChanged", None)
        if changed is not None:
            changed.connect(lambda u: set_current_user(getattr(u, "username", "")))
    remembered = load_window_size(_current_user, key) if _current_user else None
    if remembered:
        width, height = remembered
    size = fitted_size(widget, width, height)
    area = available_geometry(widget)
    minimum = widget.minimumSize()
    widget.setMinimumSize(min(minimum.width(), size.width()), min(minimum.height(), size.height()))
    widget.resize(size)
    if widget.parentWidget() is None or widget.isWindow():
        x = area.x() + max(0, (area.width() - size.width() - FRAME_W) // 2)
        y = area.y() + max(0, (area.height() - size.height() - FRAME_H) // 2)
        widget.move(x, y)
    widget.installEventFilter(_Remember(widget, key))
    return size
