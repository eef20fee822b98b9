"""Intake: registering one person, or a whole raid in one call.

Contract:
- ``register_person(session, IntakeInput) -> IntakeResult``: one client (new, or an existing
  one staff confirmed as the same person via ``PersonInput.existing_client_id``, see
  ``services.matching``) and one stay with a case number ``<facility code>-<year>-<seq>``.
- ``register_raid(session, RaidInput) -> RaidResult``: one ``Raid`` row (letter number,
  agency, place) and a client + stay for each person, all in the caller's one transaction:
  any bad person refuses the whole raid and nothing is written.
- The standard's requirements are recorded on the stay as ``{code: met}`` (every leaf code of
  the standard, unmet when not given). A person who is not physically healthy (``healthy=False``
  or the standard's health requirement marked unmet) is not admitted: the stay is closed at
  once with status ``rujuk_kesehatan`` and ``health_referral_to`` set.
- Roles: pramu_sosial, pekerja_sosial, kepala_bidang. Bad input raises DomainError (field
  names the input, ``people[i].field`` for a raid) before anything is written.
- Events recorded for service-level tracking: ``permohonan_diterima`` and ``kedatangan`` at the
  arrival time, and ``berkas_lengkap`` when every mandatory requirement is met.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlmodel import Session, select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import local_date, local_today, zone_info
from rumahsinggah.core.nik import check_nik
from rumahsinggah.core.vocab import (
    PMKS_CATEGORIES,
    RELIGIONS,
    CaseSource,
    CaseStatus,
)
from rumahsinggah.i18n import _
from rumahsinggah.services import attachments, permissions, service_level
from rumahsinggah.services._common import (
    get_client,
    get_facility,
    registry,
)
from rumahsinggah.services.attachments import FileUpload, check_upload
from rumahsinggah.services.casework import BelongingInput, add_belongings, check_belongings
from rumahsinggah.services.status import change_status
from rumahsinggah.standards.model import Requirement, Standard
from rumahsinggah.storage import sequences
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Agency, Client, Identification, Raid, Stay


@dataclass
class PersonInput:
    full_name: str
    sex: str  # "L" / "P"
    nickname: str = ""
    nik: str | None = None
    kk_number: str | None = None
    birth_date: date | None = None
    estimated_age: int | None = None  # when the date of birth is unknown
    birth_place: str = ""
    religion: str = ""
    address: str = ""
    village: str = ""
    district: str = ""
    regency: str = ""
    province: str = ""
    physical_description: str = ""
    pmks_category: str = ""
    notes: str = ""
    # Staff confirmed this is a returning client (from services.matching): link, do not create.
    existing_client_id: uuid.UUID | None = None
    # The standard's requirement codes ticked met (True) or not (False).
    requirements: dict[str, bool] = field(default_factory=dict)
    healthy: bool = True
    health_notes: str = ""
    health_referral_to: str = ""  # puskesmas / rumah sakit, when not healthy
    # Handed in on arrival (barang bawaan) and a photo taken at the desk; kept with the stay.
    belongings: list[BelongingInput] = field(default_factory=list)
    photo: FileUpload | None = None


@dataclass
class IntakeInput:
    person: PersonInput
    facility_id: uuid.UUID
    source: str  # CaseSource
    standard_code: str = ""  # default: the facility's default standard
    arrival_at: datetime | None = None  # aware; default now
    referring_agency_id: uuid.UUID | None = None
    requester_name: str = ""  # who asked and must be informed of the decision
    requester_contact: str = ""
    notes: str = ""


@dataclass
class RaidInput:
    raid_date: datetime  # aware
    facility_id: uuid.UUID
    people: list[PersonInput]
    standard_code: str = ""
    agency_id: uuid.UUID | None = None
    agency_name: str = ""  # e.g. "Satpol PP Kota Banjarmasin" when no agency row exists
    place: str = ""
    letter_number: str = ""
    arrival_at: datetime | None = None  # when they reached the shelter; default raid_date
    notes: str = ""
    # The PMKS category of everyone the raid brought (a person's own category wins), applied
    # to returning clients too: it is their situation now.
    pmks_category: str = ""


@dataclass(frozen=True)
class IntakeResult:
    client_id: uuid.UUID
    stay_id: uuid.UUID
    case_number: str
    status: str
    new_client: bool
    health_referred: bool
    missing_requirements: tuple[str, ...]  # codes of mandatory requirements not met
    # the client does not fit a condition of the standard (kind "syarat"): said, not refused
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class RaidResult:
    raid_id: uuid.UUID
    people: tuple[IntakeResult, ...]


def _err(message: str, fld: str, prefix: str) -> DomainError:
    if prefix:
        return DomainError(_("{prefix}: {message}").format(prefix=prefix, message=message), field=f"{prefix_field(prefix)}.{fld}")
    return DomainError(message, field=fld)


def prefix_field(prefix: str) -> str:
    # "Orang ke-3" -> "people[2]"
    return f"people[{int(prefix.rsplit('-', 1)[1]) - 1}]"


def _estimated_birth_date(age: int, today: date) -> date:
    return date(today.year - age, 7, 1)


def _validate_person(session: Session, p: PersonInput, std: Standard, prefix: str = "",
                     today: date | None = None) -> tuple[date | None, bool, str | None]:
    """Check one person; returns (birth_date, estimated, compact NIK)."""
    today = today or local_today()
    if not (p.full_name or "").strip():
        raise _err("Nama lengkap wajib diisi (tulis nama panggilan atau 'Tanpa Nama' bila "
                   "tidak diketahui).", "full_name", prefix)
    if p.sex not in ("L", "P"):
        raise _err("Jenis kelamin harus L (laki-laki) atau P (perempuan).", "sex", prefix)
    birth, estimated = p.birth_date, False
    if birth is not None and birth > today:
        raise _err("Tanggal lahir tidak boleh di masa depan.", "birth_date", prefix)
    if birth is None and p.estimated_age is not None:
        if not 0 <= p.estimated_age <= 120:
            raise _err("Perkiraan umur harus antara 0 dan 120 tahun.", "estimated_age", prefix)
        birth, estimated = _estimated_birth_date(p.estimated_age, today), True
    try:
        nik = check_nik(p.nik, sex=p.sex, birth_date=birth, birth_date_estimated=estimated)
    except DomainError as exc:
        raise _err(exc.message, "nik", prefix) from None
    if p.kk_number and (not p.kk_number.strip().isdigit() or len(p.kk_number.strip()) != 16):
        raise _err("Nomor KK harus 16 angka.", "kk_number", prefix)
    if p.pmks_category and p.pmks_category not in PMKS_CATEGORIES:
        raise _err(f"Kategori PPKS '{p.pmks_category}' tidak dikenal.", "pmks_category", prefix)
    if p.religion and p.religion not in RELIGIONS:
        raise _err(f"Agama '{p.religion}' tidak dikenal; pilih dari daftar.", "religion", prefix)
    try:
        check_belongings(p.belongings)
        check_upload(p.photo, "photo")
    except DomainError as exc:
        raise _err(exc.message, exc.field or "belongings", prefix) from None
    known = set(std.requirement_codes())
    unknown = sorted(set(p.requirements) - known)
    if unknown:
        raise _err(f"Persyaratan {', '.join(unknown)} tidak ada dalam standar {std.code}.",
                   "requirements", prefix)
    if p.existing_client_id is not None:
        client = get_client(session, p.existing_client_id)
        open_stay = session.exec(select(Stay.case_number).where(
            Stay.client_id == client.id, Stay.closed_at.is_(None), Stay.deleted_at.is_(None))
        ).first()
        if open_stay:
            raise _err(f"{client.full_name} masih tercatat dalam kasus terbuka {open_stay}. "
                       "Tutup kasus itu dahulu atau buka kasus tersebut.", "existing_client_id",
                       prefix)
        if nik and client.nik and client.nik != nik:
            raise _err(f"NIK berbeda dengan NIK klien terdaftar ({client.nik}); periksa apakah "
                       "benar orang yang sama.", "nik", prefix)
    elif nik:
        holder = session.exec(select(Client).where(Client.nik == nik,
                                                   Client.deleted_at.is_(None))).first()
        if holder is not None:
            raise _err(f"NIK {nik} sudah terdaftar atas nama {holder.full_name}. Pilih klien "
                       "tersebut sebagai orang yang sama (klien kembali).", "nik", prefix)
    return birth, estimated, nik


def accepts_raids(std: Standard) -> bool:
    """Does ``std`` govern people brought by a raid? (a step or requirement for source
    "razia", or a step done by the raiding agency)."""
    def reqs(items):
        for r in items:
            yield r
            yield from reqs((*r.any_of, *r.all_of))

    if any(step.role == "instansi_perazia" or CaseSource.RAZIA.value in step.when.source
           for step in std.steps):
        return True
    return any(CaseSource.RAZIA.value in r.when.source for r in reqs(std.requirements))


def fits_facility(std: Standard, facility_kind: str) -> bool:
    """May an intake at a facility of this kind be registered under ``std``?"""
    if std.service == "terminasi":
        return False
    return not std.facility_kinds or facility_kind in std.facility_kinds


def intake_standards(standards, facility_kind: str, *, raid: bool = False) -> list[Standard]:
    """The standards an intake (a raid when ``raid``) at such a facility may be under."""
    return [std for std in standards if fits_facility(std, facility_kind)
            and (not raid or accepts_raids(std))]


@dataclass(frozen=True)
class FacilityStandards:
    """What the intake page offers for one facility: the standards for one arrival and for a
    raid, and, when a list is empty, the Indonesian note saying why and where to go."""

    facility_id: uuid.UUID
    one: tuple[str, ...]
    raid: tuple[str, ...]
    one_note: str = ""
    raid_note: str = ""


def standards_by_facility(session: Session) -> dict[uuid.UUID, FacilityStandards]:
    """For every facility, the intake standards it may use (see :func:`intake_standards`)."""
    from rumahsinggah.storage.models import Facility

    facilities = session.exec(select(Facility).where(Facility.deleted_at.is_(None))
                              .order_by(Facility.name)).all()
    reg = list(registry(session))
    lists = {f.id: ([s.code for s in intake_standards(reg, f.kind)],
                    [s.code for s in intake_standards(reg, f.kind, raid=True)])
             for f in facilities}
    out = {}
    for f in facilities:
        one, raid = lists[f.id]
        raid_note = one_note = ""
        if not raid:
            others = [g for g in facilities if g.id != f.id and lists[g.id][1]]
            raid_note = _("{facility} belum punya standar pelayanan untuk penerimaan hasil "
                          "razia.").format(facility=f.name)
            if others:
                raid_note += " " + _("Hasil razia diterima di: {where}. Pilih fasilitas itu "
                                     "di atas.").format(
                    where=", ".join(f"{g.name} ({g.code})" for g in others))
            else:
                raid_note += " " + _("Belum ada fasilitas yang punya standar untuk hasil "
                                     "razia; hubungi administrator.")
        if not one:
            one_note = _("{facility} belum punya standar pelayanan untuk penerimaan klien; "
                         "hubungi administrator.").format(facility=f.name)
        out[f.id] = FacilityStandards(f.id, tuple(one), tuple(raid), one_note, raid_note)
    return out


def raid_agency_prefill(agencies: list[dict], chosen_id: str | None) -> str:
    """The raiding agency the raid letter page starts with: the agency chosen on the first
    page when there is one, else the only Satpol PP known ("" when it is not clear)."""
    chosen = next((a for a in agencies if chosen_id and str(a["id"]) == str(chosen_id)), None)
    if chosen is not None:
        return chosen["label"]
    satpol = [a for a in agencies if a.get("kind") == "satpol_pp"]
    return satpol[0]["label"] if len(satpol) == 1 else ""


def _intake_standard(session: Session, code: str, facility, *, raid: bool = False) -> Standard:
    code = code or facility.default_standard
    if not code:
        raise DomainError(_("Pilih standar pelayanan untuk kasus ini (fasilitas belum punya "
                          "standar bawaan)."), field="standard_code")
    std = registry(session).require(code)
    if std.service == "terminasi":
        raise DomainError(_("Standar {code} adalah standar terminasi, bukan penerimaan.").format(code=std.code),
                          field="standard_code")
    if std.facility_kinds and facility.kind not in std.facility_kinds:
        raise DomainError(_("Standar {code} tidak berlaku untuk jenis fasilitas {kind}.").format(code=std.code, kind=facility.kind), field="standard_code")
    if raid and not accepts_raids(std):
        raise DomainError(_("Standar {code} tidak mengatur penerimaan hasil razia. Pilih "
                            "fasilitas yang punya standar untuk hasil razia.").format(
                                code=std.code), field="standard_code")
    return std


def stay_path(std: Standard, source: str) -> str:
    """The procedure path (Babel A / B) a stay from ``source`` follows; "" when none."""
    for step in std.steps:
        if step.path and (not step.when.source or source in step.when.source):
            return step.path
    return ""


def _for_path(req: Requirement, path: str) -> Requirement:
    """``req`` with only the alternatives of the stay's path: path A papers count only for
    path A arrivals."""
    if not req.any_of or not any(alt.path for alt in req.any_of):
        return req
    alternatives = tuple(alt for alt in req.any_of if not alt.path or alt.path == path)
    return replace(req, any_of=alternatives) if alternatives else req


def _missing(std: Standard, met: dict[str, bool], source: str) -> tuple[str, ...]:
    missing = []
    path = stay_path(std, source)
    for req in (_for_path(r, path) for r in std.requirements):
        if req.optional or req.kind == "dasar_terminasi":
            continue
        if req.when.source and source not in req.when.source:
            continue
        if req.when.mode:
            continue
        if not req.is_met(met):
            missing.append(req.code)
    return tuple(missing)


def _create(session: Session, p: PersonInput, checked, std: Standard, facility, *,
            source: str, arrival_at: datetime, referring_agency_id, requester_name: str,
            requester_contact: str, raid_id: uuid.UUID | None, notes: str) -> IntakeResult:
    birth, estimated, nik = checked
    who = session.info.get("actor")
    if p.existing_client_id is not None:
        client = get_client(session, p.existing_client_id)
        new_client = False
        # Fill what the earlier record lacked; never overwrite what staff recorded before.
        for name, value in (("nik", nik), ("kk_number", p.kk_number), ("nickname", p.nickname),
                            ("birth_place", p.birth_place), ("religion", p.religion),
                            ("address", p.address), ("village", p.village),
                            ("district", p.district), ("regency", p.regency),
                            ("province", p.province)):
            if value and not getattr(client, name):
                setattr(client, name, value.strip() if isinstance(value, str) else value)
        # The PMKS category given at this intake (their own or the raid's) is the client's
        # situation now: it replaces an earlier one (the audit trail keeps the old value).
        if p.pmks_category and client.pmks_category != p.pmks_category:
            client.pmks_category = p.pmks_category
        if birth and (client.birth_date is None or (client.birth_date_estimated
                                                    and not estimated)):
            client.birth_date, client.birth_date_estimated = birth, estimated
    else:
        client = Client(
            full_name=p.full_name.strip(), nickname=p.nickname.strip(), nik=nik,
            kk_number=(p.kk_number or "").strip() or None, sex=p.sex, birth_date=birth,
            birth_date_estimated=estimated, birth_place=p.birth_place.strip(),
            religion=p.religion, address=p.address.strip(), village=p.village.strip(),
            district=p.district.strip(), regency=p.regency.strip(),
            province=p.province.strip(), physical_description=p.physical_description.strip(),
            pmks_category=p.pmks_category, notes=p.notes.strip(),
        )
        new_client = True
    session.add(client)

    met = {code: bool(p.requirements.get(code, False)) for code in std.requirement_codes()}
    health_codes = [r.code for r in std.health_requirements()]
    healthy = p.healthy and not any(code in p.requirements and not p.requirements[code]
                                    for code in health_codes)
    if healthy:  # the officer judged the person healthy: the health requirement is met
        for code in health_codes:
            if code not in p.requirements:
                met[code] = True
    year = local_date(arrival_at, zone_info(facility.time_zone)).year
    stay = Stay(
        case_number=sequences.case_number(session, facility.code, year),
        client_id=client.id, facility_id=facility.id, standard_code=std.code, source=source,
        referring_agency_id=referring_agency_id, requester_name=requester_name.strip(),
        requester_contact=requester_contact.strip(), raid_id=raid_id, arrival_at=arrival_at,
        status=CaseStatus.TERDAFTAR, status_changed_at=arrival_at, requirements=met,
        notes=notes.strip(),
    )
    session.add(stay)
    officer = who.user_id if who else None
    for event in ("permohonan_diterima", "kedatangan"):
        service_level.record_event(session, stay, event, at=arrival_at, officer_id=officer)
    missing = _missing(std, met, source)
    if not missing:
        service_level.record_event(session, stay, "berkas_lengkap", at=arrival_at,
                                   officer_id=officer)
    if not healthy:
        stay.health_referral_to = p.health_referral_to.strip() or "Layanan kesehatan"
        session.add(Identification(stay_id=stay.id, identified_at=arrival_at,
                                   officer_id=who.user_id if who else None, healthy=False,
                                   health_notes=p.health_notes.strip(),
                                   notes="Tidak sehat jasmani saat penerimaan: dirujuk ke "
                                         "layanan kesehatan."))
        change_status(session, stay, CaseStatus.RUJUK_KESEHATAN, at=utcnow())
    add_belongings(session, stay.id, p.belongings)
    if p.photo is not None:  # the file last, after every row of this person
        att = attachments.save(session, p.photo, kind="foto", client_id=client.id,
                               stay_id=stay.id)
        session.flush()  # the attachment row exists before the client points at it
        client.photo_attachment_id = att.id
        session.add(client)
    warnings = tuple(
        f"Klien tidak memenuhi persyaratan standar {std.code}: {req.text}. Periksa apakah "
        "standar ini yang tepat, atau rujuk ke layanan yang sesuai."
        for req in std.requirements if req.code in missing and req.kind == "syarat"
        and not req.any_of and not req.all_of)
    return IntakeResult(client_id=client.id, stay_id=stay.id, case_number=stay.case_number,
                        status=stay.status, new_client=new_client, health_referred=not healthy,
                        missing_requirements=missing, warnings=warnings)


def _check_arrival(arrival_at: datetime | None) -> datetime:
    arrival_at = arrival_at or utcnow()
    if arrival_at.tzinfo is None:
        raise DomainError(_("Waktu kedatangan harus menyertakan zona waktu."), field="arrival_at")
    if arrival_at > utcnow():
        raise DomainError(_("Waktu kedatangan tidak boleh di masa depan."), field="arrival_at")
    return arrival_at


def _check_agency(session: Session, agency_id: uuid.UUID | None, fld: str) -> None:
    if agency_id is not None:
        agency = session.get(Agency, agency_id)
        if agency is None or agency.deleted_at is not None:
            raise DomainError(_("Instansi yang dipilih tidak ditemukan."), field=fld)


def register_person(session: Session, data: IntakeInput) -> IntakeResult:
    """Register one person arriving (not from a raid letter) and open their stay."""
    permissions.require(session, "intake.register")
    facility = get_facility(session, data.facility_id)
    std = _intake_standard(session, data.standard_code, facility)
    if data.source not in set(CaseSource):
        raise DomainError(_("Sumber kasus tidak dikenal."), field="source")
    arrival = _check_arrival(data.arrival_at)
    _check_agency(session, data.referring_agency_id, "referring_agency_id")
    if data.source in (CaseSource.RUJUKAN_INSTANSI, CaseSource.RUJUKAN_ANTAR_DAERAH) and \
            data.referring_agency_id is None and not data.requester_name.strip():
        raise DomainError(_("Untuk rujukan, isi instansi perujuk atau nama pemohon."),
                          field="referring_agency_id")
    checked = _validate_person(session, data.person, std)
    return _create(session, data.person, checked, std, facility, source=data.source,
                   arrival_at=arrival, referring_agency_id=data.referring_agency_id,
                   requester_name=data.requester_name,
                   requester_contact=data.requester_contact, raid_id=None, notes=data.notes)


def register_raid(session: Session, data: RaidInput) -> RaidResult:
    """Register a raid letter and everyone it brought, atomically."""
    permissions.require(session, "intake.raid")
    facility = get_facility(session, data.facility_id)
    std = _intake_standard(session, data.standard_code, facility, raid=True)
    if data.pmks_category and data.pmks_category not in PMKS_CATEGORIES:
        raise DomainError(_("Kategori PPKS '{category}' tidak dikenal.").format(
            category=data.pmks_category), field="pmks_category")
    # the raid-wide category is each person's unless staff gave that person their own
    people = [p if p.pmks_category or not data.pmks_category
              else replace(p, pmks_category=data.pmks_category) for p in data.people]
    data = replace(data, people=people)
    if data.raid_date.tzinfo is None:
        raise DomainError(_("Tanggal razia harus menyertakan zona waktu."), field="raid_date")
    if data.raid_date > utcnow():
        raise DomainError(_("Tanggal razia tidak boleh di masa depan."), field="raid_date")
    arrival = _check_arrival(data.arrival_at or data.raid_date)
    _check_agency(session, data.agency_id, "agency_id")
    agency_name = data.agency_name.strip()
    if data.agency_id is not None and not agency_name:
        agency_name = session.get(Agency, data.agency_id).name
    if not agency_name:
        raise DomainError(_("Instansi pelaksana razia (misalnya Satpol PP) wajib diisi."),
                          field="agency_name")
    if not data.people:
        raise DomainError(_("Daftar orang hasil razia masih kosong."), field="people")
    checked = []
    seen_nik: dict[str, int] = {}
    seen_client: set[uuid.UUID] = set()
    for i, person in enumerate(data.people, start=1):
        prefix = f"Orang ke-{i}"
        result = _validate_person(session, person, std, prefix)
        nik = result[2]
        if nik and nik in seen_nik:
            raise _err(f"NIK sama dengan orang ke-{seen_nik[nik]} dalam razia ini.", "nik",
                       prefix)
        if nik:
            seen_nik[nik] = i
        if person.existing_client_id is not None:
            if person.existing_client_id in seen_client:
                raise _err("Klien yang sama dipilih dua kali dalam razia ini.",
                           "existing_client_id", prefix)
            seen_client.add(person.existing_client_id)
        checked.append(result)
    raid = Raid(raid_date=data.raid_date, agency_id=data.agency_id, agency_name=agency_name,
                place=data.place.strip(), letter_number=data.letter_number.strip(),
                facility_id=facility.id, notes=data.notes.strip())
    session.add(raid)
    results = tuple(
        _create(session, person, check, std, facility, source=CaseSource.RAZIA,
                arrival_at=arrival, referring_agency_id=data.agency_id,
                requester_name=agency_name, requester_contact="", raid_id=raid.id, notes="")
        for person, check in zip(data.people, checked, strict=True)
    )
    return RaidResult(raid_id=raid.id, people=results)


@dataclass(frozen=True)
class RequirementsInput:
    stay_id: uuid.UUID
    met: dict[str, bool]  # requirement code -> met
    # when the file became complete (Pangkalpinang's clock starts there); default now
    completed_at: datetime | None = None


def record_requirements(session: Session, data: RequirementsInput) -> tuple[str, ...]:
    """Update which requirements are met; returns the mandatory ones still missing."""
    from rumahsinggah.services._common import ensure_open, get_stay

    permissions.require(session, "intake.requirements")
    stay = get_stay(session, data.stay_id)
    ensure_open(stay)
    std = registry(session).require(stay.standard_code)
    unknown = sorted(set(data.met) - set(std.requirement_codes()))
    if unknown:
        raise DomainError(_("Persyaratan {join} tidak ada dalam standar {code}.").format(join=', '.join(unknown), code=std.code), field="met")
    at = data.completed_at or utcnow()
    if at.tzinfo is None or at > utcnow() or at < stay.arrival_at:
        raise DomainError(_("Waktu berkas lengkap tidak boleh di masa depan atau sebelum "
                          "permohonan diterima."), field="completed_at")
    stay.requirements = {**stay.requirements, **{k: bool(v) for k, v in data.met.items()}}
    session.add(stay)
    missing = _missing(std, stay.requirements, stay.source)
    if not missing:
        service_level.record_event(session, stay, "berkas_lengkap", at=at,
                                   officer_id=session.info["actor"].user_id
                                   if "actor" in session.info else None)
    return missing
