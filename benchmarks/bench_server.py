"""A head office on PostgreSQL: a million clients from fifty shelters (search, matching,
recap, bundle import).

    PYTHONPATH=src python benchmarks/bench_server.py [--clients 1000000] [--shelters 50]
        [--bundle-clients 20000] [--dir DIR] [--reuse] [--keep]

Builds (or with ``--reuse`` reopens) a throwaway PostgreSQL cluster (``tests/pg_cluster``,
fsync off: a benchmark cluster, not a durable one) holding one head office store
(``sync.desk.set_head_office``) and fills it with the demo generator, shelter by shelter:
each shelter is one facility with its own code, city, agency, staff, desk id (``site_id`` of
its rows) and store id, and its clients are the demo's (names from the corpus, NIK from its
region, stays in every status, raids, assessments...). The pg_trgm and sounds indexes are
dropped during the load and made again afterwards by the migrations' own DDL
(``storage.search_index.install``), then ANALYZE. Then prints, asserting nothing:

1. how long building took (load, indexes, ANALYZE);
2. ``services.search.search_clients`` and ``count_clients`` typed one key at a time for
   several names, a NIK prefix and a case number prefix: median / p95 ms per keystroke
   (goal: median <= 50 ms);
3. ``services.matching.find_candidates`` for ~50 new arrivals who are misspelled returning
   clients (birth year, sex, regency given): median / p95 ms (goal <= 150 ms), and how often
   the true record came first;
4. last month's recap for all facilities (``services.recap.monthly_recap``): seconds
   (goal <= 5 s);
5. a shelter of ``--bundle-clients`` clients on a SQLite desk exports everything and the
   head office imports it: rows/s (goal >= 20,000) and peak memory, each step in its own
   process.

``--dir`` keeps the cluster there; with ``--reuse`` a later run restarts it and skips the
build (``--keep`` leaves the server running at the end). ``--sqlite DIR`` builds the same
head office as a SQLite store in DIR instead, for comparison (its FTS5 indexes fill through
their triggers during the load).

Measured 2026-12-04 on the shared 2-core machine, PostgreSQL 15 (fsync off), 1,000,000
clients (14.4 million rows) from 50 shelters, after the head-office indexes, COPY imports
and fewer collections: build 777 s; search per key median 8.6 ms, p95 231 ms (count median
7.8, p95 215); a case-number prefix ("BNA-2026-A-") 150-175 ms per key; find_candidates
median 39 ms, p95 52 ms, true record first 42/50; recap of one month, 50 facilities,
2.35 s (first run 3.3 s; 12.7 s before the stay (facility_id, arrival_at/closed_at)
indexes); import of a 20,000-client shelter's bundle 16,200-16,900 rows/s, peak 153 MB
(9,500 before; 13.1 s of the desk's CPU for 283,617 rows: the goal of 20,000 is not met),
export 26,500 rows/s. The same head office on SQLite (``--sqlite``, before those changes):
build 648 s; search per key median 11.6 ms, p95 97 ms (count p95 616 ms); find_candidates
median 9.9 ms, first 27/50; recap 16.7 s; import 10,500 rows/s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # pg_cluster

from bench_sync import _run  # noqa: E402  (each step in its own spawned process)

import pg_cluster  # noqa: E402
from rumahsinggah.locations import DataPaths, ServerPaths  # noqa: E402

PASS = "rahasia-benchmark"
STATE = "bench_server.json"

# Fifty cities for fifty shelters: (province, regency, BPS code, facility code).
CITIES = (
    ("Aceh", "Kota Banda Aceh", "1171", "BNA"),
    ("Sumatera Utara", "Kota Medan", "1275", "MDN"),
    ("Sumatera Utara", "Kota Pematangsiantar", "1272", "PMS"),
    ("Sumatera Barat", "Kota Padang", "1371", "PDG"),
    ("Sumatera Barat", "Kota Bukittinggi", "1375", "BKT"),
    ("Riau", "Kota Pekanbaru", "1471", "PKU"),
    ("Riau", "Kota Dumai", "1473", "DUM"),
    ("Jambi", "Kota Jambi", "1571", "JMB"),
    ("Sumatera Selatan", "Kota Lubuklinggau", "1673", "LLG"),
    ("Bengkulu", "Kota Bengkulu", "1771", "BKL"),
    ("Lampung", "Kota Bandar Lampung", "1871", "BDL"),
    ("Lampung", "Kota Metro", "1872", "MTR"),
    ("Kepulauan Riau", "Kota Batam", "2171", "BTM"),
    ("Kepulauan Riau", "Kota Tanjung Pinang", "2172", "TPI"),
    ("DKI Jakarta", "Kota Jakarta Timur", "3175", "JKT"),
    ("Jawa Barat", "Kota Bogor", "3271", "BGR"),
    ("Jawa Barat", "Kota Sukabumi", "3272", "SKB"),
    ("Jawa Barat", "Kota Bandung", "3273", "BDG"),
    ("Jawa Barat", "Kota Cirebon", "3274", "CBN"),
    ("Jawa Barat", "Kota Bekasi", "3275", "BKS"),
    ("Jawa Barat", "Kota Depok", "3276", "DPK"),
    ("Jawa Tengah", "Kota Magelang", "3371", "MGL"),
    ("Jawa Tengah", "Kota Surakarta", "3372", "SKT"),
    ("Jawa Tengah", "Kota Semarang", "3374", "SMG"),
    ("Jawa Tengah", "Kota Pekalongan", "3375", "PKL"),
    ("Jawa Tengah", "Kota Tegal", "3376", "TGL"),
    ("DI Yogyakarta", "Kota Yogyakarta", "3471", "YOG"),
    ("Jawa Timur", "Kota Kediri", "3571", "KDR"),
    ("Jawa Timur", "Kota Malang", "3573", "MLG"),
    ("Jawa Timur", "Kota Madiun", "3577", "MDU"),
    ("Banten", "Kota Tangerang", "3671", "TNG"),
    ("Banten", "Kota Serang", "3673", "SRG"),
    ("Bali", "Kota Denpasar", "5171", "DPS"),
    ("Nusa Tenggara Barat", "Kota Mataram", "5271", "MTM"),
    ("Nusa Tenggara Timur", "Kota Kupang", "5371", "KPG"),
    ("Kalimantan Barat", "Kota Pontianak", "6171", "PNK"),
    ("Kalimantan Barat", "Kota Singkawang", "6172", "SKW"),
    ("Kalimantan Timur", "Kota Balikpapan", "6471", "BPN"),
    ("Kalimantan Utara", "Kota Tarakan", "6571", "TRK"),
    ("Sulawesi Utara", "Kota Manado", "7171", "MND"),
    ("Sulawesi Utara", "Kota Bitung", "7172", "BIT"),
    ("Sulawesi Tengah", "Kota Palu", "7271", "PLU"),
    ("Sulawesi Selatan", "Kota Parepare", "7372", "PRE"),
    ("Sulawesi Selatan", "Kota Palopo", "7373", "PLP"),
    ("Sulawesi Tenggara", "Kota Kendari", "7471", "KDI"),
    ("Gorontalo", "Kota Gorontalo", "7571", "GTO"),
    ("Maluku", "Kota Ambon", "8171", "AMQ"),
    ("Maluku Utara", "Kota Ternate", "8271", "TTE"),
    ("Papua Barat Daya", "Kota Sorong", "9671", "SOQ"),
    ("Papua", "Kota Jayapura", "9171", "DJJ"),
)
# The shelter whose desk sends the bundle of step 5 (a SQLite desk): the first whose code
# the head office does not hold yet (a reused store keeps the earlier runs' shelters).
BUNDLE_CITIES = (
    ("Kalimantan Tengah", "Kabupaten Kotawaringin Barat", "6201", "KTW"),
    ("Kalimantan Tengah", "Kabupaten Kapuas", "6203", "KPS"),
    ("Kalimantan Selatan", "Kabupaten Tabalong", "6309", "TBL"),
    ("Kalimantan Timur", "Kabupaten Kutai Kartanegara", "6403", "KKR"),
    ("Sulawesi Barat", "Kabupaten Mamuju", "7604", "MMJ"),
    ("Jawa Timur", "Kabupaten Banyuwangi", "3510", "BWI"),
)
VILLAGES = ("Sukamaju", "Sukajadi", "Mekarsari", "Sidomulyo", "Karang Anyar", "Tanjung Sari",
            "Suka Damai", "Kampung Baru", "Sungai Raya", "Bukit Indah")
# Which demo facility each shelter is modelled on (rumah singgah, panti, RPS).
TEMPLATES = (0, 1, 2, 0, 1, 3, 0, 2, 1, 0)


def _peak_mb() -> float:
    """This process's peak resident memory (``VmHWM``: ``ru_maxrss`` of a spawned child
    starts from its parent's peak, so it would show the parent's)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


