"""Finding the application's own files (icons, standards, translations) in every layout.

Three layouts exist: the source tree (``resources/`` beside ``src/``), an installed wheel
(``rumahsinggah/resources``) and the frozen build (PyInstaller keeps the wheel's layout under
``sys._MEIPASS``). No Qt here: the standards loader and the CLI use it too.
"""

from __future__ import annotations

import sys
from importlib import resources as importlib_resources
from pathlib import Path


def frozen() -> bool:
    """True in the PyInstaller build."""
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """The ``resources`` folder: frozen bundle, installed package, then the source tree."""
    if frozen() and hasattr(sys, "_MEIPASS"):
        candidate = Path(sys._MEIPASS) / "rumahsinggah" / "resources"
        if candidate.is_dir():
            return candidate
    try:
        installed = Path(str(importlib_resources.files("rumahsinggah") / "resources"))
        if installed.is_dir():
            return installed
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_files() -> list[Path]:
    """The application icon's PNG sizes that exist, smallest first."""
    folder = resource("icons")
    return [p for s in ICON_SIZES if (p := folder / f"rumahsinggah-{s}.png").is_file()]
