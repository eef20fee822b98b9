"""The resident board (Papan Penghuni): counts, search, filters, and two paged tables.

The item models hold plain rows fetched page by page through the database door; the queries
(search, filters, sorting) run in SQL in ``services.board``. Each new query bumps a
generation number, so results of a query the user has already typed past are dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from rumahsinggah.gui.common import STATE_COLOURS, STATE_SYMBOLS, show_error, vocab_label
from rumahsinggah.gui.i18n import format_date
from rumahsinggah.services import board
from rumahsinggah.services.board import PAGE_SIZE, BoardCounts, BoardQuery, ClientQuery

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STAY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 150
# Pages of rows a model keeps: the view shows one or two; scrolled-away pages are dropped
# (least recently shown first) and fetched again by offset when shown again, so memory stays
# flat however far the user scrolls.
MAX_PAGES = 8


class _PageCache(OrderedDict):
    """Page number -> rows, at most ``limit`` pages, the least recently used dropped first."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def shown(self, page: int) -> list | None:
        """The rows of ``page`` if kept, marked as just used."""
        rows = self.get(page)
        if rows is not None:
            self.move_to_end(page)
        return rows

    def put(self, page: int, rows: list) -> None:
        self[page] = rows
        self.move_to_end(page)
        while len(self) > max(1, self.limit):
            self.popitem(last=False)


