"""Letters and reports as PDF (ReportLab)."""
