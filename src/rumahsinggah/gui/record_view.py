"""The client record (Rekam Klien): identity with photo, stays as timelines, family and
tracing, attachments, letters and the history of changes."""

from __future__ import annotations

import mimetypes
import os
import tempfile
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.core import vocab
from rumahsinggah.gui.common import error_text, show_error, show_info, vocab_label
from rumahsinggah.gui.i18n import format_date
from rumahsinggah.services import client_record
from rumahsinggah.services.client_record import STAGES, ClientRecord

# The file dialog goes through this so tests can hand in a path.
FILE_PICKER = {"open": lambda parent, title, filt: QFileDialog.getOpenFileName(
    parent, title, "", filt)[0]}
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # (entity, record id) of a timeline entry
KIND_CHOICES = ("ktp", "kk", "foto", "surat", "surat_penjamin", "dokumentasi", "lainnya")


class ClientRecordWidget(QWidget):
    """One client's record. Loads through the door; edits identity in one transaction."""

    loaded = Signal()
    saved = Signal(str)  # client id
    titleChanged = Signal(str)

    def __init__(self, door, actor, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.actor = actor
        self.client_id = uuid.UUID(str(client_id))
        self.record: ClientRecord | None = None
        self._temp_files: list[Path] = []

        self.photo = QLabel()
        self.photo.setFixedSize(120, 150)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #c9d4dc; background: #f5f8fa;")
        self.name_label = QLabel()
        self.name_label.setObjectName("title")
        self.summary = QLabel()
        self.summary.setObjectName("subtitle")
        self.summary.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.photo)
        info = QVBoxLayout()
        info.addWidget(self.name_label)
        info.addWidget(self.summary)
        info.addStretch(1)
        head.addLayout(info, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._identity_tab(), "")
        self.stays_tree = self._tree(4)
        self.stays_tree.setObjectName("stays_tree")
        self.stays_tree.itemActivated.connect(self.open_entry)  # double-click / Enter
        self.entry_dialogs: list = []
        self.tabs.addTab(self.stays_tree, "")
        self.family_tree = self._tree(4)
        self.tabs.addTab(self.family_tree, "")
        self.tabs.addTab(self._attachments_tab(), "")
        self.letters_tree = self._tree(4)
        self.letters_panel = None
        self.letters_page = QWidget()
        self.letters_layout = QVBoxLayout(self.letters_page)
        self.letters_all_label = QLabel()
        self.letters_all_label.setObjectName("subtitle")
        self.letters_layout.addWidget(self.letters_all_label)
        self.letters_layout.addWidget(self.letters_tree, 1)
        self.tabs.addTab(self.letters_page, "")
        self.history_tree = self._tree(4)
        self.tabs.addTab(self.history_tree, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        door.changed.connect(self._store_changed)
        self.reload()

    # -- building -----------------------------------------------------------------------
    def _tree(self, columns: int) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(columns)
        tree.setAlternatingRowColors(True)
        tree.setRootIsDecorated(True)
        tree.setUniformRowHeights(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.header().setStretchLastSection(True)
        return tree

    def _identity_tab(self) -> QWidget:
        self.fields: dict[str, QWidget] = {}
        self.field_labels: dict[str, QLabel] = {}
        form_left = QFormLayout()
        form_right = QFormLayout()
        for form in (form_left, form_right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setHorizontalSpacing(10)
            form.setVerticalSpacing(6)

        def add(form, key, widget):
            label = QLabel()
            label.setBuddy(widget)
            self.fields[key] = widget
            self.field_labels[key] = label
            form.addRow(label, widget)

        add(form_left, "full_name", QLineEdit())
        add(form_left, "nickname", QLineEdit())
        nik = QLineEdit()
        nik.setMaxLength(16)
        nik.setInputMask("")
        add(form_left, "nik", nik)
        kk = QLineEdit()
        kk.setMaxLength(16)
        add(form_left, "kk_number", kk)
        sex = QComboBox()
        for code in ("L", "P"):
            sex.addItem("", code)
        add(form_left, "sex", sex)
        birth = QDateEdit()
        birth.setCalendarPopup(True)
        birth.setDisplayFormat("dd-MM-yyyy")
        birth.setSpecialValueText(" ")
        birth.setMinimumDate(QDate(1900, 1, 1))
        add(form_left, "birth_date", birth)
        add(form_left, "birth_date_estimated", QCheckBox())
        add(form_left, "birth_place", QLineEdit())
        religion = QComboBox()
        religion.addItem("", "")
        for item in vocab.RELIGIONS:
            religion.addItem(item, item)
        add(form_left, "religion", religion)
        pmks = QComboBox()
        pmks.addItem("", "")
        for item in vocab.PMKS_CATEGORIES:
            pmks.addItem(item, item)
        add(form_left, "pmks_category", pmks)
        add(form_right, "address", QLineEdit())
        add(form_right, "village", QLineEdit())
        add(form_right, "district", QLineEdit())
        add(form_right, "regency", QLineEdit())
        add(form_right, "province", QLineEdit())
        desc = QPlainTextEdit()
        desc.setFixedHeight(70)
        desc.setTabChangesFocus(True)
        add(form_right, "physical_description", desc)
        notes = QPlainTextEdit()
        notes.setFixedHeight(70)
        notes.setTabChangesFocus(True)
        add(form_right, "notes", notes)

        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save_identity)
        self.photo_button = QPushButton()
        self.photo_button.clicked.connect(self.choose_photo)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.saved_note = QLabel()  # "Identitas tersimpan ...": said after every save
        self.saved_note.setObjectName("savedNote")
        self.saved_note.setStyleSheet("color: #1e7d32; font-weight: bold;")
        self.saved_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.save_button)

        grid = QGridLayout()
        grid.addLayout(form_left, 0, 0)
        grid.addLayout(form_right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(24)
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addLayout(grid)
        box.addLayout(buttons)
        box.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(inner)
        order = ["full_name", "nickname", "nik", "kk_number", "sex", "birth_date",
                 "birth_date_estimated", "birth_place", "religion", "pmks_category", "address",
                 "village", "district", "regency", "province", "physical_description", "notes"]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(self.fields[a], self.fields[b])
        QWidget.setTabOrder(self.fields["notes"], self.photo_button)
        QWidget.setTabOrder(self.photo_button, self.save_button)
        return area

    def _attachments_tab(self) -> QWidget:
        self.attach_tree = self._tree(4)
        self.attach_tree.itemActivated.connect(lambda item, _c: self.open_attachment(item))
        self.add_scan_button = QPushButton()
        self.add_scan_button.clicked.connect(self.add_scan)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(
            lambda: self.open_attachment(self.attach_tree.currentItem()))
        self.kind_box = QComboBox()
        for code in KIND_CHOICES:
            self.kind_box.addItem("", code)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(220)
        row = QHBoxLayout()
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind_box)
        row.addWidget(self.kind_label)
        row.addWidget(self.kind_box)
        row.addWidget(self.add_scan_button)
        row.addStretch(1)
        row.addWidget(self.open_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.attach_tree, 2)
        layout.addWidget(self.preview, 1)
        return page

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        client_id = self.client_id

        def job(store):
            with store.read() as s:
                return client_record.load_record(s, client_id, store=store)

        self.door.query(job, self._show, lambda exc: show_error(self, exc), owner=self)

    def current_case(self) -> tuple[str | None, str]:
        """(stay id, client id): the stay picked in the stays tab, else the open (else the
        latest) stay of this client; a wizard started from this tab works on it."""
        stays = self.record.stays if self.record is not None else []
        picked = self._picked_stay_id()
        if picked is None and stays:
            open_stays = [s for s in stays if s.closed_at is None]
            picked = str((open_stays or stays)[0].stay_id)
        return picked, str(self.client_id)

    def open_entry(self, item, _column: int = 0):
        """A timeline entry opened: its detail (what, by whom, when) and corrections."""
        data = item.data(0, ENTRY_ROLE) if item is not None else None
        if not data:
            return None
        from rumahsinggah.gui.timeline_dialog import TimelineEntryDialog

        entity, record_id = data
        dialog = TimelineEntryDialog(self.door, self.actor, entity, record_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.corrected.connect(lambda _c: self.reload())
        dialog.destroyed.connect(lambda *_a, d=dialog: self._forget_dialog(d))
        self.entry_dialogs.append(dialog)
        dialog.show()
        return dialog

    def _forget_dialog(self, dialog) -> None:
        if dialog in self.entry_dialogs:
            self.entry_dialogs.remove(dialog)

    def _picked_stay_id(self) -> str | None:
        item = self.stays_tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            return None
        value = item.data(0, Qt.ItemDataRole.UserRole)
        return str(value) if value else None

    def _store_changed(self, found) -> None:
        """Rows changed somewhere (another tab, a wizard, a sync import): show them, unless
        the officer is typing identity changes here (their save reloads)."""
        if found.touches_records() and not self.has_unsaved_changes():
            self.reload()

    def _show(self, record: ClientRecord) -> None:
        self.record = record
        ident = record.identity
        nick = ident["nickname"]
        self.name_label.setText(ident["full_name"] + (f" ({nick})" if nick else ""))
        self.titleChanged.emit(ident["full_name"])
        self._fill_identity(ident)
        self._show_photo(record.photo)
        self._fill_summary()
        self._fill_stays()
        self._fill_family()
        self._fill_attachments()
        self._fill_letters()
        self._fill_history()
        self.loaded.emit()

    def _fill_summary(self) -> None:
        if self.record is None:
            return
        ident = self.record.identity
        parts = []
        if ident["nik"]:
            parts.append(self.tr("NIK {0}").format(ident["nik"]))
        else:
            parts.append(self.tr("Tanpa NIK"))
        parts.append(vocab_label("sex", ident["sex"]))
        if ident["birth_date"]:
            born = format_date(ident["birth_date"])
            if ident["birth_date_estimated"]:
                born = self.tr("sekitar {0}").format(born)
            parts.append(self.tr("lahir {0}").format(born))
        if ident["regency"]:
            parts.append(ident["regency"])
        if ident["pmks_category"]:
            parts.append(ident["pmks_category"])
        line = " \u00b7 ".join(parts)
        open_stays = [s for s in self.record.stays if s.closed_at is None]
        if open_stays:
            stay = open_stays[0]
            line += "\n" + self.tr("Sedang menghuni: {0}, {1}, sejak {2}").format(
                stay.case_number, stay.facility, format_date(stay.arrival_at))
        self.summary.setText(line)

    def _show_photo(self, data: bytes | None) -> None:
        if data:
            pix = QPixmap()
            if pix.loadFromData(data):
                self.photo.setPixmap(pix.scaled(self.photo.size(),
                                                Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
                return
        self.photo.setPixmap(QPixmap())
        self.photo.setText(self.tr("Belum ada\nfoto"))

    def _fill_identity(self, ident: dict) -> None:
        for key, widget in self.fields.items():
            value = ident.get(key)
            if isinstance(widget, QLineEdit):
                widget.setText(value or "")
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QDateEdit):
                if value:
                    widget.setDate(QDate(value.year, value.month, value.day))
                else:
                    widget.setDate(widget.minimumDate())
            elif isinstance(widget, QComboBox):
                index = widget.findData(value or "")
                if index < 0 and value:
                    widget.addItem(value, value)
                    index = widget.count() - 1
                widget.setCurrentIndex(max(index, 0))
        self.message.clear()

    def _fill_stays(self) -> None:
        tree = self.stays_tree
        tree.clear()
        for stay in self.record.stays:
            status = vocab_label("status", stay.status)
            period = format_date(stay.arrival_at)
            if stay.closed_at:
                period += " \u2013 " + format_date(stay.closed_at)
            top = QTreeWidgetItem([stay.case_number, period, stay.facility, status])
            top.setData(0, Qt.ItemDataRole.UserRole, str(stay.stay_id))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            tree.addTopLevelItem(top)
            for code, label in STAGES:
                entries = [e for e in stay.timeline if e.stage == code]
                stage = QTreeWidgetItem([self._stage_label(code, label),
                                         "", self.tr("{0} catatan").format(len(entries))
                                         if entries else self.tr("belum ada"), ""])
                top.addChild(stage)
                for entry in entries:
                    item = QTreeWidgetItem([
                        "", format_date(entry.at, with_time=False), entry.title,
                        (entry.detail or "").replace("\n", " ")[:200]])
                    if entry.record_id is not None:
                        item.setData(0, ENTRY_ROLE, (entry.entity, str(entry.record_id)))
                        item.setToolTip(2, self.tr("Enter / klik dua kali: buka catatan"))
                    stage.addChild(item)
                stage.setExpanded(bool(entries))
            if stay.steps:
                self._add_steps(top, stay.steps)
            top.setExpanded(stay.closed_at is None or tree.topLevelItemCount() == 1)
        for col, width in enumerate((190, 270, 300)):
            tree.setColumnWidth(col, width)

    def _add_steps(self, top: QTreeWidgetItem, steps) -> None:
        """The standard's procedure steps with their deadlines (service level)."""
        from rumahsinggah.gui.common import STATE_COLOURS

        late = sum(st.state == "terlambat" for st in steps)
        head = QTreeWidgetItem([self.tr("Tenggat layanan"), "",
                                self.tr("{0} langkah, {1} terlambat").format(len(steps), late),
                                ""])
        top.addChild(head)
        symbols = {"terlambat": "\u203c ", "segera": "\u25b2 ", "selesai": "\u2713 ",
                   "selesai_terlambat": "\u2713 "}
        for st in steps:
            when = st.done_at or st.due_at
            prefix = self.tr("selesai") if st.done_at else self.tr("batas")
            item = QTreeWidgetItem([
                "", f"{prefix} {format_date(when, with_time=True)}" if when else "",
                f"{st.number}. {st.text}"[:90],
                symbols.get(st.state, "") + self._step_state(st.state, st.state_label)])
            if st.state == "terlambat":
                item.setBackground(3, STATE_COLOURS["terlambat"])
            elif st.state == "segera":
                item.setBackground(3, STATE_COLOURS["approaching"])
            item.setToolTip(2, st.text)
            head.addChild(item)
        head.setExpanded(late > 0)

    def _step_state(self, state: str, label: str) -> str:
        return {
            "selesai": self.tr("Selesai tepat waktu"),
            "selesai_terlambat": self.tr("Selesai (terlambat)"),
            "tepat_waktu": self.tr("Dalam batas waktu"),
            "segera": self.tr("Segera jatuh tempo"),
            "terlambat": self.tr("Terlambat"),
            "menunggu": self.tr("Belum dimulai"),
            "tidak_berlaku": self.tr("Tidak berlaku"),
        }.get(state, label)

    def _placeholder(self, tree: QTreeWidget, text: str) -> None:
        if tree.topLevelItemCount() == 0:
            item = QTreeWidgetItem([text])
            item.setFirstColumnSpanned(True)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)

    def _stage_label(self, code: str, label: str) -> str:
        return {
            "penerimaan": self.tr("Penerimaan"),
            "asesmen": self.tr("Asesmen"),
            "rencana": self.tr("Rencana intervensi"),
            "intervensi": self.tr("Intervensi"),
            "resosialisasi": self.tr("Resosialisasi"),
            "terminasi": self.tr("Terminasi"),
            "bimbingan_lanjut": self.tr("Bimbingan lanjut"),
        }.get(code, label)

    def _fill_family(self) -> None:
        tree = self.family_tree
        tree.clear()
        fam = QTreeWidgetItem([self.tr("Keluarga"), "", "", ""])
        tree.addTopLevelItem(fam)
        for f in self.record.family:
            fam.addChild(QTreeWidgetItem([f.full_name, f.relationship, f.phone, f.address]))
        trace = QTreeWidgetItem([self.tr("Penelusuran keluarga"), "", "", ""])
        tree.addTopLevelItem(trace)
        for t in self.record.tracing:
            trace.addChild(QTreeWidgetItem([format_date(t.at), self._tracing_label(t.method),
                                            self._tracing_label(t.result),
                                            t.counterpart + (f" \u2013 {t.notes}"
                                                             if t.notes else "")]))
        fam.setExpanded(True)
        trace.setExpanded(True)
        for col, width in enumerate((240, 160, 160)):
            tree.setColumnWidth(col, width)

    def _fill_attachments(self) -> None:
        tree = self.attach_tree
        tree.clear()
        for a in self.record.attachments:
            item = QTreeWidgetItem([a.filename, self._kind_label(a.kind),
                                    format_date(a.created_at),
                                    f"{max(a.size // 1024, 1)} KB"])
            item.setData(0, Qt.ItemDataRole.UserRole, str(a.id))
            item.setData(1, Qt.ItemDataRole.UserRole, a.mime)
            tree.addTopLevelItem(item)
        self._placeholder(tree, self.tr("Belum ada lampiran. Tambahkan pindaian KTP, KK, "
                                        "surat atau foto dengan tombol di atas."))
        for col, width in enumerate((280, 160, 160)):
            tree.setColumnWidth(col, width)
        self.preview.clear()

    def _case_letters_panel(self) -> None:
        """The letters panel (gui/letters) for the latest stay: make and reprint letters."""
        if self.letters_panel is not None or not self.record.stays:
            return
        from rumahsinggah.gui.letters import LettersPanel
        stay = self.record.stays[0]
        self.letters_case_label = QLabel(self.tr("Surat kasus {0}").format(stay.case_number))
        self.letters_case_label.setObjectName("subtitle")
        self.letters_panel = LettersPanel(self.door, self.actor, stay.stay_id, self)
        self.letters_layout.insertWidget(0, self.letters_case_label)
        self.letters_layout.insertWidget(1, self.letters_panel, 1)

    def _fill_letters(self) -> None:
        self._case_letters_panel()
        tree = self.letters_tree
        tree.clear()
        for x in self.record.letters:
            tree.addTopLevelItem(QTreeWidgetItem([format_date(x.letter_date), x.number,
                                                  x.letter_type, x.signatory_name]))
        self._placeholder(tree, self.tr("Belum ada surat untuk klien ini."))
        for col, width in enumerate((160, 260, 220)):
            tree.setColumnWidth(col, width)

    def _fill_history(self) -> None:
        tree = self.history_tree
        tree.clear()
        names = self._field_labels()
        for event in self.record.history:
            item = QTreeWidgetItem([format_date(event.at, with_time=True), event.username,
                                    self._action_label(event.action, event.entity), ""])
            changed = []
            if event.entity != "client":
                # another record about this client: name it by what people know it by, and
                # say which of its fields changed in Indonesian (unknown ones stay unsaid)
                for key in ("filename", "case_number", "full_name", "number"):
                    value = (event.changes or {}).get(key)
                    if isinstance(value, list | tuple) and value:
                        value = value[-1]
                    if value:
                        changed.append(str(value))
                        break
                if event.action != "insert":
                    others = self._other_field_labels()
                    for key, value in (event.changes or {}).items():
                        if key not in others:
                            continue
                        if isinstance(value, list | tuple) and len(value) == 2:
                            item.addChild(QTreeWidgetItem(
                                ["", "", others[key],
                                 f"{value[0] or '-'} \u2192 {value[1] or '-'}"]))
                        if others[key] not in changed:
                            changed.append(others[key])
                item.setText(3, ", ".join(changed[:6]))
                tree.addTopLevelItem(item)
                continue
            for key, value in (event.changes or {}).items():
                if key in ("search_text", "name_key", "updated_at", "updated_by",
                           "change_stamp", "created_at", "created_by", "site_id", "id"):
                    continue
                label = names.get(key, key)
                if key == "photo_attachment_id":
                    changed.append(label)
                    continue
                if isinstance(value, list | tuple) and len(value) == 2:
                    item.addChild(QTreeWidgetItem(["", "", label,
                                                   f"{value[0] or '-'} \u2192 {value[1] or '-'}"]))
                changed.append(label)
            item.setText(3, ", ".join(changed[:6]))
            tree.addTopLevelItem(item)
        self._placeholder(tree, self.tr("Belum ada perubahan yang tercatat."))
        for col, width in enumerate((200, 140, 240)):
            tree.setColumnWidth(col, width)

    def _entity_labels(self) -> dict[str, str]:
        """What each kind of stored row is called on the record (never its table name)."""
        return {
            "client": self.tr("Identitas"), "stay": self.tr("Kasus"),
            "identification": self.tr("Identifikasi awal"),
            "belonging": self.tr("Barang bawaan"), "assessment": self.tr("Asesmen"),
            "decision": self.tr("Keputusan Kepala Bidang"),
            "service_session": self.tr("Catatan layanan"),
            "family_member": self.tr("Anggota keluarga"),
            "tracing_attempt": self.tr("Penelusuran keluarga"),
            "coordination": self.tr("Koordinasi antar daerah"),
            "termination": self.tr("Terminasi"), "home_visit": self.tr("Kunjungan rumah"),
            "step_completion": self.tr("Langkah prosedur"),
            "attachment": self.tr("Lampiran"), "letter": self.tr("Surat"),
            "complaint": self.tr("Pengaduan"), "raid": self.tr("Razia"),
        }

    def _action_label(self, action: str, entity: str) -> str:
        """"Identitas diubah", "Langkah prosedur dicatat": human words, not table names."""
        what = self._entity_labels().get(entity) or self.tr("Data lain")
        done = {"insert": self.tr("{0} dicatat"), "update": self.tr("{0} diubah"),
                "mark_deleted": self.tr("{0} dihapus")}.get(action, "{0}")
        return done.format(what)

    def _other_field_labels(self) -> dict[str, str]:
        """Indonesian names of the fields of the rows other than the identity."""
        return {
            "status": self.tr("Status"), "case_number": self.tr("Nomor kasus"),
            "arrival_at": self.tr("Waktu tiba"), "closed_at": self.tr("Tanggal ditutup"),
            "facility_id": self.tr("Fasilitas"), "standard_code": self.tr("Standar pelayanan"),
            "step_code": self.tr("Langkah"), "step": self.tr("Langkah"),
            "completed_at": self.tr("Selesai pada"), "notes": self.tr("Catatan"),
            "basis": self.tr("Dasar terminasi"), "mode": self.tr("Cara terminasi"),
            "outcome": self.tr("Hasil"), "kind": self.tr("Jenis"),
            "filename": self.tr("Nama berkas"), "number": self.tr("Nomor surat"),
            "relationship": self.tr("Hubungan"), "phone": self.tr("Telepon"),
            "full_name": self.tr("Nama lengkap"), "address": self.tr("Alamat"),
            "source": self.tr("Asal kedatangan"), "description": self.tr("Uraian"),
            "result": self.tr("Hasil"), "planned_date": self.tr("Tanggal rencana"),
        }

    def _tracing_label(self, code: str) -> str:
        return {
            "telepon": self.tr("Telepon"), "kunjungan": self.tr("Kunjungan"),
            "surat_dinas": self.tr("Surat dinas"), "media_sosial": self.tr("Media sosial"),
            "ditemukan": self.tr("Ditemukan"), "tidak_ditemukan": self.tr("Tidak ditemukan"),
            "menunggu": self.tr("Menunggu"),
        }.get(code, code)

    def _kind_label(self, kind: str) -> str:
        return {
            "ktp": self.tr("Pindaian KTP"), "kk": self.tr("Pindaian KK"),
            "foto": self.tr("Foto"), "surat": self.tr("Surat"),
            "surat_penjamin": self.tr("Surat penjamin"),
            "dokumentasi": self.tr("Dokumentasi"), "lainnya": self.tr("Lainnya"),
        }.get(kind, kind)

    # -- editing ------------------------------------------------------------------------
    def identity_changes(self) -> dict:
        if self.record is None:
            return {}
        out = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                value = widget.text()
                if key in ("nik", "kk_number"):
                    value = value.strip() or None
            elif isinstance(widget, QPlainTextEdit):
                value = widget.toPlainText()
            elif isinstance(widget, QCheckBox):
                value = widget.isChecked()
            elif isinstance(widget, QDateEdit):
                d = widget.date()
                value = None if d == widget.minimumDate() else date(d.year(), d.month(),
                                                                      d.day())
            else:
                value = widget.currentData()
            old = self.record.identity.get(key)
            if (old or None) != (value or None) if not isinstance(value, bool) else \
                    bool(old) != value:
                out[key] = value
        return out

    def has_unsaved_changes(self) -> bool:
        return bool(self.identity_changes())

    def save_identity(self) -> None:
        changes = self.identity_changes()
        if not changes:
            self.message.setText(self.tr("Tidak ada perubahan untuk disimpan."))
            return
        client_id, actor = self.client_id, self.actor
        self.save_button.setEnabled(False)
        self.saved_note.clear()
        names = self._field_labels()
        changed = ", ".join(names.get(k, k) for k in changes)

        # What the form showed for those fields: a desk that saved meanwhile is not
        # overwritten unseen (services.client_record: EditedElsewhere).
        expected = {k: self.record.identity.get(k) for k in changes}

        def job(store):
            with store.write(actor) as s:
                return client_record.update_client_identity(s, client_id, changes, expected)

        def done(_result):
            self.save_button.setEnabled(True)
            self.message.setText("")
            from rumahsinggah.gui.wizards import deskclock

            self.saved_note.setText(self.tr("\u2713 Identitas tersimpan ({0}) pukul {1}.")
                                    .format(changed, deskclock.now().strftime("%H.%M")))
            status = getattr(self.window(), "statusBar", None)
            if callable(status):
                status().showMessage(self.tr("Identitas klien tersimpan."), 8000)
            self.saved.emit(str(client_id))
            self.reload()

        def failed(exc):
            self.save_button.setEnabled(True)
            self.message.setText(error_text(exc))
            current = getattr(exc, "current", None)
            if current:
                # The typed values stay in the form; the newer stored ones are named in the
                # message (not the green "saved" note), and a second save is a choice made
                # knowingly.
                self.record.identity.update(current)
                shown = "; ".join(f"{names.get(k, k)}: {v if v not in (None, '') else '-'}"
                                  for k, v in current.items())
                self.message.setText(error_text(exc) + " " + self.tr(
                    "Tersimpan di meja lain: {0}").format(shown))
            name = getattr(exc, "field", None)
            if name in self.fields:
                self.fields[name].setFocus()

        self.door.write(job, done, failed, owner=self)

    def choose_photo(self) -> None:
        path = FILE_PICKER["open"](self, self.tr("Pilih foto klien"),
                                   self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self._save_file(Path(path), "foto", as_photo=True)

    def add_scan(self) -> None:
        path = FILE_PICKER["open"](self, self.tr("Pilih berkas pindaian"),
                                   self.tr("Pindaian (*.pdf *.png *.jpg *.jpeg);;"
                                           "Semua berkas (*)"))
        if path:
            self._save_file(Path(path), self.kind_box.currentData() or "lainnya")

    def _save_file(self, path: Path, kind: str, *, as_photo: bool = False) -> None:
        client_id, actor, name = self.client_id, self.actor, path.name

        def job(store):
            from rumahsinggah.core.errors import DomainError
            from rumahsinggah.services import attachments

            try:
                data = path.read_bytes()  # on the worker: a scan may be many megabytes
            except OSError as exc:
                raise DomainError(f"Berkas tidak dapat dibaca: {exc}. Periksa berkasnya "
                                  "lalu coba lagi.", field="file") from exc
            with store.write(actor) as s:
                return attachments.add_client_file(s, attachments.ClientFileInput(
                    client_id=client_id, upload=attachments.FileUpload(data, name), kind=kind,
                    as_photo=as_photo))

        self.door.write(job, lambda _id: self.reload(), lambda exc: show_error(self, exc),
                        owner=self)

    def open_attachment(self, item) -> None:
        if item is None or item.data(0, Qt.ItemDataRole.UserRole) is None:
            return
        attachment_id = uuid.UUID(item.data(0, Qt.ItemDataRole.UserRole))
        filename = item.text(0)

        def job(store):
            from rumahsinggah.storage.attachments import read_bytes
            from rumahsinggah.storage.models import Attachment

            with store.read() as s:
                att = s.get(Attachment, attachment_id)
                return read_bytes(store, att), att.mime

        def done(result):
            data, mime = result
            if (mime or mimetypes.guess_type(filename)[0] or "").startswith("image/"):
                pix = QPixmap()
                if pix.loadFromData(data):
                    self.preview.setPixmap(pix.scaled(
                        max(self.preview.width() - 8, 200), max(self.preview.height() - 8, 150),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation))
                    return
            self._open_externally(data, filename)

        self.door.query(job, done, lambda exc: show_error(self, exc), owner=self)

    def _open_externally(self, data: bytes, filename: str) -> None:
        suffix = Path(filename).suffix or ".bin"
        fd, name = tempfile.mkstemp(prefix="rumahsinggah-", suffix=suffix)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        path = Path(name)
        self._temp_files.append(path)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_info(self, self.tr("Lampiran"),
                      self.tr("Tidak ada aplikasi untuk membuka berkas ini."))
        # the viewer has read the file by then; the rest is removed when the record closes
        QTimer.singleShot(120_000, self._remove_temp_files)

    def _remove_temp_files(self) -> None:
        for path in list(self._temp_files):
            try:
                path.unlink(missing_ok=True)
                self._temp_files.remove(path)
            except OSError:
                pass

    def closeEvent(self, event) -> None:
        self._remove_temp_files()
        super().closeEvent(event)

    def deleteLater(self) -> None:
        self._remove_temp_files()
        super().deleteLater()

    # -- language -----------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        tabs = (self.tr("Identitas"), self.tr("Riwayat kasus"),
                self.tr("Keluarga && penelusuran"), self.tr("Lampiran"), self.tr("Daftar surat"),
                self.tr("Riwayat perubahan"))
        for i, text in enumerate(tabs):
            self.tabs.setTabText(i, text)
        labels = self._field_labels()
        for key, label in self.field_labels.items():
            label.setText(labels[key] + ":")
        sex = self.fields["sex"]
        sex.setItemText(0, vocab_label("sex", "L"))
        sex.setItemText(1, vocab_label("sex", "P"))
        self._retranslate_rest()

    def _field_labels(self) -> dict[str, str]:
        return {
            "full_name": self.tr("Nama lengkap"), "nickname": self.tr("Nama panggilan"),
            "nik": self.tr("NIK"), "kk_number": self.tr("Nomor KK"),
            "sex": self.tr("Jenis kelamin"), "birth_date": self.tr("Tanggal lahir"),
            "birth_date_estimated": self.tr("Tanggal lahir perkiraan"),
            "birth_place": self.tr("Tempat lahir"), "religion": self.tr("Agama"),
            "pmks_category": self.tr("Kategori PPKS"), "address": self.tr("Alamat"),
            "village": self.tr("Desa / kelurahan"), "district": self.tr("Kecamatan"),
            "regency": self.tr("Kabupaten / kota"), "province": self.tr("Provinsi"),
            "physical_description": self.tr("Ciri-ciri fisik"), "notes": self.tr("Catatan"),
            "photo_attachment_id": self.tr("Foto"),
        }

    def _retranslate_rest(self) -> None:
        self.save_button.setText(self.tr("&Simpan identitas"))
        self.photo_button.setText(self.tr("Ganti &foto\u2026"))
        self.add_scan_button.setText(self.tr("&Tambah pindaian\u2026"))
        self.open_button.setText(self.tr("&Buka"))
        self.kind_label.setText(self.tr("Jenis:"))
        for i, code in enumerate(KIND_CHOICES):
            self.kind_box.setItemText(i, self._kind_label(code))
        self.stays_tree.setHeaderLabels([self.tr("Kasus / tahap"), self.tr("Tanggal"),
                                         self.tr("Kegiatan"), self.tr("Keterangan")])
        self.family_tree.setHeaderLabels([self.tr("Nama / tanggal"),
                                          self.tr("Hubungan / cara"),
                                          self.tr("Telepon / hasil"), self.tr("Keterangan")])
        self.attach_tree.setHeaderLabels([self.tr("Nama berkas"), self.tr("Jenis"),
                                          self.tr("Ditambahkan"), self.tr("Ukuran")])
        self.letters_all_label.setText(self.tr("Semua surat klien ini (semua kasus)"))
        self.letters_tree.setHeaderLabels([self.tr("Tanggal"), self.tr("Nomor surat"),
                                           self.tr("Jenis surat"), self.tr("Penanda tangan")])
        self.history_tree.setHeaderLabels([self.tr("Waktu"), self.tr("Petugas"),
                                           self.tr("Perubahan"), self.tr("Rincian")])
        if self.record is not None:
            self._show(self.record)
