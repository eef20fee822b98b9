"""Sync bundle container benchmark: throughput and peak memory writing and reading a stream
of records and attachments (~200 MB by default), with the part-size presets.

    PYTHONPATH=src python benchmarks/bench_sync_container.py [--mb 200] [--dir DIR]
                                                             [--presets usb,email,whatsapp]

Half the stream is records (client-like rows as JSON), half attachments of 1 MB of
incompressible bytes. For each preset it prints the write time and MB/s (input bytes per
second, the Argon2id key derivation included and also shown alone), the files and their
sizes; then open (hashes + authenticating every part), streaming every record and reading
every attachment (re-hashed). Peak memory is measured in a second pass under tracemalloc
(Python allocations, which include every buffer the container holds) and as the process's
maximum resident size. Prints figures; asserts nothing (speed is not a test).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import shutil
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Iterator
from pathlib import Path

from rumahsinggah.sync import container
from rumahsinggah.sync.container import PART_PRESETS, open_bundle, write_bundle

PASS = "kata-sandi-benchmark"
ATTACHMENT = 1_000_000
SYLLABLES = ["ba", "di", "su", "ri", "ya", "nto", "wa", "ti", "ko", "har", "sa", "ni", "mat"]


def _name(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title()
                    for _ in range(rng.randint(1, 3)))


def _pool(rng: random.Random, n: int = 2000) -> list[dict]:
    return [{
        "created_at": "2026-12-02T08:00:00+00:00", "updated_at": "2026-12-02T08:00:00+00:00",
        "created_by": str(uuid.UUID(int=7)), "updated_by": None, "site_id": "meja-2",
        "deleted_at": None, "full_name": _name(rng), "nickname": "",
        "nik": str(rng.randrange(10**15, 10**16)), "kk_number": None, "sex": rng.choice("LP"),
        "birth_date": "1990-01-01", "birth_date_estimated": False,
        "birth_place": "Banjarmasin", "religion": "Islam",
        "address": f"Jl. {_name(rng)} No. {rng.randint(1, 200)}", "village": _name(rng),
        "district": _name(rng), "regency": "Kota Banjarmasin", "province": "Kalimantan Selatan",
        "physical_description": "", "photo_attachment_id": None, "pmks_category": "gelandangan",
        "notes": " ".join(_name(rng) for _ in range(rng.randint(0, 12))),
    } for _ in range(n)]


def records(total_bytes: int) -> Iterator[tuple[str, dict]]:
    """Client-like rows (about 650 B of JSON each) until ``total_bytes`` were produced; a
    pool of 2,000 varied rows with fresh ids, so generating them costs little."""
    rng = random.Random(1)
    pool = _pool(rng)
    produced = 0
    i = 0
    while produced < total_bytes:
        row = pool[i % len(pool)] | {"id": str(uuid.UUID(int=rng.getrandbits(128))),
                                     "change_stamp": 1_780_000_000_000_000 + i}
        produced += 660  # measured mean; the exact figure is printed from a dry run
        i += 1
        yield "client", row


def _content(i: int) -> bytes:
    return random.Random(1000 + i).randbytes(ATTACHMENT)


def attachment_list(count: int) -> list[tuple[str, object]]:
    return [(hashlib.sha256(_content(i)).hexdigest(), (lambda i=i: _content(i)))
            for i in range(count)]


def _mb(n: int) -> float:
    return n / 1_000_000


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(folder: Path, preset: str, record_bytes: int, files: list, *, traced: bool) -> dict:
    out = folder / preset
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    if traced:
        tracemalloc.start()
    t = time.perf_counter()
    paths = write_bundle(out / "paket.rssync", PASS, {"preset": preset},
                         records(record_bytes), iter(files), part_size=PART_PRESETS[preset])
    write_s = time.perf_counter() - t
    write_peak = tracemalloc.get_traced_memory()[1] if traced else 0
    if traced:
        tracemalloc.reset_peak()
    t = time.perf_counter()
    bundle = open_bundle(paths, PASS)
    open_s = time.perf_counter() - t
    t = time.perf_counter()
    rows = sum(1 for _ in bundle.records())
    records_s = time.perf_counter() - t
    t = time.perf_counter()
    for sha in bundle.attachment_hashes():
        bundle.attachment(sha)
    attach_s = time.perf_counter() - t
    read_peak = tracemalloc.get_traced_memory()[1] if traced else 0
    if traced:
        tracemalloc.stop()
    return {"paths": paths, "write_s": write_s, "open_s": open_s, "records_s": records_s,
            "attach_s": attach_s, "rows": rows, "write_peak": write_peak,
            "read_peak": read_peak}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200, help="size of the stream in MB")
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--presets", default="usb,email,whatsapp")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench-sync-"))
    half = args.mb * 1_000_000 // 2
    files = attachment_list(half // ATTACHMENT)
    t = time.perf_counter()
    record_json = sum(len(container._json_bytes(list(r))) + 1 for r in records(half))
    dry_s = time.perf_counter() - t
    total = record_json + len(files) * ATTACHMENT
    salt = b"\0" * 16
    t = time.perf_counter()
    container._kdf(PASS, salt, container.FORMAT_VERSION)
    kdf_s = time.perf_counter() - t
    print(f"stream: {_mb(record_json):.0f} MB of records as JSON + {len(files)} attachments "
          f"of 1 MB = {_mb(total):.0f} MB; Argon2id key derivation {kdf_s:.2f} s "
          f"(costs {container.KDF_COSTS[container.FORMAT_VERSION]}); generating and encoding "
          f"the rows alone {dry_s:.2f} s")
    for preset in args.presets.split(","):
        r = run(folder, preset, half, files, traced=False)
        sizes = [p.stat().st_size for p in r["paths"]]
        read_s = r["open_s"] + r["records_s"] + r["attach_s"]
        print(f"\n[{preset}] part size {PART_PRESETS[preset] or 'one file'}: "
              f"{len(sizes)} file(s), {_mb(sum(sizes)):.1f} MB in all; largest "
              f"{_mb(max(sizes)):.2f} MB, part 1 {_mb(sizes[0]):.2f} MB")
        if len(sizes) > 1:
            print("  parts (MB): " + ", ".join(f"{_mb(s):.1f}" for s in sizes))
        print(f"  write {r['write_s']:.2f} s = {_mb(total) / r['write_s']:.0f} MB/s")
        print(f"  read  {read_s:.2f} s = {_mb(total) / read_s:.0f} MB/s (open + authenticate "
              f"{r['open_s']:.2f} s, {r['rows']:,} records {r['records_s']:.2f} s = "
              f"{r['rows'] / r['records_s']:,.0f} rows/s, attachments {r['attach_s']:.2f} s)")
        m = run(folder, preset, half, files, traced=True)
        print(f"  peak Python memory (tracemalloc): write {_mb(m['write_peak']):.1f} MB, "
              f"read {_mb(m['read_peak']):.1f} MB; process max RSS so far {_rss_mb():.0f} MB")
        shutil.rmtree(folder / preset, ignore_errors=True)
    if args.dir is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
