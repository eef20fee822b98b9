"""Start-up marks for ``benchmarks/bench_startup.py``, written only when asked for.

With ``RUMAHSINGGAH_STARTUP_PROBE=FILE`` in the environment the desktop application appends
``<event> <wall-clock seconds> <peak RSS KiB>`` lines to FILE (``signin_shown``,
``board_rows``), so the benchmark can time a whole process, also an installed binary, from
the outside. Without the variable nothing is written.
"""

from __future__ import annotations

import os
import time

ENV = "RUMAHSINGGAH_STARTUP_PROBE"


def mark(event: str) -> None:
    path = os.environ.get(ENV)
    if not path:
        return
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except ImportError:  # Windows
        peak = 0
    with open(path, "a", encoding="utf-8") as out:
        out.write(f"{event} {time.time():.6f} {peak}\n")
