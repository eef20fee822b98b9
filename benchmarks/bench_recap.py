"""Monthly recap benchmark: one month's Rekap Bulanan on a 100,000-client demo store.

    PYTHONPATH=src python benchmarks/bench_recap.py [--dir DIR] [--reuse] [--clients N]
                                                    [--month 2026-11] [--runs 5]

Prints (goal in brackets; asserts nothing, speed is not a test):
- the time to build one month's recap for one facility and for all facilities, median and
  worst of ``--runs`` runs after one warm-up run (< 2 s);
- the time to write that month's XLSX and PDF (for scale; no goal);
- peak memory (maximum resident set size).

The store is an encrypted demo store (accounts' demo accounts) filled by ``demo_data``, read
as the demo Kepala Bidang (``kabid``); ``--reuse`` keeps and reuses it in ``--dir``
(generating 100,000 clients takes minutes). The month defaults to the last full month.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from rumahsinggah.locations import DataPaths
from rumahsinggah.services import accounts, demo_data


def build(paths: DataPaths, clients: int) -> None:
    started = time.perf_counter()
    signed, _ = accounts.create_demo_store(paths)
    demo_data.generate(signed.store, clients=clients, actor=signed.actor)
    signed.store.close()
    print(f"store: {clients} clients generated in {time.perf_counter() - started:.0f} s")


def timed(fn, runs: int) -> tuple[float, float, object]:
    result = fn()  # warm-up: page cache and the standards registry, as an open desk has
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), max(times), result


def last_month(today: date) -> str:
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{year:04d}-{month:02d}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", help="store folder (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="reuse the store in --dir")
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--month", default=last_month(date.today()))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    root = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="bench-recap-"))
    paths = DataPaths(root)
    if not (args.reuse and paths.key_file.exists()):
        if paths.database.exists():
            print(f"{root} already holds a store; use --reuse", file=sys.stderr)
            return 2
        build(paths, args.clients)
    else:
        print(f"store reused: {root}")

    from sqlalchemy import func, select

    from rumahsinggah.services.recap import monthly_recap
    from rumahsinggah.services.recap_export import export_bytes
    from rumahsinggah.storage.models import Client, Facility, Stay

    signed = accounts.sign_in(paths, "kabid", accounts.DEMO_PASSWORD, daily_backup=False)
    store, actor = signed.store, signed.actor
    with store.read() as s:
        n_clients = s.scalar(select(func.count()).select_from(Client))
        n_stays = s.scalar(select(func.count()).select_from(Stay))
        codes = list(s.execute(select(Facility.code).order_by(Facility.code)).scalars())
    print(f"store: {n_clients} clients, {n_stays} stays, facilities {', '.join(codes)}; "
          f"month {args.month}")

    # The facility with the most stays that month is the hard case.
    one = max(codes, key=lambda c: monthly_recap(store, actor, args.month, c)
              .total.value("served", "during_month"))
    med, worst, recap = timed(lambda: monthly_recap(store, actor, args.month, one), args.runs)
    t = recap.total
    print(f"recap {args.month} {one}: median {med * 1000:.0f} ms, worst {worst * 1000:.0f} ms "
          f"(goal < 2000 ms); {t.value('admissions')} admissions, "
          f"{t.value('served', 'during_month')} served")
    med, worst, recap = timed(lambda: monthly_recap(store, actor, args.month), args.runs)
    t = recap.total
    print(f"recap {args.month} all {len(codes)} facilities: median {med * 1000:.0f} ms, "
          f"worst {worst * 1000:.0f} ms (goal < 2000 ms); {t.value('admissions')} "
          f"admissions, {t.value('served', 'during_month')} served")
    for kind in ("xlsx", "pdf"):
        med, _worst, data = timed(lambda k=kind: export_bytes(store, actor, recap, k), 2)
        print(f"export {kind}: median {med * 1000:.0f} ms, {len(data) / 1024:.0f} KiB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
