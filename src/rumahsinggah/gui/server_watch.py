"""The desktop's ear on a server store: other desks' saves refresh this desk's views.

:class:`~rumahsinggah.storage.server_watch.ServerWatch` listens on its own thread; its call
is turned into a queued Qt signal here, so the views refresh on the GUI thread, through the
door's ``changed`` signal like any of this desk's own saves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from rumahsinggah.storage.changes import Changes


class _Bridge(QObject):
    heard = Signal()


def watch_other_desks(door, store, parent: QObject):
    """Start listening when ``store`` is on a server; the watch (call ``stop()``) or None."""
    if not getattr(store, "on_server", False):
        return None
    from rumahsinggah.storage.server import sender_of
    from rumahsinggah.storage.server_watch import ServerWatch

    bridge = _Bridge(parent)
    bridge.heard.connect(lambda: door.announce(Changes(everything=True)))
    watch = ServerWatch(store.paths.url, bridge.heard.emit, ignore=sender_of(store.engine))
    watch.bridge = bridge  # kept alive with the watch
    return watch.start()