# --------------------------------------------------------------------------- the corpus

def _install_cities() -> None:
    """Add the fifty cities to the demo corpus (regions with districts, agencies)."""
    from rumahsinggah.demo import corpus, generator

    if "Kota Medan" in corpus.REGIONS:
        return
    rng = random.Random(7)
    extra_agencies = []
    for province, regency, code, _fac in (*CITIES, *BUNDLE_CITIES):
        town = regency.split(" ", 1)[1]
        districts = {}
        for side in rng.sample(("Utara", "Selatan", "Barat", "Timur", "Kota"), 3):
            districts[f"{town} {side}".replace(" ", "_")] = tuple(rng.sample(VILLAGES, 3))
        corpus.REGIONS[regency] = corpus._r(province, regency, code, **districts)
        extra_agencies += [(f"Dinas Sosial {regency}", "dinsos", regency),
                           (f"Satpol PP {regency}", "satpol_pp", regency),
                           (f"Polres {town}", "polisi", regency)]
    generator.AGENCIES = (*corpus.AGENCIES, *extra_agencies)


def _spec(i: int, city: tuple[str, str, str, str]):
    """The facility of shelter ``i`` in ``city``, modelled on one of the demo's four."""
    from rumahsinggah.demo import corpus

    province, regency, _code, fac = city
    town = regency.split(" ", 1)[1]
    base = corpus.FACILITIES[TEMPLATES[i % len(TEMPLATES)]]
    kind_name = {"rumah_singgah": "Rumah Singgah", "panti": "Panti Sosial",
                 "rps": "Rumah Perlindungan Sosial"}.get(str(base.kind), "Rumah Singgah")
    others = [c[1] for c in CITIES if c[0] == province and c[1] != regency][:2]
    origins = ((regency, 60), *((o, 10) for o in others), ("*", 30 - 10 * len(others) + 10))
    return replace(
        base, code=fac, name=f"{kind_name} {town}", regency=regency,
        address=f"Jl. Sosial No. {10 + i}, {town}", phone=f"(0{600 + i}) 55{i:04d}",
        share=1.0, origins=origins, agency=f"Dinas Sosial {regency}",
        raid_agencies=(f"Satpol PP {regency}", f"Polres {town}"))


