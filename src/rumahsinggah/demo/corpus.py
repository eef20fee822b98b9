"""The demo corpus: the places, offices, staff plan and wording the demo generator draws from.

Nothing here is random: regions with their BPS codes, districts and villages; the four demo
facilities with the origins, PMKS categories and case sources of their clients; agencies,
referral destinations, the staff plan; the Indonesian phrases an assessment, a service session
or a home visit is written with; and the weights that shape statuses and terminations.
:mod:`rumahsinggah.demo.generator` turns these into people and histories.
"""

from __future__ import annotations

from dataclasses import dataclass

from rumahsinggah.core.vocab import CaseSource, CaseStatus, FacilityKind, Role, TerminationMode

# --------------------------------------------------------------------------- geography

@dataclass(frozen=True)
class Region:
    province: str
    regency: str
    code: str  # BPS kab/kota code, the first four digits of a NIK
    districts: tuple[tuple[str, tuple[str, ...]], ...]


def _r(province: str, regency: str, code: str, **districts: tuple[str, ...]) -> Region:
    return Region(
        province, regency, code,
        tuple((name.replace("_", " "), villages) for name, villages in districts.items()),
    )


REGIONS: dict[str, Region] = {
    r.regency: r
    for r in (
        _r("Kalimantan Selatan", "Kota Banjarmasin", "6371",
           Banjarmasin_Selatan=("Kelayan Luar", "Pekauman", "Basirih Selatan", "Tanjung Pagar"),
           Banjarmasin_Timur=("Sungai Bilu", "Kuripan", "Pengambangan", "Karang Mekar"),
           Banjarmasin_Barat=("Telaga Biru", "Pelambuan", "Kuin Cerucuk", "Teluk Tiram"),
           Banjarmasin_Tengah=("Pasar Lama", "Kertak Baru Ilir", "Teluk Dalam", "Sungai Baru"),
           Banjarmasin_Utara=("Sungai Miai", "Alalak Utara", "Kuin Utara", "Sungai Jingah")),
        _r("Kalimantan Selatan", "Kabupaten Banjar", "6303",
           Martapura=("Jawa", "Keraton", "Tanjung Rema"), Gambut=("Gambut", "Kayu Bawang")),
        _r("Kalimantan Selatan", "Kota Banjarbaru", "6372",
           Landasan_Ulin=("Landasan Ulin Timur", "Guntung Payung"),
           Banjarbaru_Utara=("Loktabat Utara", "Mentaos")),
        _r("Kalimantan Selatan", "Kabupaten Barito Kuala", "6304",
           Alalak=("Handil Bakti", "Berangas"), Marabahan=("Marabahan Kota", "Ulu Benteng")),
        _r("Kalimantan Selatan", "Kabupaten Hulu Sungai Selatan", "6306",
           Kandangan=("Kandangan Kota", "Jambu Hilir")),
        _r("Jawa Barat", "Kota Banjar", "3279",
           Banjar=("Banjar", "Mekarsari", "Situbatu"),
           Pataruman=("Pataruman", "Hegarsari", "Karyamukti"),
           Purwaharja=("Purwaharja", "Raharja"), Langensari=("Langensari", "Rejasari")),
        _r("Jawa Barat", "Kabupaten Ciamis", "3207",
           Ciamis=("Ciamis", "Kertasari", "Linggasari"), Cijeungjing=("Cijeungjing", "Handapherang")),
        _r("Jawa Barat", "Kabupaten Pangandaran", "3218",
           Pangandaran=("Pangandaran", "Pananjung"), Kalipucang=("Kalipucang", "Emplak")),
        _r("Jawa Barat", "Kota Tasikmalaya", "3278",
           Cihideung=("Yudanagara", "Tuguraja"), Tawang=("Kahuripan", "Empangsari")),
        _r("Jawa Tengah", "Kabupaten Cilacap", "3301",
           Majenang=("Majenang", "Cilopadang"), Sidareja=("Sidareja", "Tegalsari")),
        _r("Kepulauan Bangka Belitung", "Kota Pangkalpinang", "1971",
           Taman_Sari=("Rawa Bangun", "Kejaksaan"), Gerunggang=("Kacang Pedang", "Bukit Intan"),
           Rangkui=("Bintang", "Masjid Jamik"), Bukit_Intan=("Air Itam", "Sinar Bulan")),
        _r("Kepulauan Bangka Belitung", "Kabupaten Bangka", "1901",
           Sungailiat=("Sungailiat", "Kuday"), Belinyu=("Belinyu", "Romodong")),
        _r("Kepulauan Bangka Belitung", "Kabupaten Belitung", "1902",
           Tanjung_Pandan=("Tanjung Pendam", "Parit")),
        _r("Kepulauan Bangka Belitung", "Kabupaten Bangka Tengah", "1904",
           Koba=("Koba", "Simpang Perlang")),
        _r("DKI Jakarta", "Kota Jakarta Selatan", "3171", Tebet=("Tebet Barat", "Manggarai")),
        _r("Jawa Timur", "Kota Surabaya", "3578", Tambaksari=("Pacar Keling", "Ploso")),
        _r("Sumatera Selatan", "Kota Palembang", "1671", Ilir_Barat_I=("Bukit Lama", "Siring Agung")),
        _r("Kalimantan Tengah", "Kota Palangka Raya", "6271", Jekan_Raya=("Palangka", "Menteng")),
        _r("Kalimantan Timur", "Kota Samarinda", "6472", Samarinda_Ulu=("Air Putih", "Sidodadi")),
        _r("Sulawesi Selatan", "Kota Makassar", "7371", Tamalate=("Parang Tambung", "Mangasa")),
    )
}


