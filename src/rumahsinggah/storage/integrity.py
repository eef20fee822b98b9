"""``rumahsinggah check``: is the store file intact, and do its rows and attachment files agree?

The check works on a raw connection (:func:`rumahsinggah.storage.engine.connect_raw`), never
through :func:`open_store`: it must be able to examine a damaged file without migrating,
backing up or otherwise writing to it, and a corrupt file yields a finding, not a traceback.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from rumahsinggah.locations import DataPaths
from rumahsinggah.storage.engine import connect_raw

MAX_LISTED = 20  # findings of one kind listed by name; the rest are counted
PART_SUFFIX = ".part"
ORPHANS = "lampiran-yatim"
ORPHAN_GRACE_SECONDS = 15 * 60  # younger orphans may be a save in progress on another desk


def _set_orphans_aside(paths: DataPaths, orphans: list[str]) -> tuple[list[str], list[str]]:
    """Move orphan attachment files older than the grace period into backups/lampiran-yatim."""
    import os

    now = time.time()
    moved, recent = [], []
    for rel in orphans:
        source = paths.attachments / rel
        try:
            if now - source.stat().st_mtime < ORPHAN_GRACE_SECONDS:
                recent.append(rel)
                continue
            target = paths.backups / ORPHANS / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
            moved.append(rel)
        except OSError:
            recent.append(rel)
    return moved, recent


@dataclass(frozen=True)
class Finding:
    """One problem (``severe``) or remark found by the check, in Indonesian."""

    kind: str  # integritas, kunci_asing, lampiran_hilang, lampiran_yatim, checksum, sementara
    message: str
    severe: bool = True


@dataclass
class IntegrityReport:
    database: Path
    findings: list[Finding] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)  # what was checked and found fine
    attachments_checked: int = 0
    seconds: float = 0.0

    @property
    def healthy(self) -> bool:
        return not any(f.severe for f in self.findings)

    def add(self, kind: str, message: str, *, severe: bool = True) -> None:
        self.findings.append(Finding(kind, message, severe))

    def render(self) -> str:
        """A readable Indonesian report for the console."""
        lines = [f"Pemeriksaan basis data: {self.database}"]
        lines += [f"  [OK] {text}" for text in self.checked]
        severe = [f for f in self.findings if f.severe]
        notes = [f for f in self.findings if not f.severe]
        lines += [f"  [MASALAH] {f.message}" for f in severe]
        lines += [f"  [CATATAN] {f.message}" for f in notes]
        if self.healthy:
            lines.append(f"Hasil: basis data sehat ({self.seconds:.1f} detik).")
        else:
            lines.append(
                f"Hasil: ditemukan {len(severe)} masalah. Jangan ubah data dulu; buat salinan "
                "folder data, lalu pulihkan dari cadangan terakhir yang sehat dengan "
                "'rumahsinggah restore BERKAS', atau hubungi administrator."
            )
        return "\n".join(lines)


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:MAX_LISTED])
    more = len(items) - MAX_LISTED
    return shown + (f", dan {more} lainnya" if more > 0 else "")


def check_store(
    paths: DataPaths, key: bytes | None = None, *, checksums: bool = False
) -> IntegrityReport:
    """Check the store under ``paths``; never raises for a damaged or foreign file."""
    started = time.perf_counter()
    report = IntegrityReport(paths.database)
    try:
        if paths.on_server:
            _check_server(paths, key, checksums, report)
        else:
            _check(paths, key, checksums, report)
    finally:
        report.seconds = time.perf_counter() - started
    return report


def _check(paths: DataPaths, key: bytes | None, checksums: bool, report: IntegrityReport) -> None:
    database = paths.database
    if not database.is_file() or database.stat().st_size == 0:
        report.add("integritas", f"Berkas basis data {database} tidak ditemukan atau kosong.")
        return
    try:
        conn = connect_raw(database, key)
    except Exception as exc:  # the driver raises DatabaseError for a non-database file
        report.add("integritas", _unreadable(database, exc))
        return
    try:
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(100)")]
        except Exception as exc:
            # Damage bad enough to stop the check itself; the other checks may still work.
            problems = []
            report.add("integritas", _unreadable(database, exc))
        if problems == ["ok"]:
            report.checked.append("Struktur berkas SQLite utuh (integrity_check).")
        elif problems:
            report.add(
                "integritas",
                f"Struktur berkas SQLite rusak ({len(problems)} temuan, contoh: "
                f"{'; '.join(problems[:3])}).",
            )
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except Exception as exc:
            report.add("integritas", _unreadable(database, exc))
            return
        if "alembic_version" not in tables:
            report.add("integritas", f"Berkas {database.name} bukan basis data Rumah Singgah.")
            return
        _foreign_keys(conn, report)
        if "attachment" in tables:
            _attachments(conn, paths, key, checksums, report)
        _audit_chain(conn, report)
    finally:
        conn.close()


def _check_server(paths, key: bytes | None, checksums: bool, report: IntegrityReport) -> None:
    """A server store: the server keeps its pages and references sound itself; what is
    ours to check is the audit chain and that every attachment row has its content."""
    import hashlib as _hashlib

    from rumahsinggah.storage import server
    from rumahsinggah.storage.attachments import CONTENT_TABLE, _open

    try:
        conn = server.connect_raw(paths.url)
    except Exception as exc:
        report.add("integritas", str(exc))
        return
    with conn:
        report.checked.append("Relasi antartabel dijaga oleh server PostgreSQL.")
        rows = conn.execute(
            f"SELECT a.stored_name, a.filename, a.sha256, c.sealed IS NOT NULL, "
            f"{'c.sealed' if checksums else 'NULL'} FROM attachment a LEFT JOIN "
            f"{CONTENT_TABLE} c ON c.stored_name = a.stored_name "
            "WHERE a.deleted_at IS NULL").fetchall()
        report.attachments_checked = len(rows)
        missing = [f"{filename} ({stored})" for stored, filename, _s, present, _b in rows
                   if not present]
        if missing:
            report.add("lampiran_hilang", f"Isi lampiran tidak ada di server: {_listed(missing)}.")
        if checksums:
            bad = []
            for stored, filename, sha, present, blob in rows:
                if not present:
                    continue
                try:
                    ok = _hashlib.sha256(_open(key, stored, bytes(blob))).hexdigest() == sha
                except Exception:
                    ok = False
                if not ok:
                    bad.append(filename)
            if bad:
                report.add("checksum", f"Isi lampiran rusak: {_listed(bad)}.")
        if not missing:
            report.checked.append(f"Semua {len(rows)} lampiran ada isinya di server.")
        _audit_chain(_ServerCursor(conn), report, postgres=True)


class _ServerCursor:
    """``execute(sql, params)`` with SQLite's ``?`` placeholders over a psycopg connection."""

    postgres = True

    def __init__(self, conn) -> None:
        self._conn = conn

    def execute(self, sql: str, params: tuple = ()):
        return self._conn.execute(sql.replace("?", "%s"), params)


