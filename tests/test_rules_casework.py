from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from rules_support import World, counts, print_penjamin
from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.services.attachments import FileUpload
from rumahsinggah.services.casework import (
    AssessmentInput,
    BelongingInput,
    CoordinationInput,
    CoordinationResponseInput,
    FamilyMemberInput,
    GuidanceInput,
    HomeVisitLogInput,
    HomeVisitScheduleInput,
    IdentificationInput,
    TracingInput,
    add_family_member,
    log_home_visit,
    record_assessment,
    record_coordination,
    record_coordination_response,
    record_guidance,
    record_identification,
    record_tracing,
    schedule_home_visit,
)
from rumahsinggah.services.decision import (
    DecisionInput,
    RequesterInformedInput,
    decide,
    record_requester_informed,
)
from rumahsinggah.services.termination import (
    ReadyInput,
    TerminationInput,
    allowed_bases,
    mark_ready_for_return,
    terminate,
)
from rumahsinggah.storage.models import Belonging, Decision, Stay, Termination

pytestmark = pytest.mark.both_engines

SCAN = FileUpload(b"%PDF-1.4 signed surat penjamin", "penjamin.pdf")


@pytest.fixture
def world(store):
    return World(store)


def admitted(world: World, days_ago: float = 1, **kwargs):
    """A stay taken through identification, assessment and the Kabid's admission."""
    result = world.person(days_ago=days_ago, **kwargs)
    with world.write("pramu_sosial") as s:
        record_identification(s, IdentificationInput(
            result.stay_id, papers_seen=["KTP"],
            belongings=[BelongingInput("Tas ransel", 1, "baik")]))
    with world.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(result.stay_id, "awal", problem="Mengemis",
                                             recommendation="Tampung",
                                             submit_for_decision=True))
    with world.write("kepala_bidang") as s:
        decide(s, DecisionInput(result.stay_id, "tampung", reason="Perlu pembinaan"))
    return result


def status(world, stay_id):
    with world.store.read() as s:
        return s.get(Stay, stay_id).status


def test_identification_assessment_decision_happy_path(world):
    r = world.person()
    with world.write("pramu_sosial") as s:
        record_identification(s, IdentificationInput(
            r.stay_id, papers_seen=["ktp", " "], belongings=[BelongingInput("HP", 1)]))
    assert status(world, r.stay_id) == "identifikasi"
    with world.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(r.stay_id, "awal", problem="Gelandangan",
                                             submit_for_decision=True))
    assert status(world, r.stay_id) == "menunggu_keputusan"
    with world.write("kepala_bidang") as s:
        result = decide(s, DecisionInput(r.stay_id, "tampung", reason="Layak ditampung"))
    assert result.status == "dalam_pelayanan" and result.notice_due
    assert result.notify == "Satpol PP"
    with world.write("petugas_admin") as s:
        record_requester_informed(s, RequesterInformedInput(r.stay_id))
    with world.store.read() as s:
        assert s.exec(select(Decision)).one().requester_informed_at is not None
        assert s.exec(select(Belonging)).one().description == "HP"
    with pytest.raises(DomainError, match="sudah dicatat"), world.write("petugas_admin") as s:
        record_requester_informed(s, RequesterInformedInput(r.stay_id))


def test_decision_by_anyone_but_kepala_bidang_is_refused(world):
    r = world.person()
    with world.write("pramu_sosial") as s:
        record_identification(s, IdentificationInput(r.stay_id))
    with world.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(r.stay_id, "awal", problem="x"))
    before = counts(world.store)
    for role in ("pramu_sosial", "pekerja_sosial", "petugas_admin", "admin"):
        with pytest.raises(PermissionDenied) as info, world.write(role) as s:
            decide(s, DecisionInput(r.stay_id, "tampung", reason="ok"))
        assert "Kepala Bidang" in info.value.message
    assert counts(world.store) == before
    assert status(world, r.stay_id) == "asesmen"


