"""Letter numbers from a pattern: ``{kode}/{nomor:03d}/Dinsos/{bulan_romawi}/{tahun}``.

Placeholders: ``{kode}`` (the classification code of the letter type, for example 460),
``{nomor}`` (the sequence of the office's letter book, with an optional format such as
``:03d``), ``{kantor}`` (the issuing office's readable code, Dinsos), ``{meja}`` (the desk
code), ``{bulan_romawi}`` (XI, from the letter's date), ``{bulan}`` (11), ``{tahun}`` (2026).

Desks work offline and each keeps its own sequence, so a number drawn on a second desk must
say which desk drew it: a pattern without ``{meja}`` gets that desk's code after the sequence
(``460/017-B/...``). The office's home desk passes no desk code and prints the plain number.
"""

from __future__ import annotations

import re
from datetime import date

from rumahsinggah.core.errors import DomainError
from rumahsinggah.documents.indonesian import bulan_romawi
from rumahsinggah.i18n import _

_NOMOR = re.compile(r"\{nomor(:[^}]*)?\}")


def format_number(
    pattern: str,
    *,
    kode: str,
    nomor: int,
    letter_date: date,
    desk_code: str = "",
    append_desk: bool = True,
    kantor: str = "Dinsos",
) -> str:
    """The letter number for sequence value ``nomor`` drawn on ``letter_date``."""
    if not _NOMOR.search(pattern):
        raise DomainError(
            _("Pola nomor surat harus memuat {nomor}, misalnya {kode}/{nomor:03d}/Dinsos/"
            "{bulan_romawi}/{tahun}."),
            field="letter_patterns",
        )
    if append_desk and desk_code and "{meja}" not in pattern:
        pattern = _NOMOR.sub(lambda m: m.group(0) + "-{meja}", pattern, count=1)
    try:
        return pattern.format(
            kode=kode,
            nomor=nomor,
            kantor=kantor,
            meja=desk_code,
            bulan_romawi=bulan_romawi(letter_date),
            bulan=f"{letter_date.month:02d}",
            tahun=letter_date.year,
        )
    except (KeyError, ValueError, IndexError) as exc:
        raise DomainError(
            _("Pola nomor surat '{pattern}' tidak dapat dipakai ({exc}). Gunakan hanya "
                  "{{kode}}, {{nomor}}, {{kantor}}, {{meja}}, {{bulan_romawi}}, {{bulan}} "
                  "dan {{tahun}}.").format(pattern=pattern, exc=exc),
            field="letter_patterns",
        ) from exc
