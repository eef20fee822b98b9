"""Text helpers shared by the wizards: the translation call, message colours, error text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #5f6368;"


def tr(text: str) -> str:
    """Translate a wizard text. ``pyside6-lupdate`` files a module-level ``tr("...")`` call
    under the empty context, so that is the context looked up here: running
    ``resources/i18n/update_translations.py`` picks the wizards' texts up as they are."""
    return QCoreApplication.translate("", text)


def message_of(exc: Exception) -> str:
    """The Indonesian message of a DomainError, else the exception's text."""
    return getattr(exc, "message", None) or str(exc) or exc.__class__.__name__


class lazy_tr:  # noqa: N801 - used like a function in class bodies
    """A class attribute translated each time it is read: a module may be imported (by the
    preloader) before the language is installed, or the user may switch language later.
    ``title = lazy_tr(lambda: tr("Asesmen"))`` keeps the ``tr("...")`` lupdate looks for."""

    def __init__(self, make: Callable[[], str]) -> None:
        self._make = make

    def __get__(self, obj: object, owner: type | None = None) -> str:
        return self._make()
