"""The demo generator: reproducible clients, stays and histories from the demo corpus.

``generate(store, clients=300, seed=2026)`` fills the store with facilities (rumah singgah,
panti, RPS), agencies, staff, raids that brought several people at once, and clients with
one or more stays in every case status, including open stays just before, on and past the
21-day mark. The same seed gives the same people, case numbers and histories.

Speed: 100,000 clients make about 1.4 million rows (about a minute on an idle 2-core
desk). Rows are written in chunks of clients, one transaction per chunk, through the bulk
inserts of :mod:`rumahsinggah.demo.bulk`. These inserts bypass the ORM session hooks, so this
module fills the bookkeeping columns itself (id, created/updated at and by, site id, change
stamp from the store's clock), the derived ``Client.search_text`` / ``name_key`` through
:mod:`rumahsinggah.core.names`, and the service-level step rows of open stays (as
``service_level.derive_events`` would). Instead of one audit event per row it writes a single
summarising audit event (``demo_data``) with the seed and the counts.
"""

from __future__ import annotations

import math
import random
import time
from collections import Counter as Tally
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from faker import Faker
from faker.providers.address.id_ID import Provider as AddressProvider
from faker.providers.person.id_ID import Provider as PersonProvider
from sqlalchemy import select
from sqlmodel import SQLModel

from rumahsinggah.core import names
from rumahsinggah.core.client_keys import derived_columns
from rumahsinggah.core.localtime import local_today, zone_for_province
from rumahsinggah.core.vocab import (
    AssessmentKind,
    CaseSource,
    CaseStatus,
    DecisionOutcome,
    FacilityKind,
    Role,
    ServiceKind,
    TerminationBasis,
    TerminationMode,
    TracingMethod,
    TracingResult,
)
from rumahsinggah.demo.bulk import RowId, TimeOrderedIds, insert_params, row_template
from rumahsinggah.demo.corpus import (
    AGENCIES,
    BELONGINGS,
    CAUSES,
    CLOSED_STATUSES,
    FACILITIES,
    FAMILY,
    HAIR,
    HEALTH_SERVICES,
    HEIGHTS,
    HOME_VISIT_RESULTS,
    MARKS,
    MENTAL,
    NEEDS,
    NICKNAMES_F,
    NICKNAMES_M,
    OPEN_PATTERN,
    PHYSICAL,
    POTENTIALS,
    PROBLEMS,
    RAID_PLACES,
    RECOMMENDATIONS,
    REFERRAL_DESTINATIONS,
    REGIONS,
    RELATIONSHIPS,
    SERVICE_NOTES,
    SKIN,
    SOCIAL,
    SPIRITUAL,
    STAFF_PLAN,
    TERMINATION_MODES,
    Region,
)
from rumahsinggah.services import letters_sample, service_level
from rumahsinggah.services.settings import OFFICE_KEY, save_office_settings
from rumahsinggah.standards import get_registry
from rumahsinggah.storage import sequences
from rumahsinggah.storage.audit import SYSTEM, Actor, record_event
from rumahsinggah.storage.models import (
    Agency,
    Assessment,
    Belonging,
    Client,
    Decision,
    Facility,
    FamilyMember,
    HomeVisit,
    Identification,
    Raid,
    ServiceSession,
    Setting,
    Stay,
    StepCompletion,
    Termination,
    TracingAttempt,
    User,
)

CHUNK_CLIENTS = 5000
RAID_GROUP = 7  # people a raid brings on average
MAX_STAYS_PER_CLIENT = 5

