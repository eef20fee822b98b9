"""Generating, keeping, reprinting and correcting letters.

One call of :func:`generate_letter` is one transaction: the number is drawn, the PDF rendered,
kept as an attachment and recorded in a ``Letter`` row with its SHA-256. A reprint returns the
kept bytes; a correction is a new version that points to the one it replaces.

Letter numbers and offline desks: each desk keeps its own sequence per letter type and year
(counter ``letter:<type>:<year>:<site_id>``), and the printed number carries the desk's short
code (``460/017-A/Dinsos/XI/2026``, or wherever the pattern puts ``{meja}``). Two desks working
offline may draw the same sequence value but never print the same number, and nothing has to
be reserved in advance. The administrator gives each desk a short code (``A``, ``B``) with
:func:`set_desk_code`; until then the code is taken from the desk's site id. A rolled-back
generation returns its sequence value: the number was never printed or kept, so the next
letter may use it (the gap-free sequence is what a Dinas agenda book expects).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from rumahsinggah.core.errors import DomainError, NotFound, PermissionDenied
from rumahsinggah.core.localtime import from_local, local_date, local_today
from rumahsinggah.core.vocab import (
    CASE_SOURCE_LABELS,
    CASE_STATUS_LABELS,
    ROLE_LABELS,
    AttachmentKind,
    Role,
)
from rumahsinggah.documents.context import LetterContext, RegisterRow, origin_address
from rumahsinggah.documents.indonesian import umur
from rumahsinggah.documents.layout import Letterhead, Signer
from rumahsinggah.documents.numbering import format_number
from rumahsinggah.documents.render import render
from rumahsinggah.services.settings import OfficeSettings, load_office_settings
from rumahsinggah.storage.attachments import read_bytes, save_bytes
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import (
    Agency,
    Assessment,
    Attachment,
    Belonging,
    Client,
    Coordination,
    Decision,
    Facility,
    FamilyMember,
    HomeVisit,
    Identification,
    Letter,
    Raid,
    ServiceSession,
    Setting,
    Stay,
    Termination,
    TracingAttempt,
    User,
)
from rumahsinggah.storage.sequences import next_value


@dataclass(frozen=True)
class LetterSpec:
    title: str
    kode: str = "460"  # classification code (460: sosial)
    numbered: bool = True
    signatory: str = "kepala_dinas"  # office settings signatory role
    needs_case: bool = True


SPECS: dict[str, LetterSpec] = {
    "surat_penjamin": LetterSpec("Surat Penjamin", signatory="kepala_bidang"),
    "ba_serah_terima": LetterSpec("Berita Acara Serah Terima Klien", signatory="kepala_bidang"),
    "ba_pemulangan": LetterSpec("Berita Acara Pemulangan Klien", signatory="kepala_bidang"),
    "surat_pengantar_pemulangan": LetterSpec("Surat Pengantar Pemulangan"),
    "surat_rujukan": LetterSpec("Surat Rujukan / Rekomendasi Klien"),
    "pemberitahuan_penerimaan": LetterSpec("Pemberitahuan Penerimaan Klien"),
    "disposisi": LetterSpec("Lembar Disposisi Kepala Bidang", signatory="kepala_bidang"),
    "laporan_sosial": LetterSpec("Laporan Sosial", signatory="kepala_bidang"),
    "formulir_asesmen": LetterSpec("Formulir Asesmen", numbered=False,
                                   signatory="kepala_bidang", needs_case=False),
    "buku_data": LetterSpec("Buku Data Klien", numbered=False, signatory="kepala_bidang",
                            needs_case=False),
    "case_record": LetterSpec("Catatan Kasus (Case Record)", numbered=False,
                              signatory="kepala_bidang"),
}

#: Letter type code -> Indonesian title, for the GUI and the CLI.
LETTER_TYPES: dict[str, str] = {code: spec.title for code, spec in SPECS.items()}

SIGNATORY_DEFAULT_TITLES = {
    "kepala_dinas": "Kepala Dinas Sosial",
    "kepala_bidang": "Kepala Bidang Rehabilitasi Sosial",
    "kepala_panti": "Kepala Panti",
    "petugas": "Petugas",
}

NUMBERING_KEY = "letter_numbering"

# Who may correct an issued letter (the system actor, role "", runs start-up and CLI tasks).
CORRECTING_ROLES = {Role.PETUGAS_ADMIN, Role.KEPALA_BIDANG, Role.ADMIN, ""}


# A standard names its products in words ("Surat Pengantar Pemulangan Klien"); these keywords
# (checked in order, lower case) map them to letter types.
PRODUCT_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("berita acara serah terima", ("ba_serah_terima",)),
    ("berita acara pemulangan", ("ba_pemulangan",)),
    ("pengantar pemulangan", ("surat_pengantar_pemulangan",)),
    ("rujukan", ("surat_rujukan",)),
    ("rekomendasi", ("surat_rujukan",)),
    ("laporan sosial", ("laporan_sosial",)),
    ("penerimaan klien", ("pemberitahuan_penerimaan",)),
    ("disposisi", ("disposisi",)),
    ("asesmen", ("formulir_asesmen",)),
    ("case record", ("case_record",)),
    ("buku data", ("buku_data",)),
    ("surat penjamin", ("surat_penjamin",)),
    ("pemulangan klien", ("surat_penjamin", "ba_serah_terima")),
)


def letters_for_products(products: Sequence[str]) -> list[str]:
    """Letter types that produce a standard's named products, in the products' order.

    ``["Pemulangan Klien Rumah Singgah"]`` gives the Surat Penjamin and the Berita Acara Serah
    Terima; a product with no letter (for example "Rehabilitasi Sosial") gives nothing.
    """
    out: list[str] = []
    for product in products:
        name = product.lower()
        for keyword, types in PRODUCT_KEYWORDS:
            if keyword in name:
                out += [t for t in types if t not in out]
                break
    return out


@dataclass(frozen=True)
class LetterResult:
    letter_id: uuid.UUID
    number: str
    pdf: bytes


@dataclass(frozen=True)
class LetterInfo:
    """A kept letter as plain values (safe to hand to the GUI)."""

    id: uuid.UUID
    letter_type: str
    title: str
    number: str
    letter_date: date
    version: int
    supersedes_id: uuid.UUID | None
    superseded: bool
    stay_id: uuid.UUID | None
    client_id: uuid.UUID | None
    signatory_name: str
    sha256: str
    created_at: datetime | None


# -- numbering ---------------------------------------------------------------------------------

def _numbering(session: Session) -> tuple[Setting | None, dict[str, Any]]:
    row = session.exec(select(Setting).where(Setting.key == NUMBERING_KEY)).first()
    return row, (dict(row.value) if row is not None else {})


def desk_code(session: Session, site_id: str) -> str:
    """The short code this desk prints in its letter numbers."""
    _row, value = _numbering(session)
    code = (value.get("desks") or {}).get(site_id, "")
    if code:
        return code
    tail = re.sub(r"[^0-9a-zA-Z]", "", site_id)[-4:]
    return tail.upper() or "X"


def set_desk_code(session: Session, site_id: str, code: str) -> None:
    """Give a desk its short code (1 to 6 letters or digits, unique among desks)."""
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{1,6}", code):
        raise DomainError("Kode meja harus 1 sampai 6 huruf atau angka, misalnya A atau MJ2.",
                          field="desk_code")
    row, value = _numbering(session)
    desks = dict(value.get("desks") or {})
    if any(c == code and s != site_id for s, c in desks.items()):
        raise DomainError(f"Kode meja {code} sudah dipakai meja lain. Pilih kode lain.",
                          field="desk_code")
    desks[site_id] = code
    value["desks"] = desks
    if row is None:
        session.add(Setting(key=NUMBERING_KEY, value=value))
    else:
        row.value = value


def letter_pattern(settings: OfficeSettings, letter_type: str) -> str:
    patterns = settings.letter_patterns or {}
    return patterns.get(letter_type) or patterns.get("*") or \
        "{kode}/{nomor:03d}/Dinsos/{bulan_romawi}/{tahun}"


def draw_number(session: Session, site_id: str, settings: OfficeSettings, letter_type: str,
                letter_date: date) -> tuple[str, int]:
    """Draw the next number of ``letter_type`` for the letter's year on this desk."""
    spec = SPECS[letter_type]
    _row, value = _numbering(session)
    kode = (value.get("kode") or {}).get(letter_type, spec.kode)
    seq = next_value(session, f"letter:{letter_type}:{letter_date.year}:{site_id}")
    number = format_number(letter_pattern(settings, letter_type), kode=kode, nomor=seq,
                           letter_date=letter_date, desk_code=desk_code(session, site_id))
    return number, seq


