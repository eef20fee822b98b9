"""Translation of the messages and labels below ``gui/`` (gettext; no Qt).

The source language is Indonesian. ``_("...")`` returns the text in the current language;
``N_("...")`` only marks a text for the catalog (module-level labels, translated on lookup by
:class:`Labels`). The GUI switches the language of both layers (``gui.i18n.install_language``
calls :func:`set_language`). Catalogs: ``rumahsinggah/locale/<lang>/LC_MESSAGES/rumahsinggah.po``
(edited, committed) and the ``.mo`` built from it by ``tools/build_catalogs.py`` (committed too;
when a ``.mo`` is missing or older than its ``.po``, the ``.po`` is read directly).

Official documents stay Indonesian whatever the interface language: render them inside
``with indonesian():``.
"""

from __future__ import annotations

import gettext
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

DOMAIN = "rumahsinggah"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("id", "en")

_state = {"language": "id"}
_local = threading.local()  # a per-thread override (documents rendered in Indonesian)
_catalogs: dict[str, gettext.NullTranslations] = {}


def current_language() -> str:
    return getattr(_local, "language", None) or _state["language"]


def set_language(language: str) -> str:
    """Switch the process to ``language`` ("id" or "en"; anything else means "id")."""
    _state["language"] = language if language in LANGUAGES else "id"
    return _state["language"]


@contextmanager
def language(code: str) -> Iterator[None]:
    """Texts made inside the block (in this thread) are in ``code``."""
    before = getattr(_local, "language", None)
    _local.language = code if code in LANGUAGES else "id"
    try:
        yield
    finally:
        _local.language = before


def indonesian():
    """For official documents: their text is Indonesian whatever the interface shows."""
    return language("id")


def catalog(code: str) -> gettext.NullTranslations:
    if code not in _catalogs:
        _catalogs[code] = _load(code)
    return _catalogs[code]


def _load(code: str) -> gettext.NullTranslations:
    if code == "id":
        return gettext.NullTranslations()
    folder = LOCALE_DIR / code / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    if po.exists():
        return _PoTranslations(po)
    return gettext.NullTranslations()


class _PoTranslations(gettext.NullTranslations):
    """A catalog read straight from its .po (an editable install without a built .mo)."""

    def __init__(self, po: Path) -> None:
        super().__init__()
        from babel.messages.pofile import read_po

        with po.open("rb") as handle:
            self._messages = {m.id: m.string for m in read_po(handle)
                              if m.id and m.string and not m.fuzzy}

    def gettext(self, message: str) -> str:
        return self._messages.get(message) or message


def _(message: str) -> str:
    """``message`` (Indonesian) in the current language."""
    code = current_language()
    if code == "id":
        return message
    return catalog(code).gettext(message)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for the catalog without translating it now."""
    return message


class Labels(dict):
    """A code -> label table whose labels come out in the current language.

    Lookups (``[]``, ``get``, ``values``, ``items``) translate; the stored values stay the
    Indonesian source, so the table is the same for every language.
    """

    def __getitem__(self, key):
        return _(super().__getitem__(key))

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def values(self):
        return [_(v) for v in super().values()]

    def items(self):
        return [(k, _(v)) for k, v in super().items()]

    def source(self) -> Mapping:
        """The untranslated (Indonesian) table."""
        return dict(super().items())
