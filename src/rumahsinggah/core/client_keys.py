"""A client's search columns, derived from the name, nickname and NIK: one rule for every
writer (the ORM hook, bulk imports, sync merges, the demo generator)."""

from __future__ import annotations

from rumahsinggah.core import names, phonetic


def derived_columns(full_name: str, nickname: str | None, nik: str | None) -> dict[str, str]:
    """``search_text``, ``name_key`` and ``sounds_key`` for these values."""
    return {
        "search_text": names.search_text(full_name, nickname or "", nik),
        "name_key": names.name_key(full_name),
        "sounds_key": phonetic.sounds_key(full_name),
    }