# --------------------------------------------------------------------------- organisation

@dataclass(frozen=True)
class FacilitySpec:
    code: str
    name: str
    kind: str
    regency: str
    address: str
    phone: str
    capacity: int
    standard: str
    share: float  # of clients whose usual facility this is
    origins: tuple[tuple[str, int], ...]  # (regency, weight); "*" = anywhere
    pmks: tuple[tuple[str, int], ...]
    sources: tuple[tuple[str, int], ...]
    agency: str  # the Dinas that runs it
    raid_agencies: tuple[str, ...]
    female_only: bool = False


RS_PMKS = (("gelandangan", 30), ("pengemis", 25), ("pemulung", 10), ("anak jalanan", 10),
           ("orang terlantar", 10), ("lanjut usia terlantar", 8), ("penyandang disabilitas", 5),
           ("korban tindak kekerasan", 2))

FACILITIES = (
    FacilitySpec(
        "BJM", "Rumah Singgah Dinas Sosial Kota Banjarmasin", FacilityKind.RUMAH_SINGGAH,
        "Kota Banjarmasin", "Jl. Sultan Adam No. 18, Sungai Jingah", "(0511) 3304512", 40,
        "bjm-penerimaan-rs", 0.48,
        (("Kota Banjarmasin", 60), ("Kabupaten Banjar", 10), ("Kota Banjarbaru", 6),
         ("Kabupaten Barito Kuala", 8), ("Kabupaten Hulu Sungai Selatan", 6), ("*", 10)),
        RS_PMKS,
        ((CaseSource.RAZIA, 55), (CaseSource.LAPORAN_MASYARAKAT, 16),
         (CaseSource.RUJUKAN_INSTANSI, 14), (CaseSource.RUJUKAN_ANTAR_DAERAH, 5),
         (CaseSource.PERMINTAAN_LANGSUNG, 10)),
        "Dinas Sosial Kota Banjarmasin", ("Satpol PP Kota Banjarmasin", "Polresta Banjarmasin"),
    ),
    FacilitySpec(
        "BJR", "Rumah Singgah Dinsos P3A Kota Banjar", FacilityKind.RUMAH_SINGGAH,
        "Kota Banjar", "Jl. Siliwangi No. 54, Banjar", "(0265) 741234", 25,
        "banjar-gepeng", 0.22,
        (("Kota Banjar", 50), ("Kabupaten Ciamis", 15), ("Kabupaten Pangandaran", 8),
         ("Kota Tasikmalaya", 7), ("Kabupaten Cilacap", 8), ("*", 12)),
        RS_PMKS,
        ((CaseSource.RAZIA, 60), (CaseSource.LAPORAN_MASYARAKAT, 15),
         (CaseSource.RUJUKAN_INSTANSI, 10), (CaseSource.RUJUKAN_ANTAR_DAERAH, 5),
         (CaseSource.PERMINTAAN_LANGSUNG, 10)),
        "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Banjar",
        ("Satpol PP Kota Banjar", "Polres Banjar"),
    ),
    FacilitySpec(
        "BBL", "Panti Sosial Bina Serumpun", FacilityKind.PANTI,
        "Kota Pangkalpinang", "Jl. Pulau Bangka, Air Itam", "(0717) 438812", 60,
        "babel-orang-terlantar", 0.16,
        (("Kota Pangkalpinang", 30), ("Kabupaten Bangka", 25), ("Kabupaten Belitung", 15),
         ("Kabupaten Bangka Tengah", 15), ("*", 15)),
        (("orang terlantar", 45), ("lanjut usia terlantar", 25), ("penyandang disabilitas", 10),
         ("gelandangan", 10), ("pekerja migran bermasalah sosial", 10)),
        ((CaseSource.RUJUKAN_INSTANSI, 55), (CaseSource.RUJUKAN_ANTAR_DAERAH, 20),
         (CaseSource.PERMINTAAN_LANGSUNG, 15), (CaseSource.RAZIA, 10)),
        "Dinas Sosial dan Pemberdayaan Masyarakat Desa Provinsi Kepulauan Bangka Belitung",
        ("Satpol PP Kota Pangkalpinang",),
    ),
    FacilitySpec(
        "PGK", "Rumah Perlindungan Sosial Kota Pangkalpinang", FacilityKind.RPS,
        "Kota Pangkalpinang", "Jl. Depati Amir No. 7, Bukit Intan", "(0717) 421190", 20,
        "pgk-tuna-susila", 0.14,
        (("Kota Pangkalpinang", 60), ("Kabupaten Bangka", 20), ("Kabupaten Bangka Tengah", 10),
         ("*", 10)),
        (("tuna susila", 70), ("perempuan rawan sosial ekonomi", 15),
         ("korban perdagangan orang", 10), ("korban tindak kekerasan", 5)),
        ((CaseSource.LAPORAN_MASYARAKAT, 35), (CaseSource.RUJUKAN_INSTANSI, 30),
         (CaseSource.RAZIA, 30), (CaseSource.PERMINTAAN_LANGSUNG, 5)),
        "Dinas Sosial Kota Pangkalpinang",
        ("Satpol PP Kota Pangkalpinang", "Polresta Pangkalpinang"),
        female_only=True,
    ),
)

