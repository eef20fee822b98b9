"""The published service standards (Standar Pelayanan) as data."""
