"""Bantuan > Tentang Rumah Singgah: version, the store's folder and schema, licences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.bundle import icon_files, resource
from rumahsinggah.gui.window_size import fit_window

if TYPE_CHECKING:  # the sign-in window takes app_icon from here: no package metadata read
    from rumahsinggah.about import AboutInfo


def app_icon() -> QIcon:
    """The application icon from its PNG sizes (no SVG plugin needed at run time)."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon


class AboutDialog(QDialog):
    def __init__(self, info: AboutInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setWindowTitle(self.tr("Tentang Rumah Singgah"))
        self.setWindowIcon(app_icon())

        logo = QLabel()
        logo.setPixmap(QPixmap(str(resource("icons", "rumahsinggah-64.png"))))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("<b>Rumah Singgah</b> versi {0}").format(info.version))
        title.setObjectName("aboutTitle")
        title.setStyleSheet("font-size: 15pt;")
        blurb = QLabel(self.tr("Aplikasi layanan rumah singgah, panti sosial dan RPS, luring "
                               "dan terenkripsi."))
        blurb.setWordWrap(True)
        head = QVBoxLayout()
        head.addWidget(title)
        head.addWidget(blurb)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(head, 1)

        build = self.tr("terpasang") if info.build == "terpasang" else self.tr("pengembangan")
        schema = info.schema or self.tr("tidak terbaca")
        if info.schema and info.schema != info.schema_head:
            schema = self.tr("{0} (program ini: {1})").format(info.schema, info.schema_head)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, value in (
            ("version", self.tr("Versi"), info.version),
            ("build", self.tr("Jenis pemasangan"), build),
            ("python", self.tr("Python"), info.python),
            ("data_dir", self.tr("Folder data"), str(info.data_dir)),
            ("database", self.tr("Berkas basis data"), str(info.database)),
            ("schema", self.tr("Versi struktur basis data"), schema),
        ):
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            self.fields[key] = field
            form.addRow(label, field)

        self.table = QTableWidget(len(info.licences), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Pustaka"), self.tr("Versi"), self.tr("Lisensi")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, lic in enumerate(info.licences):
            for col, text in enumerate((lic.name, lic.version, lic.licence)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.copy_button = QPushButton(self.tr("Salin keterangan"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Pustaka yang disertakan dan lisensinya:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_window(self, "about", 720, 560)

    def details(self) -> str:
        """Plain text for a support request: what the fields say, one per line."""
        lines = [f"Rumah Singgah {self.info.version} ({self.info.build})"]
        lines += [f"{key}: {label.text()}" for key, label in self.fields.items()]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
