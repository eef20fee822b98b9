"""Each of the five standards run end to end through the services (both Babel paths), with the
steps no workflow used to record: each step's state is read back from ``service_level``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rules_support import World, print_penjamin
from rumahsinggah.core.errors import DomainError
from rumahsinggah.services import casework, decision, intake, termination
from rumahsinggah.services.attachments import FileUpload
from rumahsinggah.services.service_level import service_level
from rumahsinggah.storage.models import Stay

pytestmark = pytest.mark.both_engines

NOW = datetime.now(UTC).replace(microsecond=0)


def ago(days: float = 0, hours: float = 0) -> datetime:
    return NOW - timedelta(days=days, hours=hours)


def steps(world, stay_id, now=None) -> dict:
    with world.store.read() as s:
        return {f"{st.standard_code}/{st.step_code}": st
                for st in service_level(s, stay_id, now).steps}


def register(world, arrival, *, source="razia", requirements=None, **person):
    with world.write("pramu_sosial") as s:
        return intake.register_person(s, intake.IntakeInput(
            person=intake.PersonInput(full_name=person.pop("full_name", "Udin"),
                                      sex=person.pop("sex", "L"),
                                      requirements=requirements or {}, **person),
            facility_id=world.facility_id, source=source, arrival_at=arrival,
            requester_name="Satpol PP"))


def admit(world, stay_id, arrival, *, outcome="tampung", **decision_args):
    with world.write("pramu_sosial") as s:
        casework.record_identification(s, casework.IdentificationInput(
            stay_id, identified_at=arrival + timedelta(hours=1)))
    with world.write("pekerja_sosial") as s:
        casework.record_assessment(s, casework.AssessmentInput(
            stay_id, "awal", problem="Menggelandang", submit_for_decision=True,
            assessed_at=arrival + timedelta(hours=2)))
    with world.write("kepala_bidang") as s:
        return decision.decide(s, decision.DecisionInput(
            stay_id, outcome, reason="Sesuai asesmen", decided_at=arrival + timedelta(hours=3),
            **decision_args))


def assess(world, stay_id, kind, at, ready=False):
    with world.write("pekerja_sosial") as s:
        casework.record_assessment(s, casework.AssessmentInput(
            stay_id, kind, problem="Lanjutan", ready_to_return=ready, assessed_at=at))


def trace(world, stay_id, at):
    with world.write("pekerja_sosial") as s:
        casework.record_tracing(s, casework.TracingInput(
            stay_id, method="telepon", counterpart="Kakak", result="ditemukan", attempted_at=at))


# -- Banjarmasin: penerimaan + terminasi ----------------------------------------------------

def test_banjarmasin_admission_then_termination(store):
    w = World(store)
    arrival = ago(days=10)
    r = register(w, arrival, regency="Kota Banjarmasin")
    admit(w, r.stay_id, arrival)
    with w.write("petugas_admin") as s:
        decision.record_requester_informed(s, decision.RequesterInformedInput(
            r.stay_id, informed_at=arrival + timedelta(hours=4)))
    trace(w, r.stay_id, ago(days=8))  # family contact BEFORE the client is returnable
    assert steps(w, r.stay_id)["bjm-terminasi-rs/hubungi_keluarga"].done_at is None
    with pytest.raises(DomainError, match="masa depan"), w.write("pekerja_sosial") as s:
        termination.mark_ready_for_return(s, termination.ReadyInput(
            r.stay_id, "dijemput_keluarga", at=NOW + timedelta(hours=2)))
    with pytest.raises(DomainError, match="sebelum klien tiba"), w.write("pekerja_sosial") as s:
        termination.mark_ready_for_return(s, termination.ReadyInput(
            r.stay_id, "dijemput_keluarga", at=arrival - timedelta(hours=1)))
    with w.write("pekerja_sosial") as s:
        termination.mark_ready_for_return(s, termination.ReadyInput(
            r.stay_id, "dijemput_keluarga", at=ago(days=2)))
    contact = ago(days=1)
    trace(w, r.stay_id, contact)  # after: this is the standard's first step
    print_penjamin(w, r.stay_id, "Aminah")
    with w.write("pekerja_sosial") as s:
        termination.terminate(s, termination.TerminationInput(
            r.stay_id, mode="dijemput_keluarga", basis="dijemput_keluarga", place="RS",
            witnesses=["Pramu"], pickup_name="Aminah", pickup_papers=["kk"],
            surat_penjamin_signed=True, meterai=True, terminated_at=ago(hours=3),
            surat_penjamin_scan=FileUpload(b"%PDF-1.4 signed", "penjamin.pdf")))
    done = steps(w, r.stay_id)
    assert done["bjm-terminasi-rs/hubungi_keluarga"].done_at == contact
    for key in ("bjm-penerimaan-rs/pemberitahuan_razia", "bjm-penerimaan-rs/asesmen",
                "bjm-penerimaan-rs/penentuan_status", "bjm-penerimaan-rs/informasi_pemohon",
                "bjm-terminasi-rs/surat_penjamin", "bjm-terminasi-rs/serah_terima"):
        assert done[key].done_at is not None, key
    assert done["bjm-terminasi-rs/pengantaran"].state == "tidak_berlaku"


def test_notice_to_the_requester_stays_tracked_after_a_referral(store):
    w = World(store)
    arrival = ago(days=3)
    r = register(w, arrival, source="laporan_masyarakat")
    admit(w, r.stay_id, arrival, outcome="rujuk", referral_destination="RSJ Sambang Lihum")
    with w.store.read() as s:
        assert s.get(Stay, r.stay_id).closed_at is not None
    notice = steps(w, r.stay_id)["bjm-penerimaan-rs/informasi_pemohon"]
    assert notice.applicable and notice.done_at is None and notice.state == "terlambat"
    with w.write("petugas_admin") as s:
        decision.record_requester_informed(s, decision.RequesterInformedInput(r.stay_id))
    assert steps(w, r.stay_id)["bjm-penerimaan-rs/informasi_pemohon"].done_at is not None


# -- Kota Banjar: gelandangan dan pengemis ------------------------------------------------------

@pytest.fixture
def banjar(store):
    return World(store, standard="banjar-gepeng", code="BJR", regency="Kota Banjar")


def test_banjar_local_client_reunited_and_followed_up_after_discharge(banjar):
    w = banjar
    arrival = ago(days=6)
    r = register(w, arrival, regency="Kota Banjar")
    admit(w, r.stay_id, arrival)
    with w.write("pekerja_sosial") as s:
        casework.record_guidance(s, casework.GuidanceInput(
            r.stay_id, "bimbingan_sosial", held_at=arrival + timedelta(days=1)))
    trace(w, r.stay_id, arrival + timedelta(days=2))
    assess(w, r.stay_id, "lanjutan", arrival + timedelta(days=3), ready=True)
    before = steps(w, r.stay_id)["banjar-gepeng/home_visit"]
    assert before.applicable and before.due_at is None  # not due before discharge
    left = arrival + timedelta(days=4)
    with w.write("pekerja_sosial") as s:
        termination.terminate(s, termination.TerminationInput(
            r.stay_id, mode="diantar_pulang", basis="siap_pulang", destination="Jl. Siliwangi",
            place="Rumah", witnesses=["Ketua RT"], terminated_at=left,
            home_visit_on=(left + timedelta(days=1)).date()))
    after = steps(w, r.stay_id)
    assert after["banjar-gepeng/reunifikasi"].done_at == left
    visit = after["banjar-gepeng/home_visit"]
    assert visit.applicable and visit.due_at is not None and visit.due_at > left
    assert visit.state == "tepat_waktu" or visit.state == "segera"
    assert steps(w, r.stay_id, now=left + timedelta(days=30))["banjar-gepeng/home_visit"
                                                              ].state == "terlambat"
    with w.store.read() as s:
        from sqlmodel import select

        from rumahsinggah.storage.models import HomeVisit

        hv = s.exec(select(HomeVisit)).one()
    with w.write("pekerja_sosial") as s:
        casework.log_home_visit(s, casework.HomeVisitLogInput(
            hv.id, result="Klien tinggal bersama keluarga", visited_at=ago(hours=1)))
    assert steps(w, r.stay_id)["banjar-gepeng/home_visit"].done_at is not None


def test_banjar_referral_to_a_balai_at_exit_is_not_reunification(banjar):
    w = banjar
    arrival = ago(days=6)
    r = register(w, arrival, regency="Kota Banjar")
    admit(w, r.stay_id, arrival)
    # no assessment says "ready to return": the family was not found
    with w.write("pekerja_sosial") as s:
        termination.terminate(s, termination.TerminationInput(
            r.stay_id, mode="dirujuk_balai_panti", destination="Balai Rehsos Ciung Wanara",
            place="Balai", witnesses=["Petugas balai"], terminated_at=ago(days=1)))
    done = steps(w, r.stay_id)
    assert done["banjar-gepeng/layanan_rujukan"].done_at is not None
    assert done["banjar-gepeng/pengiriman_balai"].done_at is not None
    assert done["banjar-gepeng/reunifikasi"].done_at is None
    assert done["banjar-gepeng/reunifikasi"].state == "tidak_berlaku"


# -- Bangka Belitung: both paths ----------------------------------------------------------------

@pytest.fixture
def babel(store):
    return World(store, standard="babel-orang-terlantar", kind="panti", code="PSBS",
                 regency="Kota Pangkalpinang")


PATH_A = {"surat_pengantar_daerah": True, "identitas_dan_sk_terlantar": True,
          "laporan_sosial_asesmen_awal": True}
PATH_B = {"surat_permohonan_pelapor": True}


@pytest.mark.parametrize(("source", "papers", "other", "prefix"), [
    ("rujukan_antar_daerah", PATH_A, PATH_B, "a_"),
    ("permintaan_langsung", PATH_B, PATH_A, "b_"),
])
def test_babel_path_end_to_end(babel, source, papers, other, prefix):
    w = babel
    arrival = ago(days=8)
    wrong = register(w, arrival, source=source, requirements=other, full_name="Salah Jalur")
    assert "jalur_penerimaan" in wrong.missing_requirements  # the other path's papers
    r = register(w, arrival, source=source, requirements=papers)
    assert r.missing_requirements == ()
    admit(w, r.stay_id, arrival)
    with pytest.raises(DomainError, match="asesmen lanjutan"), w.write("pekerja_sosial") as s:
        casework.refer_to_panti(s, casework.ReferralInput(r.stay_id, "Panti Sosial"))
    assess(w, r.stay_id, "lanjutan", arrival + timedelta(days=1))
    referred = arrival + timedelta(days=2)
    with w.write("pekerja_sosial") as s:
        casework.refer_to_panti(s, casework.ReferralInput(
            r.stay_id, "Panti Sosial Bina Serumpun", letter_number="460/12/Dinsos",
            referred_at=referred))
    with w.store.read() as s:
        assert s.get(Stay, r.stay_id).closed_at is None  # the case stays open
    assert steps(w, r.stay_id)[f"babel-orang-terlantar/{prefix}rujuk_panti"].done_at == referred
    with w.write("pekerja_sosial") as s:
        casework.record_coordination(s, casework.CoordinationInput(
            r.stay_id, region="Kabupaten Bangka", agency_name="Dinsos Bangka",
            sent_at=arrival + timedelta(days=3)))
    assess(w, r.stay_id, "lanjutan", arrival + timedelta(days=4), ready=True)
    with w.write("pekerja_sosial") as s:
        termination.terminate(s, termination.TerminationInput(
            r.stay_id, mode="diantar_pulang", basis="siap_pulang", destination="Sungailiat",
            place="Rumah keluarga", witnesses=["Kepala Desa"], terminated_at=ago(days=1)))
    done = steps(w, r.stay_id)
    mine = {k: v for k, v in done.items() if k.startswith(f"babel-orang-terlantar/{prefix}")}
    theirs = {k: v for k, v in done.items()
              if k.startswith("babel-orang-terlantar/") and k not in mine}
    assert mine and all(v.state == "tidak_berlaku" for v in theirs.values())
    assert done[f"babel-orang-terlantar/{prefix}pemulangan"].done_at is not None
    assert done[f"babel-orang-terlantar/{prefix}pencatatan_identitas"].done_at is not None


# -- Pangkalpinang: tuna susila -----------------------------------------------------------------

@pytest.fixture
def pgk(store):
    return World(store, standard="pgk-tuna-susila", kind="rps", code="PGK",
                 regency="Kota Pangkalpinang")


def test_pangkalpinang_from_complete_file_to_closing(pgk):
    w = pgk
    arrival = ago(days=9)
    r = register(w, arrival, source="laporan_masyarakat", sex="P")
    assert r.missing_requirements == ("wanita_tuna_susila",)
    assert r.warnings and "Wanita Tuna Susila" in r.warnings[0]
    complete = arrival + timedelta(days=1, hours=2)
    with pytest.raises(DomainError, match="masa depan"), w.write("pekerja_sosial") as s:
        intake.record_requirements(s, intake.RequirementsInput(
            r.stay_id, {"wanita_tuna_susila": True}, completed_at=NOW + timedelta(days=1)))
    with w.write("pekerja_sosial") as s:
        intake.record_requirements(s, intake.RequirementsInput(
            r.stay_id, {"wanita_tuna_susila": True}, completed_at=complete))
    survey = steps(w, r.stay_id)["pgk-tuna-susila/survei_asesmen_awal"]
    assert survey.due_at is not None and survey.due_at > complete + timedelta(days=1)
    with pytest.raises(DomainError, match="RPS"), w.write("pramu_sosial") as s:
        casework.place_in_rps(s, casework.RpsPlacementInput(r.stay_id, "Darurat"))
    placed = arrival + timedelta(days=1, hours=3)
    with w.write("pekerja_sosial") as s:
        casework.place_in_rps(s, casework.RpsPlacementInput(
            r.stay_id, "Ancaman dari mucikari: perlu pengamanan", placed_at=placed))
    assert steps(w, r.stay_id)["pgk-tuna-susila/rujuk_rps"].done_at == placed
    with pytest.raises(DomainError, match="berwenang"):
        admit(w, r.stay_id, arrival + timedelta(days=1, hours=4), outcome="tolak")
    with w.write("kepala_bidang") as s:
        result = decision.decide(s, decision.DecisionInput(
            r.stay_id, "tolak", reason="Bukan kewenangan Dinsos Kota",
            referral_destination="UPTD PPA Provinsi", decided_at=ago(days=5)))
    assert result.status == "ditolak"
    done = steps(w, r.stay_id)
    assert done["pgk-tuna-susila/disposisi_kabid"].done_at is not None


def test_pangkalpinang_accepted_case_runs_to_its_closing(pgk):
    w = pgk
    arrival = ago(days=9)
    r = register(w, arrival, source="laporan_masyarakat", sex="P",
                 requirements={"wanita_tuna_susila": True})
    assert r.warnings == ()
    admit(w, r.stay_id, arrival)
    assess(w, r.stay_id, "lingkungan_sosial", arrival + timedelta(days=1))
    assess(w, r.stay_id, "lanjutan", arrival + timedelta(days=2), ready=True)
    with w.write("pekerja_sosial") as s:
        termination.terminate(s, termination.TerminationInput(
            r.stay_id, mode="dijemput_keluarga", basis="siap_pulang", place="RPS",
            witnesses=["Ketua RPS"], pickup_name="Ibu Sari", terminated_at=ago(days=1)))
    done = steps(w, r.stay_id)
    for key in ("terima_laporan", "survei_asesmen_awal", "disposisi_kabid", "asesmen_lanjutan",
                "kasus_ditutup"):
        assert done[f"pgk-tuna-susila/{key}"].done_at is not None, key
