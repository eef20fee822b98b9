"""Case status transitions: which status may follow which, with Indonesian refusals.

Contract: ``change_status(session, stay, new_status)`` validates the move and sets
``status``, ``status_changed_at`` and, for a closing status, ``closed_at``. Workflows call it;
screens may call ``allowed_next(status)`` to enable buttons. A refused move raises DomainError
and changes nothing.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.vocab import CASE_STATUS_LABELS, OPEN_STATUSES, CaseStatus
from rumahsinggah.i18n import _
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Stay

S = CaseStatus
CLOSED_STATUSES = (S.DIRUJUK, S.RUJUK_KESEHATAN, S.DITOLAK, S.SELESAI)

TRANSITIONS: dict[str, frozenset[str]] = {
    S.TERDAFTAR: frozenset({S.IDENTIFIKASI, S.ASESMEN, S.RUJUK_KESEHATAN, S.SELESAI}),
    S.IDENTIFIKASI: frozenset({S.ASESMEN, S.RUJUK_KESEHATAN, S.SELESAI}),
    S.ASESMEN: frozenset({S.MENUNGGU_KEPUTUSAN, S.DALAM_PELAYANAN, S.DIRUJUK, S.DITOLAK,
                          S.RUJUK_KESEHATAN, S.SELESAI}),
    S.MENUNGGU_KEPUTUSAN: frozenset({S.ASESMEN, S.DALAM_PELAYANAN, S.DIRUJUK, S.DITOLAK,
                                     S.RUJUK_KESEHATAN, S.SELESAI}),
    S.DALAM_PELAYANAN: frozenset({S.RESOSIALISASI, S.SELESAI, S.DIRUJUK, S.RUJUK_KESEHATAN}),
    S.RESOSIALISASI: frozenset({S.DALAM_PELAYANAN, S.SELESAI, S.DIRUJUK, S.RUJUK_KESEHATAN}),
}

# Why a move is refused, for the common mistakes (skipping a required step).
_HINTS = {
    (S.TERDAFTAR, S.DALAM_PELAYANAN): "klien belum diidentifikasi, diasesmen dan diputuskan "
    "oleh Kepala Bidang",
    (S.IDENTIFIKASI, S.DALAM_PELAYANAN): "klien belum diasesmen dan belum diputuskan oleh "
    "Kepala Bidang",
    (S.TERDAFTAR, S.MENUNGGU_KEPUTUSAN): "asesmen belum dilakukan",
    (S.IDENTIFIKASI, S.MENUNGGU_KEPUTUSAN): "asesmen belum dilakukan",
    (S.TERDAFTAR, S.DITOLAK): "keputusan memerlukan asesmen terlebih dahulu",
    (S.IDENTIFIKASI, S.DITOLAK): "keputusan memerlukan asesmen terlebih dahulu",
    (S.TERDAFTAR, S.DIRUJUK): "keputusan rujukan memerlukan asesmen terlebih dahulu",
    (S.IDENTIFIKASI, S.DIRUJUK): "keputusan rujukan memerlukan asesmen terlebih dahulu",
    (S.TERDAFTAR, S.RESOSIALISASI): "klien belum diterima (ditampung) oleh Kepala Bidang",
}


def allowed_next(status: str) -> frozenset[str]:
    return TRANSITIONS.get(status, frozenset())


def is_open(status: str) -> bool:
    return status in OPEN_STATUSES


def change_status(session: Session, stay: Stay, new_status: str, *,
                  at: datetime | None = None) -> None:
    old = stay.status
    if old == new_status:
        return
    if new_status not in allowed_next(old):
        label_old = CASE_STATUS_LABELS.get(old, old)
        label_new = CASE_STATUS_LABELS.get(new_status, new_status)
        if old in CLOSED_STATUSES:
            reason = "kasus sudah ditutup"
        else:
            reason = _HINTS.get((old, new_status), "langkah yang diwajibkan belum dilakukan")
        raise DomainError(
            _("Status kasus {case_number} tidak dapat diubah dari '{label_old}' menjadi "
                  "'{label_new}': {reason}.").format(case_number=stay.case_number, label_old=label_old, label_new=label_new, reason=reason), field="status")
    now = at or utcnow()
    stay.status = new_status
    stay.status_changed_at = now
    if new_status in CLOSED_STATUSES:
        stay.closed_at = now
    session.add(stay)
