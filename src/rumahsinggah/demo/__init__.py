"""Realistic Indonesian demo data for training, screenshots and benchmarks.

``generate(store, clients=300, seed=2026)`` fills a store with facilities, agencies, staff,
raids and clients with stays in every case status; the same seed gives the same data.

- :mod:`~rumahsinggah.demo.corpus`: the places, offices, staff plan and wording drawn from;
- :mod:`~rumahsinggah.demo.bulk`: rows converted as SQLite stores them, time-ordered ids,
  ``executemany`` inserts;
- :mod:`~rumahsinggah.demo.generator`: the seeded generator and :func:`generate`.

Importing this package loads Faker: import it only where demo data is made.
"""

from rumahsinggah.demo.generator import DemoSummary, generate

__all__ = ["DemoSummary", "generate"]
