"""Every wizard text has its English (the wizards' texts as pyside6-lupdate extracts them)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from rumahsinggah.gui.wizards.english import ENGLISH

WIZARDS = Path(__file__).parents[1] / "src" / "rumahsinggah" / "gui" / "wizards"


def test_every_wizard_text_has_english(tmp_path):
    ts = tmp_path / "wizards.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *map(str, sorted(WIZARDS.glob("*.py"))), "-ts", str(ts)],
                   check=True, capture_output=True)
    sources = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    assert len(sources) > 250
    assert sorted(sources - set(ENGLISH)) == []
    for text, english in ENGLISH.items():
        for placeholder in ("{n}", "{name}", "{p}", "{e}", "{who}", "{title}", "{when}"):
            assert (placeholder in text) == (placeholder in english), text


def test_wizards_show_english_once_translated(tmp_path, qtbot, store):
    """The texts are looked up under the context lupdate gives them: a .qm built from the
    extracted .ts with ENGLISH filled in turns the wizard English."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QWizard

    from rumahsinggah.gui.door import DbDoor
    from rumahsinggah.gui.wizards.intake import IntakeWizard
    from rumahsinggah.storage.audit import Actor

    ts, qm = tmp_path / "en.ts", tmp_path / "en.qm"
    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *map(str, sorted(WIZARDS.glob("*.py"))),
                    "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.text = ENGLISH[message.findtext("source")]
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8")
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    door = DbDoor(store)
    try:
        w = IntakeWizard(door, Actor(None, "pramu", "pramu_sosial"))
        qtbot.addWidget(w)
        assert w.button(QWizard.WizardButton.NextButton).text() == "&Next >"
        assert w.pages["orang"].title() == "The people brought by the raid"
        qtbot.waitUntil(lambda: w.loaded)
    finally:
        QCoreApplication.removeTranslator(translator)
        qtbot.waitUntil(lambda: not door.busy)
        door.shutdown()
