"""Sync between desks: export what a partner lacks to a bundle, import a partner's bundle.

The file format is :mod:`rumahsinggah.sync.container`'s; what rows go out and how they merge is
:mod:`rumahsinggah.sync.merge`'s; this module wires the two together with the desks' state.

**What goes out.** Every row changed on this desk (by an officer here or by an import) carries
this desk's change stamp. An export to partner P carries every row changed after the stamp P
last acknowledged (``acked_seq``); acknowledgements (receipts) travel back inside P's bundles.
So a bundle that was lost is covered by the next one, and rows from a third desk are relayed
(they were changed here when they arrived). Bundles to P are numbered; P names the ones it has
not received ("paket ke-3 dari meja B belum diterima").

**Import** is one transaction: the manifest is checked (this shelter's store, not our own
bundle, a known schema), every row is validated and its references resolved in a first pass
over the records, then merged in a second pass; attachment files are staged and appear only
after the commit. The clock advances past every stamp seen, and a partner clock far from ours
is warned about.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from rumahsinggah.core.errors import DomainError
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.storage import attachments, audit_chain, schema_version
from rumahsinggah.storage.audit import Actor, record_event
from rumahsinggah.storage.models import Attachment, Desk, LocalState, SyncPartner
from rumahsinggah.sync import desk as desks
from rumahsinggah.sync import merge
from rumahsinggah.sync.container import (
    MIN_PASSPHRASE,
    PART_PRESETS,
    BundleError,
    open_bundle,
    write_bundle,
)

__all__ = [
    "MIN_PASSPHRASE", "PART_PRESETS", "ExportSummary", "ImportSummary", "export_bundle",
    "import_bundle", "BundleError",
]

FORMAT = "rumahsinggah-sync"
MANIFEST_VERSION = 2
CLOCK_TOLERANCE_US = 5 * 60 * 1_000_000  # five minutes
SUFFIX = ".rssync"


@dataclass
class ExportSummary:
    paths: list[Path]
    rows: int
    attachments: int
    audit_events: int
    number: int
    partner: str
    since: int
    up_to: int

    @property
    def path(self) -> Path:
        return self.paths[0]


@dataclass
class ImportSummary:
    origin_site: str = ""
    origin_code: str = ""
    number: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    audit_events: int = 0
    attachments: int = 0
    attachments_missing: int = 0
    renamed_cases: list[tuple[str, str]] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    per_table: dict[str, list[int]] = field(default_factory=dict)


def _record_count(session: Session, since: int) -> tuple[int, int]:
    rows = 0
    for table in merge.synced_tables():
        rows += session.execute(
            select(func.count()).select_from(table).where(table.c.change_stamp > since)
        ).scalar_one()
    from rumahsinggah.storage.models import AuditEvent

    audit = session.execute(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.change_stamp > since)
    ).scalar_one()
    return rows, audit


def receipts(session: Session) -> dict[str, int]:
    """What this desk holds of each partner's changes, without a gap (travels back)."""
    return {p.desk_id: p.have_seq for p in session.exec(select(SyncPartner)).scalars()}


def build_manifest(store: Any, session: Session, *, kind: str, to: str | None, number: int,
                   since: int, up_to: int) -> dict[str, Any]:
    ident = desks.identity(session)
    return {
        "format": FORMAT, "version": MANIFEST_VERSION, "kind": kind,
        "schema": schema_version.HEAD_REVISION,
        "store_id": ident.store_id, "store_name": ident.store_name,
        "origin": store.site_id, "origin_code": ident.desk_code,
        "to": to, "number": number, "seq_from": since, "seq_to": up_to,
        "receipts": receipts(session),
        "clock": {"wall_us": store.clock.wall(), "hlc_us": store.clock.last},
        "created_at": datetime.now(UTC).isoformat(),
    }


def _attachment_sources(store: Any, session: Session, since: int):
    for sha, stored in merge.attachment_rows(session, since):
        ref = Attachment(stored_name=stored, sha256=sha, filename=stored, kind="")

        def read(ref: Attachment = ref) -> bytes:
            return attachments.read_bytes(store, ref)

        yield sha, read


