"""A head office on PostgreSQL receiving the bundles of three shelters: only the named ones,
each row's shelter kept, a person raided in two cities found as one returning client, and the
recap, service level and XLSX across facilities."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from rules_support import World
from rumahsinggah.core.errors import DomainError
from rumahsinggah.locations import DataPaths, ServerPaths
from rumahsinggah.services import head_office
from rumahsinggah.services.recap import build_recap
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Client, Facility, Stay, User
from rumahsinggah.storage.store import open_store
from rumahsinggah.sync import bundle, desk

PASS = "rahasia-kantor-dinas"
TODAY = datetime.now(UTC)


def _shelter(root, code: str, regency: str, standard: str, kind: str = "rumah_singgah"):
    store = open_store(DataPaths(root / code), daily_backup=False)
    world = World(store, regency=regency, standard=standard, code=code, kind=kind)
    with store.write() as s:
        desk.ensure_own_desk(store, s)
    return world


def _bundle(world: World, root, name: str):
    return bundle.export_bundle(world.store, world.actors["admin"], root / f"{name}.rssync",
                                PASS, everything=True).paths


def _store_id(world: World) -> str:
    with world.store.read() as s:
        return desk.identity(s).store_id


@pytest.fixture
def office(pg_url, tmp_path):
    store = open_store(ServerPaths.for_url(pg_url, tmp_path / "dinas"))
    with store.write() as s:
        admin = User(username="admin_dinas", full_name="Admin Dinas", role="admin")
        s.add(admin)
        s.flush()
        actor = Actor(admin.id, admin.username, "admin")
    with store.write(actor) as s:
        desk.set_head_office(s, True)
    yield store, actor
    store.close()


@pytest.fixture
def shelters(tmp_path):
    banjar = _shelter(tmp_path, "KBR", "Kota Banjar", "banjar-gepeng")
    bjm = _shelter(tmp_path, "BJM", "Kota Banjarmasin", "bjm-penerimaan-rs")
    pgk = _shelter(tmp_path, "PGK", "Kota Pangkalpinang", "pgk-tuna-susila", kind="rps")
    # Raided in Kota Banjar a month ago...
    banjar.person(days_ago=30, full_name="Muhammad Yusuf", sex="L",
                  person={"birth_date": date(1979, 3, 14), "regency": "Kota Banjar"})
    banjar.person(days_ago=20, full_name="Siti Rahmawati", sex="P")
    # ...and brought to a Banjarmasin rumah singgah today, his name written another way.
    bjm.person(days_ago=0, full_name="Moh. Jusuf", sex="L",
               person={"birth_date": date(1979, 3, 14), "regency": "Kota Banjar"})
    bjm.person(days_ago=1, full_name="Ahmad Fauzi", sex="L")
    pgk.person(days_ago=2, full_name="Dewi Lestari", sex="P")
    pgk.person(days_ago=3, full_name="Rina Marlina", sex="P")
    yield {"KBR": banjar, "BJM": bjm, "PGK": pgk}
    for w in (banjar, bjm, pgk):
        w.store.close()


def test_three_shelters_into_a_head_office_find_the_returning_client(office, shelters,
                                                                     tmp_path):
    store, actor = office
    files = {code: _bundle(w, tmp_path, code) for code, w in shelters.items()}

    # A shelter not yet named is refused, and nothing of it is written.
    with pytest.raises(DomainError, match="belum terdaftar"):
        bundle.import_bundle(store, actor, files["KBR"], PASS)
    with store.read() as s:
        assert s.exec(select(Client)).all() == []

    with store.write(actor) as s:
        for code, w in shelters.items():
            head_office.name_shelter(s, _store_id(w), f"Shelter {code}", code)
    for code in ("KBR", "BJM", "PGK"):
        summary = bundle.import_bundle(store, actor, files[code], PASS)
        assert summary.inserted > 0

    with store.read() as s:
        s.info["actor"] = actor
        names = sorted(s.exec(select(Client.full_name)).all())
        assert names == sorted(["Muhammad Yusuf", "Siti Rahmawati", "Moh. Jusuf",
                                "Ahmad Fauzi", "Dewi Lestari", "Rina Marlina"])
        assert sorted(s.exec(select(Facility.code)).all()) == ["BJM", "KBR", "PGK"]
        # Every client keeps the shelter it came from.
        origin = head_office.origin_of(s, s.exec(select(Client.id)).all())
        by_name = {s.get(Client, cid).full_name: code for cid, code in origin.items()}
        assert by_name["Muhammad Yusuf"] == "KBR" and by_name["Moh. Jusuf"] == "BJM"
        assert by_name["Dewi Lestari"] == "PGK"
        summaries = {x.code: x for x in head_office.shelter_summaries(s)}
        assert {c: (x.clients, x.open_stays, x.bundles, x.desks)
                for c, x in summaries.items()} == {
            "BJM": (2, 2, 1, 1), "KBR": (2, 2, 1, 1), "PGK": (2, 2, 1, 1)}

        # The returning client: arrived in Banjarmasin, known in Kota Banjar.
        found = head_office.returning_clients(s, arrived_from=(TODAY - timedelta(days=1)).date())
        assert [(r.full_name, r.shelter, r.earlier_name, r.earlier_shelter) for r in found] == [
            ("Moh. Jusuf", "BJM", "Muhammad Yusuf", "KBR")]
        assert found[0].score >= 85 and found[0].case_number.startswith("BJM-")
        assert found[0].earlier_case_number.startswith("KBR-")
        assert (found[0].arrival_at - found[0].earlier_arrival_at).days == 30
        # Over the whole 40 days: still one pair, not also its mirror (Muhammad Yusuf's
        # Kota Banjar arrival is not a return: Banjarmasin came after it).
        wide = head_office.returning_clients(s, arrived_from=(TODAY - timedelta(days=40)).date())
        assert [(r.full_name, r.earlier_name) for r in wide] == [
            ("Moh. Jusuf", "Muhammad Yusuf")]
        # Only the newest arrivals are matched; the count tells the callers when more came.
        since = (TODAY - timedelta(days=40)).date()
        assert head_office.arrivals_between(s, since) == 6
        newest = head_office.returning_clients(s, arrived_from=since, limit=2)
        assert [r.full_name for r in newest] == ["Moh. Jusuf"]
        assert head_office.returning_clients(
            s, arrived_from=(TODAY - timedelta(days=40)).date(),
            arrived_to=(TODAY - timedelta(days=2)).date()) == []

        recap = build_recap(s, TODAY.year, TODAY.month)
        per = {f.code: f for f in recap.facilities}
        assert set(per) == {"BJM", "KBR", "PGK"}

        # The board and search span every shelter's facility.
        from rumahsinggah.services import board
        from rumahsinggah.services.search import search_clients
        from rumahsinggah.services.service_level_view import service_level_report

        rows = board.board_page(s, board.BoardQuery()).rows
        assert {r.facility_code for r in rows} == {"BJM", "KBR", "PGK"} and len(rows) == 6
        assert [h.full_name for h in search_clients(s, "lestari")] == ["Dewi Lestari"]
        # one person, two shelters, two spellings: both records found across facilities
        assert sorted(h.full_name for h in search_clients(s, "jusuf")) == [
            "Moh. Jusuf", "Muhammad Yusuf"]
        month = (TODAY - timedelta(days=40)).date(), TODAY.date()
        total = service_level_report(s, *month)
        by_facility = [service_level_report(s, *month, facility_id=f.id)
                       for f in s.exec(select(Facility)).all()]
        assert sum(x.cases for r in by_facility for x in r.standards) == \
            sum(x.cases for x in total.standards) == 6


def test_the_head_office_workbook_has_recap_service_level_shelters_and_returning(
        office, shelters, tmp_path):
    store, actor = office
    with store.write(actor) as s:
        for code, w in shelters.items():
            head_office.name_shelter(s, _store_id(w), f"Shelter {code}", code)
    for code, w in shelters.items():
        bundle.import_bundle(store, actor, _bundle(w, tmp_path, code), PASS)
    out = head_office.export_xlsx(store, actor, f"{TODAY.year}-{TODAY.month:02d}",
                                  tmp_path / "dinas.xlsx")
    book = load_workbook(out, read_only=True)
    assert {"Shelter", "Klien kembali", "Capaian layanan"} <= set(book.sheetnames)
    rows = list(book["Klien kembali"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[3], r[4], r[5], r[9][:4]) for r in rows] == [
        ("BJM", "Moh. Jusuf", "KBR", "Muhammad Yusuf", "KBR-")]
    shelters_sheet = list(book["Shelter"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in shelters_sheet] == ["BJM", "KBR", "PGK"]
    levels = list(book["Capaian layanan"].iter_rows(min_row=2, values_only=True))
    # The facilities with arrivals this month (Kota Banjar's came in earlier months or this).
    with store.read() as s:
        arrived = {code for code, at in s.exec(select(Facility.code, Stay.arrival_at).join(
            Stay, Stay.facility_id == Facility.id)).all()
            if (at.year, at.month) == (TODAY.year, TODAY.month)}
    assert {r[0] for r in levels} == arrived and {"BJM", "PGK"} <= arrived


def test_naming_a_shelter_checks_its_id_code_and_name(office, shelters):
    store, actor = office
    sid = _store_id(shelters["BJM"])
    with store.write(actor) as s:
        head_office.name_shelter(s, sid, "Rumah Singgah Banjarmasin", "bjm")
    for bad in (("toko-123", "X", "AB"), (sid, "", "AB"), (sid, "Nama", "a")):
        with pytest.raises(DomainError), store.write(actor) as s:
            head_office.name_shelter(s, *bad)
    other = _store_id(shelters["KBR"])
    with pytest.raises(DomainError, match="sudah dipakai"), store.write(actor) as s:
        head_office.name_shelter(s, other, "Kota Banjar", "BJM")
    with store.write(actor) as s:
        clerk = User(username="petugas_dinas", full_name="Petugas", role="petugas_admin")
        s.add(clerk)
        s.flush()
        clerk_actor = Actor(clerk.id, clerk.username, "petugas_admin")
    with pytest.raises(DomainError), store.write(clerk_actor) as s:
        head_office.name_shelter(s, other, "Kota Banjar", "KBR")  # not an administrator
    with store.write(actor) as s:
        head_office.set_shelter_aside(s, "BJM")
    with store.read() as s:
        assert [(x.code, x.active) for x in head_office.shelters(s)] == [("BJM", False)]
        assert s.exec(select(Stay)).all() == []


def test_the_head_office_commands_end_to_end(pg_server, shelters, tmp_path, monkeypatch,
                                             capsys):
    from rumahsinggah.cli import main

    url = pg_server.new_database()
    monkeypatch.setenv("RUMAHSINGGAH_DATA_DIR", str(tmp_path / "dinas"))
    monkeypatch.setenv("RUMAHSINGGAH_SYNC_PASSPHRASE", PASS)
    assert main(["--database", url, "demo", "--clients", "5"]) == 0  # a DEMO head office
    assert main(["--database", url, "desk", "head-office", "on"]) == 0
    files = {code: _bundle(w, tmp_path, code) for code, w in shelters.items()}
    capsys.readouterr()
    assert main(["--database", url, "sync", "import", *map(str, files["BJM"])]) == 2
    assert "belum terdaftar" in capsys.readouterr().err
    for code in ("KBR", "BJM"):
        capsys.readouterr()
        assert main(["head-office", "bundle-info", *map(str, files[code])]) == 0
        store_id = capsys.readouterr().out.split("Kode basis data:")[1].split()[0]
        assert store_id == _store_id(shelters[code])
        assert main(["--database", url, "head-office", "add-shelter", store_id, code,
                     f"Shelter {code}"]) == 0
        assert main(["--database", url, "sync", "import", *map(str, files[code])]) == 0
    capsys.readouterr()
    assert main(["--database", url, "head-office", "shelters"]) == 0
    listing = capsys.readouterr().out
    assert "BJM" in listing and "KBR" in listing and "PGK" not in listing
    assert main(["--database", url, "head-office", "returning", "--since",
                 (TODAY - timedelta(days=2)).date().isoformat()]) == 0
    out = capsys.readouterr().out
    assert "Moh. Jusuf" in out and "Muhammad Yusuf (KBR, tiba " in out
    assert "Hanya" not in out  # every arrival of the period was checked
    monkeypatch.setattr(head_office, "MAX_ARRIVALS", 1)  # fewer checked than arrived: said
    assert main(["--database", url, "head-office", "returning", "--since",
                 (TODAY - timedelta(days=40)).date().isoformat()]) == 0
    assert "Hanya 1 kedatangan terbaru dari" in capsys.readouterr().out
    monkeypatch.setattr(head_office, "MAX_ARRIVALS", 500)
    xlsx = tmp_path / "dinas.xlsx"
    assert main(["--database", url, "head-office", "export", "--month",
                 f"{TODAY.year}-{TODAY.month:02d}", "--out", str(xlsx)]) == 0
    assert "Klien kembali" in load_workbook(xlsx, read_only=True).sheetnames
