"""A store on a real PostgreSQL server: set-up and sign-in, TLS, several desks on one
database (writes in turn, nothing lost, stamps and numbers in order), other desks heard, the
search indexes used, and the command line with ``--database``."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text
from sqlmodel import func, select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.locations import ServerPaths
from rumahsinggah.services import signin, store_setup
from rumahsinggah.storage import sequences, server, server_watch
from rumahsinggah.storage.models import AuditEvent, Client, Facility
from rumahsinggah.storage.store import StoreBusy, open_store

PASSWORD = "Rahasia-Kantor-2026"


@pytest.fixture
def set_up(pg_server, tmp_path):
    """A new server database set up through the same service as a desk's first start."""
    url = pg_server.new_database()
    paths = ServerPaths.for_url(url, tmp_path / "desk1")
    signed, recovery = store_setup.setup(
        paths, facility_name="Rumah Singgah Banjarmasin", facility_code="BJM",
        facility_kind="rumah_singgah", admin_username="admin", admin_full_name="Admin BJM",
        admin_password=PASSWORD, _kdf=_fast_kdf())
    signed.store.close()
    return url, recovery


def _fast_kdf():
    from rumahsinggah.storage.keys import KdfParams

    return KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)


def _desk(url, tmp_path, name: str):
    return signin.sign_in(ServerPaths.for_url(url, tmp_path / name), "admin", PASSWORD)


def test_set_up_then_sign_in_from_another_desk_over_tls(set_up, tmp_path):
    url, recovery = set_up
    assert recovery
    desk2 = _desk(url, tmp_path, "desk2")
    try:
        assert desk2.user.username == "admin" and desk2.store.on_server
        assert server.uses_tls(desk2.store.engine)  # the server offers TLS: it is used
        with desk2.store.read() as s:
            assert s.exec(select(Facility.code)).all() == ["BJM"]
            # The key file is one row on the server, not a file beside a desk.
            assert s.execute(text("SELECT count(*) FROM server_keys")).scalar() == 1
        assert not list((tmp_path / "desk2").rglob("rumahsinggah.keys"))
    finally:
        desk2.store.close()
    with pytest.raises(DomainError):
        signin.sign_in(ServerPaths.for_url(url, tmp_path / "desk3"), "admin", "salah-sandi-1")
    with pytest.raises(DomainError, match="sudah disiapkan"):
        store_setup.setup(
            ServerPaths.for_url(url, tmp_path / "desk4"), facility_name="Lain",
            facility_code="LAIN", facility_kind="rumah_singgah", admin_username="admin2",
            admin_full_name="Admin Lain", admin_password=PASSWORD, _kdf=_fast_kdf())


def test_sslmode_require_refuses_a_server_without_tls(pg_server, tmp_path):
    """An address demanding TLS is honoured: the URL's sslmode reaches the driver."""
    assert server._sslmode("postgresql://u:p@h/db?sslmode=require") == "require"
    assert server._sslmode("postgresql://u:p@h/db") == "prefer"
    url = pg_server.new_database() + "?sslmode=require"
    store = open_store(ServerPaths.for_url(url, tmp_path / "d"))
    try:
        assert server.uses_tls(store.engine)
    finally:
        store.close()


def _add_client(store, name: str) -> None:
    with store.write() as s:
        s.add(Client(full_name=name, sex="L"))


def test_two_desks_see_each_others_writes_at_once(pg_url, tmp_path):
    one = open_store(ServerPaths.for_url(pg_url, tmp_path / "a"))
    two = open_store(ServerPaths.for_url(pg_url, tmp_path / "b"))
    try:
        _add_client(one, "Ahmad Fauzi")
        with two.read() as s:
            assert s.exec(select(Client.full_name)).all() == ["Ahmad Fauzi"]
        _add_client(two, "Siti Aminah")
        with one.read() as s:
            assert sorted(s.exec(select(Client.full_name)).all()) == ["Ahmad Fauzi",
                                                                      "Siti Aminah"]
        assert one.site_id == two.site_id  # one store, one site, whichever desk writes
    finally:
        one.close()
        two.close()


def test_concurrent_writes_from_two_desks_lose_nothing_and_stamps_keep_order(pg_url, tmp_path):
    desks = [open_store(ServerPaths.for_url(pg_url, tmp_path / f"d{i}")) for i in range(2)]
    numbers: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(store, tag: str) -> None:
        try:
            for i in range(15):
                with store.write() as s:
                    s.add(Client(full_name=f"Klien {tag} {i}", sex="P"))
                    n = sequences.next_value(s, "uji:server")
                with lock:
                    numbers.append(n)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(d, str(i))) for i, d in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        assert sorted(numbers) == list(range(1, 31))  # no number twice, none skipped
        with desks[0].read() as s:
            assert s.exec(select(func.count()).select_from(Client)).one() == 30
            # Stamps grow in the order the writes committed, whichever desk drew them.
            stamps = s.exec(select(AuditEvent.change_stamp).where(AuditEvent.entity == "client")
                            .order_by(text("rowid"))).all()
        assert len(stamps) == 30 and stamps == sorted(stamps) and len(set(stamps)) == 30
    finally:
        for d in desks:
            d.close()


