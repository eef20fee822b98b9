"""Importing old registers: every row imported, linked, skipped or rejected with its reason."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from register_support import GOOD_ROWS, HEADINGS, ROWS, write_csv, write_ods, write_xls, write_xlsx
from rules_support import World, counts
from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.core.localtime import local_date
from rumahsinggah.services.intake import IntakeInput, PersonInput, register_person
from rumahsinggah.services.registers import importer, mapping
from rumahsinggah.storage.models import AuditEvent, Client, Stay

pytestmark = pytest.mark.both_engines


@pytest.fixture
def world(store):
    return World(store)


def _run(world, path, *, dry_run=False, role="admin", sheet=None, columns=None):
    prepared = importer.prepare(path, sheet)
    options = importer.ImportOptions("BJM", columns or prepared.suggested, "razia", dry_run)
    return importer.run_import(world.store, world.actors[role], prepared, options), prepared


def _stays(world):
    with world.store.read() as s:
        return s.execute(select(Stay.case_number, Stay.register_reference, Stay.arrival_at,
                                Stay.closed_at, Stay.status, Client.full_name, Client.nik,
                                Client.birth_date, Client.birth_date_estimated,
                                Client.birth_place, Client.pmks_category, Client.notes)
                         .join(Client, Client.id == Stay.client_id)
                         .order_by(Stay.register_reference)).all()


def _check_the_register(world, report):
    assert report.count(importer.REJECTED) == 2
    reasons = {o.row_number: o.message for o in report.rejected}
    assert "Jenis kelamin tidak dikenal: 'X'" in " ".join(reasons.values())
    assert any("bukan tanggal yang ada" in r for r in reasons.values())
    assert report.count(importer.NEW) == 3 and report.count(importer.LINKED) == 1
    rows = {r.register_reference: r for r in _stays(world)}
    assert set(rows) == {"RS/001/2023", "RS/002/2023", "RS/003/2023", "RS/004/2024"}
    rizky = rows["RS/001/2023"]
    assert rizky.full_name == "Muhammad Rizky bin Abdullah"
    assert rizky.birth_date == date(1985, 8, 12) and rizky.birth_place == "Banjarmasin"
    assert rizky.nik == "6371011208850001" and rizky.pmks_category == "gelandangan"
    assert local_date(rizky.arrival_at) == date(2023, 1, 3)
    assert local_date(rizky.closed_at) == date(2023, 1, 20) and rizky.status == "selesai"
    # The same person in two rows: one client, two stays.
    with world.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Client).where(
            Client.nik == "6371011208850001")) == 1
    assert rows["RS/004/2024"].nik == rizky.nik
    # The NIK Excel cut is never stored as valid; it is kept in the notes to be checked.
    aminah = rows["RS/002/2023"]
    assert aminah.nik is None and "NIK tidak disimpan" in aminah.notes
    assert aminah.birth_date == date(1990, 8, 15) and aminah.birth_place == "Martapura"
    assert local_date(aminah.arrival_at) == date(2023, 8, 12)
    udin = rows["RS/003/2023"]
    assert udin.birth_date_estimated and udin.pmks_category == "gelandangan"


def test_xlsx_register_with_a_title_every_date_form_and_a_cut_nik(world, tmp_path):
    path = write_xlsx(tmp_path / "register.xlsx")
    report, prepared = _run(world, path)
    assert prepared.sheet == "Register 2023-2024" and prepared.header_row == 3
    _check_the_register(world, report)
    warnings = {o.row_number: " ".join(o.warnings) for o in report.outcomes}
    assert "Excel" in warnings[prepared.row_number(1)]
    # Row numbers are those the spreadsheet shows (title, blank, headings above).
    assert {o.row_number for o in report.rejected} == {9, 10}


def test_a_second_import_adds_nothing(world, tmp_path):
    path = write_xlsx(tmp_path / "register.xlsx")
    _run(world, path)
    before = counts(world.store)
    report, _ = _run(world, path)
    assert counts(world.store) == before
    assert report.count(importer.SKIPPED) == GOOD_ROWS
    assert report.count(importer.NEW) == 0 and report.stays == 0


def test_a_register_without_case_numbers_is_still_imported_once(world, tmp_path):
    rows = [[None if c == 1 else v for c, v in enumerate(r)] for r in ROWS]
    path = write_xlsx(tmp_path / "tanpa-nomor.xlsx", rows)
    first, _ = _run(world, path)
    assert first.stays == GOOD_ROWS
    before = counts(world.store)
    again, _ = _run(world, path)
    assert counts(world.store) == before and again.count(importer.SKIPPED) == GOOD_ROWS


def test_ods_register(world, tmp_path):
    report, _ = _run(world, write_ods(tmp_path / "register.ods"))
    _check_the_register(world, report)


def test_xls_register(world, tmp_path):
    report, _ = _run(world, write_xls(tmp_path / "register.xls"))
    _check_the_register(world, report)


def test_csv_with_semicolons_in_windows_1252(world, tmp_path):
    path = write_csv(tmp_path / "register.csv")
    assert "–".encode("cp1252") in path.read_bytes()  # really Windows-1252, not UTF-8
    report, _ = _run(world, path)
    _check_the_register(world, report)
    rizky = next(r for r in _stays(world) if r.register_reference == "RS/001/2023")
    assert "Razia pasar – malam hari" in rizky.notes
    aminah = next(r for r in _stays(world) if r.register_reference == "RS/002/2023")
    assert aminah.nik is None and "notasi ilmiah" in aminah.notes


def test_a_dry_run_changes_nothing(world, tmp_path):
    path = write_xlsx(tmp_path / "register.xlsx")
    before = counts(world.store)
    with world.store.read() as s:
        events = s.scalar(select(func.count()).select_from(AuditEvent))
    report, _ = _run(world, path, dry_run=True)
    assert report.dry_run and report.count(importer.NEW) == 3
    assert all(o.case_number == "" for o in report.outcomes)
    assert counts(world.store) == before
    with world.store.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == events
    assert not list(world.store.paths.backups.glob("sebelum-impor-register-*"))


def test_the_real_import_is_backed_up_and_audited_with_the_file_hash(world, tmp_path):
    path = write_xlsx(tmp_path / "register.xlsx")
    report, prepared = _run(world, path)
    assert list(world.store.paths.backups.glob("sebelum-impor-register-*"))
    with world.store.read() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "register_import")
                          ).scalar_one()
    assert event.changes["sha256"] == prepared.file.sha256
    assert event.changes["file"] == "register.xlsx" and event.changes["rejected"] == 2
    # Each client and stay written is in the audit trail as an insert.
    with world.store.read() as s:
        inserted = s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "insert", AuditEvent.entity == "stay"))
    assert inserted == report.stays


def test_a_returning_client_in_the_store_is_linked(world, tmp_path):
    with world.write("pramu_sosial") as s:
        earlier = register_person(s, IntakeInput(
            person=PersonInput(full_name="Mochammad Rizky bin Abdoellah", sex="L",
                               birth_date=date(1985, 8, 12), regency="Kota Banjarmasin"),
            facility_id=world.facility_id, source="razia",
            arrival_at=datetime.now(UTC) - timedelta(days=2)))
    report, _ = _run(world, write_xlsx(tmp_path / "register.xlsx"))
    linked = [o for o in report.outcomes if o.outcome == importer.LINKED]
    assert len(linked) == 2 and "Mochammad Rizky" in linked[0].message
    with world.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Stay).where(
            Stay.client_id == earlier.client_id)) == 3


def test_a_patronymic_added_in_the_register_is_the_same_person(world, tmp_path):
    with world.write("pramu_sosial") as s:
        earlier = register_person(s, IntakeInput(
            person=PersonInput(full_name="Siti Aminah", sex="P", birth_date=date(1990, 8, 15),
                               regency="Kab. Banjar"),
            facility_id=world.facility_id, source="razia"))
    rows = [list(ROWS[1])]
    rows[0][2] = "SITI AMINAH BINTI JUHRI"  # the register wrote the patronymic
    report, _ = _run(world, write_xlsx(tmp_path / "register.xlsx", rows))
    assert report.outcomes[0].outcome == importer.LINKED
    with world.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Stay).where(
            Stay.client_id == earlier.client_id)) == 2


def test_a_namesake_of_another_age_is_not_merged(world, tmp_path):
    with world.write("pramu_sosial") as s:
        register_person(s, IntakeInput(
            person=PersonInput(full_name="Siti Aminah", sex="P", birth_date=date(1950, 1, 1),
                               regency="Kota Banjarmasin"),
            facility_id=world.facility_id, source="razia"))
    report, _ = _run(world, write_xlsx(tmp_path / "register.xlsx"))
    aminah = next(o for o in report.outcomes if o.full_name == "Siti Aminah")
    assert aminah.outcome == importer.NEW


def test_rejected_rows_go_to_a_csv_that_can_be_fixed_and_imported_again(world, tmp_path):
    path = write_xlsx(tmp_path / "register.xlsx")
    report, prepared = _run(world, path)
    out = importer.write_rejected_csv(report, prepared, tmp_path / "ditolak.csv")
    assert out.stat().st_mode & 0o777 == 0o600
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][:3] == ["Baris", "Alasan ditolak", "No"]
    assert [r[4] for r in rows[1:]] == ["RATNA", "DEWI LESTARI"]
    # Staff fix the two rows and import the CSV: both come in, nothing else changes.
    fixed = tmp_path / "diperbaiki.csv"
    with open(fixed, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(rows[0])
        for r in rows[1:]:
            r = list(r)
            r[5] = "P"
            r[11] = "29/02/2024" if r[4] == "DEWI LESTARI" else r[11]
            w.writerow(r)
    again, _ = _run(world, fixed)
    assert again.count(importer.NEW) == 2 and again.count(importer.REJECTED) == 0


def test_roles_and_bad_input_leave_the_store_unchanged(world, tmp_path):
    path = write_xlsx(tmp_path / "register.xlsx")
    before = counts(world.store)
    with pytest.raises(PermissionDenied):
        _run(world, path, role="pramu_sosial")
    prepared = importer.prepare(path)
    with pytest.raises(DomainError, match="tidak ada"):
        importer.run_import(world.store, world.actors["admin"], prepared,
                            importer.ImportOptions("XYZ", prepared.suggested))
    with pytest.raises(DomainError, match="Kolom wajib"):
        importer.run_import(world.store, world.actors["admin"], prepared,
                            importer.ImportOptions("BJM", {"full_name": "NAMA LENGKAP"}))
    assert counts(world.store) == before


def test_unreadable_files_get_a_message(tmp_path):
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04 bukan excel")
    with pytest.raises(DomainError, match="tidak dapat dibaca"):
        importer.prepare(bad)
    with pytest.raises(DomainError, match="Jenis berkas .docx tidak dikenal"):
        importer.prepare(tmp_path / "x.docx")
    with pytest.raises(DomainError, match="tidak dapat dibaca"):
        importer.prepare(tmp_path / "tidak-ada.csv")


def test_a_saved_mapping_maps_the_next_register(world, tmp_path):
    headings = ["Nama Klien", "Kelamin", "Masuk Tanggal", "Asal"]
    path = write_xlsx(tmp_path / "lain.xlsx", [["BUDI", "L", "01-02-2024", "Kota Banjar"]],
                      title=False, headings=headings)
    prepared = importer.prepare(path)
    assert "arrival_date" not in prepared.suggested  # "Masuk Tanggal" is not a usual heading
    chosen = mapping.SavedMapping({**prepared.suggested, "arrival_date": "Masuk Tanggal",
                                   "regency": "Asal"}, prepared.sheet, "laporan_masyarakat")
    saved = mapping.save_mapping(tmp_path / "peta.json", chosen)
    loaded = mapping.load_mapping(saved)
    assert loaded.columns == chosen.columns and loaded.default_source == "laporan_masyarakat"
    report, _ = _run(world, path, columns=loaded.columns)
    assert report.stays == 1
    (tmp_path / "rusak.json").write_text("{bukan json")
    with pytest.raises(DomainError, match="JSON"):
        mapping.load_mapping(tmp_path / "rusak.json")


def test_preview_shows_rows_as_they_will_be_stored(tmp_path):
    prepared = importer.prepare(write_xlsx(tmp_path / "register.xlsx"))
    assert prepared.headings == HEADINGS
    rows = importer.preview(prepared, prepared.suggested, limit=3)
    assert [getattr(r, "full_name", None) for r in rows] == [
        "Muhammad Rizky bin Abdullah", "Siti Aminah", "Udin"]
