"""The published service standards (Standar Pelayanan) as data.

``get_registry()`` returns every standard of this desk (bundled plus the office's own files in
``<config dir>/standards/``); ``load_registry(dirs, strict=True)`` validates a set of folders
and raises :class:`StandardsError` naming the file, the field and the problem.
"""

from rumahsinggah.standards.loader import (
    Problem,
    Registry,
    StandardsError,
    bundled_dir,
    extra_dirs,
    get_registry,
    load_file,
    load_registry,
    parse_standard,
    reload_registry,
)
from rumahsinggah.standards.model import Requirement, Residency, Standard, Step, TimeLimit

__all__ = [
    "Problem",
    "Registry",
    "Requirement",
    "Residency",
    "Standard",
    "StandardsError",
    "Step",
    "TimeLimit",
    "bundled_dir",
    "extra_dirs",
    "get_registry",
    "load_file",
    "load_registry",
    "parse_standard",
    "reload_registry",
]
