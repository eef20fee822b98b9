"""Widgets the wizards share: the raid's keyboard table, returning-client candidates, files,
and the page that picks the case a wizard works on."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QAbstractItemModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rumahsinggah.gui.wizards.pages import WizardPage
from rumahsinggah.gui.wizards.photos import DATA_PREFIX
from rumahsinggah.gui.wizards.text import HINT_STYLE, tr
from rumahsinggah.services.case_views import Candidate, CaseRow  # noqa: F401 - re-exported

# -- the raid table --------------------------------------------------------------------------

PEOPLE_COLUMNS = (
    ("full_name", QT_TR_NOOP("Nama lengkap *")),
    ("nickname", QT_TR_NOOP("Panggilan")),
    ("sex", QT_TR_NOOP("JK (L/P) *")),
    ("age", QT_TR_NOOP("Umur (perkiraan)")),
    ("origin", QT_TR_NOOP("Asal (kab/kota)")),
    ("match", QT_TR_NOOP("Klien lama?")),
)
EDITABLE = 5  # the first five columns are typed; "Klien lama?" is shown, not typed


def parse_sex(text: str) -> str | None:
    t = (text or "").strip().lower()
    if t in ("l", "lk", "laki", "laki-laki", "pria"):
        return "L"
    if t in ("p", "pr", "perempuan", "wanita"):
        return "P"
    return None


def row_problem(row: dict[str, str]) -> str | None:
    """What is wrong with a typed row, in Indonesian (None when fine or blank)."""
    if not any((row.get(k) or "").strip() for k, _ in PEOPLE_COLUMNS[:EDITABLE]):
        return None
    if not (row.get("full_name") or "").strip():
        return tr("nama wajib diisi (boleh nama panggilan bila nama lengkap tidak diketahui)")
    if parse_sex(row.get("sex", "")) is None:
        return tr("JK harus L (laki-laki) atau P (perempuan)")
    age = (row.get("age") or "").strip()
    if age and (not age.isdigit() or not 0 <= int(age) <= 120):
        return tr("umur harus angka 0 sampai 120")
    return None


class _CellDelegate(QStyledItemDelegate):
    """Plain line editors whose Tab / Enter go to the next cell the way a form does."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        model.setData(index, editor.text())


