"""Errors that carry a message a shelter officer can read (in Indonesian)."""

from __future__ import annotations


class RumahSinggahError(Exception):
    """Base class. ``message`` is the Indonesian text shown to the user."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class DomainError(RumahSinggahError):
    """Bad input or a rule that forbids the action; the store is left unchanged."""


class PermissionDenied(DomainError):
    """The signed-in user's role may not do this."""


class NotFound(DomainError):
    """A record that was asked for does not exist."""


class EditedElsewhere(DomainError):
    """The record changed (at another desk) since the form was filled: nothing was saved.

    ``current`` holds the values now stored for the fields in question, so the form can show
    them and keep what was typed; saving again then overwrites knowingly.
    """

    def __init__(self, message: str, current: dict, *, field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.current = current


class StoreError(RumahSinggahError):
    """The store cannot be opened or used (corrupt, locked, read-only, too new)."""
