"""Refresh the services' gettext catalogs and build their .mo files (Babel).

    .venv/bin/python tools/build_catalogs.py          # extract, update the .po, build the .mo
    .venv/bin/python tools/build_catalogs.py --mo     # only build the .mo from the .po

1. Extracts every ``_("...")`` / ``N_("...")`` below ``src/rumahsinggah`` (not ``gui/``,
   which uses the .ts of ``resources/i18n``, nor ``cli/``) - run ``tools/mark_messages.py``
   first so new messages are marked.
2. Updates ``src/rumahsinggah/locale/<lang>/LC_MESSAGES/rumahsinggah.po``: English already
   written is kept, new messages are added empty, vanished ones are dropped.
3. Compiles each ``.po`` to its ``.mo`` (committed; ``rumahsinggah.i18n`` also reads a
   ``.po`` directly when its ``.mo`` is missing or stale, so an editable install works).
Then ``tools/check_catalog.py`` lists the messages still without English.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "rumahsinggah"
LOCALE = PKG / "locale"
DOMAIN = "rumahsinggah"
LANGUAGES = ("en",)
KEYWORDS = {"_": None, "N_": None}
SKIP = ("gui/", "cli/", "locale/")


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def template() -> Catalog:
    cat = Catalog(project="Rumah Singgah", locale=None, fuzzy=False)
    for filename, _lineno, message, _comments, _context in extract_from_dir(
            str(PKG), method_map=[("**.py", "python")], keywords=KEYWORDS,
            comment_tags=(), strip_comment_tags=True):
        if filename.replace("\\", "/").startswith(SKIP) or not message:
            continue
        cat.add(message if isinstance(message, str) else message[0])
    return cat


def update(lang: str, pot: Catalog) -> Catalog:
    path = po_path(lang)
    old = {}
    if path.exists():
        with path.open("rb") as handle:
            old = {m.id: m.string for m in read_po(handle) if m.id}
    cat = Catalog(project="Rumah Singgah", locale=lang, fuzzy=False)
    for message in pot:
        if message.id:
            cat.add(message.id, old.get(message.id, ""))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, cat, omit_header=False, sort_output=True, width=96,
                 no_location=True)
    return cat


def compile_mo(lang: str) -> Path:
    path = po_path(lang)
    with path.open("rb") as handle:
        cat = read_po(handle, locale=lang)
    mo = path.with_suffix(".mo")
    with mo.open("wb") as handle:
        write_mo(handle, cat)
    return mo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Refresh and build the gettext catalogs.")
    parser.add_argument("--mo", action="store_true", help="only build the .mo files")
    args = parser.parse_args(argv)
    pot = None if args.mo else template()
    for lang in LANGUAGES:
        if pot is not None:
            cat = update(lang, pot)
            print(f"{po_path(lang).relative_to(ROOT)}: {len(cat)} messages")
        print(f"built {compile_mo(lang).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
