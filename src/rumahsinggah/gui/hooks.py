"""Where other GUI packages (``gui/wizards/``) plug into the main window and the screenshots.

- ``on_main_window(fn)``: ``fn(window)`` is called for every new main window; call
  ``window.register_action(menu, key, text, callback, shortcut=..., roles=...)`` there. The key
  ``"new_intake"`` (Ctrl+N) is already in the Kasus menu: ``window.set_action_handler(
  "new_intake", callback)`` gives it its wizard; ``callback()`` runs on the GUI thread and may
  use ``window.door``, ``window.actor``, ``window.store``.
- ``on_screenshots(fn)``: ``fn(ctx)`` yields ``(name, widget)`` pairs to be saved as PNG by
  ``rumahsinggah screenshots``; ``ctx.window`` is the signed-in main window on a demo store,
  ``ctx.wait(ms)`` processes events, ``ctx.wait_idle()`` waits for the database door.

``gui/wizards`` is imported before the first main window is built, so registering
at import time of ``rumahsinggah.gui.wizards`` is enough.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

MAIN_WINDOW_HOOKS: list[Callable] = []
SCREENSHOT_HOOKS: list[Callable] = []
PLUGIN_PACKAGES = ["rumahsinggah.gui.wizards", "rumahsinggah.gui.sync_dialog",
                   "rumahsinggah.gui.register_import", "rumahsinggah.gui.letters.book",
                   "rumahsinggah.gui.complaints_view", "rumahsinggah.gui.service_level_view",
                   "rumahsinggah.gui.recap_view", "rumahsinggah.gui.head_office_view"]
_loaded: list[str] = []


def on_main_window(fn: Callable) -> Callable:
    if fn not in MAIN_WINDOW_HOOKS:
        MAIN_WINDOW_HOOKS.append(fn)
    return fn


def on_screenshots(fn: Callable) -> Callable:
    if fn not in SCREENSHOT_HOOKS:
        SCREENSHOT_HOOKS.append(fn)
    return fn


def load_plugins() -> None:
    for name in PLUGIN_PACKAGES:
        if name in _loaded:
            continue
        importlib.import_module(name)  # a broken package fails the start, loudly
        _loaded.append(name)
