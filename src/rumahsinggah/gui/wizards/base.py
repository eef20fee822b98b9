"""The wizard framework: pages of fields, inline validation, drafts saved as the user types.

A wizard writes nothing to the case until Finish; Finish runs ONE service call in ONE
transaction through the :class:`~rumahsinggah.gui.door.DbDoor` and discards the draft in the
same transaction. Until then every keystroke is kept as a draft inside the store (debounced
about half a second, and at once on every page change), so a power cut loses nothing: the next
start offers to continue on the same page with the same values.

Subclasses set ``name``, ``title``, ``roles``; build pages in :meth:`build`; optionally load
reference data with :meth:`load_job` / :meth:`apply_loaded`; turn the field values into the
service's typed input in :meth:`prepare` (GUI thread) and call the one service function in
:meth:`commit` (worker thread: only ``session``, ``payload`` and plain attributes there).
"""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
    QWizard,
    QWizardPage,
)

from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.core.localtime import to_local
from rumahsinggah.core.vocab import ROLE_LABELS, Role
from rumahsinggah.gui.wizards import deskclock
from rumahsinggah.services import drafts, permissions
from rumahsinggah.storage.audit import Actor

# PySide6 6.12 on Python 3.11 drops references to None / True / False across signals and
# overridden virtuals; ``rumahsinggah.gui`` (imported before this package) makes them
# immortal. Overrides here still return 1 / 0 rather than True / False, which costs nothing.

AUTOSAVE_MS = 500
ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #5f6368;"

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def tr(text: str) -> str:
    """Translate a wizard text. ``pyside6-lupdate`` files a module-level ``tr("...")`` call
    under the empty context, so that is the context looked up here: running
    ``resources/i18n/update_translations.py`` picks the wizards' texts up as they are."""
    return QCoreApplication.translate("", text)


def date_id(value: date | datetime | None) -> str:
    """22 November 2026 (local calendar)."""
    if value is None:
        return "-"
    if isinstance(value, datetime):
        value = to_local(value, deskclock.zone()).date()
    return f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}"


def datetime_id(value: datetime | None) -> str:
    """Senin, 23 November 2026 pukul 10.15 (local time)."""
    if value is None:
        return "-"
    local = to_local(value, deskclock.zone())
    return f"{DAYS_ID[local.weekday()]}, {date_id(local.date())} pukul {local:%H.%M}"


def actor_of(signed_in: Any) -> Actor:
    """The acting user from a ``SignedIn`` (accounts) or an :class:`Actor` itself."""
    if isinstance(signed_in, Actor):
        return signed_in
    actor = getattr(signed_in, "actor", None)
    if isinstance(actor, Actor):
        return actor
    raise TypeError("signed_in must be a SignedIn or an Actor")


def safe_callback(owner: Any, method: Callable[..., Any]) -> Callable[..., Any]:
    """A door callback that does nothing once ``owner`` (a Qt object) is gone."""
    ref = weakref.ref(owner)
    func = method.__func__ if hasattr(method, "__func__") else method

    def call(*args: Any) -> Any:
        obj = ref()
        if obj is None or not shiboken6.isValid(obj):
            return None
        return func(obj, *args)

    return call


class DateEdit(QDateEdit):
    """Tab leaves the field (as in every other field); arrows move between day/month/year."""

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802
        return 1 if QWidget.focusNextPrevChild(self, next_) else 0  # int: see isComplete


class DateTimeEdit(QDateTimeEdit):
    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802
        return 1 if QWidget.focusNextPrevChild(self, next_) else 0  # int: see isComplete


