"""Exports of the monthly recap: XLSX, PDF under the issuing office's letterhead, JSON.

Contract:
- ``export_bytes(store, actor, recap, kind) -> bytes`` with kind ``xlsx`` / ``pdf`` / ``json``.
- ``export_file(store, actor, recap, path) -> path``: the kind from the file's suffix; the file
  is written whole (a temporary file renamed over it) so a cut never leaves half a workbook.
The PDF goes out under the office that issues the first facility's letters (the store's
default office when it names none), signed by its Kepala Bidang, dated today in its city.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import local_today, zone_info
from rumahsinggah.documents.indonesian import tanggal
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.services.recap import MonthlyRecap
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Facility

KINDS = {".xlsx": "xlsx", ".pdf": "pdf", ".json": "json"}


def _office(session, recap: MonthlyRecap):
    import uuid

    from rumahsinggah.services.settings import office_for_facility

    facility = session.get(Facility, uuid.UUID(recap.issuing_facility_id)) \
        if recap.issuing_facility_id else None
    return facility, office_for_facility(session, facility).settings


def export_bytes(store, actor: Actor, recap: MonthlyRecap, kind: str) -> bytes:
    if kind == "json":
        return (json.dumps(recap.to_dict(), ensure_ascii=False, indent=2) + "\n").encode()
    if kind not in ("xlsx", "pdf"):
        raise DomainError(_("Rekap dapat disimpan sebagai .xlsx, .pdf atau .json."), field="out")
    with store.session(actor, readonly=True) as s, s.begin():
        permissions.require(s, "report.monthly")
        facility, settings = _office(s, recap)
        office = f"{settings.government} - {settings.agency}".strip(" -")
        if kind == "xlsx":
            from rumahsinggah.documents.recap_xlsx import recap_xlsx

            return recap_xlsx(recap, office)
        from rumahsinggah.documents.layout import Signer
        from rumahsinggah.documents.recap_pdf import recap_pdf
        from rumahsinggah.services.letters import SIGNATORY_DEFAULT_TITLES, _letterhead, signer_from

        head = _letterhead(store, s, settings)  # the same kop surat as the office's letters
        configured = settings.signatory("kepala_bidang")
        default = SIGNATORY_DEFAULT_TITLES["kepala_bidang"]
        signer = signer_from(configured, default) if configured else Signer((default,))
        today = local_today(zone_info(facility.time_zone if facility else None))
        return recap_pdf(recap, head, place_date=f"{settings.city}, {tanggal(today)}",
                         signer=signer, paper=settings.paper_size)


def export_file(store, actor: Actor, recap: MonthlyRecap, path: Path) -> Path:
    path = Path(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise DomainError(_("Akhiran berkas '{value}' tidak dikenal; pakai .xlsx, .pdf atau "
              ".json.").format(value=path.suffix or path.name), field="out")
    data = export_bytes(store, actor, recap, kind)
    if not path.parent.is_dir():
        raise DomainError(_("Folder {parent} tidak ada.").format(parent=path.parent), field="out")
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path
