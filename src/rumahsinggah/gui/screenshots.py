"""``rumahsinggah screenshots --out DIR``: every main screen as PNG, offscreen, on demo data.

A temporary encrypted demo store is made (store_setup's demo accounts, ``rumahsinggah.demo`` clients),
the application is driven as a desk officer would, and each screen is saved. Other GUI
packages add their own screens through :func:`rumahsinggah.gui.hooks.on_screenshots`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

DEMO_CLIENTS = 1500


@dataclass
class ScreenshotContext:
    window: object  # MainWindow
    out: Path
    paths: object
    saved: list[Path] = field(default_factory=list)

    def wait(self, ms: int = 100) -> None:
        from PySide6.QtCore import QCoreApplication

        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def wait_idle(self, timeout_ms: int = 20000) -> None:
        end = time.monotonic() + timeout_ms / 1000
        self.wait(30)
        while self.window.door.busy and time.monotonic() < end:
            self.wait(30)
        self.wait(80)

    def save(self, name: str, widget) -> Path:
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        return path


def take_screenshots(out: Path, *, clients: int = DEMO_CLIENTS, language: str = "id",
                     keep_data: Path | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from rumahsinggah import demo
    from rumahsinggah.gui import hooks
    from rumahsinggah.gui.app import make_application
    from rumahsinggah.gui.i18n import install_language
    from rumahsinggah.gui.main_window import MainWindow
    from rumahsinggah.gui.preferences import Preferences
    from rumahsinggah.gui.signin import SignInDialog
    from rumahsinggah.locations import DataPaths
    from rumahsinggah.services import signin, store_setup

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="rumahsinggah-shots-"))
    paths = DataPaths(keep_data or tmp / "data")
    signed, _made = store_setup.create_demo_store(paths)
    demo.generate(signed.store, clients=clients, actor=signed.actor)
    signed.store.close()

    make_application()
    install_language(language)
    password = store_setup.DEMO_PASSWORD
    dialog = SignInDialog(paths, username="kabid")
    dialog.resize(520, dialog.sizeHint().height())
    dialog.show()
    shots: list[Path] = []
    ctx_out = out

    def grab(name, widget):
        path = ctx_out / f"{name}.png"
        widget.grab().save(str(path))
        shots.append(path)

    grab("masuk", dialog)
    dialog.password.setText("salah-sandi")
    dialog.attempt()
    _spin(lambda: dialog.ok_button.isEnabled(), 10)
    grab("masuk-gagal", dialog)
    dialog.close()

    kabid = signin.sign_in(paths, "kabid", password)
    window = MainWindow(kabid.store, paths, kabid.user, kabid.actor,
                        Preferences(language=language))
    window.resize(1366, 768)
    window.show()
    ctx = ScreenshotContext(window, out, paths, shots)
    try:
        ctx.wait_idle()
        ctx.save("papan-penghuni", window)
        window.board.search.setText("muhamad")
        window.board.search_now()
        ctx.wait_idle()
        ctx.save("papan-cari", window)
        window.board.search.clear()
        window.board.search_now()
        window.board.set_residency_filter("eligible")
        ctx.wait_idle()
        ctx.save("papan-lewat-batas", window)
        window.board.set_residency_filter(None)
        window.board.tabs.setCurrentIndex(1)
        ctx.wait_idle()
        ctx.save("semua-klien", window)
        window.board.tabs.setCurrentIndex(0)
        ctx.wait_idle()
        from rumahsinggah.gui.board_view import CLIENT_ID_ROLE

        client_id = window.board.model.index(0, 0).data(CLIENT_ID_ROLE)
        record = window.open_client(client_id)
        ctx.wait_idle()
        # one identity edit through the screen, so the change history has something to show
        record.fields["physical_description"].setPlainText(
            (record.record.identity["physical_description"] + " Bekas luka di pelipis kiri.")
            .strip())
        record.save_identity()
        ctx.wait_idle()
        # a demo photo and a demo scan, drawn here, so those parts of the record show
        photo, scan = _demo_images(tmp)
        record._save_file(photo, "foto", as_photo=True)
        ctx.wait_idle()
        record.kind_box.setCurrentIndex(record.kind_box.findData("ktp"))
        record._save_file(scan, "ktp")
        ctx.wait_idle()
        record.tabs.setCurrentIndex(3)
        item = record.attach_tree.topLevelItem(0)
        record.attach_tree.setCurrentItem(item)
        record.open_attachment(item)
        ctx.wait_idle()
        for i, name in enumerate(("rekam-identitas", "rekam-riwayat-kasus", "rekam-keluarga",
                                  "rekam-lampiran", "rekam-surat", "rekam-perubahan")):
            record.tabs.setCurrentIndex(i)
            ctx.wait(50)
            ctx.save(name, window)
        record.tabs.setCurrentIndex(0)
        window.lock()
        ctx.wait(50)
        ctx.save("layar-terkunci", window)
        window._finish_unlock()
        window.show_board()

        admin = signin.verify_password(window.store, paths, "admin", password)
        window.set_user(admin)
        settings = window.open_settings()
        ctx.wait_idle()
        ctx.save("pengaturan", settings)
        settings.close()
        users = window.open_users()
        ctx.wait_idle()
        ctx.save("pengguna", users)
        users.close()
        for hook in list(hooks.SCREENSHOT_HOOKS):
            for name, widget in hook(ctx) or ():
                ctx.wait_idle()
                ctx.save(name, widget)
    finally:
        window.shutdown()
        window.close()
        window.store.close()
        if keep_data is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return shots


def _demo_images(folder: Path) -> tuple[Path, Path]:
    """A drawn silhouette as the client's photo and a mock ID-card scan, marked DEMO."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    photo = QImage(240, 300, QImage.Format.Format_RGB32)
    photo.fill(QColor("#dfe7ee"))
    p = QPainter(photo)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#7d8d9a"))
    p.drawEllipse(QRectF(75, 50, 90, 105))
    p.drawRoundedRect(QRectF(35, 170, 170, 160), 70, 70)
    p.setPen(QColor("#0b3d62"))
    p.setFont(QFont("Sans", 14, QFont.Weight.Bold))
    p.drawText(QRectF(0, 260, 240, 30), Qt.AlignmentFlag.AlignCenter, "DEMO")
    p.end()
    scan = QImage(856, 540, QImage.Format.Format_RGB32)
    scan.fill(QColor("#cfe3f5"))
    p = QPainter(scan)
    p.setPen(QColor("#0b3d62"))
    p.setFont(QFont("Sans", 22, QFont.Weight.Bold))
    p.drawText(QRectF(0, 30, 856, 40), Qt.AlignmentFlag.AlignCenter,
               "PROVINSI KALIMANTAN SELATAN")
    p.setFont(QFont("Sans", 18))
    p.drawText(QRectF(40, 120, 600, 300), Qt.AlignmentFlag.AlignLeft,
               "NIK      : 0000000000000000\nNama     : CONTOH\nAlamat   : -\n\n"
               "CONTOH PINDAIAN KTP (DATA DEMO)")
    p.drawImage(QRectF(640, 120, 176, 220), photo)
    p.end()
    photo_path, scan_path = folder / "foto-demo.png", folder / "pindaian-ktp-demo.png"
    photo.save(str(photo_path))
    scan.save(str(scan_path))
    return photo_path, scan_path


def _spin(done, seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    QCoreApplication.processEvents()
    while not done() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