class _Box:
    """Carries a job's result across the door's queued signal.

    PySide6 6.12 drops a reference each time ``True`` (and ``None``) crosses a queued
    ``Signal(object)``; after enough of them Python aborts with "bool_dealloc". A plain object
    crosses safely, so results travel boxed.
    """

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def run_boxed(door: Any, owner: Any, job: Callable[[Any], Any],
              on_done: Callable[..., Any] | None = None,
              on_error: Callable[..., Any] | None = None) -> None:
    """``door.run`` with the result boxed, and callbacks that do nothing once ``owner`` is gone."""
    done = safe_callback(owner, on_done) if on_done is not None else None
    fail = safe_callback(owner, on_error) if on_error is not None else _ignore

    def boxed(store: Any) -> _Box:
        return _Box(job(store))

    def deliver(box: _Box) -> None:
        if done is not None:
            done(box.value)

    try:
        door.run(boxed, deliver, fail)
    except RuntimeError:  # the door was shut (the application is closing): nothing to do
        return


def _ignore(_exc: Exception) -> None:
    return None


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


class WizardBase(QWizard):
    """A guided step: nothing written until Finish; drafts saved as the user types."""

    name: ClassVar[str] = "wizard"
    title: ClassVar[str] = ""
    # The action of ``services.permissions`` Finish performs; its roles are the wizard's.
    permission: ClassVar[str] = ""
    roles: ClassVar[frozenset[str]] = frozenset(r.value for r in Role)
    subject_label: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("permission"):
            cls.roles = frozenset(permissions.roles_for(cls.permission))

    committed = Signal(object)  # the service's result, after the one transaction
    draft_saved = Signal()

    def __init__(self, door: Any, signed_in: Any, *, subject_id: uuid.UUID | None = None,
                 parent: QWidget | None = None, offer_draft: bool = True) -> None:
        super().__init__(parent)
        self.actor = actor_of(signed_in)
        if not self.allowed(self.actor.role):
            raise PermissionDenied(self.refusal_message())
        self.door = door
        self.subject_id = subject_id
        self.draft_id = uuid.uuid4()
        self.restoring = False
        self.loaded = False
        self.committing = False
        self.result_value: Any = None
        self.offered_draft: drafts.DraftInfo | None = None
        self.pages: dict[str, WizardPage] = {}
        self._page_ids: dict[str, int] = {}
        self._dirty = False
        self._saves_in_flight = 0
        self.autosave = True  # off only for screenshots: example typing is not a draft
        self.closing = False
        self.setWindowTitle(self.title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Selesai && simpan"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Tutup (draf disimpan)"))
        self.setMinimumSize(820, 600)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_draft_now)
        self.build()
        self.currentIdChanged.connect(self._page_changed)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._finish_shortcut)
        run_boxed(self.door, self, self.load_job, WizardBase._loaded, WizardBase._load_failed)
        if offer_draft:
            owner, wizard, subject = self.actor.user_id, self.name, self.subject_id

            def find(store: Any) -> list[drafts.DraftInfo]:
                with store.read() as s:
                    return drafts.find(s, owner_id=owner, wizard=wizard, subject_id=subject)

            run_boxed(self.door, self, find, WizardBase._drafts_found)

    # -- roles ---------------------------------------------------------------------------

    @classmethod
    def allowed(cls, role: str) -> bool:
        return role in cls.roles

    @classmethod
    def refusal_message(cls) -> str:
        who = ", ".join(ROLE_LABELS.get(Role(r), r) for r in sorted(cls.roles))
        return tr("Wizard '{title}' hanya untuk: {who}.").format(title=cls.title, who=who)

    # -- to override ---------------------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def load_job(self, store: Any) -> Any:  # worker thread: plain data only
        return None

    def apply_loaded(self, data: Any) -> None:
        pass

    def extra_state(self) -> dict[str, Any]:
        """Wizard state that is not a field (kept in the draft)."""
        return {}

    def restore_extra(self, state: dict[str, Any]) -> None:
        pass

    def prepare(self, values: dict[str, Any]) -> Any:
        """Field values to the service's typed input (GUI thread); raise DomainError."""
        return values

    def commit(self, session: Any, payload: Any) -> Any:  # worker thread
        raise NotImplementedError

    def after_commit(self, result: Any) -> None:
        pass

    def error_field(self, field_name: str | None) -> str | None:
        """Map a service error's field name to one of this wizard's field names."""
        return field_name

    # -- pages and fields ----------------------------------------------------------------

    def add_page(self, page: WizardPage) -> int:
        page_id = len(self._page_ids)
        self.setPage(page_id, page)
        self.pages[page.key] = page
        self._page_ids[page.key] = page_id
        return page_id

    def page_id(self, key: str) -> int:
        return self._page_ids[key]

    def current_key(self) -> str:
        page = self.currentPage()
        return page.key if isinstance(page, WizardPage) else ""

    def all_fields(self) -> dict[str, Field]:
        out: dict[str, Field] = {}
        for page in self.pages.values():
            out.update(page.fields)
        return out

    def values(self) -> dict[str, Any]:
        return {name: f.value() for name, f in self.all_fields().items()}

    def set_values(self, values: dict[str, Any]) -> None:
        fields = self.all_fields()
        for name, value in values.items():
            if name in fields:
                fields[name].setter(value)

    def field_changed(self, f: Field) -> None:
        if self.restoring or self.committing:
            return
        self._dirty = True
        self._timer.start()

    def refresh_pages(self) -> None:
        for page in self.pages.values():
            page.refresh()

    # -- loading -------------------------------------------------------------------------

    def _loaded(self, data: Any) -> None:
        self.restoring = True
        try:
            self.apply_loaded(data)
        finally:
            self.restoring = False
        self.loaded = True
        self.refresh_pages()

    def _load_failed(self, exc: Exception) -> None:
        self.loaded = True
        page = self.currentPage()
        if isinstance(page, WizardPage):
            page.show_error(tr("Data pendukung tidak dapat dimuat: ") + _message(exc))

    # -- drafts --------------------------------------------------------------------------

    def draft_data(self) -> dict[str, Any]:
        return {"fields": self.values(), "extra": self.extra_state()}

    def save_draft_now(self) -> None:
        self._timer.stop()
        if self.committing or not self._dirty or not self.autosave:
            return
        self._dirty = False
        snapshot = self.draft_data()
        page_key = self.current_key()
        actor, draft_id, wizard, subject = self.actor, self.draft_id, self.name, self.subject_id

        def job(store: Any) -> None:
            drafts.save_draft(store, actor, draft_id, wizard, subject_id=subject, page=page_key,
                              data=snapshot)

        self._saves_in_flight += 1
        run_boxed(self.door, self, job, WizardBase._draft_saved, WizardBase._draft_failed)

    def _draft_saved(self, _result: Any) -> None:
        self._saves_in_flight -= 1
        self.draft_saved.emit()

    def _draft_failed(self, exc: Exception) -> None:
        self._saves_in_flight -= 1
        # Keep trying (disk full, store busy): the typing is saved once space returns.
        self._dirty = True
        if not self.closing and not self.committing:
            self._timer.start()
        page = self.currentPage()
        if isinstance(page, WizardPage):
            page.show_error(tr("Draf tidak dapat disimpan: ") + _message(exc))

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0 or self.closing:
            return  # the wizard is closing (QWizard resets to no page): keep the draft's page
        page = self.currentPage()
        if isinstance(page, WizardPage):
            page.refresh()
        if not self.restoring and self.loaded:
            self._dirty = True
            self.save_draft_now()

    def _drafts_found(self, found: list[drafts.DraftInfo]) -> None:
        if not found:
            return
        draft = found[0]
        self.offered_draft = draft
        page_title = ""
        if draft.page in self.pages:
            page_title = self.pages[draft.page].title()
        start = self.page(self.startId())
        if not isinstance(start, WizardPage):
            return
        text = tr(
            "Ada isian yang belum selesai, disimpan {when}{where}. Lanjutkan dari situ, atau "
            "mulai baru (isian lama dibuang)?"
        ).format(
            when=datetime_id(draft.updated_at),
            where=tr(" (halaman: {p})").format(p=page_title) if page_title else "",
        )
        start.show_banner(text, [
            (tr("Lanjutkan &isian"), "Alt+I", self.resume_offered),
            (tr("&Mulai baru"), "Alt+M", self.discard_offered),
        ])

    def resume_offered(self) -> None:
        if self.offered_draft is not None:
            self.resume(self.offered_draft)

    def discard_offered(self) -> None:
        draft = self.offered_draft
        self.offered_draft = None
        start = self.page(self.startId())
        if isinstance(start, WizardPage):
            start.hide_banner()
        if draft is not None:
            actor = self.actor
            run_boxed(self.door, self, lambda store: drafts.discard_draft(store, actor, draft.id))

    def resume(self, draft: drafts.DraftInfo) -> None:
        """Continue ``draft`` exactly where it was: its values, then its page."""
        self.offered_draft = None
        start = self.page(self.startId())
        if isinstance(start, WizardPage):
            start.hide_banner()
        self.restoring = True
        try:
            if self.currentId() != self.startId():
                self.restart()
            self.draft_id = draft.id
            data = draft.data or {}
            self.restore_extra(data.get("extra") or {})
            self.set_values(data.get("fields") or {})
            self.refresh_pages()
            target = self._page_ids.get(draft.page)
            steps = 0
            while target is not None and self.currentId() != target and steps < 30:
                before = self.currentId()
                self.next()
                steps += 1
                if self.currentId() == before:
                    break  # a page is incomplete: stay where the user must fix it
            self.refresh_pages()
        finally:
            self.restoring = False
        self._dirty = False

    # -- finishing -----------------------------------------------------------------------

    def _finish_shortcut(self) -> None:
        button = self.button(QWizard.WizardButton.FinishButton)
        if button.isVisible() and button.isEnabled():
            button.click()

    def accept(self) -> None:
        if self.committing:
            return
        page = self.currentPage()
        if isinstance(page, WizardPage):
            page.clear_errors()
        try:
            payload = self.prepare(self.values())
        except DomainError as exc:
            self.show_domain_error(exc)
            return
        self.committing = True
        self._timer.stop()
        self._set_buttons_enabled(False)
        actor, draft_id, commit = self.actor, self.draft_id, self.commit

        def job(store: Any) -> Any:
            with store.write(actor) as s:
                result = commit(s, payload)
                drafts.discard(s, draft_id)
            return result

        run_boxed(self.door, self, job, WizardBase._committed, WizardBase._commit_failed)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(enabled)

    def _committed(self, result: Any) -> None:
        self.result_value = result
        self.after_commit(result)
        self.committed.emit(result)
        QWizard.accept(self)

    def _commit_failed(self, exc: Exception) -> None:
        self.committing = False
        self._set_buttons_enabled(True)
        if isinstance(exc, DomainError):
            self.show_domain_error(exc)
        else:
            page = self.currentPage()
            if isinstance(page, WizardPage):
                page.show_error(tr(
                    "Gagal menyimpan: {e}. Tidak ada yang tersimpan ke kasus; isian Anda tetap "
                    "ada sebagai draf. Coba lagi, atau hubungi administrator."
                ).format(e=_message(exc)))
        self._dirty = True
        self.save_draft_now()

    def show_domain_error(self, exc: DomainError) -> None:
        """The service's Indonesian message next to the field it names, or at the top."""
        name = self.error_field(exc.field)
        fields = self.all_fields()
        target = fields.get(name or "")
        if target is not None and target.page is not None:
            page_id = self._page_ids[target.page.key]
            steps = 0
            while self.currentId() != page_id and self.currentId() > page_id and steps < 30:
                self.back()
                steps += 1
            if self.currentId() == page_id:
                if target.widget.isVisibleTo(target.page):
                    target.page.show_error(exc.message, name)
                else:  # the field is hidden in this situation: say it at the top
                    target.page.show_error(exc.message)
                return
        page = self.currentPage()
        if isinstance(page, WizardPage):
            page.show_error(exc.message)

    def reject(self) -> None:
        self.save_draft_now()  # closing keeps the draft; the next start offers it
        super().reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        self.closing = True
        super().done(result)


def _message(exc: Exception) -> str:
    return getattr(exc, "message", None) or str(exc) or exc.__class__.__name__
