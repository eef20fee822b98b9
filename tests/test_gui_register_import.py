"""The register import wizard reads, maps, previews and imports through the database door."""

from __future__ import annotations

import csv
import os

from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from register_support import write_xlsx
from rules_support import World
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.register_import import RegisterImportWizard
from rumahsinggah.services.registers import importer, mapping
from rumahsinggah.storage.models import Stay


def _wait(qtbot, wizard):
    qtbot.waitUntil(lambda: not wizard.door.busy, timeout=20000)


def test_the_wizard_imports_a_register_and_remembers_its_columns(qtbot, store, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setattr("rumahsinggah.gui.register_import.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "ditolak.csv"), ""))
    world = World(store)
    door = DbDoor(store)
    wizard = RegisterImportWizard(door, world.actors["petugas_admin"])
    qtbot.addWidget(wizard)
    wizard.show()
    _wait(qtbot, wizard)
    assert wizard.file_page.facility.currentData() == "BJM"
    assert not wizard.file_page.isComplete()

    wizard.file_page.load(write_xlsx(tmp_path / "register.xlsx"))
    _wait(qtbot, wizard)
    assert wizard.file_page.isComplete()
    assert wizard.file_page.sheet.currentText() == "Register 2023-2024"
    assert "baris 4" in wizard.file_page.status.text()
    wizard.next()

    page = wizard.columns_page
    assert page.combos["full_name"].currentData() == "NAMA LENGKAP"
    assert page.combos["arrival_date"].currentData() == "Tgl. Masuk"
    name_row = [f.code for f in mapping.FIELDS].index("full_name")
    assert page.table.item(name_row, 2).text() == "MUHAMMAD RIZKY BIN ABDULLAH"
    page.combos["sex"].setCurrentIndex(0)  # unmapping a required field blocks Next
    assert not page.isComplete() and "Jenis kelamin" in page.message.text()
    page.combos["sex"].setCurrentIndex(page.combos["sex"].findData("L/P"))
    assert page.isComplete()
    wizard.next()

    preview = wizard.preview_page.table
    assert preview.item(0, 1).text() == "Muhammad Rizky bin Abdullah"
    assert "DITOLAK" in preview.item(4, 7).text()
    wizard.next()

    run = wizard.run_page
    assert not run.isComplete()
    run.trial.click()
    _wait(qtbot, wizard)
    assert "UJI COBA" in run.summary.text()
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Stay)) == 0
    run.go.click()
    _wait(qtbot, wizard)
    assert run.isComplete() and run.bar.value() == run.bar.maximum() == 6
    assert "4 kasus lama" in run.summary.text()
    assert not run.go.isEnabled()  # no second import from the same page
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Stay)) == 4
    run.save_rejected.click()
    with open(tmp_path / "ditolak.csv", encoding="utf-8-sig") as fh:
        assert len(list(csv.reader(fh, delimiter=";"))) == 3
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    os.makedirs(tmp_path / "shots", exist_ok=True)
    wizard.resize(1000, 640)
    wizard.grab().save(str(tmp_path / "shots" / "register-run.png"))

    # The same shape of register maps itself next time.
    prepared = importer.prepare(tmp_path / "register.xlsx")
    assert mapping.remembered_mapping(prepared.headings).columns == wizard.columns_page.columns()
    door.shutdown()


def test_a_damaged_file_says_why(qtbot, store, tmp_path):
    world = World(store)
    door = DbDoor(store)
    wizard = RegisterImportWizard(door, world.actors["admin"])
    qtbot.addWidget(wizard)
    _wait(qtbot, wizard)
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"bukan excel")
    wizard.file_page.load(bad)
    _wait(qtbot, wizard)
    assert "tidak dapat dibaca" in wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()
    door.shutdown()
