from __future__ import annotations

import pytest

from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.services.settings import (
    Signatory,
    load_office_settings,
    save_office_settings,
)
from rumahsinggah.storage.audit import Actor

pytestmark = pytest.mark.both_engines


def test_only_office_staff_change_the_letterhead(store):
    with pytest.raises(PermissionDenied), store.write(Actor(None, "pramu", "pramu_sosial")) as s:
        office = load_office_settings(s)
        office.agency = "DINAS LAIN"
        save_office_settings(s, office)
    with store.write(Actor(None, "kabid", "kepala_bidang")) as s:
        office = load_office_settings(s)
        office.agency = "DINAS SOSIAL PROVINSI"
        save_office_settings(s, office)
    with store.read() as s:
        assert load_office_settings(s).agency == "DINAS SOSIAL PROVINSI"


def test_signatory_nip_must_be_18_digits_and_paper_a4_or_f4(store):
    with pytest.raises(DomainError, match="18 angka"), store.write() as s:
        office = load_office_settings(s)
        office.signatories = [Signatory("kepala_bidang", "Drs. Ahmad", "19700101", "Kabid")]
        save_office_settings(s, office)
    with pytest.raises(DomainError, match="A4 atau F4"), store.write() as s:
        office = load_office_settings(s)
        office.paper_size = "Letter"
        save_office_settings(s, office)
    with store.read() as s:
        assert load_office_settings(s).signatories == []