# -- gathering the case --------------------------------------------------------------------------

def _alive(model):
    return model.deleted_at.is_(None)


def _rows(session: Session, model, where, order) -> list[Any]:
    return list(session.exec(select(model).where(where, _alive(model)).order_by(order)).all())


def _parse_date(value: Any, field: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise DomainError(f"Tanggal '{value}' tidak dikenali; tulis seperti 2026-11-22.",
                          field=field) from exc


def _signer_for_user(user: User) -> Signer:
    title = user.title or ROLE_LABELS.get(user.role, user.role)
    return Signer(tuple(title.split("\n")), user.full_name, user.nip)


def _official(settings: OfficeSettings, role: str) -> Signer:
    s = settings.signatory(role)
    if s is None:
        return Signer((SIGNATORY_DEFAULT_TITLES.get(role, role.replace("_", " ").title()),))
    title = s.title or SIGNATORY_DEFAULT_TITLES.get(role, role)
    return Signer(tuple(line for line in title.split("\n") if line.strip()), s.name, s.nip)


def _letterhead(store, session: Session, settings: OfficeSettings) -> Letterhead:
    logo = None
    if settings.logo_attachment_id:
        try:
            att = session.get(Attachment, uuid.UUID(settings.logo_attachment_id))
            logo = read_bytes(store, att) if att is not None else None
        except Exception:  # a missing or damaged logo must not stop a letter
            logo = None
    return Letterhead(settings.government, settings.agency, settings.address, settings.phone,
                      settings.email, settings.website, logo)


def _resolve_stay(session: Session, stay_id: uuid.UUID | None,
                  client_id: uuid.UUID | None) -> tuple[Stay | None, Client | None]:
    if stay_id is not None:
        stay = session.get(Stay, stay_id)
        if stay is None or stay.deleted_at is not None:
            raise NotFound("Kasus tidak ditemukan.", field="stay_id")
        return stay, session.get(Client, stay.client_id)
    if client_id is not None:
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise NotFound("Klien tidak ditemukan.", field="client_id")
        stay = session.exec(select(Stay).where(Stay.client_id == client_id, _alive(Stay))
                            .order_by(Stay.arrival_at.desc())).first()
        return stay, client
    return None, None


def build_context(store, session: Session, actor: Actor, letter_type: str, *,
                  stay_id: uuid.UUID | None = None, client_id: uuid.UUID | None = None,
                  params: dict[str, Any] | None = None, number: str = "",
                  letter_date: date | None = None) -> LetterContext:
    """Everything the document needs, read inside the caller's session."""
    if letter_type not in SPECS:
        raise DomainError(f"Jenis surat '{letter_type}' tidak dikenal. Pilih salah satu: "
                          + ", ".join(SPECS), field="letter_type")
    spec = SPECS[letter_type]
    params = dict(params or {})
    settings = load_office_settings(session)
    if letter_type == "buku_data":  # the register covers every case of the period
        stay_id = client_id = None
    stay, client = _resolve_stay(session, stay_id, client_id)
    blank_form = letter_type == "formulir_asesmen" and params.get("kosong")
    if spec.needs_case and stay is None:
        raise DomainError(f"{spec.title} memerlukan kasus klien. Pilih kasusnya terlebih dahulu.",
                          field="stay_id")
    if letter_type == "formulir_asesmen" and stay is None and not blank_form:
        params["kosong"] = True
    letter_date = letter_date or _parse_date(params.get("tanggal"), "tanggal") or local_today()

    users = {u.id: u for u in session.exec(select(User)).all()}
    officers = {uid: _signer_for_user(u) for uid, u in users.items()}
    termination = None
    if stay is not None:
        termination = session.exec(select(Termination).where(
            Termination.stay_id == stay.id, _alive(Termination))).first()
    officer = None
    if actor.user_id in users:
        officer = officers[actor.user_id]
    elif termination is not None and termination.officer_id in users:
        officer = officers[termination.officer_id]
    else:
        officer = _official(settings, "petugas")
    role = str(params.get("penandatangan") or spec.signatory)

    ctx = LetterContext(
        letter_type=letter_type,
        title=spec.title,
        number=number,
        letter_date=letter_date,
        city=settings.city,
        paper=str(params.get("kertas") or settings.paper_size),
        letterhead=_letterhead(store, session, settings),
        signer=_official(settings, role),
        officer=officer,
        params=params,
        client=client,
        stay=stay,
        termination=termination,
        officers=officers,
    )
    if stay is not None:
        sid = stay.id
        ctx.facility = session.get(Facility, stay.facility_id)
        if stay.referring_agency_id:
            ctx.referring_agency = session.get(Agency, stay.referring_agency_id)
        if stay.raid_id:
            ctx.raid = session.get(Raid, stay.raid_id)
        ctx.identification = session.exec(select(Identification).where(
            Identification.stay_id == sid, _alive(Identification))
            .order_by(Identification.identified_at.desc())).first()
        ctx.assessments = _rows(session, Assessment, Assessment.stay_id == sid,
                                Assessment.assessed_at)
        decisions = _rows(session, Decision, Decision.stay_id == sid, Decision.decided_at)
        ctx.decision = decisions[-1] if decisions else None
        ctx.belongings = _rows(session, Belonging, Belonging.stay_id == sid,
                               Belonging.created_at)
        ctx.services = _rows(session, ServiceSession, ServiceSession.stay_id == sid,
                             ServiceSession.held_at)
        ctx.tracing = _rows(session, TracingAttempt, TracingAttempt.stay_id == sid,
                            TracingAttempt.attempted_at)
        ctx.coordinations = _rows(session, Coordination, Coordination.stay_id == sid,
                                  Coordination.sent_at)
        ctx.home_visits = _rows(session, HomeVisit, HomeVisit.stay_id == sid,
                                HomeVisit.scheduled_for)
        if letter_type == "case_record":
            ctx.letters = [i for i in _infos(session, Letter.stay_id == sid)]
    if client is not None:
        ctx.family = _rows(session, FamilyMember, FamilyMember.client_id == client.id,
                           FamilyMember.created_at)
    if letter_type == "buku_data":
        _fill_register(session, ctx)
    return ctx


def _fill_register(session: Session, ctx: LetterContext) -> None:
    start = _parse_date(ctx.params.get("dari"), "dari") or ctx.letter_date.replace(month=1, day=1)
    end = _parse_date(ctx.params.get("sampai"), "sampai") or ctx.letter_date
    if end < start:
        raise DomainError("Tanggal akhir periode harus sesudah tanggal awal.", field="sampai")
    ctx.date_from, ctx.date_to = start, end
    lo = from_local(datetime.combine(start, time.min))
    hi = from_local(datetime.combine(end + timedelta(days=1), time.min))
    query = (
        select(Stay, Client, Termination.terminated_at, Agency.name)
        .join(Client, Client.id == Stay.client_id)
        .outerjoin(Termination, Termination.stay_id == Stay.id)
        .outerjoin(Agency, Agency.id == Stay.referring_agency_id)
        .where(Stay.arrival_at >= lo, Stay.arrival_at < hi, _alive(Stay))
        .order_by(Stay.arrival_at, Stay.case_number)
    )
    code = ctx.params.get("fasilitas")
    if code:
        facility = session.exec(select(Facility).where(Facility.code == code)).first()
        if facility is None:
            raise NotFound(f"Fasilitas dengan kode {code} tidak ditemukan.", field="fasilitas")
        ctx.facility = facility
        query = query.where(Stay.facility_id == facility.id)
    else:
        facilities = session.exec(select(Facility).where(_alive(Facility))).all()
        if len(facilities) == 1:
            ctx.facility = facilities[0]
    rows = []
    for stay, client, left_at, agency in session.exec(query).all():
        arrival = local_date(stay.arrival_at)
        left = local_date(left_at) if left_at else (local_date(stay.closed_at)
                                                     if stay.closed_at else None)
        source = CASE_SOURCE_LABELS.get(stay.source, stay.source)
        rows.append(RegisterRow(
            case_number=stay.case_number, arrival=arrival, full_name=client.full_name,
            nickname=client.nickname, nik=client.nik, sex=client.sex,
            age=umur(client.birth_date, client.birth_date_estimated, arrival),
            origin=origin_address(client), category=client.pmks_category,
            source=f"{source} ({agency})" if agency else source,
            status=CASE_STATUS_LABELS.get(stay.status, stay.status), left=left))
    ctx.register = rows


# -- keeping -------------------------------------------------------------------------------------

def _jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def _filename(letter_type: str, ctx: LetterContext, version: int) -> str:
    case = ctx.stay.case_number if ctx.stay is not None else ctx.letter_date.isoformat()
    suffix = f"-v{version}" if version > 1 else ""
    return re.sub(r"[^0-9A-Za-z._-]", "_", f"{letter_type}-{case}{suffix}") + ".pdf"


def _keep(store, session: Session, ctx: LetterContext, *, sequence: int | None,
          version: int = 1, supersedes: Letter | None = None) -> LetterResult:
    ctx.version = version
    pdf = render(ctx)
    client_id = ctx.client.id if ctx.client is not None else None
    stay_id = ctx.stay.id if ctx.stay is not None else None
    attachment = save_bytes(store, session, pdf, filename=_filename(ctx.letter_type, ctx, version),
                            kind=AttachmentKind.SURAT.value, mime="application/pdf",
                            client_id=client_id, stay_id=stay_id, note=ctx.title)
    letter = Letter(
        letter_type=ctx.letter_type, number=ctx.number, sequence=sequence,
        year=ctx.letter_date.year if sequence is not None else None,
        letter_date=ctx.letter_date, stay_id=stay_id, client_id=client_id,
        signatory_name=ctx.signer.name, signatory_nip=ctx.signer.nip or "",
        signatory_title=" ".join(ctx.signer.heading), attachment_id=attachment.id,
        sha256=hashlib.sha256(pdf).hexdigest(), version=version,
        supersedes_id=supersedes.id if supersedes is not None else None,
        params=_jsonable(ctx.params),
    )
    session.add(letter)
    session.flush()
    return LetterResult(letter.id, letter.number, pdf)


def generate_in(store, session: Session, actor: Actor, letter_type: str, *,
                stay_id: uuid.UUID | None = None, client_id: uuid.UUID | None = None,
                params: dict[str, Any] | None = None) -> LetterResult:
    """:func:`generate_letter` inside the caller's transaction (for a wizard's Finish)."""
    ctx = build_context(store, session, actor, letter_type, stay_id=stay_id,
                        client_id=client_id, params=params)
    sequence = None
    if SPECS[letter_type].numbered:
        settings = load_office_settings(session)
        ctx.number, sequence = draw_number(session, store.site_id, settings, letter_type,
                                           ctx.letter_date)
    return _keep(store, session, ctx, sequence=sequence)


def generate_letter(store, actor: Actor, letter_type: str, *, stay_id: uuid.UUID | None = None,
                    client_id: uuid.UUID | None = None,
                    params: dict[str, Any] | None = None) -> LetterResult:
    """Number, render and keep a letter in one transaction; returns its id, number and PDF."""
    with store.write(actor) as session:
        return generate_in(store, session, actor, letter_type, stay_id=stay_id,
                           client_id=client_id, params=params)


def reprint(store, letter_id: uuid.UUID) -> bytes:
    """The kept PDF of a letter, byte for byte."""
    with store.read() as session:
        letter = session.get(Letter, letter_id)
        if letter is None or letter.deleted_at is not None or letter.attachment_id is None:
            raise NotFound("Surat tidak ditemukan.", field="letter_id")
        attachment = session.get(Attachment, letter.attachment_id)
        if attachment is None:
            raise NotFound("Berkas PDF surat tidak ditemukan.", field="letter_id")
        return read_bytes(store, attachment)


def correct_letter(store, actor: Actor, letter_id: uuid.UUID,
                   params: dict[str, Any]) -> LetterResult:
    """A corrected version of a letter: same number, version + 1; the old one is kept."""
    if actor.role not in CORRECTING_ROLES:
        raise PermissionDenied(
            "Hanya Petugas Administrasi, Kepala Bidang atau Administrator yang dapat meralat "
            "surat.")
    with store.write(actor) as session:
        old = session.get(Letter, letter_id)
        if old is None or old.deleted_at is not None:
            raise NotFound("Surat yang akan diralat tidak ditemukan.", field="letter_id")
        newer = session.exec(select(Letter).where(Letter.supersedes_id == old.id)).first()
        if newer is not None:
            raise DomainError(
                f"Surat ini sudah diralat (versi {newer.version}). Ralat versi terbarunya.",
                field="letter_id")
        merged = {**(old.params or {}), **(params or {})}
        merged.setdefault("tanggal", old.letter_date.isoformat())
        ctx = build_context(store, session, actor, old.letter_type, stay_id=old.stay_id,
                            client_id=old.client_id if old.stay_id is None else None,
                            params=merged, number=old.number)
        return _keep(store, session, ctx, sequence=old.sequence, version=old.version + 1,
                     supersedes=old)


def _infos(session: Session, where) -> list[LetterInfo]:
    letters = session.exec(select(Letter).where(where, _alive(Letter))
                           .order_by(Letter.letter_date, Letter.created_at)).all()
    replaced = {le.supersedes_id for le in letters if le.supersedes_id}
    return [
        LetterInfo(le.id, le.letter_type, LETTER_TYPES.get(le.letter_type, le.letter_type),
                   le.number, le.letter_date, le.version, le.supersedes_id, le.id in replaced,
                   le.stay_id, le.client_id, le.signatory_name, le.sha256,
                   le.created_at.astimezone(UTC) if le.created_at else None)
        for le in letters
    ]


def letters_for_client(session: Session, client_id: uuid.UUID) -> list[LetterInfo]:
    """Every letter kept for a client, oldest first; corrected ones are marked superseded."""
    return _infos(session, Letter.client_id == client_id)


def letters_for_stay(session: Session, stay_id: uuid.UUID) -> list[LetterInfo]:
    return _infos(session, Letter.stay_id == stay_id)


def stay_by_case_number(session: Session, case_number: str) -> Stay:
    stay = session.exec(select(Stay).where(
        func.upper(Stay.case_number) == case_number.strip().upper(), _alive(Stay))).first()
    if stay is None:
        raise NotFound(f"Kasus dengan nomor {case_number} tidak ditemukan.", field="case")
    return stay
