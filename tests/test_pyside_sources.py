"""PySide does not read (and keep) the source of every module imported after it (issue 22)."""

from __future__ import annotations

import linecache
import sys

from rumahsinggah.gui import pyside_sources


def test_a_module_is_told_to_use_pyside_from_its_namespace():
    import json

    from rumahsinggah.gui import board_view
    from rumahsinggah.services import board

    assert pyside_sources.uses_pyside(board_view)
    assert not pyside_sources.uses_pyside(board)
    assert not pyside_sources.uses_pyside(json)


def test_modules_imported_after_install_leave_no_source_in_linecache(tmp_path, monkeypatch):
    assert pyside_sources.install()
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is pyside_sources.uses_pyside
    for name, body in (("mem_plain_mod", "VALUE = 1\n"),
                       ("mem_qt_mod", "from PySide6.QtCore import QObject\nVALUE = 2\n")):
        (tmp_path / f"{name}.py").write_text(body + "# padding line\n" * 50)
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    plain = __import__("mem_plain_mod")  # the import statement, which PySide hooks
    qt = __import__("mem_qt_mod")
    try:
        assert (plain.VALUE, qt.VALUE) == (1, 2)
        assert str(tmp_path / "mem_plain_mod.py") not in linecache.cache
        assert str(tmp_path / "mem_qt_mod.py") not in linecache.cache
        # PySide still learns which of the two uses it.
        assert feature.pyside_feature_dict.get("mem_qt_mod") == 0
        assert feature.pyside_feature_dict.get("mem_plain_mod") == -1
    finally:
        for name in ("mem_plain_mod", "mem_qt_mod"):
            sys.modules.pop(name, None)
