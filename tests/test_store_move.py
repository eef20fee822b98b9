"""Moving a desk's store onto a PostgreSQL server (``storage.store_move``, ``migrate-store``).

The source is a real encrypted desk store (set up with an administrator, filled by the demo
generator, with a client photo and a scan); the target a real PostgreSQL database of the
run's throwaway cluster, empty or freshly migrated.
"""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import select
from sqlmodel import SQLModel

from accounts_support import ADMIN_PASSWORD, make_store, snapshot
from rumahsinggah.core.errors import DomainError, StoreError
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import signin
from rumahsinggah.services.attachments import ClientFileInput, FileUpload, add_client_file
from rumahsinggah.storage import attachments, integrity, keys, store_move
from rumahsinggah.storage.engine import connect_raw
from rumahsinggah.storage.models import Attachment, Client, Stay
from rumahsinggah.storage.server import ServerPaths
from rumahsinggah.storage.store import open_store

PHOTO = bytes(range(256)) * 40 + b"foto klien"
SCAN = b"%PDF-1.4 KTP " + bytes(reversed(range(256))) * 10


@pytest.fixture
def desk(tmp_path):
    """An encrypted desk store with demo clients and two attachments; closed."""
    from rumahsinggah import demo

    paths = DataPaths(tmp_path / "desk")
    signed, _recovery = make_store(paths)
    store = signed.store
    demo.generate(store, clients=12, seed=11, actor=signed.actor)
    with store.write(signed.actor) as s:
        client_id = s.execute(select(Client.id).order_by(Client.full_name).limit(1)
                              ).scalar_one()
        add_client_file(s, ClientFileInput(client_id, FileUpload(PHOTO, "foto.png"),
                                           kind="foto", as_photo=True))
        add_client_file(s, ClientFileInput(client_id, FileUpload(SCAN, "ktp.pdf"), kind="ktp"))
    key = store.key
    store.close()
    return paths, key


def _desk_counts(paths: DataPaths, key: bytes) -> dict[str, int]:
    conn = connect_raw(paths.database, key)
    try:
        return {t.name: conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]
                for t in SQLModel.metadata.sorted_tables}
    finally:
        conn.close()


def _server_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        return {t.name: conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]
                for t in SQLModel.metadata.sorted_tables}


def _server_snapshot(url: str) -> dict[str, object]:
    """Every row of every table of the server database (to prove nothing changed)."""
    with psycopg.connect(url) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")]
        return {t: sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{t}"').fetchall())
                for t in sorted(tables)}


def test_copy_to_empty_server_matches_every_table(desk, pg_server, tmp_path):
    paths, key = desk
    url = pg_server.new_database()  # empty: not even migrated
    desk_files = snapshot(paths)
    seen: list[str] = []
    report = store_move.copy_to_server(paths, key, url,
                                       progress=lambda what, done, total: seen.append(what))

    assert report.matched
    names = [t.name for t in report.tables]
    assert names == [t.name for t in SQLModel.metadata.sorted_tables]
    desk_counts = _desk_counts(paths, key)
    server_counts = _server_counts(url)
    for check in report.tables:
        assert check.source_rows == check.target_rows == server_counts[check.name]
        assert check.source_hash == check.target_hash
        if check.name != "local_state":  # the desk-only fingerprint stays behind
            assert check.source_rows == desk_counts[check.name], check.name
    assert server_counts["client"] == 12 and server_counts["stay"] >= 12
    assert server_counts["audit_event"] >= 10
    assert "client" in seen and "lampiran" in seen
    assert report.attachments_source == report.attachments_target == 2
    assert not report.missing_files
    assert snapshot(paths) == desk_files  # the desk's files were only read

    # The desk's identity and chain continue on the server; its fingerprint does not.
    conn = connect_raw(paths.database, key)
    desk_state = dict(conn.execute("SELECT key, value FROM local_state").fetchall())
    desk_order = [r[0] for r in conn.execute("SELECT id FROM audit_event ORDER BY rowid")]
    desk_counters = sorted(conn.execute("SELECT name, value FROM counter").fetchall())
    desk_changes = conn.execute("SELECT changes FROM audit_event ORDER BY rowid").fetchall()
    conn.close()
    with psycopg.connect(url) as pg:
        server_state = dict(pg.execute("SELECT key, value FROM local_state").fetchall())
        server_order = [r[0].hex for r in pg.execute("SELECT id FROM audit_event ORDER BY rowid")]
        server_counters = sorted(pg.execute("SELECT name, value FROM counter").fetchall())
        sealed = dict(pg.execute("SELECT stored_name, sealed FROM attachment_content"))
        server_changes = pg.execute("SELECT changes::text FROM audit_event ORDER BY rowid"
                                    ).fetchall()
    assert "fingerprint" in desk_state and "fingerprint" not in server_state
    desk_state.pop("fingerprint")
    assert server_state == desk_state
    assert server_state["site_id"].startswith("desk-")
    assert server_order == desk_order  # the server's rowid follows the writing order
    assert server_counters == desk_counters and server_counters
    assert server_changes == desk_changes  # the JSON text each link's hash covers
    for name, blob in sealed.items():  # the sealed bytes, as the desk kept them
        assert bytes(blob) == (paths.attachments / name).read_bytes()

    server_paths = ServerPaths.for_url(url, tmp_path / "elsewhere")
    checked = integrity.check_store(server_paths, key, checksums=True)
    assert checked.healthy, checked.render()
    assert any("Jejak audit utuh" in line for line in checked.checked)
    assert keys.load(server_paths).check == keys.load(paths).check

    # The chain is really recomputed on the server: one changed event shows.
    with psycopg.connect(url) as pg:
        pg.execute("UPDATE audit_event SET username = 'orang lain' WHERE chain_seq = 2 AND "
                   "site_id = (SELECT value FROM local_state WHERE key = 'site_id')")
    tampered = integrity.check_store(server_paths, key)
    assert not tampered.healthy and "diubah" in tampered.render()


