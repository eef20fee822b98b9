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


def test_wizards_show_english_from_the_shipped_translation(qtbot, store):
    """The committed .qm (built by resources/i18n/update_translations.py) turns the wizards
    English when the user picks English."""

    from rumahsinggah.gui.door import DbDoor
    from rumahsinggah.gui.i18n import install_language
    from rumahsinggah.gui.wizards.intake import IntakeWizard
    from rumahsinggah.storage.audit import Actor

    assert install_language("en")
    door = DbDoor(store)
    try:
        w = IntakeWizard(door, Actor(None, "pramu", "pramu_sosial"))
        qtbot.addWidget(w)
        assert w.pages["orang"].title() == "The people brought by the raid"
        qtbot.waitUntil(lambda: w.loaded)
    finally:
        install_language("id")
        qtbot.waitUntil(lambda: not door.busy)
        door.shutdown()