class BoardModel(QAbstractTableModel):
    """Current residents, ``PAGE_SIZE`` rows per page, pages fetched when shown.

    At most ``max_pages`` pages are kept (see :class:`_PageCache`).
    """

    max_pages = MAX_PAGES
    countsChanged = Signal(object)  # BoardCounts
    loaded = Signal()  # a new query's first page arrived

    def __init__(self, door, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._door = door
        self._query = BoardQuery()
        self._total = 0
        self._pages = _PageCache(self.max_pages)
        self._pending: set[int] = set()
        self._generation = 0
        self._overdue: dict | None = None
        self.counts = BoardCounts()
        self.ready = False
        self.counted = False  # the count cards match the rows' query
        self.started = False

    # -- queries ------------------------------------------------------------------------
    @property
    def query(self) -> BoardQuery:
        return self._query

    def set_query(self, query: BoardQuery) -> None:
        old = self._query
        self._query = replace(query, offset=0, limit=PAGE_SIZE)
        # Search text and sort order change the rows, not the counts or the overdue steps:
        # while typing only the page query runs.
        self.refresh(full=not self.ready or old.facility_id != self._query.facility_id)

    def refresh(self, *, full: bool = True) -> None:
        """Fetch the first page; ``full`` also recounts and recomputes overdue steps."""
        self._generation += 1
        generation = self._generation
        query = self._query
        cached = None if full else (self._overdue, self.counts)

        def job(store):
            if generation != self._generation:
                return None  # typed past before the worker got here: skip the work
            with store.read() as s:
                overdue = board._overdue(s) if cached is None or cached[0] is None \
                    else cached[0]
                page = board.board_page(s, query, overdue=overdue)
            return page, overdue

        def done(result):
            if result is None or generation != self._generation:
                return  # the user typed on; a newer query is on its way
            page, overdue = result
            self.beginResetModel()
            self._total = page.total
            self._pages = _PageCache(self.max_pages)
            self._pages.put(0, page.rows)
            self._pending = set()
            self._overdue = overdue
            self.endResetModel()
            self.ready = True
            self.loaded.emit()
            if cached is None or cached[0] is None:
                self._recount(generation, query, overdue)  # the rows first, counts after

        self.counted = cached is not None and cached[0] is not None
        self._door.query(job, done, self._failed)

    def _recount(self, generation: int, query: BoardQuery, overdue: dict) -> None:
        """The count cards, in a job of their own so the first rows are not kept waiting."""
        def job(store):
            if generation != self._generation:
                return None
            with store.read() as s:
                return board.board_counts(s, facility_id=query.facility_id, overdue=overdue)

        def done(counts):
            if counts is None or generation != self._generation:
                return
            self.counts = counts
            self.counted = True
            self.countsChanged.emit(counts)

        self._door.query(job, done, self._failed)

    def _failed(self, exc: Exception) -> None:
        show_error(None, exc)

    def _request_page(self, page: int) -> None:
        if page in self._pages or page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        query = self._query.page(page * PAGE_SIZE)
        overdue = self._overdue

        def job(store):
            if generation != self._generation:
                return None
            with store.read() as s:
                return board.board_page(s, query, overdue=overdue)

        def done(result):
            if result is None or generation != self._generation:
                return
            self._pending.discard(page)
            self._pages.put(page, result.rows)
            first = page * PAGE_SIZE
            last = min(first + len(result.rows), self._total) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, self.columnCount() - 1))

        self._door.query(job, done, self._failed)

    def row_at(self, row: int):
        page = self._pages.shown(row // PAGE_SIZE)
        if page is None:
            self._request_page(row // PAGE_SIZE)
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # -- the model ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(board.BOARD_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(board.BOARD_COLUMNS):
            return None
        return (self.tr("Nomor kasus"), self.tr("Nama (panggilan)"), self.tr("Fasilitas"),
                self.tr("Kategori PPKS"), self.tr("Status"), self.tr("Hari ke-"),
                self.tr("Batas tinggal"), self.tr("Tenggat layanan"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        row = self.row_at(index.row())
        col = board.BOARD_COLUMNS[index.column()]
        if row is None:
            return "\u2026" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 \
                else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "facility":
                return row.facility_name
            if col == "residency":
                if row.limit_days is None:
                    return self.tr("Hari ke-{0}; standar ini tidak menetapkan batas tinggal"
                                   ).format(row.day)
                return self.tr("Hari ke-{0} dari batas {1} hari").format(row.day, row.limit_days)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == "residency" and row.residency in ("approaching", "eligible"):
                return STATE_COLOURS[row.residency]
            if col == "service" and row.overdue_steps:
                return STATE_COLOURS["terlambat"]
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "day":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CLIENT_ID_ROLE:
            return str(row.client_id)
        if role == STAY_ID_ROLE:
            return str(row.stay_id)
        return None

    def _display(self, row, col: str):
        if col == "case_number":
            return row.case_number
        if col == "name":
            nick = row.nickname.strip()
            return f"{row.full_name} ({nick})" if nick and nick != row.full_name \
                else row.full_name
        if col == "facility":
            return row.facility_code
        if col == "category":
            return row.pmks_category
        if col == "status":
            return vocab_label("status", row.status)
        if col == "day":
            return str(row.day)
        if col == "residency":
            return self._residency_text(row.residency, row.limit_days)
        if col == "service":
            if row.overdue_steps:
                return "\u203c " + self.tr("Terlambat ({0} langkah)").format(row.overdue_steps)
            return "\u2713 " + self.tr("Tepat waktu")
        return None

    def _residency_text(self, state: str, limit_days: int | None) -> str:
        if state == board.NONE or limit_days is None:
            return "\u2013 " + self.tr("Tanpa batas")
        labels = {
            "normal": self.tr("Dalam batas"),
            "approaching": self.tr("Mendekati {0} hari"),
            "eligible": self.tr("Lewat {0} hari"),
        }
        return f"{STATE_SYMBOLS[state]} " + labels[state].format(limit_days)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(board.BOARD_COLUMNS):
            return
        query = replace(self._query, sort=board.BOARD_COLUMNS[column],
                        descending=order == Qt.SortOrder.DescendingOrder)
        if self.started:
            self.set_query(query)
        else:  # the view sets its sort order while being built: no query yet
            self._query = query


class ClientsModel(QAbstractTableModel):
    """All clients (past ones too), fetched incrementally as the view scrolls.

    ``total`` is -1 until the count, asked after the first page is shown, comes back. The
    rows grow page by page (``fetchMore``), but only ``max_pages`` pages of them are kept
    (see :class:`_PageCache`): a row scrolled back to whose page was dropped shows "..." until
    its page, fetched again by offset, arrives.
    """

    max_pages = MAX_PAGES
    loaded = Signal()
    counted = Signal()  # the total is known

    def __init__(self, door, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._door = door
        self._query = ClientQuery()
        self._pages = _PageCache(self.max_pages)
        self._rows = 0  # rows the view has been given (rowCount)
        self._refetching: set[int] = set()  # dropped pages asked for again
        self._total = 0
        self._pending = False
        self._generation = 0
        self.ready = False

    @property
    def query(self) -> ClientQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: ClientQuery) -> None:
        self._query = replace(query, offset=0, limit=PAGE_SIZE)
        self.refresh()

    def refresh(self) -> None:
        """The first page at once; the count follows in a second job (see ``_count``)."""
        self._generation += 1
        generation = self._generation
        query = self._query
        self._pending = True

        def job(store):
            if generation != self._generation:
                return None  # a newer query is queued: skip the work
            with store.read() as s:
                return board.client_page(s, query, with_total=False)

        def done(page):
            if page is None or generation != self._generation:
                return
            self.beginResetModel()
            self._pages = _PageCache(self.max_pages)
            self._pages.put(0, list(page.rows))
            self._rows = len(page.rows)
            self._refetching = set()
            full = len(page.rows) >= query.limit
            self._total = -1 if full else len(page.rows)
            self._pending = False
            self.endResetModel()
            self.ready = True
            self.loaded.emit()
            if full:
                self._count(generation, query)

        self._door.query(job, done, lambda exc: show_error(None, exc))

    def _count(self, generation: int, query: ClientQuery) -> None:
        """Count the matches; given up as soon as a newer query is typed."""

        def job(store):
            if generation != self._generation:
                return None
            with store.read() as s:
                raw = s.connection().connection.dbapi_connection
                # SQLite calls this every 2,000 steps; non-zero interrupts the statement.
                raw.set_progress_handler(lambda: int(generation != self._generation), 2000)
                try:
                    return board.client_count(s, query)
                except OperationalError:
                    if generation != self._generation:
                        return None  # interrupted: the user typed on
                    raise
                finally:
                    raw.set_progress_handler(None, 0)

        def done(total):
            if total is None or generation != self._generation:
                return
            self._total = total
            self.counted.emit()

        self._door.query(job, done, lambda exc: show_error(None, exc))

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        if self._total < 0:  # not counted yet: more if the last page was full
            return self._rows > 0 and self._rows % PAGE_SIZE == 0
        return self._rows < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._pending or not self.canFetchMore():
            return
        self._pending = True
        generation = self._generation
        number = self._rows // PAGE_SIZE  # the last page again if it came short
        query = self._query.page(number * PAGE_SIZE)
        job = self._page_job(generation, query)

        def done(page):
            if page is None or generation != self._generation:
                return
            self._pending = False
            first = self._rows
            last = number * PAGE_SIZE + len(page.rows)  # one past the new rows
            if last <= first:
                self._total = self._rows
                return
            self._refetching.discard(number)
            self.beginInsertRows(QModelIndex(), first, last - 1)
            self._pages.put(number, list(page.rows))
            self._rows = last
            self.endInsertRows()
            if len(page.rows) < query.limit and self._total < 0:
                self._total = self._rows
                self.counted.emit()

        self._door.query(job, done, lambda exc: show_error(None, exc))

    def _page_job(self, generation: int, query: ClientQuery):
        """A page of clients, skipped when a newer query was asked meanwhile."""
        def job(store):
            if generation != self._generation:
                return None
            with store.read() as s:
                return board.client_page(s, query, with_total=False)

        return job

    def _refetch(self, number: int) -> None:
        """Fetch a dropped page again, by offset, for the rows the view shows."""
        if number in self._refetching:
            return
        self._refetching.add(number)
        generation = self._generation
        query = self._query.page(number * PAGE_SIZE)
        job = self._page_job(generation, query)

        def done(page):
            if page is None or generation != self._generation:
                return
            self._refetching.discard(number)
            self._pages.put(number, list(page.rows))
            first = number * PAGE_SIZE
            last = min(first + len(page.rows), self._rows) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, self.columnCount() - 1))

        self._door.query(job, done, lambda exc: show_error(None, exc))

    def row_at(self, row: int):
        """The row if its page is kept; otherwise None, and the page is asked for again."""
        if not 0 <= row < self._rows:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.shown(number)
        if page is None:
            self._refetch(number)
            return None
        return page[offset] if offset < len(page) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(board.CLIENT_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(board.CLIENT_COLUMNS):
            return None
        return (self.tr("Nama (panggilan)"), self.tr("NIK"), self.tr("L/P"),
                self.tr("Tanggal lahir"), self.tr("Kabupaten / kota"),
                self.tr("Kasus terakhir"), self.tr("Status terakhir"))[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        row = self.row_at(index.row())
        if row is None:
            return "\u2026" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 \
                else None
        col = board.CLIENT_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "name":
                nick = row.nickname.strip()
                return f"{row.full_name} ({nick})" if nick and nick != row.full_name \
                    else row.full_name
            if col == "nik":
                return row.nik or ""
            if col == "sex":
                return row.sex
            if col == "birth_date":
                return format_date(row.birth_date) if row.birth_date else ""
            if col == "regency":
                return row.regency
            if col == "last_case":
                return row.last_case
            if col == "last_status":
                text = vocab_label("status", row.last_status)
                return text + (" \u2022 " + self.tr("menghuni") if row.open_stay else "")
        if role == CLIENT_ID_ROLE:
            return str(row.client_id)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(board.CLIENT_COLUMNS):
            return
        query = replace(self._query, sort=board.CLIENT_COLUMNS[column],
                        descending=order == Qt.SortOrder.DescendingOrder)
        if self.ready:
            self.set_query(query)
        else:  # loaded when its tab is first shown
            self._query = query


# The complaints register's figures (services.complaints via board_counts): card -> the
# complaint state (``services.complaints.complaint_state``) of the complaints it counts. A click
# opens the register showing those complaints only (``BoardWidget.openComplaints``).
COMPLAINT_CARDS = {"complaints_overdue": "terlambat", "complaints_due_today": "hari_ini"}


class CountCard(QFrame):
    """A figure at the top of the board; a clickable one filters the board to its rows."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        self.value = QLabel("\u2013")
        self.value.setObjectName("countValue")
        self.label = QLabel()
        self.label.setObjectName("countLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        self.clickable = False
        self.active = False

    def set_clickable(self, clickable: bool) -> None:
        self.clickable = clickable
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable
                       else Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if clickable else Qt.FocusPolicy.NoFocus)

    def set_active(self, active: bool) -> None:
        """The card whose filter the board shows is framed (and says so to screen readers)."""
        self.active = active
        self.setProperty("active", active)
        self.setStyleSheet("QFrame#countCard { border: 2px solid #1a73e8; }" if active else "")

    def mouseReleaseEvent(self, event) -> None:
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if self.clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                              Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


# Card -> the board filter it applies (the others filters are cleared: they never stack).
CARD_FILTERS = {
    "residents": {},
    "approaching": {"residency": board.APPROACHING},
    "eligible": {"residency": board.ELIGIBLE},
    "overdue_steps": {"service": board.SL_OVERDUE},
    "awaiting_decision": {"status": "menunggu_keputusan"},
}

# The arrival-date filter: key -> (days back of the first day, days back of the last day).
ARRIVAL_RANGES = {"today": (0, 0), "yesterday": (1, 1), "week": (6, 0), "month": (29, 0)}


class _EnterOpens(QObject):
    """Enter or Return on a table row opens the record (the view's own Enter only edits)."""

    def __init__(self, view: QTableView, callback) -> None:
        super().__init__(view)
        self._callback = callback
        view.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = obj.currentIndex()
            if index.isValid():
                self._callback(index)
                return True
        return False


class _SearchKeys(QObject):
    """Down arrow in the search box moves into the results; Enter opens the only match."""

    def __init__(self, edit: QLineEdit, owner: BoardWidget) -> None:
        super().__init__(edit)
        self._owner = owner
        edit.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress:
            view = self._owner.current_view()
            if event.key() == Qt.Key.Key_Down and view.model().rowCount() > 0:
                view.setFocus()
                view.selectRow(0)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._owner.search_and_open()
                return True
        return False


class BoardWidget(QWidget):
    """Home screen: the residents board, with the list of all clients in a second tab."""

    openClient = Signal(str)  # client id
    # A complaint card clicked: (complaint state, the board's facility id or None). The
    # complaints register (gui/complaints_view) listens through the main window's hook.
    openComplaints = Signal(str, object)

    def __init__(self, door, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.model = BoardModel(door, self)
        self.clients_model = ClientsModel(door, self)
        self._choices = board.FilterChoices()
        self._service: str | None = None  # the overdue-steps card's filter (no combo box)
        door.changed.connect(self._store_changed)

        self.title = QLabel()
        self.title.setObjectName("title")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("subtitle")

        counts_row = QHBoxLayout()
        self.cards = {}
        for key in ("residents", "approaching", "eligible", "overdue_steps", "awaiting_decision",
                    *COMPLAINT_CARDS):
            card = CountCard(self)
            self.cards[key] = card
            counts_row.addWidget(card)
            if key in CARD_FILTERS:
                card.set_clickable(True)
                card.clicked.connect(lambda k=key: self.apply_card(k))
            elif key in COMPLAINT_CARDS:
                card.set_clickable(True)
                card.clicked.connect(lambda k=key: self.open_complaint_card(k))

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(360)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.textChanged.connect(self._maybe_cleared)
        _SearchKeys(self.search, self)

        self.facility_box = QComboBox()
        self.status_box = QComboBox()
        self.category_box = QComboBox()
        self.residency_box = QComboBox()
        self.arrival_box = QComboBox()
        self.boxes = (self.facility_box, self.status_box, self.category_box,
                      self.residency_box, self.arrival_box)
        for box in self.boxes:
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._filters_changed)
        self.filter_labels = [QLabel() for _ in self.boxes]
        for label, box in zip(self.filter_labels, self.boxes, strict=True):
            label.setBuddy(box)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.clicked.connect(self.reset_filters)
        self.today_button = QPushButton()
        self.today_button.setObjectName("arrivalsToday")
        self.today_button.clicked.connect(self.show_arrivals_today)
        self.export_button = QToolButton()
        self.export_button.setObjectName("exportList")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_button.setMenu(self.export_menu)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        self.filter_note = QLabel()
        self.filter_note.setObjectName("filterNote")

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 2)
        search_row.addWidget(self.today_button)
        search_row.addWidget(self.reset_button)
        search_row.addWidget(self.export_button)
        filter_row = QHBoxLayout()
        for label, box in zip(self.filter_labels, self.boxes, strict=True):
            filter_row.addWidget(label)
            filter_row.addWidget(box)
            filter_row.addSpacing(6)
        filter_row.addStretch(1)
        filter_row.addWidget(self.filter_note)
        self.result_label = QLabel()
        self.result_label.setObjectName("subtitle")
        # On the search row: the filter row must fit a 1093 px wide desk (125% scaling).
        search_row.insertWidget(2, self.result_label)

        self.view = self._make_view(self.model, (150, 270, 70, 200, 160, 90, 150, 200))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.clients_view = self._make_view(self.clients_model, (300, 150, 50, 150, 200, 150,
                                                                 200))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, "")
        self.tabs.addTab(self.clients_view, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(counts_row)
        layout.addSpacing(6)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.tabs, 1)

        self.model.countsChanged.connect(self._show_counts)
        self.model.loaded.connect(self._show_result_count)
        self.model.loaded.connect(self._open_if_single)
        self.clients_model.loaded.connect(self._open_if_single)
        self.model.countsChanged.connect(lambda _c: self._show_result_count())
        self._open_single = False
        self.clients_model.loaded.connect(self._show_result_count)
        self.clients_model.counted.connect(self._show_result_count)
        self.setTabOrder(self.search, self.facility_box)
        self.setTabOrder(self.facility_box, self.status_box)
        self.setTabOrder(self.status_box, self.category_box)
        self.setTabOrder(self.category_box, self.residency_box)
        self.setTabOrder(self.residency_box, self.arrival_box)
        self.setTabOrder(self.arrival_box, self.tabs)
        self.setTabOrder(self.tabs, self.view)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self._clear_search,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.retranslate()

    def _make_view(self, model, widths) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(26)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        for col, width in enumerate(widths):
            view.setColumnWidth(col, width)
        view.activated.connect(self._open_index)
        view.doubleClicked.connect(self._open_index)
        _EnterOpens(view, self._open_index)
        return view

    # -- behaviour ----------------------------------------------------------------------
    def start(self) -> None:
        """Load filter choices and the first page (called once the door is ready)."""
        self.view.horizontalHeader().setSortIndicator(
            board.BOARD_COLUMNS.index("day"), Qt.SortOrder.DescendingOrder)
        self.clients_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)

        def job(store):
            with store.read() as s:
                return board.filter_choices(s)

        self.door.query(job, self._set_choices, lambda exc: show_error(self, exc))
        self.model.started = True
        self.model.refresh()

    def _store_changed(self, found) -> None:
        """The door announced committed rows: refresh once the board was started."""
        if found.touches_records() and self.model.started:
            self.refresh()

    def refresh(self) -> None:
        self.model.refresh()
        if self.clients_model.ready or self.tabs.currentIndex() == 1:
            self.clients_model.refresh()

    def current_view(self) -> QTableView:
        return self.clients_view if self.tabs.currentIndex() == 1 else self.view

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def search_now(self) -> None:
        """Run the search on the tab in view; the other tab catches up when shown."""
        self._timer.stop()
        text = self.search.text().strip()
        if self.tabs.currentIndex() == 1:
            if text != self.clients_model.query.text or not self.clients_model.ready:
                self.clients_model.set_query(replace(self.clients_model.query, text=text))
        elif text != self.model.query.text:
            self.model.set_query(replace(self.model.query, text=text))

    def _maybe_cleared(self, text: str) -> None:
        if not text:
            self._timer.start()

    def _clear_search(self) -> None:
        self.search.clear()
        self.search_now()

    def _tab_changed(self, index: int) -> None:
        text = self.search.text().strip()
        if index == 1 and (not self.clients_model.ready
                           or self.clients_model.query.text != text):
            self.clients_model.set_query(replace(self.clients_model.query, text=text))
        if index == 0 and self.model.query.text != text:
            self.model.set_query(replace(self.model.query, text=text))
        for label, box in zip(self.filter_labels, self.boxes, strict=True):
            label.setEnabled(index == 0)  # the filters are those of the residents' board
            box.setEnabled(index == 0)
        self.reset_button.setEnabled(index == 0)
        self.today_button.setEnabled(index == 0)
        self._show_result_count()

    def _filters_changed(self) -> None:
        if getattr(self, "_filling", False):
            return
        q = replace(
            self.model.query,
            facility_id=self.facility_box.currentData(),
            status=self.status_box.currentData(),
            category=self.category_box.currentData(),
            residency=self.residency_box.currentData(),
            arrived_from=None, arrived_to=None,
            arrived_days_back=self._arrival_back(self.arrival_box.currentData()),
            service=self._service,
        )
        self.model.set_query(q)
        self._mark_cards()

    @staticmethod
    def _arrival_back(key) -> tuple[int, int] | None:
        """Days before each facility's today (the service resolves them per facility)."""
        return ARRIVAL_RANGES.get(key)

    # -- filters that replace each other: shortcuts, count cards, reset -----------------
    def apply_filter(self, *, status: str | None = None, residency: str | None = None,
                     service: str | None = None, arrival: str | None = None,
                     keep_facility: bool = True) -> None:
        """Show one filter alone: the others (and the search text) are cleared, so Ctrl+T
        after Ctrl+K shows those past the limit, not those awaiting a decision AND past it.
        The facility stays (the count cards are counted for it)."""
        self._filling = True
        try:
            if not keep_facility:
                self.facility_box.setCurrentIndex(0)
            self.category_box.setCurrentIndex(0)
            self.status_box.setCurrentIndex(max(self.status_box.findData(status), 0))
            self.residency_box.setCurrentIndex(max(self.residency_box.findData(residency), 0))
            self.arrival_box.setCurrentIndex(max(self.arrival_box.findData(arrival), 0))
            self._service = service
            if self.search.text():
                self.search.clear()
        finally:
            self._filling = False
        self._timer.stop()
        q = replace(self.model.query, text="")
        self.model._query = q
        self._filters_changed()

    def apply_card(self, key: str) -> None:
        """A count card clicked: the board shows its rows (as many as the card says)."""
        self.tabs.setCurrentIndex(0)
        self.apply_filter(**CARD_FILTERS[key])

    def open_complaint_card(self, key: str) -> None:
        """A complaint card clicked: ask for the register with the complaints it counts (for
        the facility the cards are counted for)."""
        self.openComplaints.emit(COMPLAINT_CARDS[key], self.model.query.facility_id)

    def reset_filters(self) -> None:
        """"Atur ulang filter": every filter, the search text and the facility cleared."""
        self.apply_filter(keep_facility=False)

    def show_arrivals_today(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.apply_filter(arrival="today")

    def set_residency_filter(self, state: str | None) -> None:
        self.apply_filter(residency=state)

    def set_status_filter(self, status: str | None) -> None:
        self.apply_filter(status=status)

    def active_card(self) -> str | None:
        """The card whose rows the board shows now, if its filter is the only one."""
        q = self.model.query
        for key, wanted in CARD_FILTERS.items():
            now = {"status": q.status, "residency": q.residency, "service": q.service}
            if (q.text.strip() or q.category or q.arrived_from or q.arrived_to
                    or q.arrived_days_back):
                return None
            if all(now[k] == wanted.get(k) for k in now):
                return key
        return None

    def _mark_cards(self) -> None:
        active = self.active_card()
        for key, card in self.cards.items():
            card.set_active(key == active and key != "residents")

    # -- printing and exporting ------------------------------------------------------------
    def _actor(self):
        return getattr(self.window(), "actor", None)

    def export_view(self, kind: str) -> None:
        from rumahsinggah.gui import list_actions

        list_actions.export_board(self, self.door, self._actor(), self.model.query, kind)

    def export_arrivals(self, kind: str) -> None:
        from rumahsinggah.gui import list_actions

        list_actions.export_arrivals(self, self.door, self._actor(), kind,
                                     facility_id=self.model.query.facility_id)

    def export_raid(self, raid_id, kind: str) -> None:
        from rumahsinggah.gui import list_actions

        list_actions.export_raid(self, self.door, self._actor(), raid_id, kind)

    def _fill_export_menu(self, menu: QMenu | None = None) -> None:
        if menu is None:
            menu = self.export_menu
            menu.clear()
        menu.addAction(self.tr("Cetak daftar ini (PDF)\u2026"), lambda: self.export_view("pdf"))
        menu.addAction(self.tr("Ekspor daftar ini ke Excel (XLSX)\u2026"),
                       lambda: self.export_view("xlsx"))
        menu.addSeparator()
        menu.addAction(self.tr("Cetak kedatangan hari ini (PDF)\u2026"),
                       lambda: self.export_arrivals("pdf"))
        menu.addAction(self.tr("Ekspor kedatangan hari ini (XLSX)\u2026"),
                       lambda: self.export_arrivals("xlsx"))

    def context_menu_for(self, index: QModelIndex, raid_id=None) -> QMenu:
        """The right-click menu of a board row (built apart so tests can read it)."""
        menu = QMenu(self)
        if index.isValid():
            menu.addAction(self.tr("Buka rekam klien"), lambda: self._open_index(index))
        if raid_id is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Cetak ringkasan razia (PDF)\u2026"),
                           lambda: self.export_raid(raid_id, "summary"))
            menu.addAction(self.tr("Cetak tanda terima razia (PDF)\u2026"),
                           lambda: self.export_raid(raid_id, "receipt"))
            menu.addAction(self.tr("Ekspor razia ke Excel (XLSX)\u2026"),
                           lambda: self.export_raid(raid_id, "xlsx"))
        menu.addSeparator()
        self._fill_export_menu(menu)
        return menu

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        stay_id = index.siblingAtColumn(0).data(STAY_ID_ROLE) if index.isValid() else None
        at = self.view.viewport().mapToGlobal(pos)

        def show(raid_id):
            self.context_menu_for(index, raid_id).popup(at)

        if stay_id:
            from rumahsinggah.gui import list_actions

            list_actions.raid_of_stay(self.door, stay_id, show)
        else:
            show(None)

    def _set_choices(self, choices: board.FilterChoices) -> None:
        self._choices = choices
        self._fill_boxes()

    def _fill_boxes(self) -> None:
        self._filling = True
        try:
            def fill(box: QComboBox, items):
                current = box.currentData()
                box.clear()
                box.addItem(self.tr("Semua"), None)
                for text, data in items:
                    box.addItem(text, data)
                box.setCurrentIndex(max(box.findData(current), 0))

            fill(self.facility_box, [(f"{code} \u2013 {name}", fid)
                                     for fid, code, name in self._choices.facilities])
            fill(self.status_box, [(vocab_label("status", s), s)
                                   for s in self._choices.statuses])
            fill(self.category_box, [(c, c) for c in self._choices.categories])
            fill(self.residency_box, [
                (self.tr("Tanpa batas"), board.NONE),
                (self.tr("Dalam batas"), board.NORMAL),
                (self.tr("Mendekati batas"), board.APPROACHING),
                (self.tr("Lewat batas"), board.ELIGIBLE),
            ])
            fill(self.arrival_box, [
                (self.tr("Hari ini"), "today"),
                (self.tr("Kemarin"), "yesterday"),
                (self.tr("7 hari terakhir"), "week"),
                (self.tr("30 hari terakhir"), "month"),
            ])
        finally:
            self._filling = False

    def _show_counts(self, counts: BoardCounts) -> None:
        for key, card in self.cards.items():
            card.value.setText(f"{getattr(counts, key):,}".replace(",", "."))

    def _show_result_count(self) -> None:
        if self.tabs.currentIndex() == 1:
            n = self.clients_model.total
            if n < 0:  # still counting: say how many are shown so far
                shown = f"{self.clients_model.rowCount():,}".replace(",", ".")
                self.result_label.setText(self.tr("{0}+ klien (menghitung\u2026)").format(shown))
                return
            self.result_label.setText(self.tr("{0} klien").format(f"{n:,}".replace(",", ".")))
        else:
            n = self.model.rowCount()
            self.result_label.setText(
                self.tr("{0} penghuni ditampilkan").format(f"{n:,}".replace(",", ".")))
            q = self.model.query
            note = ""
            if q.service == board.SL_OVERDUE:
                note = self.tr("Saring: langkah layanan terlambat")
            self.filter_note.setText(note)
            self.reset_button.setEnabled(q.filtered() or q.facility_id is not None)

    def search_and_open(self) -> None:
        """Enter in the search box: search now; when one row matches, open it."""
        self._open_single = True
        before = (self.model.query.text, self.clients_model.query.text)
        self.search_now()
        after = (self.model.query.text, self.clients_model.query.text)
        if before == after:  # nothing new to ask: the rows on screen are the answer
            self._open_if_single()

    def _open_if_single(self) -> None:
        if not self._open_single:
            return
        self._open_single = False
        view = self.current_view()
        if view.model().rowCount() == 1:
            self._open_index(view.model().index(0, 0))
        elif view.model().rowCount() > 1:
            view.setFocus()
            view.selectRow(0)

    def selected_case(self) -> tuple[str | None, str | None]:
        """(stay id, client id) of the selected row (the clients tab knows no stay)."""
        view = self.current_view()
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        index = rows[0] if rows else None
        if index is None or not index.isValid():
            return None, None
        first = index.siblingAtColumn(0)
        return first.data(STAY_ID_ROLE) or None, first.data(CLIENT_ID_ROLE) or None

    def _open_index(self, index: QModelIndex) -> None:
        client_id = index.siblingAtColumn(0).data(CLIENT_ID_ROLE)
        if client_id:
            self.openClient.emit(client_id)

    # -- language -----------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Papan Penghuni"))
        self.subtitle.setText(self.tr(
            "Siapa yang sedang menghuni dan siapa yang perlu ditindaklanjuti hari ini."))
        texts = {
            "residents": self.tr("Penghuni saat ini"),
            "approaching": self.tr("Mendekati batas tinggal"),
            "eligible": self.tr("Lewat batas tinggal"),
            "overdue_steps": self.tr("Langkah layanan terlambat"),
            "awaiting_decision": self.tr("Menunggu keputusan"),
            "complaints_overdue": self.tr("Pengaduan lewat batas tanggapan"),
            "complaints_due_today": self.tr("Pengaduan jatuh tempo hari ini"),
        }
        for key, card in self.cards.items():
            card.label.setText(texts[key])
        self.search_label.setText(self.tr("&Cari:"))
        self.search.setPlaceholderText(
            self.tr("Nama, nama panggilan, NIK atau nomor kasus (Ctrl+F)"))
        for label, text in zip(self.filter_labels, (
                self.tr("&Fasilitas:"), self.tr("S&tatus:"), self.tr("&Kategori:"),
                self.tr("&Batas tinggal:"), self.tr("T&iba:")), strict=True):
            label.setText(text)
        self.reset_button.setText(self.tr("Atur &ulang filter"))
        self.reset_button.setToolTip(self.tr(
            "Hapus semua saringan dan pencarian: tampilkan semua penghuni"))
        self.today_button.setText(self.tr("&Hari ini"))
        self.today_button.setToolTip(self.tr("Tampilkan klien yang tiba hari ini"))
        self.export_button.setText(self.tr("C&etak / ekspor"))
        for key, card in self.cards.items():
            if key in COMPLAINT_CARDS:
                card.setToolTip(self.tr("Klik untuk membuka register pengaduan dengan "
                                        "pengaduan ini saja"))
            elif card.clickable:
                card.setToolTip(self.tr("Klik untuk menampilkan hanya baris ini di papan"))
        self.tabs.setTabText(0, self.tr("Penghuni saat ini"))
        self.tabs.setTabText(1, self.tr("Semua klien"))
        self._fill_boxes()
        self._show_result_count()
        for model in (self.model, self.clients_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0),
                                       model.index(model.rowCount() - 1,
                                                   model.columnCount() - 1))
