"""The intake wizard driven from the keyboard: a raid of 15, returning clients, an unhealthy
arrival referred to a health service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import func, select

from rumahsinggah.core.vocab import CaseStatus
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.wizards import bridge
from rumahsinggah.gui.wizards.intake import IntakeWizard
from rumahsinggah.storage.attachments import read_bytes
from rumahsinggah.storage.audit import SYSTEM
from rumahsinggah.storage.models import Attachment, Belonging, Client, Raid, Stay
from wizards_support import seed, seed_returning

RAID_PEOPLE = [
    ("Budi Santoso", "Budi", "L", "34", "Banjarmasin"),
    ("Siti Aminah", "Ami", "P", "52", "Banjarbaru"),
    ("Muhamad Rizky", "Iki", "L", "17", "Martapura"),  # returning: Muhammad Rizki
    ("Rahmat Hidayat", "Amat", "L", "45", "Banjarmasin"),
    ("Nurhayati", "Nur", "P", "60", "Barabai"),
    ("Agus Salim", "Agus", "L", "29", "Kandangan"),
    ("Dewi Lestari", "Dewi", "P", "23", "Banjarmasin"),
    ("Joko Susilo", "Joko", "L", "38", "Pelaihari"),
    ("Ahmad Fauzi", "Ojie", "L", "12", "Banjarmasin"),
    ("Yuliana", "Yuli", "P", "31", "Amuntai"),
    ("Suparman", "Parman", "L", "66", "Tanjung"),
    ("Rina Marlina", "Rina", "P", "27", "Banjarmasin"),
    ("Achmad Sjarifuddin", "Udin", "L", "50", "Kotabaru"),  # returning: Ahmad Syarifudin
    ("Herman", "Man", "L", "41", "Rantau"),
    ("Fitriani", "Fitri", "P", "19", "Banjarmasin"),
]


@pytest.fixture
def ctx(store):
    return seed(store)


@pytest.fixture
def door(store, qtbot):
    d = DbDoor(store)
    yield d
    qtbot.waitUntil(lambda: not d.busy)
    d.shutdown()


class Keys:
    """Types into whatever has the focus, counting the keystrokes that are not data."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.extra = 0

    def focus(self):
        return QApplication.focusWidget()

    def data(self, text: str) -> None:
        # one key at a time to whatever has the focus, as a keyboard does (the first key in a
        # table cell opens its editor, which takes the focus for the rest)
        for ch in text:
            QTest.keyClicks(self.focus(), ch)

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.extra += 1
        QTest.keyClick(self.focus(), key, modifier)

    def alt(self, key) -> None:
        self.key(key, Qt.KeyboardModifier.AltModifier)


def open_wizard(qtbot, door, actor) -> IntakeWizard:
    w = IntakeWizard(door, actor)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: w.loaded and w.isActiveWindow())
    qtbot.waitUntil(lambda: not door.busy)
    return w


def count(store, query) -> int:
    with store.read() as s:
        return s.execute(query).scalar_one()


