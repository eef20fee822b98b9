"""One table from action to roles: every menu action for every role is offered exactly when the
service would accept that role, and the services refuse the others."""

from __future__ import annotations

import uuid

import pytest

from gui_support import build_template, copy_store, sign_in, wait_door
from rumahsinggah.core.errors import PermissionDenied
from rumahsinggah.gui.main_window import MainWindow
from rumahsinggah.gui.preferences import Preferences
from rumahsinggah.gui.wizards import WIZARDS
from rumahsinggah.services import decision, intake, permissions, settings, termination

pytestmark = pytest.mark.both_engines

USERS = {"admin": "admin", "kabid": "kepala_bidang", "peksos": "pekerja_sosial",
         "pramu": "pramu_sosial", "petugas": "petugas_admin"}

# Menu actions every signed-in person may use (reading, navigation, language, locking).
OPEN_ACTIONS = {"switch_user", "lock", "quit", "open_record", "awaiting", "past_limit",
                "search", "refresh", "board", "close_tab", "lang_id", "lang_en", "shortcuts",
                # issue 15: printed lists, the date filter, the reset, the guide
                "print_board", "export_board", "print_arrivals", "export_arrivals",
                "arrivals_today", "reset_filters", "guide", "about"}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("permissions") / "store", clients=20)


def test_the_table_names_real_roles_and_every_wizard_has_an_action():
    roles = set(permissions.EVERY_ROLE)
    for key, entry in permissions.ACTIONS.items():
        assert entry.roles and set(entry.roles) <= roles, key
    for entry in WIZARDS:
        assert entry.cls.permission in permissions.ACTIONS, entry.key
        assert entry.cls.roles == frozenset(permissions.roles_for(entry.cls.permission))
    # the reported bug: a petugas administrasi was offered intake and then refused
    assert not permissions.can("petugas_admin", "intake.register")
    assert permissions.can("pramu_sosial", "intake.register")


@pytest.mark.parametrize("username", sorted(USERS))
def test_every_menu_action_is_offered_exactly_when_allowed(qtbot, qapp, template, tmp_path,
                                                           username):
    paths = copy_store(template, tmp_path / "store")
    signed = sign_in(paths, username)
    w = MainWindow(signed.store, paths, signed.user, signed.actor, Preferences())
    qtbot.addWidget(w)
    try:
        qtbot.waitUntil(lambda: w.board.model.ready and w.board.model.counted, timeout=15000)
        wait_door(qtbot, w)
        role = USERS[username]
        assert len(w.actions) >= len(OPEN_ACTIONS) + len(WIZARDS) - 2
        for key, entry in w.actions.items():
            offered = entry.action.isVisible() and entry.action.isEnabled()
            if not entry.permission:
                assert key in OPEN_ACTIONS, f"{key} has no permission in the table"
                assert offered, key
                continue
            assert entry.permission in permissions.ACTIONS, key
            if not entry.available:
                assert not offered, key  # only on a head office's store: this is a shelter's
                continue
            assert offered == permissions.can(role, entry.permission), (key, role)
    finally:
        w.close()
        signed.store.close()


def _refused(store, actor, call) -> bool:
    try:
        with store.write(actor) as s:
            call(s)
    except PermissionDenied:
        return True
    except Exception:  # noqa: BLE001 - past the role check: bad dummy input is expected
        return False
    return False


SERVICE_CALLS = {
    "intake.register": lambda s: intake.register_person(s, intake.IntakeInput.__new__(
        intake.IntakeInput)),
    "decision.decide": lambda s: decision.decide(s, decision.DecisionInput.__new__(
        decision.DecisionInput)),
    "termination.terminate": lambda s: termination.terminate(s, termination.TerminationInput(
        stay_id=uuid.uuid4(), mode="dijemput_keluarga")),
    "termination.ready": lambda s: termination.mark_ready_for_return(s, termination.ReadyInput(
        stay_id=uuid.uuid4(), basis="siap_pulang")),
    "settings.edit": lambda s: settings.save_office_settings(s, None),
}


@pytest.mark.parametrize("username", sorted(USERS))
def test_the_services_refuse_exactly_the_roles_the_table_refuses(template, tmp_path, username):
    paths = copy_store(template, tmp_path / "store")
    signed = sign_in(paths, username)
    try:
        for action, call in SERVICE_CALLS.items():
            refused = _refused(signed.store, signed.actor, call)
            assert refused == (not permissions.can(USERS[username], action)), (action, username)
    finally:
        signed.store.close()
