"""``python -m rumahsinggah`` and the ``rumahsinggah`` script."""

from __future__ import annotations

import sys

from rumahsinggah.cli import main

if __name__ == "__main__":
    sys.exit(main())
