"""Bantuan > Panduan singkat: what a person of each role does in the window, in a few lines.

The guide of the signed-in role comes first; the others can be read from the list. What may be
done follows ``services.permissions`` (the menus offer only that); the guide says where.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.core.vocab import ROLE_LABELS, Role


class GuideDialog(QDialog):
    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Panduan singkat"))
        self.resize(640, 520)
        self.role_box = QComboBox()
        for r in Role:
            self.role_box.addItem(ROLE_LABELS.get(str(r), str(r)), str(r))
        self.role_box.setCurrentIndex(max(self.role_box.findData(role), 0))
        self.role_box.currentIndexChanged.connect(self._show)
        label = QLabel(self.tr("&Peran:"))
        label.setBuddy(self.role_box)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.role_box, 1)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self._show()

    def common(self) -> list[str]:
        return [
            self.tr("Papan Penghuni menampilkan siapa yang sedang menghuni. Klik kartu angka "
                    "di atas untuk menyaring papan; <b>Atur ulang filter</b> menampilkan "
                    "semua lagi; <b>Hari ini</b> menampilkan kedatangan hari ini."),
            self.tr("Ketik nama, NIK atau nomor kasus di kotak Cari (Ctrl+F); Enter membuka "
                    "rekam klien bila hanya satu yang cocok."),
            self.tr("<b>Cetak / ekspor</b> (atau klik kanan pada papan) mencetak daftar yang "
                    "tampil, kedatangan hari ini, dan ringkasan serta tanda terima razia, "
                    "sebagai PDF atau XLSX."),
            self.tr("Kunci layar (Ctrl+L) bila meninggalkan meja; Ganti pengguna "
                    "(Ctrl+Shift+U) menutup tab rekam klien pengguna sebelumnya."),
        ]

    def for_role(self, role: str) -> list[str]:
        guides = {
            "pramu_sosial": [
                self.tr("Catat penerimaan klien atau rombongan hasil razia (Kasus > "
                        "Penerimaan, Ctrl+N). Setelah razia disimpan, nomor kasus setiap "
                        "orang ditampilkan dan tanda terima untuk instansi dapat dicetak."),
                self.tr("Lanjutkan dengan identifikasi awal (Ctrl+Shift+I) dan catat layanan "
                        "harian (Ctrl+Shift+L)."),
            ],
            "pekerja_sosial": [
                self.tr("Lakukan asesmen (Ctrl+Shift+A), penelusuran keluarga, rujukan dan "
                        "kunjungan rumah."),
                self.tr("Penghuni lewat batas tinggal (Ctrl+T) dapat diterminasi: Reunifikasi "
                        "dan terminasi (Ctrl+Shift+T) menandai mereka dengan \u203c."),
            ],
            "kepala_bidang": [
                self.tr("Kasus menunggu keputusan (Ctrl+K) diputuskan lewat Putuskan kasus "
                        "(Ctrl+D)."),
                self.tr("Pantau kartu Lewat batas tinggal dan Langkah layanan terlambat; "
                        "klik kartu untuk melihat penghuninya."),
            ],
            "petugas_admin": [
                self.tr("Kelola surat, pengaduan, pengaturan kantor, hari libur dan "
                        "sinkronisasi dengan meja lain."),
                self.tr("Cetak daftar penghuni dan kedatangan hari ini untuk laporan harian."),
            ],
            "admin": [
                self.tr("Kelola pengguna (Ctrl+U), pengaturan kantor, cadangan dan data klien "
                        "ganda."),
                self.tr("Basis data DEMO ditandai pita merah di atas jendela: jangan "
                        "memasukkan data klien sebenarnya ke sana."),
            ],
        }
        return guides.get(role, [])

    def _show(self) -> None:
        role = self.role_box.currentData() or ""
        items = self.for_role(role) + self.common()
        html = "<h3>{}</h3><ul>{}</ul>".format(
            self.role_box.currentText(), "".join(f"<li>{t}</li>" for t in items))
        html += "<p>" + self.tr("Tekan Shift+F1 untuk daftar pintasan papan ketik; Bantuan > "
                                "Tentang Rumah Singgah untuk versi dan lokasi data.") + "</p>"
        self.text.setHtml(html)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
