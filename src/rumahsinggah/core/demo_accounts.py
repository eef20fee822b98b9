"""The demo store's accounts: one per role, all with the same published password.

Light on purpose: the command line reads them before it imports the store layers."""

from __future__ import annotations

from rumahsinggah.core.vocab import Role

DEMO_PASSWORD = "demo12345"
DEMO_ACCOUNTS = (
    ("admin", Role.ADMIN, "Admin Demo"),
    ("kabid", Role.KEPALA_BIDANG, "Kepala Bidang Demo"),
    ("peksos", Role.PEKERJA_SOSIAL, "Pekerja Sosial Demo"),
    ("pramu", Role.PRAMU_SOSIAL, "Pramu Sosial Demo"),
    ("petugas", Role.PETUGAS_ADMIN, "Petugas Administrasi Demo"),
)