def test_sign_in_on_server_with_the_desk_password(desk, pg_url, tmp_path):
    paths, key = desk
    store_move.copy_to_server(paths, key, pg_url)  # a freshly migrated database
    server_paths = ServerPaths.for_url(pg_url, tmp_path / "other-desk")
    with pytest.raises(DomainError, match="salah"):
        signin.sign_in(server_paths, "kepala", "bukan-kata-sandinya")
    signed = signin.sign_in(server_paths, "kepala", ADMIN_PASSWORD)
    try:
        assert signed.store.on_server and signed.store.key == key
        assert signed.user.role == "admin"
        with signed.store.read() as s:
            photos = s.execute(select(Attachment).order_by(Attachment.filename)).scalars().all()
            assert [a.filename for a in photos] == ["foto.png", "ktp.pdf"]
            client = s.execute(select(Client).where(Client.photo_attachment_id.is_not(None))
                               ).scalar_one()
            stays = s.execute(select(Stay).where(Stay.client_id == client.id)).scalars().all()
        assert attachments.read_bytes(signed.store, photos[0]) == PHOTO
        assert attachments.read_bytes(signed.store, photos[1]) == SCAN
        assert stays and all(st.case_number for st in stays)
        # A write on the server continues the desk's chain (the sign-in event was one).
        desk_store = open_store(paths, key, daily_backup=False)
        try:
            with desk_store.read() as s:
                desk_client = s.get(Client, client.id)
        finally:
            desk_store.close()
        assert (desk_client.full_name, desk_client.created_at, desk_client.change_stamp) == \
            (client.full_name, client.created_at, client.change_stamp)
    finally:
        signed.store.close()
    checked = integrity.check_store(server_paths, key, checksums=True)
    assert checked.healthy, checked.render()
    with psycopg.connect(pg_url) as pg:
        signs = pg.execute("SELECT chain_seq FROM audit_event WHERE action = 'sign_in' "
                           "ORDER BY rowid DESC LIMIT 1").fetchone()
        top = pg.execute("SELECT max(chain_seq) FROM audit_event WHERE site_id = "
                         "(SELECT value FROM local_state WHERE key = 'site_id')").fetchone()
    assert signs[0] == top[0]  # the newest link of the desk's chain was written on the server