def _generate_shelter(store, spec, clients: int, seed: int, site_id: str) -> object:
    """The demo generator for one shelter's facility, its rows written as by its own desk."""
    from rumahsinggah.demo import generator

    saved = (generator.FACILITIES, store.site_id)
    generator.FACILITIES = (spec,)
    store.site_id = site_id
    try:
        return generator.generate(store, clients=clients, seed=seed)
    finally:
        generator.FACILITIES, store.site_id = saved


def _shelter_sizes(total: int, n: int) -> list[int]:
    """Shelters of different sizes (half to one and a half times the mean) summing to total."""
    rng = random.Random(11)
    weights = [rng.uniform(0.5, 1.5) for _ in range(n)]
    sizes = [int(total * w / sum(weights)) for w in weights]
    sizes[0] += total - sum(sizes)
    return sizes


# --------------------------------------------------------------------------- the cluster

def _start_or_restart(folder: Path | None, reuse: bool) -> tuple[pg_cluster.Cluster, str, bool]:
    """The cluster and the head office's URL; True when the store still has to be built."""
    if folder is not None and reuse and (folder / STATE).exists():
        state = json.loads((folder / STATE).read_text())
        cluster = pg_cluster.Cluster(folder, state["port"], state["admin"], state["app"],
                                     pg_cluster.server_bin())
        if subprocess.run(pg_cluster._as_server_user(
                [str(cluster.bin / "pg_ctl"), "-D", str(folder / "data"), "status"]),
                capture_output=True).returncode != 0:
            pg_cluster._run(pg_cluster._as_server_user(
                [str(cluster.bin / "pg_ctl"), "-D", str(folder / "data"), "-l",
                 str(folder / "server.log"), "-w", "-t", "60", "start"]))
        return cluster, state["url"], not state.get("built")
    if folder is None:
        folder = pg_cluster.new_folder()
    else:
        folder.mkdir(parents=True, exist_ok=True)
    cluster = pg_cluster.start(folder, fast=True)
    url = cluster.new_database("ho")
    (folder / STATE).write_text(json.dumps({"port": cluster.port, "admin": cluster.admin_password,
                                            "app": cluster.app_password, "url": url}))
    return cluster, url, True


