"""Qt's own texts (message box buttons, "Show Details...") follow the interface language.

PySide6 ships no qtbase_id.qm; resources/i18n/qtbase_id.ts (built to .qm) gives Indonesian for
them, and English mode keeps Qt's English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from rumahsinggah.gui.door import error_box
from rumahsinggah.gui.i18n import i18n_dir, install_language

SB = QMessageBox.StandardButton
BUTTONS = (SB.Ok, SB.Cancel, SB.Yes, SB.No, SB.Close, SB.Save, SB.Discard)


@pytest.fixture
def language(qapp) -> Iterator[None]:
    yield
    install_language("id")  # the tests' default, whatever a test switched to


def _details_button(box: QMessageBox) -> QAbstractButton:
    """The button Qt adds for the detailed text: an action button that is no standard one."""
    found = [b for b in box.buttons()
             if box.standardButton(b) == SB.NoButton
             and box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    assert len(found) == 1, [b.text() for b in box.buttons()]
    return found[0]


def _box(qtbot) -> QMessageBox:
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setText("Pesan")
    box.setDetailedText("Untuk administrator: rincian")
    box.setStandardButtons(SB.Ok | SB.Cancel | SB.Yes | SB.No | SB.Close | SB.Save | SB.Discard)
    return box


def _texts(box: QMessageBox) -> dict[SB, str]:
    return {which: box.button(which).text() for which in BUTTONS}


def test_message_box_details_and_buttons_are_indonesian(qtbot, language) -> None:
    install_language("id")
    box = _box(qtbot)
    details = _details_button(box)
    assert details.text() == "Tampilkan Rincian\u2026"
    box.show()
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
    assert details.text() == "Sembunyikan Rincian\u2026"
    assert _texts(box) == {SB.Ok: "OK", SB.Cancel: "Batal", SB.Yes: "&Ya", SB.No: "&Tidak",
                           SB.Close: "Tutup", SB.Save: "Simpan", SB.Discard: "Buang"}


def test_the_doors_error_dialog_offers_indonesian_details(qtbot, language) -> None:
    install_language("id")
    box = error_box(None, ValueError("rusak"), "Traceback ...")
    qtbot.addWidget(box)
    assert _details_button(box).text() == "Tampilkan Rincian\u2026"
    assert box.button(SB.Close).text() == "Tutup"


def test_english_mode_keeps_qt_english(qtbot, language) -> None:
    assert install_language("en")
    box = _box(qtbot)
    assert _details_button(box).text() == "Show Details..."
    assert _texts(box) == {SB.Ok: "OK", SB.Cancel: "Cancel", SB.Yes: "&Yes", SB.No: "&No",
                           SB.Close: "Close", SB.Save: "Save", SB.Discard: "Discard"}


def test_the_shipped_qm_is_built_from_the_ts(language) -> None:
    """Every message of qtbase_id.ts translates through the committed .qm (rebuild it with
    resources/i18n/update_translations.py after editing the .ts)."""
    install_language("id")
    ts: Path = i18n_dir() / "qtbase_id.ts"
    pairs = [(ctx.findtext("name"), msg.findtext("source"), msg.findtext("translation"))
             for ctx in ET.parse(ts).getroot().findall("context")
             for msg in ctx.findall("message")]
    assert len(pairs) > 100
    wrong = [(c, s, t, QCoreApplication.translate(c, s)) for c, s, t in pairs
             if QCoreApplication.translate(c, s) != t]
    assert wrong == []
