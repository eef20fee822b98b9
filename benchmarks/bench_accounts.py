"""Cost of encryption and time to sign in (issue 3).

    PYTHONPATH=src python benchmarks/bench_accounts.py [--clients 100000] [--runs 30]

Builds the foundation's benchmark store twice in temporary folders, once as a plain SQLite
file and once encrypted (a demo store made by ``services.store_setup``, SQLCipher), and prints
demo generation, the current residents listing and name searches side by side with the
ratio (goal: at most 1.5x each), then the time to sign in (goal: under 1 s): the Argon2id
derivation alone, the first sign-in of the day with its backup left to
``run_daily_backup`` (timed separately), and a later sign-in. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from rumahsinggah import demo
from rumahsinggah.locations import DataPaths
from rumahsinggah.services import signin, store_setup
from rumahsinggah.services.residents import current_residents
from rumahsinggah.services.search import search_clients
from rumahsinggah.storage.keys import DEFAULT_KDF, derive_password_key
from rumahsinggah.storage.models import Client
from rumahsinggah.storage.store import open_store


def interleaved_ms(fns: dict[str, object], runs: int) -> dict[str, tuple[float, float]]:
    """Median and best time of each function, alternating between them run by run.

    The machine is shared: alternating spreads any load from other processes over both
    stores instead of charging it to whichever happened to run second.
    """
    times: dict[str, list[float]] = {k: [] for k in fns}
    for fn in fns.values():
        fn()  # warm the page cache once, as a desk that has been open for a while
    for _ in range(runs):
        for name, fn in fns.items():
            t = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - t) * 1000)
    return {k: (statistics.median(v), min(v)) for k, v in times.items()}


def queries(store) -> dict[str, object]:
    with store.read() as s:
        n = s.scalar(select(func.count()).select_from(Client))
        sample = s.execute(select(Client.full_name).order_by(Client.id).offset(n // 2)
                           .limit(1)).scalar_one()

    def listing():
        with store.read() as s:
            return current_residents(s)

    out: dict[str, object] = {"current residents (ms)": listing}
    for label, query in (("common name", "muhamad"), ("rare full name", sample),
                         ("no match", "zzqx")):
        def search(q=query):
            with store.read() as s:
                return search_clients(s, q)

        out[f"name search, {label} (ms)"] = search
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="rs-bench-acc-") as tmp:
        plain_paths = DataPaths(Path(tmp) / "polos")
        enc_paths = DataPaths(Path(tmp) / "enkripsi")

        t = time.perf_counter()
        plain_store = open_store(plain_paths, daily_backup=False)
        demo.generate(plain_store, clients=args.clients, seed=2026)
        plain_demo = time.perf_counter() - t
        t = time.perf_counter()
        signed, _made = store_setup.create_demo_store(enc_paths)
        enc_store = signed.store
        demo.generate(enc_store, clients=args.clients, seed=2026)
        enc_demo = time.perf_counter() - t

        print(f"{args.clients} clients; {args.runs} runs each, alternating; plain vs encrypted")
        print(f"{'figure':34} {'plain':>13} {'encrypted':>13} {'ratio':>6}")
        print(f"{'demo generation (s)':34} {plain_demo:13.1f} {enc_demo:13.1f} "
              f"{enc_demo / plain_demo:5.2f}x")
        plain_q, enc_q = queries(plain_store), queries(enc_store)
        for name in plain_q:
            res = interleaved_ms({"plain": plain_q[name], "enc": enc_q[name]}, args.runs)
            (pm, pb), (em, eb) = res["plain"], res["enc"]
            print(f"{name:34} {pm:6.1f} (≥{pb:4.1f}) {em:6.1f} (≥{eb:4.1f}) {em / pm:5.2f}x")
        plain_store.close()
        enc_store.close()
        size = {p: p.database.stat().st_size / 1e6 for p in (plain_paths, enc_paths)}
        print(f"{'file size (MB)':34} {size[plain_paths]:13.0f} {size[enc_paths]:13.0f}")
        print("(query figures: median, best in brackets)")

        t = time.perf_counter()
        derive_password_key("demo12345", b"0" * 16, DEFAULT_KDF)
        derive = time.perf_counter() - t
        print(f"\nArgon2id m={DEFAULT_KDF.memory_kib} KiB t={DEFAULT_KDF.iterations} "
              f"p={DEFAULT_KDF.parallelism}: {derive * 1000:.0f} ms")
        for label, backups in (("first sign-in of the day, daily_backup=False", False),
                               ("later sign-in", True)):
            t = time.perf_counter()
            signed = signin.sign_in(enc_paths, "admin", store_setup.DEMO_PASSWORD,
                                      daily_backup=backups)
            elapsed = time.perf_counter() - t
            if not backups:
                t = time.perf_counter()
                signin.run_daily_backup(signed.store)
                made = time.perf_counter() - t
            signed.store.close()
            print(f"{label}: {elapsed * 1000:.0f} ms (goal < 1000 ms)")
            if not backups:
                print(f"  then run_daily_backup (daily + weekly copy, encrypted): {made:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
