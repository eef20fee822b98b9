"""List the services' messages without English; exit 1 if there are any.

    .venv/bin/python tools/check_catalog.py

Checks that every ``_()``/``N_()`` message in the code is in the catalog (run
``tools/build_catalogs.py`` to add new ones) and has a translation whose ``{placeholders}``
are the same as the Indonesian's.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from babel.messages.pofile import read_po  # noqa: E402
from build_catalogs import LANGUAGES, po_path, template  # noqa: E402

_FIELD = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")


def fields(text: str) -> list[str]:
    return sorted(_FIELD.findall(text))


def problems(lang: str) -> list[str]:
    with po_path(lang).open("rb") as handle:
        have = {m.id: m.string for m in read_po(handle) if m.id}
    found = []
    for message in template():
        if not message.id:
            continue
        english = have.get(message.id)
        if english is None:
            found.append(f"{lang}: not in the catalog (run tools/build_catalogs.py): "
                         f"{message.id!r}")
        elif not english:
            found.append(f"{lang}: no English: {message.id!r}")
        elif fields(english) != fields(message.id):
            found.append(f"{lang}: placeholders differ: {message.id!r} -> {english!r}")
    return found


def main() -> int:
    found = [line for lang in LANGUAGES for line in problems(lang)]
    for line in found:
        print(line)
    print(f"{len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
