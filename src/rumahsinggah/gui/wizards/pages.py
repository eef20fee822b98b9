"""Form pages of a wizard: labelled fields, inline messages and the hint for Next."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from rumahsinggah.gui.wizards import deskclock
from rumahsinggah.gui.wizards.dates import DateEdit, DateTimeEdit
from rumahsinggah.gui.wizards.text import ERROR_STYLE, HINT_STYLE, tr


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


@dataclass
class Field:
    """One input of a wizard page: how to read it, write it, and check it."""

    name: str
    label: str
    widget: QWidget
    getter: Callable[[], Any]
    setter: Callable[[Any], None]
    required: bool = False
    validate: Callable[[Any], str | None] | None = None
    error_label: QLabel | None = None
    touched: bool = False
    server_error: str = ""
    page: WizardPage | None = field(default=None, repr=False)
    show_error_hook: Callable[[str], None] | None = None

    def value(self) -> Any:
        return self.getter()

    def problem(self) -> str | None:
        """The Indonesian message for the current value, or None when it is fine."""
        value = self.getter()
        if _empty(value):
            return tr("Wajib diisi.") if self.required else None
        if self.validate is not None:
            return self.validate(value)
        return None


class WizardPage(QWizardPage):
    """A page of labelled fields with messages under each field and a hint for Next."""

    def __init__(self, key: str, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.key = key
        self.setTitle(title)
        # every page gets the same header band (a page without a subtitle is drawn without)
        self.setSubTitle(subtitle or " ")
        self.fields: dict[str, Field] = {}
        self.extra_checks: list[Callable[[], str | None]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.case_header: QLabel | None = None  # whose case (case wizards), made on demand
        self.banner = QFrame()
        self.banner.setObjectName("resumeBanner")
        self.banner.setStyleSheet(
            "#resumeBanner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
        )
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        self.top_error = QLabel()
        self.top_error.setWordWrap(True)
        self.top_error.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.top_error.setVisible(False)
        outer.addWidget(self.top_error)
        self.body = QVBoxLayout()
        outer.addLayout(self.body)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(self.form)
        outer.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        outer.addWidget(self.hint)

    # -- building ------------------------------------------------------------------------

    def add_field(
        self,
        name: str,
        label: str,
        widget: QWidget,
        getter: Callable[[], Any],
        setter: Callable[[Any], None],
        signals: Iterable[Any],
        *,
        required: bool = False,
        validate: Callable[[Any], str | None] | None = None,
        in_form: bool = True,
        help_text: str = "",
    ) -> Field:
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setVisible(False)
        f = Field(name, label, widget, getter, setter, required, validate, error, page=self)
        self.fields[name] = f
        if in_form:
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            if help_text:
                hint = QLabel(help_text)
                hint.setWordWrap(True)
                hint.setStyleSheet(HINT_STYLE)
                box.addWidget(hint)
            box.addWidget(error)
            text = f"{label} *" if required else label
            lab = QLabel(text)
            lab.setBuddy(widget)
            self.form.addRow(lab, holder)
        for signal in signals:
            signal.connect(lambda *_a, _f=f: self._changed(_f))
        return f

    def add_line(self, name: str, label: str, *, required: bool = False,
                 validate: Callable[[Any], str | None] | None = None, placeholder: str = "",
                 help_text: str = "") -> QLineEdit:
        w = QLineEdit()
        w.setObjectName(name)
        w.setPlaceholderText(placeholder)
        self.add_field(name, label, w, lambda: w.text().strip(), lambda v: w.setText(v or ""),
                       [w.textChanged], required=required, validate=validate,
                       help_text=help_text)
        return w

    def add_text(self, name: str, label: str, *, required: bool = False, height: int = 60,
                 placeholder: str = "") -> QPlainTextEdit:
        w = QPlainTextEdit()
        w.setObjectName(name)
        w.setTabChangesFocus(True)
        w.setPlaceholderText(placeholder)
        w.setFixedHeight(height)
        self.add_field(name, label, w, lambda: w.toPlainText().strip(),
                       lambda v: w.setPlainText(v or ""), [w.textChanged], required=required)
        return w

    def add_combo(self, name: str, label: str, options: Sequence[tuple[Any, str]] = (), *,
                  required: bool = False, placeholder: str = "- pilih -",
                  help_text: str = "") -> QComboBox:
        w = QComboBox()
        w.setObjectName(name)
        w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        w.setMinimumContentsLength(24)
        w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        set_options(w, options, placeholder)

        def setter(value: Any) -> None:
            index = w.findData(value)
            if index < 0 and value not in (None, ""):
                w.setProperty("pending_value", value)  # options not loaded yet
            w.setCurrentIndex(max(index, 0))

        self.add_field(name, label, w, lambda: w.currentData(), setter,
                       [w.currentIndexChanged], required=required, help_text=help_text)
        return w

    def add_check(self, name: str, text: str, *, label: str = "") -> QCheckBox:
        w = QCheckBox(text)
        w.setObjectName(name)
        self.add_field(name, label or "", w, w.isChecked, lambda v: w.setChecked(bool(v)),
                       [w.toggled])
        return w

    def add_checks(self, name: str, label: str, options: Sequence[tuple[str, str]], *,
                   required: bool = False, help_text: str = "") -> dict[str, QCheckBox]:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        for code, text in options:
            cb = QCheckBox(text)
            cb.setObjectName(f"{name}.{code}")
            boxes[code] = cb
            box.addWidget(cb)

        def getter() -> list[str]:
            return [code for code, cb in boxes.items() if cb.isChecked()]

        def setter(value: Any) -> None:
            chosen = set(value or [])
            for code, cb in boxes.items():
                cb.setChecked(code in chosen)

        self.add_field(name, label, holder, getter, setter, [cb.toggled for cb in boxes.values()],
                       required=required, help_text=help_text)
        return boxes

    def add_date(self, name: str, label: str, *, required: bool = False,
                 default: date | None = None) -> QDateEdit:
        w = DateEdit()
        w.setObjectName(name)
        w.setCalendarPopup(True)
        w.setDisplayFormat("dd/MM/yyyy")
        d = default or deskclock.today()
        w.setDate(QDate(d.year, d.month, d.day))

        def setter(value: Any) -> None:
            if value:
                d = date.fromisoformat(value)
                w.setDate(QDate(d.year, d.month, d.day))

        self.add_field(name, label, w, lambda: w.date().toPython().isoformat(), setter,
                       [w.dateChanged], required=required)
        return w

    def add_datetime(self, name: str, label: str, *, required: bool = False) -> QDateTimeEdit:
        w = DateTimeEdit()
        w.setObjectName(name)
        w.setCalendarPopup(True)
        w.setDisplayFormat("dd/MM/yyyy HH:mm")
        w.setDateTime(QDateTime(deskclock.now().replace(second=0, microsecond=0)))

        def getter() -> str:
            return w.dateTime().toPython().replace(second=0, microsecond=0).isoformat()

        def setter(value: Any) -> None:
            if value:
                w.setDateTime(QDateTime(datetime.fromisoformat(value)))

        self.add_field(name, label, w, getter, setter, [w.dateTimeChanged], required=required)
        return w

    def add_spin(self, name: str, label: str, *, minimum: int = 0, maximum: int = 999,
                 value: int = 0, suffix: str = "") -> QSpinBox:
        w = QSpinBox()
        w.setObjectName(name)
        w.setRange(minimum, maximum)
        w.setValue(value)
        if suffix:
            w.setSuffix(suffix)
        self.add_field(name, label, w, w.value, lambda v: w.setValue(int(v or 0)),
                       [w.valueChanged])
        return w

    def add_note(self, text: str) -> QLabel:
        lab = QLabel(text)
        lab.setWordWrap(True)
        lab.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(lab)
        return lab

    # -- checking ------------------------------------------------------------------------

    def _changed(self, f: Field) -> None:
        from rumahsinggah.gui.wizards.wizard import WizardBase  # the wizard builds on pages

        wizard = self.wizard()
        restoring = isinstance(wizard, WizardBase) and wizard.restoring
        if not restoring:
            f.touched = True
        f.server_error = ""
        self.refresh(f)
        if isinstance(wizard, WizardBase):
            wizard.field_changed(f)

    def refresh(self, only: Field | None = None) -> None:
        for f in [only] if only is not None else self.fields.values():
            message = f.server_error or f.problem()
            # "Wajib diisi" only once the field was touched; other problems at once.
            show = bool(message) and bool(f.touched or f.server_error or not _empty(f.value()))
            if f.error_label is not None:
                f.error_label.setText(message or "")
                f.error_label.setVisible(show)
        self._update_hint()
        self.completeChanged.emit()

    def missing(self) -> list[str]:
        """What still keeps Next disabled, in words."""
        out = []
        for f in self.fields.values():
            if f.widget.isVisibleTo(self) and f.problem():
                out.append(f.label or f.name)
        for check in self.extra_checks:
            message = check()
            if message:
                out.append(message)
        return out

    def _update_hint(self) -> None:
        missing = self.missing()
        if missing:
            self.hint.setText(tr("Belum dapat lanjut. Lengkapi dulu: ") + "; ".join(missing) + ".")
        else:
            self.hint.setText(tr("Kolom bertanda * wajib diisi.") if any(
                f.required for f in self.fields.values()) else "")

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        # An int, not a bool: PySide6 6.12 on Python 3.11 drops a reference to Py_True
        # returned from a Python override of a C++ virtual, and the interpreter aborts
        # ("bool_dealloc") after a few hundred calls. 1 / 0 convert to bool the same way.
        return 0 if self.missing() else 1

    def show_error(self, message: str, field_name: str | None = None) -> None:
        f = self.fields.get(field_name or "")
        if f is not None:
            f.server_error = message
            if f.show_error_hook is not None:
                f.show_error_hook(message)
            self.refresh(f)
            f.widget.setFocus()
            self.top_error.setVisible(False)
        else:
            self.top_error.setText(message)
            self.top_error.setVisible(True)

    def clear_errors(self) -> None:
        self.top_error.setVisible(False)
        for f in self.fields.values():
            f.server_error = ""
        self.refresh()

    def show_banner(self, text: str, actions: Sequence[tuple[str, str, Callable[[], None]]]
                    ) -> list[QPushButton]:
        """A calm notice at the top of the page with buttons (text, shortcut, action)."""
        old = self.banner.layout()
        if old is not None:
            QWidget().setLayout(old)  # drop the previous layout and its children
        box = QHBoxLayout(self.banner)
        lab = QLabel(text)
        lab.setWordWrap(True)
        box.addWidget(lab, 1)
        buttons = []
        for caption, shortcut, action in actions:
            b = QPushButton(caption)
            if shortcut and "&" not in caption.replace("&&", ""):
                b.setShortcut(QKeySequence(shortcut))
            b.clicked.connect(action)
            box.addWidget(b)
            buttons.append(b)
        self.banner.setVisible(True)
        return buttons

    def hide_banner(self) -> None:
        self.banner.setVisible(False)

    def set_case_header(self, html: str) -> None:
        """The band at the top saying whose case this page is about ("" hides it)."""
        if self.case_header is None:
            self.case_header = QLabel()
            self.case_header.setObjectName("caseHeader")
            self.case_header.setTextFormat(Qt.TextFormat.RichText)
            self.case_header.setWordWrap(True)
            self.case_header.setStyleSheet(
                "#caseHeader { background: #e8f1f8; border: 1px solid #9fbfd6; "
                "border-radius: 4px; padding: 5px 8px; font-size: 11pt; }")
            self.layout().insertWidget(0, self.case_header)
        self.case_header.setText(html)
        self.case_header.setVisible(bool(html))


def set_options(combo: QComboBox, options: Sequence[tuple[Any, str]],
                placeholder: str = "- pilih -") -> None:
    """Replace a combo's options, keeping the current (or pending) value when it still exists."""
    current = combo.property("pending_value") or combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(placeholder, None)
    for value, text in options:
        combo.addItem(text, value)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0))
    if index >= 0:
        combo.setProperty("pending_value", None)
    combo.blockSignals(False)
    if index >= 0 or current is not None:
        combo.currentIndexChanged.emit(combo.currentIndex())

