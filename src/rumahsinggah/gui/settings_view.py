"""Settings: the facility, the letterhead, signatories (shared by the store) and this desk's
idle lock minutes and language (kept in the config folder)."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.core.localtime import ZONE_LABELS
from rumahsinggah.gui.common import error_text, run_modal
from rumahsinggah.gui.preferences import Preferences, save_preferences
from rumahsinggah.gui.record_view import FILE_PICKER
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.services.settings import (
    OfficeSettings,
    Signatory,
    list_issuing_offices,
    load_office,
)

SIGNATORY_ROLES = ("kepala_dinas", "kepala_bidang", "kepala_panti", "petugas")


def _load(store, facility_id, office_key=None):
    """The facility, the office its letters go out under (or ``office_key``) and the list."""
    from sqlmodel import select

    from rumahsinggah.storage.models import Facility

    with store.read() as s:
        facility = s.get(Facility, facility_id) if facility_id else None
        if facility is None:  # a desk not tied to one facility: the default office's first
            facility = s.exec(select(Facility).where(Facility.deleted_at.is_(None))
                              .order_by(Facility.issuing_office_id.is_not(None),
                                        Facility.code)).first()
        fac = None
        if facility is not None:
            fac = {"id": facility.id, "name": facility.name, "code": facility.code,
                   "address": facility.address, "phone": facility.phone,
                   "capacity": facility.capacity or 0, "time_zone": facility.time_zone}
        if office_key is None:
            office_key = str(facility.issuing_office_id or "") if facility is not None else ""
        office_name, office = load_office(s, office_key)
        offices = list_issuing_offices(s)
        choices = [(f.id, f"{f.code} \u2013 {f.name}") for f in s.exec(
            select(Facility).where(Facility.deleted_at.is_(None)).order_by(Facility.code))]
        logo = None
        if office.logo_attachment_id:
            from rumahsinggah.storage.attachments import read_bytes
            from rumahsinggah.storage.models import Attachment

            try:
                att = s.get(Attachment, uuid.UUID(office.logo_attachment_id))
                logo = read_bytes(store, att) if att is not None else None
            except Exception:
                logo = None
    return {"office": office, "office_key": office_key, "office_name": office_name,
            "offices": offices, "facility": fac, "facilities": choices, "logo": logo}


class SettingsDialog(QDialog):
    """Pengaturan. Saving the office part is one audited transaction."""

    saved = Signal(object)  # Preferences

    def __init__(self, door, actor, prefs: Preferences, *, facility_id=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.actor = actor
        self.prefs = prefs
        self.facility_id = facility_id
        self.office: OfficeSettings | None = None
        self.office_key = ""  # "" the store's default office, an id, or "new"
        self.office_name = ""
        self.facility: dict | None = None
        self._logo_path = None

        # facility
        self.fac_name = QLineEdit()
        self.fac_address = QLineEdit()
        self.fac_phone = QLineEdit()
        self.fac_capacity = QSpinBox()
        self.fac_capacity.setRange(0, 10000)
        self.fac_code = QComboBox()  # which facility (and so which office) is being edited
        self.fac_code.activated.connect(self._facility_chosen)
        self.fac_zone = QComboBox()  # WIB / WITA / WIT: day N and due times follow it
        for code, text in ZONE_LABELS.items():
            self.fac_zone.addItem(text, code)
        self.calendar_button = QPushButton()
        self.calendar_button.clicked.connect(self.open_calendar)
        self.facility_box = QGroupBox()
        fac_form = QFormLayout(self.facility_box)
        self.fac_labels = [QLabel() for _ in range(6)]
        for label, widget in zip(self.fac_labels, (self.fac_code, self.fac_name,
                                                   self.fac_address, self.fac_phone,
                                                   self.fac_capacity, self.fac_zone),
                                 strict=True):
            label.setBuddy(widget)
            fac_form.addRow(label, widget)
        fac_form.addRow("", self.calendar_button)

        # letterhead: of the office the facility's letters go out under
        self.office_choice = QComboBox()
        self.office_choice.activated.connect(self._office_chosen)
        self.office_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.office_choice.setMinimumContentsLength(22)
        self.new_office_button = QPushButton()
        self.new_office_button.clicked.connect(self._new_office)
        office_row = QHBoxLayout()
        office_row.addWidget(self.office_choice, 1)
        office_row.addWidget(self.new_office_button)
        self.government = QLineEdit()
        self.agency = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.website = QLineEdit()
        self.city = QLineEdit()
        self.office_code = QLineEdit()  # {kantor} in letter numbers
        self.paper = QComboBox()
        self.paper.addItem("A4 (210 \u00d7 297 mm)", "A4")
        self.paper.addItem("F4 (215 \u00d7 330 mm)", "F4")
        self.logo = QLabel()
        self.logo.setFixedSize(72, 72)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid #c9d4dc;")
        self.logo_button = QPushButton()
        self.logo_button.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.logo_button)
        logo_row.addStretch(1)
        self.letter_box = QGroupBox()
        letter_form = QFormLayout(self.letter_box)
        self.letter_labels = [QLabel() for _ in range(10)]
        for label, widget in zip(self.letter_labels, (
                office_row, self.government, self.agency, self.address, self.phone, self.website,
                self.city, self.office_code, self.paper, logo_row), strict=True):
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
                letter_form.addRow(label, widget)
            else:
                # without a buddy a label shows "&" as it is
                label.setBuddy(self.office_choice if widget is office_row else self.logo_button)
                letter_form.addRow(label, widget)

        # signatories
        self.signatories = QTableWidget(len(SIGNATORY_ROLES), 4)
        self.signatories.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.signatories.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.signatories.horizontalHeader().setStretchLastSection(True)
        self.signatories.setColumnWidth(0, 240)
        self.signatories.setColumnWidth(1, 190)
        self.signatories.setColumnWidth(2, 300)
        self.signatories.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.signatories.setTabKeyNavigation(True)
        self.signatories.setFixedHeight(4 * 30 + 34)
        self.sign_box = QGroupBox()
        QVBoxLayout(self.sign_box).addWidget(self.signatories)

        # this desk
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.desk_box = QGroupBox()
        desk_form = QFormLayout(self.desk_box)
        self.desk_labels = [QLabel(), QLabel()]
        for label, widget in zip(self.desk_labels, (self.idle, self.language), strict=True):
            label.setBuddy(widget)
            desk_form.addRow(label, widget)

        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        left = QVBoxLayout()
        left.addWidget(self.facility_box)
        left.addWidget(self.desk_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.letter_box)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sign_box)
        layout.addStretch(1)  # spare height goes below the forms, not inside the table box
        layout.addLayout(buttons)
        order = [self.fac_code, self.fac_name, self.fac_address, self.fac_phone, self.fac_capacity, self.idle,
                 self.language, self.office_choice, self.new_office_button, self.government, self.agency, self.address, self.phone,
                 self.website, self.city, self.office_code, self.paper, self.logo_button,
                 self.signatories,
                 self.close_button, self.save_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        fit_window(self, "settings", 1000, 700)
        self.retranslate()
        self._fill_desk()
        self.reload()

    def reload(self, office_key: str | None = None) -> None:
        facility_id = self.facility_id

        def job(store):
            return _load(store, facility_id, office_key)

        self.door.query(job, self._fill, lambda exc: self.message.setText(error_text(exc)))

    def _fill_desk(self) -> None:
        self.idle.setValue(self.prefs.idle_lock_minutes)
        self.language.setCurrentIndex(max(self.language.findData(self.prefs.language), 0))

    def _fill(self, result) -> None:
        office, fac, logo = result["office"], result["facility"], result["logo"]
        self.office, self.facility = office, fac
        self.office_key, self.office_name = result["office_key"], result["office_name"]
        self.office_choice.clear()
        for key, name, code in result["offices"]:
            self.office_choice.addItem(f"{name} ({code})", key)
        self.office_choice.setCurrentIndex(max(self.office_choice.findData(self.office_key), 0))
        self.fac_code.clear()
        for fid, text in result["facilities"]:
            self.fac_code.addItem(text, str(fid))  # str: Qt compares item data by value
        if fac:
            self.facility_id = fac["id"]
            self.fac_code.setCurrentIndex(max(self.fac_code.findData(str(fac["id"])), 0))
            self.fac_name.setText(fac["name"])
            self.fac_address.setText(fac["address"])
            self.fac_phone.setText(fac["phone"])
            self.fac_capacity.setValue(fac["capacity"])
            self.fac_zone.setCurrentIndex(max(self.fac_zone.findData(fac["time_zone"]), 0))
        self.facility_box.setEnabled(fac is not None)
        self.government.setText(office.government)
        self.agency.setText(office.agency)
        self.address.setText(office.address)
        self.phone.setText(office.phone)
        self.website.setText(office.website)
        self.city.setText(office.city)
        self.office_code.setText(office.code)
        self.paper.setCurrentIndex(max(self.paper.findData(office.paper_size), 0))
        self.logo.clear()
        if logo:
            pix = QPixmap()
            if pix.loadFromData(logo):
                self.logo.setPixmap(pix.scaled(68, 68, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        for row, role in enumerate(SIGNATORY_ROLES):
            sig = office.signatory(role) or Signatory(role=role)
            for col, value in enumerate((sig.name, sig.nip, sig.title, sig.pangkat)):
                self.signatories.setItem(row, col, QTableWidgetItem(value))
        self.loaded = True

    def _facility_chosen(self, index: int) -> None:
        data = self.fac_code.itemData(index)
        fid = uuid.UUID(data) if data else None
        if fid is not None and fid != self.facility_id:
            self.facility_id = fid
            self.reload()

    def _office_chosen(self, index: int) -> None:
        key = self.office_choice.itemData(index)
        if key != self.office_key and key != "new":
            self.reload(key)

    def _new_office(self) -> None:
        """A further office (another Pemda's Dinas, a UPT): its fields start as a copy."""
        name, ok = QInputDialog.getText(self, self.tr("Kantor penerbit baru"),
                                        self.tr("Nama kantor penerbit surat:"))
        name = name.strip()
        if not ok or not name:
            return
        self.office_choice.addItem(self.tr("{0} (baru)").format(name), "new")
        self.office_choice.setCurrentIndex(self.office_choice.count() - 1)
        self.office_key, self.office_name = "new", name
        self.office = replace(self.current_office(), logo_attachment_id="")
        self.logo.clear()
        self.office_code.setFocus()
        self.office_code.selectAll()

    def _choose_logo(self) -> None:
        path = FILE_PICKER["open"](self, self.tr("Pilih logo instansi"),
                                   self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self._logo_path = path
            pix = QPixmap(path)
            self.logo.setPixmap(pix.scaled(68, 68, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))

    def current_office(self) -> OfficeSettings:
        office = self.office or OfficeSettings()
        signatories = []
        for row, role in enumerate(SIGNATORY_ROLES):
            cells = [self.signatories.item(row, c) for c in range(4)]
            name, nip, title, pangkat = ((c.text().strip() if c is not None else "")
                                         for c in cells)
            if name or nip or title:
                old = office.signatory(role) or Signatory(role=role)  # keeps a.n. and Plt.
                signatories.append(replace(old, name=name, nip=nip, title=title,
                                           pangkat=pangkat))
        keep = [s for s in office.signatories if s.role not in SIGNATORY_ROLES]
        return replace(
            office, government=self.government.text().strip(),
            agency=self.agency.text().strip(), address=self.address.text().strip(),
            phone=self.phone.text().strip(), website=self.website.text().strip(),
            city=self.city.text().strip(), paper_size=self.paper.currentData(),
            code=self.office_code.text().strip() or office.code,
            signatories=signatories + keep)

    def current_preferences(self) -> Preferences:
        return replace(self.prefs, idle_lock_minutes=self.idle.value(),
                       language=self.language.currentData())

    def save(self) -> None:
        for row in range(len(SIGNATORY_ROLES)):
            nip_item = self.signatories.item(row, 1)
            nip = nip_item.text().strip().replace(" ", "") if nip_item else ""
            if nip and (not nip.isdigit() or len(nip) != 18):
                self.message.setText(self.tr("NIP harus 18 angka (baris {0}).").format(row + 1))
                return
        office = self.current_office()
        prefs = self.current_preferences()
        facility = None
        if self.facility is not None:
            facility = dict(self.facility, name=self.fac_name.text().strip(),
                            address=self.fac_address.text().strip(),
                            phone=self.fac_phone.text().strip(),
                            capacity=self.fac_capacity.value() or None,
                            time_zone=self.fac_zone.currentData())
        logo_path, actor = self._logo_path, self.actor
        self.save_button.setEnabled(False)

        office_key, office_name = self.office_key, self.office_name

        def job(store):
            from pathlib import Path

            from rumahsinggah.services import attachments
            from rumahsinggah.services.facilities import (
                FacilityDetails,
                assign_office,
                save_facility_details,
            )
            from rumahsinggah.services.settings import save_office

            with store.write(actor) as s:  # one transaction: office, logo and facility
                key = save_office(s, office_key, office, name=office_name)
                if logo_path:
                    logo = attachments.FileUpload(Path(logo_path).read_bytes(),
                                                  Path(logo_path).name)
                    office.logo_attachment_id = str(attachments.save_logo(s, logo))
                    save_office(s, key, office, name=office_name)
                if facility is not None:
                    save_facility_details(s, facility["id"], FacilityDetails(
                        name=facility["name"], address=facility["address"],
                        phone=facility["phone"], capacity=facility["capacity"],
                        time_zone=facility["time_zone"]))
                    assign_office(s, facility["id"], key)
            return office

        def done(saved_office):
            self.save_button.setEnabled(True)
            self.office = saved_office
            self._logo_path = None
            save_preferences(prefs)
            self.prefs = prefs
            self.message.setText("")
            self.saved.emit(prefs)
            self.accept()

        def failed(exc):
            self.save_button.setEnabled(True)
            self.message.setText(error_text(exc))

        self.door.write(job, done, failed, owner=self)

    def open_calendar(self) -> None:
        from rumahsinggah.gui.calendar_dialog import CalendarDialog

        fid = self.facility["id"] if self.facility else None
        run_modal(CalendarDialog(self.door, self.actor, fid, self))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pengaturan"))
        self.facility_box.setTitle(self.tr("Fasilitas"))
        self.letter_box.setTitle(self.tr("Kop surat instansi"))
        self.sign_box.setTitle(self.tr("Penanda tangan surat"))
        self.desk_box.setTitle(self.tr("Komputer ini"))
        for label, text in zip(self.fac_labels, (
                self.tr("&Fasilitas:"), self.tr("&Nama:"), self.tr("&Alamat:"),
                self.tr("&Telepon:"), self.tr("&Kapasitas (orang):"),
                self.tr("&Zona waktu:")), strict=True):
            label.setText(text)
        self.calendar_button.setText(self.tr("Hari libur &kantor\u2026"))
        self.new_office_button.setText(self.tr("Kantor ba&ru\u2026"))
        for label, text in zip(self.letter_labels, (
                self.tr("Kantor pe&nerbit:"), self.tr("&Pemerintah:"), self.tr("&Instansi:"),
                self.tr("Ala&mat:"),
                self.tr("Tele&pon:"), self.tr("&Situs web:"), self.tr("&Kota surat:"),
                self.tr("Kode kantor (nomor surat):"), self.tr("&Ukuran kertas:"),
                self.tr("Logo:")), strict=True):
            label.setText(text)
        self.logo_button.setText(self.tr("Pilih &logo\u2026"))
        self.signatories.setHorizontalHeaderLabels(
            [self.tr("Nama"), self.tr("NIP"), self.tr("Jabatan"), self.tr("Pangkat / golongan")])
        self.signatories.setVerticalHeaderLabels([
            self.tr("Kepala Dinas"), self.tr("Kepala Bidang"), self.tr("Kepala Panti / RS"),
            self.tr("Petugas")])
        for label, text in zip(self.desk_labels, (self.tr("Kunci layar setelah (&menit):"),
                                                  self.tr("&Bahasa:")), strict=True):
            label.setText(text)
        self.idle.setSuffix(self.tr(" menit"))
        self.save_button.setText(self.tr("&Simpan"))
        self.close_button.setText(self.tr("&Tutup"))
