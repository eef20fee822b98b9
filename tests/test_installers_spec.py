"""The frozen build leaves out only what the application never imports: a Qt module or a
library excluded in the PyInstaller spec but imported by ``src/`` breaks the installed
program (QtCharts and openpyxl once did: the recap screen could not load)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "rumahsinggah.spec"


def _spec_lists() -> tuple[list[str], list[str]]:
    """QT_UNUSED and the literal names in ``excludes`` (the spec is Python; read, not run)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    qt_unused: list[str] = []
    others: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name == "QT_UNUSED":
                qt_unused = ast.literal_eval(node.value)
            elif name == "excludes" and isinstance(node.value, ast.BinOp):
                others = ast.literal_eval(node.value.right)
    assert qt_unused and others, "the spec's QT_UNUSED / excludes lists were not found"
    return qt_unused, others


def _imported_top_modules() -> set[str]:
    """Every module ``src/`` imports: PySide6.QtX by its full name, the rest by top name."""
    found: set[str] = set()
    for path in (ROOT / "src").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for n in names:
                parts = n.split(".")
                found.add(".".join(parts[:2]) if parts[0] == "PySide6" else parts[0])
    return found


def test_no_module_the_application_imports_is_left_out_of_the_build():
    qt_unused, others = _spec_lists()
    used = _imported_top_modules()
    assert "PySide6.QtCharts" in used and "openpyxl" in used  # the scan sees real imports
    left_out = ({f"PySide6.{m}" for m in qt_unused} | set(others)) & used
    assert left_out == set()

