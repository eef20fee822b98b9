"""The door: change announcements refresh the views; closed widgets; errors; a busy store."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard
from sqlmodel import select

from rumahsinggah.gui import common
from rumahsinggah.gui.board_view import BoardWidget
from rumahsinggah.gui.door import DbDoor, error_box, replace_dialogs, retry_box
from rumahsinggah.gui.i18n import install_language
from rumahsinggah.gui.record_view import ClientRecordWidget
from rumahsinggah.gui.sync_dialog import SyncDialog
from rumahsinggah.gui.wizards.casework import CareWizard
from rumahsinggah.services import client_record
from rumahsinggah.storage.models import Client, Stay, SyncPartner
from rumahsinggah.storage.store import StoreBusy
from sync_support import PASS, Desks, register, staff
from wizards_support import make_case, seed


@pytest.fixture
def dialogs(qapp):
    seen: dict[str, list] = {"error": [], "retry": []}
    install_language("id")
    common.replace_messages(error=lambda p, t, x: seen["error"].append(x),
                            info=lambda *a: None, ask=lambda *a: True)
    previous = replace_dialogs(error=lambda p, exc, details: seen["error"].append(
        (exc, details)), retry=lambda p, message: seen["retry"].append(message) or False)
    yield seen
    replace_dialogs(**previous)


@pytest.fixture
def door(store, qtbot):
    d = DbDoor(store)
    yield d
    qtbot.waitUntil(lambda: not d.busy, timeout=20000)
    d.shutdown()


def idle(qtbot, door) -> None:
    qtbot.waitUntil(lambda: not door.busy, timeout=20000)


class Views:
    """A board and an open record tab on ``door``, counting their refreshes."""

    def __init__(self, qtbot, door, actor, client_id) -> None:
        self.board = BoardWidget(door)
        qtbot.addWidget(self.board)
        self.board.start()
        self.record = ClientRecordWidget(door, actor, str(client_id))
        qtbot.addWidget(self.record)
        idle(qtbot, door)
        self.board_loads = 0
        self.record_loads = 0
        self.board.model.loaded.connect(self._board_loaded)
        self.record.loaded.connect(self._record_loaded)

    def _board_loaded(self) -> None:
        self.board_loads += 1

    def _record_loaded(self) -> None:
        self.record_loads += 1


def client_of(store, stay_id):
    with store.read() as s:
        return s.get(Stay, stay_id).client_id


# -- the Must-hold test: three kinds of writes each refresh the board and a record tab -------

def test_record_edit_refreshes_the_board_and_other_record_tabs(qtbot, store, door, dialogs):
    ctx = seed(store)
    edited = client_of(store, make_case(store, ctx, name="Rudi Hartono"))
    other = client_of(store, make_case(store, ctx, name="Siti Aminah"))
    actor = ctx["actors"]["pekerja_sosial"]
    views = Views(qtbot, door, actor, other)
    assert any("Rudi Hartono" in str(r) for r in views.board.model._pages.get(0, []))
    editor = ClientRecordWidget(door, actor, str(edited))
    qtbot.addWidget(editor)
    idle(qtbot, door)
    editor.fields["full_name"].setText("Rudi Hartanto")
    editor.save_identity()
    idle(qtbot, door)
    # nobody called refresh: the announcement did
    assert views.board_loads >= 1 and views.record_loads >= 1
    names = " ".join(str(r) for r in views.board.model._pages[0])
    assert "Rudi Hartanto" in names and "Rudi Hartono" not in names
    assert editor.record.identity["full_name"] == "Rudi Hartanto"
    assert not dialogs["error"]


def test_wizard_finish_refreshes_the_board_and_the_open_record(qtbot, store, door, dialogs):
    ctx = seed(store)
    stay_id = make_case(store, ctx)
    actor = ctx["actors"]["pekerja_sosial"]
    views = Views(qtbot, door, actor, client_of(store, stay_id))
    history_before = len(views.record.record.history)
    w = CareWizard(door, actor, subject_id=stay_id)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded and not door.busy, timeout=20000)
    views.board_loads = views.record_loads = 0  # the draft autosave refreshes nothing
    w.pages["jenis_layanan"].fields["care_kind"].setter("bimbingan")
    w.next()
    w.pages["bimbingan"].fields["service_kind"].setter("bimbingan_fisik")
    QTest.keyClicks(w.pages["bimbingan"].fields["duration_minutes"].widget, "45")
    QTest.keyClicks(w.pages["bimbingan"].fields["session_notes"].widget, "Senam pagi")
    w.save_draft_now()
    idle(qtbot, door)
    assert views.board_loads == 0 and views.record_loads == 0
    with qtbot.waitSignal(w.committed, timeout=20000):
        w.button(QWizard.WizardButton.FinishButton).click()
    idle(qtbot, door)
    assert views.board_loads >= 1 and views.record_loads >= 1
    assert len(views.record.record.history) > history_before


def test_sync_import_refreshes_the_board_and_the_open_record(qtbot, tmp_path, dialogs):
    desks = Desks(tmp_path, 2)
    a, b = desks.stores
    for x, y in ((a, b), (b, a)):
        with x.write() as s:
            if s.get(SyncPartner, y.site_id) is None:
                s.add(SyncPartner(desk_id=y.site_id, code="B" if y is b else "A"))
    door_a, door_b = DbDoor(a), DbDoor(b)
    try:
        here = register(b, "Budi Santoso")
        register(a, "Wahyu Ramadhan")
        with b.read() as s:
            client_id = s.exec(select(Client).where(Client.full_name == "Budi Santoso")
                               ).one().id
        actor = staff(b, "kepala_bidang")
        views = Views(qtbot, door_b, actor, client_id)
        assert here is not None
        path = tmp_path / "meja-a.rssync"
        from rumahsinggah.sync import bundle

        bundle.export_bundle(a, staff(a, "kepala_bidang"), path, PASS, partner=b.site_id)
        dialog = SyncDialog(door_b, actor, "import")
        qtbot.addWidget(dialog)
        dialog.path.setText(str(path))
        dialog.passphrase.setText(PASS)
        views.board_loads = views.record_loads = 0
        dialog.ok.click()
        idle(qtbot, door_b)
        assert "sandi" not in dialog.message.text()
        assert views.board_loads >= 1 and views.record_loads >= 1
        views.board.tabs.setCurrentIndex(1)  # all clients: the imported one is listed
        views.board.refresh()
        idle(qtbot, door_b)
        listed = " ".join(str(views.board.clients_model.index(r, c).data())
                          for r in range(views.board.clients_model.rowCount())
                          for c in range(3))
        assert "Wahyu Ramadhan" in listed
    finally:
        idle(qtbot, door_b)
        door_a.shutdown()
        door_b.shutdown()
        desks.close()


# -- what the door announces ------------------------------------------------------------------

def test_a_write_announces_kinds_and_ids_and_a_read_announces_nothing(qtbot, store, door):
    ctx = seed(store)
    stay_id = make_case(store, ctx)
    client_id = client_of(store, stay_id)
    heard = []
    door.changed.connect(heard.append)

    def read(st):
        with st.read() as s:
            return s.get(Client, client_id).full_name

    door.query(read)
    idle(qtbot, door)
    assert heard == []

    def edit(st):
        with st.write(ctx["actors"]["pekerja_sosial"]) as s:
            client_record.update_client_identity(s, client_id, {"nickname": "Udi"})

    door.write(edit)
    idle(qtbot, door)
    assert len(heard) == 1 and heard[0].touches("client")
    assert client_id in heard[0].ids_of("client") and heard[0].touches_records()

    def fails(st):
        with st.write(ctx["actors"]["pekerja_sosial"]) as s:
            client_record.update_client_identity(s, client_id, {"nickname": "Ada"})
            raise ValueError("boom")

    door.write(fails, on_error=lambda exc: None)
    idle(qtbot, door)
    assert len(heard) == 1  # rolled back: nothing to announce


# -- callbacks to closed widgets --------------------------------------------------------------

class Target(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.got: list = []

    def take(self, value) -> None:
        self.got.append(value)


def test_a_callback_to_a_closed_widget_is_dropped(qtbot, store, door, dialogs):
    release = threading.Event()
    calls = []

    def slow(_st):
        release.wait(10)
        return "hasil"

    target = Target()
    door.query(slow, target.take)  # bound method: the door knows the owner
    other = QWidget()
    door.query(lambda _st: "x", lambda v: calls.append(v), owner=other)
    keep = Target()
    door.query(lambda _st: "tetap", keep.take)
    target.deleteLater()
    other.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    release.set()
    idle(qtbot, door)
    assert calls == [] and keep.got == ["tetap"]
    assert not dialogs["error"]


# -- the default error path and a busy store ---------------------------------------------

def test_an_unexpected_error_goes_to_the_dialog_with_details(qtbot, store, door, dialogs):
    def broken(_st):
        raise ZeroDivisionError("division by zero")

    door.write(broken)  # no on_error: the default path, never swallowed
    idle(qtbot, door)
    (exc, details), = dialogs["error"]
    assert isinstance(exc, ZeroDivisionError) and "Traceback" in details
    box = error_box(None, exc, details)
    assert "tidak terduga" in box.text() and "administrator" in box.detailedText()


def test_a_busy_store_offers_retry_and_runs_the_job_again(qtbot, store, door, dialogs):
    attempts = []
    answers = iter([True, False])
    replace_dialogs(retry=lambda p, m: dialogs["retry"].append(m) or next(answers))

    def flaky(_st):
        attempts.append(1)
        if len(attempts) == 1:
            raise StoreBusy("Basis data sedang dipakai meja lain. Tunggu sebentar lalu coba "
                            "lagi; tidak ada yang berubah.")
        return "tersimpan"

    done = []
    door.write(flaky, done.append)
    idle(qtbot, door)
    assert len(attempts) == 2 and done == ["tersimpan"]
    assert "dipakai" in dialogs["retry"][0]

    # "Tutup": the caller's on_error hears it, no second dialog, nothing run again
    failed = []
    door.write(lambda _st: (_ for _ in ()).throw(StoreBusy("sibuk")), done.append, failed.append)
    idle(qtbot, door)
    assert len(failed) == 1 and isinstance(failed[0], StoreBusy) and len(dialogs["retry"]) == 2
    assert not dialogs["error"]


def test_a_real_lock_from_another_desk_offers_retry(qtbot, store, door, dialogs, monkeypatch):
    """Another connection holds the write lock: the write fails busy, "Coba lagi" succeeds."""
    import rumahsinggah.storage.engine as engine_module

    ctx = seed(store)
    client_id = client_of(store, make_case(store, ctx))
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    store.engine.dispose()  # new connections wait 0.2 s for a lock, not 30 s
    holder = store.engine.raw_connection()
    cur = holder.cursor()
    cur.execute("PRAGMA busy_timeout = 0")
    cur.execute("BEGIN IMMEDIATE")
    released = []

    def retry(_parent, message):
        dialogs["retry"].append(message)
        if not released:
            holder.rollback()
            released.append(1)
        return True

    replace_dialogs(retry=retry)

    def edit(st):
        with st.write(ctx["actors"]["pekerja_sosial"]) as s:
            client_record.update_client_identity(s, client_id, {"nickname": "Udin"})
        return "ok"

    done = []
    door.write(edit, done.append)
    idle(qtbot, door)
    holder.close()
    assert dialogs["retry"] and "coba lagi" in dialogs["retry"][0].lower()
    assert done == ["ok"]


def test_look_at_the_error_and_busy_dialogs(qtbot, tmp_path, qapp):
    """Rendered at 1366x768 for a person to look at (saved next to the test's files)."""
    install_language("id")
    screen = QWidget()
    screen.resize(1366, 768)
    qtbot.addWidget(screen)
    try:
        raise KeyError("tanggal_lahir")
    except KeyError as exc:
        import traceback

        box = error_box(screen, exc, traceback.format_exc())
    busy, retry = retry_box(screen, StoreBusy(
        "Basis data rumahsinggah.db sedang dipakai meja lain (misalnya impor yang panjang). "
        "Tunggu sebentar lalu coba lagi; tidak ada yang berubah.").message)
    assert retry.text() == "Coba lagi"
    for name, widget in (("error", box), ("busy", busy)):
        widget.show()
        qtbot.waitExposed(widget)
        shot = widget.grab()
        assert shot.width() > 200
        shot.save(str(tmp_path / f"door-{name}.png"))
        widget.close()
