"""The shape of one service standard (Standar Pelayanan) once loaded and validated.

Everything here is plain frozen data: the loader builds it from a TOML file, the services and
screens read it. Nothing here knows about the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Units a time limit may be expressed in. "minutes" exists for sub-limits such as Kota Banjar's
# "30 menit" for receiving the letter and giving first information.
TIME_UNITS = ("minutes", "hours", "days", "working_days")
TIME_UNIT_LABELS = {
    "minutes": "menit",
    "hours": "jam",
    "days": "hari",
    "working_days": "hari kerja",
}

# Events a time limit can be counted from, and that mark a procedure step done. The services
# record them (see ``services.service_level``); "permohonan_diterima" and "kedatangan" are the
# stay's arrival time.
EVENTS = {
    "permohonan_diterima": "Permohonan / surat pengantar diterima",
    "kedatangan": "Klien tiba",
    "berkas_lengkap": "Berkas permohonan lengkap dan benar",
    "identifikasi": "Identifikasi awal dicatat",
    "asesmen_awal": "Asesmen awal",
    "asesmen_lanjutan": "Asesmen lanjutan",
    "asesmen_lingkungan_sosial": "Asesmen lingkungan sosial",
    "keputusan": "Keputusan Kepala Bidang",
    "informasi_pemohon": "Pemohon diberi informasi",
    "bimbingan": "Bimbingan diberikan",
    "penelusuran": "Penelusuran / penghubungan keluarga",
    "koordinasi": "Koordinasi dengan Dinas Sosial daerah lain",
    "rujukan": "Rujukan ke balai / panti",
    "pengiriman_panti": "Klien dikirim ke balai / panti",
    "penempatan_rps": "Ditempatkan sementara di RPS",
    "siap_pulang": "Klien ditetapkan dapat dipulangkan",
    "surat_penjamin": "Surat Penjamin ditandatangani",
    "pengantaran": "Klien diantar ke tujuan",
    "terminasi": "Terminasi / serah terima",
    "kunjungan_rumah": "Kunjungan rumah",
    "pengaduan_diterima": "Pengaduan diterima",
}

# Who performs a step: a staff role of the application, or someone outside it.
STAFF_ROLES = ("pramu_sosial", "pekerja_sosial", "kepala_bidang", "petugas_admin", "admin")
EXTERNAL_ROLES = {
    "pemohon": "Pemohon (instansi / lembaga / masyarakat)",
    "instansi_perazia": "Instansi pelaksana razia (Satpol PP)",
    "keluarga": "Keluarga klien",
    "dinas_sosial": "Dinas Sosial",
    "ketua_rps": "Ketua RPS",
    "kepala_dinas": "Kepala Dinas Sosial",
    "instansi_terkait": "Pimpinan instansi / lembaga terkait",
}
ROLES = STAFF_ROLES + tuple(EXTERNAL_ROLES)

SERVICES = ("penerimaan", "rehabilitasi", "terminasi")
REQUIREMENT_KINDS = ("syarat", "dokumen", "kesehatan", "dasar_terminasi")
FACILITY_KINDS = ("rumah_singgah", "panti", "rps")
TERMINATION_BASES = ("siap_pulang", "lewat_batas_tinggal", "dijemput_keluarga")
TERMINATION_MODES = (
    "dijemput_keluarga", "diantar_pulang", "dirujuk_balai_panti", "diserahkan_instansi",
    "pergi_tanpa_pamit", "meninggal_dunia",
)
CASE_SOURCES = (
    "razia", "laporan_masyarakat", "rujukan_instansi", "rujukan_antar_daerah",
    "permintaan_langsung",
)
COMPLAINT_CHANNELS = (
    "langsung", "kotak_saran", "website", "telepon", "whatsapp", "email", "sp4n_lapor", "surat",
)


@dataclass(frozen=True)
class TimeLimit:
    amount: float
    unit: str  # one of TIME_UNITS
    counted_from: str = "permohonan_diterima"  # one of EVENTS
    text: str = ""  # the published wording, e.g. "2 Hari kerja"
    label: str = ""  # for a part: what it limits
    parts: tuple[TimeLimit, ...] = ()  # published sub-limits (e.g. "30 menit" for the letter)

    def describe(self) -> str:
        amount = int(self.amount) if float(self.amount).is_integer() else self.amount
        return f"{amount} {TIME_UNIT_LABELS[self.unit]}"


@dataclass(frozen=True)
class Condition:
    """When a requirement or step applies. Empty means always."""

    source: tuple[str, ...] = ()  # case sources it applies to
    origin: str = ""  # "lokal" (client from the facility's own kab/kota) or "luar"
    mode: tuple[str, ...] = ()  # termination modes it applies to
    condition: str = ""  # a situation staff judge (free text): the step is then optional

    @property
    def always(self) -> bool:
        return not (self.source or self.origin or self.mode or self.condition)


@dataclass(frozen=True)
class Requirement:
    code: str
    text: str
    kind: str = "syarat"
    optional: bool = False  # "jika ada"
    when: Condition = field(default_factory=Condition)
    any_of: tuple[Requirement, ...] = ()  # alternatives: one of them suffices
    all_of: tuple[Requirement, ...] = ()  # parts: all of them are needed
    basis: str = ""  # for a termination basis alternative: the TerminationBasis code
    path: str = ""  # for an intake path alternative (A / B)

    def leaf_codes(self) -> list[str]:
        """Codes staff tick as met or not: the leaves of the tree."""
        if self.any_of:
            return [c for r in self.any_of for c in r.leaf_codes()]
        if self.all_of:
            return [c for r in self.all_of for c in r.leaf_codes()]
        return [self.code]

    def is_met(self, met: dict[str, bool]) -> bool:
        if self.any_of:
            return any(r.is_met(met) for r in self.any_of)
        if self.all_of:
            return all(r.is_met(met) for r in self.all_of)
        return bool(met.get(self.code, False))


@dataclass(frozen=True)
class Step:
    code: str
    text: str
    role: str
    output: str = ""
    event: str = ""  # the recorded event that marks the step done; empty: marked by hand
    when: Condition = field(default_factory=Condition)
    path: str = ""
    time_limit: TimeLimit | None = None  # its own limit; otherwise the standard's
    after_service: bool = False  # follow-up after the service ends (e.g. home visit)
    number: int = 0  # 1-based position in the published procedure


@dataclass(frozen=True)
class ComplaintChannel:
    kind: str
    label: str
    contact: str = ""


@dataclass(frozen=True)
class Complaints:
    text: str = ""
    channels: tuple[ComplaintChannel, ...] = ()
    stages: tuple[str, ...] = ()
    response_time: TimeLimit | None = None
    resolution: str = ""
    # The standard asks a named complainant for a valid identity document.
    identity_required: bool = False


@dataclass(frozen=True)
class Agency:
    name: str
    government: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""
    region: str = ""


@dataclass(frozen=True)
class Residency:
    limit_days: int
    warning_lead_days: int = 3
    text: str = ""


@dataclass(frozen=True)
class TerminationRules:
    standard: str = ""  # code of the standard that governs termination, if separate
    bases: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DecisionRules:
    # "Apabila kasus tersebut dinyatakan ditolak, maka klien akan dirujuk ke pihak yang lebih
    # berwenang": a rejection names the competent party the client is referred to.
    reject_refers: bool = False


@dataclass(frozen=True)
class Standard:
    code: str
    title: str
    service: str
    agency: Agency
    decree_number: str
    time_limit: TimeLimit
    requirements: tuple[Requirement, ...]
    steps: tuple[Step, ...]
    fee: str
    fee_amount: int
    products: tuple[str, ...]
    complaints: Complaints
    facility_kinds: tuple[str, ...] = ()
    residency: Residency | None = None
    termination: TerminationRules = field(default_factory=TerminationRules)
    decision: DecisionRules = field(default_factory=DecisionRules)
    source_document: str = ""
    path: Path | None = None  # the file it was loaded from

    def requirement_codes(self) -> list[str]:
        return [c for r in self.requirements for c in r.leaf_codes()]

    def step(self, code: str) -> Step | None:
        return next((s for s in self.steps if s.code == code), None)

    def health_requirements(self) -> list[Requirement]:
        return [r for r in self.requirements if r.kind == "kesehatan"]

    def termination_bases(self) -> dict[str, Requirement | None]:
        """Termination bases this standard itself allows, with the requirement that states each."""
        found: dict[str, Requirement | None] = {}
        for req in self.requirements:
            for alt in req.any_of:
                if alt.basis:
                    found[alt.basis] = alt
        for basis in self.termination.bases:
            found.setdefault(basis, None)
        return found
