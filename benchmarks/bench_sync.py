"""Sync bundle export and import at scale (issue 11).

    PYTHONPATH=src python benchmarks/bench_sync.py [--clients 20000 100000]

For each size: a demo store (desk A, encrypted) and a second desk B of the same shelter;
export of everything from A to B (one file, and in e-mail sized parts), import into B, and a
repeat import of the same bundle. Each step runs in its own process so its peak memory
(ru_maxrss) is its own. Prints time, rows per second (goal >= 10,000), peak memory (goal
<= 300 MB), bundle size per part, and the repeat import (goal < 5 s at 20,000 clients).
CPU seconds are printed beside wall time: on a shared machine the wall time varies with the
neighbours' load, the process's own CPU time much less. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import tempfile
import time
from pathlib import Path

from rumahsinggah.locations import DataPaths
from rumahsinggah.storage.audit import SYSTEM
from rumahsinggah.storage.models import SyncPartner
from rumahsinggah.storage.store import open_store

PASS = "rahasia-benchmark"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _make(root: Path, clients: int, key_a: bytes, key_b: bytes) -> None:
    from rumahsinggah import demo
    from rumahsinggah.sync import desk

    a = open_store(DataPaths(root / "A"), key=key_a, daily_backup=False)
    demo.generate(a, clients=clients)
    with a.read() as s:
        ident = desk.identity(s)
    b = open_store(DataPaths(root / "B"), key=key_b, daily_backup=False)
    with b.write() as s:
        desk.take_identity(b, s, site_id="desk-bench-b", desk_code="B",
                           store_id=ident.store_id, store_name=ident.store_name)
    with a.write() as s:
        s.add(SyncPartner(desk_id="desk-bench-b", code="B"))
    a.close()
    b.close()


def _export(root: Path, key: bytes, name: str, part_size, out) -> None:
    from rumahsinggah.sync import bundle

    a = open_store(DataPaths(root / "A"), key=key, daily_backup=False)
    t, c = time.perf_counter(), time.process_time()
    result = bundle.export_bundle(a, SYSTEM, root / name, PASS, partner="desk-bench-b",
                                  everything=True, part_size=part_size)
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    a.close()
    out.put({"seconds": seconds, "cpu": cpu, "rows": result.rows + result.audit_events,
             "parts": [p.stat().st_size for p in result.paths],
             "paths": [str(p) for p in result.paths], "peak_mb": _peak_mb()})


def _import(root: Path, key: bytes, paths: list[str], out) -> None:
    from rumahsinggah.sync import bundle

    b = open_store(DataPaths(root / "B"), key=key, daily_backup=False)
    t, c = time.perf_counter(), time.process_time()
    result = bundle.import_bundle(b, SYSTEM, [Path(p) for p in paths], PASS)
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    b.close()
    out.put({"seconds": seconds, "cpu": cpu, "inserted": result.inserted, "updated": result.updated,
             "unchanged": result.unchanged, "audit": result.audit_events,
             "peak_mb": _peak_mb()})


def _run(target, *args) -> dict:
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=target, args=(*args, q))
    p.start()
    got = q.get()
    p.join()
    return got


def bench(clients: int) -> None:
    from rumahsinggah.sync.container import PART_PRESETS

    with tempfile.TemporaryDirectory(prefix="rs-bench-sync-") as tmp:
        root = Path(tmp)
        key_a, key_b = os.urandom(32), os.urandom(32)
        t = time.perf_counter()
        _run_plain(_make, root, clients, key_a, key_b)
        print(f"\n== {clients:,} clients (demo store made in {time.perf_counter() - t:.1f} s)")
        exp = _run(_export, root, key_a, "paket.rssync", None)
        rows = exp["rows"]
        print(f"export (one file): {exp['seconds']:.1f} s ({exp['cpu']:.1f} s CPU), {rows:,} rows, "
              f"{rows / exp['seconds']:,.0f} rows/s, peak {exp['peak_mb']:.0f} MB, "
              f"size {exp['parts'][0] / 1e6:.1f} MB")
        parts = _run(_export, root, key_a, "paket-email.rssync", PART_PRESETS["email"])
        print(f"export (e-mail parts): {parts['seconds']:.1f} s, {len(parts['parts'])} part(s): "
              + ", ".join(f"{n / 1e6:.1f} MB" for n in parts["parts"]))
        imp = _run(_import, root, key_b, exp["paths"])
        total = imp["inserted"] + imp["updated"] + imp["unchanged"] + imp["audit"]
        print(f"import: {imp['seconds']:.1f} s ({imp['cpu']:.1f} s CPU), {total:,} rows, "
              f"{total / imp['seconds']:,.0f} rows/s "
              f"({total / imp['cpu']:,.0f} per CPU-second), peak {imp['peak_mb']:.0f} MB "
              f"({imp['inserted']:,} new rows, {imp['audit']:,} audit events)")
        again = _run(_import, root, key_b, exp["paths"])
        print(f"repeat import of the same bundle: {again['seconds']:.1f} s (known bundle id)")
        other = _run(_export, root, key_a, "paket-lagi.rssync", None)
        over = _run(_import, root, key_b, other["paths"])
        print(f"import of a new bundle holding only known rows: {over['seconds']:.1f} s, "
              f"peak {over['peak_mb']:.0f} MB, {over['unchanged']:,} rows unchanged")


def _run_plain(target, *args) -> None:
    ctx = mp.get_context("spawn")
    p = ctx.Process(target=target, args=args)
    p.start()
    p.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[20_000, 100_000])
    args = parser.parse_args()
    for n in args.clients:
        bench(n)


if __name__ == "__main__":
    main()
