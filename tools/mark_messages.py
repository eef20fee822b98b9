"""Mark the services' messages and labels for translation (repeatable, idempotent codemod).

    .venv/bin/python tools/mark_messages.py          # rewrite the files
    .venv/bin/python tools/mark_messages.py --check  # list what would change, exit 1 if any

1. The message given to ``DomainError`` / ``PermissionDenied`` / ``NotFound`` (first positional
   argument) anywhere below ``src/rumahsinggah`` except ``gui/`` and ``cli/``:
   ``"text"`` -> ``_("text")``; ``"a {0}".format(x)`` -> ``_("a {0}").format(x)``;
   an f-string -> ``_("a {name}").format(name=...)`` (a gettext msgid must be constant).
2. The values of module-level ``*_LABELS = {...}`` / ``Labels({...})`` dicts in
   ``core/vocab.py`` and ``services/residency.py`` -> ``N_("text")`` (marked; ``Labels``
   translates on lookup).
Already-marked strings are left alone, so running it again after a merge only marks new ones.
Files that gain a mark get ``from rumahsinggah.i18n import _`` (or ``N_``).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "rumahsinggah"
ERRORS = {"DomainError", "PermissionDenied", "NotFound"}
LABEL_FILES = ("core/vocab.py", "services/residency.py")
SKIP = ("gui/", "cli/", "i18n.py", "locale/")  # the GUI uses self.tr; the CLI stays Indonesian


def _offsets(text: str) -> list[int]:
    starts, pos = [0], 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        starts.append(pos)
    return starts


def _span(node: ast.AST, starts: list[int]) -> tuple[int, int]:
    return (starts[node.lineno - 1] + node.col_offset,
            starts[node.end_lineno - 1] + node.end_col_offset)


def _is_marked(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in ("_", "N_"))


def _quote(text: str, indent: int, first: int) -> str:
    """A string literal, split in implicitly joined chunks so lines stay under 100."""
    width = max(30, 96 - indent)
    chunks, rest = [], text
    room = max(30, 96 - first)
    while len(repr(rest)) > room:
        cut = rest.rfind(" ", 0, room - 4)
        if cut <= 0:
            break
        chunks.append(rest[: cut + 1])
        rest = rest[cut + 1:]
        room = width
    chunks.append(rest)
    lits = [_literal(c) for c in chunks]
    return ("\n" + " " * indent).join(lits)


def _literal(text: str) -> str:
    body = repr(text)
    if body.startswith("'") and '"' not in text:
        body = '"' + body[1:-1].replace("\\'", "'") + '"'
    return body


def _placeholder(expr: ast.AST, used: set[str]) -> str:
    if isinstance(expr, ast.Name):
        base = expr.id
    elif isinstance(expr, ast.Attribute):
        base = expr.attr
    elif isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.args:
        base = _placeholder(expr.args[0], set())
    elif isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        base = expr.func.attr
    else:
        base = "value"
    base = re.sub(r"\W", "", base).strip("_") or "value"
    name, n = base, 2
    while name in used:
        name, n = f"{base}{n}", n + 1
    used.add(name)
    return name


def _fstring(node: ast.JoinedStr, source: str) -> tuple[str, list[tuple[str, str]]]:
    parts, args, used, seen = [], [], set(), {}
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(value.value.replace("{", "{{").replace("}", "}}"))
            continue
        expr = ast.get_source_segment(source, value.value)
        if expr in seen:
            name = seen[expr]
        else:
            name = seen[expr] = _placeholder(value.value, used)
            args.append((name, expr))
        conv = f"!{chr(value.conversion)}" if value.conversion != -1 else ""
        spec = ""
        if value.format_spec is not None:
            spec = ":" + "".join(v.value for v in value.format_spec.values
                                 if isinstance(v, ast.Constant))
        parts.append("{" + name + conv + spec + "}")
    return "".join(parts), args


def _message_edit(arg: ast.AST, source: str, starts: list[int], lines: list[str]):
    """(start, end, replacement) marking ``arg``, or None when there is nothing to mark."""
    if _is_marked(arg):
        return None
    target = arg
    if (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)
            and arg.func.attr == "format"):
        target = arg.func.value
    elif isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Mod):
        target = arg.left
    if _is_marked(target):
        return None
    start, end = _span(target, starts)
    indent = len(lines[target.lineno - 1]) - len(lines[target.lineno - 1].lstrip()) + 4
    if isinstance(target, ast.Constant) and isinstance(target.value, str):
        return start, end, "_(" + source[start:end] + ")"
    if isinstance(target, ast.JoinedStr) and target is arg:
        msgid, args = _fstring(target, source)
        call = ", ".join(f"{n}={e}" for n, e in args)
        lit = _quote(msgid, indent + 2, target.col_offset + 2)
        return start, end, f"_({lit}).format({call})" if args else f"_({lit})"
    return None


def _label_edits(tree: ast.Module, source: str, starts: list[int]):
    for node in tree.body:
        if not isinstance(node, ast.Assign | ast.AnnAssign):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if not any(isinstance(t, ast.Name) and t.id.endswith("_LABELS") for t in targets):
            continue
        value = node.value
        if isinstance(value, ast.Call) and value.args:
            value = value.args[0]
        if not isinstance(value, ast.Dict):
            continue
        for item in value.values:
            if isinstance(item, ast.Constant) and isinstance(item.value, str):
                start, end = _span(item, starts)
                yield start, end, "N_(" + source[start:end] + ")"


def _error_edits(tree: ast.Module, source: str, starts: list[int], lines: list[str]):
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else None)
        if name in ERRORS:
            edit = _message_edit(node.args[0], source, starts, lines)
            if edit:
                yield edit


def _ensure_import(source: str, names: set[str]) -> str:
    have = set()
    m = re.search(r"^from rumahsinggah\.i18n import (.+)$", source, re.M)
    if m:
        have = {n.strip() for n in m.group(1).split(",")}
    want = sorted(have | names, key=lambda n: (n != "N_", n))
    line = f"from rumahsinggah.i18n import {', '.join(want)}"
    if m:
        return source[: m.start()] + line + source[m.end():]
    tree = ast.parse(source)
    last = None
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            last = node
        elif last is not None:
            break
    if last is None:
        body = tree.body
        after = body[0].end_lineno if body and isinstance(body[0], ast.Expr) else 0
    else:
        after = last.end_lineno
    lines = source.splitlines(keepends=True)
    lines.insert(after, line + "\n")
    return "".join(lines)


def mark(path: Path) -> str | None:
    """The new text of ``path``, or None if nothing changes."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    starts, lines = _offsets(source), source.splitlines()
    rel = path.relative_to(PKG).as_posix()
    edits = list(_error_edits(tree, source, starts, lines))
    if rel in LABEL_FILES:
        edits += list(_label_edits(tree, source, starts))
    if not edits:
        return None
    bound = sorted({n.lineno for n in ast.walk(tree)
                    if (isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store))
                    or (isinstance(n, ast.arg) and n.arg == "_")})
    if bound:
        raise ValueError(f"{rel}: `_` is a variable at line(s) {bound}; rename it first")
    names = set()
    for start, end, new in sorted(edits, reverse=True):
        source = source[:start] + new + source[end:]
        names.add("N_" if new.startswith("N_(") else "_")
    source = _ensure_import(source, names)
    ast.parse(source)  # never write broken code
    return source


def targets() -> list[Path]:
    return [p for p in sorted(PKG.rglob("*.py"))
            if not any(p.relative_to(PKG).as_posix().startswith(s) for s in SKIP)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mark service messages for translation.")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    changed = []
    problems = []
    for path in targets():
        try:
            new = mark(path)
        except ValueError as exc:
            problems.append(str(exc))
            continue
        if new is None:
            continue
        changed.append(path)
        if not args.check:
            path.write_text(new, encoding="utf-8")
    for path in changed:
        print(("would mark: " if args.check else "marked: ") + str(path.relative_to(ROOT)))
    for problem in problems:
        print("NOT marked:", problem)
    return 1 if problems or (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
