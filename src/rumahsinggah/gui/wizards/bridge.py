"""The wizards' only contact with the workflow services (Qt-free, runs on the door's worker).

Each function turns the plain values a wizard collected into the service's typed input and
calls ONE service function, or reads plain reference data for a page. No rule lives here:
refusals come from the services as DomainError with an Indonesian message and a field name.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import from_local, local_today
from rumahsinggah.core.nik import check_nik
from rumahsinggah.standards import get_registry
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Agency, Facility, User

DATA_PREFIX = "data:image/jpeg;base64,"  # a camera picture kept in memory, never a file


def to_data_url(jpeg: bytes) -> str:
    return DATA_PREFIX + base64.b64encode(jpeg).decode("ascii")


def from_data_url(value: Any) -> bytes | None:
    if isinstance(value, str) and value.startswith(DATA_PREFIX):
        return base64.b64decode(value[len(DATA_PREFIX):])
    return None


def _uuid(value: Any) -> uuid.UUID | None:
    if not value:
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _local_dt(text: str | None) -> datetime | None:
    """A wall-clock ISO text typed at the desk, as aware UTC."""
    if not text:
        return None
    return from_local(datetime.fromisoformat(text))


def _local_date_dt(text: str | None) -> datetime | None:
    """A local date (ISO) as the aware UTC moment of its local noon, or now when it is today."""
    if not text:
        return None
    d = date.fromisoformat(text)
    if d == local_today():
        return datetime.now(UTC)
    return from_local(datetime(d.year, d.month, d.day, 12, 0))


def nik_problem(value: Any) -> str | None:
    """Inline check of a typed NIK through the rules' own validator."""
    try:
        check_nik(str(value))
    except DomainError as exc:
        return exc.message
    return None


# -- intake ------------------------------------------------------------------------------


def _short(title: str, limit: int = 70) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def intake_reference(store: Any, actor: Actor) -> dict[str, Any]:
    with store.read() as s:
        facilities = s.execute(
            select(Facility).where(Facility.deleted_at.is_(None)).order_by(Facility.name)
        ).scalars().all()
        agencies = s.execute(
            select(Agency).where(Agency.deleted_at.is_(None)).order_by(Agency.name)
        ).scalars().all()
        user = s.get(User, actor.user_id) if actor.user_id else None
        default_facility = str(user.facility_id) if user and user.facility_id else None
        raid_agency = next((a.name for a in agencies if a.kind == "satpol_pp"), "")
        fac = [{"id": str(f.id), "label": f"{f.name} ({f.code})", "kind": f.kind,
                "default_standard": f.default_standard, "regency": f.regency}
               for f in facilities]
        ags = [{"id": str(a.id), "label": a.name, "kind": a.kind} for a in agencies]
    standards = []
    for std in get_registry():
        reqs = []
        for req in std.requirements:
            # health is asked per person (the "sehat jasmani" box), not in the checklist
            if req.kind in ("dasar_terminasi", "kesehatan") or req.when.mode:
                continue
            for code in req.leaf_codes():
                leaf = _find_leaf(req, code)
                reqs.append({
                    "code": code,
                    "text": leaf.text if leaf else req.text,
                    "optional": bool(req.optional or (leaf and leaf.optional)),
                    "kind": (leaf or req).kind,
                    "default": code == "asal_calon_klien",
                })
        standards.append({"code": std.code, "title": std.title,
                          "title_short": _short(f"{std.agency.region or std.agency.name}: "
                                                f"{std.title}"),
                          "service": std.service, "facility_kinds": list(std.facility_kinds),
                          "requirements": reqs})
    return {"facilities": fac, "agencies": ags, "standards": standards,
            "default_facility": default_facility, "raid_agency_default": raid_agency}


def _find_leaf(req: Any, code: str) -> Any:
    if req.code == code and not (req.any_of or req.all_of):
        return req
    for sub in (*req.any_of, *req.all_of):
        found = _find_leaf(sub, code)
        if found is not None:
            return found
    return None


