"""Letters in the application: preview (QtPdf), print (QPrinter) and save as PDF.

``show_letter(parent, door, actor, letter_type, stay_id=...)`` generates and keeps a letter
through the database door and opens :class:`LetterPreviewDialog` on it; ``show_reprint``
opens a kept letter. Wizards and the client record call these at the moment a letter is due.
"""

from rumahsinggah.gui.letters.preview import LetterPreviewDialog, show_letter, show_reprint

__all__ = ["LetterPreviewDialog", "show_letter", "show_reprint"]
