"""Controlled vocabularies stored as plain strings.

Codes are stable identifiers kept in the database; labels are the Indonesian words shown to
staff. Keeping them as ``StrEnum`` means the store holds readable text and a sync bundle from
an older desk still parses.
"""

from __future__ import annotations

from enum import StrEnum

from rumahsinggah.i18n import N_, Labels


class Role(StrEnum):
    PRAMU_SOSIAL = "pramu_sosial"
    PEKERJA_SOSIAL = "pekerja_sosial"
    KEPALA_BIDANG = "kepala_bidang"
    PETUGAS_ADMIN = "petugas_admin"
    ADMIN = "admin"


ROLE_LABELS = Labels({
    Role.PRAMU_SOSIAL: N_("Pramu Sosial"),
    Role.PEKERJA_SOSIAL: N_("Pekerja Sosial"),
    Role.KEPALA_BIDANG: N_("Kepala Bidang / Kepala Seksi"),
    Role.PETUGAS_ADMIN: N_("Petugas Administrasi"),
    Role.ADMIN: N_("Administrator"),
})


class Sex(StrEnum):
    MALE = "L"
    FEMALE = "P"


SEX_LABELS = Labels({Sex.MALE: N_("Laki-laki"), Sex.FEMALE: N_("Perempuan")})


class FacilityKind(StrEnum):
    RUMAH_SINGGAH = "rumah_singgah"
    PANTI = "panti"
    RPS = "rps"


FACILITY_KIND_LABELS = Labels({
    FacilityKind.RUMAH_SINGGAH: N_("Rumah Singgah"),
    FacilityKind.PANTI: N_("Panti Sosial"),
    FacilityKind.RPS: N_("Rumah Perlindungan Sosial"),
})


class CaseSource(StrEnum):
    RAZIA = "razia"
    LAPORAN_MASYARAKAT = "laporan_masyarakat"
    RUJUKAN_INSTANSI = "rujukan_instansi"
    RUJUKAN_ANTAR_DAERAH = "rujukan_antar_daerah"
    PERMINTAAN_LANGSUNG = "permintaan_langsung"


CASE_SOURCE_LABELS = Labels({
    CaseSource.RAZIA: N_("Razia / operasi penertiban"),
    CaseSource.LAPORAN_MASYARAKAT: N_("Laporan masyarakat"),
    CaseSource.RUJUKAN_INSTANSI: N_("Rujukan instansi"),
    CaseSource.RUJUKAN_ANTAR_DAERAH: N_("Rujukan antar daerah"),
    CaseSource.PERMINTAAN_LANGSUNG: N_("Permintaan langsung"),
})


class CaseStatus(StrEnum):
    """Where a stay stands. Open statuses come first."""

    TERDAFTAR = "terdaftar"  # registered by the pramu sosial
    IDENTIFIKASI = "identifikasi"  # initial identification done
    ASESMEN = "asesmen"  # assessment under way
    MENUNGGU_KEPUTUSAN = "menunggu_keputusan"  # submitted to the Kepala Bidang
    DALAM_PELAYANAN = "dalam_pelayanan"  # admitted: tampung dan intervensi
    RESOSIALISASI = "resosialisasi"  # family traced, preparing return
    # closed statuses
    DIRUJUK = "dirujuk"  # referred onward (balai / panti / other agency)
    RUJUK_KESEHATAN = "rujuk_kesehatan"  # not physically healthy: to a health service
    DITOLAK = "ditolak"  # rejected by the Kepala Bidang
    SELESAI = "selesai"  # terminated (returned home, handed over, ...)


OPEN_STATUSES = (
    CaseStatus.TERDAFTAR,
    CaseStatus.IDENTIFIKASI,
    CaseStatus.ASESMEN,
    CaseStatus.MENUNGGU_KEPUTUSAN,
    CaseStatus.DALAM_PELAYANAN,
    CaseStatus.RESOSIALISASI,
)

