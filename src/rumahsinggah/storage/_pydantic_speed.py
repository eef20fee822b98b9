"""Model construction without re-reading each default factory's signature.

SQLModel builds a table model by asking pydantic for every unset field's default; pydantic
2.x decides whether a default factory takes the validated data by calling
``inspect.signature`` on it, for every field of every instance. That was a third of the
time of a register import (issue 18). A factory's signature never changes, so the answer is
remembered per factory; unhashable factories are asked as before.
"""

from __future__ import annotations

from typing import Any

_installed = False


def install() -> None:
    global _installed
    if _installed:
        return
    try:
        from pydantic._internal import _fields
    except ImportError:  # another pydantic layout: nothing to speed up
        return
    original = getattr(_fields, "takes_validated_data_argument", None)
    if original is None:
        return
    answers: dict[Any, bool] = {}

    def takes_validated_data_argument(default_factory: Any) -> bool:
        try:
            return answers[default_factory]
        except KeyError:
            answer = answers[default_factory] = original(default_factory)
            return answer
        except TypeError:  # unhashable
            return original(default_factory)

    takes_validated_data_argument.__wrapped__ = original  # type: ignore[attr-defined]
    _fields.takes_validated_data_argument = takes_validated_data_argument
    _installed = True