def _audit_chain(conn, report: IntegrityReport, *, postgres: bool = False) -> None:
    from rumahsinggah.storage import audit_chain

    try:
        columns = {"chain_seq"} if postgres else {
            r[1] for r in conn.execute("PRAGMA table_info(audit_event)")}
        if "chain_seq" not in columns:
            return  # a store not yet migrated: it gets its chain when next opened
        result = audit_chain.verify(conn)
    except Exception as exc:
        report.add("jejak_audit", f"Jejak audit tidak dapat diperiksa: {exc}.")
        return
    for problem in result.problems or []:
        report.add("jejak_audit", problem + " Laporkan kepada kepala rumah singgah; salinan "
                   "kepala rantai ada di setiap cadangan dan paket sinkronisasi.")
    if not result.problems:
        report.checked.append(
            f"Jejak audit utuh: {result.checked} peristiwa, rantai hash tidak terputus.")


def _unreadable(database: Path, exc: Exception) -> str:
    reason = str(exc).lower()
    if "not a database" in reason or "encrypted" in reason:
        what = "bukan basis data yang dapat dibaca (rusak, bukan milik Rumah Singgah, atau kuncinya salah)"
    elif "malformed" in reason or "corrupt" in reason:
        what = "rusak (database disk image is malformed)"
    elif "locked" in reason or "busy" in reason:
        what = "sedang dikunci program lain; tutup program tersebut lalu periksa lagi"
    else:
        what = f"tidak dapat dibaca ({exc})"
    return f"Berkas {database.name} {what}."