def test_a_write_waiting_too_long_is_told_to_try_again_and_changes_nothing(
        pg_url, tmp_path, monkeypatch):
    monkeypatch.setattr(server, "LOCK_WAIT", "300ms")
    one = open_store(ServerPaths.for_url(pg_url, tmp_path / "a"))
    two = open_store(ServerPaths.for_url(pg_url, tmp_path / "b"))
    try:
        with one.write() as s:  # a long import on desk one holds the write lock
            s.add(Client(full_name="Sedang Diimpor", sex="L"))
            s.flush()
            with pytest.raises(StoreBusy, match="coba lagi"):
                _add_client(two, "Menunggu Giliran")
        with two.read() as s:
            assert s.exec(select(Client.full_name)).all() == ["Sedang Diimpor"]
        _add_client(two, "Menunggu Giliran")  # the retry goes through
        with one.read() as s:
            assert s.exec(select(func.count()).select_from(Client)).one() == 2
    finally:
        one.close()
        two.close()


def test_a_desk_hears_another_desks_save_but_not_its_own(pg_url, tmp_path):
    store = open_store(ServerPaths.for_url(pg_url, tmp_path / "a"))
    heard = threading.Event()
    watch = server_watch.ServerWatch(pg_url, heard.set,
                                     ignore=server.sender_of(store.engine)).start()
    try:
        assert watch.wait_ready()
        _add_client(store, "Tulis Sendiri")  # this desk's own save: not announced to it
        time.sleep(1.0)
        assert not heard.is_set()
        other = open_store(ServerPaths.for_url(pg_url, tmp_path / "b"))  # another desk
        try:
            _add_client(other, "Tulis Meja Lain")
        finally:
            other.close()
        assert heard.wait(5)
        assert watch.heard >= 1
    finally:
        watch.stop()
        store.close()


def test_the_trigram_and_sound_indexes_answer_on_the_server(pg_url, tmp_path):
    from rumahsinggah.services.search import search_statement

    store = open_store(ServerPaths.for_url(pg_url, tmp_path / "a"))
    try:
        _add_client(store, "Siti Aminah")
        with store.read() as s:
            assert [r.full_name for r in s.execute(search_statement(s, "amin"))] == [
                "Siti Aminah"]
        with store.write() as s:  # enough other clients for the planner to choose an index
            s.add_all([Client(full_name=f"Klien Nomor {i}", sex="L") for i in range(2000)])
        with store.read() as s:
            s.execute(text("ANALYZE client"))
            # A table this small is read whole; at a head office's size it never is.
            s.execute(text("SET LOCAL enable_seqscan = off"))
            stmt = search_statement(s, "amin")
            compiled = stmt.compile(bind=s.get_bind())
            plan = " ".join(r[0] for r in s.connection().exec_driver_sql(
                f"EXPLAIN {compiled}", compiled.params))
            assert "ix_client_search_trgm" in plan, plan
            sounds = " ".join(r[0] for r in s.execute(text(
                "EXPLAIN SELECT id FROM client WHERE deleted_at IS NULL AND "
                "sounds_vec @@ to_tsquery('simple', 'amina')")))
            assert "ix_client_sounds" in sounds, sounds
    finally:
        store.close()


def test_the_command_line_runs_on_the_server_with_database(pg_server, tmp_path, monkeypatch,
                                                           capsys):
    from rumahsinggah.cli import main

    url = pg_server.new_database()
    monkeypatch.setenv("RUMAHSINGGAH_DATA_DIR", str(tmp_path / "data"))
    assert main(["--database", url, "demo", "--clients", "40"]) == 0
    capsys.readouterr()
    assert main(["--database", url, "residents"]) == 0
    out = capsys.readouterr().out
    assert out.strip()
    # Nothing of the store was written to the desk's folder: no SQLite file appeared.
    assert not list((tmp_path / "data").rglob("*.sqlite"))
    check = server.connect_raw(url)
    with check:
        assert check.execute("SELECT count(*) FROM client").fetchone()[0] >= 40
        assert check.execute("SELECT count(*) FROM stay").fetchone()[0] > 0


def test_a_bad_address_is_explained_in_indonesian(tmp_path):
    from rumahsinggah.core.errors import StoreError
    from rumahsinggah.locations import resolve_store_paths

    with pytest.raises(StoreError, match="tidak dikenal"):
        resolve_store_paths(tmp_path, "mysql://x@y/z")
    dead = ServerPaths.for_url("postgresql://rs:sandi@127.0.0.1:1/rs", tmp_path)
    with pytest.raises(StoreError, match="tidak dapat dihubungi") as caught:
        open_store(dead)
    assert "sandi" not in str(caught.value)  # the password is never shown


