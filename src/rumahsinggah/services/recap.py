"""The monthly recap (Rekap Bulanan) a shelter sends upward: one month's figures per facility
and for all facilities of the store.

Contract:
- ``parse_month("2026-11") -> (2026, 11)``; a clear ``DomainError`` otherwise.
- ``build_recap(session, year, month, facility_code=None) -> MonthlyRecap``: role
  ``report.monthly``. Read-only. Every facility counts its month on its own wall calendar
  (WIB / WITA / WIT): a stay that arrived 23:30 WITA on 31 October is an October admission.
- ``monthly_recap(store, actor, "2026-11", facility_code=None)``: the same in its own read
  session.
- ``MonthlyRecap.to_dict()`` is plain JSON; ``tidy_rows()`` the long format
  (facility, month, measure, dimension, value) for spreadsheets.

What each figure counts (the month is [first day 00:00, next month 00:00) local):
- admissions (``penerimaan``): stays that ARRIVED in the month, by source, PMKS category, sex,
  age at arrival and origin (client's kab/kota equal to the facility's: this city; else the
  same province: this province; else elsewhere; no address: unknown);
- returning clients: admitted clients who already had an earlier stay (any facility);
- referrals in: admissions whose source is an agency or inter-regional referral;
- decisions: the Kepala Bidang's decisions dated in the month, by outcome;
- terminations: dated in the month, by basis and by mode (a death is mode meninggal_dunia);
- referrals out: stays CLOSED in the month by a referral decision, a health referral, or a
  termination that referred the client to a balai/panti or handed them to another agency;
- length of stay: stays closed in the month, in days counted as day N (arrival day = day 1);
- past the residency limit: stays present in the month that were past their standard's limit
  on the last day they were present in it (``services.residency`` decides);
- served: stays present at any time in the month; in care at month end;
- complaints received in the month (facility: the complaint's, else its case's): by channel,
  answered, answered within / beyond the due moment (``due_at``; without one, the standard's
  limit via ``services.service_level.complaint_due``), still unanswered, overdue unanswered at
  month end; response time in hours and in working days (the facility's working calendar).
All counting is SQL GROUP BY over the month's rows; Python only labels and merges groups.
"""

from __future__ import annotations

import calendar as _calendar
import re
import statistics
import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import Date, Integer, and_, case, cast, exists, func, literal_column, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session

from rumahsinggah.core import names
from rumahsinggah.core.errors import DomainError, NotFound
from rumahsinggah.core.localtime import from_local, local_date, zone_info
from rumahsinggah.core.vocab import (
    CASE_SOURCE_LABELS,
    DECISION_OUTCOME_LABELS,
    SEX_LABELS,
    TERMINATION_BASIS_LABELS,
    TERMINATION_MODE_LABELS,
    CaseSource,
    CaseStatus,
    TerminationMode,
)
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.services.residency import arrival_cutoffs, residency_state, rule_of
from rumahsinggah.storage.models import Client, Complaint, Decision, Facility, Stay, Termination
from rumahsinggah.storage.server import on_postgres

ALL_CODE = "SEMUA"
ALL_NAME = "Semua fasilitas"
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")

MEASURE_LABELS: dict[str, str] = {
    "admissions": "Penerimaan klien",
    "admissions_source": "Penerimaan menurut sumber",
    "admissions_pmks": "Penerimaan menurut kategori PPKS",
    "admissions_sex": "Penerimaan menurut jenis kelamin",
    "admissions_age": "Penerimaan menurut kelompok umur",
    "admissions_origin": "Penerimaan menurut daerah asal",
    "returning": "Klien yang kembali",
    "referrals_in": "Rujukan masuk",
    "decisions": "Keputusan Kepala Bidang",
    "terminations": "Terminasi",
    "terminations_basis": "Terminasi menurut dasar",
    "terminations_mode": "Terminasi menurut cara",
    "referrals_out": "Rujukan keluar",
    "stay_length": "Lama tinggal (kasus ditutup bulan ini, hari)",
    "past_limit": "Melewati batas tinggal",
    "served": "Kasus dilayani",
    "complaints": "Pengaduan",
    "complaints_channel": "Pengaduan menurut saluran",
    "complaint_response": "Waktu tanggapan pengaduan",
}

