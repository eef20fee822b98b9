"""Starting the desktop application."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QLabel

from rumahsinggah.cli.common import open_cli_store


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    store, _actor = open_cli_store(args)
    label = QLabel("Rumah Singgah")
    label.setWindowTitle("Rumah Singgah")
    label.resize(640, 400)
    label.show()
    try:
        return app.exec()
    finally:
        store.close()
