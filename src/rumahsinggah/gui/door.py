"""The one door from the GUI thread to the database.

Widgets never touch a session. They hand a job (a plain function of the store) to the door;
one worker thread runs jobs in order and the result or the error comes back on the GUI thread
through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the sign-in window shows before the store layers are imported
    from rumahsinggah.storage.store import Store

T = TypeVar("T")


class DbDoor(QObject):
    # One wrapper object per delivery: emitting bare None through a queued ``object`` signal
    # from another thread corrupts None's reference count in PySide6 ("none_dealloc").
    _finished = Signal(object)  # _Delivery

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._pending = 0
        self._finished.connect(self._deliver)

    def run(
        self,
        job: Callable[[Store], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``job(store)`` off the GUI thread; call back on the GUI thread."""
        self._pending += 1

        def work() -> None:
            try:
                result = job(self.store)
            except Exception as exc:  # handed to the GUI thread, never swallowed
                self._finished.emit(_Delivery(on_error or _raise, None, exc))
            else:
                self._finished.emit(_Delivery(on_done, result, None))

        self._pool.submit(work)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _deliver(self, delivery: _Delivery) -> None:
        self._pending -= 1
        if delivery.callback is None:
            return
        delivery.callback(delivery.error if delivery.error is not None else delivery.result)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)


class _Delivery:
    __slots__ = ("callback", "error", "result")

    def __init__(self, callback: Any, result: Any, error: Any) -> None:
        self.callback = callback
        self.result = result
        self.error = error


def _raise(exc: Exception) -> None:
    raise exc
