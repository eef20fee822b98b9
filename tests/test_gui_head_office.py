"""The head office's screen (Kantor pusat) on a real PostgreSQL head office holding the bundles
of shelters: the menu entry only on a head office, the shelters, the person raided in two cities,
the workbook, and a shelter added from one of its bundles whose bundle then imports."""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlmodel import select

from gui_support import visible_texts, wait_door
from rumahsinggah.core.errors import DomainError
from rumahsinggah.gui import head_office_view as view
from rumahsinggah.gui.main_window import MainWindow
from rumahsinggah.gui.preferences import Preferences
from rumahsinggah.locations import ServerPaths
from rumahsinggah.services import head_office
from rumahsinggah.storage.actors import mint
from rumahsinggah.storage.models import Client, User
from rumahsinggah.storage.store import open_store
from rumahsinggah.sync import bundle, desk
from test_head_office import PASS, TODAY, _bundle, _shelter, _store_id

SHOTS = os.environ.get("RUMAHSINGGAH_SHOTS", "")


def _staff(store, username: str, role: str):
    """A user on ``store`` and the actor sign-in would give them."""
    with store.write() as s:
        user = User(username=username, full_name=username.replace("_", " ").title(), role=role)
        s.add(user)
        s.flush()
        person = SimpleNamespace(id=user.id, username=user.username, full_name=user.full_name,
                                 role=role, facility_id=None)
    return person, mint(person.id, person.username, role)


@pytest.fixture
def cities(tmp_path):
    """Three shelters' desks (SQLite); Muhammad Yusuf, raided in Kota Banjar six weeks ago
    (before the screen's default 30 days), brought to Banjarmasin today as "Moh. Jusuf"."""
    from datetime import date

    banjar = _shelter(tmp_path, "KBR", "Kota Banjar", "banjar-gepeng")
    bjm = _shelter(tmp_path, "BJM", "Kota Banjarmasin", "bjm-penerimaan-rs")
    pgk = _shelter(tmp_path, "PGK", "Kota Pangkalpinang", "pgk-tuna-susila", kind="rps")
    banjar.person(days_ago=45, full_name="Muhammad Yusuf", sex="L",
                  person={"birth_date": date(1979, 3, 14), "regency": "Kota Banjar"})
    bjm.person(days_ago=0, full_name="Moh. Jusuf", sex="L",
               person={"birth_date": date(1979, 3, 14), "regency": "Kota Banjar"})
    bjm.person(days_ago=1, full_name="Ahmad Fauzi", sex="L")
    pgk.person(days_ago=2, full_name="Dewi Lestari", sex="P")
    yield {"KBR": banjar, "BJM": bjm, "PGK": pgk}
    for w in (banjar, bjm, pgk):
        w.store.close()


@pytest.fixture
def dinas(pg_url, tmp_path, cities):
    """A head office on PostgreSQL that accepts KBR and BJM and imported their bundles."""
    paths = ServerPaths.for_url(pg_url, tmp_path / "dinas")
    store = open_store(paths)
    user, actor = _staff(store, "admin_dinas", "admin")
    with store.write(actor) as s:
        desk.set_head_office(s, True)
        for code in ("KBR", "BJM"):
            head_office.name_shelter(s, _store_id(cities[code]), f"Shelter {code}", code)
    for code in ("KBR", "BJM"):
        bundle.import_bundle(store, actor, _bundle(cities[code], tmp_path, code), PASS)
    yield SimpleNamespace(store=store, paths=paths, user=user, actor=actor)
    store.close()


def _window(qtbot, store, paths, user, actor) -> MainWindow:
    w = MainWindow(store, paths, user, actor, Preferences())
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.board.model.ready, timeout=15000)
    wait_door(qtbot, w)
    return w


def _view_menu(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menus["view"].actions()
            if a.isVisible() and not a.isSeparator()]


