"""Who may do what: one table from action to roles, read by services, menus and wizards.

``require_role(session, permissions.roles_for(action), phrase)`` (or :func:`require`) enforces
it in the services; the main window and the wizards offer an action only to the roles
``can(role, action)`` answers yes for, so nobody is offered something they will be refused.
Actions missing from the table (reading the board, a record) are open to every signed-in role.
"""

from __future__ import annotations

from dataclasses import dataclass

from rumahsinggah.core.vocab import Role

R = Role
CASE_STAFF = (R.PRAMU_SOSIAL, R.PEKERJA_SOSIAL, R.KEPALA_BIDANG)
SOCIAL_WORKERS = (R.PEKERJA_SOSIAL, R.KEPALA_BIDANG)
OFFICE_STAFF = (R.ADMIN, R.KEPALA_BIDANG, R.PETUGAS_ADMIN)


@dataclass(frozen=True)
class Permission:
    roles: tuple[str, ...]
    phrase: str  # Indonesian, completes "Peran X tidak berwenang ..."


def _p(roles, phrase: str) -> Permission:
    return Permission(tuple(sorted({str(r) for r in roles})), phrase)


ACTIONS: dict[str, Permission] = {
    # intake
    "intake.register": _p(CASE_STAFF, "mencatat penerimaan klien"),
    "intake.raid": _p(CASE_STAFF, "mencatat hasil razia"),
    "intake.requirements": _p(CASE_STAFF, "mencatat persyaratan"),
    "intake.file_complete": _p(CASE_STAFF, "mencatat kelengkapan berkas"),
    "client.merge": _p(CASE_STAFF, "menggabungkan data klien"),
    "client.edit_identity": _p((*CASE_STAFF, R.PETUGAS_ADMIN, R.ADMIN),
                               "mengubah identitas klien"),
    "attachment.add": _p((*CASE_STAFF, R.PETUGAS_ADMIN, R.ADMIN), "menambah lampiran"),
    # casework
    "casework.identification": _p(CASE_STAFF, "mencatat identifikasi awal"),
    "casework.belongings": _p(CASE_STAFF, "mencatat barang bawaan"),
    "casework.assessment": _p(SOCIAL_WORKERS, "mencatat asesmen"),
    "casework.care": _p(CASE_STAFF, "mencatat bimbingan"),
    "casework.family": _p(CASE_STAFF, "mencatat anggota keluarga"),
    "casework.tracing": _p(CASE_STAFF, "mencatat penelusuran keluarga"),
    "casework.coordination": _p((*SOCIAL_WORKERS, R.PETUGAS_ADMIN),
                                "mencatat koordinasi antar daerah"),
    "casework.coordination_reply": _p((*SOCIAL_WORKERS, R.PETUGAS_ADMIN),
                                      "mencatat balasan koordinasi"),
    "casework.referral": _p(SOCIAL_WORKERS, "merujuk klien ke panti / balai"),
    "casework.rps_placement": _p(SOCIAL_WORKERS, "menempatkan klien sementara di RPS"),
    "casework.home_visit_plan": _p(SOCIAL_WORKERS, "menjadwalkan kunjungan rumah"),
    "casework.home_visit_record": _p(SOCIAL_WORKERS, "mencatat hasil kunjungan rumah"),
    "service_level.mark_step": _p(CASE_STAFF, "menandai langkah prosedur selesai"),
    # decision and termination
    "decision.decide": _p((R.KEPALA_BIDANG,), "memutuskan penerimaan klien"),
    "decision.notify": _p((*CASE_STAFF, *OFFICE_STAFF), "mencatat pemberitahuan pemohon"),
    "termination.ready": _p(SOCIAL_WORKERS, "menetapkan klien dapat dipulangkan"),
    "termination.terminate": _p(SOCIAL_WORKERS, "melakukan terminasi"),
    # office
    "org.agency_add": _p((*OFFICE_STAFF, R.PRAMU_SOSIAL, R.PEKERJA_SOSIAL),
                         "menambah data instansi"),
    "org.facility_add": _p(OFFICE_STAFF, "menambah fasilitas"),
    "settings.edit": _p(OFFICE_STAFF, "mengubah pengaturan kantor"),
    "calendar.edit": _p(OFFICE_STAFF, "mengubah kalender hari libur kantor"),
    "users.manage": _p((R.ADMIN,), "mengelola pengguna"),
    "letters.correct": _p((R.PETUGAS_ADMIN, R.KEPALA_BIDANG, R.ADMIN),
                          "membetulkan surat"),
    "sync.export": _p(OFFICE_STAFF, "mengekspor paket sinkronisasi"),
    "sync.import": _p(OFFICE_STAFF, "mengimpor paket sinkronisasi"),
    "sync.resolve": _p((*OFFICE_STAFF, *CASE_STAFF), "memutuskan konflik sinkronisasi"),
    "desk.invite": _p(OFFICE_STAFF, "mengundang meja baru"),
    "desk.join": _p(OFFICE_STAFF, "menjadikan folder ini meja baru"),
    "desk.head_office": _p((R.ADMIN,), "mengubah pengaturan kantor pusat"),
    "letters.book": _p((*OFFICE_STAFF, R.PEKERJA_SOSIAL), "melihat buku agenda surat keluar"),
    "register.import": _p(OFFICE_STAFF, "mengimpor register klien lama"),
    # complaints (pengaduan) and the service-level view
    "complaints.manage": _p(OFFICE_STAFF, "mencatat dan menindaklanjuti pengaduan"),
    "complaints.view": _p(OFFICE_STAFF, "melihat register pengaduan"),
    "complaints.letters": _p(OFFICE_STAFF, "membuat surat pengaduan"),
    "service_level.view": _p((*OFFICE_STAFF, R.PEKERJA_SOSIAL),
                             "melihat capaian standar pelayanan"),
    "duplicates.merge": _p((R.ADMIN,), "menggabungkan data klien ganda"),
    "report.monthly": _p(OFFICE_STAFF, "membuat rekap bulanan"),
}

EVERY_ROLE = tuple(str(r) for r in Role)


def roles_for(action: str) -> tuple[str, ...]:
    """The roles allowed ``action``; every role for an action the table does not restrict."""
    entry = ACTIONS.get(action)
    return entry.roles if entry is not None else EVERY_ROLE


allowed_roles = roles_for


def can(role: str | None, action: str) -> bool:
    return str(role or "") in roles_for(action)


def phrase(action: str) -> str:
    entry = ACTIONS.get(action)
    return entry.phrase if entry is not None else action


def require(session, action: str):
    """``require_role`` with the table's roles and wording; returns the acting Actor."""
    from rumahsinggah.services._common import require_role

    return require_role(session, roles_for(action), phrase(action))
