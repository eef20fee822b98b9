"""Where the application keeps its data and settings (platformdirs, overridable)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from rumahsinggah import APP_AUTHOR, APP_NAME

DATA_DIR_ENV = "RUMAHSINGGAH_DATA_DIR"
DATABASE_ENV = "RUMAHSINGGAH_DATABASE"
SERVER_SETTING = "server.json"  # the first-start wizard's choice of a server store
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
    def on_server(self) -> bool:
        """True for a store on a PostgreSQL server (:class:`ServerPaths`)."""
        return False

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


SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(text: str | None) -> bool:
    return bool(text) and str(text).strip().lower().startswith(SCHEMES)


def _label(url: str) -> str:
    """A short, file-safe name for this server and database (the desk's local folder)."""
    import hashlib
    import re
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = re.sub(r"[^A-Za-z0-9.-]", "_", parts.hostname or "lokal")
    db = re.sub(r"[^A-Za-z0-9_-]", "_", parts.path.lstrip("/") or "db")
    digest = hashlib.sha256(f"{parts.username}@{parts.hostname}:{parts.port}/{db}".encode())
    return f"{host}-{db}-{digest.hexdigest()[:8]}"


def redact(url: str) -> str:
    """``url`` without its password, for messages and logs."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


@dataclass(frozen=True)
class ServerPaths(DataPaths):
    """A store on a PostgreSQL server (``storage.server``). ``root`` is this desk's own
    folder for it (letters it printed, its sign-in throttle state); the records, the key file
    and the attachments are all on the server."""

    url: str = ""

    @classmethod
    def for_url(cls, url: str, data_root: Path) -> ServerPaths:
        return cls(root=data_root / "server" / _label(url), url=url.strip())

    @property
    def on_server(self) -> bool:
        return True

    @property
    def label(self) -> str:
        return redact(self.url)


def saved_server(config_dir: Path | None = None) -> str | None:
    """The server address the first-start wizard saved for this desk, if any."""
    import json

    path = (config_dir or resolve_config_dir()) / SERVER_SETTING
    try:
        url = json.loads(path.read_text(encoding="utf-8")).get("url")
    except (OSError, ValueError, AttributeError):
        return None
    return url if is_server_url(url) else None


def save_server(url: str, config_dir: Path | None = None) -> Path:
    import json

    folder = config_dir or resolve_config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SERVER_SETTING
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"url": url.strip()}), encoding="utf-8")
    os.replace(tmp, path)
    return path


def resolve_store_paths(data_dir: str | os.PathLike[str] | None = None,
                        database: str | None = None) -> DataPaths:
    """The store to open: ``--database`` first, then ``RUMAHSINGGAH_DATABASE``, then the
    server saved at first start; else the desk's own SQLite file in the data folder."""
    root = resolve_data_dir(data_dir)
    url = database or os.environ.get(DATABASE_ENV) or saved_server()
    if url:
        if not is_server_url(url):
            from rumahsinggah.core.errors import StoreError

            raise StoreError(
                f"Alamat basis data tidak dikenal: {redact(url)}. Pakai "
                "postgresql://PENGGUNA:SANDI@SERVER:5432/NAMA_BASIS_DATA.")
        return ServerPaths.for_url(url, root)
    return DataPaths(root)
