"""Letters and reports as PDF (ReportLab Platypus). No Qt, no database: see :mod:`.render`."""
