"""Generating, keeping, reprinting and correcting letters.

One call of :func:`generate_letter` is one transaction: the number is drawn from the issuing
office's letter book, the PDF rendered, kept as an attachment and recorded in a ``Letter`` row
with its SHA-256. A reprint returns the kept bytes; a correction is a new version that points
to the one it replaces and carries a visible RALAT mark.

A letter goes out under its case's facility's issuing office (letterhead, signatories,
classification codes); it is dated by the event it reports (pickup, handover, assessment,
decision) unless the user gives another date. The letter book is in
:mod:`rumahsinggah.services.letter_book`.
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

from rumahsinggah.core.errors import DomainError, NotFound
from rumahsinggah.core.localtime import from_local, local_date, local_today
from rumahsinggah.core.vocab import (
    CASE_SOURCE_LABELS,
    CASE_STATUS_LABELS,
    ROLE_LABELS,
    AttachmentKind,
)
from rumahsinggah.documents.context import LetterContext, RegisterRow, origin_address
from rumahsinggah.documents.indonesian import umur
from rumahsinggah.documents.layout import Letterhead, Signer
from rumahsinggah.documents.render import render
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.services.letter_book import (  # noqa: F401  (desk codes re-exported)
    desk_code,
    draw_number,
    set_desk_code,
)
from rumahsinggah.services.settings import OfficeSettings, Signatory, office_for_facility
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
    Stay,
    Termination,
    TracingAttempt,
    User,
)

# Letters are Indonesian whatever the interface language: the source tables, untranslated.
CASE_SOURCE_LABELS = CASE_SOURCE_LABELS.source()
CASE_STATUS_LABELS = CASE_STATUS_LABELS.source()
ROLE_LABELS = ROLE_LABELS.source()


@dataclass(frozen=True)

class LetterSpec:
    title: str
    kode: str = "460"  # classification code (460: sosial)
    numbered: bool = True
    signatory: str = "kepala_dinas"  # office settings signatory role
    needs_case: bool = True
    event: str = ""  # what dates the letter: termination, decision, assessment, arrival, ...


SPECS: dict[str, LetterSpec] = {
    "surat_penjamin": LetterSpec("Surat Penjamin", signatory="kepala_bidang",
                                 event="termination"),
    "ba_serah_terima": LetterSpec("Berita Acara Serah Terima Klien", signatory="kepala_bidang",
                                  event="termination"),
    "ba_pemulangan": LetterSpec("Berita Acara Pemulangan Klien", signatory="kepala_bidang",
                                event="termination"),
    "surat_pengantar_pemulangan": LetterSpec("Surat Pengantar Pemulangan", event="termination"),
    "surat_tugas": LetterSpec("Surat Tugas Pengantaran Klien", kode="800.1.11.1",
                              event="termination"),
    "surat_pernyataan": LetterSpec("Surat Pernyataan Penanggung Jawab", numbered=False,
                                   signatory="kepala_bidang", event="termination"),
    "surat_rujukan": LetterSpec("Surat Rujukan / Rekomendasi Klien", event="decision"),
    "pemberitahuan_penerimaan": LetterSpec("Pemberitahuan Penerimaan Klien", event="decision"),
    "surat_koordinasi": LetterSpec("Surat Koordinasi dan Penelusuran Keluarga"),
    "tanda_terima_barang": LetterSpec("Tanda Terima Barang Bawaan Klien", numbered=False,
                                      signatory="kepala_bidang", event="arrival"),
    "disposisi": LetterSpec("Lembar Disposisi Kepala Bidang", signatory="kepala_bidang",
                            event="decision"),
    "laporan_sosial": LetterSpec("Laporan Sosial", signatory="kepala_bidang",
                                 event="assessment"),
    "laporan_kunjungan_rumah": LetterSpec("Laporan Kunjungan Rumah", numbered=False,
                                          signatory="kepala_bidang", event="home_visit"),
    "formulir_asesmen": LetterSpec("Formulir Asesmen", numbered=False,
                                   signatory="kepala_bidang", needs_case=False,
                                   event="assessment"),
    "buku_data": LetterSpec("Buku Data Klien", numbered=False, signatory="kepala_bidang",
                            needs_case=False),
    "case_record": LetterSpec("Catatan Kasus (Case Record)", numbered=False,
                              signatory="kepala_bidang"),
    # complaints (filled by services.complaint_letters)
    "tanda_terima_pengaduan": LetterSpec("Tanda Terima Pengaduan", signatory="petugas",
                                         needs_case=False),
    "balasan_pengaduan": LetterSpec("Surat Tanggapan Pengaduan", needs_case=False),
}

#: Letter type code -> Indonesian title, for the GUI and the CLI.
LETTER_TYPES: dict[str, str] = {code: spec.title for code, spec in SPECS.items()}

SIGNATORY_DEFAULT_TITLES = {
    "kepala_dinas": "Kepala Dinas Sosial",
    "kepala_bidang": "Kepala Bidang Rehabilitasi Sosial",
    "kepala_panti": "Kepala Panti",
    "petugas": "Petugas",
}

# Who may correct an issued letter (the system actor, role "", runs start-up and CLI tasks).


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
        raise DomainError(_("Tanggal '{value}' tidak dikenali; tulis seperti 2026-11-22.").format(value=value),
                          field=field) from exc


def _signer_for_user(user: User) -> Signer:
    title = user.title or ROLE_LABELS.get(user.role, user.role)
    return Signer(tuple(title.split("\n")), user.full_name, user.nip)


def signer_from(signatory: Signatory, fallback_title: str = "") -> Signer:
    """A configured signatory as printed: "a.n." and "Plt." lines, jabatan, name, pangkat."""
    title = signatory.title or fallback_title
    lines = [line for line in title.split("\n") if line.strip()]
    if signatory.acting and lines:
        lines[0] = "Plt. " + lines[0]
    if signatory.on_behalf:
        lines.insert(0, "a.n. " + signatory.on_behalf)
    return Signer(tuple(lines), signatory.name, signatory.nip, rank=signatory.pangkat)


def _official(settings: OfficeSettings, role: str) -> Signer:
    s = settings.signatory(role)
    default = SIGNATORY_DEFAULT_TITLES.get(role, role.replace("_", " ").title())
    if s is None:
        return Signer((default,))
    return signer_from(s, default)


def _decider(settings: OfficeSettings, user: User | None) -> Signer:
    """The Kepala Bidang who decided, with the office's pangkat/a.n. lines when configured."""
    configured = settings.signatory("kepala_bidang")
    if user is None:
        return _official(settings, "kepala_bidang")
    if configured is not None and configured.name.strip() == user.full_name.strip():
        return signer_from(configured, SIGNATORY_DEFAULT_TITLES["kepala_bidang"])
    return Signer(tuple((user.title or SIGNATORY_DEFAULT_TITLES["kepala_bidang"]).split("\n")),
                  user.full_name, user.nip)


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
            raise NotFound(_("Kasus tidak ditemukan."), field="stay_id")
        return stay, session.get(Client, stay.client_id)
    if client_id is not None:
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise NotFound(_("Klien tidak ditemukan."), field="client_id")
        stay = session.exec(select(Stay).where(Stay.client_id == client_id, _alive(Stay))
                            .order_by(Stay.arrival_at.desc())).first()
        return stay, client
    return None, None