def find_candidates(store: Any, typed: dict[str, str]) -> list[Any]:
    """Probable earlier records of a typed person, best first, with reasons (the matcher)."""
    from rumahsinggah.gui.wizards.widgets import Candidate
    from rumahsinggah.services import matching
    from rumahsinggah.storage.models import Stay

    age = str(typed.get("age") or "").strip()
    query = matching.MatchQuery(
        full_name=typed.get("full_name", ""),
        sex=typed.get("sex") or None,
        estimated_age=int(age) if age.isdigit() else None,
        regency=typed.get("origin", ""),
        nik=(typed.get("nik") or "").strip() or None,
        kk_number=(typed.get("kk_number") or "").strip() or None,
        limit=3,
    )
    today = local_today()
    out = []
    with store.read() as s:
        for c in matching.find_candidates(s, query):
            last = s.execute(
                select(Stay.case_number, Stay.arrival_at)
                .where(Stay.client_id == c.client_id, Stay.deleted_at.is_(None))
                .order_by(Stay.arrival_at.desc()).limit(1)
            ).first()
            years = ""
            if c.birth_date is not None:
                years = str(today.year - c.birth_date.year - (
                    (today.month, today.day) < (c.birth_date.month, c.birth_date.day)))
            out.append(Candidate(
                client_id=str(c.client_id), full_name=c.full_name, nickname=c.nickname or "",
                sex=c.sex or "", age=years, origin=c.regency or "", nik=c.nik or "",
                last_case=(c.open_case_number or (last[0] if last else "")),
                last_seen=_date_text(last[1]) if last else "",
                score=float(c.score), reasons=list(c.reasons),
            ))
    return out


def _date_text(value: Any) -> str:
    from rumahsinggah.gui.wizards.base import date_id

    return date_id(value)


def _person(p: dict[str, Any]) -> Any:
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
    )


def register_intake(session: Any, store: Any, payload: dict[str, Any]) -> Any:
    """One call of the intake service (a person or a whole raid), then belongings and photo."""
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
        ))
        stays = [r.stay_id for r in result.people]
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
        stays = [result.stay_id]
    _belongings_and_photo(session, store, people, stays, result)
    return result


def _belongings_and_photo(session: Any, store: Any, people: list[dict[str, Any]],
                          stays: list[uuid.UUID], result: Any) -> None:
    from rumahsinggah.storage import attachments
    from rumahsinggah.storage.models import Belonging, Client, Stay

    for p, stay_id in zip(people, stays, strict=True):
        for item in p.get("belongings") or []:
            qty, desc = _split_quantity(item)
            session.add(Belonging(stay_id=stay_id, description=desc, quantity=qty))
        photo = p.get("photo")
        if photo:
            data, filename = _file_bytes(photo, "photo", "foto-klien.jpg")
            stay = session.get(Stay, stay_id)
            att = attachments.save_bytes(store, session, data, filename=filename,
                                         kind="foto", client_id=stay.client_id, stay_id=stay_id)
            client = session.get(Client, stay.client_id)
            client.photo_attachment_id = att.id
            session.add(client)
    session.flush()


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


def case_rows(store: Any, statuses: tuple[str, ...] | None = None, *,
              with_residency: bool = False) -> list[Any]:
    """Open stays (optionally of some statuses) as plain rows for a case picker."""
    from rumahsinggah.core.vocab import CASE_STATUS_LABELS
    from rumahsinggah.gui.wizards.widgets import CaseRow
    from rumahsinggah.services import residency, residents

    out = []
    with store.read() as s:
        for r in residents.current_residents(s):
            if statuses and r.status not in statuses:
                continue
            detail, day, warn = "", r.day, False
            if with_residency:
                try:
                    state = residency.residency_for_stay(s, r.stay_id)
                except DomainError:
                    state = None
                if state is not None and state.state in ("approaching", "eligible"):
                    mark = "‼ " if state.state == "eligible" else "▲ "
                    detail, day = mark + state.label, 0  # the label says the day itself
                    warn = state.state == "eligible"
            out.append(CaseRow(
                stay_id=str(r.stay_id), case_number=r.case_number, full_name=r.full_name,
                nickname=r.nickname, status=CASE_STATUS_LABELS.get(r.status, r.status),
                day=day, detail=detail, warn=warn,
            ))
    return out


