"""Camera pictures kept in memory as data URLs (never a file on disk), Qt-free."""

from __future__ import annotations

import base64
from typing import Any

DATA_PREFIX = "data:image/jpeg;base64,"


def to_data_url(jpeg: bytes) -> str:
    return DATA_PREFIX + base64.b64encode(jpeg).decode("ascii")


def from_data_url(value: Any) -> bytes | None:
    if isinstance(value, str) and value.startswith(DATA_PREFIX):
        return base64.b64decode(value[len(DATA_PREFIX):])
    return None