def event_date(ctx: LetterContext, event: str) -> date | None:
    """The day of the act a letter reports, in the facility's local time."""
    tz = getattr(ctx.facility, "timezone", None) if ctx.facility is not None else None

    def day(moment: datetime | None) -> date | None:
        if moment is None:
            return None
        return local_in(moment, tz)

    if event == "termination" and ctx.termination is not None:
        return day(ctx.termination.terminated_at)
    if event == "decision" and ctx.decision is not None:
        return day(ctx.decision.decided_at)
    if event == "decision" and ctx.stay is not None:
        return day(ctx.stay.arrival_at)
    if event == "assessment" and ctx.assessments:
        return day(ctx.assessments[-1].assessed_at)
    if event == "arrival" and ctx.stay is not None:
        return day(ctx.stay.arrival_at)
    if event == "home_visit" and ctx.home_visits:
        visit = ctx.home_visits[-1]
        return day(visit.visited_at) if visit.visited_at else visit.scheduled_for
    return None


def local_in(moment: datetime, tz: str | None) -> date:
    """``moment``'s date in the facility's time zone (the desk's when the facility has none)."""
    if tz:
        try:
            from zoneinfo import ZoneInfo

            return moment.astimezone(ZoneInfo(tz)).date()
        except Exception:  # an unknown zone name falls back to the desk's time
            pass
    return local_date(moment)


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
    if letter_type == "buku_data":  # the register covers every case of the period
        stay_id = client_id = None
    stay, client = _resolve_stay(session, stay_id, client_id)
    blank_form = letter_type == "formulir_asesmen" and params.get("kosong")
    if spec.needs_case and stay is None:
        raise DomainError(_("{title} memerlukan kasus klien. Pilih kasusnya terlebih dahulu.").format(title=spec.title),
                          field="stay_id")
    if letter_type == "formulir_asesmen" and stay is None and not blank_form:
        params["kosong"] = True
    facility = session.get(Facility, stay.facility_id) if stay is not None else None
    if facility is None and params.get("fasilitas"):
        facility = session.exec(select(Facility).where(
            Facility.code == str(params["fasilitas"]).upper())).first()
    issuer = office_for_facility(session, facility)
    settings = issuer.settings

    users = {u.id: u for u in session.exec(select(User)).all()}
    officers = {uid: _signer_for_user(u) for uid, u in users.items()}
    termination = None
    if stay is not None:
        termination = session.exec(select(Termination).where(
            Termination.stay_id == stay.id, _alive(Termination))).first()
    # The officer is the one recorded on the act, never simply whoever prints the letter.
    if termination is not None and termination.officer_id in users:
        officer = officers[termination.officer_id]
    elif actor.user_id in users:
        officer = officers[actor.user_id]
    else:
        officer = _official(settings, "petugas")
    role = str(params.get("penandatangan") or spec.signatory)

    ctx = LetterContext(
        letter_type=letter_type,
        title=spec.title,
        number=number,
        letter_date=date.min,
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
    ctx.facility = facility
    ctx.office_key = issuer.key
    ctx.office_code = settings.code
    ctx.default_tembusan = list(settings.tembusan.get(letter_type)
                                or DEFAULT_TEMBUSAN.get(letter_type, ()))
    if stay is not None:
        sid = stay.id
        if stay.referring_agency_id:
            ctx.referring_agency = session.get(Agency, stay.referring_agency_id)
        if stay.raid_id:
            ctx.raid = session.get(Raid, stay.raid_id)
            if ctx.raid is not None and ctx.raid.agency_id:
                ctx.raid_agency = session.get(Agency, ctx.raid.agency_id)
        if termination is not None and termination.receiving_agency_id:
            ctx.receiving_agency = session.get(Agency, termination.receiving_agency_id)
        ctx.identification = session.exec(select(Identification).where(
            Identification.stay_id == sid, _alive(Identification))
            .order_by(Identification.identified_at.desc())).first()
        ctx.assessments = _rows(session, Assessment, Assessment.stay_id == sid,
                                Assessment.assessed_at)
        decisions = _rows(session, Decision, Decision.stay_id == sid, Decision.decided_at)
        ctx.decision = decisions[-1] if decisions else None
        if letter_type == "disposisi" and ctx.decision is not None:
            ctx.signer = _decider(settings, users.get(ctx.decision.decided_by))
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
        ctx.attachment_kinds = set(session.exec(select(Attachment.kind).where(
            (Attachment.stay_id == sid) | (Attachment.client_id == stay.client_id),
            _alive(Attachment))).all())
        ctx.letter_types_kept = set(session.exec(select(Letter.letter_type).where(
            Letter.stay_id == sid, _alive(Letter))).all())
        if letter_type == "case_record":
            ctx.letters = [i for i in _infos(session, Letter.stay_id == sid)]
    if client is not None:
        ctx.family = _rows(session, FamilyMember, FamilyMember.client_id == client.id,
                           FamilyMember.created_at)
    ctx.letter_date = (letter_date or _parse_date(params.get("tanggal"), "tanggal")
                       or event_date(ctx, spec.event) or local_today())
    check_letter_fits_case(ctx)
    if letter_type == "buku_data":
        _fill_register(session, ctx)
    return ctx


DEFAULT_TEMBUSAN: dict[str, tuple[str, ...]] = {
    "surat_pengantar_pemulangan": ("Kepala Dinas Sosial (sebagai laporan)", "Arsip"),
    "surat_rujukan": ("Kepala Dinas Sosial (sebagai laporan)", "Arsip"),
    "pemberitahuan_penerimaan": ("Kepala Dinas Sosial (sebagai laporan)", "Arsip"),
    "surat_koordinasi": ("Kepala Dinas Sosial (sebagai laporan)", "Arsip"),
    "surat_tugas": ("Bendahara Pengeluaran", "Arsip"),
}


def check_letter_fits_case(ctx: LetterContext) -> None:
    """Refuse a letter that would state something false about the case."""
    t = ctx.termination
    if ctx.letter_type == "ba_pemulangan" and t is not None and t.mode == "meninggal_dunia":
        raise DomainError(
            _("Klien meninggal dunia: Berita Acara Pemulangan tidak dapat dibuat. Buat Berita "
            "Acara Serah Terima Jenazah (Berita Acara Serah Terima)."), field="letter_type")
    if ctx.letter_type == "ba_pemulangan" and t is not None and t.mode == "pergi_tanpa_pamit":
        raise DomainError(
            _("Klien pergi tanpa pamit: tidak ada pemulangan. Buat Berita Acara Serah Terima, "
            "yang mencatat klien meninggalkan tempat tanpa pemberitahuan."), field="letter_type")
    if ctx.letter_type in ("surat_penjamin", "surat_pernyataan") and t is not None and \
            t.mode in ("meninggal_dunia", "pergi_tanpa_pamit"):
        raise DomainError(
            _("{title} tidak dapat dibuat: klien {value}.").format(title=ctx.title, value='meninggal dunia' if t.mode == 'meninggal_dunia' else 'pergi tanpa pamit'),
            field="letter_type")
    if ctx.letter_type == "surat_tugas" and (t is None or not t.escort):
        raise DomainError(_("Surat Tugas memerlukan petugas pengantar pada terminasi kasus."),
                          field="letter_type")
    if ctx.letter_type == "tanda_terima_barang" and not ctx.belongings:
        raise DomainError(_("Klien tidak membawa barang bawaan: tidak ada yang diterimakan."),
                          field="letter_type")


def _fill_register(session: Session, ctx: LetterContext) -> None:
    start = _parse_date(ctx.params.get("dari"), "dari") or ctx.letter_date.replace(month=1, day=1)
    end = _parse_date(ctx.params.get("sampai"), "sampai") or ctx.letter_date
    if end < start:
        raise DomainError(_("Tanggal akhir periode harus sesudah tanggal awal."), field="sampai")
    ctx.date_from, ctx.date_to = start, end
    lo = from_local(datetime.combine(start, time.min))
    hi = from_local(datetime.combine(end + timedelta(days=1), time.min))
    query = (
        select(Stay, Client, Termination.terminated_at, Agency.name, Facility.name)
        .join(Client, Client.id == Stay.client_id)
        .join(Facility, Facility.id == Stay.facility_id)
        .outerjoin(Termination, Termination.stay_id == Stay.id)
        .outerjoin(Agency, Agency.id == Stay.referring_agency_id)
        .where(Stay.arrival_at >= lo, Stay.arrival_at < hi, _alive(Stay))
        .order_by(Stay.arrival_at, Stay.case_number)
    )
    code = ctx.params.get("fasilitas")
    if code:
        facility = session.exec(select(Facility).where(Facility.code == code)).first()
        if facility is None:
            raise NotFound(_("Fasilitas dengan kode {code} tidak ditemukan.").format(code=code), field="fasilitas")
        ctx.facility = facility
        query = query.where(Stay.facility_id == facility.id)
    else:
        facilities = session.exec(select(Facility).where(_alive(Facility))).all()
        if len(facilities) == 1:
            ctx.facility = facilities[0]
    rows = []
    for stay, client, left_at, agency, facility_name in session.exec(query).all():
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
            status=CASE_STATUS_LABELS.get(stay.status, stay.status), left=left,
            client_id=client.id, facility=facility_name))
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
          version: int = 1, supersedes: Letter | None = None, desk: str = "") -> LetterResult:
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
        office_key=ctx.office_key if sequence is not None else "",
        desk=desk, subject=ctx.subject, recipient=ctx.recipient,
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
    sequence, desk = None, ""
    spec = SPECS[letter_type]
    if spec.numbered:
        issuer = office_for_facility(session, ctx.facility)
        drawn = draw_number(session, store.site_id, issuer, letter_type, ctx.letter_date,
                            spec.kode)
        ctx.number, sequence, desk = drawn.number, drawn.sequence, drawn.desk
    result = _keep(store, session, ctx, sequence=sequence, desk=desk)
    if letter_type == "surat_koordinasi":
        _track_coordination(session, ctx)
    return result


