"""The guided steps of casework (wizards), and how they plug into the main window.

- ``WIZARDS``: every wizard class with its menu text and shortcut; ``available(role)`` lists
  the ones a role may open (the services keep enforcing the same roles).
- ``open_wizard(cls, door, signed_in, parent=None, subject_id=None)``: build and show one.
- ``wizard_actions(main_window)``: QActions (role-filtered) for a main window that has
  ``door`` and ``actor`` (or ``signed_in``); registered through ``gui.hooks`` automatically.
- ``screenshot_pages(door, signed_in)``: ``(name, widget)`` for every page of every wizard, for
  the ``screenshots`` command (also registered through ``gui.hooks.on_screenshots``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rumahsinggah.gui import hooks
from rumahsinggah.gui.wizards.casework import (
    AssessmentWizard,
    CareWizard,
    CaseWizard,
    DecisionWizard,
    HomeVisitWizard,
    IdentificationWizard,
)
from rumahsinggah.gui.wizards.intake import IntakeWizard
from rumahsinggah.gui.wizards.termination import TerminationWizard
from rumahsinggah.gui.wizards.text import tr
from rumahsinggah.gui.wizards.wizard import WizardBase, actor_of


@dataclass(frozen=True)
class WizardEntry:
    key: str
    cls: type[WizardBase]
    text: str  # Indonesian source; translated with the "MainWindow" context when shown
    shortcut: str = ""


WIZARDS: tuple[WizardEntry, ...] = (
    WizardEntry("new_intake", IntakeWizard, QT_TRANSLATE_NOOP("MainWindow", "Penerimaan klien / hasil razia…"), "Ctrl+N"),
    WizardEntry("identification", IdentificationWizard, QT_TRANSLATE_NOOP("MainWindow", "Identifikasi awal…"), "Ctrl+Shift+I"),
    WizardEntry("assessment", AssessmentWizard, QT_TRANSLATE_NOOP("MainWindow", "Asesmen…"), "Ctrl+Shift+A"),
    WizardEntry("decision", DecisionWizard, QT_TRANSLATE_NOOP("MainWindow", "Keputusan Kepala Bidang…"), "Ctrl+D"),
    WizardEntry("care", CareWizard, QT_TRANSLATE_NOOP("MainWindow", "Catat layanan (bimbingan, keluarga, penelusuran)…"),
                "Ctrl+Shift+L"),
    WizardEntry("termination", TerminationWizard, QT_TRANSLATE_NOOP("MainWindow", "Reunifikasi dan terminasi…"),
                "Ctrl+Shift+T"),
    WizardEntry("home_visit", HomeVisitWizard, QT_TRANSLATE_NOOP("MainWindow", "Kunjungan rumah (bimbingan lanjut)…"),
                "Ctrl+Shift+H"),
)


def available(role: str) -> list[WizardEntry]:
    return [e for e in WIZARDS if e.cls.allowed(role)]


def open_wizard(cls: type[WizardBase], door: Any, signed_in: Any, parent: Any = None,
                subject_id: Any = None, on_done: Callable[[Any], None] | None = None,
                client_id: Any = None) -> WizardBase:
    """Build and show a wizard (non-modal); ``on_done(result)`` after a successful Finish.

    A case wizard opened with ``subject_id`` (a stay) or ``client_id`` (whose open, else
    latest, case) skips its picker and works on that case."""
    extra = {"client_id": client_id} if issubclass(cls, CaseWizard) and client_id else {}
    wizard = cls(door, signed_in, subject_id=_as_uuid(subject_id), parent=parent, **extra)
    if parent is not None:
        from PySide6.QtCore import Qt

        wizard.setWindowFlag(Qt.WindowType.Window, True)
    if on_done is not None:
        wizard.committed.connect(on_done)
    wizard.show()
    return wizard


def _as_uuid(value: Any) -> Any:
    import uuid

    if not value or isinstance(value, uuid.UUID):
        return value or None
    return uuid.UUID(str(value))


def selected_case(window: Any) -> tuple[Any, Any]:
    """(stay id, client id) the window has selected: a board row or the current client
    record tab (``window.selected_case()``); (None, None) when nothing is."""
    pick = getattr(window, "selected_case", None)
    if not callable(pick):
        return None, None
    try:
        stay_id, client_id = pick()
    except (TypeError, ValueError):
        return None, None
    return stay_id or None, client_id or None


def _window_actor(window: Any) -> Any:
    signed_in = getattr(window, "signed_in", None) or getattr(window, "actor", None)
    return actor_of(signed_in)


def wizard_actions(main_window: Any) -> list[Any]:
    """QActions opening the wizards this window's user may use (others are not offered)."""
    from PySide6.QtGui import QAction, QKeySequence

    actor = _window_actor(main_window)
    actions = []
    for entry in available(actor.role):
        from PySide6.QtCore import QCoreApplication

        action = QAction(QCoreApplication.translate("MainWindow", entry.text), main_window)
        action.setObjectName(f"wizard_{entry.key}")
        if entry.shortcut:
            action.setShortcut(QKeySequence(entry.shortcut))
        action.triggered.connect(lambda _c=False, e=entry: _launch(main_window, e))
        actions.append(action)
    return actions


