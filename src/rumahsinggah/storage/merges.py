"""A merged client record stays merged: the ORM side of the rule.

``services.duplicates.merge_clients`` leaves the duplicate as a tombstone (``deleted_at`` and
``merged_into_id`` set). An edit through a session that would clear either is refused with a
clear message before anything is written; the SQL trigger ``client_merge_kept``
(``storage.search_index``) restores both for writes that bypass the ORM (sync imports).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from rumahsinggah.core.errors import DomainError
from rumahsinggah.i18n import _
from rumahsinggah.storage.models import Client


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.dirty:
        if not isinstance(obj, Client):
            continue
        state = inspect(obj)
        merged = state.attrs.merged_into_id.history
        was = merged.deleted[0] if merged.deleted else obj.merged_into_id
        if merged.deleted and was is None:
            continue  # a record being merged now
        if was is None:
            continue
        if obj.merged_into_id != was or obj.deleted_at is None:
            raise DomainError(
                _("Data {full_name} sudah digabungkan ke klien lain dan tidak dapat "
                      "dipulihkan; ubahlah data klien yang dipertahankan.").format(full_name=obj.full_name), field="merged_into_id")


_installed = False


def install_guard() -> None:
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _before_flush)
        _installed = True
