"""The one door from the GUI thread to the database.

Widgets never touch a session. They hand a job (a plain function of the store) to the door:
``query(job, ...)`` to read, ``write(job, ...)`` to change something. One worker thread runs
jobs in order and the result or the error comes back on the GUI thread through a queued
signal. Around every job the door records what was committed (``storage.changes``); when rows
changed, ``changed`` announces a :class:`~rumahsinggah.storage.changes.Changes` and the views
that show those rows refresh themselves.

- Callbacks whose widget is gone (closed tab, closed dialog) are dropped here: the owner is
  the ``owner=`` argument, or the object of a bound-method callback.
- Without ``on_error`` an error goes to one default path: a dialog with the Indonesian message
  and, for unexpected errors, details for the administrator. A store kept busy by another desk
  ("database is locked") offers "Coba lagi", which runs the same job again.
"""

from __future__ import annotations

import traceback
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from rumahsinggah.core.errors import RumahSinggahError
from rumahsinggah.gui.common import error_text

if TYPE_CHECKING:  # the sign-in window shows before the store layers are imported
    from rumahsinggah.storage.changes import Changes
    from rumahsinggah.storage.store import Store

T = TypeVar("T")
Callback = Callable[[Any], Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DbDoor", text)


class DbDoor(QObject):
    changed = Signal(object)  # Changes, after a job committed rows
    # One wrapper object per delivery: emitting bare None through a queued ``object`` signal
    # from another thread corrupts None's reference count in PySide6 ("none_dealloc").
    _finished = Signal(object)  # _Delivery

    def __init__(self, store: Store | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._pending = 0
        self._finished.connect(self._deliver)

    # -- the two ways in -----------------------------------------------------------------

    def query(self, job: Callable[[Store], T], on_done: Callable[[T], Any] | None = None,
              on_error: Callback | None = None, *, owner: QObject | None = None) -> None:
        """Run a reading ``job(store)`` off the GUI thread; call back on the GUI thread."""
        self._submit(_Job(job, on_done, on_error, _owner_of(owner, on_done), write=False))

    def write(self, job: Callable[[Store], T], on_done: Callable[[T], Any] | None = None,
              on_error: Callback | None = None, *, owner: QObject | None = None,
              announce: Changes | None = None, background: bool = False) -> None:
        """Run a changing ``job(store)``; afterwards announce what it committed.

        ``announce`` adds changes the store cannot see (a restore replaces the file).
        ``background`` work (draft autosave) reports a busy store to ``on_error`` instead of
        asking the user to retry.
        """
        self._submit(_Job(job, on_done, on_error, _owner_of(owner, on_done), write=True,
                          announce=announce, background=background))

    def announce(self, found: Changes) -> None:
        """Tell the views about changes made outside the door's jobs."""
        if found:
            self.changed.emit(found)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)

    # -- inside --------------------------------------------------------------------------

    def _submit(self, job: _Job) -> None:
        self._pending += 1
        store = self.store

        def work() -> None:
            from rumahsinggah.storage import changes as store_changes  # loaded by then

            with store_changes.collect() as collector:
                try:
                    result = job.fn(store)
                except Exception as exc:  # handed to the GUI thread, never swallowed
                    delivery = _Delivery(job, None, exc, traceback.format_exc(),
                                         collector.result())
                else:
                    delivery = _Delivery(job, result, None, "", collector.result())
            self._finished.emit(delivery)

        try:
            self._pool.submit(work)
        except RuntimeError:  # the door was shut: the application is closing
            self._pending -= 1

    def _deliver(self, delivery: _Delivery) -> None:
        self._pending -= 1
        job = delivery.job
        alive = job.alive()
        try:
            if delivery.error is None:
                if alive and job.on_done is not None:
                    job.on_done(delivery.result)
            elif alive:
                self._failed(job, delivery.error, delivery.details)
        finally:
            found = delivery.changes
            if job.announce is not None:
                found = _merge(found, job.announce) if delivery.error is None else found
            if found:
                self.changed.emit(found)

    def _failed(self, job: _Job, exc: Exception, details: str) -> None:
        from rumahsinggah.storage.store import StoreBusy

        busy = isinstance(exc, StoreBusy) and not job.background
        if busy and ask_retry(self._parent_for(job), error_text(exc)):
            self._submit(job)  # "Coba lagi": the same job with the same callbacks
            return
        if job.on_error is not None:
            job.on_error(exc)
            return
        if isinstance(exc, StoreBusy):
            return  # the user chose not to retry: nothing changed, nothing more to say
        report_error(self._parent_for(job), exc, details)

    def _parent_for(self, job: _Job) -> QWidget | None:
        owner = job.owner() if job.owner is not None else None
        if isinstance(owner, QWidget) and shiboken6.isValid(owner):
            return owner.window()
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None


class _Job:
    __slots__ = ("announce", "background", "fn", "on_done", "on_error", "owner", "write")

    def __init__(self, fn: Callable[[Any], Any], on_done: Callback | None,
                 on_error: Callback | None, owner: weakref.ref | None, *, write: bool,
                 announce: Changes | None = None, background: bool = False) -> None:
        self.fn, self.on_done, self.on_error, self.owner = fn, on_done, on_error, owner
        self.write, self.announce, self.background = write, announce, background

    def alive(self) -> bool:
        """False once the widget the callbacks belong to was closed and deleted."""
        if self.owner is None:
            return True
        obj = self.owner()
        return obj is not None and shiboken6.isValid(obj)


class _Delivery:
    __slots__ = ("changes", "details", "error", "job", "result")

    def __init__(self, job: _Job, result: Any, error: Exception | None, details: str,
                 found: Changes) -> None:
        self.job, self.result, self.error = job, result, error
        self.details, self.changes = details, found


def _owner_of(owner: QObject | None, callback: Any) -> weakref.ref | None:
    target = owner if owner is not None else getattr(callback, "__self__", None)
    if isinstance(target, QObject):
        return weakref.ref(target)
    return None


def _merge(a: Changes, b: Changes) -> Changes:
    from rumahsinggah.storage.changes import Changes

    pairs = [(k, i) for k, ids in (*a.ids.items(), *b.ids.items()) for i in (ids or {None})]
    return Changes.of(pairs, everything=a.everything or b.everything)


# -- the default error path (tests replace the two modal functions) ----------------------

def error_box(parent: QWidget | None, exc: BaseException, details: str = "") -> QMessageBox:
    """The dialog of the default error path: the message, and details for the administrator."""
    box = QMessageBox(parent)
    box.setObjectName("doorError")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Tidak berhasil"))
    box.setText(error_text(exc))
    if not isinstance(exc, RumahSinggahError):
        box.setInformativeText(_tr(
            "Tidak ada yang tersimpan dari tindakan ini. Jika terulang, tunjukkan rinciannya "
            "kepada administrator."))
        box.setDetailedText(_tr("Untuk administrator:") + "\n" + (details or repr(exc)))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def retry_box(parent: QWidget | None, message: str) -> tuple[QMessageBox, Any]:
    """The busy-store dialog: the Indonesian message with "Coba lagi"; returns (box, retry)."""
    box = QMessageBox(parent)
    box.setObjectName("doorBusy")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Basis data sedang dipakai"))
    box.setText(message)
    retry = box.addButton(_tr("Coba lagi"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    return box, retry


def _show_error(parent: QWidget | None, exc: BaseException, details: str) -> None:
    error_box(parent, exc, details).exec()


def _ask_retry(parent: QWidget | None, message: str) -> bool:
    box, retry = retry_box(parent, message)
    box.exec()
    return box.clickedButton() is retry


_DIALOGS: dict[str, Callable[..., Any]] = {"error": _show_error, "retry": _ask_retry}


def report_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    _DIALOGS["error"](parent, exc, details)


def ask_retry(parent: QWidget | None, message: str) -> bool:
    return bool(_DIALOGS["retry"](parent, message))


def replace_dialogs(**handlers: Callable[..., Any]) -> dict[str, Callable[..., Any]]:
    """Tests replace the modal dialogs (error=, retry=); returns the previous ones."""
    previous = dict(_DIALOGS)
    _DIALOGS.update(handlers)
    return previous