def test_the_desktop_refreshes_when_another_desk_saves(pg_url, tmp_path, qtbot):
    import psycopg
    from PySide6.QtCore import QObject

    from rumahsinggah.gui.door import DbDoor
    from rumahsinggah.gui.server_watch import watch_other_desks

    store = open_store(ServerPaths.for_url(pg_url, tmp_path / "a"))
    owner = QObject()
    door = DbDoor(store, owner)
    watch = watch_other_desks(door, store, owner)
    try:
        assert watch is not None and watch.wait_ready()
        with qtbot.waitSignal(door.changed, timeout=5000) as heard, \
                psycopg.connect(pg_url, autocommit=True) as other:
            other.execute(f"NOTIFY {server.CHANNEL}, 'meja-lain'")
        assert heard.args[0].everything  # the views reload what they show
    finally:
        watch.stop()
        door.shutdown()
        store.close()


def test_accounts_on_the_server_add_change_disable_with_a_key_rotation(set_up, tmp_path):
    """Accounts work as on a desk: an account added at one desk signs in at another; a
    changed password; a disabled account rotates the key, and the attachments stay readable
    under the new key while the old key file row opens nothing any more."""
    from rumahsinggah.services import user_accounts
    from rumahsinggah.storage import attachments, keys
    from rumahsinggah.storage.models import Attachment

    url, _recovery = set_up
    admin = _desk(url, tmp_path, "desk1")
    try:
        user_accounts.add_user(admin.store, admin.actor, username="pramu1",
                               full_name="Pramu Satu", role="pramu_sosial",
                               password="Pramu-Sosial-2026")
        with admin.store.write(admin.actor) as s:
            saved = attachments.save_bytes(admin.store, s, b"%PDF-1.4 surat penjamin",
                                           filename="penjamin.pdf", kind="surat")
        old_row = keys.load(admin.store.paths)
        old_key = admin.store.key
    finally:
        admin.store.close()
    pramu = signin.sign_in(ServerPaths.for_url(url, tmp_path / "desk2"), "pramu1",
                           "Pramu-Sosial-2026")
    try:
        assert pramu.user.role == "pramu_sosial"
        user_accounts.change_password(pramu.store, pramu.store.paths, pramu.actor, "pramu1",
                                      "Pramu-Sosial-2026", "Sandi-Baru-Pramu-1")
    finally:
        pramu.store.close()
    with pytest.raises(DomainError):
        signin.sign_in(ServerPaths.for_url(url, tmp_path / "desk3"), "pramu1",
                       "Pramu-Sosial-2026")
    admin = _desk(url, tmp_path, "desk1")
    try:
        user_accounts.set_active(admin.store, admin.actor, "pramu1", False)
        assert admin.store.key != old_key  # rotated, in one transaction
        with admin.store.read() as s:
            row = s.get(Attachment, saved.id)
        assert attachments.read_bytes(admin.store, row) == b"%PDF-1.4 surat penjamin"
        assert old_row.unlock_user("admin", PASSWORD) == old_key
        assert keys.load(admin.store.paths).unlock_user("admin", PASSWORD) == admin.store.key
        assert not keys.load(admin.store.paths).has_user("pramu1")
    finally:
        admin.store.close()
    with pytest.raises(DomainError):
        signin.sign_in(ServerPaths.for_url(url, tmp_path / "desk4"), "pramu1",
                       "Sandi-Baru-Pramu-1")


def test_backups_of_a_server_store_are_the_servers_and_say_so(set_up, tmp_path):
    from rumahsinggah.core.errors import StoreError
    from rumahsinggah.storage import archive

    url, _recovery = set_up
    desk = _desk(url, tmp_path, "desk1")
    try:
        assert signin.run_daily_backup(desk.store) is None
        with pytest.raises(StoreError, match="pg_dump"):
            archive.write_archive(desk.store.paths, tmp_path / "x.rsbak", desk.store.key)
        with pytest.raises(StoreError, match="pg_dump"):
            store_setup.restore_backup(desk.store.paths, tmp_path / "x.rsbak",
                                       username="admin", password=PASSWORD)
        assert not (tmp_path / "x.rsbak").exists()
    finally:
        desk.store.close()


def test_check_on_a_server_reads_the_chain_and_the_contents(set_up, tmp_path):
    from rumahsinggah.storage import attachments
    from rumahsinggah.storage.integrity import check_store

    url, _recovery = set_up
    desk = _desk(url, tmp_path, "desk1")
    try:
        with desk.store.write(desk.actor) as s:
            attachments.save_bytes(desk.store, s, b"foto ktp", filename="ktp.jpg", kind="ktp")
        report = check_store(desk.store.paths, desk.store.key, checksums=True)
        assert report.healthy and report.attachments_checked == 1, report.findings
        assert any("rantai hash tidak terputus" in line for line in report.checked)
        with desk.store.engine.begin() as conn:  # someone edits the trail and a content row
            conn.exec_driver_sql("UPDATE audit_event SET username = 'orang lain' "
                                 "WHERE action = 'sign_in'")
            conn.exec_driver_sql("UPDATE attachment_content SET sealed = '\\x00'::bytea")
        report = check_store(desk.store.paths, desk.store.key, checksums=True)
        kinds = {f.kind for f in report.findings}
        assert {"jejak_audit", "checksum"} <= kinds, report.findings
    finally:
        desk.store.close()