def test_decision_refusals(world):
    r = world.person()
    with pytest.raises(DomainError, match="memerlukan asesmen"), world.write("kepala_bidang") as s:
        decide(s, DecisionInput(r.stay_id, "tampung", reason="ok"))
    with world.write("pramu_sosial") as s:
        record_identification(s, IdentificationInput(r.stay_id))
    with world.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(r.stay_id, "awal", problem="x"))
    with pytest.raises(DomainError, match="Alasan keputusan wajib"), \
            world.write("kepala_bidang") as s:
        decide(s, DecisionInput(r.stay_id, "tolak", reason="  "))
    with pytest.raises(DomainError, match="tujuan rujukan"), world.write("kepala_bidang") as s:
        decide(s, DecisionInput(r.stay_id, "rujuk", reason="ODGJ"))
    with world.write("kepala_bidang") as s:
        result = decide(s, DecisionInput(r.stay_id, "rujuk", reason="ODGJ",
                                         referral_destination="RSJ Sambang Lihum"))
    assert result.status == "dirujuk"
    with world.store.read() as s:
        assert s.get(Stay, r.stay_id).closed_at is not None
    with pytest.raises(DomainError), world.write("kepala_bidang") as s:
        decide(s, DecisionInput(r.stay_id, "tampung", reason="lagi"))


def test_steps_cannot_be_skipped(world):
    r = world.person()
    with pytest.raises(DomainError, match="Identifikasi awal oleh pramu sosial belum"), \
            world.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(r.stay_id, "awal", problem="x"))
    with pytest.raises(DomainError, match="setelah klien diterima"), \
            world.write("pekerja_sosial") as s:
        record_guidance(s, GuidanceInput(r.stay_id, "bimbingan_fisik"))
    with pytest.raises(DomainError, match="Klien belum diterima"), \
            world.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, mode="diantar_pulang", basis="siap_pulang",
                                      destination="x", place="y", witnesses=["z"]))
    with world.write("pramu_sosial") as s:
        record_identification(s, IdentificationInput(r.stay_id))
    with pytest.raises(DomainError, match="Asesmen awal belum dicatat"), \
            world.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(r.stay_id, "lanjutan", problem="x"))
    with pytest.raises(DomainError, match="sudah dicatat"), world.write("pramu_sosial") as s:
        record_identification(s, IdentificationInput(r.stay_id))
    with pytest.raises(PermissionDenied), world.write("pramu_sosial") as s:
        record_assessment(s, AssessmentInput(r.stay_id, "awal", problem="x"))


def test_unhealthy_at_identification_goes_to_health_referral(world):
    r = world.person()
    with world.write("pramu_sosial") as s:
        record_identification(s, IdentificationInput(r.stay_id, healthy=False,
                                                     health_referral_to="RSUD Ulin"))
    with world.store.read() as s:
        stay = s.get(Stay, r.stay_id)
        assert stay.status == "rujuk_kesehatan" and stay.health_referral_to == "RSUD Ulin"
        assert stay.requirements["sehat_jasmani"] is False and stay.closed_at


def test_guidance_family_tracing_coordination(world):
    r = admitted(world)
    with world.write("pekerja_sosial") as s:
        record_guidance(s, GuidanceInput(r.stay_id, "bimbingan_mental_spiritual",
                                         duration_minutes=60))
        member = add_family_member(s, FamilyMemberInput(r.client_id, "Siti Aminah", "ibu",
                                                        phone="0812"))
        record_tracing(s, TracingInput(r.stay_id, "telepon", family_member_id=member,
                                       result="ditemukan"))
        coord = record_coordination(s, CoordinationInput(
            r.stay_id, region="Kabupaten Banjar", agency_name="Dinas Sosial Kabupaten Banjar",
            letter_number="460/1/Dinsos/XI/2026"))
        record_coordination_response(s, CoordinationResponseInput(coord, "Keluarga ada"))
    assert status(world, r.stay_id) == "resosialisasi"
    with pytest.raises(DomainError, match="Jenis layanan"), world.write("pekerja_sosial") as s:
        record_guidance(s, GuidanceInput(r.stay_id, "karaoke"))
    with pytest.raises(DomainError, match="Isi siapa yang dihubungi"), \
            world.write("pekerja_sosial") as s:
        record_tracing(s, TracingInput(r.stay_id, "telepon"))
    with pytest.raises(DomainError, match="Daerah tujuan"), world.write("pekerja_sosial") as s:
        record_coordination(s, CoordinationInput(r.stay_id, region="", agency_name="x"))
    with pytest.raises(DomainError, match="NIK"), world.write("pekerja_sosial") as s:
        add_family_member(s, FamilyMemberInput(r.client_id, "Ayah", nik="123"))


