"""The GUI's English lives only in resources/i18n/rumahsinggah_en.ts, and it is complete."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

RESOURCES = Path(__file__).parents[1] / "resources" / "i18n"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, RESOURCES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    import sys

    sys.path.insert(0, str(RESOURCES))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(RESOURCES))
    return module


def test_every_gui_text_has_english_in_the_ts(tmp_path):
    ut = _script("update_translations")
    ts = tmp_path / "en.ts"
    shutil.copy(ut.TS, ts)
    ut.lupdate(ts)
    sources = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    assert len(sources) > 700
    assert ut.unfinished(ts) == []
    english = ut.translations(ts)
    for (_ctx, text), en in english.items():
        for placeholder in ("{n}", "{name}", "{p}", "{e}", "{who}", "{title}", "{when}", "{0}"):
            assert (placeholder in text) == (placeholder in en), text


def test_absorb_fills_a_branch_dict_and_reports_the_missing(tmp_path):
    ut = _script("update_translations")
    ab = _script("absorb_english")
    ts = tmp_path / "en.ts"
    shutil.copy(ut.TS, ts)
    tree = ET.parse(ts)
    msg = next(m for m in tree.getroot().iter("message")
               if m.findtext("source") == "&Lanjut >")
    msg.find("translation").text = ""
    msg.find("translation").set("type", "unfinished")
    ut.write(tree, ts)
    assert any("&Lanjut >" in line for line in ut.unfinished(ts))
    pyfile = tmp_path / "english.py"
    pyfile.write_text('ENGLISH: dict[str, str] = {\n    # --- a branch ---\n'
                      '    "&Lanjut >": "&Onward >",\n    "Tidak dipakai": "Unused",\n}\n',
                      encoding="utf-8")
    filled, unused = ab.absorb(ab.read_dict(pyfile), ts)
    assert (filled, unused) == (1, ["Tidak dipakai"])
    assert ut.unfinished(ts) == []
    assert "&Onward >" in ut.translations(ts).values()


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
