"""A phonetic key per word of an Indonesian name, so spelling variants meet in one key.

``core.names.canonical_word`` already folds the old official spellings (dj/j, tj/c, oe/u,
ch/kh, j/y) and the common whole-word variants (Muhammad / M., Achmad / Ahmad, Nur / Noor).
The rules here go further, the way an officer hears a name: they merge letters that are
written differently for the same sound in Indonesian names (Dedi / Dedy, Taufiq / Taufik,
Syaiful / Saiful, Dzulkifli / Zulkifli, Fachri / Fahri, Sulaiman / Suleman, Sofie / Sofi,
Marcus / Markus, Fatimah / Fatima). The key is lossy on purpose: it only narrows the search
for earlier records; the ranking compares the written names too.

The rules are data (:data:`RULES`, applied in order, each a regular expression and its
replacement) so they can be read, tested and extended one line at a time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rumahsinggah.core import names

VOWELS = "aeiou"

# (pattern, replacement, example of the variants it merges), applied in this order to a word
# already in canonical spelling (lower case, old spellings folded, double letters single).
RULES: tuple[tuple[str, str, str], ...] = (
    (r"dz", "z", "Dzulkifli / Zulkifli"),
    (r"ts", "s", "Tsabit / Sabit"),
    (r"sy|sh", "s", "Syaiful / Saiful, Shinta / Sinta"),
    (r"kh", "h", "Fachri / Fakhri / Fahri, Khairul / Hairul"),
    (r"(?<=[bcdfgjklmnpqrstvwxz])h", "", "Dhani / Dani, Thomas / Tomas"),
    (r"q", "k", "Taufiq / Taufik"),
    (r"x", "ks", "Xaverius / Ksaverius"),
    (r"c", "k", "Marcus / Markus"),
    (r"ph|v", "f", "Stephanus / Stefanus, Novi / Nofi"),
    (r"ai", "e", "Sulaiman / Suleman, Zainal / Zenal"),
    (r"au", "o", "Taufik / Tofik, Maulana / Molana"),
    (r"ie", "i", "Sofie / Sofi"),
    (r"(?<=[^aeiou])y", "i", "Dedy / Dedi, Lydia / Lidia, Surya / Suria"),
    (r"(?<=.)h$", "", "Fatimah / Fatima, Aisyah / Aisya"),
    (r"(.)\1+", r"\1", "letters doubled by a rule above"),
)
_COMPILED = tuple((re.compile(p), r) for p, r, _ in RULES)


@lru_cache(maxsize=65536)  # names repeat: most words are keyed once per process
def word_key(word: str) -> str:
    """The phonetic key of one folded word (letters only are kept)."""
    key = names.canonical_word(word)
    key = "".join(ch for ch in key if ch.isalpha())
    for pattern, replacement in _COMPILED:
        key = pattern.sub(replacement, key)
    return key


def name_words(full_name: str) -> list[str]:
    """The words of a name without the patronymic, folded, letters only, in order."""
    folded = names.strip_patronymic(names.fold(full_name))
    return [w for w in ("".join(ch for ch in w if ch.isalpha()) for w in folded.split()) if w]


def word_keys(full_name: str) -> list[str]:
    """The key of each word of the name, in order."""
    return list(_word_keys(full_name))


@lru_cache(maxsize=65536)
def _word_keys(full_name: str) -> tuple[str, ...]:
    return tuple(k for k in (word_key(w) for w in name_words(full_name)) if k)


def compound_keys(full_name: str) -> list[str]:
    """Keys of each pair of neighbouring words written as one (Nur Haliza -> Nurhaliza).

    Keyed from the joined spelling, so the key of "Nur Haliza" joined equals the key of
    "Nurhaliza" written as one word.
    """
    words = name_words(full_name)
    keys: list[str] = []
    for a, b in zip(words, words[1:], strict=False):
        # Both the joined spelling and the joined keys: "Noor Haliza" meets "Nurhaliza".
        keys += [word_key(a + b), word_key(word_key(a) + word_key(b))]
    return [k for k in dict.fromkeys(keys) if k]


def sounds_key(full_name: str) -> str:
    """What the matcher's word index holds for a name: word keys, then compound keys."""
    keys = word_keys(full_name)
    return " ".join(dict.fromkeys([*keys, *compound_keys(full_name)]))


@lru_cache(maxsize=65536)
def spoken(full_name: str) -> str:
    """The name as its word keys joined by spaces, for comparing two names as heard."""
    return " ".join(word_keys(full_name))
