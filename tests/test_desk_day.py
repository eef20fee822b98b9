"""The desk day to day (issue 15): count cards filter the board, shortcut views replace each
other instead of stacking, one reset, Enter opens the only match, a DEMO banner on a demo
store, the previous user's record tabs closed on switch user, windows that fit the screen (tests/test_window_size.py)."""

from __future__ import annotations

import os

import pytest

from gui_support import (
    VARIANT_NAME,
    VARIANT_QUERY,
    build_template,
    copy_store,
    sign_in,
    wait_door,
)
from rumahsinggah.gui import common
from rumahsinggah.gui.board_view import CLIENT_ID_ROLE
from rumahsinggah.gui.i18n import install_language
from rumahsinggah.gui.main_window import MainWindow
from rumahsinggah.gui.preferences import Preferences
from rumahsinggah.gui.record_view import ClientRecordWidget
from rumahsinggah.services import board

SHOTS = os.environ.get("RUMAHSINGGAH_SHOTS", "")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("desk-day") / "store", clients=120)


@pytest.fixture
def window(qtbot, template, tmp_path):
    common.replace_messages(error=lambda *a: None, info=lambda *a: None, ask=lambda *a: True)
    install_language("id")
    paths = copy_store(template, tmp_path / "store")
    signed = sign_in(paths, "kabid")
    w = MainWindow(signed.store, paths, signed.user, signed.actor, Preferences())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.board.model.ready and w.board.model.counted, timeout=15000)
    wait_door(qtbot, w)
    yield w
    w.shutdown()
    w.store.close()


def _rows(qtbot, w) -> int:
    wait_door(qtbot, w)
    return w.board.model.rowCount()


def _card(w, key: str) -> int:
    return int(w.board.cards[key].value.text().replace(".", ""))


def test_cards_filter_shortcuts_replace_each_other_and_reset_shows_all(qtbot, window):
    w = window
    residents, eligible = _card(w, "residents"), _card(w, "eligible")
    awaiting = _card(w, "awaiting_decision")
    assert residents > eligible > 0 and awaiting > 0
    qtbot.mouseClick(w.board.cards["eligible"], qtbot_left())
    assert _rows(qtbot, w) == eligible
    assert w.board.residency_box.currentData() == board.ELIGIBLE
    # Ctrl+K after Ctrl+T used to show 0 rows: the second view replaces the first.
    w.actions["awaiting"].action.trigger()
    assert _rows(qtbot, w) == awaiting
    assert w.board.residency_box.currentData() is None
    w.board.search.setText("zzz-tidak-ada")
    w.board.search_now()
    assert _rows(qtbot, w) == 0
    w.board.reset_button.click()
    assert _rows(qtbot, w) == residents
    assert w.board.search.text() == "" and w.board.status_box.currentData() is None


def test_a_complaints_card_opens_the_register(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(window.actions["complaints"].action, "trigger",
                        lambda: opened.append("complaints"))
    window.board.cards["complaints_overdue"].clicked.emit()
    assert opened == ["complaints"]


def test_enter_in_the_search_box_opens_the_only_match(qtbot, window):
    w = window
    w.board.search.setFocus()
    w.board.search.setText(VARIANT_QUERY)
    qtbot.keyClick(w.board.search, qtbot_enter())
    qtbot.waitUntil(lambda: isinstance(w.tabs.currentWidget(), ClientRecordWidget),
                    timeout=15000)
    wait_door(qtbot, w)
    assert VARIANT_NAME in w.tabs.tabText(w.tabs.currentIndex())
    # Several matches: Enter runs the search and stays on the board.
    w.show_board()
    w.board.search.setText("a")
    qtbot.keyClick(w.board.search, qtbot_enter())
    wait_door(qtbot, w)
    qtbot.wait(200)
    assert w.board.model.rowCount() > 1 and w.tabs.currentIndex() == 0


def test_demo_store_shows_its_banner(qtbot, window):
    qtbot.waitUntil(lambda: window.demo_banner.isVisible(), timeout=10000)
    assert "DEMO" in window.demo_banner.text()
    if SHOTS:
        window.resize(1366, 768)
        qtbot.wait(100)
        window.grab().save(os.path.join(SHOTS, "papan-demo-filter.png"))


def test_switch_user_closes_the_previous_users_record_tabs(qtbot, window):
    w = window
    client_id = w.board.model.index(0, 0).data(CLIENT_ID_ROLE)
    w.open_client(client_id)
    wait_door(qtbot, w)
    assert w.tabs.count() == 2
    same = sign_in(w.paths, "kabid")
    w.set_user(same)  # the same person signing in again keeps their tabs
    assert w.tabs.count() == 2
    other = sign_in(w.paths, "peksos")
    w.set_user(other)
    assert w.tabs.count() == 1 and w.tabs.currentIndex() == 0
    for s in (same, other):
        if s.store is not w.store:
            s.store.close()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def qtbot_enter():
    from PySide6.QtCore import Qt

    return Qt.Key.Key_Return