def _mark_built(folder: Path, **extra) -> None:
    state = json.loads((folder / STATE).read_text())
    state.update(built=True, **extra)
    (folder / STATE).write_text(json.dumps(state))


def _head_office_module():
    try:
        from rumahsinggah.services import head_office
    except ImportError:
        return None
    return head_office if hasattr(head_office, "name_shelter") else None


def build(store, clients: int, shelters: int) -> dict:
    """Fill the head office: ``shelters`` shelters' demo data, then indexes and ANALYZE."""
    from sqlalchemy import text

    from rumahsinggah.storage import search_index
    from rumahsinggah.sync import desk

    _install_cities()
    head_office = _head_office_module()
    pg = store.engine.dialect.name == "postgresql"
    with store.write() as s:
        desk.set_head_office(s, True)
    if pg:
        with store.engine.begin() as conn:  # the indexes are made again after the load
            for index in search_index.PG_INDEXES:
                conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
    started = time.perf_counter()
    rows = 0
    sizes = _shelter_sizes(clients, shelters)
    for i, (city, n) in enumerate(zip(CITIES[:shelters], sizes, strict=False)):
        spec = _spec(i, city)
        site_id = f"desk-{uuid.uuid4().hex[:12]}"
        store_id = f"store-{uuid.uuid4().hex}"
        summary = _generate_shelter(store, spec, n, seed=2026 + i, site_id=site_id)
        rows += summary.rows
        with store.write() as s:
            desk.note_desk(s, site_id, "A", name=spec.name)
            if head_office is not None:  # named, and its desk known as an import notes it
                from rumahsinggah.storage.models import ShelterDesk

                head_office.name_shelter(s, store_id, spec.name, spec.code)
                s.flush()
                s.add(ShelterDesk(site_id=site_id, store_id=store_id, code="A"))
        elapsed = time.perf_counter() - started
        print(f"  shelter {i + 1}/{shelters} {spec.code} {spec.regency}: {n:,} clients, "
              f"{summary.rows:,} rows in {summary.seconds:.0f} s; total {rows:,} rows, "
              f"{rows / elapsed:,.0f} rows/s", flush=True)
    load = time.perf_counter() - started
    t = time.perf_counter()
    if pg:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("SET maintenance_work_mem = '512MB'")
            search_index.install(conn)
    indexes = time.perf_counter() - t  # SQLite: the FTS5 triggers filled them while loading
    t = time.perf_counter()
    if pg:
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    else:
        with store.write() as s:
            s.execute(text("ANALYZE"))
    analyze = time.perf_counter() - t
    return {"rows": rows, "load": load, "indexes": indexes, "analyze": analyze,
            "named": head_office is not None}


# --------------------------------------------------------------------------- 2. search

def _typed(text_: str) -> list[str]:
    return [text_[:k] for k in range(1, len(text_) + 1) if not text_[:k].endswith(" ")]


