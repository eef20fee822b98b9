"""Taking a client's photo with the desk's camera, where one is present.

The picture stays in memory (JPEG bytes); it is kept in the draft inside the encrypted store
and saved as an encrypted attachment at Finish, never as a plaintext file.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from rumahsinggah.gui.wizards.photos import DATA_PREFIX, from_data_url, to_data_url
from rumahsinggah.gui.wizards.text import tr

__all__ = ["DATA_PREFIX", "CameraDialog", "camera_available", "from_data_url", "take_photo",
           "to_data_url"]


def camera_available() -> bool:
    """True when Qt Multimedia loads and the desk has at least one camera."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:  # libpulse missing, or Qt Multimedia not installed
        return False
    return bool(QMediaDevices.videoInputs())


class CameraDialog(QDialog):
    """Live view and a "Ambil foto" button; ``jpeg`` holds the picture once taken."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setWindowTitle(tr("Foto dari kamera"))
        self.jpeg: bytes | None = None
        self.camera = QCamera(self)
        self.capture = QImageCapture(self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        view = QVideoWidget(self)
        view.setMinimumSize(480, 360)
        self.session.setVideoOutput(view)
        self.status = QLabel(tr("Arahkan kamera ke wajah klien, lalu tekan Ambil foto."))
        take = QPushButton(tr("&Ambil foto"))
        take.clicked.connect(self.capture.capture)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Batal"))
        buttons.addButton(take, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(view)
        box.addWidget(self.status)
        box.addWidget(buttons)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(
            lambda _id, _err, text: self.status.setText(tr("Kamera gagal: ") + text))
        self.camera.start()

    def _captured(self, _id: int, image) -> None:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPG", 85)
        self.jpeg = bytes(data)
        self.camera.stop()
        self.accept()


def take_photo(parent: QWidget | None) -> list[str]:
    """Open the camera; the picture as a data URL for the photo field (empty when cancelled)."""
    dialog = CameraDialog(parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.jpeg:
        return [to_data_url(dialog.jpeg)]
    return []