def test_non_empty_server_is_refused_and_left_as_it_was(desk, pg_url, tmp_path,
                                                         monkeypatch):
    paths, key = desk
    other = ServerPaths(tmp_path / "office", url=pg_url)
    signed, _recovery = make_store(other)  # another shelter set up on the server
    signed.store.close()
    before = _server_snapshot(pg_url)
    assert before["user"] and before["server_keys"]

    with pytest.raises(StoreError, match="sudah berisi data"):
        store_move.copy_to_server(paths, key, pg_url)
    assert _server_snapshot(pg_url) == before

    # Set up by another desk between that look and the copy: the copy's own look, under
    # the server's write lock, refuses too.
    monkeypatch.setattr(store_move, "_refuse_unless_empty", lambda paths: None)
    with pytest.raises(StoreError, match="sudah berisi data"):
        store_move.copy_to_server(paths, key, pg_url)
    assert _server_snapshot(pg_url) == before


def test_a_difference_after_the_copy_is_an_error(desk, pg_server, monkeypatch):
    paths, key = desk
    url = pg_server.new_database()
    rows = store_move._source_rows

    def one_name_changed(conn, table):
        for batch in rows(conn, table):
            if table.name == "client":
                batch[0] = dict(batch[0], p_nickname="bukan panggilannya")
            yield batch

    monkeypatch.setattr(store_move, "_source_rows", one_name_changed)
    with pytest.raises(StoreError, match="tabel client.*isi berbeda"):
        store_move.copy_to_server(paths, key, url)


def test_a_reference_lost_in_the_copy_rolls_it_all_back(desk, pg_server, monkeypatch):
    paths, key = desk
    url = pg_server.new_database()
    rows = store_move._source_rows

    def one_stay_lost(conn, table):
        for batch in rows(conn, table):
            yield batch[:-1] if table.name == "stay" else batch

    monkeypatch.setattr(store_move, "_source_rows", one_stay_lost)
    with pytest.raises(StoreError, match="tidak ada yang diubah di server"):
        store_move.copy_to_server(paths, key, url)
    counts = _server_counts(url)
    assert counts.pop("local_state") == 2  # the identity rows the fresh schema got
    assert set(counts.values()) == {0}
    with psycopg.connect(url) as pg:
        assert pg.execute("SELECT count(*) FROM attachment_content").fetchone()[0] == 0
        assert pg.execute("SELECT count(*) FROM server_keys").fetchone()[0] == 0


def test_a_row_the_server_refuses_leaves_it_unchanged(desk, pg_url, monkeypatch):
    paths, key = desk
    before = _server_snapshot(pg_url)
    conn = connect_raw(paths.database, key)
    conn.execute("UPDATE client SET nickname = 'nama panggilan yang jauh lebih panjang dari "
                 "batas kolomnya di server' || hex(randomblob(200)) WHERE rowid = 1")
    conn.close()
    with pytest.raises(StoreError, match="tabel client"):
        store_move.copy_to_server(paths, key, pg_url)
    assert _server_snapshot(pg_url) == before


def test_a_wrong_key_or_an_unreachable_server_is_told(desk, pg_server, tmp_path):
    import os

    paths, key = desk
    url = pg_server.new_database()
    with pytest.raises(StoreError, match="bukan kunci basis data"):
        store_move.copy_to_server(paths, os.urandom(32), url)
    plain = DataPaths(tmp_path / "plain")  # no key file: the key is tried on the file itself
    plain.root.mkdir()
    (plain.database).write_bytes(paths.database.read_bytes())
    with pytest.raises(StoreError, match="tidak dapat dibaca"):
        store_move.copy_to_server(plain, None, url)
    with pytest.raises(StoreError, match="tidak dapat dihubungi"):
        store_move.copy_to_server(paths, key, "postgresql://rs_app:x@127.0.0.1:1/rs")
    with psycopg.connect(url) as pg:
        assert pg.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                          ).fetchone()[0] == 0


def test_cli_migrate_store(desk, pg_server, monkeypatch, capsys):
    from rumahsinggah.cli import main

    paths, key = desk
    url = pg_server.new_database()
    monkeypatch.setenv("RUMAHSINGGAH_PASSWORD", ADMIN_PASSWORD)
    args = ["--data-dir", str(paths.root), "--user", "kepala", "migrate-store", "--to", url]
    assert main(args) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    for table in SQLModel.metadata.sorted_tables:
        assert any(line.split()[:1] == [table.name] and line.endswith("cocok")
                   for line in lines), table.name
    assert any(line.split()[:1] == ["lampiran"] and " 2 " in line for line in lines)
    assert "TIDAK COCOK" not in out and "Semua" in out
    assert _server_counts(url)["client"] == 12
    import psycopg

    with psycopg.connect(url) as conn:  # the move is in the server's audit trail, by whom
        who = conn.execute("SELECT username FROM audit_event WHERE action = 'store_moved_in'"
                           ).fetchall()
    assert who == [("kepala",)]

    # Again: the server is no longer empty.
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Galat:" in err and "sudah berisi data" in err

    assert main(["--data-dir", str(paths.root), "--user", "kepala", "migrate-store",
                 "--to", "mysql://server/db"]) == 2
    assert "postgresql://" in capsys.readouterr().err


