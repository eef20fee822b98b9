"""Register import benchmark: a 20,000-row XLSX register into a store that already has clients.

    PYTHONPATH=src python benchmarks/bench_register_import.py [--rows 20000] [--clients 5000]

Goal (issue 18): 20,000 rows imported in under 30 s (progress is reported as it goes). The
register repeats about a fifth of its people (returning clients) and carries NIKs as text,
ages instead of dates, Indonesian month names and names in capitals, as real registers do.
Prints: time to read the file, time to import, rows per second, when the first progress
report came and the longest wait between two, peak memory and the load average (the machine
may be shared). Progress is shown on stderr as it goes, as the command line shows it.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from faker.providers.person.id_ID import Provider as PersonProvider
from sqlalchemy import select

from rumahsinggah import demo
from rumahsinggah.locations import DataPaths
from rumahsinggah.services.registers import importer
from rumahsinggah.storage.models import Facility, User
from rumahsinggah.storage.store import open_store

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
# Faker's Indonesian names: the same corpus as the demo data, so some rows meet its people.
FIRST = [n.upper() for n in PersonProvider.first_names_male + PersonProvider.first_names_female]
LAST = [n.upper() for n in PersonProvider.last_names_male + PersonProvider.last_names_female]


def write_register(path: Path, rows: int, seed: int = 7) -> Path:
    from openpyxl import Workbook

    rng = random.Random(seed)
    book = Workbook(write_only=True)
    ws = book.create_sheet("Register")
    ws.append(["No", "No. Register", "NAMA LENGKAP", "L/P", "NIK", "Tgl Lahir", "Umur",
               "Kab/Kota", "Kategori PMKS", "Tgl. Masuk", "Tgl. Keluar"])
    people = []
    for n in range(1, rows + 1):
        if people and rng.random() < 0.2:
            person = rng.choice(people)
        else:
            born = date(1950, 1, 1) + timedelta(days=rng.randrange(20000))
            person = (f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                      rng.choice("LP"), born, rng.random() < 0.3)
            people.append(person)
        name, sex, born, by_age = person
        arrival = date(2015, 1, 1) + timedelta(days=rng.randrange(3500))
        ws.append([n, f"REG/{n:06d}", name, sex, None,
                   None if by_age else f"{born.day} {MONTHS[born.month - 1]} {born.year}",
                   f"± {2026 - born.year} th" if by_age else None,
                   rng.choice(["Kota Banjarmasin", "Kab. Banjar", "Kab. Barito Kuala"]),
                   rng.choice(["GELANDANGAN", "Pengemis", "anjal", "Lansia Terlantar"]),
                   arrival.strftime("%d-%m-%Y"),
                   (arrival + timedelta(days=rng.randrange(1, 40))).strftime("%d/%m/%Y")])
    book.save(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=5_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rs-bench-register-") as tmp:
        folder = Path(tmp)
        store = open_store(DataPaths(folder / "store"))
        demo.generate(store, clients=args.clients, seed=1)
        with store.read() as s:
            facility = s.execute(select(Facility)).scalars().first()
            admin = s.execute(select(User).where(User.role == "admin")).scalars().first()
        from rumahsinggah.storage.audit import Actor

        actor = Actor(admin.id, admin.username, admin.role) if admin else Actor(None, "sistem")
        path = write_register(folder / "register.xlsx", args.rows)
        start = time.perf_counter()
        prepared = importer.prepare(path)
        read_s = time.perf_counter() - start
        seen: list[tuple[float, int]] = []

        def progress(done: int, total: int) -> None:
            seen.append((time.perf_counter(), done))
            print(f"\r  {done:,}/{total:,} baris", end="", file=sys.stderr, flush=True)

        load_before = os.getloadavg()
        start = time.perf_counter()
        report = importer.run_import(
            store, actor, prepared,
            importer.ImportOptions(facility.code, prepared.suggested, "razia"),
            progress=progress)
        import_s = time.perf_counter() - start
        print(file=sys.stderr)
        load_after = os.getloadavg()
        store.close()
    first_s = seen[0][0] - start if seen else float("nan")
    moments = [start] + [t for t, _ in seen]
    longest_gap = max(b - a for a, b in zip(moments, moments[1:], strict=False)) if seen else 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"register rows:        {args.rows:,} (store had {args.clients:,} clients)")
    print(f"read the file:        {read_s:.2f} s")
    print(f"import (one txn):     {import_s:.2f} s  (goal < 30 s), "
          f"{args.rows / import_s:,.0f} rows/s, {len(seen)} progress reports")
    print(f"progress:             first after {first_s:.2f} s (backup, store read, rows "
          f"parsed), longest wait {longest_gap:.2f} s")
    print(f"outcome:              {report.summary()}")
    print(f"peak memory (RSS):    {peak:.0f} MB")
    print("load average:         before {:.2f} {:.2f} {:.2f}, after {:.2f} {:.2f} {:.2f}"
          .format(*load_before, *load_after))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
