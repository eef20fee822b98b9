"""Domain rules with no Qt and no database: vocabularies, validation, dates."""
