"""The whole termination request in one service call: papers from the standard's data, the
Banjarmasin family pickup before a decision, and files written only when everything holds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import func, select

from rules_support import World, counts, print_penjamin
from rumahsinggah.core.errors import DomainError
from rumahsinggah.services.attachments import FileUpload
from rumahsinggah.services.termination import TerminationInput, pickup_requirements, terminate
from rumahsinggah.standards import get_registry
from rumahsinggah.storage.integrity import check_store
from rumahsinggah.storage.models import Attachment, HomeVisit, Termination

pytestmark = pytest.mark.both_engines

SCAN = FileUpload(b"%PDF-1.4 scanned surat penjamin", "penjamin.pdf")
PHOTO = FileUpload(b"\xff\xd8\xff a handover photo", "serah-terima.jpg")


def files(store, session=None) -> list:
    """The kept attachment contents: files on a desk, rows of the content table on a server
    (seen from ``session`` when given: uncommitted rows are only visible inside it)."""
    if store.on_server:
        from sqlalchemy import text

        sql = text("SELECT stored_name FROM attachment_content ORDER BY stored_name")
        if session is not None:
            return list(session.execute(sql).scalars())
        with store.read() as s:
            return list(s.execute(sql).scalars())
    return [p for p in store.paths.attachments.rglob("*") if p.is_file()]


def attachment_rows(store) -> int:
    with store.read() as s:
        return s.exec(select(func.count()).select_from(Attachment)).one()


def pickup(stay_id, **extra) -> TerminationInput:
    base = dict(mode="dijemput_keluarga", basis="dijemput_keluarga", place="Rumah Singgah",
                witnesses=["Pramu Sosial"], pickup_name="Siti Aminah",
                pickup_relationship="ibu", pickup_papers=["ktp"], surat_penjamin_signed=True,
                meterai=True, surat_penjamin_scan=SCAN, photos=[PHOTO])
    return TerminationInput(stay_id, **{**base, **extra})


@pytest.fixture
def bjm(store):
    return World(store, regency="Kota Banjarmasin")


def test_the_papers_come_from_each_standard():
    reg = get_registry()
    bjm = reg.termination_standard("bjm-penerimaan-rs")
    assert [r.code for r in pickup_requirements(bjm, "dijemput_keluarga")] == [
        "ktp_kk_penjemput", "surat_penjamin"]
    assert pickup_requirements(bjm, "diantar_pulang") == []
    for code in ("babel-orang-terlantar", "pgk-tuna-susila", "banjar-gepeng"):
        assert pickup_requirements(reg.termination_standard(code), "dijemput_keluarga") == []


@pytest.mark.parametrize(("extra", "field"), [
    ({"witnesses": []}, "witnesses"),
    ({"pickup_papers": []}, "pickup_papers"),
    ({"meterai": False}, "meterai"),
    ({"surat_penjamin_scan": None}, "surat_penjamin_scan"),
    ({"home_visit_on": date(2020, 1, 1)}, "home_visit_on"),
    ({"photos": [FileUpload(b"", "kosong.jpg")]}, "photos"),
])
def test_a_refused_termination_with_a_scan_leaves_no_file(bjm, extra, field):
    r = bjm.person(days_ago=2)  # registered only: a family pickup needs no decision first
    print_penjamin(bjm, r.stay_id)  # the kept letter is the only file before Finish
    before, kept = counts(bjm.store), files(bjm.store)
    with pytest.raises(DomainError) as info, bjm.write("pekerja_sosial") as s:
        terminate(s, pickup(r.stay_id, **extra))
    assert info.value.field == field, info.value.message
    assert counts(bjm.store) == before
    assert attachment_rows(bjm.store) == 1 and files(bjm.store) == kept
    report = check_store(bjm.store.paths, bjm.store.key)
    assert report.healthy and not [f for f in report.findings if f.kind == "lampiran_yatim"]


def test_a_failure_after_the_files_were_written_removes_them(bjm):
    r = bjm.person(days_ago=2)
    print_penjamin(bjm, r.stay_id)
    kept = files(bjm.store)
    with pytest.raises(RuntimeError), bjm.write("pekerja_sosial") as s:
        terminate(s, pickup(r.stay_id))
        assert len(files(bjm.store, s)) == len(kept) + 2  # written inside the transaction...
        raise RuntimeError("power cut before commit")
    assert files(bjm.store) == kept  # ...and gone with its rollback
    assert check_store(bjm.store.paths, bjm.store.key).healthy


def test_banjarmasin_family_pickup_before_a_decision_keeps_scan_photos_and_visit(bjm):
    r = bjm.person(days_ago=2, person={"regency": "Kota Banjarmasin"})
    print_penjamin(bjm, r.stay_id)
    with bjm.write("pekerja_sosial") as s:
        result = terminate(s, pickup(r.stay_id, home_visit_on=date.today().replace(
            year=date.today().year + 1)))
    assert result.status == "selesai"
    with bjm.store.read() as s:
        row = s.exec(select(Termination)).one()
        kinds = sorted(a.kind for a in s.exec(select(Attachment)).all())
        assert row.surat_penjamin_attachment_id is not None
        assert s.exec(select(func.count()).select_from(HomeVisit)).one() == 1
    assert kinds == ["dokumentasi", "surat", "surat_penjamin"]
    assert len(files(bjm.store)) == 3 and check_store(bjm.store.paths, bjm.store.key).healthy


def test_other_bases_still_wait_for_the_decision(bjm):
    r = bjm.person(days_ago=30)
    with pytest.raises(DomainError, match="Klien belum diterima"), \
            bjm.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, mode="diantar_pulang",
                                      basis="lewat_batas_tinggal", destination="Rumah",
                                      place="x", witnesses=["y"]))


def test_a_standard_naming_no_papers_asks_for_none(store):
    from test_rules_calendar_zones import admitted_at

    babel = World(store, standard="babel-orang-terlantar", kind="panti", code="PSBS",
                  regency="Kota Pangkalpinang")
    data = dict(mode="dijemput_keluarga", basis="dijemput_keluarga", place="Panti",
                witnesses=["Pengasuh"], pickup_name="Pak Amat")
    early = babel.person(days_ago=3, source="permintaan_langsung")
    # Babel lists no family-pickup basis of its own: the pickup waits for the decision
    with pytest.raises(DomainError, match="Klien belum diterima"), \
            babel.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(early.stay_id, **data))
    r = admitted_at(babel, datetime.now(UTC) - timedelta(days=3))
    with babel.write("pekerja_sosial") as s:  # no KTP / KK, no Surat Penjamin: none named
        result = terminate(s, TerminationInput(r.stay_id, **data))
    assert result.status == "selesai" and result.standard_code == "babel-orang-terlantar"