def export_bundle(
    store: Any,
    actor: Actor,
    dest: Path,
    passphrase: str,
    *,
    partner: str | None = None,
    everything: bool = False,
    part_size: int | None = None,
) -> ExportSummary:
    """Write for ``partner`` (a desk id or code) what it has not acknowledged, or everything.

    One transaction: the bundle is a consistent snapshot, and the partner's bundle number is
    kept only if the file was written.
    """
    if len(passphrase) < MIN_PASSPHRASE:
        raise DomainError(
            _("Kata sandi paket sinkronisasi minimal {MIN_PASSPHRASE} karakter.").format(MIN_PASSPHRASE=MIN_PASSPHRASE), field="passphrase"
        )
    desks.require_joined(store)
    with store.write(actor) as s:
        permissions.require(s, "sync.export")
        target = desks.find_partner(s, partner) if partner else None
        if partner and target is None:
            raise DomainError(_("Meja {partner} tidak dikenal. Lihat 'rumahsinggah desk list'.").format(partner=partner),
                              field="partner")
        since = 0 if (everything or target is None) else target.acked_seq
        up_to = store.clock.next()
        number = (target.sent_no + 1) if target is not None else 0
        rows, audit = _record_count(s, since)
        manifest = build_manifest(store, s, kind="sync", to=target.desk_id if target else None,
                                  number=number, since=since, up_to=up_to)
        manifest["counts"] = {"rows": rows, "audit_events": audit}
        # The heads of the audit chains: a head office can compare them with the events it
        # holds and see a rewritten history (storage.audit_chain).
        manifest["audit_heads"] = audit_chain.head(s)
        sources = list(_attachment_sources(store, s, since))
        paths = write_bundle(dest, passphrase, manifest, merge.export_records(s, since),
                             sources, part_size=part_size)
        if target is not None:
            target.sent_no = number
            target.last_sent_at = datetime.now(UTC)
            target.last_sent_file = dest.name[:255]
            s.add(target)
        record_event(s, "sync_export", details={
            "file": dest.name, "to": manifest["to"], "number": number, "rows": rows,
            "since": since, "up_to": up_to, "parts": len(paths)})
    return ExportSummary(paths, rows, len(sources), audit, number,
                         target.code if target else "", since, up_to)


def _check_manifest(store: Any, session: Session, manifest: Any) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("Paket ini bukan paket sinkronisasi Rumah Singgah.",
                          reason="not_bundle")
    if not isinstance(manifest.get("version"), int) or manifest["version"] > MANIFEST_VERSION:
        raise BundleError("Paket ini dibuat oleh versi Rumah Singgah yang lebih baru. Perbarui "
                          "aplikasi terlebih dahulu.", reason="version")
    if not schema_version.is_known(str(manifest.get("schema"))):
        raise BundleError("Paket ini memakai susunan data yang lebih baru dari meja ini. "
                          "Perbarui aplikasi terlebih dahulu.", reason="version")
    for key, kind in (("origin", str), ("store_id", str), ("number", int), ("seq_from", int),
                      ("seq_to", int), ("receipts", dict), ("clock", dict)):
        if not isinstance(manifest.get(key), kind) or isinstance(manifest.get(key), bool):
            raise BundleError(f"Manifes paket tidak sah ({key}).", reason="invalid")
    ident = desks.identity(session)
    if manifest["origin"] == store.site_id:
        raise DomainError(_("Paket ini dibuat oleh meja ini sendiri; tidak perlu diimpor."))
    if ident.head_office and manifest["store_id"] != ident.store_id:
        from rumahsinggah.services import head_office

        head_office.check_bundle(session, manifest)  # only the shelters it named
    elif manifest["store_id"] != ident.store_id:
        name = str(manifest.get("store_name") or manifest["store_id"])[:120]
        raise DomainError(
            _("Paket ini berasal dari basis data lain ({name}), bukan dari meja-meja "
                  "{value}. Paket tidak diimpor. Kantor pusat yang menerima paket dari "
                  "beberapa shelter menyalakan 'rumahsinggah desk head-office on'.").format(name=name, value=ident.store_name or 'shelter ini'))
    return manifest


