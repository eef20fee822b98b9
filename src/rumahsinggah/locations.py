"""Where the application keeps its data and settings (platformdirs, overridable)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from rumahsinggah import APP_AUTHOR, APP_NAME

DATA_DIR_ENV = "RUMAHSINGGAH_DATA_DIR"
CONFIG_DIR_ENV = "RUMAHSINGGAH_CONFIG_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The files of one store. Everything lives under ``root`` so a folder is a whole store."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "rumahsinggah.sqlite"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def key_file(self) -> Path:
        return self.root / "rumahsinggah.keys"

    def ensure(self) -> None:
        for folder in (self.root, self.attachments, self.backups):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` first, then ``RUMAHSINGGAH_DATA_DIR``, then the platform's data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_config_dir() -> Path:
    if os.environ.get(CONFIG_DIR_ENV):
        return Path(os.environ[CONFIG_DIR_ENV]).expanduser().resolve()
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