AGE_GROUPS = ("0-5", "6-17", "18-59", "60+", "tidak_diketahui")
ORIGINS = ("kota_ini", "provinsi_ini", "luar_provinsi", "tidak_diketahui")
CHANNEL_LABELS = {
    "langsung": "Datang langsung", "surat": "Surat", "kotak_saran": "Kotak saran",
    "website": "Laman (website)", "telepon": "Telepon", "whatsapp": "WhatsApp",
    "email": "Pos-el (e-mail)", "sp4n_lapor": "SP4N LAPOR!",
}
OTHER_LABELS = {
    "total": "Jumlah", "clients": "Jumlah klien",
    "0-5": "0-5 tahun (balita)", "6-17": "6-17 tahun (anak)", "18-59": "18-59 tahun (dewasa)",
    "60+": "60 tahun ke atas (lanjut usia)", "tidak_diketahui": "Tidak diketahui",
    "kota_ini": "Kabupaten/kota ini", "provinsi_ini": "Provinsi ini (kab/kota lain)",
    "luar_provinsi": "Luar provinsi", "tidak_diisi": "Tidak diisi",
    "tanpa_dasar": "Tanpa dasar (pergi tanpa pamit / meninggal dunia)",
    "count": "Jumlah kasus ditutup", "average": "Rata-rata (hari)", "median": "Median (hari)",
    "longest": "Terlama (hari)",
    "during_month": "Dilayani selama bulan ini", "open_at_end": "Masih dalam layanan akhir bulan",
    "received": "Diterima", "answered": "Sudah ditanggapi", "within_limit": "Tepat waktu",
    "beyond_limit": "Melewati batas waktu", "no_limit": "Tanpa batas waktu",
    "unanswered": "Belum ditanggapi akhir bulan",
    "overdue_unanswered": "Belum ditanggapi dan lewat batas waktu",
    "average_hours": "Rata-rata (jam)", "median_hours": "Median (jam)",
    "longest_hours": "Terlama (jam)", "average_working_days": "Rata-rata (hari kerja)",
    "longest_working_days": "Terlama (hari kerja)",
    "ref_decision": "Keputusan rujuk lanjutan", "ref_health": "Rujuk ke layanan kesehatan",
    "ref_balai_panti": "Terminasi: dirujuk ke balai / panti",
    "ref_agency": "Terminasi: diserahkan ke instansi lain",
}
REFERRAL_SOURCES = (CaseSource.RUJUKAN_INSTANSI, CaseSource.RUJUKAN_ANTAR_DAERAH)
REFERRAL_EXIT_MODES = {TerminationMode.DIRUJUK: "ref_balai_panti",
                       TerminationMode.DISERAHKAN: "ref_agency"}


def dimension_label(measure: str, code: str) -> str:
    """The Indonesian words for one dimension value of ``measure``."""
    tables: dict[str, dict] = {
        "admissions_source": CASE_SOURCE_LABELS, "referrals_in": CASE_SOURCE_LABELS,
        "admissions_sex": SEX_LABELS, "decisions": DECISION_OUTCOME_LABELS,
        "terminations_basis": TERMINATION_BASIS_LABELS,
        "terminations_mode": TERMINATION_MODE_LABELS, "complaints_channel": CHANNEL_LABELS,
    }
    table = tables.get(measure, {})
    if code in table:
        return str(table[code])
    if code in OTHER_LABELS:
        return OTHER_LABELS[code]
    return code if measure != "admissions_pmks" else code.capitalize()


