"""Folding Indonesian names so that spelling variants meet in one key.

Names are written in many ways: Muhammad / Muhamad / Mohamad / M., Achmad / Ahmad, the old
spellings dj/j, tj/c, oe/u, ch/kh, sj/sy, j/y, Nur / Noor. Search and duplicate detection
compare the canonical form produced here, so each variant finds the others.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Whole-word variants, after folding to lower case without accents.
_WORD_VARIANTS: dict[str, str] = {
    **dict.fromkeys(
        (
            "m", "mhd", "moh", "mohd", "muh", "muhd", "mochamad", "mochammad", "moch",
            "mohamad", "mohammad", "mohamed", "muhamad", "muhammad", "muchammad",
            "muchamad", "mukhammad", "mukhamad", "md",
        ),
        "muhammad",
    ),
    **dict.fromkeys(("achmad", "ahmad", "akhmad", "ahmat", "achmat", "amad"), "ahmad"),
    **dict.fromkeys(("nur", "noor", "nor", "noer"), "nur"),
    **dict.fromkeys(("abd", "abdul", "abdoel"), "abdul"),
    **dict.fromkeys(("st", "siti", "sitti"), "siti"),
}

# Old (van Ophuijsen / Soewandi) spellings, applied in this order inside words.
_LETTER_VARIANTS: tuple[tuple[str, str], ...] = (
    ("dj", "j"),
    ("tj", "c"),
    ("sj", "sy"),
    ("oe", "u"),
    ("ch", "kh"),
    ("j", "y"),  # old j (Jogja) is new y; dj was folded to j above, so all meet in y
    ("ph", "f"),
)

_PATRONYMIC = re.compile(r"\b(bin|binti|bt|bte)\b.*$")
_NON_ALNUM = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_DOUBLE = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=65536)  # names repeat: matching folds the same names again and again
def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return _SPACES.sub(" ", _NON_ALNUM.sub(" ", ascii_only)).strip()


@lru_cache(maxsize=65536)
def canonical_word(word: str) -> str:
    """One folded word in its canonical spelling."""
    if word in _WORD_VARIANTS:
        return _WORD_VARIANTS[word]
    for old, new in _LETTER_VARIANTS:
        word = word.replace(old, new)
    word = _DOUBLE.sub(r"\1", word)
    return _WORD_VARIANTS.get(word, word)


def canonical(text: str) -> str:
    """The whole text in canonical spelling, word by word."""
    return " ".join(canonical_word(w) for w in fold(text).split())


def strip_patronymic(folded: str) -> str:
    """A folded name without ``bin`` / ``binti`` and what follows."""
    return _PATRONYMIC.sub("", folded).strip()


@lru_cache(maxsize=65536)
def name_key(full_name: str) -> str:
    """Canonical name without the patronymic (``bin`` / ``binti`` and what follows)."""
    folded = strip_patronymic(fold(full_name))
    return " ".join(canonical_word(w) for w in folded.split())


def search_text(full_name: str, nickname: str = "", nik: str | None = None) -> str:
    """What the search box matches against: canonical names, then the NIK digits."""
    parts = [canonical(full_name), canonical(nickname), nik or ""]
    return " | ".join(p for p in parts if p)