def _ready(world, stay_id):
    with world.write("pekerja_sosial") as s:
        record_assessment(s, AssessmentInput(stay_id, "lanjutan", problem="pulih",
                                             ready_to_return=True))


def test_termination_basis_ready_after_assessment(world):
    r = admitted(world)
    assert set(allowed_bases_of(world, r.stay_id)) == {"siap_pulang", "lewat_batas_tinggal",
                                                       "dijemput_keluarga"}
    args = dict(mode="diantar_pulang", basis="siap_pulang", destination="Jl. Veteran 1",
                place="Rumah keluarga", witnesses=["Ketua RT"])
    with pytest.raises(DomainError, match="Belum ada asesmen"), \
            world.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, **args))
    _ready(world, r.stay_id)
    with pytest.raises(PermissionDenied), world.write("pramu_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, **args))
    with world.write("pekerja_sosial") as s:
        result = terminate(s, TerminationInput(r.stay_id, **args))
    assert result.status == "selesai" and result.standard_code == "bjm-terminasi-rs"
    assert result.products_due == ("Pemulangan Klien Rumah Singgah",)
    with pytest.raises(DomainError, match="sudah ditutup"), world.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, **args))


def allowed_bases_of(world, stay_id):
    with world.store.read() as s:
        return allowed_bases(s, stay_id)


@pytest.mark.parametrize(("days_ago", "ok"), [(20, False), (21, True)])
def test_termination_basis_past_limit_day_21_refused_day_22_allowed(world, days_ago, ok):
    r = admitted(world, days_ago=days_ago)  # days_ago 20 -> today is day 21; 21 -> day 22
    data = TerminationInput(r.stay_id, mode="dirujuk_balai_panti", basis="lewat_batas_tinggal",
                            destination="Balai Budi Luhur", place="Balai",
                            witnesses=["Petugas balai"])
    if ok:
        with world.write("pekerja_sosial") as s:
            assert terminate(s, data).status == "selesai"
    else:
        before = counts(world.store)
        with pytest.raises(DomainError) as info, world.write("pekerja_sosial") as s:
            terminate(s, data)
        assert "hari ke-21" in info.value.message and "hari ke-22" in info.value.message
        assert counts(world.store) == before


def test_termination_family_pickup_needs_papers_and_surat_penjamin(world):
    r = admitted(world)
    base = dict(mode="dijemput_keluarga", basis="dijemput_keluarga", place="Rumah Singgah",
                witnesses=["Pramu Sosial"], pickup_name="Siti Aminah",
                pickup_relationship="ibu")
    signed = {"pickup_papers": ["kk"], "surat_penjamin_signed": True, "meterai": True,
              "surat_penjamin_scan": SCAN}

    def refused(cases) -> None:
        before = counts(world.store)
        for extra, field in cases:
            with pytest.raises(DomainError) as info, world.write("pekerja_sosial") as s:
                terminate(s, TerminationInput(r.stay_id, **{**base, **extra}))
            assert info.value.field == field, info.value.message
        assert counts(world.store) == before

    # ticking "signed" and "meterai" and attaching a scan does not replace printing it
    refused([({"pickup_name": ""}, "pickup_name"), ({}, "pickup_papers"),
             (signed, "surat_penjamin_printed")])
    print_penjamin(world, r.stay_id)
    refused([
        ({"pickup_papers": ["ktp"]}, "surat_penjamin_signed"),
        ({"pickup_papers": ["kk"], "surat_penjamin_signed": True}, "meterai"),
        ({**signed, "surat_penjamin_scan": None}, "surat_penjamin_scan"),
        ({**signed, "witnesses": []}, "witnesses"),
        ({**signed, "pickup_nik": "12"}, "pickup_nik"),
    ])
    with pytest.raises(DomainError, match="hanya untuk cara terminasi dijemput"), \
            world.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, **{**base, "mode": "diantar_pulang",
                                                    "destination": "x"}))
    with world.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, **{**base, **signed,
                                                    "pickup_papers": ["KTP", "kk"],
                                                    "pickup_nik": "6371015708650001"}))
    with world.store.read() as s:
        row = s.exec(select(Termination)).one()
        assert row.pickup_papers == ["kk", "ktp"] and row.meterai and row.surat_penjamin_signed
        assert row.surat_penjamin_attachment_id is not None
        bag = s.exec(select(Belonging)).one()
        assert bag.returned_to == "Siti Aminah" and bag.returned_at is not None