def _track_coordination(session: Session, ctx: LetterContext) -> None:
    """The coordination letter opens a coordination on the case, with its reply due date."""
    sent = from_local(datetime.combine(ctx.letter_date, time(8)))
    session.add(Coordination(
        stay_id=ctx.stay.id, region=ctx.client.regency or "", agency_name=ctx.recipient,
        letter_number=ctx.number, sent_at=sent, reply_due=reply_due(ctx),
        notes="Surat koordinasi dan penelusuran keluarga"))


def reply_due(ctx: LetterContext) -> date:
    """The day the coordination letter asks an answer by (``batas_balasan`` or 14 days)."""
    given = _parse_date(ctx.params.get("batas_balasan"), "batas_balasan")
    return given or ctx.letter_date + timedelta(days=14)


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
            raise NotFound(_("Surat tidak ditemukan."), field="letter_id")
        attachment = session.get(Attachment, letter.attachment_id)
        if attachment is None:
            raise NotFound(_("Berkas PDF surat tidak ditemukan."), field="letter_id")
        return read_bytes(store, attachment)


def correct_letter(store, actor: Actor, letter_id: uuid.UUID,
                   params: dict[str, Any]) -> LetterResult:
    """A corrected version of a letter: same number, version + 1; the old one is kept."""
    with store.write(actor) as session:
        permissions.require(session, "letters.correct")  # the role as the user's row says
        old = session.get(Letter, letter_id)
        if old is None or old.deleted_at is not None:
            raise NotFound(_("Surat yang akan diralat tidak ditemukan."), field="letter_id")
        newer = session.exec(select(Letter).where(Letter.supersedes_id == old.id)).first()
        if newer is not None:
            raise DomainError(
                _("Surat ini sudah diralat (versi {version}). Ralat versi terbarunya.").format(version=newer.version),
                field="letter_id")
        merged = {**(old.params or {}), **(params or {})}
        merged.setdefault("tanggal", old.letter_date.isoformat())
        ctx = build_context(store, session, actor, old.letter_type, stay_id=old.stay_id,
                            client_id=old.client_id if old.stay_id is None else None,
                            params=merged, number=old.number)
        ctx.office_key = old.office_key or ctx.office_key
        return _keep(store, session, ctx, sequence=old.sequence, version=old.version + 1,
                     supersedes=old, desk=old.desk)


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
        raise NotFound(_("Kasus dengan nomor {case_number} tidak ditemukan.").format(case_number=case_number), field="case")
    return stay
