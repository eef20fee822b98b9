"""Every wizard page, filled with example values, for the ``screenshots`` command.

Nothing is written: no wizard is finished and autosave is off, so the example typing leaves no
draft. Wizards a role may not open are shown as that role would see them (the same user with
the wizard's role), because the screenshots document every page.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest

from rumahsinggah.gui.wizards.wizard import WizardBase, actor_of

PEOPLE = [
    {"full_name": "Budi Santoso", "nickname": "Budi", "sex": "L", "age": "34",
     "origin": "Banjarmasin"},
    {"full_name": "Siti Aminah", "nickname": "Ami", "sex": "P", "age": "52",
     "origin": "Banjarbaru"},
    {"full_name": "Muhamad Rizky", "nickname": "Iki", "sex": "L", "age": "17",
     "origin": "Martapura"},
    {"full_name": "Rahmat Hidayat", "nickname": "Amat", "sex": "L", "age": "45",
     "origin": "Banjarmasin"},
]


def _idle(door: Any, wait: Callable[[], None] | None) -> None:
    if wait is not None:
        wait()
    end = time.monotonic() + 10
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        if not door.busy:
            QCoreApplication.processEvents()
            break
        time.sleep(0.01)


def _make(cls: type[WizardBase], door: Any, actor: Any, wait: Any) -> WizardBase:
    role = actor.role if cls.allowed(actor.role) else sorted(cls.roles)[0]
    w = cls(door, replace(actor, role=role), offer_draft=False)
    w.autosave = False
    w.resize(900, 680)
    w.show()
    _idle(door, wait)
    return w


def _fill(w: WizardBase, values: dict[str, Any]) -> None:
    fields = w.all_fields()
    for name, value in values.items():
        if name in fields:
            fields[name].setter(value)
    w.refresh_pages()


def _first_case(w: Any) -> bool:
    if w.picker.list.count():
        w.picker.list.setCurrentRow(0)
        return True
    return False


def walk_pages(door: Any, signed_in: Any, *, wait: Callable[[], None] | None = None
               ) -> Iterator[tuple[str, Any]]:
    from rumahsinggah.gui.wizards.casework import (
        AssessmentWizard,
        CareWizard,
        DecisionWizard,
        HomeVisitWizard,
        IdentificationWizard,
    )
    from rumahsinggah.gui.wizards.intake import IntakeWizard
    from rumahsinggah.gui.wizards.termination import TerminationWizard

    actor = actor_of(signed_in)

    def step(w: WizardBase) -> None:
        w.next()
        _idle(door, wait)

    # -- a wizard reopened after a power cut offers the unfinished draft (shown, not stored)
    import uuid
    from datetime import UTC, datetime, timedelta

    from rumahsinggah.services.drafts import DraftInfo

    w = _make(IntakeWizard, door, actor, wait)
    w._drafts_found([DraftInfo(id=uuid.uuid4(), wizard=w.name, owner_id=actor.user_id,
                               subject_id=None, page="orang", data={},
                               updated_at=datetime.now(UTC) - timedelta(minutes=7))])
    yield "wizard-penerimaan-0-lanjutkan-draf", w
    w.close()
    w.deleteLater()

    # -- intake: a raid
    w = _make(IntakeWizard, door, actor, wait)
    yield "wizard-penerimaan-1-jenis", w
    _fill(w, {"mode": "razia"})
    step(w)
    _fill(w, {"raid_letter": "300/145/Satpol PP/XI/2026", "raid_place": "Pasar Sudimampir",
              "raid_pmks": "gelandangan"})
    yield "wizard-penerimaan-2-razia", w
    step(w)
    people = [dict(p) for p in PEOPLE]
    found: list[Any] = []
    from rumahsinggah.gui.wizards import bridge

    door.query(bridge.returning_example, found.append, owner=w)
    _idle(door, wait)
    if found and found[0]:
        people[2] = found[0]  # a returning client typed in an old spelling
    w.table.set_rows(people)
    for row in range(len(people)):
        w._schedule_match(f"row{row}")
    QTest.qWait(400)
    _idle(door, wait)
    w.table.setCurrentCell(2, 0)
    w._show_panel_for(2)
    yield "wizard-penerimaan-3-orang", w
    for key, cands in list(w.candidates.items()):
        if cands:
            w._decided(key, cands[0].client_id)
    step(w)
    yield "wizard-penerimaan-4-syarat-razia", w
    step(w)
    yield "wizard-penerimaan-5-ringkasan", w
    w.close()
    w.deleteLater()

    # -- intake: one person, not healthy
    w = _make(IntakeWizard, door, actor, wait)
    _fill(w, {"mode": "satu", "source": "laporan_masyarakat",
              "requester_name": "Ketua RT 05 Kelayan"})
    step(w)
    _fill(w, {"full_name": "Abdul Gani", "nickname": "Gani", "sex": "L", "age": "70",
              "regency": "Kota Banjarmasin", "pmks_category": "lanjut usia terlantar"})
    QTest.qWait(400)
    _idle(door, wait)
    yield "wizard-penerimaan-6-identitas", w
    step(w)
    _fill(w, {"address": "Jl. Kelayan B Gg. Amal RT 05", "village": "Kelayan Dalam",
              "district": "Banjarmasin Selatan", "province": "Kalimantan Selatan",
              "physical_description": "Rambut beruban, bekas luka di dahi"})
    yield "wizard-penerimaan-7-asal", w
    step(w)
    _fill(w, {"healthy": False, "health_referral_to": "Puskesmas Pekapuran Raya",
              "belongings": "2 baju\n1 tas ransel"})
    yield "wizard-penerimaan-8-syarat-satu-orang", w
    w.close()
    w.deleteLater()

    # -- identification
    w = _make(IdentificationWizard, door, actor, wait)
    yield "wizard-identifikasi-1-pilih", w
    if _first_case(w):
        step(w)
        _fill(w, {"papers_seen": ["ktp"], "belongings": "1 tas ransel\n2 baju",
                  "notes": "Ditemukan tidur di emper toko"})
        yield "wizard-identifikasi-2-form", w
    w.close()
    w.deleteLater()

    # -- assessment
    w = _make(AssessmentWizard, door, actor, wait)
    yield "wizard-asesmen-1-pilih", w
    if _first_case(w):
        step(w)
        _fill(w, {"kind": "awal", "problem": "Menggelandang sejak kehilangan pekerjaan",
                  "causes": "Kehilangan pekerjaan, jauh dari keluarga"})
        yield "wizard-asesmen-2-jenis", w
        step(w)
        _fill(w, {"physical_condition": "Sehat, kurang gizi ringan",
                  "mental_condition": "Stabil, mudah diajak bicara"})
        yield "wizard-asesmen-3-kondisi", w
        step(w)
        _fill(w, {"family_situation": "Ibu di Martapura, belum dihubungi",
                  "needs": "Penelusuran keluarga"})
        yield "wizard-asesmen-4-keluarga", w
        step(w)
        _fill(w, {"recommendation": "Tampung dan telusuri keluarga",
                  "submit_for_decision": True})
        yield "wizard-asesmen-5-rekomendasi", w
    w.close()
    w.deleteLater()

    # -- decision
    w = _make(DecisionWizard, door, actor, wait)
    yield "wizard-keputusan-1-antrean", w
    if _first_case(w):
        step(w)
        _fill(w, {"outcome": "tampung", "reason": "Memenuhi persyaratan; keluarga ditelusuri"})
        yield "wizard-keputusan-2-putusan", w
    w.close()
    w.deleteLater()

    # -- care
    w = _make(CareWizard, door, actor, wait)
    yield "wizard-layanan-1-pilih", w
    if _first_case(w):
        step(w)
        for kind, values in (
            ("bimbingan", {"service_kind": "bimbingan_fisik", "duration_minutes": "45",
                           "session_notes": "Senam pagi bersama"}),
            ("keluarga", {"fam_name": "Hj. Aminah", "fam_relationship": "ibu",
                          "fam_regency": "Kabupaten Banjar"}),
            ("penelusuran", {"trace_method": "telepon", "trace_counterpart": "Kelurahan Kelayan",
                             "trace_notes": "Alamat ibu dikonfirmasi"}),
            ("koordinasi", {"coord_region": "Kabupaten Banjar",
                            "coord_agency": "Dinas Sosial Kabupaten Banjar",
                            "coord_letter": "460/221/Dinsos/XI/2026"}),
            ("balasan", {"reply_text": "Keluarga klien ditemukan di Martapura; siap menjemput"}),
        ):
            _fill(w, {"care_kind": kind})
            if kind == "bimbingan":
                yield "wizard-layanan-2-jenis", w
            step(w)
            _fill(w, values)
            yield f"wizard-layanan-3-{kind}", w
            w.back()
            _idle(door, wait)
    w.close()
    w.deleteLater()

    # -- termination
    w = _make(TerminationWizard, door, actor, wait)
    yield "wizard-terminasi-1-pilih", w
    if _first_case(w):
        step(w)
        _fill(w, {"mode": "dijemput_keluarga", "basis": "dijemput_keluarga"})
        yield "wizard-terminasi-2-dasar", w
        for mode, page_values in (
            ("dijemput_keluarga", {"pickup_name": "Hj. Aminah", "pickup_relationship": "ibu",
                                   "pickup_address": "Jl. Pekapuran Raya 12",
                                   "pickup_papers": ["ktp", "kk"]}),
            ("diantar_pulang", {"deliver_destination": "Jl. Kelayan B Gg. Amal 7",
                                "escort": "Anwar (pramu sosial)"}),
            ("dirujuk_balai_panti", {"refer_destination": "Panti Sosial Budi Sejahtera"}),
            ("diserahkan_instansi", {"handover_agency": "Dinas Sosial Kabupaten Banjar"}),
        ):
            _fill(w, {"mode": mode, "basis": "dijemput_keluarga" if mode ==
                      "dijemput_keluarga" else "siap_pulang"})
            step(w)
            _fill(w, page_values)
            yield f"wizard-terminasi-3-{mode}", w
            if mode == "dijemput_keluarga":
                _fill(w, {"penjamin_signed": True, "meterai": True})
                step(w)
                _fill(w, {"witnesses": "Siti (pramu sosial)\nPak RT 05", "home_visit": True})
                yield "wizard-terminasi-4-serah-terima", w
                w.back()
                _idle(door, wait)
            w.back()
            _idle(door, wait)
    w.close()
    w.deleteLater()

    # -- home visit
    w = _make(HomeVisitWizard, door, actor, wait)
    yield "wizard-kunjungan-rumah-1-pilih", w
    if _first_case(w):
        step(w)
        _fill(w, {"visit_result": "Klien tinggal bersama ibunya dan sudah bekerja"})
        yield "wizard-kunjungan-rumah-2-hasil", w
    w.close()
    w.deleteLater()