def case_summary(store: Any, stay_id: str) -> dict[str, Any]:
    """What a decision or termination page shows about the case (plain values)."""
    from rumahsinggah.core.vocab import (
        ASSESSMENT_KIND_LABELS,
        CASE_SOURCE_LABELS,
        CASE_STATUS_LABELS,
        TERMINATION_BASIS_LABELS,
    )
    from rumahsinggah.services import casework, residency, termination
    from rumahsinggah.storage.models import Assessment, Client, Facility, Identification, Stay

    sid = _uuid(stay_id)
    with store.read() as s:
        stay = s.get(Stay, sid)
        if stay is None:
            return {}
        client = s.get(Client, stay.client_id)
        facility = s.get(Facility, stay.facility_id)
        assessments = s.execute(
            select(Assessment).where(Assessment.stay_id == sid, Assessment.deleted_at.is_(None))
            .order_by(Assessment.assessed_at.desc())
        ).scalars().all()
        ident = s.execute(select(Identification).where(Identification.stay_id == sid)
                          ).scalars().first()
        agency = s.get(Agency, stay.referring_agency_id) if stay.referring_agency_id else None
        try:
            res = residency.residency_for_stay(s, sid)
            res_label, res_state = res.label, res.state
        except DomainError:
            res_label, res_state = "", "none"
        try:
            bases = termination.allowed_bases(s, sid)
        except DomainError:
            bases = []
        latest = assessments[0] if assessments else None
        return {
            "stay_id": str(sid),
            "case_number": stay.case_number,
            "full_name": client.full_name if client else "",
            "nickname": client.nickname if client else "",
            "client_id": str(stay.client_id),
            "regency": client.regency if client else "",
            "facility": facility.name if facility else "",
            # the rules' own test of "client from the facility's kab/kota" (home visits)
            "local": bool(casework._is_local(s, stay)),
            "status": stay.status,
            "status_label": CASE_STATUS_LABELS.get(stay.status, stay.status),
            "source": CASE_SOURCE_LABELS.get(stay.source, stay.source),
            "requester": stay.requester_name or (agency.name if agency else ""),
            "arrival_at": stay.arrival_at,
            "residency": res_label,
            "residency_state": res_state,
            "bases": {k: TERMINATION_BASIS_LABELS.get(k, k) for k in bases},
            "ready_to_return": any(a.ready_to_return for a in assessments),
            "healthy": ident.healthy if ident else None,
            "assessment": None if latest is None else {
                "kind": ASSESSMENT_KIND_LABELS.get(latest.kind, latest.kind),
                "problem": latest.problem, "causes": latest.causes,
                "family": latest.family_situation, "needs": latest.needs,
                "recommendation": latest.recommendation,
                "assessed_at": latest.assessed_at,
            },
        }


def home_visit_rows(store: Any) -> list[Any]:
    """Home visits not yet logged, soonest first, with 'due' marked."""
    from rumahsinggah.gui.wizards.base import date_id
    from rumahsinggah.gui.wizards.widgets import CaseRow
    from rumahsinggah.storage.models import Client, HomeVisit, Stay

    today = local_today()
    out = []
    with store.read() as s:
        rows = s.execute(
            select(HomeVisit.id, HomeVisit.scheduled_for, Stay.case_number, Client.full_name,
                   Client.nickname, Client.address, Client.regency)
            .join(Stay, Stay.id == HomeVisit.stay_id).join(Client, Client.id == Stay.client_id)
            .where(HomeVisit.visited_at.is_(None), HomeVisit.deleted_at.is_(None))
            .order_by(HomeVisit.scheduled_for)
        ).all()
    for hv_id, when, case, name, nick, address, regency in rows:
        due = when <= today
        out.append(CaseRow(stay_id=str(hv_id), case_number=case, full_name=name, nickname=nick,
                           status=("‼ JATUH TEMPO, " if due else "") + f"dijadwalkan {date_id(when)}",
                           detail=", ".join(p for p in (address, regency) if p), warn=due))
    return out


# -- casework ----------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    return [x.strip() for x in (text or "").splitlines() if x.strip()]


def record_identification(session: Any, v: dict[str, Any]) -> Any:
    from rumahsinggah.services import casework

    belongings = []
    for line in _lines(v.get("belongings", "")):
        qty, desc = _split_quantity(line)
        belongings.append(casework.BelongingInput(description=desc, quantity=qty))
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


def open_coordinations(store: Any, stay_id: str) -> list[tuple[str, str]]:
    """(id, label) of the coordination letters of a stay still waiting for a reply."""
    from rumahsinggah.gui.wizards.base import date_id
    from rumahsinggah.storage.models import Coordination

    with store.read() as s:
        rows = s.execute(
            select(Coordination).where(Coordination.stay_id == _uuid(stay_id),
                                       Coordination.responded_at.is_(None),
                                       Coordination.deleted_at.is_(None))
            .order_by(Coordination.sent_at)
        ).scalars().all()
        return [(str(c.id), f"{c.agency_name} · {c.letter_number or '-'} · "
                            f"{date_id(c.sent_at)}") for c in rows]


