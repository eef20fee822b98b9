"""What the About dialog shows: version, where the store is, its schema version and the
licences of the bundled libraries (read from ``importlib.metadata``; the frozen build keeps
every bundled distribution's metadata). No Qt here."""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from rumahsinggah import __version__
from rumahsinggah.bundle import frozen
from rumahsinggah.locations import DataPaths

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Licence:
    name: str
    version: str
    licence: str


@dataclass
class AboutInfo:
    version: str
    build: str  # "terpasang" (frozen) or "pengembangan"
    python: str
    data_dir: Path
    database: Path
    schema: str | None  # the store's Alembic revision
    schema_head: str  # the revision this program brings the store to
    licences: list[Licence] = field(default_factory=list)


# Distributions whose metadata names no licence: read from their licence files by hand.
KNOWN_LICENCES = {
    "sqlcipher3": "zlib; SQLCipher library: BSD-3-Clause",
}


def _licence_of(meta: metadata.PackageMetadata) -> str:
    known = KNOWN_LICENCES.get(str(meta.get("Name", "")).lower())
    if known:
        return known
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60 and text.upper() != "UNKNOWN":
        return text
    if classifiers:
        return ", ".join(dict.fromkeys(classifiers))
    return "lihat berkas lisensi paket"


def bundled_licences(root: str = "rumahsinggah") -> list[Licence]:
    """The run-time dependencies of ``root``, recursively, with their licences (sorted)."""
    seen: dict[str, Licence] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python
        seen[key] = Licence(dist.metadata["Name"], dist.version, _licence_of(dist.metadata))
        for req in dist.requires or []:
            if "extra ==" in req:
                continue
            match = _NAME.match(req)
            if match:
                todo.append(match.group(1))
    seen.pop(re.sub(r"[-_.]+", "-", root).lower(), None)
    return sorted(seen.values(), key=lambda lic: lic.name.lower())


def store_schema(store) -> str | None:
    """The Alembic revision the open store carries."""
    from rumahsinggah.storage.migrate import current_revision

    with store.engine.connect() as conn:
        return current_revision(conn)


def about_info(paths: DataPaths, store=None) -> AboutInfo:
    from rumahsinggah.storage.migrate import head_revision

    schema = None
    if store is not None:
        try:
            schema = store_schema(store)
        except Exception:  # a damaged store still gets its About box
            schema = None
    return AboutInfo(
        version=__version__,
        build="terpasang" if frozen() else "pengembangan",
        python=platform.python_version(),
        data_dir=paths.root,
        database=Path(paths.label) if paths.on_server else paths.database,
        schema=schema,
        schema_head=head_revision(),
        licences=bundled_licences(),
    )
