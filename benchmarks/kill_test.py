"""The kill test: SIGKILL a desk at random moments; nothing committed may be lost (issue 12).

    PYTHONPATH=src python benchmarks/kill_test.py [--kills 200] [--seed 12]

A child process signs in to an encrypted store and repeats one of five operations, printing
each write as soon as it is committed; the parent kills it with SIGKILL at a random moment
and then, as the next desk would, signs in (which finishes an interrupted restore or key
rotation), and checks:

* every write the child reported committed is there (a loss otherwise);
* a sync import is all or nothing (the bundle's clients all present or none);
* ``check`` finds no severe problem (integrity, attachments, the audit chain) and every
  attachment reads back whole.

Operations: writes (clients with attachments), backup (stand-alone archives), restore (of an
archive taken just before, so no committed write predates it), import (a sync bundle from
another desk) and re-keying (rotating the store key: database, attachments, key file).
Prints kills, committed writes checked and losses (goal: 0). Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

OPERATIONS = ("write", "backup", "restore", "import", "rekey")
PASSWORD = "sandi-kepala-1"
PASSPHRASE = "paket-rahasia-panjang-1"


def _fast():
    from rumahsinggah.storage.keys import KdfParams

    return KdfParams(memory_kib=64, iterations=1, parallelism=1)


def _setup_store(root: Path, code: str):
    from rumahsinggah.locations import DataPaths
    from rumahsinggah.services import store_setup

    paths = DataPaths(root)
    signed, _recovery = store_setup.setup(
        paths, facility_name=f"Rumah Singgah {code}", facility_code=code,
        facility_kind="rumah_singgah", admin_username="kepala", admin_full_name="Kepala",
        admin_password=PASSWORD, _kdf=_fast())
    return paths, signed


def _client(store, actor, name: str, with_file: bool) -> None:
    from rumahsinggah.storage import attachments
    from rumahsinggah.storage.models import Client

    with store.write(actor) as s:
        c = Client(full_name=name, sex="L")
        s.add(c)
        s.flush()
        if with_file:
            attachments.save_bytes(store, s, (name + "\n").encode() * 2000,
                                   filename="scan.txt", kind="dokumen", client_id=c.id)


# ---- the child --------------------------------------------------------------------------


def child(mode: str, root: str, bundle: str) -> None:
    from rumahsinggah.locations import DataPaths
    from rumahsinggah.services import signin, store_setup
    from rumahsinggah.storage import archive

    paths = DataPaths(Path(root))
    signed = signin.sign_in(paths, "kepala", PASSWORD)
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        if mode == "write":
            name = f"W-{uuid.uuid4().hex[:12]}"
            _client(signed.store, signed.actor, name, with_file=n % 3 == 0)
            print("COMMITTED", name, flush=True)
        elif mode == "backup":
            archive.write_archive(paths, paths.backups / f"kill-{n % 3}.rsbak", signed.store.key)
        elif mode == "restore":
            made = archive.write_archive(paths, paths.root.parent / "pulih.rsbak",
                                         signed.store.key)
            signed.store.close()
            store_setup.restore_backup(paths, made, username="kepala", password=PASSWORD)
            signed = signin.sign_in(paths, "kepala", PASSWORD)
        elif mode == "import":
            from rumahsinggah.sync.bundle import import_bundle

            import_bundle(signed.store, signed.actor, Path(bundle), PASSPHRASE)
            print("IMPORTED", flush=True)
        elif mode == "rekey":
            store_setup.rotate_key(signed.store, signed.actor)


# ---- the parent -------------------------------------------------------------------------


def _state(paths):
    """Sign in as the next desk would; names of clients, attachments ok, severe findings."""
    from sqlmodel import select

    from rumahsinggah.services import signin
    from rumahsinggah.storage import attachments, integrity
    from rumahsinggah.storage.models import Attachment, Client

    signed = signin.sign_in(paths, "kepala", PASSWORD, daily_backup=False)
    try:
        with signed.store.read() as s:
            names = {c.full_name for c in s.exec(select(Client)).all()}
            bad = 0
            for att in s.exec(select(Attachment)).all():
                try:
                    attachments.read_bytes(signed.store, att)
                except Exception:
                    bad += 1
        key = signed.store.key
    finally:
        signed.store.close()
    report = integrity.check_store(paths, key)
    severe = [f.message for f in report.findings if f.severe]
    return names, bad, severe


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--child", nargs=3, metavar=("MODE", "ROOT", "BUNDLE"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0

    rng = random.Random(args.seed)
    base = Path(tempfile.mkdtemp(prefix="rs-kill-"))
    paths, signed = _setup_store(base / "meja-a", "BJM")
    for n in range(5):
        _client(signed.store, signed.actor, f"Awal {n}", with_file=True)
    from rumahsinggah.sync.desk import set_head_office

    with signed.store.write(signed.actor) as s:  # it receives the other shelter's bundle
        set_head_office(s, True)
    signed.store.close()
    # Another desk's bundle: 30 clients that must arrive all together or not at all.
    other, osigned = _setup_store(base / "meja-b", "MTP")
    bundle_names = {f"Impor {n}" for n in range(30)}
    for name in sorted(bundle_names):
        _client(osigned.store, osigned.actor, name, with_file=False)
    from rumahsinggah.sync.bundle import export_bundle

    bundle = base / "paket.rsync"
    export_bundle(osigned.store, osigned.actor, bundle, PASSPHRASE)
    osigned.store.close()

    committed: set[str] = {f"Awal {n}" for n in range(5)}
    kills = losses = checked = 0
    per_op = dict.fromkeys(OPERATIONS, 0)
    problems: list[str] = []
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    started = time.perf_counter()
    while kills < args.kills:
        mode = OPERATIONS[kills % len(OPERATIONS)]
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", mode, str(paths.root), str(bundle)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        line = proc.stdout.readline()
        if not line.startswith("READY"):
            err = proc.stderr.read()
            proc.wait()
            problems.append(f"{mode}: the desk could not sign in: {err.strip()[-300:]}")
            losses += 1
            kills += 1
            continue
        time.sleep(rng.uniform(0.0, 0.6 if mode == "write" else 1.2))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate()
        kills += 1
        per_op[mode] += 1
        for row in (line + out).splitlines():
            if row.startswith("COMMITTED "):
                committed.add(row.split(" ", 1)[1])
        if "Traceback" in err:
            problems.append(f"{mode}: the child failed before the kill: {err.strip()[-300:]}")
        try:
            names, bad, severe = _state(paths)
        except Exception as exc:  # the store did not open after the kill: that is a loss
            problems.append(f"after a kill during {mode}: {exc}")
            losses += 1
            break
        missing = committed - names
        checked += len(committed)
        imported = bundle_names & names
        if missing:
            losses += len(missing)
            problems.append(f"after {mode}: {len(missing)} committed writes missing")
        if imported and imported != bundle_names:
            losses += 1
            problems.append(f"after {mode}: a partial import ({len(imported)} of 30)")
        if bad:
            losses += bad
            problems.append(f"after {mode}: {bad} attachments unreadable")
        if severe:
            losses += 1
            problems.append(f"after {mode}: check: {severe[0][:200]}")
    seconds = time.perf_counter() - started
    print(f"kills: {kills} ({', '.join(f'{k} {v}' for k, v in per_op.items())})")
    print(f"committed writes: {len(committed)}; committed writes checked (summed over kills): "
          f"{checked}")
    print(f"losses: {losses}")
    for p in problems[:20]:
        print("  -", p)
    print(f"time: {seconds:.0f} s; store left in {base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