def log_home_visit(session: Any, v: dict[str, Any]) -> Any:
    from rumahsinggah.services import casework

    return casework.log_home_visit(session, casework.HomeVisitLogInput(
        home_visit_id=_uuid(v["stay_id"]), result=v.get("visit_result", ""),
        visited_at=_local_dt(v.get("visited_at")), notes=v.get("visit_notes", ""),
    ))


# -- termination -------------------------------------------------------------------------


def terminate(session: Any, store: Any, v: dict[str, Any]) -> Any:
    """The termination (one service call), its files kept as encrypted attachments, and the
    home visit scheduled from it when asked, all in the caller's one transaction."""
    from rumahsinggah.services import casework, termination
    from rumahsinggah.storage import attachments
    from rumahsinggah.storage.models import Stay

    stay_id = _uuid(v["stay_id"])
    stay = session.get(Stay, stay_id)
    client_id = stay.client_id if stay else None
    mode = v.get("mode") or ""
    scan_id = None
    if mode == "dijemput_keluarga":
        for p in v.get("penjamin_scan") or []:
            data = _read(p, "penjamin_scan")
            scan_id = attachments.save_bytes(store, session, data, filename=Path(p).name,
                                             kind="surat_penjamin", client_id=client_id,
                                             stay_id=stay_id).id
    destination = {
        "diantar_pulang": v.get("deliver_destination", ""),
        "dirujuk_balai_panti": v.get("refer_destination", ""),
        "diserahkan_instansi": v.get("handover_agency", ""),
    }.get(mode, "")
    result = termination.terminate(session, termination.TerminationInput(
        stay_id=stay_id, mode=mode, basis=v.get("basis") or "",
        terminated_at=_local_dt(v.get("terminated_at")), place=v.get("place", ""),
        destination=destination, escort=v.get("escort", ""),
        witnesses=_lines(v.get("witnesses", "")), notes=v.get("notes", ""),
        pickup_name=v.get("pickup_name", ""), pickup_relationship=v.get("pickup_relationship", ""),
        pickup_nik=v.get("pickup_nik") or None, pickup_address=v.get("pickup_address", ""),
        pickup_phone=v.get("pickup_phone", ""), pickup_papers=list(v.get("pickup_papers") or []),
        surat_penjamin_signed=bool(v.get("penjamin_signed")), meterai=bool(v.get("meterai")),
        surat_penjamin_attachment_id=scan_id,
    ))
    for i, p in enumerate(v.get("photos") or [], start=1):
        data, filename = _file_bytes(p, "photos", f"dokumentasi-{i}.jpg")
        attachments.save_bytes(store, session, data, filename=filename,
                               kind="dokumentasi", client_id=client_id, stay_id=stay_id)
    if v.get("home_visit") and mode in ("dijemput_keluarga", "diantar_pulang"):
        casework.schedule_home_visit(session, casework.HomeVisitScheduleInput(
            stay_id=stay_id, scheduled_for=date.fromisoformat(v["home_visit_date"]),
        ))
    return result


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


def returning_example(store: Any) -> dict[str, str] | None:
    """For the screenshots: an earlier client (no open case) typed in an old spelling."""
    from rumahsinggah.storage.models import Client, Stay

    open_clients = select(Stay.client_id).where(Stay.closed_at.is_(None))
    with store.read() as s:
        rows = s.execute(
            select(Client.full_name, Client.sex, Client.regency, Client.birth_date)
            .where(Client.deleted_at.is_(None), Client.id.not_in(open_clients))
            .order_by(Client.full_name).limit(200)
        ).all()
    today = local_today()
    for name, sex, regency, born in rows:
        for old, new in (("sy", "sj"), ("u", "oe"), ("c", "tj"), ("kh", "ch"), ("y", "j")):
            if old in name:
                age = str(today.year - born.year) if born else ""
                return {"full_name": name.replace(old, new, 1), "nickname": "", "sex": sex,
                        "age": age, "origin": regency}
    return None


def home_visits_due(store: Any) -> int:
    """How many home visits are due today or overdue (not yet logged)."""
    from sqlalchemy import func

    from rumahsinggah.storage.models import HomeVisit

    with store.read() as s:
        return int(s.execute(
            select(func.count()).select_from(HomeVisit).where(
                HomeVisit.visited_at.is_(None), HomeVisit.deleted_at.is_(None),
                HomeVisit.scheduled_for <= local_today())
        ).scalar_one())
