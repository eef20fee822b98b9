"""TRANSITIONAL: merge an ``ENGLISH = {source: english}`` dict of a Python file into the .ts.

    .venv/bin/python resources/i18n/absorb_english.py src/rumahsinggah/gui/wizards/english.py

Branches written before the .ts became the only source of the GUI's English put their English
in such a dict. This runs lupdate (so their new texts are in the .ts), fills every message whose
source is a key of the dict and that has no English yet (``--overwrite``: replace English
already there too), builds the .qm and lists what is still missing. The dict is read with
``ast`` (the file is not imported). Afterwards delete the Python file.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import update_translations as ut  # noqa: E402


def read_dict(path: Path, name: str = "ENGLISH") -> dict[str, str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return ast.literal_eval(value)
    raise SystemExit(f"{path}: no {name} = {{...}} found")


def absorb(english: dict[str, str], ts: Path = ut.TS, *, overwrite: bool = False) -> tuple[int, list[str]]:
    """Fill the .ts from ``english``; returns (messages filled, dict keys not in the .ts)."""
    tree = ET.parse(ts)
    filled, seen = 0, set()
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source")
        if source not in english:
            continue
        seen.add(source)
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        empty = tr.get("type") == "unfinished" or not (tr.text or "").strip()
        if empty or overwrite:
            tr.text = english[source]
            tr.attrib.pop("type", None)
            filled += 1
    ut.write(tree, ts)
    return filled, sorted(set(english) - seen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pyfile", type=Path)
    parser.add_argument("--overwrite", action="store_true")
    args = parser.parse_args(argv)
    english = read_dict(args.pyfile)
    ut.lupdate()
    filled, unused = absorb(english, overwrite=args.overwrite)
    ut.lrelease()
    print(f"{filled} message(s) filled from {len(english)} entries of {args.pyfile}")
    for source in unused:
        print("not in the GUI (unused):", repr(source))
    missing = ut.unfinished()
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