def test_cli_refuses_a_non_administrator(desk, pg_server, monkeypatch, capsys):
    from rumahsinggah.cli import main
    from rumahsinggah.services import user_accounts

    paths, key = desk
    signed = signin.sign_in(paths, "kepala", ADMIN_PASSWORD, daily_backup=False)
    try:
        user_accounts.add_user(signed.store, signed.actor, username="pramu",
                               full_name="Pramu Sosial", role="pramu_sosial",
                               password="rahasia-pramu-1")
    finally:
        signed.store.close()
    url = pg_server.new_database()
    monkeypatch.setenv("RUMAHSINGGAH_PASSWORD", "rahasia-pramu-1")
    assert main(["--data-dir", str(paths.root), "--user", "pramu", "migrate-store",
                 "--to", url]) == 2
    assert "Administrator" in capsys.readouterr().err
    with psycopg.connect(url) as pg:
        assert pg.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                          ).fetchone()[0] == 0


def test_a_desk_with_sync_history_moves_whole(tmp_path, pg_server):
    """Desk B received A's records and a conflicting edit; on the server B's sync state
    (row versions, partners, the conflict, A's audit chain) is intact and B syncs on."""
    from accounts_support import FAST
    from rumahsinggah.storage.audit import SYSTEM
    from rumahsinggah.sync import bundle
    from sync_support import PASS, Desks, register

    desks = Desks(tmp_path / "desks", 2)
    a, b = desks.stores
    try:
        r = register(a, "Andi")
        desks.send(a, b)
        for store, name in ((a, "Andi A"), (b, "Andi B")):
            with store.write() as s:
                c = s.get(Client, r.client_id)
                c.nickname = name
                s.add(c)
        assert desks.send(a, b).conflicts == 1
        b_paths, b_key, a_site = b.paths, b.key, a.site_id
        keys.save(b_paths, keys.new_key_file(b_key, params=FAST))
        desks.stores.remove(b)
        b.close()

        url = pg_server.new_database()
        report = store_move.copy_to_server(b_paths, b_key, url)
        assert report.matched
        counts = {t.name: t.target_rows for t in report.tables}
        assert counts["sync_conflict"] == 1
        assert counts["row_version"] > 0 and counts["sync_partner"] >= 1
        assert counts["desk"] >= 2
        with psycopg.connect(url) as pg:
            sites = {r[0] for r in pg.execute("SELECT DISTINCT site_id FROM audit_event "
                                              "WHERE chain_seq IS NOT NULL")}
        assert {a_site, b.site_id} <= sites
        server_paths = ServerPaths.for_url(url, tmp_path / "desk-b-now")
        assert integrity.check_store(server_paths, b_key).healthy

        # The server is desk B now: A's next edit reaches it and its edits reach A.
        with a.write() as s:
            c = s.get(Client, r.client_id)
            c.nickname = "Andi dari A"
            s.add(c)
        on_server = open_store(server_paths, b_key)
        try:
            assert on_server.site_id == b.site_id
            desks.send(a, on_server)
            with on_server.read() as s:
                assert s.get(Client, r.client_id).nickname == "Andi dari A"
            with on_server.write() as s:
                c = s.get(Client, r.client_id)
                c.nickname = "Andi dari server"
                s.add(c)
            back = bundle.export_bundle(on_server, SYSTEM, tmp_path / "back.rssync", PASS,
                                        partner=a_site).paths
            bundle.import_bundle(a, SYSTEM, back, PASS)
        finally:
            on_server.close()
        with a.read() as s:
            assert s.get(Client, r.client_id).nickname == "Andi dari server"
        assert integrity.check_store(server_paths, b_key).healthy
    finally:
        desks.close()
