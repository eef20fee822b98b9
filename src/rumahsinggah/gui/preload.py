"""Loading the database layers, services and screens while the user types the password.

The sign-in window needs only Qt; everything behind it (SQLAlchemy, the models, the services,
the main window and the screens its plugins add) is imported on a background thread started
right after the window is shown. Python's import lock makes a module the GUI thread needs
early simply wait for the thread's import of it, never load twice.

The cyclic garbage collector stays off while the thread imports (imports make long-lived
objects, not garbage); once done, those objects are frozen out of the collector's sight and
collection resumes with raised thresholds, so no full collection lands on the typing path.
"""

from __future__ import annotations

import gc
import importlib
import threading

# What the board after the password needs, heaviest first.
MODULES = (
    "rumahsinggah.services.signin",
    "rumahsinggah.storage.store",
    "rumahsinggah.services.board",
    "rumahsinggah.gui.main_window",
)


class Preloader:
    def __init__(self) -> None:
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="preload", daemon=True)

    @property
    def started(self) -> bool:
        return self._thread.ident is not None

    def start(self) -> Preloader:
        if self.started:
            return self
        gc.disable()
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            for name in MODULES:
                importlib.import_module(name)
            from rumahsinggah.gui import hooks

            hooks.load_plugins()
        except BaseException as exc:  # re-raised on the GUI thread by wait()
            self.error = exc
        finally:
            gc.freeze()
            gen0, _gen1, _gen2 = gc.get_threshold()
            gc.set_threshold(max(gen0, 5000), 20, 100)
            gc.enable()

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self) -> None:
        self._thread.join()
        if self.error is not None:
            raise self.error
