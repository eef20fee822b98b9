"""Hearing other desks' writes on a server store (PostgreSQL LISTEN/NOTIFY), without Qt.

Every committed write on a server store announces itself on ``storage.server.CHANNEL`` with
the id of the store's engine (``storage.server.sender_of``). :class:`ServerWatch` holds one
listening connection on a background thread and calls ``on_change()`` once per burst of
announcements from other desks (``ignore``: this desk's own id) (a sync import of thousands of rows is one call per
:data:`QUIET_SECONDS`), so a board refreshes soon after another desk saves, never per row. A
lost connection (the server restarted) is retried every :data:`RETRY_SECONDS` until
:meth:`stop`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from rumahsinggah.storage import server

QUIET_SECONDS = 0.3
RETRY_SECONDS = 5.0


class ServerWatch:
    def __init__(self, url: str, on_change: Callable[[], None], ignore: str = "") -> None:
        self.url = url
        self.ignore = ignore
        self.on_change = on_change
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rumahsinggah-watch",
                                        daemon=True)
        self.heard = 0  # announcements from other desks (for tests and the status bar)

    def start(self) -> ServerWatch:
        self._thread.start()
        return self

    def wait_ready(self, timeout: float = 10.0) -> bool:
        """True once the LISTEN is in place (changes after this are heard)."""
        return self._ready.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._listen()
            except Exception:  # noqa: BLE001 - the server went away: try again later
                self._ready.clear()
                self._stop.wait(RETRY_SECONDS)

    def _listen(self) -> None:
        conn = server.connect_raw(self.url)
        try:
            conn.autocommit = True
            conn.execute(f"LISTEN {server.CHANNEL}")
            self._ready.set()
            while not self._stop.is_set():
                others = [n for n in conn.notifies(timeout=0.5, stop_after=None)
                          if not self.ignore or n.payload != self.ignore]
                if not others:
                    continue
                # Let a burst settle, then one call for all of it.
                deadline = time.monotonic() + QUIET_SECONDS
                while time.monotonic() < deadline and not self._stop.is_set():
                    list(conn.notifies(timeout=0.05))
                self.heard += len(others)
                self.on_change()
        finally:
            conn.close()
