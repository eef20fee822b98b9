"""The Qt bindings must not leak references to None, True or False.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void call and to True/False
on overridden virtuals; after a few thousand calls the interpreter aborts. The check runs in a
child process so a broken binding fails this test instead of killing the whole run.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, QEvent
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])

class Filter(QObject):
    def eventFilter(self, obj, event):
        return False

label = QLabel()
label.installEventFilter(f := Filter())
before = [sys.getrefcount(x) for x in (None, True, False)]
for i in range(3000):
    label.setText(str(i))
    label.resize(100 + i % 7, 20)
    QApplication.sendEvent(label, QEvent(QEvent.Type.User))
    app.processEvents()
after = [sys.getrefcount(x) for x in (None, True, False)]
print(before, after)
sys.exit(0 if all(a >= b - 50 for a, b in zip(after, before)) else 3)
"""


def test_qt_bindings_keep_references_to_none_true_false():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, (run.stdout, run.stderr[-2000:])
