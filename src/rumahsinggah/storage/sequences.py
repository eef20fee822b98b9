"""Gap-tolerant, never-reused sequences kept in the ``counter`` table.

The increment runs inside the caller's write transaction (started with BEGIN IMMEDIATE), so
two users on one store never draw the same number, and a rolled-back action returns its number.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session


def next_value(session: Session, name: str) -> int:
    """The next value of sequence ``name`` (1 for a new sequence)."""
    session.execute(
        text(
            "INSERT INTO counter (name, value) VALUES (:n, 1) "
            "ON CONFLICT(name) DO UPDATE SET value = value + 1"
        ),
        {"n": name},
    )
    return session.execute(text("SELECT value FROM counter WHERE name = :n"), {"n": name}).scalar_one()


def case_number(session: Session, facility_code: str, year: int) -> str:
    """A readable case number, for example ``BJM-2026-00017``: site prefix, year, sequence."""
    value = next_value(session, f"case:{facility_code}:{year}")
    return f"{facility_code}-{year}-{value:05d}"


def case_numbers(session: Session, facility_code: str, year: int, count: int) -> list[str]:
    """``count`` consecutive case numbers of one facility and year, drawn in one statement
    (bulk work: importing an old register)."""
    first = reserve(session, f"case:{facility_code}:{year}", count)
    return [f"{facility_code}-{year}-{value:05d}" for value in range(first, first + count)]


def reserve(session: Session, name: str, count: int) -> int:
    """Reserve ``count`` consecutive values of sequence ``name``; returns the first of them.

    Used by bulk work (the demo generator) that numbers many records in one go; the counter
    ends at the last value reserved, exactly as if :func:`next_value` had been called
    ``count`` times.
    """
    if count < 1:
        raise ValueError("count must be at least 1")
    session.execute(
        text(
            "INSERT INTO counter (name, value) VALUES (:n, :c) "
            "ON CONFLICT(name) DO UPDATE SET value = value + :c"
        ),
        {"n": name, "c": count},
    )
    last = session.execute(text("SELECT value FROM counter WHERE name = :n"), {"n": name}).scalar_one()
    return last - count + 1
