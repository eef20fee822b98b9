"""Refresh the GUI translation source and build the .qm file.

    .venv/bin/python resources/i18n/update_translations.py

``rumahsinggah_en.ts`` is THE source of the GUI's English: edit it with Qt Linguist
(``pyside6-linguist resources/i18n/rumahsinggah_en.ts``), then run this script:

1. ``pyside6-lupdate`` extracts every ``self.tr(...)`` / ``QCoreApplication.translate(...)``
   of ``src/rumahsinggah/gui`` into the .ts; existing translations are kept.
2. Texts lupdate cannot see are added: action texts marked ``N("MainWindow", "...")`` in
   ``gui/main_window.py``.
3. ``pyside6-lrelease`` builds ``rumahsinggah_en.qm`` (committed, so no build step is needed).
4. Every message still without English is listed and the script exits 1.

``qtbase_id.ts`` holds the Indonesian of Qt's own texts (message box buttons, "Show
Details...", file dialogs; PySide6 ships no ``qtbase_id.qm``). Its source is Qt's English under
Qt's contexts (``QMessageBox``, ``QPlatformTheme``, ...); this script builds ``qtbase_id.qm``.

The source language is Indonesian. The services' messages and labels (below ``gui/``) are
translated by gettext instead: ``src/rumahsinggah/locale/`` and ``tools/check_catalog.py``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GUI = ROOT / "src" / "rumahsinggah" / "gui"
TS = HERE / "rumahsinggah_en.ts"
QM = HERE / "rumahsinggah_en.qm"
BIN = Path(sys.executable).parent
QT_TS = HERE / "qtbase_id.ts"
QT_QM = HERE / "qtbase_id.qm"


def extra_messages() -> dict[str, list[str]]:
    actions = re.findall(r'N\("MainWindow", "((?:[^"\\]|\\.)*)"\)',
                         (GUI / "main_window.py").read_text(encoding="utf-8"))
    return {"MainWindow": [a.encode().decode("unicode_escape") for a in actions]}


def lupdate(ts: Path = TS) -> None:
    # lupdate drops what it cannot see (the N(...) texts); their English is put back after.
    known = translations(ts) if ts.exists() else {}
    files = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-ts", str(ts),
                    "-source-language", "id", "-target-language", "en", "-no-obsolete"],
                   check=True, capture_output=True)
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    for name, texts in extra_messages().items():
        ctx = contexts.get(name)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = name
            contexts[name] = ctx
        have = {m.findtext("source") for m in ctx.findall("message")}
        for text in texts:
            if text not in have:
                msg = ET.SubElement(ctx, "message")
                ET.SubElement(msg, "source").text = text
                ET.SubElement(msg, "translation", type="unfinished")
                have.add(text)
    for ctx in root.findall("context"):
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            old = known.get((ctx.findtext("name"), msg.findtext("source")))
            if old and (tr.get("type") == "unfinished" or not (tr.text or "").strip()):
                tr.text = old
                tr.attrib.pop("type", None)
    write(tree, ts)


def translations(ts: Path = TS) -> dict[tuple[str, str], str]:
    """(context, source) -> English of every finished message."""
    found = {}
    for ctx in ET.parse(ts).getroot().findall("context"):
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") != "unfinished" and (tr.text or "").strip():
                found[(ctx.findtext("name"), msg.findtext("source"))] = tr.text
    return found


def write(tree: ET.ElementTree, ts: Path = TS) -> None:
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def unfinished(ts: Path = TS) -> list[str]:
    """``context: 'source'`` of every message without English."""
    missing = []
    for ctx in ET.parse(ts).getroot().findall("context"):
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                missing.append(f"{ctx.findtext('name')}: {msg.findtext('source')!r}")
    return missing


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def main() -> int:
    lupdate()
    lrelease()
    lrelease(QT_TS, QT_QM)
    missing = unfinished()
    for line in missing:
        print("untranslated:", line)
    print(f"{TS.name}: {len(missing)} message(s) without English")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
