"""The board's item models keep a bounded number of pages however far the view scrolls (issue 22).

Rows whose page was dropped are fetched again by offset when the view shows them again, and
then show the same rows the service gives for that offset.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from gui_support import build_template, copy_store, open_window, sign_in, wait_door
from rumahsinggah.gui.board_view import CLIENT_ID_ROLE, STAY_ID_ROLE, _PageCache
from rumahsinggah.services import board
from rumahsinggah.services.board import PAGE_SIZE
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Client, Facility, Stay

KEEP = 2  # pages of all clients kept in these tests
BOARD_KEEP = 1  # pages of residents: the demo facilities hold a little over one page


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    # Enough clients for several pages of all clients; residents for two pages of the board
    # (the demo facilities alone hold fewer than one page).
    paths = build_template(tmp_path_factory.mktemp("board-memory") / "store", clients=1500)
    signed = sign_in(paths, "kabid")
    with signed.store.write(signed.actor) as s:
        facility = s.exec(select(Facility).order_by(Facility.code)).first()
        for n in range(PAGE_SIZE + 20):
            client = Client(full_name=f"Penghuni Uji {n:03d}", sex="P",
                            pmks_category="gelandangan")
            s.add(client)
            s.flush()
            s.add(Stay(case_number=f"MEM-2026-{n:05d}", client_id=client.id,
                       facility_id=facility.id, standard_code="x", source="razia",
                       arrival_at=utcnow() - timedelta(days=n % 30), status="asesmen"))
    signed.store.close()
    return paths


@pytest.fixture
def window(qtbot, template, tmp_path, messages):
    paths = copy_store(template, tmp_path / "store")
    def keep_few(w) -> None:  # before the first page arrives
        w.board.model.max_pages = BOARD_KEEP
        w.board.clients_model.max_pages = KEEP

    w, signed = open_window(qtbot, paths, "kabid", before_show=keep_few)
    yield w
    w.shutdown()
    signed.store.close()


def kept_rows(model) -> int:
    return sum(len(rows) for rows in model._pages.values())


def shown_ids(model, first: int, last: int, role) -> list:
    return [model.index(r, 0).data(role) for r in range(first, last)]


def test_page_cache_drops_the_least_recently_shown_page():
    cache = _PageCache(2)
    cache.put(0, ["a"])
    cache.put(1, ["b"])
    assert cache.shown(0) == ["a"]  # page 0 is now the most recently shown
    cache.put(2, ["c"])
    assert list(cache) == [0, 2] and cache.shown(1) is None
    cache.put(3, ["d"])
    assert list(cache) == [2, 3]


def test_scrolling_all_clients_keeps_few_pages_and_scrolling_back_shows_them(window, qtbot):
    view = window.board.clients_view
    model = window.board.clients_model
    window.board.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: model.ready and model.total > 0, timeout=15000)
    wait_door(qtbot, window)
    total = model.total
    assert total > (KEEP + 3) * PAGE_SIZE
    fetches = 0
    while model.canFetchMore():
        view.scrollToBottom()
        model.fetchMore()
        wait_door(qtbot, window)
        fetches += 1
        assert len(model._pages) <= KEEP and kept_rows(model) <= KEEP * PAGE_SIZE
        assert fetches <= total // PAGE_SIZE + 1
    assert model.rowCount() == total
    assert 0 not in model._pages  # the first page was dropped long ago

    with window.store.read() as s:
        def expected(offset: int) -> list[str]:
            rows = board.client_page(s, model.query.page(offset), with_total=False).rows
            return [str(r.client_id) for r in rows]
        first_page, middle_page = expected(0), expected(3 * PAGE_SIZE)

    # Back to the top: the dropped rows show a placeholder, then their page comes again.
    view.scrollToTop()
    assert model.index(0, 0).data(CLIENT_ID_ROLE) is None
    qtbot.waitUntil(lambda: model.index(0, 0).data(CLIENT_ID_ROLE) is not None, timeout=10000)
    wait_door(qtbot, window)
    assert shown_ids(model, 0, PAGE_SIZE, CLIENT_ID_ROLE) == first_page
    assert model.index(0, 1).data() is not None  # every column, not only the id

    view.scrollTo(model.index(3 * PAGE_SIZE + 5, 0))
    qtbot.waitUntil(lambda: model.index(3 * PAGE_SIZE, 0).data(CLIENT_ID_ROLE) is not None,
                    timeout=10000)
    wait_door(qtbot, window)
    assert shown_ids(model, 3 * PAGE_SIZE, 4 * PAGE_SIZE, CLIENT_ID_ROLE) == middle_page
    assert len(model._pages) <= KEEP and model.rowCount() == total


def test_board_pages_stay_bounded_and_come_back(window, qtbot):
    view = window.board.view
    model = window.board.model
    total = model.rowCount()
    assert total > BOARD_KEEP * PAGE_SIZE
    last_page = (total - 1) // PAGE_SIZE
    for page in range(last_page + 1):
        view.scrollTo(model.index(page * PAGE_SIZE, 0))
        qtbot.waitUntil(lambda p=page: model.index(p * PAGE_SIZE, 0).data(STAY_ID_ROLE)
                        is not None, timeout=10000)
        wait_door(qtbot, window)
        assert len(model._pages) <= BOARD_KEEP
        assert kept_rows(model) <= BOARD_KEEP * PAGE_SIZE
    assert 0 not in model._pages

    with window.store.read() as s:
        first_page = [str(r.stay_id) for r in board.board_page(
            s, model.query.page(0), overdue=model._overdue).rows]
    view.scrollToTop()
    qtbot.waitUntil(lambda: model.index(0, 0).data(STAY_ID_ROLE) is not None, timeout=10000)
    wait_door(qtbot, window)
    assert shown_ids(model, 0, PAGE_SIZE, STAY_ID_ROLE) == first_page
