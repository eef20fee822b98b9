from __future__ import annotations

from datetime import datetime

import pytest

from rules_support import World
from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.core.localtime import from_local, zone_info
from rumahsinggah.services.casework import (
    AssessmentInput,
    GuidanceInput,
    IdentificationInput,
    record_assessment,
    record_guidance,
    record_identification,
)
from rumahsinggah.services.decision import DecisionInput, decide
from rumahsinggah.services.intake import IntakeInput, PersonInput, register_person
from rumahsinggah.services.service_level import (
    MarkStep,
    count_overdue_steps,
    mark_step_done,
    overdue_counts,
    service_level,
)
from rumahsinggah.services.status import change_status
from rumahsinggah.storage.models import Stay

pytestmark = pytest.mark.both_engines


def local(*args) -> datetime:
    """A wall-clock time in Pangkalpinang (WIB), whatever the machine's zone."""
    return from_local(datetime(*args), zone_info("WIB"))


@pytest.fixture
def pgk(store):
    return World(store, standard="pgk-tuna-susila", kind="rps", code="PGK",
                 regency="Kota Pangkalpinang")


def register(world, arrival, **person):
    with world.write("pekerja_sosial") as s:
        return register_person(s, IntakeInput(
            person=PersonInput(full_name=person.pop("full_name", "Mawar"), sex="P",
                               requirements={"wanita_tuna_susila": True}, **person),
            facility_id=world.facility_id, source="laporan_masyarakat", arrival_at=arrival,
            requester_name="SLRT"))


def steps(world, stay_id, now):
    with world.store.read() as s:
        return {st.step_code: st for st in service_level(s, stay_id, now).steps}


def test_working_day_limit_across_a_weekend_and_a_public_holiday(pgk):
    # File complete on Thursday 13 Aug 2026; 2 hari kerja: Fri 14, then Sat, Sun and Mon 17
    # (Hari Kemerdekaan) are skipped, Tue 18 is the second working day.
    r = register(pgk, local(2026, 8, 13, 10, 0))
    first = steps(pgk, r.stay_id, local(2026, 8, 13, 12, 0))
    assert first["terima_laporan"].state == "selesai"
    assert first["survei_asesmen_awal"].due_at == local(2026, 8, 19, 0, 0)
    assert first["survei_asesmen_awal"].state == "tepat_waktu"
    assert steps(pgk, r.stay_id, local(2026, 8, 18, 8, 0))["survei_asesmen_awal"].state == (
        "segera")
    late = steps(pgk, r.stay_id, local(2026, 8, 19, 0, 30))
    assert late["survei_asesmen_awal"].state == "terlambat"
    assert late["rujuk_rps"].required is False  # an emergency-only step
    with pgk.store.read() as s:
        on_tuesday = overdue_counts(s, local(2026, 8, 18, 23, 0))
        on_wednesday = overdue_counts(s, local(2026, 8, 19, 0, 30))
    assert on_tuesday == {}
    # survei, disposisi, asesmen lanjutan, case record, kasus ditutup: five required steps.
    assert on_wednesday == {r.stay_id: 5}


def test_python_view_and_sql_count_agree(pgk):
    r = register(pgk, local(2026, 8, 13, 10, 0))
    with pgk.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(r.stay_id, "awal", problem="x",
                                             assessed_at=local(2026, 8, 14, 9, 0)))
        mark_step_done(s, MarkStep(r.stay_id, "case_record", note="arsip"))
    now = local(2026, 8, 20, 9, 0)
    with pgk.store.read() as s:
        level = service_level(s, r.stay_id, now)
        assert level.overdue == overdue_counts(s, now)[r.stay_id] == 3
        assert count_overdue_steps(s, now) == 3
        by_code = {st.step_code: st for st in level.steps}
        assert by_code["survei_asesmen_awal"].state == "selesai"
        assert by_code["case_record"].state == "selesai_terlambat"


def test_mark_step_done_refusals(pgk):
    r = register(pgk, local(2026, 8, 13, 10, 0))
    with pytest.raises(DomainError, match="tidak ada dalam standar"), \
            pgk.write("pekerja_sosial") as s:
        mark_step_done(s, MarkStep(r.stay_id, "tidak_ada"))
    with pytest.raises(DomainError, match="sudah ditandai"), pgk.write("pekerja_sosial") as s:
        mark_step_done(s, MarkStep(r.stay_id, "terima_laporan"))
    with pytest.raises(PermissionDenied), pgk.write("admin") as s:
        mark_step_done(s, MarkStep(r.stay_id, "case_record"))


def test_rumah_singgah_one_day_limit_and_termination_steps(store):
    world = World(store)
    r = world.person(days_ago=3)
    with store.read() as s:
        level = service_level(s, r.stay_id)
        by = {(st.standard_code, st.step_code): st for st in level.steps}
    assert by[("bjm-penerimaan-rs", "pemberitahuan_razia")].state == "selesai"
    assert by[("bjm-penerimaan-rs", "permohonan")].state == "tidak_berlaku"
    assert by[("bjm-penerimaan-rs", "asesmen")].state == "terlambat"
    # The termination standard has not started: nothing is due there yet.
    assert by[("bjm-terminasi-rs", "serah_terima")].due_at is None
    assert level.overdue == 4


