"""Two desks edit one client: different fields both stay; the same field is refused to the
desk that had not seen the other's save, with the newer value shown, and its retry saves."""

from __future__ import annotations

import pytest

from rules_support import World
from rumahsinggah.core.errors import EditedElsewhere
from rumahsinggah.services.client_record import load_record, update_client_identity
from rumahsinggah.storage.models import Client

pytestmark = pytest.mark.both_engines


@pytest.fixture
def world(store):
    return World(store)


def _form(world, client_id) -> dict:
    """What a desk's form shows after opening the record."""
    with world.store.read() as s:
        return dict(load_record(s, client_id).identity)


def test_the_same_field_saved_at_two_desks_is_a_retry_not_a_silent_overwrite(world):
    r = world.person(full_name="Budi Santoso", person={"address": "Jl. Lama"})
    desk_a, desk_b = _form(world, r.client_id), _form(world, r.client_id)

    with world.write("pekerja_sosial") as s:  # desk A saves first
        update_client_identity(s, r.client_id, {"address": "Jl. Pramuka 5", "notes": "A"},
                               {k: desk_a[k] for k in ("address", "notes")})
    # Desk B changed the nickname (untouched by A) and the address (changed by A).
    with pytest.raises(EditedElsewhere, match="alamat") as caught, \
            world.write("pekerja_sosial") as s:
        update_client_identity(s, r.client_id, {"address": "Jl. Alalak", "nickname": "Bud"},
                               {k: desk_b[k] for k in ("address", "nickname")})
    assert caught.value.current == {"address": "Jl. Pramuka 5"}
    with world.store.read() as s:
        c = s.get(Client, r.client_id)
        assert (c.address, c.nickname, c.notes) == ("Jl. Pramuka 5", "", "A")  # nothing of B

    desk_b.update(caught.value.current)  # B has now seen A's address and saves again
    with world.write("pekerja_sosial") as s:
        update_client_identity(s, r.client_id, {"address": "Jl. Alalak", "nickname": "Bud"},
                               {k: desk_b[k] for k in ("address", "nickname")})
    with world.store.read() as s:
        c = s.get(Client, r.client_id)
        assert (c.address, c.nickname, c.notes) == ("Jl. Alalak", "Bud", "A")


def test_edits_of_different_fields_at_two_desks_both_stay(world):
    r = world.person(full_name="Siti Aminah", sex="P")
    desk_a, desk_b = _form(world, r.client_id), _form(world, r.client_id)
    with world.write("pekerja_sosial") as s:
        update_client_identity(s, r.client_id, {"village": "Alalak Utara"},
                               {"village": desk_a["village"]})
    with world.write("pekerja_sosial") as s:
        update_client_identity(s, r.client_id, {"religion": "Islam"},
                               {"religion": desk_b["religion"]})
    with world.store.read() as s:
        c = s.get(Client, r.client_id)
        assert (c.village, c.religion) == ("Alalak Utara", "Islam")
