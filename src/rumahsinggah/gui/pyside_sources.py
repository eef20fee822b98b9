"""Keep PySide from reading the source file of every module imported after it.

PySide's ``__feature__`` support (``shibokensupport.feature.feature_imported``) runs after
each import and asks ``_mod_uses_pyside(module)``, which calls ``inspect.getsource`` and looks
for the text "PySide6". That reads every module's source into ``linecache`` and keeps it
there: about 370,000 lines (30 MB of strings) once the application, SQLAlchemy and the rest
are loaded, for an answer that only decides a default for ``from __feature__ import ...``,
which this application never uses.

:func:`install` swaps in an answer from the module's namespace (does it hold anything from
PySide6?), which needs no file. Without that internal function (another PySide version) it
does nothing.
"""

from __future__ import annotations

import sys
from types import BuiltinFunctionType, FunctionType, ModuleType

_KINDS = (type, FunctionType, BuiltinFunctionType)


def uses_pyside(module: ModuleType) -> bool:
    """True when ``module``'s globals hold a PySide6 module, class or function."""
    try:
        values = list(vars(module).values())
    except TypeError:
        return False
    for value in values:
        if isinstance(value, ModuleType):
            name = value.__name__
        elif isinstance(value, _KINDS):
            name = getattr(value, "__module__", None)
        else:
            continue
        if isinstance(name, str) and name.startswith(("PySide6", "shiboken6")):
            return True
    return False


def install() -> bool:
    """Replace PySide's source-reading check; False when this PySide has none."""
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True