AGENCIES = (
    ("Dinas Sosial Kota Banjarmasin", "dinsos", "Kota Banjarmasin"),
    ("Satpol PP Kota Banjarmasin", "satpol_pp", "Kota Banjarmasin"),
    ("Polresta Banjarmasin", "polisi", "Kota Banjarmasin"),
    ("RSUD Ulin Banjarmasin", "rumah_sakit", "Kota Banjarmasin"),
    ("Puskesmas Pekauman", "puskesmas", "Kota Banjarmasin"),
    ("Dinas Sosial Kabupaten Banjar", "dinsos", "Kabupaten Banjar"),
    ("Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Banjar", "dinsos",
     "Kota Banjar"),
    ("Satpol PP Kota Banjar", "satpol_pp", "Kota Banjar"),
    ("Polres Banjar", "polisi", "Kota Banjar"),
    ("Dinas Sosial Kabupaten Ciamis", "dinsos", "Kabupaten Ciamis"),
    ("RSUD Kota Banjar", "rumah_sakit", "Kota Banjar"),
    ("Dinas Sosial dan Pemberdayaan Masyarakat Desa Provinsi Kepulauan Bangka Belitung",
     "dinsos", "Kota Pangkalpinang"),
    ("Dinas Sosial Kota Pangkalpinang", "dinsos", "Kota Pangkalpinang"),
    ("Dinas Sosial Kabupaten Bangka", "dinsos", "Kabupaten Bangka"),
    ("Satpol PP Kota Pangkalpinang", "satpol_pp", "Kota Pangkalpinang"),
    ("Polresta Pangkalpinang", "polisi", "Kota Pangkalpinang"),
    ("RSUD Depati Hamzah Pangkalpinang", "rumah_sakit", "Kota Pangkalpinang"),
    ("Balai Besar Rehabilitasi Sosial Budi Luhur Banjarbaru", "balai", "Kota Banjarbaru"),
    ("Balai Rehabilitasi Sosial Eks Gelandangan dan Pengemis Pangudi Luhur Bekasi", "balai",
     "Kota Jakarta Selatan"),
    ("LKS Yayasan Peduli Sesama", "lks", "Kota Banjarmasin"),
)