def _foreign_keys(conn, report: IntegrityReport) -> None:
    try:
        rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    except Exception as exc:
        report.add("kunci_asing", f"Pemeriksaan relasi antar-tabel gagal: {exc}.")
        return
    if not rows:
        report.checked.append("Semua relasi antar-tabel (foreign key) sesuai.")
        return
    counts: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fkid in rows:
        counts[(table, parent)] = counts.get((table, parent), 0) + 1
    for (table, parent), n in sorted(counts.items()):
        report.add(
            "kunci_asing",
            f"{n} baris di tabel '{table}' merujuk ke data '{parent}' yang tidak ada.",
        )


def _attachments(conn, paths: DataPaths, key, checksums: bool, report: IntegrityReport) -> None:
    from rumahsinggah.storage.attachments import _open  # decryption lives with the writer

    try:
        rows = conn.execute(
            "SELECT stored_name, filename, sha256 FROM attachment ORDER BY stored_name"
        ).fetchall()
    except Exception as exc:
        report.add("lampiran_hilang", f"Tabel lampiran tidak dapat dibaca: {exc}.")
        return
    folder = paths.attachments
    known = {stored for stored, _f, _s in rows}
    missing = [f"{name} ({stored})" for stored, name, _s in rows if not (folder / stored).is_file()]
    report.attachments_checked = len(rows)
    if missing:
        report.add(
            "lampiran_hilang",
            f"{len(missing)} berkas lampiran tercatat tetapi berkasnya tidak ada: {_listed(missing)}.",
        )
    orphans, partial = [], []
    if folder.is_dir():
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            rel = path.relative_to(folder).as_posix()
            if path.name.endswith(PART_SUFFIX):
                partial.append(rel)
            elif rel not in known:
                orphans.append(rel)
    if orphans:
        moved, recent = _set_orphans_aside(paths, orphans)
        if moved:
            # A file written for a save that was then rolled back (or cut off by a crash):
            # harmless, no record refers to it. Kept aside, not deleted, in case.
            report.add(
                "lampiran_yatim",
                f"{len(moved)} berkas di folder lampiran tidak tercatat di basis data "
                f"(sisa penyimpanan yang dibatalkan, tidak berbahaya): {_listed(moved)}. "
                f"Dipindahkan ke {paths.backups / ORPHANS}; tidak perlu pemulihan.",
                severe=False,
            )
        if recent:
            report.add(
                "lampiran_yatim",
                f"{len(recent)} berkas lampiran baru tidak tercatat di basis data: "
                f"{_listed(recent)}. Mungkin sedang disimpan oleh meja lain; periksa lagi nanti.",
                severe=False,
            )
    if partial:
        # A write interrupted by a crash or power cut leaves its temporary file behind;
        # harmless, reported so an administrator can remove it.
        report.add(
            "sementara",
            f"{len(partial)} berkas sementara (.part) sisa penyimpanan yang terputus: "
            f"{_listed(partial)}. Aman dihapus bila aplikasi tidak sedang berjalan.",
            severe=False,
        )
    if not missing:
        report.checked.append(
            f"{len(rows)} lampiran tercatat, semua berkasnya ada." if rows
            else "Belum ada lampiran; folder lampiran tidak berisi berkas lain."
        )
    if checksums:
        bad = []
        for stored, name, sha in rows:
            path = folder / stored
            if not sha or not path.is_file():
                continue
            try:
                data = _open(key, stored, path.read_bytes())
            except Exception:
                bad.append(f"{name} ({stored})")
                continue
            if hashlib.sha256(data).hexdigest() != sha:
                bad.append(f"{name} ({stored})")
        if bad:
            report.add(
                "checksum",
                f"{len(bad)} berkas lampiran isinya berbeda dari saat disimpan: {_listed(bad)}.",
            )
        else:
            report.checked.append("Isi semua lampiran cocok dengan checksum-nya.")
