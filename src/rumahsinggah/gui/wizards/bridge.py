"""The wizards' only contact with the workflow services (Qt-free, runs on the door's worker).

Each function turns the plain values a wizard collected into the service's typed input and
calls ONE service function, or reads plain reference data for a page. No rule lives here:
refusals come from the services as DomainError with an Indonesian message and a field name.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import from_local
from rumahsinggah.core.nik import check_nik
from rumahsinggah.gui.wizards import deskclock
from rumahsinggah.gui.wizards.photos import (  # noqa: F401 - camera pictures
    DATA_PREFIX,
    from_data_url,
    to_data_url,
)
from rumahsinggah.services.case_views import (  # noqa: F401 - the wizards' read models
    Candidate,
    CaseRow,
    case_heading,
    case_rows,
    case_summary,
    find_candidates,
    home_visit_rows,
    home_visits_due,
    intake_reference,
    open_coordinations,
    returning_example,
)
from rumahsinggah.services.intake import raid_agency_prefill  # noqa: F401 - the intake rule
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Agency


def _uuid(value: Any) -> uuid.UUID | None:
    if not value:
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _local_dt(text: str | None) -> datetime | None:
    """A wall-clock ISO text typed at the desk (the facility's zone), as aware UTC."""
    if not text:
        return None
    return from_local(datetime.fromisoformat(text), deskclock.zone())


def _local_date_dt(text: str | None) -> datetime | None:
    """A local date (ISO) as the aware UTC moment of its local noon, or now when it is today."""
    if not text:
        return None
    d = date.fromisoformat(text)
    if d == deskclock.today():
        return datetime.now(UTC)
    return from_local(datetime(d.year, d.month, d.day, 12, 0), deskclock.zone())


def nik_problem(value: Any) -> str | None:
    """Inline check of a typed NIK through the rules' own validator."""
    try:
        check_nik(str(value))
    except DomainError as exc:
        return exc.message
    return None


# -- intake ------------------------------------------------------------------------------


def _person(p: dict[str, Any]) -> Any:
    from rumahsinggah.services.casework import BelongingInput
    from rumahsinggah.services.intake import PersonInput

    return PersonInput(
        full_name=p.get("full_name", ""), sex=p.get("sex", ""), nickname=p.get("nickname", ""),
        nik=p.get("nik") or None, kk_number=p.get("kk_number") or None,
        birth_date=p.get("birth_date"),
        estimated_age=None if p.get("birth_date") else p.get("age"),
        birth_place=p.get("birth_place", ""), religion=p.get("religion") or "",
        address=p.get("address", ""), village=p.get("village", ""),
        district=p.get("district", ""), regency=p.get("regency", ""),
        province=p.get("province", ""), physical_description=p.get("physical_description", ""),
        pmks_category=p.get("pmks_category") or "",
        existing_client_id=_uuid(p.get("client_id")),
        requirements=dict(p.get("requirements") or {}),
        healthy=bool(p.get("healthy", True)),
        health_referral_to=p.get("health_referral_to", ""),
        belongings=[BelongingInput(description=desc, quantity=qty)
                    for qty, desc in map(_split_quantity, p.get("belongings") or [])],
        photo=_upload(p["photo"], "photo", "foto-klien.jpg") if p.get("photo") else None,
    )


def register_intake(session: Any, store: Any, payload: dict[str, Any]) -> Any:
    """One call of the intake service (a person or a whole raid, belongings and photo too)."""
    from rumahsinggah.services import intake

    v = payload["values"]
    reqs = {k: bool(x) for k, x in (payload.get("requirements") or {}).items()}
    people = []
    for p in payload["people"]:
        p = dict(p)
        p["requirements"] = reqs
        people.append(p)
    if payload["raid"]:
        # link the raid to the agency's record when the name typed is one we know
        agency_id = session.execute(
            select(Agency.id).where(Agency.name == (v["raid_agency"] or "").strip(),
                                    Agency.deleted_at.is_(None))
        ).scalars().first()
        result = intake.register_raid(session, intake.RaidInput(
            raid_date=_local_date_dt(v["raid_date"]),
            facility_id=_uuid(v["facility_id"]),
            people=[_person(p) for p in people],
            standard_code=v["standard_code"] or "",
            agency_id=agency_id,
            agency_name=v["raid_agency"],
            place=v["raid_place"],
            letter_number=v["raid_letter"],
            arrival_at=_local_dt(v["arrival_at"]),
            pmks_category=v.get("raid_pmks") or "",
        ))
    else:
        result = intake.register_person(session, intake.IntakeInput(
            person=_person(people[0]),
            facility_id=_uuid(v["facility_id"]),
            source=v["source"] or "",
            standard_code=v["standard_code"] or "",
            arrival_at=_local_dt(v["arrival_at"]),
            referring_agency_id=_uuid(v["referring_agency_id"]),
            requester_name=v["requester_name"],
            requester_contact=v["requester_contact"],
        ))
    return result


def _split_quantity(text: str) -> tuple[int, str]:
    """'2 baju' -> (2, 'baju'); 'tas' -> (1, 'tas')."""
    head, _, rest = text.strip().partition(" ")
    if head.isdigit() and rest.strip():
        return int(head), rest.strip()
    return 1, text.strip()


_INTAKE_FIELDS = {
    "full_name": "full_name", "nickname": "nickname", "sex": "sex", "nik": "nik",
    "estimated_age": "age", "birth_date": "birth_date", "religion": "religion",
    "kk_number": "kk_number",
    "pmks_category": "pmks_category", "existing_client_id": "full_name",
    "requirements": "requirements", "health_referral_to": "health_referral_to",
    "facility_id": "facility_id", "standard_code": "standard_code", "source": "source",
    "arrival_at": "arrival_at", "referring_agency_id": "referring_agency_id",
    "raid_date": "raid_date", "agency_name": "raid_agency", "agency_id": "raid_agency",
    "people": "people", "photo": "photo",
}


def intake_error_field(field_name: str | None, raid: bool) -> str | None:
    if not field_name:
        return None
    if field_name.startswith("people["):
        inner = field_name.split(".", 1)[-1]
        return "people" if raid else _INTAKE_FIELDS.get(inner, inner)
    return _INTAKE_FIELDS.get(field_name, field_name)


# -- choosing a case ---------------------------------------------------------------------


# -- casework ----------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    return [x.strip() for x in (text or "").splitlines() if x.strip()]


def intake_belongings(store: Any, stay_id: Any) -> list[str]:
    """The barang bawaan recorded at intake for a stay, one line each ('2 baju')."""
    from rumahsinggah.services import casework

    sid = _uuid(stay_id)
    if sid is None:
        return []
    with store.read() as s:
        return [casework.belonging_line(b) for b in casework.belongings_of(s, sid)]


def record_identification(session: Any, v: dict[str, Any]) -> Any:
    from rumahsinggah.services import casework

    belongings: list[Any] | None = []
    for line in _lines(v.get("belongings", "")):
        qty, desc = _split_quantity(line)
        belongings.append(casework.BelongingInput(description=desc, quantity=qty))
    if not belongings and not v.get("belongings_checked", True):
        belongings = None  # the intake's list was never shown: keep it as it is
    return casework.record_identification(session, casework.IdentificationInput(
        stay_id=_uuid(v["stay_id"]), papers_seen=list(v.get("papers_seen") or []),
        healthy=bool(v.get("healthy")), health_notes=v.get("health_notes", ""),
        health_referral_to=v.get("health_referral_to", ""), notes=v.get("notes", ""),
        belongings=belongings, identified_at=_local_dt(v.get("identified_at")),
    ))


def record_assessment(session: Any, v: dict[str, Any]) -> Any:
    from rumahsinggah.services import casework

    return casework.record_assessment(session, casework.AssessmentInput(
        stay_id=_uuid(v["stay_id"]), kind=v.get("kind") or "",
        problem=v.get("problem", ""), causes=v.get("causes", ""),
        physical_condition=v.get("physical_condition", ""),
        mental_condition=v.get("mental_condition", ""),
        spiritual_condition=v.get("spiritual_condition", ""),
        social_condition=v.get("social_condition", ""),
        family_situation=v.get("family_situation", ""), potentials=v.get("potentials", ""),
        needs=v.get("needs", ""), recommendation=v.get("recommendation", ""),
        ready_to_return=bool(v.get("ready_to_return")),
        submit_for_decision=bool(v.get("submit_for_decision")),
        assessed_at=_local_dt(v.get("assessed_at")),
    ))


def decide(session: Any, v: dict[str, Any]) -> Any:
    from rumahsinggah.services import decision

    return decision.decide(session, decision.DecisionInput(
        stay_id=_uuid(v["stay_id"]), outcome=v.get("outcome") or "", reason=v.get("reason", ""),
        referral_destination=v.get("referral_destination", ""),
    ))


def record_care(session: Any, v: dict[str, Any]) -> Any:
    """One care entry: a guidance session, a family member, a tracing attempt or a
    coordination letter, by the kind chosen on the wizard's first page."""
    from rumahsinggah.services import casework
    from rumahsinggah.storage.models import Stay

    stay_id = _uuid(v["stay_id"])
    kind = v.get("care_kind")
    if kind == "bimbingan":
        return casework.record_guidance(session, casework.GuidanceInput(
            stay_id=stay_id, kind=v.get("service_kind") or "",
            held_at=_local_dt(v.get("held_at")), officer_name=v.get("officer_name", ""),
            duration_minutes=int(v["duration_minutes"]) if v.get("duration_minutes") else None,
            notes=v.get("session_notes", ""),
        ))
    if kind == "keluarga":
        stay = session.get(Stay, stay_id)
        return casework.add_family_member(session, casework.FamilyMemberInput(
            client_id=stay.client_id if stay else None, full_name=v.get("fam_name", ""),
            relationship=v.get("fam_relationship", ""), nik=v.get("fam_nik") or None,
            phone=v.get("fam_phone", ""), address=v.get("fam_address", ""),
            regency=v.get("fam_regency", ""), province=v.get("fam_province", ""),
        ))
    if kind == "penelusuran":
        return casework.record_tracing(session, casework.TracingInput(
            stay_id=stay_id, method=v.get("trace_method") or "",
            counterpart=v.get("trace_counterpart", ""),
            result=v.get("trace_result") or "menunggu", notes=v.get("trace_notes", ""),
            attempted_at=_local_dt(v.get("trace_at")),
        ))
    if kind == "koordinasi":
        return casework.record_coordination(session, casework.CoordinationInput(
            stay_id=stay_id, region=v.get("coord_region", ""),
            agency_name=v.get("coord_agency", ""), letter_number=v.get("coord_letter", ""),
            sent_at=_local_dt(v.get("coord_at")), notes=v.get("coord_notes", ""),
        ))
    if kind == "balasan":
        return casework.record_coordination_response(session, casework.CoordinationResponseInput(
            coordination_id=_uuid(v.get("reply_to")), response=v.get("reply_text", ""),
            responded_at=_local_dt(v.get("reply_at")),
        ))
    raise DomainError("Pilih jenis catatan layanan.", field="care_kind")


def log_home_visit(session: Any, v: dict[str, Any]) -> Any:
    from rumahsinggah.services import casework

    return casework.log_home_visit(session, casework.HomeVisitLogInput(
        home_visit_id=_uuid(v["stay_id"]), result=v.get("visit_result", ""),
        visited_at=_local_dt(v.get("visited_at")), notes=v.get("visit_notes", ""),
    ))


# -- termination -------------------------------------------------------------------------


def terminate(session: Any, store: Any, v: dict[str, Any]) -> Any:
    """The whole termination request (scan, photos, optional home visit) as ONE service call;
    the service writes the files only after every check passed."""
    from rumahsinggah.services import termination

    mode = v.get("mode") or ""
    scans = v.get("penjamin_scan") or [] if mode == "dijemput_keluarga" else []
    destination = {
        "diantar_pulang": v.get("deliver_destination", ""),
        "dirujuk_balai_panti": v.get("refer_destination", ""),
        "diserahkan_instansi": v.get("handover_agency", ""),
    }.get(mode, "")
    home_visit = v.get("home_visit") and mode in ("dijemput_keluarga", "diantar_pulang")
    return termination.terminate(session, termination.TerminationInput(
        stay_id=_uuid(v["stay_id"]), mode=mode, basis=v.get("basis") or "",
        terminated_at=_local_dt(v.get("terminated_at")), place=v.get("place", ""),
        destination=destination, escort=v.get("escort", ""),
        witnesses=_lines(v.get("witnesses", "")), notes=v.get("notes", ""),
        pickup_name=v.get("pickup_name", ""), pickup_relationship=v.get("pickup_relationship", ""),
        pickup_nik=v.get("pickup_nik") or None, pickup_address=v.get("pickup_address", ""),
        pickup_phone=v.get("pickup_phone", ""), pickup_papers=list(v.get("pickup_papers") or []),
        surat_penjamin_signed=bool(v.get("penjamin_signed")), meterai=bool(v.get("meterai")),
        surat_penjamin_scan=_upload(scans[-1], "penjamin_scan", "surat-penjamin.jpg")
        if scans else None,
        photos=[_upload(p, "photos", f"dokumentasi-{i}.jpg")
                for i, p in enumerate(v.get("photos") or [], start=1)],
        home_visit_on=date.fromisoformat(v["home_visit_date"]) if home_visit else None,
    ))


def _upload(value: str, fld: str, camera_name: str) -> Any:
    from rumahsinggah.services.attachments import FileUpload

    data, name = _file_bytes(value, fld, camera_name)
    return FileUpload(data, name)


def _file_bytes(value: str, fld: str, camera_name: str) -> tuple[bytes, str]:
    """A chosen file's bytes and name, or a camera picture kept in memory (data URL)."""
    taken = from_data_url(value)
    if taken is not None:
        return taken, camera_name
    return _read(value, fld), Path(value).name


def _read(path: str, fld: str) -> bytes:
    p = Path(path)
    if not p.is_file():
        raise DomainError(f"Berkas {p.name} tidak ditemukan lagi. Pilih ulang berkasnya.",
                          field=fld)
    return p.read_bytes()


def penjamin_params(v: dict[str, Any]) -> dict[str, Any]:
    return {"penjamin": {
        "nama": v.get("pickup_name", ""),
        "nik": v.get("pickup_nik", ""),
        "hubungan": v.get("pickup_relationship", ""),
        "alamat": v.get("pickup_address", ""),
        "telepon": v.get("pickup_phone", ""),
    }}


def surat_penjamin_pdf(store: Any, actor: Actor, v: dict[str, Any],
                       previous: Any = None) -> Any:
    """The Surat Penjamin for the pickup typed so far: generated, numbered and kept by the
    letters service, or, when ``previous`` (a LetterResult) was made for the same pickup, that
    kept letter again (printing twice must not use up a second number)."""
    from rumahsinggah.services import letters

    params = penjamin_params(v)
    if previous is not None and getattr(previous, "params", None) == params:
        return previous
    result = letters.generate_letter(store, actor, "surat_penjamin",
                                     stay_id=_uuid(v["stay_id"]), params=params)
    return _Printed(result.letter_id, result.number, result.pdf, params)


@dataclass(frozen=True)
class _Printed:
    letter_id: uuid.UUID
    number: str
    pdf: bytes
    params: dict[str, Any]