CASE_STATUS_LABELS = Labels({
    CaseStatus.TERDAFTAR: N_("Terdaftar"),
    CaseStatus.IDENTIFIKASI: N_("Identifikasi awal"),
    CaseStatus.ASESMEN: N_("Asesmen"),
    CaseStatus.MENUNGGU_KEPUTUSAN: N_("Menunggu keputusan"),
    CaseStatus.DALAM_PELAYANAN: N_("Dalam pelayanan"),
    CaseStatus.RESOSIALISASI: N_("Resosialisasi"),
    CaseStatus.DIRUJUK: N_("Dirujuk"),
    CaseStatus.RUJUK_KESEHATAN: N_("Dirujuk ke layanan kesehatan"),
    CaseStatus.DITOLAK: N_("Ditolak"),
    CaseStatus.SELESAI: N_("Selesai (terminasi)"),
})


class AssessmentKind(StrEnum):
    AWAL = "awal"
    LANJUTAN = "lanjutan"
    LINGKUNGAN_SOSIAL = "lingkungan_sosial"


ASSESSMENT_KIND_LABELS = Labels({
    AssessmentKind.AWAL: N_("Asesmen awal"),
    AssessmentKind.LANJUTAN: N_("Asesmen lanjutan"),
    AssessmentKind.LINGKUNGAN_SOSIAL: N_("Asesmen lingkungan sosial"),
})


class DecisionOutcome(StrEnum):
    TAMPUNG = "tampung"  # admit: tampung dan intervensi
    RUJUK = "rujuk"  # refer onward
    TOLAK = "tolak"  # reject


DECISION_OUTCOME_LABELS = Labels({
    DecisionOutcome.TAMPUNG: N_("Tampung dan intervensi"),
    DecisionOutcome.RUJUK: N_("Rujuk lanjutan"),
    DecisionOutcome.TOLAK: N_("Tolak"),
})


class ServiceKind(StrEnum):
    """Forms of social rehabilitation (Permensos 16/2019), used as service types."""

    MOTIVASI_DIAGNOSIS = "motivasi_diagnosis_psikososial"
    PERAWATAN = "perawatan_pengasuhan"
    VOKASIONAL = "vokasional"
    MENTAL_SPIRITUAL = "bimbingan_mental_spiritual"
    FISIK = "bimbingan_fisik"
    SOSIAL = "bimbingan_sosial"
    AKSESIBILITAS = "aksesibilitas"
    BANTUAN = "bantuan_asistensi"
    RESOSIALISASI = "resosialisasi"
    BIMBINGAN_LANJUT = "bimbingan_lanjut"
    RUJUKAN = "rujukan"
    KESEHATAN = "pemeriksaan_kesehatan"


SERVICE_KIND_LABELS = Labels({
    ServiceKind.MOTIVASI_DIAGNOSIS: N_("Motivasi dan diagnosis psikososial"),
    ServiceKind.PERAWATAN: N_("Perawatan dan pengasuhan"),
    ServiceKind.VOKASIONAL: N_("Bimbingan vokasional"),
    ServiceKind.MENTAL_SPIRITUAL: N_("Bimbingan mental-spiritual"),
    ServiceKind.FISIK: N_("Bimbingan fisik"),
    ServiceKind.SOSIAL: N_("Bimbingan sosial"),
    ServiceKind.AKSESIBILITAS: N_("Aksesibilitas"),
    ServiceKind.BANTUAN: N_("Bantuan dan asistensi sosial"),
    ServiceKind.RESOSIALISASI: N_("Resosialisasi"),
    ServiceKind.BIMBINGAN_LANJUT: N_("Bimbingan lanjut"),
    ServiceKind.RUJUKAN: N_("Rujukan"),
    ServiceKind.KESEHATAN: N_("Pemeriksaan kesehatan"),
})


