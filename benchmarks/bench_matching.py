"""Benchmark of the returning-client matcher on a large store with planted spelling variants.

    PYTHONPATH=src python benchmarks/bench_matching.py [--clients 100000] [--dir PATH]
        [--reuse] [--seed S]

Fills a store with random Indonesian clients (Faker id_ID, bulk Core inserts; the derived
``name_key`` / ``search_text`` / ``sounds_key`` are computed as the session hooks would, the
full-text index fills itself through its triggers) and plants returning clients whose
earlier record is spelled another way. Every kind of variant the matcher must bridge
(:data:`KINDS`: final i / y, q / k, sy / s, dz / z, ch / h before a consonant, ai / e,
ie / i, k / c, a compound written as one word or two, and the old spellings) is planted in
every word position of a three-word name, in both directions. Each planted record has a
namesake: the same spelling, 4-9 years apart, from another regency.

Each planted person is looked up with the other spelling, the right sex, an age within two
years and the right regency (one read transaction per query, as the GUI does). Prints the
median and 95th percentile time, how often the true record comes first (goal >= 98%) and
in the top 3, the misses by kind, and how often an unrelated person (a name not planted, the
same sex, age and regency) gets a candidate scored "probably the same"
(``matching.PROBABLY_SAME``). ``--reuse`` keeps the store in ``--dir`` (and the planted
queries beside it) for the next run.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

from faker import Faker
from sqlalchemy import func, insert, select

from rumahsinggah.core import names, phonetic
from rumahsinggah.locations import DataPaths
from rumahsinggah.services.matching import MatchQuery, find_candidates
from rumahsinggah.storage.models import Client
from rumahsinggah.storage.store import open_store

# kind -> [(one spelling, the other, sex)]; a space marks a compound written as two words.
KINDS: dict[str, list[tuple[str, str, str]]] = {
    "final i/y": [("Dedi", "Dedy", "L"), ("Hendri", "Hendry", "L"), ("Rudi", "Rudy", "L"),
                  ("Yuli", "Yuly", "P"), ("Heri", "Hery", "L"), ("Evi", "Evy", "P")],
    "q/k": [("Taufiq", "Taufik", "L"), ("Rifqi", "Rifki", "L"), ("Iqbal", "Ikbal", "L"),
            ("Qomariah", "Komariah", "P"), ("Baqir", "Bakir", "L"), ("Syafiq", "Syafik", "L")],
    "sy/s": [("Syaiful", "Saiful", "L"), ("Syamsul", "Samsul", "L"), ("Rosyid", "Rosid", "L"),
             ("Syarifah", "Sarifah", "P"), ("Syahrul", "Sahrul", "L"), ("Isyana", "Isana", "P")],
    "dz/z": [("Dzulkifli", "Zulkifli", "L"), ("Dzikri", "Zikri", "L"), ("Dzakir", "Zakir", "L"),
             ("Fadzli", "Fazli", "L"), ("Dzakiyah", "Zakiyah", "P"), ("Hafidz", "Hafiz", "L")],
    "ch/h": [("Fachri", "Fahri", "L"), ("Fachrul", "Fahrul", "L"), ("Rachmat", "Rahmat", "L"),
             ("Ichsan", "Ihsan", "L"), ("Fachmi", "Fahmi", "L"), ("Zuchri", "Zuhri", "L")],
    "ai/e": [("Sulaiman", "Suleman", "L"), ("Zainal", "Zenal", "L"), ("Zainab", "Zenab", "P"),
             ("Maimunah", "Memunah", "P"), ("Saipul", "Sepul", "L"), ("Rais", "Res", "L")],
    "ie/i": [("Sofie", "Sofi", "P"), ("Yulie", "Yuli", "P"), ("Rosie", "Rosi", "P"),
             ("Melanie", "Melani", "P"), ("Stefanie", "Stefani", "P"), ("Dewie", "Dewi", "P")],
    "k/c": [("Markus", "Marcus", "L"), ("Karina", "Carina", "P"), ("Viktor", "Victor", "L"),
            ("Riko", "Rico", "L"), ("Klara", "Clara", "P"), ("Oskar", "Oscar", "L")],
    "compound": [("Nurhaliza", "Nur Haliza", "P"), ("Nurhayati", "Nur Hayati", "P"),
                 ("Abdulrahman", "Abdul Rahman", "L"), ("Nurjanah", "Nur Janah", "P"),
                 ("Abdulkadir", "Abdul Kadir", "L"), ("Sitinur", "Siti Nur", "P")],
    "old spelling": [("Djoko", "Joko", "L"), ("Tjahjo", "Cahyo", "L"),
                     ("Soekarno", "Sukarno", "L"), ("Muhammad", "M.", "L"),
                     ("Achmad", "Ahmad", "L"), ("Noor", "Nur", "P")],
}
REGENCIES = ["Kota Banjarmasin", "Kabupaten Banjar", "Kota Banjarbaru", "Kabupaten Barito Kuala",
             "Kota Banjar", "Kabupaten Ciamis", "Kota Pangkalpinang", "Kabupaten Bangka",
             "Kabupaten Tapin", "Kabupaten Hulu Sungai Utara"]
POSITIONS = 3  # words in a planted name


def _row(full_name: str, sex: str, birth: date, regency: str, now: datetime,
         stamp: int) -> dict:
    return {
        "id": uuid.uuid4(), "created_at": now, "updated_at": now, "site_id": "bench",
        "change_stamp": stamp, "full_name": full_name, "nickname": "", "nik": None,
        "sex": sex, "birth_date": birth, "birth_date_estimated": False, "birth_place": "",
        "religion": "Islam", "address": "", "village": "", "district": "", "regency": regency,
        "province": "", "physical_description": "", "pmks_category": "gelandangan", "notes": "",
        "search_text": names.search_text(full_name, "", None),
        "name_key": names.name_key(full_name), "sounds_key": phonetic.sounds_key(full_name),
    }


def _other_word(fake: Faker, sex: str) -> str:
    return (fake.first_name_male() if sex == "L" else fake.first_name_female()) \
        if fake.random.random() < 0.5 else fake.last_name()


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def plan(seed: int) -> list[dict]:
    """The planted people: kind, position, stored and typed spelling, sex, birth, regency."""
    rng = random.Random(seed)
    fake = Faker("id_ID")
    fake.seed_instance(seed)
    planted = []
    for kind, pairs in KINDS.items():
        for position in range(POSITIONS):
            for n, (one, other, sex) in enumerate(pairs * 2):
                stored_word, typed_word = (one, other) if n % 2 == 0 else (other, one)
                words = [_other_word(fake, sex) for _ in range(POSITIONS)]
                stored_words, typed_words = list(words), list(words)
                stored_words[position], typed_words[position] = stored_word, typed_word
                stored, typed = " ".join(stored_words), " ".join(typed_words)
                if n % 5 == 0:  # the earlier record carried the father's name
                    stored += f" {'bin' if sex == 'L' else 'binti'} {fake.first_name_male()}"
                birth = date(rng.randint(1950, 2008), rng.randint(1, 12), rng.randint(1, 28))
                planted.append({"kind": kind, "position": position, "stored": stored,
                                "typed": typed, "sex": sex, "birth": birth.isoformat(),
                                "regency": rng.choice(REGENCIES),
                                "shift": rng.choice([-9, -6, -4, 4, 6, 9]),
                                "age_error": rng.randint(-2, 2)})
    return planted


def build(store, clients: int, planted: list[dict], seed: int) -> None:
    rng = random.Random(seed + 1)
    fake = Faker("id_ID")
    fake.seed_instance(seed + 1)
    now = datetime.now(UTC)
    rows: list[dict] = []
    for i, p in enumerate(planted):
        birth = date.fromisoformat(p["birth"])
        row = _row(p["stored"], p["sex"], birth, p["regency"], now, i)
        p["id"] = str(row["id"])
        rows.append(row)
        # A namesake: same spelling, some years apart, from another regency.
        other = rng.choice([r for r in REGENCIES if r != p["regency"]])
        rows.append(_row(p["stored"], p["sex"], birth.replace(year=birth.year + p["shift"]),
                         other, now, len(planted) + i))
    for i in range(clients - len(rows)):
        sex = "L" if rng.random() < 0.6 else "P"
        first = fake.first_name_male() if sex == "L" else fake.first_name_female()
        if sex == "L" and rng.random() < 0.15:  # common prefixes make real collisions
            first = f"{rng.choice(['Muhammad', 'Ahmad', 'M.', 'Abdul'])} {first}"
        elif sex == "P" and rng.random() < 0.15:
            first = f"{rng.choice(['Siti', 'Nur'])} {first}"
        middle = f" {fake.last_name()}" if rng.random() < 0.3 else ""
        full = f"{first}{middle} {fake.last_name()}"
        birth = date(rng.randint(1945, 2015), rng.randint(1, 12), rng.randint(1, 28))
        rows.append(_row(full, sex, birth, rng.choice(REGENCIES), now, 2 * len(planted) + i))
    rng.shuffle(rows)
    for start in range(0, len(rows), 10000):
        with store.write() as s:
            s.execute(insert(Client), rows[start:start + 10000])


def unrelated(planted: list[dict], seed: int) -> list[MatchQuery]:
    """Names of nobody planted, each with the sex, age and regency of a planted person."""
    fake = Faker("id_ID")
    fake.seed_instance(seed + 2)
    today = date.today()
    out = []
    for p in planted:
        first = fake.first_name_male() if p["sex"] == "L" else fake.first_name_female()
        out.append(MatchQuery(full_name=f"{first} {fake.last_name()} {fake.last_name()}",
                              sex=p["sex"], regency=p["regency"],
                              estimated_age=_age(date.fromisoformat(p["birth"]), today)))
    return out


def _timed(store, query: MatchQuery) -> tuple[float, list]:
    started = time.perf_counter()
    with store.read() as s:
        found = find_candidates(s, query)
    return (time.perf_counter() - started) * 1000, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--dir", type=Path, help="store folder (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="reuse the store in --dir")
    args = parser.parse_args(argv)

    temporary = None if args.dir else tempfile.TemporaryDirectory(prefix="bench-matching-")
    folder = args.dir or Path(temporary.name)
    folder.mkdir(parents=True, exist_ok=True)
    sidecar = folder / "planted.json"
    store = open_store(DataPaths(folder))
    try:
        t0 = time.perf_counter()
        with store.read() as s:
            existing = s.execute(select(func.count()).select_from(Client)).scalar_one()
        if existing and not (args.reuse and sidecar.exists()):
            print(f"Store {folder} already has {existing} clients; use an empty folder "
                  "or --reuse.", file=sys.stderr)
            return 1
        if existing:
            planted = json.loads(sidecar.read_text())
            print(f"store: {existing} clients reused ({folder})")
        else:
            planted = plan(args.seed)
            build(store, args.clients, planted, args.seed)
            sidecar.write_text(json.dumps(planted))
            print(f"store: {args.clients} clients in {time.perf_counter() - t0:.1f} s "
                  f"({folder})")
        today = date.today()
        timings, first, top3 = [], 0, 0
        misses: Counter[str] = Counter()
        examples: list[str] = []
        for p in planted:
            age = _age(date.fromisoformat(p["birth"]), today) + p["age_error"]
            query = MatchQuery(full_name=p["typed"], sex=p["sex"], estimated_age=age,
                               regency=p["regency"])
            ms, found = _timed(store, query)
            timings.append(ms)
            ids = [str(c.client_id) for c in found]
            first += bool(ids) and ids[0] == p["id"]
            top3 += p["id"] in ids[:3]
            if not ids or ids[0] != p["id"]:
                misses[f"{p['kind']} @ word {p['position'] + 1}"] += 1
                if len(examples) < 8:
                    got = f"{found[0].full_name!r} ({found[0].score})" if found else "nothing"
                    examples.append(f"{p['typed']!r} for {p['stored']!r}: got {got}")
        stranger_probable = 0
        stranger_times = []
        for query in unrelated(planted, args.seed):
            ms, found = _timed(store, query)
            stranger_times.append(ms)
            stranger_probable += any(c.probably_same for c in found)
        n = len(planted)
        timings.sort()
        p95 = timings[int(0.95 * (n - 1))]
        kinds = sorted({p["kind"] for p in planted})
        print(f"planted: {n} variants, {len(kinds)} kinds x {POSITIONS} word positions, "
              "both directions, each with a namesake")
        print(f"find_candidates: median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, "
              f"max {timings[-1]:.1f} ms (goal: median <= 100 ms)")
        print(f"true record first: {first}/{n} ({100 * first / n:.1f}%, goal >= 98%); "
              f"in top 3: {top3}/{n}")
        if misses:
            print("not first, by kind and position: "
                  + ", ".join(f"{k}: {v}" for k, v in sorted(misses.items())))
            for line in examples:
                print("  " + line)
        print(f"unrelated person (same sex, age, regency) with a 'probably the same' "
              f"candidate: {stranger_probable}/{n} ({100 * stranger_probable / n:.1f}%); "
              f"median {statistics.median(stranger_times):.1f} ms")
    finally:
        store.close()
        if temporary is not None:
            temporary.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