@dataclass
class FacilityRecap:
    """One facility's month (or every facility's, code ``SEMUA``): measure -> dimension ->
    value. Counts are ints; averages and medians are floats rounded to one decimal."""

    code: str
    name: str
    figures: dict[str, dict[str, float | int]] = field(default_factory=dict)

    def value(self, measure: str, dimension: str = "total") -> float | int:
        return self.figures.get(measure, {}).get(dimension, 0)


@dataclass
class MonthlyRecap:
    year: int
    month: int
    facilities: list[FacilityRecap]
    total: FacilityRecap  # every facility of the recap together (the one, when one)
    issuing_facility_id: str = ""  # whose letterhead the PDF carries (the first facility)

    @property
    def month_code(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def month_label(self) -> str:
        return f"{MONTHS_ID[self.month - 1]} {self.year}"

    def scopes(self) -> list[FacilityRecap]:
        """The facilities, then the total when there are several."""
        return self.facilities + ([self.total] if len(self.facilities) > 1 else [])

    def to_dict(self) -> dict[str, Any]:
        return {"month": self.month_code, "facilities": [asdict(f) for f in self.facilities],
                "total": asdict(self.total)}

    def tidy_rows(self) -> list[tuple[str, str, str, str, str, str, float | int]]:
        """(facility code, facility name, month, measure, measure label, dimension label,
        value): one row per figure, facilities then the total."""
        rows = []
        for scope in self.scopes():
            for measure, dims in scope.figures.items():
                for dim, value in dims.items():
                    rows.append((scope.code, scope.name, self.month_code, measure,
                                 MEASURE_LABELS.get(measure, measure),
                                 dimension_label(measure, dim), value))
        return rows


_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def parse_month(text: str) -> tuple[int, int]:
    m = _MONTH.match(text or "")
    if not m or not 1 <= int(m.group(2)) <= 12 or not 2000 <= int(m.group(1)) <= 2100:
        raise DomainError(_("Bulan '{text}' tidak dikenal; tulis TAHUN-BULAN, misalnya 2026-11.").format(text=text),
                          field="month")
    return int(m.group(1)), int(m.group(2))


# ---- raw counts of one facility, mergeable into the total ------------------------------------

@dataclass
class _Raw:
    counts: dict[str, Counter] = field(default_factory=dict)
    lengths: Counter = field(default_factory=Counter)  # day N -> closed stays
    hours: list[float] = field(default_factory=list)  # complaint response hours
    workdays: list[int] = field(default_factory=list)

    def add(self, measure: str, dim: str, n: int = 1) -> None:
        if n:
            self.counts.setdefault(measure, Counter())[dim] += n

    def merge(self, other: _Raw) -> None:
        for measure, c in other.counts.items():
            self.counts.setdefault(measure, Counter()).update(c)
        self.lengths.update(other.lengths)
        self.hours += other.hours
        self.workdays += other.workdays

    def finish(self, code: str, name: str) -> FacilityRecap:
        figures: dict[str, dict[str, float | int]] = {}
        for measure in MEASURE_LABELS:
            dims: dict[str, float | int] = dict(sorted(self.counts.get(measure, Counter()).items(),
                                                       key=lambda kv: (-kv[1], kv[0])))
            figures[measure] = dims
        for measure, order in (("admissions_age", AGE_GROUPS), ("admissions_origin", ORIGINS)):
            figures[measure] = {k: figures[measure][k] for k in order if k in figures[measure]}
        for measure in ("admissions", "terminations", "past_limit"):
            figures[measure] = {"total": int(self.counts.get(measure, Counter())["total"])}
        figures["returning"] = {"clients": int(self.counts.get("returning", Counter())["clients"])}
        served = self.counts.get("served", Counter())
        figures["served"] = {"during_month": served["during_month"],
                             "open_at_end": served["open_at_end"]}
        c = self.counts.get("complaints", Counter())
        figures["complaints"] = {k: int(c[k]) for k in (
            "received", "answered", "within_limit", "beyond_limit", "no_limit", "unanswered",
            "overdue_unanswered")}
        values = sorted(self.lengths.elements())
        figures["stay_length"] = {"count": len(values)} | ({
            "average": round(statistics.fmean(values), 1),
            "median": round(float(statistics.median(values)), 1),
            "longest": max(values)} if values else {})
        figures["complaint_response"] = {
            "average_hours": round(statistics.fmean(self.hours), 1),
            "median_hours": round(float(statistics.median(self.hours)), 1),
            "longest_hours": round(max(self.hours), 1),
            "average_working_days": round(statistics.fmean(self.workdays), 1),
            "longest_working_days": max(self.workdays),
        } if self.hours else {}
        return FacilityRecap(code, name, figures)


@dataclass(frozen=True)
class _Month:
    year: int
    month: int
    zone: tzinfo

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return date(self.year, self.month, _calendar.monthrange(self.year, self.month)[1])

    @property
    def start(self) -> datetime:
        return from_local(datetime.combine(self.first, time()), self.zone)

    @property
    def end(self) -> datetime:
        return from_local(datetime.combine(self.last + timedelta(days=1), time()), self.zone)

    @property
    def shift(self) -> str:
        """SQLite date modifier from stored UTC to the facility's wall clock (the three
        Indonesian zones keep one offset all year)."""
        offset = self.zone.utcoffset(datetime.combine(self.first, time())) or timedelta()
        return f"{int(offset.total_seconds() // 60):+d} minutes"


def _in(column, m: _Month):
    return and_(column >= m.start, column < m.end)


def _unindexed(column):
    """``column`` as an expression SQLite cannot answer from an index (``coalesce(c, c)``
    is ``c``): keeps the planner off an index that would read nearly the whole table."""
    return func.coalesce(column, column)


def _local_day(column, m: _Month, pg: bool = False):
    """The facility's local calendar day of a UTC timestamp (SQLite: text; PostgreSQL: date)."""
    if pg:
        return cast(column + literal_column(f"interval '{m.shift}'"), Date)
    return func.date(column, m.shift)


def _year(day, pg: bool):
    return cast(func.extract("year", day), Integer) if pg else \
        cast(func.strftime("%Y", day), Integer)


def _month_day(day, pg: bool):
    return func.to_char(day, "MM-DD") if pg else func.strftime("%m-%d", day)


def _days_between(first, last, pg: bool):
    """Calendar days from ``first`` to ``last`` (local days), as a number."""
    return (last - first) if pg else (func.julianday(last) - func.julianday(first))


def _origin(fac: Facility, regency: str, province: str) -> str:
    reg, prov = names.fold(regency or ""), names.fold(province or "")
    if not reg and not prov:
        return "tidak_diketahui"
    if reg and reg == names.fold(fac.regency or ""):
        return "kota_ini"
    if prov and prov == names.fold(fac.province or ""):
        return "provinsi_ini"
    return "luar_provinsi"


def _admissions(session: Session, fac: Facility, m: _Month, raw: _Raw) -> None:
    live = [Stay.facility_id == fac.id, Stay.deleted_at.is_(None), _in(Stay.arrival_at, m)]
    pg = on_postgres(session)
    arrival_day = _local_day(Stay.arrival_at, m, pg)
    age = (_year(arrival_day, pg) - _year(Client.birth_date, pg)
           - case((_month_day(arrival_day, pg) < _month_day(Client.birth_date, pg), 1),
                  else_=0))
    band = case((Client.birth_date.is_(None), "tidak_diketahui"), (age < 6, "0-5"),
                (age < 18, "6-17"), (age < 60, "18-59"), else_="60+")
    rows = session.execute(
        select(Stay.source, Client.pmks_category, Client.sex, band, Client.regency,
               Client.province, func.count())
        .join(Client, Client.id == Stay.client_id).where(*live)
        .group_by(Stay.source, Client.pmks_category, Client.sex, band, Client.regency,
                  Client.province)).all()
    for source, pmks, sex, age_band, regency, province, n in rows:
        raw.add("admissions", "total", n)
        raw.add("admissions_source", source, n)
        raw.add("admissions_pmks", (pmks or "").strip().lower() or "tidak_diisi", n)
        raw.add("admissions_sex", sex or "tidak_diisi", n)
        raw.add("admissions_age", age_band, n)
        raw.add("admissions_origin", _origin(fac, regency, province), n)
        if source in REFERRAL_SOURCES:
            raw.add("referrals_in", source, n)
    earlier = aliased(Stay)
    returning = session.execute(
        select(func.count(func.distinct(Stay.client_id))).where(*live, exists().where(
            earlier.client_id == Stay.client_id, earlier.id != Stay.id,
            earlier.deleted_at.is_(None), earlier.arrival_at < Stay.arrival_at))).scalar_one()
    raw.add("returning", "clients", returning)


def _own_month(column, months: dict[uuid.UUID, _Month]):
    """``column`` inside the month of its stay's facility, each on its own wall calendar.

    One scan of a dated table serves every facility of the recap: ``decision`` and
    ``termination`` have no index on their dates, so a query per facility would read the
    whole table once per facility. The outer bounds let SQLite skip the other months' rows
    before it looks their stay up (by its key: the join column is kept off the stay_id
    index, else SQLite reads every stay and looks its rows up instead, twice as slow)."""
    return and_(column >= min(m.start for m in months.values()),
                column < max(m.end for m in months.values()),
                or_(*[and_(Stay.facility_id == fid, _in(column, m))
                      for fid, m in months.items()]))


def _dated_counts(session: Session, months: dict[uuid.UUID, _Month]) -> dict[uuid.UUID, _Raw]:
    """Decisions and terminations dated in the month, per facility (two queries in all)."""
    raws = {fid: _Raw() for fid in months}
    for fid, outcome, n in session.execute(
            select(Stay.facility_id, Decision.outcome, func.count())
            .select_from(Decision).join(Stay, Stay.id == _unindexed(Decision.stay_id))
            .where(Stay.deleted_at.is_(None), Decision.deleted_at.is_(None),
                   _own_month(Decision.decided_at, months))
            .group_by(Stay.facility_id, Decision.outcome)).all():
        raws[fid].add("decisions", outcome, n)
    for fid, basis, mode, n in session.execute(
            select(Stay.facility_id, Termination.basis, Termination.mode, func.count())
            .select_from(Termination).join(Stay, Stay.id == _unindexed(Termination.stay_id))
            .where(Stay.deleted_at.is_(None), Termination.deleted_at.is_(None),
                   _own_month(Termination.terminated_at, months))
            .group_by(Stay.facility_id, Termination.basis, Termination.mode)).all():
        raw = raws[fid]
        raw.add("terminations", "total", n)
        raw.add("terminations_basis", basis or "tanpa_dasar", n)
        raw.add("terminations_mode", mode, n)
    return raws


def _exits(session: Session, fac: Facility, m: _Month, raw: _Raw) -> None:
    of_facility = [Stay.facility_id == fac.id, Stay.deleted_at.is_(None)]
    # Referrals out: one per stay closed in the month, whichever way it was referred.
    for status, mode, n in session.execute(
            select(Stay.status, Termination.mode, func.count())
            .outerjoin(Termination, and_(Termination.stay_id == Stay.id,
                                         Termination.deleted_at.is_(None)))
            .where(*of_facility, _in(Stay.closed_at, m),
                   or_(Stay.status.in_((CaseStatus.DIRUJUK, CaseStatus.RUJUK_KESEHATAN)),
                       Termination.mode.in_(tuple(REFERRAL_EXIT_MODES))))
            .group_by(Stay.status, Termination.mode)).all():
        if status == CaseStatus.RUJUK_KESEHATAN:
            raw.add("referrals_out", "ref_health", n)
        elif mode in REFERRAL_EXIT_MODES:
            raw.add("referrals_out", REFERRAL_EXIT_MODES[mode], n)
        else:
            raw.add("referrals_out", "ref_decision", n)


def _past_limit_on(rule, day_n: int, zone: tzinfo, on: date) -> bool:
    """Whether a stay on its day ``day_n`` on ``on`` is past the standard's limit (asked of
    ``services.residency``, which owns the rule)."""
    arrival = from_local(datetime.combine(on - timedelta(days=day_n - 1), time(12)), zone)
    return residency_state(arrival, rule, on, zone).state == "eligible"


def _stays_and_residency(session: Session, fac: Facility, m: _Month, raw: _Raw) -> None:
    of_facility = [Stay.facility_id == fac.id, Stay.deleted_at.is_(None)]
    pg = on_postgres(session)
    day_n = _days_between(_local_day(Stay.arrival_at, m, pg), _local_day(Stay.closed_at, m, pg),
                          pg) + 1
    rules: dict[str, Any] = {}
    for code, n_days, n in session.execute(
            select(Stay.standard_code, cast(day_n, Integer), func.count())
            .where(*of_facility, _in(Stay.closed_at, m))
            .group_by(Stay.standard_code, cast(day_n, Integer))).all():
        n_days = max(1, int(n_days))
        raw.lengths[n_days] += n
        rule = rules.setdefault(code, rule_of(session, code))
        if rule is not None:
            closed_on = m.last  # any day: the rule depends on day N only
            if _past_limit_on(rule, n_days, m.zone, closed_on):
                raw.add("past_limit", "total", n)
    # Present in the month: arrived before its end, not closed before its start. The arrival
    # bound is kept out of the index choice: on a long history nearly every stay
    # arrived before the month's end, while ix_stay_open (closed_at, facility_id) finds the
    # few open or recently closed stays directly.
    present = and_(*of_facility, _unindexed(Stay.arrival_at) < m.end,
                   or_(Stay.closed_at.is_(None), Stay.closed_at >= m.start))
    open_at_end = or_(Stay.closed_at.is_(None), Stay.closed_at >= m.end)
    for code, during, still in session.execute(
            select(Stay.standard_code, func.count(),
                   func.sum(case((open_at_end, 1), else_=0)))
            .where(present).group_by(Stay.standard_code)).all():
        raw.add("served", "during_month", during)
        raw.add("served", "open_at_end", int(still or 0))
        rule = rules.setdefault(code, rule_of(session, code))
        if rule is None or not still:
            continue
        eligible_before, _later = arrival_cutoffs(rule, m.last, m.zone)
        past = session.execute(select(func.count()).where(
            present, open_at_end, Stay.standard_code == code,
            _unindexed(Stay.arrival_at) < eligible_before)).scalar_one()
        raw.add("past_limit", "total", past)


def _answered_column():
    """When a complaint was answered: ``responded_at`` where the complaints register keeps
    it, else the resolution stamp (the columns as they stand in this store)."""
    responded = getattr(Complaint, "responded_at", None)
    return func.coalesce(responded, Complaint.resolved_at) if responded is not None \
        else Complaint.resolved_at


def _complaints(session: Session, fac: Facility | None, m: _Month, raw: _Raw,
                cal_cache: dict) -> None:
    from rumahsinggah.services.calendar import work_calendar

    facility_of = func.coalesce(Complaint.facility_id, Stay.facility_id)
    where = [Complaint.deleted_at.is_(None), _in(Complaint.received_at, m),
             facility_of == fac.id if fac is not None else facility_of.is_(None)]
    answered = _answered_column()
    base = select(Complaint.channel, Complaint.received_at, answered, Complaint.due_at,
                  func.count()).outerjoin(Stay, Stay.id == Complaint.stay_id).where(*where)
    rows = session.execute(base.group_by(Complaint.channel, Complaint.received_at, answered,
                                         Complaint.due_at)).all()
    if not rows:
        return
    fid = fac.id if fac is not None else None
    cal = cal_cache.get(fid)
    if cal is None:
        cal = cal_cache[fid] = work_calendar(session, fid)
    standard = fac.default_standard if fac is not None else ""
    for channel, received, answered_at, due, n in rows:
        raw.add("complaints", "received", n)
        raw.add("complaints_channel", channel, n)
        due = due or _due(session, standard, received, fid)
        if answered_at is not None and answered_at < m.end:
            raw.add("complaints", "answered", n)
            raw.add("complaints", "no_limit" if due is None else
                    "within_limit" if _utc(answered_at) <= _utc(due) else "beyond_limit", n)
            hours = (_utc(answered_at) - _utc(received)).total_seconds() / 3600
            days = cal.working_days_between(local_date(received, m.zone),
                                            local_date(answered_at, m.zone))
            raw.hours += [hours] * n
            raw.workdays += [days] * n
        else:
            raw.add("complaints", "unanswered", n)
            if due is not None and _utc(due) < m.end:
                raw.add("complaints", "overdue_unanswered", n)


def _due(session: Session, standard: str, received: datetime,
         facility_id: uuid.UUID | None) -> datetime | None:
    if not standard:
        return None
    from rumahsinggah.services.service_level import complaint_due

    try:
        return complaint_due(session, standard, received, facility_id)
    except DomainError:
        return None


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def build_recap(session: Session, year: int, month: int,
                facility_code: str | None = None) -> MonthlyRecap:
    """The recap of one month for ``facility_code`` (or every facility of the store)."""
    permissions.require(session, "report.monthly")
    query = select(Facility).where(Facility.deleted_at.is_(None)).order_by(Facility.code)
    if facility_code:
        query = query.where(Facility.code == facility_code.strip().upper())
    facilities = list(session.execute(query).scalars())
    if facility_code and not facilities:
        raise NotFound(_("Fasilitas dengan kode {upper} tidak ada.").format(upper=facility_code.strip().upper()))
    if not facilities:
        raise DomainError(_("Belum ada fasilitas; rekap bulanan memerlukan paling sedikit satu."))
    total, scopes, cal_cache = _Raw(), [], {}
    months = {fac.id: _Month(year, month, zone_info(fac.time_zone)) for fac in facilities}
    dated = _dated_counts(session, months)
    for fac in facilities:
        m = months[fac.id]
        raw = dated[fac.id]
        _admissions(session, fac, m, raw)
        _exits(session, fac, m, raw)
        _stays_and_residency(session, fac, m, raw)
        _complaints(session, fac, m, raw, cal_cache)
        scopes.append(raw.finish(fac.code, fac.name))
        total.merge(raw)
    if not facility_code:  # complaints tied to no facility count in the store's total
        zone = zone_info(facilities[0].time_zone)
        _complaints(session, None, _Month(year, month, zone), total, cal_cache)
    summary = total.finish(ALL_CODE if len(facilities) > 1 else facilities[0].code,
                           ALL_NAME if len(facilities) > 1 else facilities[0].name)
    return MonthlyRecap(year, month, scopes, summary, str(facilities[0].id))


def monthly_recap(store, actor, month: str, facility_code: str | None = None) -> MonthlyRecap:
    """``build_recap`` in a read-only session of ``store`` acting as ``actor``."""
    year, mon = parse_month(month)
    with store.session(actor, readonly=True) as s, s.begin():
        return build_recap(s, year, mon, facility_code)


__all__ = ["ALL_CODE", "MEASURE_LABELS", "FacilityRecap", "MonthlyRecap", "build_recap",
           "dimension_label", "monthly_recap", "parse_month"]