def _clock_warnings(manifest: dict[str, Any], code: str, now_us: int) -> list[str]:
    clock = manifest["clock"]
    wall, hlc = clock.get("wall_us"), clock.get("hlc_us")
    out = []
    if isinstance(wall, int) and wall - now_us > CLOCK_TOLERANCE_US:
        minutes = (wall - now_us) // 60_000_000
        out.append(f"Jam meja {code} sekitar {minutes} menit lebih cepat dari jam meja ini (atau "
                   "jam meja ini terlambat). Periksa tanggal dan jam kedua komputer.")
    if isinstance(wall, int) and isinstance(hlc, int) and hlc - wall > CLOCK_TOLERANCE_US:
        minutes = (hlc - wall) // 60_000_000
        out.append(f"Jam meja {code} sekitar {minutes} menit terlambat dibanding meja lain. "
                   "Perubahan tetap digabungkan tanpa ada yang hilang; periksa jam komputer itu.")
    return out


def _note_received(session: Session, manifest: dict[str, Any], file: str,
                   summary: ImportSummary) -> None:
    """The partner's bundle numbers and coverage; gaps named; its receipt of ours kept."""
    origin = manifest["origin"]
    partner = session.get(SyncPartner, origin) or SyncPartner(desk_id=origin)
    partner.code = str(manifest.get("origin_code") or partner.code)[:8]
    number = manifest["number"]
    if manifest.get("to") in (None, session.info.get("site_id")) and number > 0:
        nos = sorted(set(partner.received_nos) | {number})
        partner.received_nos = nos
        missing = [n for n in range(1, max(nos)) if n not in nos]
        covered = manifest["seq_from"] <= partner.have_seq
        for n in missing:
            note = (f" (isinya sudah tercakup paket ke-{number})" if covered else "")
            summary.gaps.append(f"Paket ke-{n} dari meja {partner.code} belum diterima{note}.")
    if manifest["seq_from"] <= partner.have_seq:
        partner.have_seq = max(partner.have_seq, manifest["seq_to"])
    elif not summary.gaps:
        summary.gaps.append(
            f"Ada perubahan meja {partner.code} yang belum diterima (paket sebelumnya hilang?). "
            "Paket berikutnya dari meja itu akan membawanya kembali.")
    ours = manifest["receipts"].get(session.info.get("site_id"))
    if isinstance(ours, int) and not isinstance(ours, bool):
        partner.acked_seq = max(partner.acked_seq, ours)
    partner.last_received_at = datetime.now(UTC)
    partner.last_received_file = file[:255]
    partner.clock_note = " ".join(summary.warnings)[:200]
    session.add(partner)


def _stage_files(store: Any, session: Session, opened, rows: list[tuple[str, str]],
                 summary: ImportSummary) -> None:
    have = opened.attachment_hashes()
    for sha, stored in rows:
        if attachments.has_content(store, session, stored):
            continue
        if sha in have:
            attachments.stage_incoming(store, session, sha, opened.attachment(sha), stored)
            summary.attachments += 1
        else:
            summary.attachments_missing += 1