REFERRAL_DESTINATIONS = (
    "Balai Besar Rehabilitasi Sosial Budi Luhur Banjarbaru",
    "Balai Rehabilitasi Sosial Eks Gelandangan dan Pengemis Pangudi Luhur Bekasi",
    "Panti Sosial Bina Serumpun",
    "Panti Sosial Tresna Werdha Budi Sejahtera",
    "Rumah Sakit Jiwa Sambang Lihum",
    "Dinas Sosial daerah asal",
)
HEALTH_SERVICES = ("RSUD Ulin Banjarmasin", "Puskesmas Pekauman", "RSUD Kota Banjar",
                   "RSUD Depati Hamzah Pangkalpinang", "Rumah Sakit Jiwa Sambang Lihum")

STAFF_PLAN = (
    (Role.KEPALA_BIDANG, 1, "Kepala Bidang Rehabilitasi Sosial"),
    (Role.PEKERJA_SOSIAL, 2, "Pekerja Sosial Ahli Muda"),
    (Role.PRAMU_SOSIAL, 3, "Pramu Sosial"),
    (Role.PETUGAS_ADMIN, 1, "Pengelola Administrasi Umum"),
)

# --------------------------------------------------------------------------- wording

NICKNAMES_M = ("Udin", "Ucok", "Ujang", "Acil", "Iwan", "Anang", "Utuh", "Mamat", "Jaka",
               "Bujang", "Ipul", "Dodi", "Kacung", "Mbah Man")
NICKNAMES_F = ("Iyah", "Ijah", "Nining", "Galuh", "Utuh", "Neng", "Ani", "Wati", "Mbok Sri",
               "Ina", "Pipit", "Eti")
HEIGHTS = tuple(range(145, 181))
SKIN = ("kulit sawo matang", "kulit kuning langsat", "kulit gelap", "kulit cokelat")
HAIR = ("rambut ikal", "rambut lurus sebahu", "rambut cepak", "rambut gondrong kusut",
        "rambut beruban", "berkerudung")
MARKS = ("", "", "bekas luka di pelipis kiri", "tahi lalat di dagu", "tato di lengan kanan",
         "gigi depan ompong", "jalan agak pincang", "bekas luka bakar di tangan kiri")
PROBLEMS = (
    "Hidup menggelandang di sekitar pasar dan tidur di emperan toko.",
    "Mengemis di persimpangan lampu merah bersama anak.",
    "Terlantar setelah ditinggal keluarga di terminal.",
    "Tidak memiliki tempat tinggal setelah rumah kontrakan habis masa sewanya.",
    "Datang mencari pekerjaan dan kehabisan bekal di kota.",
    "Mengalami gangguan perilaku, berkeliaran tanpa tujuan.",
    "Bekerja sebagai pemulung dan tidur di gerobak.",
)
CAUSES = ("Kemiskinan dan tidak memiliki pekerjaan tetap.", "Konflik dengan keluarga.",
          "Ditinggal pasangan, tidak ada sanak saudara di kota.",
          "Usia lanjut dan tidak ada yang merawat.", "Putus sekolah dan terpengaruh teman.",
          "Korban penipuan tawaran kerja.")
PHYSICAL = ("Sehat, kurang gizi ringan.", "Sehat.", "Luka lecet di kaki, sudah dirawat.",
            "Batuk dan demam ringan; diperiksa puskesmas.", "Penglihatan berkurang.")
MENTAL = ("Stabil, komunikatif.", "Cemas dan mudah menangis.", "Pendiam, mulai terbuka.",
          "Orientasi waktu dan tempat kurang baik.", "Kooperatif.")
SPIRITUAL = ("Menjalankan ibadah bila diingatkan.", "Rajin beribadah.",
             "Belum rutin beribadah; bersedia mengikuti bimbingan.")
SOCIAL = ("Mudah bergaul dengan penghuni lain.", "Menarik diri dari lingkungan.",
          "Pernah bekerja serabutan sebagai buruh.", "Memiliki keterampilan memasak.")
