"""The desktop on a server store: the board of a demo shelter on PostgreSQL, and another
desk's new arrival appearing on it without anyone pressing anything."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from gui_support import FAST, open_window, visible_texts, wait_door
from rumahsinggah import demo
from rumahsinggah.locations import ServerPaths
from rumahsinggah.services import signin, store_setup
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Client, Facility, Stay


def test_the_board_on_a_server_refreshes_when_another_desk_registers(pg_server, tmp_path,
                                                                      qtbot):
    url = pg_server.new_database()
    paths = ServerPaths.for_url(url, tmp_path / "desk1")
    signed, _made = store_setup.create_demo_store(paths, _kdf=FAST)
    demo.generate(signed.store, clients=60, seed=3, actor=signed.actor)
    signed.store.close()

    window, here = open_window(qtbot, paths, "petugas")
    try:
        assert window.server_watch is not None and window.server_watch.wait_ready()
        before = window.board.model.rowCount()
        assert before > 0
        dbname = url.rsplit("/", 1)[1]
        assert window.server_label.text() == f"Server: 127.0.0.1/{dbname}"
        assert "rs_app" not in window.server_label.text()  # no user, no password shown
        window.grab().save(str(tmp_path / "server-board.png"))

        other = signin.sign_in(ServerPaths.for_url(url, tmp_path / "desk2"), "pramu",
                               store_setup.DEMO_PASSWORD)
        try:
            with other.store.write(other.actor) as s:  # another desk registers a walk-in
                facility = s.exec(select(Facility).order_by(Facility.code)).first()
                client = Client(full_name="Tamu Meja Sebelah", sex="L",
                                pmks_category="gelandangan")
                s.add(client)
                s.flush()
                s.add(Stay(case_number="SRV-2026-Z-00001", client_id=client.id,
                           facility_id=facility.id, standard_code=facility.default_standard,
                           source="datang_sendiri", status="asesmen",
                           arrival_at=utcnow() - timedelta(minutes=5)))
        finally:
            other.store.close()
        qtbot.waitUntil(lambda: "Tamu Meja Sebelah" in visible_texts(window.board),
                        timeout=15000)
        wait_door(qtbot, window)
        assert window.board.model.rowCount() == before + 1
    finally:
        window.shutdown()
        here.store.close()