def _files_wanted(session: Session, opened, new: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """New attachment rows, and rows that came earlier without their file (a late part)."""
    hashes = opened.attachment_hashes()
    wanted = dict((stored, sha) for sha, stored in new)
    if hashes:
        for sha, stored in session.execute(
            select(Attachment.sha256, Attachment.stored_name)
            .where(Attachment.sha256.in_(list(hashes)))
        ).all():
            wanted.setdefault(stored, sha)
    return sorted((sha, stored) for stored, sha in wanted.items())


@contextlib.contextmanager
def _few_collections():
    """While a bundle is merged: the objects alive before it are set aside (``gc.freeze``)
    and the youngest generation collected every 50,000 allocations, not 700. An import makes
    millions of short-lived, acyclic objects; the collector's passes over them were a fifth
    of its CPU time. Cycles are still collected, so memory stays bounded."""
    import gc

    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def import_bundle(store: Any, actor: Actor, paths: Path | Sequence[Path],
                  passphrase: str) -> ImportSummary:
    """Merge a partner's bundle (one file or its parts) in one transaction; all or nothing."""
    desks.require_joined(store)
    if isinstance(paths, Path | str):
        paths = [Path(paths)]
    paths = [Path(p) for p in paths]
    summary = ImportSummary()
    opened = open_bundle(paths, passphrase)
    try:
        with _few_collections(), store.write(actor) as s:
            permissions.require(s, "sync.import")
            manifest = _check_manifest(store, s, opened.manifest)
            if manifest.get("kind") != "sync":
                raise DomainError(_("Paket ini paket bergabung meja baru; gunakan "
                                  "'rumahsinggah desk join'."))
            summary.origin_site = manifest["origin"]
            summary.origin_code = str(manifest.get("origin_code") or "")
            summary.number = manifest["number"]
            done_key = f"imported:{opened.bundle_id}"[:60]
            if s.get(LocalState, done_key) is not None:
                # This very bundle was imported whole before: nothing in it can be new.
                summary.unchanged = opened.record_count
                summary.warnings.append("Paket ini sudah pernah diimpor; tidak ada yang berubah.")
                return summary
            result = merge.merge_records(
                s, opened.records, store.clock,
                floor=int(manifest["clock"].get("hlc_us") or 0))
            _stage_files(store, s, opened, _files_wanted(s, opened, result.new_attachments),
                         summary)
            for name in ("inserted", "updated", "unchanged", "conflicts", "audit_events",
                         "renamed_cases", "per_table"):
                setattr(summary, name, getattr(result, name))
            summary.warnings = _clock_warnings(manifest, summary.origin_code or
                                               summary.origin_site, store.clock.wall())
            _note_received(s, manifest, paths[0].name, summary)
            if desks.identity(s).head_office:
                from rumahsinggah.services import head_office

                head_office.note_bundle(s, manifest)
            if not opened.missing_parts:
                s.add(LocalState(key=done_key, value=datetime.now(UTC).isoformat()))
            if opened.missing_parts:
                summary.gaps.append(
                    "Bagian paket " + ", ".join(map(str, opened.missing_parts)) + " belum "
                    "dipilih: lampirannya menyusul saat bagian itu diimpor.")
            record_event(s, "sync_import", details={
                "file": paths[0].name, "origin_site": summary.origin_site,
                "number": summary.number, "inserted": summary.inserted,
                "updated": summary.updated, "conflicts": summary.conflicts,
                "renamed_cases": summary.renamed_cases, "gaps": summary.gaps,
                "warnings": summary.warnings,
                "audit_heads": manifest.get("audit_heads") or {}})
    finally:
        opened.close()
    return summary


def new_bundle_name(folder: Path, store_code: str, desk_code: str, partner_code: str) -> Path:
    """A readable file name for a bundle: ``paket-BJM-A-ke-B-20261202-1830.rssync``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    to = f"-ke-{partner_code}" if partner_code else ""
    return folder / f"paket-{store_code}-{desk_code}{to}-{stamp}{SUFFIX}"


def list_desks(session: Session) -> list[dict[str, Any]]:
    """Every desk of this store known here, with the last bundle received from and sent to."""
    ident = desks.identity(session)
    partners = {p.desk_id: p for p in session.exec(select(SyncPartner)).scalars()}
    out = []
    for d in session.exec(select(Desk).order_by(Desk.code)).scalars():
        p = partners.pop(d.desk_id, None)
        out.append(_desk_line(d.desk_id, d.code, d.name, p, d.desk_id == ident.site_id))
    for p in partners.values():
        out.append(_desk_line(p.desk_id, p.code, "", p, False))
    return out


def _desk_line(desk_id: str, code: str, name: str, p: SyncPartner | None, me: bool) -> dict:
    return {
        "desk_id": desk_id, "code": code, "name": name, "this_desk": me,
        "last_received_at": p.last_received_at if p else None,
        "last_received_file": p.last_received_file if p else "",
        "received": max(p.received_nos) if p and p.received_nos else 0,
        "last_sent_at": p.last_sent_at if p else None,
        "last_sent_file": p.last_sent_file if p else "",
        "sent": p.sent_no if p else 0,
        "acked_seq": p.acked_seq if p else 0,
        "clock_note": p.clock_note if p else "",
    }
