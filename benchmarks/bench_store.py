"""Store benchmark: demo generation at 100,000 clients, residents listing, name search.

    PYTHONPATH=src python benchmarks/bench_store.py [--dir DIR] [--reuse] [--clients N]
                                                    [--runs 30] [--key]

Goals (issue 2): demo < 120 s; listing the current residents and a name search each
< 50 ms median. The search is ``services.search.search_clients``: the canonical query
anywhere in ``Client.search_text`` (LIKE), first 100 matches by name. Prints figures;
asserts nothing (speed is not a test).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from rumahsinggah import demo
from rumahsinggah.locations import DataPaths
from rumahsinggah.services.residents import current_residents
from rumahsinggah.services.search import search_clients
from rumahsinggah.storage.models import Client, Stay
from rumahsinggah.storage.store import open_store


def median_ms(fn, runs: int) -> tuple[float, float]:
    fn()  # warm the page cache once, as a desk that has been open for a while
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="store folder (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="reuse the store in --dir")
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--key", action="store_true", help="encrypt the store (SQLCipher)")
    args = parser.parse_args()

    tmp = None
    if args.dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="rs-bench-")
        args.dir = Path(tmp.name)
    paths = DataPaths(args.dir)
    key_file = args.dir / "bench.key"
    key = None
    if args.key:
        if args.reuse and key_file.exists():
            key = key_file.read_bytes()
        else:
            key = os.urandom(32)
            paths.ensure()
            key_file.write_bytes(key)

    if args.reuse and paths.database.exists():
        store = open_store(paths, key, daily_backup=False)
        print(f"store reused: {paths.database}")
    else:
        if paths.database.exists():
            print(f"{paths.database} exists; pass --reuse or another --dir", file=sys.stderr)
            return 2
        t = time.perf_counter()
        store = open_store(paths, key, daily_backup=False)
        summary = demo.generate(store, clients=args.clients, seed=2026)
        elapsed = time.perf_counter() - t
        print(f"demo: {summary.clients} clients, {summary.stays} stays "
              f"({summary.open_stays} open), {summary.rows} rows in {elapsed:.1f} s "
              f"(goal < 120 s)")

    size_mb = paths.database.stat().st_size / 1e6
    with store.read() as s:
        n_clients = s.scalar(select(func.count()).select_from(Client))
        n_stays = s.scalar(select(func.count()).select_from(Stay))
        sample = s.execute(select(Client.full_name).order_by(Client.id).offset(n_clients // 2)
                           .limit(1)).scalar_one()
    print(f"store: {n_clients} clients, {n_stays} stays, {size_mb:.0f} MB"
          f"{' (encrypted)' if key else ''}")

    def listing():
        with store.read() as s:
            return current_residents(s)

    with store.read() as s:
        residents = len(current_residents(s))
    med, worst = median_ms(listing, args.runs)
    print(f"current residents ({residents} rows): median {med:.1f} ms, max {worst:.1f} ms "
          f"(goal < 50 ms)")

    for label, query in (("common name", "muhamad"), ("rare full name", sample),
                         ("no match", "zzqx")):
        def search(q=query):
            with store.read() as s:
                return search_clients(s, q)

        hits = len(search())
        med, worst = median_ms(search, args.runs)
        print(f"name search, {label} {query!r} ({hits} hits): median {med:.1f} ms, "
              f"max {worst:.1f} ms (goal < 50 ms)")

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MB")
    store.close()
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
