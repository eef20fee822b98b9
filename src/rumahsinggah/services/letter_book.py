"""The outgoing-letter book (buku agenda surat keluar): one per issuing office and year.

Every numbered letter of an office, of whatever type, takes the next entry of its office's
book for the letter's year: the Surat Penjamin, the Berita Acara and the Pemberitahuan of one
day get 001, 002 and 003, never three times 001. The number is built from the office's pattern
with the classification code of the letter type (``{kode}``), the office's readable code
(``{kantor}``) and the Roman month of the letter's own date.

Offline desks: each desk keeps its own sequence of the book (the desk-local counter
``book:<office>:<year>:<site_id>``). The office's home desk (the desk that first saved the
office) prints plain numbers; any other desk prints its short desk code after the sequence
(``460/017-B/Dinsos/XII/2026``), so two desks working offline never print the same number.
The administrator gives a desk its code with :func:`set_desk_code`; until then it is taken
from the desk's site id. Before a number is used it is checked against the book, so a lost
counter (a restored backup) never repeats a number the book already holds. A rolled-back
generation returns its sequence value: the number was never printed or kept.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlmodel import Session, select

from rumahsinggah.core.errors import DomainError
from rumahsinggah.documents.numbering import format_number
from rumahsinggah.i18n import _
from rumahsinggah.services.settings import DEFAULT_PATTERN, IssuerProfile, OfficeSettings
from rumahsinggah.storage.models import Client, Letter, Setting, Stay
from rumahsinggah.storage.sequences import next_value

NUMBERING_KEY = "letter_numbering"


def _numbering(session: Session) -> tuple[Setting | None, dict]:
    row = session.exec(select(Setting).where(Setting.key == NUMBERING_KEY)).first()
    return row, (dict(row.value) if row is not None else {})


def desk_code(session: Session, site_id: str) -> str:
    """The short code this desk prints in its letter numbers when it is not the home desk."""
    _row, value = _numbering(session)
    code = (value.get("desks") or {}).get(site_id, "")
    if code:
        return code
    joined = session.execute(  # the desk's code from joining its shelter (sync.desk)
        text("SELECT value FROM local_state WHERE key = 'desk_code'")).scalar_one_or_none()
    if joined and site_id == session.info.get("site_id"):
        return joined
    tail = re.sub(r"[^0-9a-zA-Z]", "", site_id)[-4:]
    return tail.upper() or "X"


def set_desk_code(session: Session, site_id: str, code: str) -> None:
    """Give a desk its short code (1 to 6 letters or digits, unique among desks)."""
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{1,6}", code):
        raise DomainError(_("Kode meja harus 1 sampai 6 huruf atau angka, misalnya A atau MJ2."),
                          field="desk_code")
    row, value = _numbering(session)
    desks = dict(value.get("desks") or {})
    if any(c == code and s != site_id for s, c in desks.items()):
        raise DomainError(_("Kode meja {code} sudah dipakai meja lain. Pilih kode lain.").format(code=code),
                          field="desk_code")
    desks[site_id] = code
    value["desks"] = desks
    if row is None:
        session.add(Setting(key=NUMBERING_KEY, value=value))
    else:
        row.value = value


def letter_pattern(settings: OfficeSettings, letter_type: str) -> str:
    patterns = settings.letter_patterns or {}
    return patterns.get(letter_type) or patterns.get("*") or DEFAULT_PATTERN


def classification_code(session: Session, settings: OfficeSettings, letter_type: str,
                        default: str) -> str:
    """The office's code for the type, else the store-wide override, else the type's own."""
    if settings.codes.get(letter_type):
        return settings.codes[letter_type]
    _row, value = _numbering(session)
    return (value.get("kode") or {}).get(letter_type) or default


@dataclass(frozen=True)
class DrawnNumber:
    number: str
    sequence: int
    desk: str  # "" on the home desk


def draw_number(session: Session, site_id: str, issuer: IssuerProfile, letter_type: str,
                letter_date: date, default_kode: str) -> DrawnNumber:
    """The next entry of the issuer's book for the year of ``letter_date``, on this desk."""
    settings = issuer.settings
    pattern = letter_pattern(settings, letter_type)
    home = bool(settings.home_site) and settings.home_site == site_id
    # A pattern that names {meja} always shows the desk; otherwise only a second desk does.
    desk = "" if home and "{meja}" not in pattern else desk_code(session, site_id)
    kode = classification_code(session, settings, letter_type, default_kode)
    counter = f"book:{issuer.key or 'default'}:{letter_date.year}:{site_id}"
    while True:
        seq = next_value(session, counter)
        number = format_number(pattern, kode=kode, nomor=seq, letter_date=letter_date,
                               desk_code=desk, kantor=settings.code)
        taken = session.exec(select(Letter.id).where(
            Letter.office_key == issuer.key, Letter.number == number,
            Letter.deleted_at.is_(None))).first()
        if taken is None:
            return DrawnNumber(number, seq, desk)


@dataclass(frozen=True)
class BookEntry:
    """One line of the letter book (the newest version of a numbered letter)."""

    letter_id: uuid.UUID
    number: str
    sequence: int | None
    desk: str
    letter_date: date
    letter_type: str
    title: str
    subject: str
    recipient: str
    case_number: str
    client_name: str
    version: int


def letter_book(session: Session, *, year: int, office_key: str = "") -> list[BookEntry]:
    """Every numbered letter of an office's book for ``year``, in number order (a corrected
    letter appears once, as its newest version)."""
    from rumahsinggah.services.letters import LETTER_TYPES

    rows = session.exec(
        select(Letter, Stay.case_number, Client.full_name)
        .outerjoin(Stay, Stay.id == Letter.stay_id)
        .outerjoin(Client, Client.id == Letter.client_id)
        .where(Letter.office_key == office_key, Letter.year == year,
               Letter.sequence.is_not(None), Letter.number != "",
               Letter.deleted_at.is_(None))
    ).all()
    replaced = {le.supersedes_id for le, _c, _n in rows if le.supersedes_id}
    out = [
        BookEntry(le.id, le.number, le.sequence, le.desk, le.letter_date, le.letter_type,
                  LETTER_TYPES.get(le.letter_type, le.letter_type), le.subject, le.recipient,
                  case or "", name or "", le.version)
        for le, case, name in rows if le.id not in replaced
    ]
    out.sort(key=lambda e: (e.desk, e.sequence or 0, e.letter_date))
    return out


def office_key_by_code(session: Session, code: str | None) -> tuple[str, str]:
    """(book key, name) of the office with readable ``code``; no code: the default office."""
    from rumahsinggah.services.settings import list_issuing_offices

    offices = list_issuing_offices(session)
    if not code:
        return offices[0][0], offices[0][1]
    for key, name, office_code in offices:
        if office_code.upper() == code.strip().upper():
            return key, name
    raise DomainError(f"Kantor penerbit dengan kode {code} tidak ditemukan. Kode yang ada: "
                      + ", ".join(o[2] for o in offices), field="office")
