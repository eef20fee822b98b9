"""Idle lock: after N quiet minutes the window is covered and every other window hidden.

Nothing is closed, so unsaved work stays where it was; the user unlocks with their password
(checked by ``signin.verify_password`` off the GUI thread) or someone else signs in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """An application event filter: any key or mouse activity restarts the countdown."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, int(minutes)) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.timer.setInterval(ms)
        self.timer.start()

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in ACTIVITY_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QWidget):
    """An opaque cover over the main window's whole area. Shows no personal detail."""

    unlockRequested = Signal(str)  # password
    switchRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setFixedWidth(280)
        self.password.returnPressed.connect(self._unlock)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #ffd6d6;")
        self.message.setWordWrap(True)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(self.switchRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.who)
        layout.addSpacing(16)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.hide()
        self.retranslate()
        parent.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parent().rect())
        return False

    def show_for(self, username: str) -> None:
        self.who.setText(self.tr("Terkunci oleh {0}. Masukkan kata sandi untuk membuka.")
                         .format(username))
        self.password.clear()
        self.message.clear()
        self.setGeometry(self.parent().rect())
        self.raise_()
        self.show()
        self.password.setFocus()

    def _unlock(self) -> None:
        self.unlock_button.setEnabled(False)
        self.unlockRequested.emit(self.password.text())

    def failed(self, message: str) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(message)

    def succeeded(self) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.hide()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Layar terkunci"))
        self.password.setPlaceholderText(self.tr("Kata sandi"))
        self.unlock_button.setText(self.tr("&Buka kunci"))
        self.switch_button.setText(self.tr("&Ganti pengguna"))