def test_termination_without_basis_only_for_leaving_or_death(world):
    r = world.person()
    with pytest.raises(DomainError, match="Pilih dasar terminasi"), \
            world.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, mode="diantar_pulang", destination="x",
                                      place="y", witnesses=["z"]))
    with world.write("pekerja_sosial") as s:
        result = terminate(s, TerminationInput(r.stay_id, mode="pergi_tanpa_pamit",
                                               notes="Tidak ada saat apel pagi"))
    assert result.status == "selesai" and result.products_due == ()


def test_unknown_basis_is_refused(world):
    r = admitted(world)
    with pytest.raises(DomainError, match="tidak diizinkan"), world.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, mode="diantar_pulang", basis="bosan",
                                      destination="x", place="y", witnesses=["z"]))


def test_mark_ready_for_return_and_home_visit(world):
    r = admitted(world, days_ago=25, person={"regency": "Kota Banjarmasin"})
    with world.write("pekerja_sosial") as s:
        mark_ready_for_return(s, ReadyInput(r.stay_id, "lewat_batas_tinggal"))
    assert status(world, r.stay_id) == "resosialisasi"
    with pytest.raises(DomainError, match="setelah klien dipulangkan"), \
            world.write("pekerja_sosial") as s:
        schedule_home_visit(s, HomeVisitScheduleInput(r.stay_id, datetime.now().date()))
    with world.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, mode="diantar_pulang",
                                      basis="lewat_batas_tinggal", destination="Jl. A",
                                      place="Rumah", witnesses=["RT"]))
        visit = schedule_home_visit(s, HomeVisitScheduleInput(
            r.stay_id, datetime.now().date() + timedelta(days=7)))
    with world.write("pekerja_sosial") as s:
        log_home_visit(s, HomeVisitLogInput(visit, "Klien tinggal bersama ibu, sehat"))
    with pytest.raises(DomainError, match="sudah dicatat"), world.write("pekerja_sosial") as s:
        log_home_visit(s, HomeVisitLogInput(visit, "lagi"))


def test_home_visit_refused_for_client_from_another_region(world):
    r = admitted(world, person={"regency": "Kabupaten Banjar"})
    _ready(world, r.stay_id)
    with world.write("pekerja_sosial") as s:
        terminate(s, TerminationInput(r.stay_id, mode="diantar_pulang", basis="siap_pulang",
                                      destination="Martapura", place="Rumah",
                                      witnesses=["Kades"]))
    with pytest.raises(DomainError, match="berasal dari kota yang sama"), \
            world.write("pekerja_sosial") as s:
        schedule_home_visit(s, HomeVisitScheduleInput(r.stay_id, datetime.now().date()))


def test_times_in_the_future_are_refused(world):
    r = world.person()
    with pytest.raises(DomainError, match="masa depan"), world.write("pramu_sosial") as s:
        record_identification(s, IdentificationInput(
            r.stay_id, identified_at=datetime.now(UTC) + timedelta(days=1)))
