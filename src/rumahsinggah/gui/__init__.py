"""The Qt desktop application. The only package that imports Qt."""

import ctypes
import sys

if sys.version_info < (3, 12) and not hasattr(sys, "gettotalrefcount"):
    # PySide6 6.12 on CPython 3.11 drops one reference to None on every call of a method that
    # returns void (``label.setText``, ``widget.resize``, even ``processEvents``): after a few
    # thousand calls None's count reaches zero and Python aborts with "none_dealloc". From 3.12
    # None is immortal and the bug is invisible. Until the bindings are fixed, give None a
    # reference count it can never use up (None is never freed anyway).
    # The same happens to True and False (returned by overridden virtuals such as
    # ``eventFilter``), so they get the same treatment.
    for _immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_immortal)).value += 1 << 50
