"""One timeline entry of the client record opened: what was recorded, by whom, when; a
correction made through the service (``services.timeline_entries``) and kept in its history."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.gui.common import error_text
from rumahsinggah.gui.i18n import format_date
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.services import timeline_entries
from rumahsinggah.services.timeline_entries import EntryDetail

LONG_TEXT = 60  # a value longer than this (or with a line break) gets a multi-line editor


def _value_text(value, text: str) -> str:
    if isinstance(value, datetime):
        return format_date(value, with_time=True)
    if isinstance(value, date):
        return format_date(value)
    return text


class TimelineEntryDialog(QDialog):
    """Non-modal: the entry's values; correctable text fields editable with a reason."""

    corrected = Signal(dict)  # {field: (old, new)}
    loaded = Signal()

    def __init__(self, door, actor, entity: str, record_id, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("timelineEntryDialog")
        self.door = door
        self.actor = actor
        self.entity = entity
        self.record_id = uuid.UUID(str(record_id))
        self.detail: EntryDetail | None = None
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.setWindowTitle(self.tr("Catatan kasus"))
        fit_window(self, "timeline_entry", 760, 620)

        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.heading.setWordWrap(True)
        self.recorded = QLabel()
        self.recorded.setObjectName("subtitle")
        self.recorded.setWordWrap(True)
        self.form_holder = QWidget()
        self.form = QFormLayout(self.form_holder)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_holder)
        self.reason = QLineEdit()
        self.reason.setObjectName("correction_reason")
        self.reason.setPlaceholderText(self.tr("mis. salah ketik nama Puskesmas"))
        self.reason_label = QLabel(self.tr("Alasan koreksi"))
        self.correct_hint = QLabel(self.tr(
            "Ubah isian yang salah, tulis alasannya, lalu simpan. Nilai lama tetap tersimpan "
            "di riwayat di bawah."))
        self.correct_hint.setWordWrap(True)
        self.correct_hint.setStyleSheet("color: #555;")
        self.message = QLabel()
        self.message.setObjectName("correction_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4161a;")
        self.save_button = QPushButton(self.tr("&Simpan koreksi"))
        self.save_button.setObjectName("save_correction")
        self.save_button.clicked.connect(self.save_correction)
        self.history_label = QLabel(self.tr("Riwayat koreksi"))
        self.history_label.setObjectName("subtitle")
        self.history = QLabel()
        self.history.setObjectName("correction_history")
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.setStyleSheet("background: white; padding: 4px;")
        history_scroll = QScrollArea()
        history_scroll.setWidgetResizable(True)
        history_scroll.setWidget(self.history)
        history_scroll.setMinimumHeight(110)
        self.history_count = 0
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))

        correct_row = QFormLayout()
        correct_row.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.recorded)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.correct_hint)
        layout.addLayout(correct_row)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.history_label)
        layout.addWidget(history_scroll, 1)
        layout.addWidget(buttons)
        self.reload()

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        entity, record_id, role = self.entity, self.record_id, self.actor.role

        def job(store):
            with store.read() as s:
                return timeline_entries.entry_detail(s, entity, record_id, role=role)

        def failed(exc):
            self.message.setText(error_text(exc))

        self.door.query(job, self._show, failed, owner=self)

    def _show(self, detail: EntryDetail) -> None:
        self.detail = detail
        when = _value_text(detail.at, "") if detail.at else "-"
        self.heading.setText(f"{detail.title} \u00b7 {when}")
        self.recorded.setText(self.tr("Dicatat oleh {who}, {when}").format(
            who=detail.recorded_by, when=format_date(detail.recorded_at, with_time=True)))
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors.clear()
        for f in detail.fields:
            text = _value_text(f.value, f.text)
            if f.correctable and detail.may_correct:
                if len(text) > LONG_TEXT or "\n" in text or f.name in _LONG_FIELDS:
                    editor = QPlainTextEdit(text)
                    editor.setFixedHeight(64)
                else:
                    editor = QLineEdit(text)
                editor.setObjectName(f"entry_{f.name}")
                self.editors[f.name] = editor
                self.form.addRow(f.label, editor)
            else:
                value = QLabel(escape(text) if text else "<i>-</i>")
                value.setTextFormat(Qt.TextFormat.RichText)
                value.setWordWrap(len(text) > LONG_TEXT)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setObjectName(f"entry_{f.name}")
                self.form.addRow(f.label, value)
        can = detail.may_correct and bool(self.editors)
        for w in (self.reason, self.reason_label, self.correct_hint, self.save_button):
            w.setVisible(can)
        self._fill_history(detail)
        self.loaded.emit()

    def _fill_history(self, detail: EntryDetail) -> None:
        """Every later change, newest first: when, who, old → new, and why."""
        labels = {f.name: f.label for f in detail.fields}
        self.history_count = len(detail.changes)
        if not detail.changes:
            self.history.setText("<i>" + escape(self.tr("Belum pernah dikoreksi.")) + "</i>")
            return
        blocks = []
        for change in reversed(detail.changes):
            when = escape(format_date(change.at, with_time=True))
            head = f"<b>{when}</b> · {escape(change.username)}"
            if change.reason:
                head += " · " + escape(self.tr("Alasan: {0}").format(change.reason))
            rows = "".join(
                f"<li>{escape(labels.get(k, k))}: <s>{escape(_plain(old)) or '-'}</s> "
                f"→ {escape(_plain(new)) or '-'}</li>"
                for k, (old, new) in change.changes.items())
            blocks.append(f"{head}<ul style='margin-top:2px'>{rows}</ul>")
        self.history.setText("".join(blocks))

    # -- correcting ---------------------------------------------------------------------
    def typed_changes(self) -> dict[str, str]:
        if self.detail is None:
            return {}
        before = {f.name: f.text for f in self.detail.fields}
        out = {}
        for name, editor in self.editors.items():
            text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
            if text.strip() != (before.get(name) or "").strip():
                out[name] = text
        return out

    def save_correction(self) -> None:
        changes = self.typed_changes()
        if not changes:
            self.message.setText(self.tr("Tidak ada yang berubah: ubah isian yang salah dahulu."))
            return
        entity, record_id, actor, reason = self.entity, self.record_id, self.actor, \
            self.reason.text()
        self.save_button.setEnabled(False)

        def job(store):
            with store.write(actor) as s:
                return timeline_entries.correct_entry(s, entity, record_id, changes, reason)

        def done(result):
            self.save_button.setEnabled(True)
            self.message.setText("")
            self.reason.clear()
            self.corrected.emit(result)
            self.reload()

        def failed(exc):
            self.save_button.setEnabled(True)
            self.message.setText(error_text(exc))
            name = getattr(exc, "field", None)
            target = self.reason if name == "reason" else self.editors.get(name or "")
            if target is not None:
                target.setFocus()

        self.door.write(job, done, failed, owner=self)


_LONG_FIELDS = {"notes", "health_notes", "problem", "causes", "recommendation", "reason",
                "result", "needs", "potentials", "family_situation", "physical_condition",
                "mental_condition", "spiritual_condition", "social_condition"}


def _plain(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
