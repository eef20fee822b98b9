"""Choosing a store on a PostgreSQL server at first start (the set-up wizard's first page).

:func:`address_problem` checks the address as typed (no network); :func:`check_server` tries
it: one connection, whether it is encrypted (TLS), and whether the store there is already set
up (then the desk only signs in). Both are free of Qt; the wizard words the outcome. Importing
this module stays light (the sign-in window shows before the database layers load).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from rumahsinggah.locations import ServerPaths, is_server_url, redact

EXAMPLE = "postgresql://pengguna:sandi@server:5432/rumahsinggah"


class AddressProblem(StrEnum):
    """Why a typed server address cannot be used (the wizard shows a sentence for each)."""

    EMPTY = "empty"
    SCHEME = "scheme"  # not postgresql://…
    SPACE = "space"  # blanks inside the address
    HOST = "host"  # no server name
    PORT = "port"  # a port that is not a number from 1 to 65535
    DATABASE = "database"  # no database name after the last /


def address_problem(text: str | None) -> AddressProblem | None:
    """None when ``text`` is a usable PostgreSQL address, else what is wrong with it."""
    url = (text or "").strip()
    if not url:
        return AddressProblem.EMPTY
    if not is_server_url(url):
        return AddressProblem.SCHEME
    if any(ch.isspace() for ch in url):
        return AddressProblem.SPACE
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        return AddressProblem.PORT
    if port == 0:
        return AddressProblem.PORT
    if not parts.hostname:
        return AddressProblem.HOST
    database = parts.path.strip("/")
    if not database or "/" in database:
        return AddressProblem.DATABASE
    return None


@dataclass(frozen=True)
class ServerCheck:
    """What one connection to the server found."""

    url: str  # as given (with its password): the wizard uses it, never shows it
    label: str  # the address without its password, for messages
    tls: bool  # this connection is encrypted
    version: str  # the server's PostgreSQL version, e.g. "16.4"
    set_up: bool  # a store is already set up there: sign in, do not set up again

    def paths_for(self, data_root: Path) -> ServerPaths:
        return ServerPaths.for_url(self.url, data_root)


def check_server(url: str, data_root: Path) -> ServerCheck:
    """Connect to ``url`` once. Raises the Indonesian StoreError of ``connect_raw`` when the
    server cannot be reached, refuses the password or has no such database; nothing is
    written anywhere."""
    from rumahsinggah.storage import first_look, server

    url = url.strip()
    with server.connect_raw(url) as conn:
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        version = str(conn.execute("SHOW server_version").fetchone()[0]).split(" ")[0]
    set_up = first_look.is_set_up(ServerPaths.for_url(url, data_root))
    return ServerCheck(url=url, label=redact(url), tls=bool(row and row[0]), version=version,
                       set_up=set_up)


def hide_password(text: str, url: str) -> str:
    """``text`` (an error message) with the password of ``url`` masked, wherever it shows."""
    try:
        password = urlsplit(url.strip()).password
    except ValueError:
        password = None
    return text.replace(password, "***") if password else text