def test_raid_of_fifteen_from_the_keyboard(qtbot, store, ctx, door):
    returning = seed_returning(store)
    with store.write(SYSTEM) as s:  # recorded under another category on an earlier stay
        s.get(Client, returning["Muhammad Rizki"]).pmks_category = "pengemis"
    w = open_wizard(qtbot, door, ctx["actors"]["pramu_sosial"])
    k = Keys(qtbot)
    assert k.focus() is w.mode
    k.key(Qt.Key.Key_R)  # "Rombongan hasil razia"
    assert w.is_raid() and w.source.currentData() == "razia"
    k.alt(Qt.Key.Key_L)
    qtbot.waitUntil(lambda: w.current_key() == "razia")
    assert k.focus().objectName() == "raid_agency"  # prefilled with the Satpol PP agency
    k.key(Qt.Key.Key_Tab)
    k.data("300/145/Satpol PP/XI/2026")
    k.key(Qt.Key.Key_Tab)
    k.key(Qt.Key.Key_Tab)  # the raid date stays today
    k.data("Pasar Sudimampir")
    w.pages["razia"].fields["raid_pmks"].setter("gelandangan")  # one category for everyone
    k.alt(Qt.Key.Key_L)
    qtbot.waitUntil(lambda: w.current_key() == "orang")
    qtbot.waitUntil(lambda: w.table.hasFocus() or w.table.isAncestorOf(k.focus()))
    for person in RAID_PEOPLE:
        for value in person:
            k.data(value)
            k.key(Qt.Key.Key_Tab)
    assert [tuple(p.values()) for p in w.people()] == RAID_PEOPLE
    # the two spelling variants were matched as they were typed; Next waits for a decision
    qtbot.waitUntil(lambda: not door.busy and {k_ for k_, c in w.candidates.items() if c}
                    == {"row2", "row12"})
    next_button = w.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert "baris 3" in w.people_page.hint.text()
    assert w.raid_panel.isVisible() and "Muhamad Rizky" in w.raid_panel.title.text()
    assert any("Nama" in r for r in w.candidates["row2"][0].reasons)
    k.alt(Qt.Key.Key_1)  # same person as candidate 1
    qtbot.waitUntil(lambda: "row2" in w.decisions)
    assert "Achmad Sjarifuddin" in w.raid_panel.title.text()
    # the panel is rebuilt for the next row once its candidates are shown (a door job)
    qtbot.waitUntil(lambda: not door.busy and w.raid_panel.key == "row12"
                    and bool(w.raid_panel.buttons) and w.raid_panel.buttons[0].isVisible())
    k.alt(Qt.Key.Key_1)
    qtbot.waitUntil(lambda: "row12" in w.decisions)
    qtbot.waitUntil(next_button.isEnabled)
    k.alt(Qt.Key.Key_L)
    qtbot.waitUntil(lambda: w.current_key() == "syarat")
    k.alt(Qt.Key.Key_L)
    qtbot.waitUntil(lambda: w.current_key() == "ringkasan")
    assert "15 orang" in w.summary.text()
    with qtbot.waitSignal(w.committed, timeout=10000):
        k.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = w.result_value
    assert len(result.people) == 15
    assert [r.new_client for r in result.people].count(False) == 2
    assert result.people[2].client_id == returning["Muhammad Rizki"]
    assert result.people[12].client_id == returning["Ahmad Syarifudin"]
    assert count(store, select(func.count()).select_from(Client)) == 15
    assert count(store, select(func.count()).select_from(Raid)) == 1
    with store.read() as s:
        raid = s.execute(select(Raid)).scalar_one()
        assert (raid.agency_id, raid.letter_number, raid.place) == (
            ctx["satpol"], "300/145/Satpol PP/XI/2026", "Pasar Sudimampir")
    assert count(store, select(func.count()).select_from(Stay).where(
        Stay.raid_id == result.raid_id)) == 15
    with store.read() as s:  # the raid-wide category reached everyone, returning clients too
        cats = {s.get(Client, r.client_id).pmks_category for r in result.people}
    assert cats == {"gelandangan"}
    print(f"\nkeystrokes beyond the typed data: {k.extra}")
    assert k.extra == 86


def test_unhealthy_arrival_is_referred_not_admitted(qtbot, store, ctx, door):
    w = open_wizard(qtbot, door, ctx["actors"]["pramu_sosial"])
    w.mode.setCurrentIndex(w.mode.findData("satu"))
    w.source.setCurrentIndex(w.source.findData("laporan_masyarakat"))
    w.next()
    assert w.current_key() == "identitas"
    page = w.pages["identitas"]
    QTest.keyClicks(page.fields["full_name"].widget, "Abdul Gani")
    page.fields["sex"].widget.setCurrentIndex(1)
    QTest.keyClicks(page.fields["age"].widget, "70")
    qtbot.waitUntil(lambda: not door.busy)
    w.next()
    assert w.current_key() == "asal"
    QTest.keyClicks(w.pages["asal"].fields["village"].widget, "Kelayan Dalam")
    w.next()
    assert w.current_key() == "syarat"
    req = w.pages["syarat"]
    req.fields["healthy"].widget.setChecked(False)
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()  # referral missing
    QTest.keyClicks(req.fields["health_referral_to"].widget, "Puskesmas Pekapuran Raya")
    QTest.keyClicks(req.fields["belongings"].widget, "2 baju")
    # a picture from the desk camera stays in memory until Finish
    req.fields["photo"].setter([bridge.to_data_url(b"\xff\xd8\xff camera jpeg")])
    assert w.values()["photo"][0].startswith("data:image/jpeg")
    w.next()
    assert "dirujuk ke Puskesmas" in w.summary.text()
    with qtbot.waitSignal(w.committed, timeout=10000):
        w.button(QWizard.WizardButton.FinishButton).click()
    with store.read() as s:
        stay = s.execute(select(Stay)).scalar_one()
        assert stay.status == CaseStatus.RUJUK_KESEHATAN
        assert stay.closed_at is not None
        assert stay.health_referral_to == "Puskesmas Pekapuran Raya"
        assert s.execute(select(Belonging.description, Belonging.quantity)).one() == ("baju", 2)
        client = s.execute(select(Client)).scalar_one()
        assert (client.full_name, client.village) == ("Abdul Gani", "Kelayan Dalam")
        photo = s.get(Attachment, client.photo_attachment_id)
        assert (photo.kind, photo.filename) == ("foto", "foto-klien.jpg")
        assert read_bytes(store, photo) == b"\xff\xd8\xff camera jpeg"


