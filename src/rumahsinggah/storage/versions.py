"""Per-field versions of a row, for the merge between desks (see rumahsinggah.sync.merge).

A version is ``[stamp, site]`` (or ``[stamp, site, seen]``): the hybrid-logical-clock stamp of
the edit, the desk that made it, and what the edit had seen of this field, as a version vector
``{site: highest stamp}`` (absent: only itself). An edit made on top of a value has seen that
value's history, so "a has seen b" is exact causality: ``a.seen[b.site] >= b.stamp``. Two
versions neither of which has seen the other are concurrent: the merge keeps a winner and the
loser as a conflict. ``"*"`` holds the insert; fields never edited since use it.
"""

from __future__ import annotations

from typing import Any

Version = list  # [stamp, site] or [stamp, site, {site: stamp}]
STAR = "*"


def make(stamp: int, site: str, seen: dict[str, int] | None = None) -> Version:
    if seen and any(s != site for s in seen):
        return [stamp, site, {s: v for s, v in sorted(seen.items())}]
    return [stamp, site]


def seen_of(v: Version) -> dict[str, int]:
    out = dict(v[2]) if len(v) > 2 else {}
    out[v[1]] = max(out.get(v[1], 0), v[0])
    return out


def effective(versions: dict[str, Any] | None, field: str, default: Version) -> Version:
    if versions:
        return versions.get(field) or versions.get(STAR) or default
    return default


def has_seen(a: Version, b: Version) -> bool:
    """True when the edit ``a`` was made knowing ``b`` (or is ``b``)."""
    return seen_of(a).get(b[1], -1) >= b[0]


def after_edit(base: Version, stamp: int, site: str) -> Version:
    """The version of a local edit made on top of ``base``."""
    seen = seen_of(base)
    seen[site] = stamp
    return make(stamp, site, seen)


def joined(winner: Version, loser: Version) -> Version:
    """The winner of two concurrent versions, having seen both (the loser is kept aside)."""
    seen = seen_of(winner)
    for s, v in seen_of(loser).items():
        seen[s] = max(seen.get(s, 0), v)
    return make(winner[0], winner[1], seen)


def order_key(v: Version) -> tuple[int, str]:
    return (int(v[0]), str(v[1]))