def _dialog(qtbot, door, actor, **kw) -> view.HeadOfficeDialog:
    dialog = view.HeadOfficeDialog(door, actor, **kw)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded and not door.busy, timeout=20000)
    return dialog


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_the_entry_is_shown_only_on_a_head_office(qtbot, dinas, cities, messages):
    # A shelter's own desk (no head office): the administrator does not see the entry.
    shelter = cities["PGK"]
    user, actor = _staff(shelter.store, "admin_pgk", "admin")
    plain = _window(qtbot, shelter.store, None, user, actor)
    try:
        assert "Kantor pusat..." not in _view_menu(plain)
        assert not plain.can(view.ACTION_KEY)
        # Re-applying the roles (a user switch does) does not bring it back.
        plain._apply_role()
        assert not plain.actions[view.ACTION_KEY].action.isVisible()
    finally:
        plain.shutdown()

    office = _window(qtbot, dinas.store, dinas.paths, dinas.user, dinas.actor)
    try:
        assert "Kantor pusat..." in _view_menu(office)
        assert office.can(view.ACTION_KEY)
        # The same head office for a pramu sosial: not a report.monthly role, not shown.
        pramu, pramu_actor = _staff(dinas.store, "pramu_dinas", "pramu_sosial")
        office.set_user(SimpleNamespace(user=pramu, actor=pramu_actor))
        wait_door(qtbot, office)
        assert not office.can(view.ACTION_KEY)
        office.set_user(SimpleNamespace(user=dinas.user, actor=dinas.actor))
        wait_door(qtbot, office)
        assert office.can(view.ACTION_KEY)

        # Triggered, it opens the screen, whose double-click opens the client's record.
        office.trigger(view.ACTION_KEY)
        qtbot.waitUntil(lambda: getattr(office, "_head_office_dialog", None) is not None
                        and office._head_office_dialog.loaded and not office.door.busy,
                        timeout=20000)
        dialog = office._head_office_dialog
        assert dialog.isVisible() and not dialog.isModal()
        assert dialog.table.rowCount() == 1
        assert "Klik dua kali" in dialog.returning_count.text()
        dialog.open_row(0)
        record = office.tabs.currentWidget()
        with dinas.store.read() as s:
            jusuf = s.exec(select(Client.id).where(Client.full_name == "Moh. Jusuf")).one()
        assert str(record.client_id) == str(jusuf)
        dialog.close()
    finally:
        office.shutdown()
    assert messages == []


def test_shelters_and_the_person_raided_in_two_cities(qtbot, dinas, messages):
    from rumahsinggah.gui.door import DbDoor

    door = DbDoor(dinas.store)
    try:
        dialog = _dialog(qtbot, door, dinas.actor)
        rows = _cells(dialog.shelters)
        assert [(r[0], r[1], r[2], r[3], r[4], r[6], r[7]) for r in rows] == [
            ("BJM", "Shelter BJM", "ya", "1", "1", "2", "2"),
            ("KBR", "Shelter KBR", "ya", "1", "1", "1", "1")]
        assert all(r[5] != "-" for r in rows)  # the last bundle's local time
        returning = _cells(dialog.table)
        assert [(r[1], r[3], r[4].split(",")[0], r[5]) for r in returning] == [
            ("BJM", "Moh. Jusuf", "KBR", "Muhammad Yusuf")]
        # the earlier record's arrival, as the shelter shows dates, beside its shelter
        assert re.fullmatch(r"KBR, tiba \d\d-\d\d-\d{4}", returning[0][4])
        assert returning[0][2].startswith("BJM-") and int(returning[0][6]) >= 85
        assert "Moh. Jusuf" in visible_texts(dialog)
        assert dialog.add_button.isVisible() and not dialog.aside_button.isEnabled()

        # From tomorrow on, nobody has arrived yet.
        tomorrow = (TODAY + timedelta(days=2)).date()
        dialog.since.setDate(tomorrow)
        dialog.load_returning()
        qtbot.waitUntil(lambda: not door.busy and dialog.table.rowCount() == 0, timeout=20000)
        assert "Tidak ada klien kembali" in dialog.returning_count.text()

        # Setting KBR aside: asked first (answered yes by ``messages``), then greyed "tidak".
        dialog.shelters.selectRow(1)
        assert dialog.selected_code() == "KBR" and dialog.aside_button.isEnabled()
        dialog.set_aside()
        qtbot.waitUntil(lambda: not door.busy and dialog.shelters.item(1, 2).text() != "ya",
                        timeout=20000)
        with dinas.store.read() as s:
            assert {x.code: x.active for x in head_office.shelters(s)} == {
                "BJM": True, "KBR": False}
        dialog.close()
    finally:
        door.shutdown()
    assert messages == []


def test_a_clerk_sees_the_list_but_not_the_administrator_buttons(qtbot, dinas, messages):
    from rumahsinggah.gui.door import DbDoor

    _user, clerk = _staff(dinas.store, "kabid_dinas", "kepala_bidang")
    door = DbDoor(dinas.store)
    try:
        dialog = _dialog(qtbot, door, clerk)
        assert [r[0] for r in _cells(dialog.shelters)] == ["BJM", "KBR"]
        assert not dialog.add_button.isVisible() and not dialog.aside_button.isVisible()
        assert "Hanya administrator" in dialog.shelters_note.text()
        dialog.close()
    finally:
        door.shutdown()
    assert messages == []