class TracingMethod(StrEnum):
    TELEPON = "telepon"
    KUNJUNGAN = "kunjungan"
    SURAT_DINAS = "surat_dinas"
    MEDIA_SOSIAL = "media_sosial"


class TracingResult(StrEnum):
    DITEMUKAN = "ditemukan"
    TIDAK_DITEMUKAN = "tidak_ditemukan"
    MENUNGGU = "menunggu"


class TerminationBasis(StrEnum):
    SIAP = "siap_pulang"  # intervention done / assessment says ready
    LEWAT_BATAS = "lewat_batas_tinggal"  # resident more than the standard's limit (21 days)
    DIJEMPUT_KELUARGA = "dijemput_keluarga"  # the family comes to pick up


TERMINATION_BASIS_LABELS = Labels({
    TerminationBasis.SIAP: N_("Intervensi selesai / asesmen menyatakan dapat dipulangkan"),
    TerminationBasis.LEWAT_BATAS: N_("Telah tinggal melebihi batas waktu (lebih dari 21 hari)"),
    TerminationBasis.DIJEMPUT_KELUARGA: N_("Keluarga datang menjemput"),
})


class TerminationMode(StrEnum):
    DIJEMPUT = "dijemput_keluarga"
    DIANTAR = "diantar_pulang"
    DIRUJUK = "dirujuk_balai_panti"
    DISERAHKAN = "diserahkan_instansi"
    PERGI = "pergi_tanpa_pamit"
    MENINGGAL = "meninggal_dunia"


TERMINATION_MODE_LABELS = Labels({
    TerminationMode.DIJEMPUT: N_("Dijemput keluarga"),
    TerminationMode.DIANTAR: N_("Diantar pulang ke keluarga"),
    TerminationMode.DIRUJUK: N_("Dirujuk ke balai / panti"),
    TerminationMode.DISERAHKAN: N_("Diserahkan ke instansi lain"),
    TerminationMode.PERGI: N_("Pergi tanpa pamit"),
    TerminationMode.MENINGGAL: N_("Meninggal dunia"),
})


class AttachmentKind(StrEnum):
    KTP = "ktp"
    KK = "kk"
    FOTO = "foto"
    SURAT = "surat"
    SURAT_PENJAMIN = "surat_penjamin"
    DOKUMENTASI = "dokumentasi"
    LAINNYA = "lainnya"


class ComplaintChannel(StrEnum):
    LANGSUNG = "langsung"
    KOTAK_SARAN = "kotak_saran"
    WEBSITE = "website"
    TELEPON = "telepon"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    SP4N_LAPOR = "sp4n_lapor"


class ComplaintStage(StrEnum):
    DITERIMA = "diterima"
    PEMERIKSAAN_ADMINISTRASI = "pemeriksaan_administrasi"
    KOORDINASI = "koordinasi"
    TANGGAPAN = "tanggapan"
    SELESAI = "selesai"


PMKS_CATEGORIES = (
    "anak balita terlantar",
    "anak terlantar",
    "anak berhadapan dengan hukum",
    "anak jalanan",
    "anak dengan kedisabilitasan",
    "anak korban tindak kekerasan",
    "anak memerlukan perlindungan khusus",
    "lanjut usia terlantar",
    "penyandang disabilitas",
    "tuna susila",
    "gelandangan",
    "pengemis",
    "pemulung",
    "orang terlantar",
    "kelompok minoritas",
    "bekas warga binaan lembaga pemasyarakatan",
    "orang dengan HIV/AIDS",
    "korban penyalahgunaan NAPZA",
    "korban perdagangan orang",
    "korban tindak kekerasan",
    "pekerja migran bermasalah sosial",
    "korban bencana alam",
    "korban bencana sosial",
    "perempuan rawan sosial ekonomi",
    "fakir miskin",
    "keluarga bermasalah sosial psikologis",
    "komunitas adat terpencil",
)

RELIGIONS = ("Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Khonghucu", "Kepercayaan")
