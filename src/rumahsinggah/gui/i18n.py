"""Translations: Indonesian source text, English from ``resources/i18n/rumahsinggah_en.qm``.

Also the date formats people expect: "22 November 2026" in Indonesian.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rumahsinggah.core.localtime import to_local

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")

_state = {"language": "id", "translators": []}


def i18n_dir() -> Path:
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "resources" / "i18n"
        if candidate.is_dir():
            return candidate
    return here.parent / "i18n"


def current_language() -> str:
    return _state["language"]


def install_language(language: str) -> bool:
    """Install the translators for ``language`` ("id" or "en") on the running application.

    Widgets that override ``changeEvent`` for ``LanguageChange`` retranslate themselves.
    """
    app = QCoreApplication.instance()
    for old in _state["translators"]:
        app.removeTranslator(old)
    _state["translators"] = []
    _state["language"] = language if language in ("id", "en") else "id"
    loaded = True
    if _state["language"] == "en":
        ours = QTranslator(app)
        loaded = ours.load(str(i18n_dir() / "rumahsinggah_en.qm"))
        if loaded:
            app.installTranslator(ours)
            _state["translators"].append(ours)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        qt = QTranslator(app)
        if qt.load("qtbase_id", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _state["translators"].append(qt)
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    return loaded


def format_date(value: date | datetime | None, *, with_time: bool = False) -> str:
    """22 November 2026 (Indonesian) or 22 November 2026 (English month names)."""
    if value is None:
        return "-"
    months = MONTHS_EN if _state["language"] == "en" else MONTHS_ID
    if isinstance(value, datetime):
        local = to_local(value)
        text = f"{local.day} {months[local.month - 1]} {local.year}"
        if with_time:
            text += f", {local:%H.%M}" if _state["language"] == "id" else f", {local:%H:%M}"
        return text
    return f"{value.day} {months[value.month - 1]} {value.year}"
