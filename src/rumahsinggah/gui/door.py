"""The one door from the GUI thread to the database.

Widgets never touch a session. They hand a job (a plain function of the store) to the door;
one worker thread runs jobs in order and the result or the error comes back on the GUI thread
through a queued signal.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

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


def safe_callback(owner: Any, method: Callable[..., Any]) -> Callable[..., Any]:
    """A door callback that does nothing once ``owner`` (a Qt object) is gone."""
    ref = weakref.ref(owner)
    func = method.__func__ if hasattr(method, "__func__") else method

    def call(*args: Any) -> Any:
        obj = ref()
        if obj is None or not shiboken6.isValid(obj):
            return None
        return func(obj, *args)

    return call


class _Box:
    """Carries a job's result across the door's queued signal.

    PySide6 6.12 drops a reference each time ``True`` (and ``None``) crosses a queued
    ``Signal(object)``; after enough of them Python aborts with "bool_dealloc". A plain object
    crosses safely, so results travel boxed.
    """

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def run_boxed(door: Any, owner: Any, job: Callable[[Any], Any],
              on_done: Callable[..., Any] | None = None,
              on_error: Callable[..., Any] | None = None) -> None:
    """``door.run`` with the result boxed, and callbacks that do nothing once ``owner`` is gone."""
    done = safe_callback(owner, on_done) if on_done is not None else None
    fail = safe_callback(owner, on_error) if on_error is not None else _ignore

    def boxed(store: Any) -> _Box:
        return _Box(job(store))

    def deliver(box: _Box) -> None:
        if done is not None:
            done(box.value)

    try:
        door.run(boxed, deliver, fail)
    except RuntimeError:  # the door was shut (the application is closing): nothing to do
        return


def _ignore(_exc: Exception) -> None:
    return None