_STATUS_ORDER = list(CaseStatus)


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate` made."""

    seed: int
    clients: int
    stays: int
    open_stays: int
    raids: int
    facilities: int
    agencies: int
    users: int
    rows: int
    seconds: float
    status_counts: dict[str, int] = field(default_factory=dict)
    rows_by_table: dict[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- helpers

class _Weighted:
    """Fast repeated weighted choice from a fixed table."""

    def __init__(self, table: tuple[tuple[Any, int], ...]) -> None:
        self.values = [v for v, _ in table]
        total = 0
        self.cum: list[int] = []
        for _, w in table:
            total += w
            self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> Any:
        x = rng.random() * self.total
        lo, hi = 0, len(self.cum) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cum[mid] > x:
                hi = mid
            else:
                lo = mid + 1
        return self.values[lo]


@dataclass(slots=True)
class _StayPlan:
    facility: int  # index into FACILITIES
    arrival: datetime  # aware UTC
    status: CaseStatus
    days: int  # day number now (open) or at closing (closed)
    source: str
    raid_key: tuple | None = None
    number: str = ""


@dataclass(slots=True)
class _ClientPlan:
    facility: int
    stays: list[_StayPlan]


def _requirements_met(standard, rng: random.Random, *, papers: bool, healthy: bool,
                      path: str) -> dict[str, bool]:
    """``{leaf code: met}`` over the standard's requirements, as intake records them."""
    met: dict[str, bool] = {}

    def walk(req, chosen: bool) -> None:
        if req.any_of:
            preferred = [alt for alt in req.any_of if alt.path and alt.path == path]
            pick = preferred[0] if preferred else rng.choice(req.any_of)
            for alt in req.any_of:
                walk(alt, chosen and alt is pick)
        elif req.all_of:
            for part in req.all_of:
                walk(part, chosen)
        elif not chosen:
            met[req.code] = False
        elif req.kind == "kesehatan":
            met[req.code] = healthy
        elif "ktp" in req.code or "kk" in req.code.split("_"):
            met[req.code] = papers
        else:
            met[req.code] = not req.optional or rng.random() < 0.5

    for requirement in standard.requirements if standard else ():
        walk(requirement, True)
    return met


class _Generator:
    def __init__(self, store, clients: int, seed: int, today: date | None, actor: Actor) -> None:
        self.store = store
        self.dialect = store.engine.dialect.name  # the bulk SQL is compiled for it
        self.actor = actor
        self.n_clients = clients
        self.seed = seed
        self.fake = Faker("id_ID")
        self.fake.seed_instance(seed)
        self.rng = random.Random(seed)
        self.today = today or local_today()
        self.tz = datetime.now().astimezone().tzinfo
        self.midnight = datetime(self.today.year, self.today.month, self.today.day,
                                 tzinfo=self.tz).astimezone(UTC)
        real_now = datetime.now(UTC)
        # "now" for data: the real time when generating for today, else the end of that day.
        self.now = (min(real_now, self.midnight + timedelta(days=1) - timedelta(minutes=1))
                    if real_now >= self.midnight else self.midnight + timedelta(hours=12))
        self.span_days = max(90, min(3 * 365, clients // 40))
        self.start = self.midnight - timedelta(days=self.span_days)
        self.templates = {m: row_template(m) for m in (
            Agency, Facility, User, Client, Raid, Stay, Identification, Belonging, Assessment,
            Decision, ServiceSession, FamilyMember, TracingAttempt, Termination, HomeVisit,
            StepCompletion)}
        self.new_id = TimeOrderedIds()
        self.tally: Tally[str] = Tally()
        self.status_counts: Tally[str] = Tally()
        self.raid_ids: dict[tuple, RowId] = {}
        self.raid_letter_seq: Tally[str] = Tally()
        self.first_names_m = PersonProvider.first_names_male
        self.first_names_f = PersonProvider.first_names_female
        self.last_names_m = PersonProvider.last_names_male
        self.last_names_f = PersonProvider.last_names_female
        self.streets = AddressProvider.streets
        self.origin = [_Weighted(f.origins) for f in FACILITIES]
        self.pmks = [_Weighted(f.pmks) for f in FACILITIES]
        self.sources = [_Weighted(f.sources) for f in FACILITIES]
        self.facility_pick = _Weighted(tuple((i, int(f.share * 100))
                                             for i, f in enumerate(FACILITIES)))
        self.closed_pick = _Weighted(CLOSED_STATUSES)
        self.mode_pick = _Weighted(TERMINATION_MODES)
        registry = get_registry()
        self.standards = [registry.get(f.standard) for f in FACILITIES]
        self.step_chains = {  # a standard and the standards governing its termination
            std.code: [std, *registry.follow_ups(std.code)] for std in self.standards if std
        }
        self.far_regions = [r for r in REGIONS.values()
                            if r.province not in ("Kalimantan Selatan",)]

    # ---- bookkeeping ---------------------------------------------------------------

    def row(self, model: type[SQLModel], at: datetime, by: RowId | None, **values: Any):
        r = dict(self.templates[model])
        r["id"] = values.pop("id", None) or self.new_id()
        r["created_at"] = at
        r["updated_at"] = values.pop("updated_at", at)
        r["created_by"] = by
        r["updated_by"] = by
        r["site_id"] = self.store.site_id
        r["change_stamp"] = self.store.clock.next()
        r.update(values)
        return r

    def insert(self, session, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
        if rows:
            self.write(session, [(model, *insert_params(model, rows, self.dialect))])

    def write(self, session, batch: list[tuple[type[SQLModel], str, list[tuple]]]) -> None:
        # The values are in SQLite's stored text forms, which PostgreSQL also reads (UUIDs as
        # 32 hex digits, UTC timestamps, JSON text); the SQL is the store's own dialect's.
        conn = session.connection()
        for model, sql, params in batch:
            conn.exec_driver_sql(sql, params)
            self.tally[model.__tablename__] += len(params)

    # ---- small random helpers --------------------------------------------------------

    def phone(self) -> str:
        r = self.rng
        return f"08{r.choice('123579')}{r.randint(1, 9)}-{r.randint(1000, 9999)}-{r.randint(100, 9999)}"

    def person_name(self, sex: str) -> str:
        r = self.rng
        if sex == "L":
            first = r.choice(self.first_names_m)
            if r.random() < 0.12:
                first = r.choice(("Muhammad", "M.", "Achmad", "Ahmad", "Mochamad", "Abdul"))\
                    + " " + first
            return first if r.random() < 0.25 else f"{first} {r.choice(self.last_names_m)}"
        first = r.choice(self.first_names_f)
        if r.random() < 0.08:
            first = r.choice(("Siti", "Sitti", "Nur", "Noor")) + " " + first
        return first if r.random() < 0.25 else f"{first} {r.choice(self.last_names_f)}"

    def at_local(self, day: date, hour: int, minute: int) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=self.tz).astimezone(UTC)

    def local_day(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    def nik(self, region: Region, district: int, born: date, sex: str) -> str:
        day = born.day + (40 if sex == "P" else 0)
        return (f"{region.code}{district + 1:02d}{day:02d}{born.month:02d}{born.year % 100:02d}"
                f"{self.rng.randint(1, 9999):04d}")

    # ---- set-up: agencies, facilities, staff ------------------------------------------

    def setup(self, session) -> None:
        fk = self.fake
        existing_agencies = dict(session.execute(select(Agency.name, Agency.id)).all())
        rows = []
        for name, kind, regency in AGENCIES:
            if name in existing_agencies:
                continue
            region = REGIONS[regency]
            a = self.row(Agency, self.start, self.actor.user_id, name=name, kind=kind,
                         address=f"Jl. {fk.street_name()} No. {fk.building_number()}",
                         regency=regency, province=region.province, phone=fk.phone_number(),
                         email=f"{name.split()[0].lower()}@{regency.split()[-1].lower()}.go.id")
            rows.append(a)
            existing_agencies[name] = a["id"]
        self.insert(session, Agency, rows)
        self.agencies = existing_agencies

        existing = {code: fid for code, fid in session.execute(select(Facility.code, Facility.id))}
        rows = []
        for spec in FACILITIES:
            if spec.code in existing:
                continue
            region = REGIONS[spec.regency]
            f = self.row(Facility, self.start, self.actor.user_id, name=spec.name, kind=spec.kind,
                         code=spec.code, agency_id=self.agencies[spec.agency],
                         address=spec.address, regency=spec.regency, province=region.province,
                         phone=spec.phone, capacity=spec.capacity,
                         default_standard=spec.standard,
                         time_zone=zone_for_province(region.province))
            rows.append(f)
            existing[spec.code] = f["id"]
        self.insert(session, Facility, rows)
        self.facility_ids = [existing[spec.code] for spec in FACILITIES]

        taken = set(session.execute(select(User.username)).scalars())
        rows = []
        self.staff: list[dict[str, list[tuple[RowId, str]]]] = []

        def add_user(role: str, title: str, facility_id: RowId | None,
                     prefix: str) -> tuple[RowId, str]:
            sex = "L" if fk.random.random() < 0.55 else "P"
            full = (fk.name_male() if sex == "L" else fk.name_female())
            first = names.fold(full.replace(".", " ")).split()
            base = f"{prefix}.{next((w for w in first if len(w) > 2), 'petugas')}"
            username, n = base, 2
            while username in taken:
                username, n = f"{base}{n}", n + 1
            taken.add(username)
            born = fk.date_of_birth(minimum_age=25, maximum_age=56)
            hired = born.replace(day=1, year=born.year + fk.random.randint(22, 30))
            nip = (f"{born:%Y%m%d}{hired:%Y%m}{1 if sex == 'L' else 2}"
                   f"{fk.random.randint(1, 999):03d}")
            u = self.row(User, self.start, self.actor.user_id, username=username,
                         full_name=full, role=role, nip=nip, title=title, active=True,
                         facility_id=facility_id)
            rows.append(u)
            return u["id"], full

        add_user(Role.ADMIN, "Administrator Sistem", None, "admin")
        for spec, fid in zip(FACILITIES, self.facility_ids, strict=True):
            team: dict[str, list[tuple[RowId, str]]] = defaultdict(list)
            for role, count, title in STAFF_PLAN:
                for _ in range(count):
                    team[role].append(add_user(role, title, fid, spec.code.lower()))
            self.staff.append(team)
        self.insert(session, User, rows)

    # ---- planning: who stays where and when -------------------------------------------

    def plan(self) -> list[_ClientPlan]:
        rng = self.rng
        n = self.n_clients
        n_open = min(int(n * 0.12), 200 + n // 400)
        open_every = max(1, n // max(1, n_open))
        expected_stays = n * 1.45
        # Raid windows per facility: enough raids that each brings about RAID_GROUP people.
        self.raid_window: list[float] = []
        for spec in FACILITIES:
            razia_share = dict(spec.sources).get(CaseSource.RAZIA, 0) / sum(
                w for _, w in spec.sources)
            raids = max(1.0, expected_stays * spec.share * razia_share / RAID_GROUP)
            self.raid_window.append(self.span_days / raids)
        plans: list[_ClientPlan] = []
        open_made = 0
        for i in range(n):
            fac = self.facility_pick.pick(rng)
            x = rng.random()
            k = 1 if x < 0.72 else 2 if x < 0.90 else 3 if x < 0.97 else rng.randint(4, 5)
            stays: list[_StayPlan] = []
            open_stay = None
            if i % open_every == 0 and open_made < n_open:
                if open_made < len(OPEN_PATTERN):
                    status, day = OPEN_PATTERN[open_made]
                    if day >= 15:
                        fac = 0  # the rumah singgah with the 21-day rule shows the mark
                else:
                    day = min(40, 1 + int(rng.expovariate(1 / 8)))
                    early = rng.random()
                    status = (CaseStatus.TERDAFTAR if day == 1 and early < 0.35
                              else CaseStatus.IDENTIFIKASI if day == 1 and early < 0.7
                              else CaseStatus.ASESMEN if day <= 2
                              else CaseStatus.MENUNGGU_KEPUTUSAN if day <= 3
                              else CaseStatus.RESOSIALISASI if day >= 12 and rng.random() < 0.3
                              else CaseStatus.DALAM_PELAYANAN)
                open_made += 1
                k -= 1
                arrival_day = self.today - timedelta(days=day - 1)
                # Raids run in the evening; the people arrive after midnight.
                arrival = self.at_local(arrival_day, rng.randint(0, 3), rng.randint(0, 59))
                arrival = max(self.midnight - timedelta(days=day - 1),
                              min(arrival, self.now - timedelta(minutes=1)))
                source = self.sources[fac].pick(rng)
                open_stay = _StayPlan(fac, arrival, status, day, source)
                if source == CaseSource.RAZIA:
                    open_stay.raid_key = (fac, "baru", arrival_day - timedelta(days=1))
            latest_end = (open_stay.arrival if open_stay else self.midnight) - timedelta(days=1)
            self._plan_history(fac, k, latest_end, stays)
            if open_stay:
                stays.append(open_stay)
            plans.append(_ClientPlan(fac, stays))
        return plans

    def _plan_history(self, fac: int, k: int, latest_end: datetime, out: list[_StayPlan]) -> None:
        rng = self.rng
        if k <= 0:
            return
        durations, gaps, facs = [], [], []
        for j in range(k):
            f = fac if rng.random() < 0.9 else self.facility_pick.pick(rng)
            facs.append(f)
            status = self.closed_pick.pick(rng)
            if status in (CaseStatus.DITOLAK, CaseStatus.RUJUK_KESEHATAN):
                d = rng.randint(1, 2)
            elif status == CaseStatus.DIRUJUK:
                d = rng.randint(2, 8)
            elif FACILITIES[f].kind == FacilityKind.RUMAH_SINGGAH:
                y = rng.random()
                d = rng.randint(2, 8) if y < 0.4 else rng.randint(9, 21) if y < 0.75 \
                    else rng.randint(22, 30)
            else:
                d = rng.randint(4, 45)
            durations.append((status, d))
            if j:
                gaps.append(math.ceil(self.raid_window[f]) + rng.randint(7, 40))
        total = sum(d for _, d in durations) + sum(gaps)
        available = (latest_end - self.start).days
        while durations and total > available:
            _, d = durations.pop(0)
            facs.pop(0)
            total -= d + (gaps.pop(0) if gaps else 0)
        if not durations:
            return
        t = self.start + timedelta(days=rng.uniform(0, max(0, available - total)))
        for j, ((status, d), f) in enumerate(zip(durations, facs, strict=True)):
            source = self.sources[f].pick(rng)
            raid_key = None
            arrival = t
            if source == CaseSource.RAZIA:
                # Snap to the raid of this window (a day, or several days in a small demo);
                # a busy day has several raid teams out.
                w = self.raid_window[f]
                width = max(1.0, w)
                window = int((t - self.start).total_seconds() / 86400 // width)
                subs = max(1, round(1 / w)) if w < 1 else 1
                raid_day = self.local_day(self.start + timedelta(days=window * width))
                raid_key = (f, window, rng.randrange(subs), raid_day)
                arrival = self.at_local(raid_day, 21, 0) + timedelta(minutes=rng.randint(60, 240))
            out.append(_StayPlan(f, arrival, status, d, source, raid_key))
            t = arrival + timedelta(days=d + (gaps[j] if j < len(gaps) else 0))

    def number_cases(self, session, plans: list[_ClientPlan]) -> None:
        """Case numbers per facility and year in order of arrival, drawn from the counters."""
        groups: dict[tuple[int, int], list[_StayPlan]] = defaultdict(list)
        for p in plans:
            for s in p.stays:
                groups[(s.facility, self.local_day(s.arrival).year)].append(s)
        for (fac, year), stays in sorted(groups.items()):
            code = FACILITIES[fac].code
            desk = sequences.desk_code(session)
            first = sequences.reserve(session, sequences.case_counter(code, year, desk),
                                      len(stays))
            stays.sort(key=lambda s: s.arrival)
            for n, s in enumerate(stays, start=first):
                s.number = sequences.format_case_number(code, year, desk, n)

    # ---- one chunk of clients ---------------------------------------------------------

    def build_chunk(self, plans: list[_ClientPlan]) -> list[tuple[type[SQLModel], str, list]]:
        """The rows of one chunk of clients, ready to insert, parents before children."""
        out: dict[type[SQLModel], list[dict[str, Any]]] = defaultdict(list)
        for plan in plans:
            self.client_rows(plan, out)
        return [
            (model, *insert_params(model, rows, self.dialect))
            for model in (Raid, Client, FamilyMember, Stay, Identification, Belonging,
                          Assessment, Decision, ServiceSession, TracingAttempt, Termination,
                          HomeVisit, StepCompletion)
            if (rows := out.pop(model, None))
        ]

    def client_rows(self, plan: _ClientPlan, out) -> None:
        rng = self.rng
        spec = FACILITIES[plan.facility]
        pmks = self.pmks[plan.facility].pick(rng)
        sex = "P" if spec.female_only or (rng.random() < 0.3) else "L"
        if pmks == "tuna susila":
            sex = "P"
        regency = self.origin[plan.facility].pick(rng)
        region = rng.choice(self.far_regions) if regency == "*" else REGIONS[regency]
        district_i = rng.randrange(len(region.districts))
        district, villages = region.districts[district_i]
        if pmks == "anak jalanan":
            age = rng.randint(9, 17)
        elif pmks == "lanjut usia terlantar":
            age = rng.randint(60, 85)
        else:
            age = rng.randint(18, 64)
        born = self.today.replace(month=1, day=1) - timedelta(days=365 * age + rng.randint(0, 364))
        has_nik = rng.random() < 0.55
        full_name = self.person_name(sex)
        nickname_roll = rng.random()
        nickname = (full_name.split()[-1 if full_name.split()[0] in ("M.", "Siti") else 0]
                    if nickname_roll < 0.55 else
                    rng.choice(NICKNAMES_M if sex == "L" else NICKNAMES_F)
                    if nickname_roll < 0.8 else "")
        if has_nik:
            nik = self.nik(region, district_i, born, sex)
            kk = (f"{region.code}{district_i + 1:02d}{rng.randint(1, 28):02d}"
                  f"{rng.randint(1, 12):02d}{rng.randint(5, 24):02d}{rng.randint(1, 9999):04d}"
                  if rng.random() < 0.5 else None)
            birth, estimated = born, False
            address = f"{rng.choice(('Jl.', 'Gg.'))} {rng.choice(self.streets)} No. {rng.randint(1, 120)}"
            village = rng.choice(villages)
        else:
            nik = kk = None
            guess = rng.random()
            birth = born.replace(month=1, day=1) if guess < 0.75 else None
            estimated = birth is not None
            known_origin = rng.random() < 0.6
            address = f"Sekitar {rng.choice(self.streets)}" if known_origin and rng.random() < 0.3 else ""
            village = rng.choice(villages) if known_origin else ""
            if not known_origin:
                district = ""
        first_arrival = plan.stays[0].arrival if plan.stays else self.now
        officer = self.staff[plan.facility][Role.PRAMU_SOSIAL]
        client_id = self.new_id()
        religion = rng.choices(("Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Khonghucu"),
                               (87, 6, 3, 1, 2, 1) if not region.code.startswith("19")
                               else (75, 6, 4, 1, 9, 5))[0]
        out[Client].append(self.row(
            Client, first_arrival, rng.choice(officer)[0], id=client_id,
            full_name=full_name, nickname=nickname, nik=nik, kk_number=kk, sex=sex,
            birth_date=birth, birth_date_estimated=estimated,
            birth_place=(region.regency.replace("Kota ", "").replace("Kabupaten ", "")
                         if has_nik or rng.random() < 0.3 else ""),
            religion=religion if has_nik or rng.random() < 0.7 else "",
            address=address, village=village, district=district if (has_nik or village) else "",
            regency=region.regency if (has_nik or village) else "",
            province=region.province if (has_nik or village) else "",
            physical_description=(f"Tinggi ± {rng.choice(HEIGHTS)} cm, {rng.choice(SKIN)}, "
                                  f"{rng.choice(HAIR)}" + (f", {m}" if (m := rng.choice(MARKS)) else "")),
            pmks_category=pmks,
            **derived_columns(full_name, nickname, nik),
        ))
        # Family: most clients have someone; people with papers more often.
        family: list[dict[str, Any]] = []
        n_family = rng.choices((0, 1, 2, 3), (40, 40, 15, 5) if not has_nik else (20, 45, 25, 10))[0]
        for _ in range(n_family):
            rel, rel_sex = rng.choice(RELATIONSHIPS)
            fsex = rel_sex or rng.choice("LP")
            fam_region = region if rng.random() < 0.85 else rng.choice(self.far_regions)
            fam_born = date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28))
            family.append(self.row(
                FamilyMember, first_arrival + timedelta(days=1), rng.choice(officer)[0],
                client_id=client_id, full_name=self.person_name(fsex), relationship=rel,
                nik=(self.nik(fam_region, rng.randrange(len(fam_region.districts)), fam_born, fsex)
                     if rng.random() < 0.6 else None),
                phone=self.phone() if rng.random() < 0.7 else "",
                address=f"Jl. {rng.choice(self.streets)} No. {rng.randint(1, 90)}",
                regency=fam_region.regency, province=fam_region.province,
            ))
        out[FamilyMember].extend(family)
        papers = (["ktp"] if nik and rng.random() < 0.8 else []) + (["kk"] if kk else [])
        for stay in plan.stays:
            if stay.status in _OPEN:
                marks = {model: len(out[model]) for model in _EVENT_SOURCES}
                self.stay_rows(client_id, region, stay, family, papers, out)
                self.step_rows(stay, out, marks)
            else:
                self.stay_rows(client_id, region, stay, family, papers, out)

    def raid_id(self, stay: _StayPlan, out) -> RowId:
        key = stay.raid_key
        if key in self.raid_ids:
            return self.raid_ids[key]
        rng = self.rng
        spec = FACILITIES[stay.facility]
        raid_day: date = key[-1]
        raid_at = self.at_local(raid_day, rng.choice((19, 20, 21)), rng.choice((0, 15, 30)))
        if raid_at > stay.arrival:
            raid_at = stay.arrival - timedelta(minutes=rng.randint(30, 120))
        agency = rng.choice(spec.raid_agencies)
        year = raid_day.year
        self.raid_letter_seq[f"{spec.code}:{year}"] += 1
        seq = self.raid_letter_seq[f"{spec.code}:{year}"]
        roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
                 "XII")[raid_day.month - 1]
        kind = "Satpol PP" if "Satpol" in agency else "Polres"
        r = self.row(Raid, raid_at, self.actor.user_id, raid_date=raid_at,
                     agency_id=self.agencies[agency], agency_name=agency,
                     place=f"{rng.choice(RAID_PLACES)}, {spec.regency}",
                     letter_number=f"300/{seq:03d}/{kind}/{roman}/{year}",
                     facility_id=self.facility_ids[stay.facility],
                     notes="Operasi penertiban gelandangan dan pengemis")
        out[Raid].append(r)
        self.raid_ids[key] = r["id"]
        return r["id"]

    def stay_rows(self, client_id: RowId, region: Region, stay: _StayPlan,
                  family: list[dict[str, Any]], papers: list[str], out) -> None:
        rng = self.rng
        spec = FACILITIES[stay.facility]
        team = self.staff[stay.facility]
        pramu = rng.choice(team[Role.PRAMU_SOSIAL])
        peksos = rng.choice(team[Role.PEKERJA_SOSIAL])
        kabid = team[Role.KEPALA_BIDANG][0]
        status = stay.status
        arrival = stay.arrival
        is_open = status in _OPEN
        last_moment = self.now if is_open else arrival + timedelta(days=stay.days - 1, hours=10)
        closed_at = None if is_open else min(last_moment, self.now - timedelta(hours=1))

        def at(day: float, hours: float = 0.0) -> datetime:
            """A moment ``day`` days after arrival, never past the stay's end (or now)."""
            moment = arrival + timedelta(days=day, hours=hours)
            return min(moment, closed_at or self.now)

        stage = _STATUS_ORDER.index(status)
        referring = None
        requester = ""
        contact = ""
        if stay.source == CaseSource.RAZIA:
            raid_id = self.raid_id(stay, out)
        else:
            raid_id = None
            if stay.source in (CaseSource.RUJUKAN_INSTANSI, CaseSource.RUJUKAN_ANTAR_DAERAH):
                name = rng.choice(AGENCIES)[0]
                referring = self.agencies[name]
                requester = f"{self.person_name(rng.choice('LP'))} ({name})"
            else:
                requester = self.person_name(rng.choice("LP"))
            contact = self.phone()
        stay_id = self.new_id()
        out[Stay].append(self.row(
            Stay, arrival, pramu[0], id=stay_id, updated_at=closed_at or at(stay.days - 1),
            case_number=stay.number, client_id=client_id,
            facility_id=self.facility_ids[stay.facility], standard_code=spec.standard,
            source=stay.source, referring_agency_id=referring, requester_name=requester,
            requester_contact=contact, raid_id=raid_id, arrival_at=arrival, status=status,
            status_changed_at=closed_at or at(max(0, stay.days - 2), 2), closed_at=closed_at,
            requirements=_requirements_met(
                self.standards[stay.facility], rng, papers=bool(papers),
                healthy=status != CaseStatus.RUJUK_KESEHATAN,
                path="A" if stay.source == CaseSource.RUJUKAN_ANTAR_DAERAH
                or (stay.source == CaseSource.RUJUKAN_INSTANSI and rng.random() < 0.5) else "B",
            ),
            health_referral_to=(rng.choice(HEALTH_SERVICES)
                                if status == CaseStatus.RUJUK_KESEHATAN else ""),
            planned_exit=((self.local_day(arrival) + timedelta(days=21))
                          if status == CaseStatus.RESOSIALISASI else None),
        ))
        self.status_counts[status] += 1
        if status == CaseStatus.TERDAFTAR:
            return
        # Identification and belongings, by the pramu sosial.
        healthy = status != CaseStatus.RUJUK_KESEHATAN
        out[Identification].append(self.row(
            Identification, at(0, 1), pramu[0], stay_id=stay_id, identified_at=at(0, 1),
            officer_id=pramu[0], papers_seen=papers, healthy=healthy,
            health_notes=("Demam tinggi dan luka terbuka; dirujuk ke layanan kesehatan."
                          if not healthy else rng.choice(PHYSICAL)),
            notes="Diantar petugas razia." if raid_id else "",
        ))
        for _ in range(rng.choices((0, 1, 2, 3), (55, 33, 10, 2))[0]):
            desc, cond = rng.choice(BELONGINGS)
            returned = closed_at if status == CaseStatus.SELESAI else None
            out[Belonging].append(self.row(
                Belonging, at(0, 1), pramu[0], stay_id=stay_id, description=desc,
                quantity=1, condition=cond, returned_at=returned,
                returned_to="diterima klien" if returned else "",
            ))
        if not healthy or stage < _STATUS_ORDER.index(CaseStatus.ASESMEN):
            return
        # Initial assessment, by the pekerja sosial.
        submitted = status != CaseStatus.ASESMEN
        self.assessment(stay_id, AssessmentKind.AWAL, at(0, 4), peksos, submitted, out)
        if status in (CaseStatus.ASESMEN, CaseStatus.MENUNGGU_KEPUTUSAN):
            return
        outcome = (DecisionOutcome.TOLAK if status == CaseStatus.DITOLAK
                   else DecisionOutcome.RUJUK if status == CaseStatus.DIRUJUK
                   else DecisionOutcome.TAMPUNG)
        decided = at(0, 20)
        out[Decision].append(self.row(
            Decision, decided, kabid[0], stay_id=stay_id, outcome=outcome,
            reason={DecisionOutcome.TOLAK: "Tidak memenuhi persyaratan penerimaan; "
                                           "diarahkan ke pihak yang berwenang.",
                    DecisionOutcome.RUJUK: "Memerlukan rehabilitasi lanjutan di balai/panti.",
                    DecisionOutcome.TAMPUNG: "Memenuhi persyaratan; tampung dan intervensi."}[
                outcome],
            decided_at=decided, decided_by=kabid[0],
            referral_destination=(rng.choice(REFERRAL_DESTINATIONS)
                                  if outcome == DecisionOutcome.RUJUK else ""),
            requester_informed_at=decided + timedelta(hours=1) if rng.random() < 0.8 else None,
        ))
        if outcome != DecisionOutcome.TAMPUNG:
            return
        # Services, tracing, further assessments.
        span = max(1, stay.days - 1)
        for _ in range(max(1, min(3, span // 8 + rng.randint(0, 1)))):
            kind = rng.choice(_SERVICE_KINDS)
            held = at(rng.uniform(1, span), rng.uniform(1, 6))
            out[ServiceSession].append(self.row(
                ServiceSession, held, peksos[0], stay_id=stay_id, kind=kind, held_at=held,
                officer_id=peksos[0], officer_name=peksos[1],
                duration_minutes=rng.choice((30, 45, 60, 90, 120)),
                notes=rng.choice(SERVICE_NOTES),
            ))
        if span >= 4 and rng.random() < 0.5:
            self.assessment(stay_id, AssessmentKind.LANJUTAN, at(span / 2, 3), peksos, True, out)
        found = None
        for attempt in range(rng.choice((1, 1, 1, 2, 3)) if family or rng.random() < 0.5 else 0):
            member = rng.choice(family) if family else None
            last = attempt == 0 and (status in (CaseStatus.RESOSIALISASI, CaseStatus.SELESAI))
            result = (TracingResult.DITEMUKAN if member and last
                      else rng.choice((TracingResult.TIDAK_DITEMUKAN, TracingResult.MENUNGGU)))
            if result == TracingResult.DITEMUKAN:
                found = member
            method = rng.choice(list(TracingMethod))
            out[TracingAttempt].append(self.row(
                TracingAttempt, at(1 + attempt * 2, 2), peksos[0], stay_id=stay_id,
                family_member_id=member["id"] if member else None, method=method,
                counterpart=(member["full_name"] if member and method != TracingMethod.SURAT_DINAS
                             else f"Dinas Sosial {region.regency}"),
                attempted_at=at(1 + attempt * 2, 2), result=result,
                notes="Keluarga bersedia menjemput." if result == TracingResult.DITEMUKAN else "",
            ))
        if status in (CaseStatus.RESOSIALISASI, CaseStatus.SELESAI) and rng.random() < 0.5:
            self.assessment(stay_id, AssessmentKind.LINGKUNGAN_SOSIAL, at(span - 1, 2), peksos,
                            True, out, ready=True)
        if status != CaseStatus.SELESAI:
            return
        mode = self.mode_pick.pick(rng)
        if mode == TerminationMode.DIJEMPUT and not found:
            mode = TerminationMode.DIANTAR if family else TerminationMode.DISERAHKAN
        limit_passed = spec.kind == FacilityKind.RUMAH_SINGGAH and stay.days > 21
        basis = (TerminationBasis.DIJEMPUT_KELUARGA if mode == TerminationMode.DIJEMPUT
                 else TerminationBasis.LEWAT_BATAS if limit_passed
                 else TerminationBasis.SIAP)
        pickup = found if mode == TerminationMode.DIJEMPUT else None
        witness = [rng.choice(team[Role.PRAMU_SOSIAL])[1], peksos[1]]
        out[Termination].append(self.row(
            Termination, closed_at, peksos[0], stay_id=stay_id, basis=basis, mode=mode,
            terminated_at=closed_at, place=spec.name,
            pickup_name=pickup["full_name"] if pickup else "",
            pickup_relationship=pickup["relationship"] if pickup else "",
            pickup_nik=pickup["nik"] if pickup else None,
            pickup_address=pickup["address"] if pickup else "",
            pickup_phone=pickup["phone"] if pickup else "",
            pickup_papers=(["ktp", "kk"] if pickup and pickup["nik"] else ["kk"] if pickup else []),
            surat_penjamin_signed=bool(pickup), meterai=bool(pickup),
            destination=(f"{region.regency}, {region.province}"
                         if mode in (TerminationMode.DIJEMPUT, TerminationMode.DIANTAR)
                         else rng.choice(REFERRAL_DESTINATIONS)
                         if mode in (TerminationMode.DIRUJUK, TerminationMode.DISERAHKAN) else ""),
            escort=peksos[1] if mode == TerminationMode.DIANTAR else "",
            witnesses=witness if mode != TerminationMode.PERGI else [],
            officer_id=peksos[0],
            notes={TerminationMode.PERGI: "Klien meninggalkan rumah singgah tanpa pamit.",
                   TerminationMode.MENINGGAL: "Klien meninggal dunia di rumah sakit; "
                                              "jenazah diserahkan sesuai ketentuan."}.get(mode, ""),
        ))
        local_client = region.regency == spec.regency
        if local_client and mode in (TerminationMode.DIJEMPUT, TerminationMode.DIANTAR) \
                and rng.random() < 0.6:
            when = self.local_day(closed_at) + timedelta(days=rng.randint(14, 30))
            done = when < self.today
            visited = self.at_local(when, 10, 0) if done else None
            out[HomeVisit].append(self.row(
                HomeVisit, closed_at, peksos[0], stay_id=stay_id, scheduled_for=when,
                visited_at=visited, officer_id=peksos[0],
                result=rng.choice(HOME_VISIT_RESULTS) if done else "",
            ))

    def step_rows(self, stay: _StayPlan, out, marks: dict) -> None:
        """The procedure-step rows of an open stay, as ``service_level.derive_events`` makes.

        The board counts due and overdue steps of open stays from these rows; without them
        every demo resident would look overdue. Closed history stays keep none. Each event is
        recorded once, at its first time, as a marker ``@event`` plus every step of the stay's
        standard (and its termination standard) that the event completes.
        """
        stay_row = out[Stay][-1]
        standard = self.standards[stay.facility]
        events = [("permohonan_diterima", stay.arrival), ("kedatangan", stay.arrival)]
        mandatory = [  # as service_level.derive_events judges a complete file
            r for r in (standard.requirements if standard else ())
            if not r.optional and r.kind != "dasar_terminasi" and not r.when.mode
            and (not r.when.source or stay.source in r.when.source)
        ]
        if standard and all(r.is_met(stay_row["requirements"]) for r in mandatory):
            events.append(("berkas_lengkap", stay.arrival))
        for model, (event_of, time_field) in _EVENT_SOURCES.items():
            for row in out[model][marks[model]:]:
                event = event_of(row)
                if event and row[time_field] is not None:
                    events.append((event, row[time_field]))
                if model is Decision and row["requester_informed_at"] is not None:
                    events.append(("informasi_pemohon", row["requester_informed_at"]))
                if model is Assessment and row["ready_to_return"]:
                    events.append(("siap_pulang", row["assessed_at"]))
        chain = self.step_chains.get(stay_row["standard_code"], ())
        seen: set[str] = set()
        first: dict[str, datetime] = {}  # event -> when it first happened
        for event, at in sorted(events, key=lambda e: e[1]):
            first.setdefault(event, at)
            codes = []
            for index, std in enumerate(chain):
                begin = std.time_limit.counted_from
                if index > 0 and begin not in service_level.ARRIVAL_EVENTS and (
                        begin not in first or at < first[begin]):
                    continue  # as service_level.record_event: before the follow-up began
                codes += [service_level.step_key(std.code, step.code)
                          for step in std.steps if step.event == event]
            codes = [c for c in [service_level.marker(event), *codes] if c not in seen]
            seen.update(codes)
            for code in codes:
                out[StepCompletion].append(self.row(
                    StepCompletion, at, stay_row["created_by"], stay_id=stay_row["id"],
                    step_code=code, done_at=at,
                ))

    def assessment(self, stay_id, kind, when, peksos, submitted, out, ready=False) -> None:
        rng = self.rng
        out[Assessment].append(self.row(
            Assessment, when, peksos[0], stay_id=stay_id, kind=kind, assessed_at=when,
            officer_id=peksos[0], problem=rng.choice(PROBLEMS), causes=rng.choice(CAUSES),
            physical_condition=rng.choice(PHYSICAL), mental_condition=rng.choice(MENTAL),
            spiritual_condition=rng.choice(SPIRITUAL), social_condition=rng.choice(SOCIAL),
            family_situation=rng.choice(FAMILY), potentials=rng.choice(POTENTIALS),
            needs=rng.choice(NEEDS), recommendation=rng.choice(RECOMMENDATIONS),
            ready_to_return=ready, submitted_at=when + timedelta(hours=2) if submitted else None,
        ))


_OPEN = frozenset(CaseStatus(s) for s in (
    "terdaftar", "identifikasi", "asesmen", "menunggu_keputusan", "dalam_pelayanan",
    "resosialisasi"))
# Rows whose first occurrence is a service-level event: (event of a row, its time field).
_EVENT_SOURCES = {
    Identification: (lambda r: "identifikasi", "identified_at"),
    Assessment: (lambda r: f"asesmen_{r['kind']}", "assessed_at"),
    Decision: (lambda r: "keputusan", "decided_at"),
    ServiceSession: (lambda r: "bimbingan", "held_at"),
    TracingAttempt: (lambda r: "penelusuran", "attempted_at"),
}
_SERVICE_KINDS = (ServiceKind.FISIK, ServiceKind.MENTAL_SPIRITUAL, ServiceKind.SOSIAL,
                  ServiceKind.MOTIVASI_DIAGNOSIS, ServiceKind.KESEHATAN, ServiceKind.VOKASIONAL,
                  ServiceKind.PERAWATAN)


def generate(store, *, clients: int = 300, seed: int = 2026, today: date | None = None,
             actor: Actor = SYSTEM) -> DemoSummary:
    """Fill ``store`` with ``clients`` demo clients and their stays; reproducible per seed.

    Works on an empty or a populated store: existing facilities, agencies and usernames are
    reused or skipped, and case numbers continue from the store's counters.
    """
    if clients < 0:
        raise ValueError("clients must not be negative")
    started = time.perf_counter()
    gen = _Generator(store, clients, seed, today, actor)
    plans = gen.plan()
    with store.write(actor) as s:
        gen.setup(s)
        gen.number_cases(s, plans)
    for i in range(0, len(plans), CHUNK_CLIENTS):
        batch = gen.build_chunk(plans[i : i + CHUNK_CLIENTS])
        plans[i : i + CHUNK_CLIENTS] = [None] * len(plans[i : i + CHUNK_CLIENTS])  # free plans
        with store.write(actor) as s:
            gen.write(s, batch)
        del batch  # bounded memory: one chunk of rows at a time
    seconds = time.perf_counter() - started
    total_stays = sum(gen.status_counts.values())
    open_stays = sum(n for st, n in gen.status_counts.items() if st in _OPEN)
    summary = DemoSummary(
        seed=seed, clients=clients, stays=total_stays, open_stays=open_stays,
        raids=gen.tally["raid"], facilities=len(FACILITIES), agencies=len(AGENCIES),
        users=gen.tally["user"], rows=sum(gen.tally.values()), seconds=seconds,
        status_counts={str(k): gen.status_counts[k] for k in _STATUS_ORDER},
        rows_by_table=dict(gen.tally),
    )
    with store.write(actor) as s:
        # Letters from a demo store need a letterhead and signatories to look real.
        if s.exec(select(Setting).where(Setting.key == OFFICE_KEY)).first() is None:
            save_office_settings(s, letters_sample.office_settings())
        letters_sample.add_other_offices(s)  # Kota Banjar, Babel and Pangkalpinang sign theirs
        # The bulk inserts above bypass the per-row audit hooks on purpose (speed); this one
        # event records what was generated, by whom and with which seed.
        record_event(s, "demo_data", details={
            "seed": seed, "clients": clients, "stays": total_stays,
            "rows": summary.rows_by_table, "today": gen.today.isoformat(),
        })
    return summary
