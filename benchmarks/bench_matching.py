"""Benchmark of the returning-client matcher on a large store with planted spelling variants.

    PYTHONPATH=src /work/venv/bin/python benchmarks/bench_matching.py [--clients 100000]
        [--queries 200] [--dir PATH]

Fills a fresh store with random Indonesian clients (Faker id_ID, bulk Core inserts; the
derived ``name_key`` / ``search_text`` are computed with ``core.names`` as the session hooks
would) and plants returning clients whose earlier record is spelled differently
(Muhammad / M., Muhamad / Mohamad, Achmad / Ahmad, dj/j, tj/c, oe/u, ch/kh, j/y, Nur / Noor,
bin / binti). Each planted record also has a namesake (same spelling, a few years apart, another regency)
so the ranking by age and origin is exercised. Then times ``services.matching.find_candidates`` for each planted query, one
read transaction per query as the GUI does, and prints the median, the 95th percentile and
how often the true record is ranked first.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from faker import Faker
from sqlalchemy import func, insert, select

from rumahsinggah.core import names
from rumahsinggah.locations import DataPaths
from rumahsinggah.services.matching import MatchQuery, find_candidates
from rumahsinggah.storage.models import Client
from rumahsinggah.storage.store import open_store

# (how the earlier record spells it, how the officer types it today)
VARIANTS = [
    ("Muhammad", "M."), ("Muhamad", "Mohamad"), ("Mohammad", "Muhammad"),
    ("Achmad", "Ahmad"), ("Djoko", "Joko"), ("Tjahjo", "Cahyo"), ("Soekarno", "Sukarno"),
    ("Chairul", "Khairul"), ("Jusuf", "Yusuf"), ("Noor", "Nur"), ("Djuned", "Juned"),
    ("Soetrisno", "Sutrisno"), ("Tjipto", "Cipto"), ("Oemar", "Umar"),
]
REGENCIES = ["Kota Banjarmasin", "Kabupaten Banjar", "Kota Banjarbaru", "Kabupaten Barito Kuala",
             "Kota Banjar", "Kabupaten Ciamis", "Kota Pangkalpinang", "Kabupaten Bangka",
             "Kabupaten Tapin", "Kabupaten Hulu Sungai Utara"]


def _row(full_name: str, sex: str, birth: date, regency: str, nik: str | None,
         now: datetime, stamp: int) -> dict:
    return {
        "id": uuid.uuid4(), "created_at": now, "updated_at": now, "site_id": "bench",
        "change_stamp": stamp, "full_name": full_name, "nickname": "", "nik": nik,
        "sex": sex, "birth_date": birth, "birth_date_estimated": False, "birth_place": "",
        "religion": "Islam", "address": "", "village": "", "district": "", "regency": regency,
        "province": "", "physical_description": "", "pmks_category": "gelandangan", "notes": "",
        "search_text": names.search_text(full_name, "", nik), "name_key": names.name_key(full_name),
    }


def build(store, clients: int, queries: int, seed: int) -> list[tuple[MatchQuery, uuid.UUID]]:
    rng = random.Random(seed)
    fake = Faker("id_ID")
    fake.seed_instance(seed)
    now = datetime.now(UTC)
    planted: list[tuple[MatchQuery, uuid.UUID]] = []
    rows: list[dict] = []
    for i in range(queries):
        stored_first, typed_first = VARIANTS[i % len(VARIANTS)]
        last = fake.last_name()
        middle = fake.first_name_male() if rng.random() < 0.5 else ""
        stored = " ".join(p for p in (stored_first, middle, last) if p)
        typed = " ".join(p for p in (typed_first, middle, last) if p)
        if i % 5 == 0:  # the earlier record carried the father's name
            stored += f" bin {fake.first_name_male()}"
        birth = date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
        regency = rng.choice(REGENCIES)
        row = _row(stored, "L", birth, regency, None, now, i)
        rows.append(row)
        # A namesake: same spelling, a few years apart, from another regency.
        decoy_birth = date(birth.year + rng.choice([-4, -3, 3, 4]), birth.month, birth.day)
        other = rng.choice([r for r in REGENCIES if r != regency])
        rows.append(_row(stored, "L", decoy_birth, other, None, now, queries + i))
        age = date.today().year - birth.year + rng.randint(-3, 3)
        planted.append((MatchQuery(full_name=typed, sex="L", estimated_age=age,
                                   regency=regency), row["id"]))
    for i in range(clients - 2 * queries):
        sex = "L" if rng.random() < 0.6 else "P"
        first = fake.first_name_male() if sex == "L" else fake.first_name_female()
        if sex == "L" and rng.random() < 0.15:  # common prefixes make real collisions
            first = f"{rng.choice(['Muhammad', 'Ahmad', 'M.', 'Abdul'])} {first}"
        elif sex == "P" and rng.random() < 0.15:
            first = f"{rng.choice(['Siti', 'Nur'])} {first}"
        full = f"{first} {fake.last_name()}"
        birth = date(rng.randint(1945, 2015), rng.randint(1, 12), rng.randint(1, 28))
        rows.append(_row(full, sex, birth, rng.choice(REGENCIES), None, now, 2 * queries + i))
    rng.shuffle(rows)
    for start in range(0, len(rows), 10000):
        with store.write() as s:
            s.execute(insert(Client), rows[start:start + 10000])
    return planted


_WORD_OLD = {"muhammad": ["M.", "Muhamad", "Mohamad", "Moh."], "ahmad": ["Achmad"],
             "nur": ["Noor"], "yusuf": ["Jusuf"], "umar": ["Oemar"]}
# Old-spelling rewrites that are unambiguous: c before h is part of "ch", y after d/t would
# read as the old "dj"/"tj".
_LETTER_OLD = [(re.compile(r"(?<!d)j"), "dj"), (re.compile(r"c(?!h)"), "tj"),
               (re.compile("u"), "oe"), (re.compile("kh"), "ch"),
               (re.compile(r"(?<![dt])y"), "j")]


def old_spelling(name: str, rng: random.Random, sex: str) -> str:
    """The name as an officer might type it today, from the record's spelling, or back."""
    words = name.split()
    for i, w in enumerate(words):
        if w.lower() in _WORD_OLD:
            words[i] = rng.choice(_WORD_OLD[w.lower()])
            return " ".join(words)
    options = [(i, a, b) for i, w in enumerate(words) for a, b in _LETTER_OLD
               if a.search(w.lower())]
    if options:
        i, a, b = rng.choice(options)
        words[i] = a.sub(b, words[i].lower(), count=1).capitalize()
        return " ".join(words)
    return f"{name} {'bin' if sex == 'L' else 'binti'} Abdullah"