def _search_subjects(store) -> list[tuple[str, str]]:
    """What the officer types: real names of the store (a Muhammad, a Siti, two others),
    a NIK prefix, a case number prefix."""
    from sqlalchemy import func, select

    from rumahsinggah.storage.models import Client, Stay

    with store.read() as s:
        def one_name(pattern: str) -> str:
            found = s.execute(select(Client.full_name).where(
                Client.full_name.like(pattern), Client.deleted_at.is_(None))
                .order_by(Client.id).limit(200)).scalars().all()
            return found[len(found) // 2]

        muh = one_name("Muhammad % %")
        siti = one_name("Siti % %")
        plain = one_name("Dew% %")
        rare = one_name("Yul% %")
        nik = s.execute(select(Client.nik).where(Client.nik.is_not(None))
                        .order_by(Client.id).offset(77).limit(1)).scalar_one()
        case = s.execute(select(Stay.case_number).order_by(Stay.id).offset(321)
                         .limit(1)).scalar_one()
        live = s.execute(select(func.count()).select_from(Client)
                         .where(Client.deleted_at.is_(None))).scalar_one()
    print(f"search subjects among {live:,} live clients")
    return [("name", muh.lower()), ("name", siti.lower()), ("name", plain.lower()),
            ("name", rare.lower()), ("NIK", nik[:12]), ("case number", case[:14])]


def bench_search(store) -> dict:
    from rumahsinggah.services.search import count_clients, search_clients

    subjects = _search_subjects(store)
    all_search, all_count, worst = [], [], []
    for kind, full in subjects:
        s_ms, c_ms = [], []
        for typed in _typed(full):
            t = time.perf_counter()
            with store.read() as s:
                hits = search_clients(s, typed)
            s_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            with store.read() as s:
                n = count_clients(s, typed)
            c_ms.append((time.perf_counter() - t) * 1000)
            worst.append((s_ms[-1], c_ms[-1], typed, len(hits), n))
        all_search += s_ms
        all_count += c_ms
        print(f"  {kind} {full!r} ({len(s_ms)} keys): search median "
              f"{statistics.median(s_ms):.1f} ms, p95 {_pct(s_ms, .95):.1f}, max "
              f"{max(s_ms):.1f}; count median {statistics.median(c_ms):.1f} ms, p95 "
              f"{_pct(c_ms, .95):.1f}, max {max(c_ms):.1f}", flush=True)
    worst.sort(key=lambda w: -w[0])
    print("  slowest searches: " + "; ".join(
        f"{w[2]!r} {w[0]:.0f} ms ({w[3]} shown)" for w in worst[:4]))
    worst.sort(key=lambda w: -w[1])
    print("  slowest counts: " + "; ".join(
        f"{w[2]!r} {w[1]:.0f} ms ({w[4]:,})" for w in worst[:4]))
    return {"search_median": statistics.median(all_search), "search_p95": _pct(all_search, .95),
            "count_median": statistics.median(all_count), "count_p95": _pct(all_count, .95),
            "keys": len(all_search)}


# --------------------------------------------------------------------------- 3. matching

_SWAPS = (("Muhammad", "Muhamad"), ("Muhammad", "Mohammad"), ("Achmad", "Ahmad"),
          ("Siti", "Sitti"), ("dj", "j"), ("oe", "u"), ("sy", "s"), ("kh", "h"), ("q", "k"),
          ("dz", "z"), ("ch", "h"), ("ny", "nj"), ("y", "i"), ("i", "y"), ("u", "o"),
          ("ai", "e"), ("tt", "t"), ("nn", "n"), ("mm", "m"), ("f", "p"), ("v", "f"))


def misspell(name: str, rng: random.Random) -> str:
    """The name as another officer might write it: one spelling change, else a dropped or
    doubled letter in one word."""
    swaps = [(a, b) for a, b in _SWAPS if a in name]
    if swaps and rng.random() < 0.7:
        a, b = rng.choice(swaps)
        at = [i for i in range(len(name)) if name.startswith(a, i)]
        i = rng.choice(at)
        return name[:i] + b + name[i + len(a):]
    words = name.split()
    long_ = [i for i, word in enumerate(words) if len(word) > 4] or [len(words) - 1]
    w = rng.choice(long_)
    word = words[w]
    k = rng.randrange(1, max(2, len(word) - 1))
    words[w] = word[:k] + word[k + 1:] if rng.random() < 0.5 else word[:k] + word[k] + word[k:]
    return " ".join(words)


def _arrivals(store, n: int) -> list[tuple[object, str]]:
    """``n`` clients born in two months of 1985 (the same on either engine: the demo's
    seeds make the same people), each with a misspelling of the name."""
    import hashlib

    from sqlalchemy import func, select

    from rumahsinggah.storage.models import Client

    rng = random.Random(5)
    with store.read() as s:
        rows = s.execute(select(Client.id, Client.full_name, Client.sex, Client.birth_date,
                                Client.regency)
                         .where(Client.deleted_at.is_(None),
                                Client.birth_date.between(date(1985, 1, 1), date(1985, 2, 28)),
                                func.length(Client.full_name) > 8)).all()
    rows.sort(key=lambda r: hashlib.sha1(f"{r.full_name}|{r.birth_date}".encode()).digest())
    return [(r, misspell(r.full_name, rng)) for r in rows[:n]]


def bench_matching(store, n: int = 50) -> dict:
    from rumahsinggah.services.matching import MatchQuery, find_candidates

    today = date.today()
    ms, first, top3, examples, misses = [], 0, 0, [], []
    for row, typed in _arrivals(store, n):
        age = today.year - row.birth_date.year + random.Random(str(row.id)).choice((-1, 0, 0, 1))
        q = MatchQuery(full_name=typed, sex=row.sex, estimated_age=age, regency=row.regency)
        t = time.perf_counter()
        with store.read() as s:
            found = find_candidates(s, q)
        ms.append((time.perf_counter() - t) * 1000)
        ids = [c.client_id for c in found]
        first += bool(ids) and ids[0] == row.id
        top3 += row.id in ids[:3]
        if len(examples) < 3:
            examples.append(f"{typed!r} for {row.full_name!r} {ms[-1]:.0f} ms")
        if ids and ids[0] != row.id and len(misses) < 4:
            rank = ids.index(row.id) + 1 if row.id in ids else None
            misses.append(f"{typed!r} for {row.full_name!r}: first {found[0].full_name!r} "
                          f"({found[0].score:.0f}), the true record "
                          + (f"#{rank}" if rank else "not in the top 10"))
    print("  e.g. " + "; ".join(examples))
    if misses:
        print("  not first, e.g.: " + "; ".join(misses))
    print(f"  true record first {first}/{len(ms)}, in top 3 {top3}/{len(ms)}")
    slow = sorted(ms)[-3:]
    print("  slowest: " + ", ".join(f"{x:.0f} ms" for x in slow))
    return {"median": statistics.median(ms), "p95": _pct(ms, .95), "n": len(ms),
            "first": first, "top3": top3}


# --------------------------------------------------------------------------- 4. recap

def last_month(today: date) -> str:
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{year:04d}-{month:02d}"


def bench_recap(store, runs: int = 3) -> dict:
    from rumahsinggah.services.recap import monthly_recap
    from rumahsinggah.storage.audit import SYSTEM

    month = last_month(date.today())
    t = time.perf_counter()
    recap = monthly_recap(store, SYSTEM, month)
    first = time.perf_counter() - t
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        recap = monthly_recap(store, SYSTEM, month)
        times.append(time.perf_counter() - t)
    total = recap.total
    print(f"  {month}: {len(recap.facilities)} facilities, {total.value('admissions'):,} "
          f"admissions, {total.value('served', 'during_month'):,} served; first run "
          f"{first:.2f} s")
    return {"first": first, "median": statistics.median(times), "worst": max(times),
            "month": month}


# --------------------------------------------------------------------------- 5. bundle

def _make_shelter(root: str, clients: int, key: bytes, city: int, out) -> None:
    from rumahsinggah.storage.store import open_store

    _install_cities()
    store = open_store(DataPaths(Path(root) / "shelter"), key=key, daily_backup=False)
    spec = _spec(len(CITIES) + city, BUNDLE_CITIES[city])
    t = time.perf_counter()
    summary = _generate_shelter(store, spec, clients, seed=4242, site_id=store.site_id)
    from rumahsinggah.sync import desk

    with store.read() as s:
        ident = desk.identity(s)
    store.close()
    out.put({"seconds": time.perf_counter() - t, "rows": summary.rows,
             "store_id": ident.store_id, "name": spec.name, "code": spec.code})


def _export(root: str, key: bytes, out) -> None:
    from rumahsinggah.storage.audit import SYSTEM
    from rumahsinggah.storage.store import open_store
    from rumahsinggah.sync import bundle

    store = open_store(DataPaths(Path(root) / "shelter"), key=key, daily_backup=False)
    t, c = time.perf_counter(), time.process_time()
    result = bundle.export_bundle(store, SYSTEM, Path(root) / "paket.rssync", PASS,
                                  everything=True)
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    store.close()
    out.put({"seconds": seconds, "cpu": cpu, "rows": result.rows + result.audit_events,
             "paths": [str(p) for p in result.paths],
             "size": sum(p.stat().st_size for p in result.paths), "peak_mb": _peak_mb()})


def _target(where: str, root: Path) -> DataPaths:
    """The head office's paths: a server URL, or a SQLite store's folder."""
    if where.startswith("postgresql"):
        return ServerPaths.for_url(where, root / "ho-desk")
    return DataPaths(Path(where))


def _import(url: str, root: str, paths: list[str], out) -> None:
    from rumahsinggah.storage.audit import SYSTEM
    from rumahsinggah.storage.store import open_store
    from rumahsinggah.sync import bundle

    store = open_store(_target(url, Path(root)), daily_backup=False)
    t, c = time.perf_counter(), time.process_time()
    result = bundle.import_bundle(store, SYSTEM, [Path(p) for p in paths], PASS)
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    store.close()
    out.put({"seconds": seconds, "cpu": cpu, "inserted": result.inserted,
             "updated": result.updated, "unchanged": result.unchanged,
             "audit": result.audit_events, "peak_mb": _peak_mb()})


def bench_bundle(store, url: str, clients: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="rs-bench-server-") as root:
        key = os.urandom(32)
        from sqlalchemy import select

        from rumahsinggah.storage.models import Facility

        with store.read() as s:
            held = set(s.execute(select(Facility.code)).scalars())
        city = next(i for i, c in enumerate(BUNDLE_CITIES) if c[3] not in held)
        made = _run(_make_shelter, root, clients, key, city)
        print(f"  shelter {made['code']} on SQLite: {clients:,} clients, {made['rows']:,} rows "
              f"generated in {made['seconds']:.0f} s")
        head_office = _head_office_module()
        if head_office is not None:
            with store.write() as s:
                head_office.name_shelter(s, made["store_id"], made["name"], made["code"])
        exp = _run(_export, root, key)
        print(f"  export: {exp['seconds']:.1f} s ({exp['cpu']:.1f} s CPU), {exp['rows']:,} rows, "
              f"{exp['rows'] / exp['seconds']:,.0f} rows/s, peak {exp['peak_mb']:.0f} MB, "
              f"{exp['size'] / 1e6:.1f} MB")
        imp = _run(_import, url, root, exp["paths"])
        total = imp["inserted"] + imp["updated"] + imp["unchanged"] + imp["audit"]
        print(f"  import into the head office: {imp['seconds']:.1f} s ({imp['cpu']:.1f} s CPU "
              f"in the desk's process), {total:,} rows ({imp['inserted']:,} new), "
              f"peak {imp['peak_mb']:.0f} MB", flush=True)
        return {"rows": total, "seconds": imp["seconds"], "rate": total / imp["seconds"],
                "cpu_rate": total / imp["cpu"], "peak_mb": imp["peak_mb"],
                "export_rate": exp["rows"] / exp["seconds"], "export_peak": exp["peak_mb"]}


# --------------------------------------------------------------------------- main

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1_000_000)
    parser.add_argument("--shelters", type=int, default=50)
    parser.add_argument("--bundle-clients", type=int, default=20_000)
    parser.add_argument("--dir", type=Path, help="cluster folder (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true", help="reuse the cluster in --dir")
    parser.add_argument("--keep", action="store_true", help="leave the server running")
    parser.add_argument("--sqlite", type=Path, metavar="DIR",
                        help="build the head office as a SQLite store in DIR instead")
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=["search", "matching", "recap", "bundle"])
    args = parser.parse_args()
    if args.shelters > len(CITIES):
        parser.error(f"at most {len(CITIES)} shelters")

    from rumahsinggah.storage.store import open_store

    cluster = None
    if args.sqlite:  # the same head office on a SQLite desk, for comparison
        folder = args.sqlite
        fresh = not (args.reuse and (folder / STATE).exists())
        if fresh and DataPaths(folder).database.exists():
            parser.error(f"{folder} already holds a store; use --reuse")
        folder.mkdir(parents=True, exist_ok=True)
        if fresh:
            (folder / STATE).write_text("{}")
        url = str(folder / "store")
        paths: DataPaths = DataPaths(Path(url))
        print(f"SQLite head office in {url}", flush=True)
    else:
        cluster, url, fresh = _start_or_restart(args.dir, args.reuse)
        folder = cluster.folder
        paths = ServerPaths.for_url(url, cluster.folder / "desk")
        print(f"PostgreSQL {cluster.bin.parent.name} at 127.0.0.1:{cluster.port} "
              f"({cluster.folder}); fsync, synchronous_commit and full_page_writes OFF "
              "(throwaway cluster)", flush=True)
    figures: dict[str, dict] = {}
    store = open_store(paths, daily_backup=False)
    try:
        if fresh:
            print(f"\n== 1. build: {args.clients:,} clients from {args.shelters} shelters",
                  flush=True)
            t = time.perf_counter()
            figures["build"] = b = build(store, args.clients, args.shelters)
            b["total"] = time.perf_counter() - t
            print(f"build: {b['total']:.0f} s = load {b['load']:.0f} s ({b['rows']:,} rows, "
                  f"{b['rows'] / b['load']:,.0f} rows/s) + trigram/sounds indexes "
                  f"{b['indexes']:.0f} s + ANALYZE {b['analyze']:.0f} s; shelters named with "
                  f"head_office.name_shelter: {'yes' if b['named'] else 'no (not on main)'}",
                  flush=True)
            _mark_built(folder, build=b)
        else:
            state = json.loads((folder / STATE).read_text())
            if "build" in state:
                figures["build"] = state["build"]
            print("store reused (built earlier)")
        if "search" not in args.skip:
            print("\n== 2. search per keystroke (search_clients, then count_clients)", flush=True)
            figures["search"] = bench_search(store)
        if "matching" not in args.skip:
            print("\n== 3. returning-client match (find_candidates)", flush=True)
            figures["matching"] = bench_matching(store)
        if "recap" not in args.skip:
            print("\n== 4. monthly recap, all facilities", flush=True)
            figures["recap"] = bench_recap(store)
        if "bundle" not in args.skip:
            print(f"\n== 5. bundle of a {args.bundle_clients:,}-client shelter into the head "
                  "office", flush=True)
            figures["bundle"] = bench_bundle(store, url, args.bundle_clients)
    finally:
        store.close()
        _summary(figures, "SQLite" if cluster is None else "PostgreSQL, fsync off")
        if cluster is not None and not args.keep:
            cluster.stop()
            if args.dir is None:
                pg_cluster.remove(cluster.folder)
    return 0


def _summary(f: dict[str, dict], engine: str) -> None:
    print(f"\n== figures ({engine})")
    if "build" in f:
        b = f["build"]
        print(f"build            {b['total']:.0f} s ({b['rows']:,} rows)")
    if "search" in f:
        s = f["search"]
        print(f"search/key       median {s['search_median']:.1f} ms, p95 {s['search_p95']:.1f} ms "
              f"(goal median <= 50)")
        print(f"count/key        median {s['count_median']:.1f} ms, p95 {s['count_p95']:.1f} ms")
    if "matching" in f:
        m = f["matching"]
        print(f"find_candidates  median {m['median']:.1f} ms, p95 {m['p95']:.1f} ms "
              f"(goal <= 150); first {m['first']}/{m['n']}")
    if "recap" in f:
        r = f["recap"]
        print(f"recap all        median {r['median']:.2f} s, worst {r['worst']:.2f} s "
              f"(goal <= 5 s)")
    if "bundle" in f:
        b = f["bundle"]
        print(f"bundle import    {b['rate']:,.0f} rows/s (goal >= 20,000), peak "
              f"{b['peak_mb']:.0f} MB; export {b['export_rate']:,.0f} rows/s")


if __name__ == "__main__":
    raise SystemExit(main())