FAMILY = ("Masih memiliki ibu dan dua saudara di daerah asal.",
          "Keluarga tidak diketahui keberadaannya.",
          "Memiliki istri dan anak; hubungan renggang.", "Tinggal bersama paman sebelumnya.")
POTENTIALS = ("Mampu bekerja, memiliki keterampilan bertukang.", "Keluarga bersedia menerima.",
              "Ada tokoh masyarakat yang bersedia membantu.", "Sehat dan bersemangat.")
NEEDS = ("Penelusuran keluarga dan pemulangan.", "Bimbingan mental-spiritual.",
         "Pemeriksaan kesehatan lanjutan.", "Pelatihan keterampilan kerja.",
         "Rujukan ke panti lanjut usia.")
RECOMMENDATIONS = ("Tampung dan intervensi; lanjutkan penelusuran keluarga.",
                   "Rujuk ke balai rehabilitasi sosial.", "Pulangkan ke keluarga.",
                   "Rujuk ke layanan kesehatan.")
BELONGINGS = (("Tas ransel berisi pakaian", "lusuh"), ("Telepon genggam", "retak layar"),
              ("Uang tunai Rp 27.000", "baik"), ("Dompet tanpa identitas", "baik"),
              ("Karung berisi barang bekas", "kotor"), ("Gerobak dorong", "rusak ringan"),
              ("Tikar dan selimut", "lusuh"), ("Surat keterangan dari desa", "baik"))
SERVICE_NOTES = ("Mengikuti dengan baik.", "Aktif bertanya.", "Perlu pendampingan.",
                 "Diikuti bersama penghuni lain.", "Klien tampak lebih tenang.")
RELATIONSHIPS = (("ibu", "P"), ("ayah", "L"), ("kakak", None), ("adik", None), ("istri", "P"),
                 ("suami", "L"), ("anak", None), ("paman", "L"), ("bibi", "P"))
RAID_PLACES = ("Pasar Sentra Antasari", "Simpang Empat Lampu Merah", "Terminal Induk",
               "Kawasan Siring Sungai Martapura", "Alun-alun Kota", "Stasiun Kereta Api",
               "Pelabuhan Trisakti", "Taman Kota", "Jembatan Merdeka", "Pasar Pagi")
HOME_VISIT_RESULTS = ("Klien tinggal bersama keluarga dan sudah bekerja.",
                      "Klien sehat, mengikuti pengajian rutin.",
                      "Keluarga membutuhkan bantuan sembako; diusulkan ke PKH.",
                      "Klien tidak ditemukan di alamat; keluarga menyebut pindah.")

# An open stay's (status, day number): the first entries make sure every open status and
# the days around the 21-day mark appear even in a small demo.
OPEN_PATTERN = (
    (CaseStatus.TERDAFTAR, 1), (CaseStatus.IDENTIFIKASI, 1), (CaseStatus.ASESMEN, 2),
    (CaseStatus.MENUNGGU_KEPUTUSAN, 2), (CaseStatus.DALAM_PELAYANAN, 18),
    (CaseStatus.DALAM_PELAYANAN, 19), (CaseStatus.DALAM_PELAYANAN, 20),
    (CaseStatus.DALAM_PELAYANAN, 21), (CaseStatus.DALAM_PELAYANAN, 22),
    (CaseStatus.RESOSIALISASI, 23), (CaseStatus.DALAM_PELAYANAN, 24),
    (CaseStatus.RESOSIALISASI, 25), (CaseStatus.DALAM_PELAYANAN, 5),
    (CaseStatus.RESOSIALISASI, 14), (CaseStatus.ASESMEN, 3), (CaseStatus.DALAM_PELAYANAN, 9),
    (CaseStatus.TERDAFTAR, 1), (CaseStatus.DALAM_PELAYANAN, 30),
)
CLOSED_STATUSES = ((CaseStatus.SELESAI, 74), (CaseStatus.DIRUJUK, 11),
                   (CaseStatus.DITOLAK, 7), (CaseStatus.RUJUK_KESEHATAN, 8))
TERMINATION_MODES = ((TerminationMode.DIJEMPUT, 42), (TerminationMode.DIANTAR, 26),
                     (TerminationMode.DIRUJUK, 8), (TerminationMode.DISERAHKAN, 8),
                     (TerminationMode.PERGI, 15), (TerminationMode.MENINGGAL, 1))