class PeopleTable(QTableWidget):
    """Row after row from the keyboard: Tab moves to the next cell, and past the last cell of
    the last row a new row opens. Typing in a cell starts editing it."""

    rows_changed = Signal()
    row_edited = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(PEOPLE_COLUMNS), parent)
        self.setObjectName("people")
        self.setHorizontalHeaderLabels([tr(t) for _, t in PEOPLE_COLUMNS])
        self.setItemDelegate(_CellDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The short columns as wide as their headings; the name takes the rest, and never
        # less than a long name (the wizard is as wide as the screen allows).
        for col in range(1, len(PEOPLE_COLUMNS) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(PEOPLE_COLUMNS) - 1, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(len(PEOPLE_COLUMNS) - 1, 160)
        self.name_width = self.fontMetrics().horizontalAdvance("Muhammad Abdurrahman Saputra") + 24
        self.setMinimumWidth(self.name_width + 160 + sum(
            header.sectionSizeFromContents(c).width() for c in range(1, len(PEOPLE_COLUMNS) - 1))
            + 60)
        self.itemChanged.connect(self._item_changed)
        self.add_row()

    def add_row(self) -> int:
        row = self.rowCount()
        self.blockSignals(True)
        self.insertRow(row)
        for col in range(len(PEOPLE_COLUMNS)):
            item = QTableWidgetItem("")
            if col >= EDITABLE:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.setItem(row, col, item)
        self.blockSignals(False)
        return row

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() < EDITABLE:
            self.row_edited.emit(item.row())
            self.rows_changed.emit()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        row, col = self.currentRow(), self.currentColumn()
        forward = hint in (QAbstractItemDelegate.EndEditHint.EditNextItem,
                           QAbstractItemDelegate.EndEditHint.SubmitModelCache)
        backward = hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if forward:
            if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache or col >= EDITABLE - 1:
                target = (row + 1, 0)  # Enter, or Tab after the last typed column: next person
            else:
                target = (row, col + 1)
            if target[0] >= self.rowCount():
                self.add_row()
            self.setCurrentCell(*target)
            self.editItem(self.item(*target))
        elif backward:
            target = (row, col - 1) if col > 0 else (max(row - 1, 0), EDITABLE - 1)
            self.setCurrentCell(*target)
            self.editItem(self.item(*target))

    def focusInEvent(self, event: Any) -> None:  # noqa: N802
        super().focusInEvent(event)
        if self.currentRow() < 0 and self.rowCount():
            self.setCurrentCell(0, 0)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        # Tab while not editing: behave like Tab inside an editor (next cell, new row at the end)
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier
        ):
            row, col = max(self.currentRow(), 0), max(self.currentColumn(), 0)
            if event.key() == Qt.Key.Key_Tab:
                target = (row, col + 1) if col < EDITABLE - 1 else (row + 1, 0)
                if target[0] >= self.rowCount():
                    self.add_row()
            else:
                target = (row, col - 1) if col > 0 else (max(row - 1, 0), EDITABLE - 1)
            self.setCurrentCell(*target)
            return
        super().keyPressEvent(event)

    def rows(self) -> list[dict[str, str]]:
        out = []
        for r in range(self.rowCount()):
            out.append({key: (self.item(r, c).text() if self.item(r, c) else "")
                        for c, (key, _) in enumerate(PEOPLE_COLUMNS[:EDITABLE])})
        return out

    def set_rows(self, rows: Sequence[dict[str, str]]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        self.blockSignals(False)
        for data in list(rows) or [{}]:
            r = self.add_row()
            self.blockSignals(True)
            for c, (key, _) in enumerate(PEOPLE_COLUMNS[:EDITABLE]):
                self.item(r, c).setText(str(data.get(key, "") or ""))
            self.blockSignals(False)
        self.rows_changed.emit()

    def set_status(self, row: int, text: str, *, warn: bool = False) -> None:
        if 0 <= row < self.rowCount():
            item = self.item(row, EDITABLE)
            self.blockSignals(True)
            item.setText(text)
            item.setForeground(QColor("#b00020") if warn else QColor("#1b5e20"))
            item.setToolTip(text)
            self.blockSignals(False)


# -- returning-client candidates -----------------------------------------------------------

class CandidatePanel(QFrame):
    """The person being typed beside the probable earlier records, with the reasons.

    "Sama dengan kandidat N" (Alt+1..3) links to that client; "Orang baru" (Alt+B) creates one.
    """

    decided = Signal(object, object)  # key, client_id or "" for a new person

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidatePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#candidatePanel { background: #fffbea; }")
        self.key: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self._layout.addWidget(self.title)
        self.grid_holder = QWidget()
        self._layout.addWidget(self.grid_holder)
        self.buttons: list[QPushButton] = []
        self.new_button: QPushButton | None = None
        self.setVisible(False)

    def show_candidates(self, key: Any, typed: dict[str, str], candidates: Sequence[Candidate],
                        *, heading: str, chosen: str | None = None) -> None:
        self.key = key
        # a fresh holder each time: its children appear together when it is shown
        holder = QWidget()
        self._layout.replaceWidget(self.grid_holder, holder)
        self.grid_holder.hide()
        self.grid_holder.deleteLater()
        self.grid_holder = holder
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        self.title.setText(heading)
        rows = (
            (tr("Nama"), "full_name"), (tr("Panggilan"), "nickname"), (tr("JK"), "sex"),
            (tr("Umur"), "age"), (tr("Asal"), "origin"), (tr("NIK"), "nik"),
            (tr("Kasus terakhir"), "last_case"),
        )
        shown = list(candidates)[:3]
        header = QLabel(tr("Yang diketik"))
        header.setStyleSheet("font-weight: bold;")
        grid.addWidget(header, 0, 1)
        for i, cand in enumerate(shown):
            h = QLabel(tr("Kandidat {n} (kemiripan {s}%)").format(n=i + 1, s=round(cand.score)))
            h.setStyleSheet("font-weight: bold;")
            grid.addWidget(h, 0, 2 + i)
        for r, (label, key_name) in enumerate(rows, start=1):
            lab = QLabel(label)
            lab.setStyleSheet(HINT_STYLE)
            grid.addWidget(lab, r, 0)
            grid.addWidget(QLabel(str(typed.get(key_name, "") or "-")), r, 1)
            for i, cand in enumerate(shown):
                value = getattr(cand, key_name, "") or "-"
                if key_name == "last_case" and cand.last_seen:
                    value = f"{value} ({cand.last_seen})"
                grid.addWidget(QLabel(str(value)), r, 2 + i)
        reason_row = len(rows) + 1
        lab = QLabel(tr("Alasan"))
        lab.setStyleSheet(HINT_STYLE)
        grid.addWidget(lab, reason_row, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons = []
        for i, cand in enumerate(shown):
            reasons = QLabel("\n".join(f"• {x}" for x in cand.reasons) or "-")
            reasons.setWordWrap(True)
            grid.addWidget(reasons, reason_row, 2 + i, Qt.AlignmentFlag.AlignTop)
            b = QPushButton(tr("Orang yang sama: kandidat &{n}").format(n=i + 1))
            if chosen == cand.client_id:
                b.setText(tr("✓ Sama dengan kandidat &{n}").format(n=i + 1))
            b.clicked.connect(lambda _c=False, cid=cand.client_id: self.decided.emit(self.key, cid))
            grid.addWidget(b, reason_row + 1, 2 + i)
            self.buttons.append(b)
        self.new_button = QPushButton(
            tr("✓ Orang baru") if chosen == "" else tr("Orang &baru (bukan kandidat di atas)")
        )
        self.new_button.clicked.connect(lambda: self.decided.emit(self.key, ""))
        grid.addWidget(self.new_button, reason_row + 1, 1)
        grid.setColumnStretch(1 + len(shown) + 1, 1)
        self.setVisible(True)

    def clear(self) -> None:
        self.key = None
        self.setVisible(False)


# -- attached files ------------------------------------------------------------------------

class FileList(QWidget):
    """A few files chosen from disk (photos, scans). Values are paths; bytes are read at Finish."""

    changed = Signal()

    def __init__(self, caption: str, filters: str, *, single: bool = False,
                 camera: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.single = single
        self.filters = filters
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setMaximumHeight(60 if not single else 28)
        box.addWidget(self.list, 1)
        col = QVBoxLayout()
        self.add_button = QPushButton(caption)
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(tr("Hapus dari daftar"))
        self.remove_button.clicked.connect(self.remove_selected)
        col.addWidget(self.add_button)
        self.camera_button: QPushButton | None = None
        if camera:
            from rumahsinggah.gui.wizards.camera import camera_available

            if camera_available():
                self.camera_button = QPushButton(tr("Ambil dari ka&mera…"))
                self.camera_button.clicked.connect(self.from_camera)
                col.addWidget(self.camera_button)
        col.addWidget(self.remove_button)
        box.addLayout(col)
        self.chooser: Callable[[], list[str]] | None = None  # tests and cameras may plug in

    def choose(self) -> None:
        if self.chooser is not None:
            paths = self.chooser()
        elif self.single:
            path, _ = QFileDialog.getOpenFileName(self, tr("Pilih berkas"), "", self.filters)
            paths = [path] if path else []
        else:
            paths, _ = QFileDialog.getOpenFileNames(self, tr("Pilih berkas"), "", self.filters)
        if paths:
            self.add_paths(paths)

    def from_camera(self) -> None:
        from rumahsinggah.gui.wizards.camera import take_photo

        taken = take_photo(self)
        if taken:
            self.add_paths(taken)

    def add_paths(self, paths: Sequence[str]) -> None:
        if self.single:
            self.list.clear()
            paths = list(paths)[-1:]
        for p in paths:

            name = tr("Foto dari kamera") if str(p).startswith(DATA_PREFIX) else Path(p).name
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, str(p))
            item.setToolTip(name if name != Path(str(p)).name else str(p))
            self.list.addItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def paths(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_paths(self, paths: Sequence[str] | None) -> None:
        self.list.clear()
        self.add_paths([p for p in (paths or []) if p])


def add_files(page: WizardPage, name: str, label: str, caption: str, filters: str, *,
              single: bool = False, required: bool = False, camera: bool = False,
              validate: Callable[[Any], str | None] | None = None) -> FileList:
    w = FileList(caption, filters, single=single, camera=camera)
    w.setObjectName(name)
    page.add_field(name, label, w, w.paths, w.set_paths, [w.changed], required=required,
                   validate=validate or _files_exist)
    return w


def _files_exist(paths: Any) -> str | None:

    missing = [p for p in paths or []
               if not str(p).startswith(DATA_PREFIX) and not Path(p).is_file()]
    if missing:
        return tr("Berkas tidak ditemukan: ") + ", ".join(Path(p).name for p in missing)
    return None


IMAGE_FILTER = "Gambar (*.jpg *.jpeg *.png *.bmp);;Semua berkas (*)"
SCAN_FILTER = "Pindaian (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)"


# -- choosing the case ---------------------------------------------------------------------



class CasePickerPage(WizardPage):
    """Pick the case (stay) the wizard works on: a filtered list, search as you type."""

    def __init__(self, key: str, title: str, subtitle: str = "", *,
                 empty_text: str = "") -> None:
        super().__init__(key, title, subtitle or tr(
            "Ketik untuk mencari, pilih dengan tombol panah, lalu Enter."))
        self.empty_text = empty_text or tr("Tidak ada kasus yang dapat dipilih.")
        self.search = QLineEdit()
        self.search.setObjectName("case_search")
        self.search.setPlaceholderText(tr("Cari nama, panggilan atau nomor kasus…"))
        self.search.setClearButtonEnabled(True)
        self.body.insertWidget(0, self.search)
        self.list = QListWidget()
        self.list.setObjectName("case_list")
        self.list.setMinimumHeight(260)
        self.body.insertWidget(1, self.list)
        self.empty = QLabel()
        self.empty.setStyleSheet(HINT_STYLE)
        self.empty.setWordWrap(True)
        self.body.insertWidget(2, self.empty)
        self.subject_note = QLabel()
        self.subject_note.setObjectName("subject_note")
        self.subject_note.setStyleSheet(HINT_STYLE)
        self.subject_note.setWordWrap(True)
        self.subject_note.setVisible(False)
        self.body.insertWidget(0, self.subject_note)
        self.rows: list[CaseRow] = []
        self._pending: str | None = None
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._first)
        self.list.itemActivated.connect(lambda _i: self._advance())
        self.search.installEventFilter(self)
        self.add_field("stay_id", tr("pilih satu kasus dari daftar"), self.list, self._get, self._set,
                       [self.list.currentItemChanged], required=True, in_form=False)

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self.rows = list(rows)
        self._filter(self.search.text())
        if self._pending:
            self._set(self._pending)

    def _filter(self, text: str) -> None:
        current = self._get()
        needle = text.strip().lower()
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            hay = f"{row.case_number} {row.full_name} {row.nickname}".lower()
            if needle and needle not in hay:
                continue
            nick = f" ({row.nickname})" if row.nickname else ""
            text_ = f"{row.case_number} · {row.full_name}{nick} · {row.status}"
            if row.day:
                text_ += tr(" · hari ke-{d}").format(d=row.day)
            if row.detail:
                text_ += f" · {row.detail}"
            item = QListWidgetItem(text_)
            item.setData(Qt.ItemDataRole.UserRole, row.stay_id)
            if row.warn:
                item.setForeground(QColor("#a4161a"))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if row.stay_id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setText("" if self.rows else self.empty_text)
        self.refresh()

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
        # Down arrow in the search box goes to the list
        if obj is self.search and event.type() == event.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down,):
            self._first()
            return 1  # an int, not True: see base.WizardPage.isComplete
        return 0

    def _first(self) -> None:
        if self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def _advance(self) -> None:
        wizard = self.wizard()
        if wizard is not None and self.isComplete():
            wizard.next()

    def _get(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _set(self, value: Any) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == value:
                self.list.setCurrentRow(i)
                self._pending = None
                return
        self._pending = value or None

    def show_subject_missing(self, text: str) -> None:
        """The case the wizard was opened on is not one this step may work on: say so."""
        self.subject_note.setText(text)
        self.subject_note.setVisible(bool(text))

    def chosen(self) -> CaseRow | None:
        sid = self._get()
        return next((r for r in self.rows if r.stay_id == sid), None)

    def initializePage(self) -> None:  # noqa: N802
        QTimer.singleShot(0, self.search.setFocus)


def uuid_or_none(value: Any) -> uuid.UUID | None:
    if not value:
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