def test_babel_path_a_has_no_identification_step(store):
    world = World(store, standard="babel-orang-terlantar", kind="panti", code="PSBS",
                  regency="Kota Pangkalpinang")
    with world.write("pekerja_sosial") as s:
        r = register_person(s, IntakeInput(
            person=PersonInput(full_name="Orang Terlantar", sex="L",
                               requirements={"surat_pengantar_daerah": True,
                                             "identitas_dan_sk_terlantar": True,
                                             "laporan_sosial_asesmen_awal": True}),
            facility_id=world.facility_id, source="rujukan_antar_daerah",
            requester_name="Dinsos Kab. Bangka"))
        assert r.missing_requirements == ()
        # Path A: the follow-up assessment comes straight away (no awal step in this standard).
        record_assessment(s, AssessmentInput(r.stay_id, "lanjutan", problem="terlantar"))
        record_guidance(s, GuidanceInput(r.stay_id, "bimbingan_sosial"))
    with store.read() as s:
        level = service_level(s, r.stay_id)
        assert s.get(Stay, r.stay_id).status == "dalam_pelayanan"
    paths = {st.path for st in level.steps if st.applicable}
    assert paths == {"A"}
    states = {st.step_code: st.state for st in level.steps}
    assert states["a_asesmen_lanjutan"] in ("selesai", "selesai_terlambat")


def test_banjar_origin_decides_home_visit_or_coordination(store):
    world = World(store, standard="banjar-gepeng", kind="rumah_singgah", code="BJR",
                  regency="Kota Banjar")
    local_client = world.person(person={"regency": "Kota Banjar"})
    outsider = world.person(full_name="Pendatang", person={"regency": "Kabupaten Ciamis"})
    with store.read() as s:
        a = {st.step_code: st for st in service_level(s, local_client.stay_id).steps}
        b = {st.step_code: st for st in service_level(s, outsider.stay_id).steps}
    assert a["reunifikasi"].applicable and not a["koordinasi_daerah_lain"].applicable
    assert b["koordinasi_daerah_lain"].applicable and b["koordinasi_daerah_lain"].required
    assert not b["home_visit"].applicable
    assert a["home_visit"].applicable and not a["home_visit"].required  # after the service


def test_status_transitions_refuse_skipping(store):
    world = World(store)
    r = world.person()
    with pytest.raises(DomainError) as info, store.write() as s:
        change_status(s, s.get(Stay, r.stay_id), "dalam_pelayanan")
    assert "belum diidentifikasi" in info.value.message
    with store.write() as s:
        stay = s.get(Stay, r.stay_id)
        change_status(s, stay, "identifikasi")
    with pytest.raises(DomainError, match="asesmen"), store.write() as s:
        change_status(s, s.get(Stay, r.stay_id), "ditolak")


def test_full_rumah_singgah_case_is_on_time(store):
    world = World(store)
    r = world.person(days_ago=0.1)
    with world.write("pramu_sosial") as s:
        record_identification(s, IdentificationInput(r.stay_id))
    with world.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(r.stay_id, "awal", problem="x"))
    with world.write("kepala_bidang") as s:
        decide(s, DecisionInput(r.stay_id, "tampung", reason="ok"))
    with store.read() as s:
        level = service_level(s, r.stay_id)
    open_steps = [st.step_code for st in level.steps
                  if st.standard_code == "bjm-penerimaan-rs" and st.required and not st.done_at]
    assert open_steps == ["informasi_pemohon"] and level.overdue == 0


def test_derive_events_rebuilds_what_the_workflows_record(store):
    from sqlalchemy import select as sa_select

    from rumahsinggah.services.service_level import derive_events
    from rumahsinggah.storage.base import utcnow
    from rumahsinggah.storage.models import Assessment, Decision, Identification, StepCompletion

    world = World(store)
    by_workflow = world.person(days_ago=2)
    with world.write("pramu_sosial") as s:
        record_identification(s, IdentificationInput(by_workflow.stay_id))
    with world.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(by_workflow.stay_id, "awal", problem="x"))
    with world.write("kepala_bidang") as s:
        decide(s, DecisionInput(by_workflow.stay_id, "tampung", reason="ok"))

    by_rows = world.person(full_name="Andi", days_ago=2)
    now = utcnow()
    with store.write() as s:  # as demo data or an import would write them
        s.add(Identification(stay_id=by_rows.stay_id, identified_at=now))
        s.add(Assessment(stay_id=by_rows.stay_id, kind="awal", assessed_at=now, problem="x"))
        s.add(Decision(stay_id=by_rows.stay_id, outcome="tampung", reason="ok", decided_at=now))
    with store.write() as s:
        derive_events(s, by_rows.stay_id)
        derive_events(s, by_rows.stay_id)  # idempotent

    def codes(stay_id):
        with store.read() as s:
            rows = s.execute(sa_select(StepCompletion.step_code)
                             .where(StepCompletion.stay_id == stay_id)).scalars().all()
        assert len(rows) == len(set(rows))
        return set(rows)

    assert codes(by_rows.stay_id) == codes(by_workflow.stay_id)


def test_steps_record_who_did_them(store):
    world = World(store)
    r = world.person()
    with world.write("pramu_sosial") as s:
        record_identification(s, IdentificationInput(r.stay_id))
    with store.read() as s:
        by = {st.step_code: st for st in service_level(s, r.stay_id).steps}
    assert by["pencatatan_identifikasi"].done_by == world.actors["pramu_sosial"].user_id
    assert by["pemberitahuan_razia"].done_by == world.actors["pramu_sosial"].user_id