def plant_in_demo(store, queries: int, seed: int) -> list[tuple[MatchQuery, uuid.UUID]]:
    """Queries for existing demo clients, typed in another spelling."""
    rng = random.Random(seed)
    with store.read() as s:
        rows = s.execute(select(Client.id, Client.full_name, Client.sex, Client.birth_date,
                                Client.regency).where(Client.birth_date.is_not(None))).all()
    picked = rng.sample(rows, min(queries, len(rows)))
    today = date.today()
    return [(MatchQuery(full_name=old_spelling(name, rng, sex), sex=sex,
                        estimated_age=today.year - born.year + rng.randint(-2, 2),
                        regency=regency), cid)
            for cid, name, sex, born, regency in picked]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--dir", type=Path, help="store folder (default: a temporary folder)")
    parser.add_argument("--demo", action="store_true",
                        help="fill with services.demo_data (full histories; slower) and plant "
                             "variants of existing demo clients")
    args = parser.parse_args(argv)

    temporary = None if args.dir else tempfile.TemporaryDirectory(prefix="bench-matching-")
    folder = args.dir or Path(temporary.name)
    store = open_store(DataPaths(folder))
    try:
        t0 = time.perf_counter()
        with store.read() as s:
            existing = s.execute(select(func.count()).select_from(Client)).scalar_one()
        if existing:
            print(f"Store {folder} already has {existing} clients; use an empty folder.",
                  file=sys.stderr)
            return 1
        if args.demo:
            from rumahsinggah.services.demo_data import generate

            generate(store, clients=args.clients, seed=args.seed)
            planted = plant_in_demo(store, args.queries, args.seed)
        else:
            planted = build(store, args.clients, args.queries, args.seed)
        print(f"store: {args.clients} clients in {time.perf_counter() - t0:.1f} s ({folder})")

        timings, first, top3, candidates = [], 0, 0, []
        for query, true_id in planted:
            started = time.perf_counter()
            with store.read() as s:
                found = find_candidates(s, query)
            timings.append((time.perf_counter() - started) * 1000)
            ids = [c.client_id for c in found]
            first += bool(ids) and ids[0] == true_id
            top3 += true_id in ids[:3]
            candidates.append(len(found))
        timings.sort()
        p95 = timings[int(0.95 * (len(timings) - 1))]
        print(f"queries: {len(planted)} planted spelling variants")
        print(f"median: {statistics.median(timings):.1f} ms   p95: {p95:.1f} ms   "
              f"max: {timings[-1]:.1f} ms")
        print(f"true match ranked first: {first}/{len(planted)}   in top 3: {top3}/{len(planted)}")
        print(f"candidates returned per query (median): {statistics.median(candidates):.0f}")
        misses = [q.full_name for (q, tid), n in zip(planted, candidates, strict=True)
                  if n == 0][:5]
        if misses:
            print("no candidate for, e.g.: " + "; ".join(misses))
        if args.demo:
            wrong = []
            for query, true_id in planted:
                with store.read() as s:
                    found = find_candidates(s, query)
                if found and found[0].client_id != true_id and len(wrong) < 5:
                    true = next((c for c in found if c.client_id == true_id), None)
                    wrong.append(f"{query.full_name!r} -> {found[0].full_name!r} "
                                 f"({found[0].score}) vs true "
                                 f"{(true.full_name, true.score) if true else 'absent'}")
            for line in wrong:
                print("not first: " + line)
    finally:
        store.close()
        if temporary is not None:
            temporary.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