def test_the_workbook_has_the_returning_clients(qtbot, dinas, tmp_path, messages):
    from rumahsinggah.gui.door import DbDoor

    door = DbDoor(dinas.store)
    try:
        dialog = _dialog(qtbot, door, dinas.actor)
        dialog.year.setValue(TODAY.year)
        dialog.month.setCurrentIndex(TODAY.month - 1)
        # Through the file dialog (handed a path without the suffix).
        chosen = tmp_path / "out" / "dinas"
        previous = dict(view.FILE_DIALOG)
        view.FILE_DIALOG["save"] = lambda *_a: str(chosen)
        try:
            dialog.export()
        finally:
            view.FILE_DIALOG.update(previous)
        qtbot.waitUntil(lambda: bool(dialog.saved) and not door.busy, timeout=30000)
        written = dialog.saved[0]
        assert written == Path(f"{chosen}.xlsx") and written.exists()
        book = load_workbook(written, read_only=True)
        assert {"Klien kembali", "Shelter"} <= set(book.sheetnames)
        rows = list(book["Klien kembali"].iter_rows(min_row=2, values_only=True))
        assert [(r[1], r[3], r[4], r[5]) for r in rows] == [
            ("BJM", "Moh. Jusuf", "KBR", "Muhammad Yusuf")]
        assert any("disimpan di" in m for m in messages)
        dialog.close()
    finally:
        door.shutdown()


def test_a_shelter_added_from_its_bundle_then_imports(qtbot, dinas, cities, tmp_path,
                                                      messages):
    from rumahsinggah.gui.door import DbDoor

    files = _bundle(cities["PGK"], tmp_path, "PGK")
    with pytest.raises(DomainError, match="belum terdaftar"):
        bundle.import_bundle(dinas.store, dinas.actor, files, PASS)
    door = DbDoor(dinas.store)
    try:
        dialog = _dialog(qtbot, door, dinas.actor)
        added: list[view.AddShelterDialog] = []

        def fill(add: view.AddShelterDialog) -> None:
            added.append(add)
            previous = dict(view.FILE_DIALOG)
            view.FILE_DIALOG["open"] = lambda *_a: [str(p) for p in files]
            try:
                add._browse()
            finally:
                view.FILE_DIALOG.update(previous)
            assert add.files() == list(files)
            # A wrong passphrase: the bundle's message, nothing filled in.
            add.passphrase.setText("bukan-kata-sandinya")
            add.read_bundle()
            qtbot.waitUntil(lambda: not door.busy and add.read_button.isEnabled(),
                            timeout=20000)
            assert add.store_id.text() == "" and not add.save_button.isEnabled()
            assert len(messages) == 1
            add.passphrase.setText(PASS)
            add.show()
            qtbot.keyClick(add.passphrase, Qt.Key.Key_Return)  # Enter reads the bundle
            qtbot.waitUntil(lambda: not door.busy and bool(add.store_id.text()),
                            timeout=20000)
            assert add.store_id.text() == _store_id(cities["PGK"])
            assert add.name.text()  # the shelter's store name, editable
            if SHOTS:
                from rumahsinggah.gui.common import APP_STYLE

                add.setStyleSheet(APP_STYLE)
                add.show()
                qtbot.wait(100)
                add.grab().save(str(Path(SHOTS) / "kantor-pusat-tambah-shelter.png"))
            add.code.setText("BJM")  # taken: the service says so, the dialog stays
            add.save()
            qtbot.waitUntil(lambda: not door.busy and len(messages) == 2, timeout=20000)
            assert "sudah dipakai" in messages[1] and add.named is None
            add.code.setText("pgk")
            add.name.setText("RPS Pangkalpinang")
            add.save()
            qtbot.waitUntil(lambda: not door.busy and add.named is not None, timeout=20000)

        dialog.add_shelter(show=fill)
        assert added[0].named == ("PGK", "RPS Pangkalpinang")
        qtbot.waitUntil(lambda: not door.busy and dialog.shelters.rowCount() == 3,
                        timeout=20000)
        assert [r[0] for r in _cells(dialog.shelters)] == ["BJM", "KBR", "PGK"]
        summary = bundle.import_bundle(dinas.store, dinas.actor, files, PASS)
        assert summary.inserted > 0
        with dinas.store.read() as s:
            assert s.exec(select(Client.id).where(Client.full_name == "Dewi Lestari")).all()
        dialog.load_shelters()
        qtbot.waitUntil(lambda: not door.busy and dialog.shelters.item(2, 6).text() == "1",
                        timeout=20000)
        if SHOTS:  # as the application shows it: its style sheet, a 1366x768 screen
            from rumahsinggah.gui.common import APP_STYLE

            dialog.setStyleSheet(APP_STYLE)
            dialog.resize(1366, 768)
            dialog.shelters.selectRow(0)
            qtbot.wait(100)
            dialog.grab().save(str(Path(SHOTS) / "kantor-pusat.png"))
        dialog.close()
    finally:
        door.shutdown()

