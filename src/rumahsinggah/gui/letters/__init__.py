"""Letters in the application: preview (QtPdf), print (QPrinter) and save as PDF.

``show_letter(parent, door, actor, letter_type, stay_id=...)`` generates and keeps a letter
through the database door and opens :class:`LetterPreviewDialog` on it; ``show_reprint``
opens a kept letter. Wizards and the client record call these at the moment a letter is due;
``LettersPanel(door, actor, stay_id)`` lists a case's letters with *Buat surat* and reprint.
"""

from rumahsinggah.gui.letters.panel import LettersPanel
from rumahsinggah.gui.letters.preview import LetterPreviewDialog, show_letter, show_reprint

__all__ = ["LetterPreviewDialog", "LettersPanel", "show_letter", "show_reprint"]