KILLED_RAID = """
import sys, time
sys.path.insert(0, {tests!r})
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from rumahsinggah.gui.door import DbDoor
from rumahsinggah.gui.wizards.intake import IntakeWizard
from rumahsinggah.locations import DataPaths
from rumahsinggah.services.drafts import list_drafts
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.store import open_store
import uuid
app = QApplication([])
store = open_store(DataPaths(Path({root!r})))
door = DbDoor(store)
actor = Actor(uuid.UUID({uid!r}), "pramu_sosial", "pramu_sosial")
w = IntakeWizard(door, actor)
w.show()
w.activateWindow()
def pump(cond):
    while not cond():
        app.processEvents()
        time.sleep(0.01)
pump(lambda: w.loaded and not door.busy and w.isActiveWindow())
w.mode.setCurrentIndex(w.mode.findData("razia"))
w.next()
QTest.keyClicks(w.pages["razia"].fields["raid_letter"].widget, "300/9/Satpol PP/XI/2026")
QTest.keyClicks(w.pages["razia"].fields["raid_place"].widget, "Terminal Km 6")
w.next()
end = time.time() + 0.3
pump(lambda: time.time() > end)  # the page puts the cursor in the table's first cell
for row in {rows!r}:
    for value in row:
        for ch in value:
            QTest.keyClicks(QApplication.focusWidget(), ch)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
pump(lambda: any(len(d.data["fields"].get("people", [])) == {n}
                 for d in list_drafts(store, actor, wizard="penerimaan")))
print("READY", flush=True)
while True:
    app.processEvents()
    time.sleep(0.05)
"""


@pytest.mark.slow
def test_raid_draft_restored_after_sigkill(qtbot, paths, store, ctx):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    from rumahsinggah.storage.store import open_store

    actor = ctx["actors"]["pramu_sosial"]
    rows = [list(p) for p in RAID_PEOPLE[:3]]
    store.close()
    script = KILLED_RAID.format(tests=str(Path(__file__).parent), root=str(paths.root),
                                uid=str(actor.user_id), rows=rows, n=len(rows))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(Path(__file__).parents[1] / "src"))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, env=env,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "READY"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    reopened = open_store(paths)
    door = DbDoor(reopened)
    try:
        w = open_wizard(qtbot, door, actor)
        qtbot.waitUntil(lambda: w.start_page.banner.isVisible())
        w.resume_offered()
        assert w.current_key() == "orang"
        assert [r["full_name"] for r in w.people()] == [r[0] for r in rows]
        assert w.values()["raid_place"] == "Terminal Km 6"
        assert count(reopened, select(func.count()).select_from(Stay)) == 0
        assert count(reopened, select(func.count()).select_from(Raid)) == 0
        qtbot.waitUntil(lambda: not door.busy)
    finally:
        door.shutdown()
        reopened.close()


def test_finish_is_one_transaction_with_the_real_service(qtbot, store, ctx, door, tmp_path):
    """The photo vanishes between choosing it and Finish: the client and stay the intake
    service already flushed are rolled back with it, and the wizard stays open."""
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    w = open_wizard(qtbot, door, ctx["actors"]["pramu_sosial"])
    w.mode.setCurrentIndex(w.mode.findData("satu"))
    w.source.setCurrentIndex(w.source.findData("laporan_masyarakat"))
    w.next()
    QTest.keyClicks(w.pages["identitas"].fields["full_name"].widget, "Tono Sutrisno")
    w.pages["identitas"].fields["sex"].setter("L")
    qtbot.waitUntil(lambda: not door.busy)
    w.next()
    w.next()
    w.pages["syarat"].fields["photo"].setter([str(photo)])
    w.next()
    photo.unlink()
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not w.committing and not door.busy)
    assert w.isVisible() and w.current_key() == "syarat"
    assert "tidak ditemukan" in w.pages["syarat"].fields["photo"].error_label.text()
    for model in (Client, Stay, Attachment, Belonging):
        assert count(store, select(func.count()).select_from(model)) == 0


def test_the_standards_warnings_are_shown_after_the_intake_is_saved(qtbot, door, ctx, store):
    """A registered person the standard does not fit (Pangkalpinang) is pointed out."""
    from rumahsinggah.gui.common import replace_messages
    from rumahsinggah.services.intake import IntakeResult, RaidResult

    shown = []
    replace_messages(info=lambda _p, title, text: shown.append((title, text)))
    try:
        w = IntakeWizard(door, ctx["actors"]["pramu_sosial"])
        qtbot.addWidget(w)
        ok = IntakeResult(client_id=None, stay_id=None, case_number="BJM-2026-A-00001",
                          status="terdaftar", new_client=True, health_referred=False,
                          missing_requirements=())
        w.after_commit(ok)
        assert shown == []
        warned = IntakeResult(client_id=None, stay_id=None, case_number="PGK-2026-A-00002",
                              status="terdaftar", new_client=True, health_referred=False,
                              missing_requirements=("tuna_susila",),
                              warnings=("Klien tidak memenuhi persyaratan standar pgk.",))
        w.after_commit(RaidResult(raid_id=None, people=(ok, warned)))
        assert len(shown) == 1 and "PGK-2026-A-00002: Klien tidak memenuhi" in shown[0][1]
    finally:
        from PySide6.QtWidgets import QMessageBox

        replace_messages(info=lambda p, t, x: QMessageBox.information(p, t, x))
