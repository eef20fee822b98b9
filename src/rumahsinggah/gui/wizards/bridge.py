"""The wizards' only contact with the workflow services (Qt-free, runs on the door's worker).

Each function turns the plain values a wizard collected into the service's typed input and
calls ONE service function, or reads plain reference data for a page. No rule lives here:
refusals come from the services as DomainError with an Indonesian message and a field name.
"""

from __future__ import annotations

import uuid
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
        nik=p.get("nik") or None, estimated_age=p.get("age"),
        birth_place=p.get("birth_place", ""), religion=p.get("religion") or "",
        address=p.get("address", ""), regency=p.get("regency", ""),
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
        result = intake.register_raid(session, intake.RaidInput(
            raid_date=_local_date_dt(v["raid_date"]),
            facility_id=_uuid(v["facility_id"]),
            people=[_person(p) for p in people],
            standard_code=v["standard_code"] or "",
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
            path = Path(photo)
            if not path.is_file():
                raise DomainError(f"Foto {path.name} tidak ditemukan lagi. Pilih ulang fotonya.",
                                  field="photo")
            stay = session.get(Stay, stay_id)
            att = attachments.save_bytes(store, session, path.read_bytes(), filename=path.name,
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
    "estimated_age": "age", "birth_date": "age", "religion": "religion",
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
        return "people" if raid else _INTAKE_FIELDS.get(field_name.split(".", 1)[-1])
    return _INTAKE_FIELDS.get(field_name, field_name)