# The main window's own actions that a wizard takes over (its key -> our entry key).
BUILTIN_HANDLERS = {"new_intake": "new_intake", "decide": "decision"}


def _launch(window: Any, entry: WizardEntry) -> None:
    from rumahsinggah.core.errors import PermissionDenied

    stay_id = client_id = None
    if issubclass(entry.cls, CaseWizard):  # the case selected opens in the wizard
        stay_id, client_id = selected_case(window)
    try:
        open_wizard(entry.cls, window.door, _window_actor(window), window,
                    subject_id=stay_id, client_id=client_id)
    except PermissionDenied as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(window, entry.cls.title, exc.message)


def _install(window: Any) -> None:
    """gui.hooks: give the main window its wizard actions (menu "case").

    Every wizard is registered with its roles; the window shows only those of the user signed
    in (and updates on "switch user"). The built-in "new_intake" (Ctrl+N) and "decide"
    (Ctrl+D) actions get the intake and decision wizards as their handlers.
    """
    by_key = {e.key: e for e in WIZARDS}
    taken = set()
    if hasattr(window, "set_action_handler") and hasattr(window, "actions"):
        for builtin, key in BUILTIN_HANDLERS.items():
            if builtin in window.actions:
                window.set_action_handler(
                    builtin, lambda e=by_key[key]: _launch(window, e))
                taken.add(key)
    if hasattr(window, "statusBar"):
        install_due_visits(window)
    if not hasattr(window, "register_action"):
        return
    for entry in WIZARDS:
        if entry.key in taken:
            continue
        window.register_action("case", f"wizard_{entry.key}", entry.text,
                               lambda e=entry: _launch(window, e),
                               shortcut=entry.shortcut, permission=entry.cls.permission)


def install_due_visits(window: Any) -> Any:
    """A button in the status bar: home visits due today or overdue; opens the wizard."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from rumahsinggah.gui.wizards import bridge

    button = QPushButton(window)
    button.setObjectName("homeVisitsDue")
    button.setFlat(True)
    button.setVisible(False)
    button.setStyleSheet("color: #8a4b00; font-weight: bold;")
    window.statusBar().addPermanentWidget(button)
    entry = next(e for e in WIZARDS if e.key == "home_visit")

    def update() -> None:
        role = _window_actor(window).role
        if not entry.cls.allowed(role):
            button.setVisible(False)
            return
        window.door.query(bridge.home_visits_due, show, owner=button)

    def show(n: int) -> None:
        button.setText(tr("⌂ {n} kunjungan rumah jatuh tempo").format(n=n))
        button.setVisible(n > 0)

    def opened() -> None:
        _launch(window, entry)

    button.clicked.connect(opened)
    timer = QTimer(button)
    timer.setInterval(5 * 60 * 1000)
    timer.timeout.connect(update)
    timer.start()
    if hasattr(window, "userChanged"):
        window.userChanged.connect(lambda _u: update())

    def store_changed(found: Any) -> None:
        if found.touches("home_visit", "stay", "termination"):
            update()

    window.door.changed.connect(store_changed)  # a Finish or a sync import changes the list
    QTimer.singleShot(0, update)
    return button


def screenshot_pages(door: Any, signed_in: Any, *, wait: Callable[[], None] | None = None
                     ) -> Iterator[tuple[str, Any]]:
    """Every page of every wizard the user may open, as ``(name, widget)`` to be grabbed.

    Each wizard is filled with example values so the pages read as they do in use; nothing is
    written to the store (no Finish), and the drafts the example typing leaves are discarded.
    ``wait()`` should process events until the door is idle.
    """
    from rumahsinggah.gui.wizards.screens import walk_pages

    yield from walk_pages(door, signed_in, wait=wait)


def _screenshots_hook(ctx: Any) -> Iterator[tuple[str, Any]]:
    window = ctx.window
    return screenshot_pages(window.door, _window_actor(window), wait=ctx.wait_idle)


hooks.on_main_window(_install)
hooks.on_screenshots(_screenshots_hook)

__all__ = [
    "WIZARDS",
    "AssessmentWizard",
    "CareWizard",
    "DecisionWizard",
    "HomeVisitWizard",
    "IdentificationWizard",
    "IntakeWizard",
    "TerminationWizard",
    "WizardBase",
    "available",
    "open_wizard",
    "screenshot_pages",
    "wizard_actions",
]
