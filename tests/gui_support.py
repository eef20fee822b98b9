"""Shared helpers for the GUI tests: a demo store with accounts, made once and copied."""

from __future__ import annotations

import shutil
import uuid
from datetime import timedelta
from pathlib import Path

from sqlmodel import select

from rumahsinggah import demo
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import signin, store_setup
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.keys import KdfParams
from rumahsinggah.storage.models import Client, Facility, Stay

FAST = KdfParams(memory_kib=64, iterations=1, parallelism=1)
PASSWORD = store_setup.DEMO_PASSWORD
VARIANT_NAME = "Mohammad Djunaedi"
VARIANT_QUERY = "muhamad junaedi"


def build_template(root: Path, clients: int = 250) -> DataPaths:
    paths = DataPaths(root)
    signed, _made = store_setup.create_demo_store(paths, _kdf=FAST)
    demo.generate(signed.store, clients=clients, seed=7, actor=signed.actor)
    with signed.store.write(signed.actor) as s:
        facility = s.exec(select(Facility).order_by(Facility.code)).first()
        client = Client(full_name=VARIANT_NAME, nickname="Edi", sex="L",
                        pmks_category="gelandangan")
        s.add(client)
        s.flush()
        s.add(Stay(case_number=f"TST-2026-{uuid.uuid4().int % 10**5:05d}",
                   client_id=client.id, facility_id=facility.id, standard_code="x",
                   source="razia", arrival_at=utcnow() - timedelta(days=3),
                   status="asesmen"))
    signed.store.close()
    return paths


def copy_store(template: DataPaths, target: Path) -> DataPaths:
    shutil.copytree(template.root, target)
    return DataPaths(target)


def sign_in(paths: DataPaths, username: str) -> signin.SignedIn:
    return signin.sign_in(paths, username, PASSWORD)


def wait_door(qtbot, window, timeout: int = 15000) -> None:
    """Wait until the window's database door has delivered everything asked of it."""
    qtbot.waitUntil(lambda: not window.door.busy, timeout=timeout)


def visible_texts(widget) -> list[str]:
    """Every text a person could read on ``widget`` and its visible children right now."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    out = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisible() or w.visibleRegion().isEmpty():
            continue
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            for r in range(min(m.rowCount(), 50)):
                for c in range(m.columnCount()):
                    out.append(str(m.index(r, c).data() or ""))
    return out


def open_window(qtbot, paths: DataPaths, username: str, *, size=(1366, 768), counted=True,
                before_show=None):
    """Sign ``username`` in and show the main window once the board's first rows (and, with
    ``counted``, its count cards) are in; returns (window, SignedIn). ``before_show(window)``
    runs before the window is shown (e.g. to tune its models)."""
    from rumahsinggah.gui.main_window import MainWindow
    from rumahsinggah.gui.preferences import Preferences

    signed = sign_in(paths, username)
    w = MainWindow(signed.store, paths, signed.user, signed.actor, Preferences())
    qtbot.addWidget(w)
    w.resize(*size)
    if before_show is not None:
        before_show(w)
    w.show()
    qtbot.waitUntil(lambda: w.board.model.ready and (w.board.model.counted or not counted),
                    timeout=15000)
    wait_door(qtbot, w)
    return w, signed
