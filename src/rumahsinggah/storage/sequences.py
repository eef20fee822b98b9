"""Gap-tolerant, never-reused sequences kept in the ``counter`` table.

The increment runs inside the caller's write transaction (started with BEGIN IMMEDIATE), so
two users on one store never draw the same number, and a rolled-back action returns its number.

Case numbers carry the desk's code (``BJM-2026-B-00017``): each desk of a shelter draws from its
own space, so desks working offline never draw the same number and a number is never renamed
when the desks sync. A counter can still fall behind the numbers in the store (a restore of an
older copy, a partner's bundle carrying this desk's own cases back): drawing skips any number
that exists, and imports and restores raise the counters with :func:`advance_to`.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlmodel import Session

DEFAULT_DESK_CODE = "A"  # the first desk of a shelter (made by set-up)
CASE_NUMBER = re.compile(r"^(?P<fac>[A-Z0-9]{2,12})-(?P<year>\d{4})-(?P<desk>[A-Z0-9]{1,8})-"
                         r"(?P<seq>\d+)$")


def next_value(session: Session, name: str) -> int:
    """The next value of sequence ``name`` (1 for a new sequence)."""
    session.execute(
        text(
            "INSERT INTO counter (name, value) VALUES (:n, 1) "
            "ON CONFLICT(name) DO UPDATE SET value = counter.value + 1"
        ),
        {"n": name},
    )
    return session.execute(text("SELECT value FROM counter WHERE name = :n"), {"n": name}).scalar_one()


def advance_to(session: Session, name: str, value: int) -> None:
    """Make sure sequence ``name`` never again hands out ``value`` or anything below it."""
    session.execute(
        text(
            "INSERT INTO counter (name, value) VALUES (:n, :v) "
            "ON CONFLICT(name) DO UPDATE SET value = CASE WHEN counter.value > :v THEN counter.value ELSE :v END"
        ),
        {"n": name, "v": value},
    )


def desk_code(session: Session) -> str:
    """This desk's code in case numbers (kept desk-locally; ``A`` until the desk joins)."""
    value = session.execute(
        text("SELECT value FROM local_state WHERE key = 'desk_code'")
    ).scalar_one_or_none()
    return value or DEFAULT_DESK_CODE


def case_counter(facility_code: str, year: int, desk: str) -> str:
    return f"case:{facility_code}:{year}:{desk}"


def format_case_number(facility_code: str, year: int, desk: str, value: int) -> str:
    return f"{facility_code}-{year}-{desk}-{value:05d}"


def case_number(session: Session, facility_code: str, year: int) -> str:
    """A readable case number, e.g. ``BJM-2026-B-00017``: facility, year, desk, sequence.

    A number already in the store (however it got there) is skipped, never handed out twice.
    """
    desk = desk_code(session)
    name = case_counter(facility_code, year, desk)
    while True:
        number = format_case_number(facility_code, year, desk, next_value(session, name))
        taken = session.execute(
            text("SELECT 1 FROM stay WHERE case_number = :c"), {"c": number}
        ).first()
        if taken is None:
            return number


def advance_for_case_numbers(session: Session, numbers: list[str]) -> None:
    """Raise the case counters past every given number that is in a desk's space."""
    top: dict[str, int] = {}
    for number in numbers:
        m = CASE_NUMBER.match(number or "")
        if m:
            name = case_counter(m["fac"], int(m["year"]), m["desk"])
            top[name] = max(top.get(name, 0), int(m["seq"]))
    for name, value in top.items():
        advance_to(session, name, value)


def advance_all(session: Session) -> None:
    """Raise every case counter past the numbers in the store (after a restore or import)."""
    numbers = [r[0] for r in session.execute(text("SELECT case_number FROM stay"))]
    advance_for_case_numbers(session, numbers)


def case_numbers(session: Session, facility_code: str, year: int, count: int) -> list[str]:
    """``count`` case numbers of one facility and year in this desk's space, reserved in one
    statement (bulk work: importing an old register); numbers already in the store are
    skipped, as :func:`case_number` does."""
    desk = desk_code(session)
    name = case_counter(facility_code, year, desk)
    prefix = format_case_number(facility_code, year, desk, 0)[:-5]
    taken = {r[0] for r in session.execute(
        text("SELECT case_number FROM stay WHERE case_number LIKE :p"), {"p": prefix + "%"})}
    out: list[str] = []
    while len(out) < count:
        first = reserve(session, name, count - len(out))
        out += [n for n in (format_case_number(facility_code, year, desk, v)
                            for v in range(first, first + count - len(out))) if n not in taken]
    return out


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
            "ON CONFLICT(name) DO UPDATE SET value = counter.value + :c"
        ),
        {"n": name, "c": count},
    )
    last = session.execute(text("SELECT value FROM counter WHERE name = :n"), {"n": name}).scalar_one()
    return last - count + 1
