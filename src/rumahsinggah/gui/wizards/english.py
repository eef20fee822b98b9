"""English for the wizards' texts (the source language is Indonesian).

``resources/i18n/update_translations.py`` (gui) extracts the wizards' ``tr("...")`` texts into
``rumahsinggah_en.ts`` under the empty context; adding ``ENGLISH`` below to its dictionary
(``ENGLISH.update(rumahsinggah.gui.wizards.english.ENGLISH)``) fills them in before the .qm is
built. Domain words (pramu sosial, Surat Penjamin, meterai, KTP, KK, NIK, PPKS, razia) keep
their Indonesian names, as in the rest of the application.
"""

ENGLISH: dict[str, str] = {
    " (halaman: {p})": " (page: {p})",
    " (jika ada)": " (if any)",
    " · hari ke-{d}": " · day {d}",
    " — <b>dirujuk ke layanan kesehatan</b>": " — <b>referred to a health service</b>",
    " — <b>klien lama</b>": " — <b>returning client</b>",
    "&Ambil foto": "&Take photo",
    "&Lanjut >": "&Next >",
    "&Mulai baru": "Start &new",
    "&Selesai && simpan": "&Finish && save",
    "- belum ada surat koordinasi yang menunggu balasan -":
        "- no coordination letter is waiting for a reply -",
    "- belum ditentukan -": "- not decided yet -",
    "- pilih dasar -": "- choose a basis -",
    "- pilih fasilitas -": "- choose a facility -",
    "- pilih jenis kedatangan -": "- choose the kind of arrival -",
    "- pilih kategori -": "- choose a category -",
    "- pilih standar -": "- choose a standard -",
    "- pilih surat yang dibalas -": "- choose the letter answered -",
    "- tidak ada -": "- none -",
    "- tidak diketahui -": "- unknown -",
    "16 angka, bila ada": "16 digits, if any",
    "16 angka, dari KTP": "16 digits, from the KTP",
    "< &Kembali": "< &Back",
    "<b>Dirujuk ke layanan kesehatan:</b> ": "<b>Referred to a health service:</b> ",
    "<b>Fasilitas:</b> {f}": "<b>Facility:</b> {f}",
    "<b>Nama:</b> {n}": "<b>Name:</b> {n}",
    "<b>Razia:</b> {a}, surat {n}, {p}": "<b>Raid:</b> {a}, letter {n}, {p}",
    "<b>Rekomendasi pekerja sosial:</b> {r}": "<b>Social worker's recommendation:</b> {r}",
    "<b>Standar:</b> {s}": "<b>Standard:</b> {s}",
    "<b>Sumber:</b> {s}": "<b>Source:</b> {s}",
    "<b>Sumber:</b> {s} · <b>Pemohon:</b> {r}": "<b>Source:</b> {s} · <b>Requester:</b> {r}",
    "<b>Tidak sehat jasmani:</b> dirujuk ke {r}, tidak diterima.":
        "<b>Not physically healthy:</b> referred to {r}, not admitted.",
    "<b>Tidak sehat jasmani:</b> orang ini tidak diterima di rumah singgah. Kasusnya dicatat "
    "lalu ditutup sebagai rujukan ke layanan kesehatan di atas.":
        "<b>Not physically healthy:</b> this person is not admitted to the shelter. The case is "
        "recorded, then closed as a referral to the health service above.",
    "<b>{k}</b> ({d}): {p}": "<b>{k}</b> ({d}): {p}",
    "<b>{n} orang</b>: {r} klien lama, {b} orang baru.":
        "<b>{n} people</b>: {r} returning clients, {b} new people.",
    "Ada isian yang belum selesai, disimpan {when}{where}. Lanjutkan dari situ, atau mulai "
    "baru (isian lama dibuang)?":
        "There is unfinished input, saved {when}{where}. Continue from there, or start anew "
        "(the old input is discarded)?",
    "Agama": "Religion",
    "Ajukan ke Kepala Bidang untuk keputusan (tampung / rujuk / tolak)":
        "Submit to the Kepala Bidang for a decision (admit / refer / reject)",
    "Alamat": "Address",
    "Alamat asal": "Home address",
    "Alamat asal membantu penelusuran keluarga; isi yang diketahui saja.":
        "The home address helps to trace the family; fill in only what is known.",
    "Alamat penjemput": "Address of the person picking up",
    "Alamat tujuan": "Destination address",
    "Alasan": "Reason",
    "Ambil dari ka&mera…": "From the ca&mera…",
    "Anggota keluarga": "Family member",
    "Antrean keputusan": "Decision queue",
    "Apa yang dicatat?": "What is being recorded?",
    "Arahkan kamera ke wajah klien, lalu tekan Ambil foto.":
        "Point the camera at the client's face, then press Take photo.",
    "Asal": "Origin",
    "Asal dan ciri": "Origin and description",
    "Asesmen": "Assessment",
    "Asesmen awal sesudah identifikasi; asesmen lanjutan dan asesmen lingkungan sosial "
    "sesudahnya.":
        "Initial assessment after identification; follow-up and social environment "
        "assessments after that.",
    "Asesmen menyatakan dapat dipulangkan: <b>{x}</b>":
        "Assessment says the client may go home: <b>{x}</b>",
    "Asesmen: pilih klien": "Assessment: choose the client",
    "Asesmen…": "Assessment…",
    "Balai / panti tujuan": "Receiving balai / panti",
    "Barang bawaan": "Belongings",
    "Baris {n}: {name} mungkin klien lama. Orang yang sama?":
        "Row {n}: {name} may be a returning client. The same person?",
    "Balasan dari Dinas Sosial daerah lain": "Reply from another region's Dinas Sosial",
    "Balasan koordinasi": "Coordination reply",
    "Batal": "Cancel",
    "Belum ada klien yang selesai diidentifikasi.": "No client has been identified yet.",
    "Belum ada yang tersimpan ke kasus. Tekan \"Selesai & simpan\" (Ctrl+Enter) untuk mencatat "
    "semuanya sekaligus.":
        "Nothing has been saved to the case yet. Press \"Finish & save\" (Ctrl+Enter) to record "
        "everything at once.",
    "Belum dapat lanjut. Lengkapi dulu: ": "Cannot go on yet. First complete: ",
    "Belum dicetak.": "Not printed yet.",
    "Bentuk layanan": "Kind of service",
    "Berkas tidak ditemukan: ": "File not found: ",
    "Bila tidak sehat: dirujuk ke": "If not healthy: referred to",
    "Bimbingan lanjut": "Aftercare",
    "Boleh dikosongkan; dapat diubah per orang di rekam klien.":
        "May be left empty; it can be changed per person in the client record.",
    "Buat surat untuk pemohon sesudah disimpan": "Make the requester's letter after saving",
    "Cara": "Method",
    "Cara klien keluar": "How the client leaves",
    "Cari nama, panggilan atau nomor kasus…": "Search name, nickname or case number…",
    "Catat dokumen yang dilihat, kondisi kesehatan saat tiba dan barang bawaan.":
        "Record the papers seen, the health on arrival and the belongings.",
    "Catat layanan": "Record a service",
    "Catat layanan (bimbingan, keluarga, penelusuran)…":
        "Record a service (guidance, family, tracing)…",
    "Catat layanan: pilih klien": "Record a service: choose the client",
    "Catatan": "Notes",
    "Catatan / tindak lanjut": "Notes / follow-up",
    "Catatan awal": "First notes",
    "Catatan kesehatan": "Health notes",
    "Centang persyaratan standar yang terpenuhi. Orang yang tidak sehat jasmani dirujuk ke "
    "layanan kesehatan, tidak diterima di rumah singgah.":
        "Tick the standard's requirements that are met. A person who is not physically "
        "healthy is referred to a health service, not admitted to the shelter.",
    "Cetak &Surat Penjamin…": "Print the &Surat Penjamin…",
    "Ciri fisik": "Physical description",
    "Daftar orang": "List of people",
    "Dasar dan cara terminasi": "Basis and manner of termination",
    "Dasar terminasi": "Termination basis",
    "Data pendukung tidak dapat dimuat: ": "The supporting data cannot be loaded: ",
    "Data surat pemberitahuan/pengantaran dari instansi yang melaksanakan razia.":
        "The notification / delivery letter of the agency that carried out the raid.",
    "Desa / kelurahan": "Village (desa / kelurahan)",
    "Diantar pulang": "Delivered home",
    "Dicatat sebagai <b>klien lama</b> (riwayatnya tersambung).":
        "Recorded as a <b>returning client</b> (the history is linked).",
    "Dijadwalkan dari terminasi untuk klien dari kota yang sama. Yang bertanda JATUH TEMPO "
    "sudah waktunya dikunjungi.":
        "Scheduled at termination for clients from the same city. Those marked JATUH TEMPO "
        "(due) should be visited now.",
    "Dijemput keluarga": "Picked up by the family",
    "Dinas yang dihubungi": "Dinas contacted",
    "Dirujuk ke balai / panti": "Referred to a balai / panti",
    "Dirujuk ke layanan kesehatan": "Referred to a health service",
    "Diserahkan ke instansi lain": "Handed over to another agency",
    "Ditandatangani di atas meterai": "Signed over a meterai",
    "Dokumen penjemput yang diperiksa": "Papers of the person picking up, checked",
    "Dokumen yang dilihat": "Papers seen",
    "Draf tidak dapat disimpan: ": "The draft cannot be saved: ",
    "Fasilitas": "Facility",
    "Foto": "Photo",
    "Foto dari kamera": "Photo from the camera",
    "Foto dokumentasi": "Documentation photos",
    "Gagal menyimpan: {e}. Tidak ada yang tersimpan ke kasus; isian Anda tetap ada sebagai "
    "draf. Coba lagi, atau hubungi administrator.":
        "Saving failed: {e}. Nothing was saved to the case; your input is kept as a draft. "
        "Try again, or contact the administrator.",
    "Hapus dari daftar": "Remove from the list",
    "Hasil": "Result",
    "Hasil kunjungan rumah": "Home visit result",
    "Hubungan": "Relationship",
    "Hubungan dengan klien": "Relationship to the client",
    "Identifikasi awal": "Initial identification",
    "Identifikasi awal oleh pramu sosial": "Initial identification by the pramu sosial",
    "Identifikasi awal: pilih klien yang baru terdaftar":
        "Initial identification: choose a newly registered client",
    "Identifikasi awal…": "Initial identification…",
    "Identitas": "Identity",
    "Instansi pelaksana": "Raiding agency",
    "Instansi penerima": "Receiving agency",
    "Instansi perujuk / pengantar": "Referring / delivering agency",
    "Isi balasan": "Reply",
    "Isi lama dalam menit (angka).": "Enter the duration in minutes (a number).",
    "Jawaban Dinas Sosial daerah lain atas surat koordinasi yang dikirim.":
        "The other region's Dinas Sosial's answer to the coordination letter sent.",
    "Isi nama penjemput dahulu.": "Enter the name of the person picking up first.",
    "Isi umur dalam tahun, angka 0 sampai 120.": "Enter the age in years, 0 to 120.",
    "JK": "Sex",
    "JK harus L (laki-laki) atau P (perempuan)": "sex must be L (male) or P (female)",
    "Jadwalkan kunjungan rumah (bimbingan lanjut)": "Schedule a home visit (aftercare)",
    "Jenis asesmen": "Kind of assessment",
    "Jenis catatan": "Kind of entry",
    "Jenis kedatangan": "Kind of arrival",
    "Jenis kelamin": "Sex",
    "KTP penjemput": "KTP of the person picking up",
    "Kabupaten / kota": "Regency / city",
    "Kabupaten / kota asal": "Home regency / city",
    "Kabupaten / kota asal klien": "Client's home regency / city",
    "Kamera gagal: ": "The camera failed: ",
    "Kandidat {n} (kemiripan {s}%)": "Candidate {n} ({s}% similar)",
    "Kartu Keluarga": "Family card (KK)",
    "Kasus terakhir": "Latest case",
    "Kasus tidak ditemukan.": "Case not found.",
    "Kasus yang sudah diasesmen dan menunggu keputusan Kepala Bidang.":
        "Cases assessed and awaiting the Kepala Bidang's decision.",
    "Kategori PPKS": "PPKS category",
    "Kategori PPKS (semua orang)": "PPKS category (everyone)",
    "Kebutuhan": "Needs",
    "Kecamatan": "District (kecamatan)",
    "Keluarga ditemukan": "Family found",
    "Keluarga, potensi dan kebutuhan": "Family, potentials and needs",
    "Keputusan": "Decision",
    "Keputusan Kepala Bidang": "Kepala Bidang's decision",
    "Keputusan Kepala Bidang…": "Kepala Bidang's decision…",
    "Kesehatan": "Health",
    "Kesehatan dan barang bawaan per orang": "Health and belongings per person",
    "Ketik satu orang per baris. Tab pindah kolom; setelah kolom Asal, Tab membuka baris baru. "
    "Setiap nama langsung dicocokkan dengan klien lama.":
        "Type one person per row. Tab moves to the next column; after Origin, Tab opens a new "
        "row. Every name is checked against earlier clients at once.",
    "Ketik untuk mencari, pilih dengan tombol panah, lalu Enter.":
        "Type to search, choose with the arrow keys, then Enter.",
    "Klien diantar ke keluarganya karena keluarga tidak dapat datang.":
        "The client is taken to the family because the family cannot come.",
    "Klien telah mendapat intervensi dan dapat dipulangkan / direunifikasi":
        "The client has received the intervention and may go home / be reunified",
    "Klien yang sudah lebih dari batas lama tinggal ditandai ‼; yang mendekati batas ditandai ▲.":
        "Clients past the stay limit are marked ‼; those approaching it are marked ▲.",
    "Kolom bertanda * wajib diisi.": "Fields marked * are required.",
    "Kondisi fisik": "Physical condition",
    "Kondisi klien": "The client's condition",
    "Kondisi mental / psikologis": "Mental / psychological condition",
    "Kondisi sosial": "Social condition",
    "Kondisi spiritual": "Spiritual condition",
    "Kontak pemohon": "Requester's contact",
    "Koordinasi dengan Dinas Sosial daerah lain":
        "Coordination with another region's Dinas Sosial",
    "Kosongkan bila klien tidak membawa dokumen apa pun.":
        "Leave empty when the client carries no papers at all.",
    "Kunjungan": "Visit",
    "Kunjungan rumah (bimbingan lanjut)": "Home visit (aftercare)",
    "Kunjungan rumah (bimbingan lanjut)…": "Home visit (aftercare)…",
    "Kunjungan rumah yang dijadwalkan": "Scheduled home visits",
    "Lama (menit)": "Duration (minutes)",
    "Lanjutkan &isian": "Continue the &input",
    "Masalah": "Problem",
    "Media sosial": "Social media",
    "Membuat Surat Penjamin…": "Making the Surat Penjamin…",
    "Memuat data kasus…": "Loading the case…",
    "Menunggu jawaban": "Waiting for an answer",
    "Meterai": "Meterai",
    "NIK": "NIK",
    "NIK penjemput": "NIK of the person picking up",
    "Nama": "Name",
    "Nama lengkap": "Full name",
    "Nama panggilan": "Nickname",
    "Nama penjemput": "Name of the person picking up",
    "Nomor KK": "Family card (KK) number",
    "Nomor KK 16 angka.": "The KK number has 16 digits.",
    "Nomor surat": "Letter number",
    "Orang &baru (bukan kandidat di atas)": "A &new person (none of the candidates)",
    "Orang tanpa KTP/KK itu biasa: NIK boleh kosong. Nama dicocokkan dengan klien lama saat "
    "diketik.":
        "People without KTP/KK are common: the NIK may stay empty. The name is checked against "
        "earlier clients as it is typed.",
    "Orang yang sama: kandidat &{n}": "The same person: candidate &{n}",
    "Orang-orang hasil razia": "The people brought by the raid",
    "Panggilan": "Nickname",
    "Pemberitahuan": "Notice",
    "Pembimbing / petugas": "Guide / officer",
    "Pemohon (yang harus diberi tahu)": "Requester (to be informed)",
    "Penelusuran keluarga": "Family tracing",
    "Penerimaan klien": "Client intake",
    "Penerimaan klien / hasil razia…": "Client intake / raid…",
    "Penyebab": "Causes",
    "Periksa KTP/KK penjemput, cetak Surat Penjamin, minta keluarga menandatanganinya di atas "
    "meterai, lalu lampirkan pindaiannya.":
        "Check the KTP/KK of the person picking up, print the Surat Penjamin, have the family "
        "sign it over a meterai, then attach its scan.",
    "Periksa dan simpan": "Check and save",
    "Persyaratan standar": "The standard's requirements",
    "Persyaratan, kesehatan dan barang bawaan": "Requirements, health and belongings",
    "Petugas pengantar": "Escorting officer",
    "Pilih &foto…": "Choose a &photo…",
    "Pilih berkas": "Choose a file",
    "Pilih jenis kedatangan. Untuk hasil razia, semua orang dari satu surat razia dicatat "
    "sekaligus.":
        "Choose the kind of arrival. For a raid, everyone on one raid letter is registered at "
        "once.",
    "Pilih kasus": "Choose a case",
    "Pilih pindaian…": "Choose the scan…",
    "Pindaian Surat Penjamin": "Scan of the Surat Penjamin",
    "Potensi dan sumber": "Potentials and resources",
    "Provinsi": "Province",
    "Provinsi asal": "Home province",
    "Rekomendasi": "Recommendation",
    "Rekomendasi pekerja sosial untuk Kepala Bidang.":
        "The social worker's recommendation to the Kepala Bidang.",
    "Reunifikasi dan terminasi": "Reunification and termination",
    "Reunifikasi dan terminasi…": "Reunification and termination…",
    "Rombongan hasil razia (beberapa orang)": "A raid (several people)",
    "Saksi": "Witnesses",
    "Satu orang": "One person",
    "Sehat jasmani": "Physically healthy",
    "Serah terima dan dokumentasi": "Handover and documentation",
    "Sesi bimbingan / layanan": "Guidance session / service",
    "Sesi bimbingan / layanan (fisik, mental-spiritual, sosial, …)":
        "Guidance session / service (physical, mental-spiritual, social, …)",
    "Setelah keputusan disimpan, pemohon ({who}) wajib diberi tahu: pemberitahuan dicatat "
    "sebagai tugas sampai dikirim. Suratnya (pemberitahuan, atau surat rujukan untuk keputusan "
    "rujuk) dapat langsung dibuat dan dicetak.":
        "Once the decision is saved, the requester ({who}) must be informed: the notice is "
        "tracked as a task until it is sent. Its letter (a notice, or a referral letter for a "
        "referral) can be made and printed right away.",
    "Situasi keluarga": "Family situation",
    "Standar ini tidak mencantumkan persyaratan untuk dicentang.":
        "This standard lists no requirements to tick.",
    "Standar pelayanan": "Service standard",
    "Sumber": "Source",
    "Surat Penjamin": "Surat Penjamin",
    "Surat Penjamin belum ditandatangani": "the Surat Penjamin is not signed yet",
    "Surat Penjamin nomor {n} dibuat dan disimpan. Cetak, minta penjemput menandatanganinya di "
    "atas meterai, lalu centang di bawah.":
        "Surat Penjamin number {n} was made and kept. Print it, have the person picking up sign "
        "it over a meterai, then tick below.",
    "Surat Penjamin sudah ditandatangani penjemput":
        "The Surat Penjamin is signed by the person picking up",
    "Surat ke Dinas Sosial daerah lain": "Letter to another region's Dinas Sosial",
    "Surat koordinasi": "Coordination letter",
    "Surat razia": "Raid letter",
    "Tambah foto…": "Add photos…",
    "Tampung dan intervensi, rujuk lanjutan, atau tolak, dengan alasannya.":
        "Admit for intervention, refer onward, or reject, with the reason.",
    "Tanda tangan": "Signature",
    "Tanggal balasan": "Reply date",
    "Tanggal kirim": "Date sent",
    "Tanggal kunjungan": "Visit date",
    "Tanggal lahir": "Date of birth",
    "Tanggal razia": "Raid date",
    "Telepon": "Telephone",
    "Tempat lahir": "Place of birth",
    "Tempat razia": "Raid location",
    "Tempat serah terima": "Handover place",
    "Terminasi": "Termination",
    "Terminasi hanya dengan dasar yang diizinkan standar pelayanan.":
        "Termination only on a basis the service standard allows.",
    "Terminasi: pilih klien": "Termination: choose the client",
    "Tidak ada kasus yang dapat dipilih.": "There is no case to choose.",
    "Tidak ada kasus yang menunggu keputusan.": "No case is awaiting a decision.",
    "Tidak ada klien dalam rumah singgah.": "There are no clients in the shelter.",
    "Tidak ada klien yang menunggu identifikasi awal.":
        "No client is waiting for initial identification.",
    "Tidak ada klien yang sedang dilayani.": "No client is being served.",
    "Tidak ada kunjungan rumah yang dijadwalkan.": "No home visit is scheduled.",
    "Tidak ditemukan": "Not found",
    "Tidak perlu untuk klien yang pergi tanpa pamit atau meninggal dunia.":
        "Not needed for a client who left without notice or died.",
    "Tujuan rujukan": "Referral destination",
    "Tulis tanggal lahir sebagai hari-bulan-tahun, mis. 17-08-1980.":
        "Write the date of birth as day-month-year, e.g. 17-08-1980.",
    "Tutup (draf disimpan)": "Close (draft kept)",
    "Umur": "Age",
    "Umur (perkiraan)": "Age (estimated)",
    "Wajib diisi.": "Required.",
    "Waktu": "Time",
    "Waktu asesmen": "Assessment time",
    "Waktu identifikasi": "Identification time",
    "Waktu kunjungan": "Visit time",
    "Waktu tiba": "Arrival time",
    "Waktu, tempat dan saksi serah terima, dengan foto dokumentasinya. Untuk klien yang pergi "
    "tanpa pamit: kapan diketahui dan upaya pencarian di Catatan.":
        "Time, place and witnesses of the handover, with its documentation photos. For a "
        "client who left without notice: when it was noticed and the search, under Notes.",
    "Wizard '{title}' hanya untuk: {who}.": "The '{title}' wizard is only for: {who}.",
    "Yang dihubungi": "Contacted",
    "Yang diketik": "As typed",
    "balai / panti / instansi tujuan": "receiving balai / panti / agency",
    "baris {n} ({name}): pilih orang yang sama atau orang baru":
        "row {n} ({name}): choose the same person or a new person",
    "baris {n}: {p}": "row {n}: {p}",
    "belum": "not yet",
    "hh-bb-tttt, bila diketahui": "dd-mm-yyyy, if known",
    "ibu, ayah, kakak, paman, …": "mother, father, sibling, uncle, …",
    "ibu, ayah, kakak, suami, …": "mother, father, sibling, husband, …",
    "jalan, gang, RT/RW": "street, alley, RT/RW",
    "keadaan klien dan keluarga, apakah klien tetap di rumah":
        "how the client and family are, whether the client stays home",
    "kerabat, kelurahan, Dinas Sosial daerah lain":
        "relative, kelurahan, another region's Dinas Sosial",
    "kosongkan bila Anda sendiri": "leave empty if it was you",
    "meterai belum dicentang": "meterai not ticked",
    "mis. 300/145/Satpol PP/XI/2026": "e.g. 300/145/Satpol PP/XI/2026",
    "mis. Dinas Sosial Kabupaten Banjar": "e.g. Dinas Sosial Kabupaten Banjar",
    "mis. Puskesmas Pekapuran Raya": "e.g. Puskesmas Pekapuran Raya",
    "mis. Puskesmas Teluk Dalam": "e.g. Puskesmas Teluk Dalam",
    "mis. Rumah Singgah Banjarmasin": "e.g. Rumah Singgah Banjarmasin",
    "mis. Satpol PP Kota Banjarmasin": "e.g. Satpol PP Kota Banjarmasin",
    "mis. Simpang Empat Sudimampir": "e.g. Simpang Empat Sudimampir",
    "nama panggilan bila nama lengkap tidak diketahui":
        "the nickname when the full name is not known",
    "nama petugas / lembaga / warga yang meminta layanan":
        "officer / organisation / resident who asked for the service",
    "nama wajib diisi (boleh nama panggilan bila nama lengkap tidak diketahui)":
        "a name is required (the nickname will do when the full name is not known)",
    "paling sedikit satu saksi": "at least one witness",
    "pemohon": "the requester",
    "pengungkapan dan pemahaman masalah": "uncovering and understanding the problem",
    "pilih orang yang sama atau orang baru": "choose the same person or a new person",
    "pilih satu kasus dari daftar": "choose one case from the list",
    "satu barang per baris, mis. 2 baju": "one item per line, e.g. 2 shirts",
    "satu barang per baris, mis. 2 baju; 1 tas ransel":
        "one item per line, e.g. 2 shirts; 1 backpack",
    "satu nama per baris": "one name per line",
    "sehat": "healthy",
    "tahun; isi bila tanggal lahir tidak diketahui":
        "years; fill in when the date of birth is unknown",
    "telepon / alamat": "telephone / address",
    "tidak sehat jasmani: isi layanan kesehatan rujukannya":
        "not physically healthy: fill in the health service referred to",
    "tinggi, tanda lahir, bekas luka, pakaian saat tiba":
        "height, birthmarks, scars, clothes on arrival",
    "umur harus angka 0 sampai 120": "age must be a number from 0 to 120",
    "ya": "yes",
    "{name} mungkin pernah tercatat. Orang yang sama?":
        "{name} may have been recorded before. The same person?",
    "{name}: tidak sehat, isi layanan kesehatan rujukannya":
        "{name}: not healthy, fill in the health service referred to",
    "{n} orang diketik.": "{n} people typed.",
    "⌂ {n} kunjungan rumah jatuh tempo": "⌂ {n} home visits due",
    "⚠ mungkin klien lama ({n})": "⚠ maybe a returning client ({n})",
    "✓ Orang baru": "✓ New person",
    "✓ Sama dengan kandidat &{n}": "✓ Same as candidate &{n}",
    "✓ klien lama {c}": "✓ returning client {c}",
    "✓ orang baru": "✓ new person",
    # --- rules ---
    "Hari libur &kantor\u2026": "Office &holidays\u2026",
    "Penghuni &lewat batas tinggal": "Residents &past the stay limit",
    "Mendekati batas tinggal": "Nearing the stay limit",
    "Lewat batas tinggal": "Past the stay limit",
    "Tanpa batas": "No limit",
    "Hari ke-{0}; standar ini tidak menetapkan batas tinggal":
        "Day {0}; this standard sets no stay limit",
    "&Zona waktu:": "Time &zone:",
    "Hari libur kantor": "Office holidays",
    "&Tahun:": "&Year:",
    "Tanggal": "Date",
    "Jenis": "Kind",
    "Keterangan": "Description",
    "Ta&nggal:": "Da&te:",
    "&Keterangan:": "&Description:",
    "&Jenis:": "&Kind:",
    "Libur nasional": "National holiday",
    "Cuti bersama": "Cuti bersama (joint leave)",
    "Libur daerah": "Local holiday",
    "Kantor tutup": "Office closed",
    "Hanya untuk fasilitas ini": "Only for this facility",
    "&Tambah": "&Add",
    "&Hapus yang dipilih": "&Remove the selected one",
    "T&utup": "C&lose",
    "Tersimpan: {0}.": "Saved: {0}.",
    "misalnya: Hari Jadi Kota Banjarmasin": "for example: Banjarmasin city anniversary",
    "Hari kerja tidak menghitung Sabtu, Minggu, libur nasional, cuti bersama, serta libur "
    "daerah dan hari kantor tutup yang dicatat di sini (huruf tebal). Catatan ini ikut "
    "tersinkron ke komputer lain.":
        "Working days skip Saturdays, Sundays, national holidays, cuti bersama, and the local "
        "holidays and office closures recorded here (in bold). These entries sync to the "
        "other desks too.",
    "Standar pelayanan kasus ini tidak menyebut dokumen penjemput: catat siapa yang menjemput.":
        "This case's standard names no papers for the person picking up: record who picks "
        "the client up.",
    # --- register ---
    "Impor register klien lama": "Import an old client register",
    "Impor register klien lama...": "Import an old client register...",
    "< Kembali": "< Back", "Lanjut >": "Next >", "Selesai": "Finish",
    "1. Berkas register": "1. Register file",
    "Pilih berkas Excel (XLSX, XLS), ODS atau CSV berisi register klien lama, dan fasilitas tujuan.":
        "Choose the Excel (XLSX, XLS), ODS or CSV file holding the old client register, and the "
        "facility it belongs to.",
    "&Pilih berkas...": "&Choose file...", "Berkas": "File", "Lembar": "Sheet",
    "Fasilitas tujuan": "Facility",
    "Standar pelayanan kasus lama": "Service standard of the old stays",
    "Sumber kedatangan bila kolomnya kosong": "Source of arrival when its column is empty",
    "Membaca berkas...": "Reading the file...",
    "Lembar '{0}': {1} baris data, judul kolom di baris {2}.":
        "Sheet '{0}': {1} data rows, column headings on row {2}.",
    "Register (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)":
        "Register (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)",
    "2. Kolom": "2. Columns",
    "Periksa kolom mana berisi apa. Saran diambil dari judul kolom; bidang bertanda * wajib.":
        "Check which column holds what. Suggestions come from the column headings; fields marked "
        "* are required.",
    "Bidang": "Field", "Kolom di register": "Column in the register",
    "Contoh isi (baris pertama)": "Example (first row)", "(tidak ada)": "(none)",
    "&Simpan pemetaan ke berkas...": "&Save the mapping to a file...",
    "Simpan pemetaan kolom": "Save the column mapping",
    "Pemetaan disimpan: {0}": "Mapping saved: {0}",
    "3. Pratinjau": "3. Preview",
    "Baris pertama sebagaimana akan disimpan. Baris yang ditolak diberi alasannya; perbaiki di berkas, atau lanjutkan dan simpan daftar baris yang ditolak.":
        "The first rows as they will be stored. Rejected rows carry their reason; fix them in "
        "the file, or go on and save the list of rejected rows.",
    "Baris": "Row",
    "Masuk": "Arrived", "Keluar": "Left",
    "± {0} (perkiraan)": "± {0} (estimated)", "DITOLAK: {0}": "REJECTED: {0}",
    "4. Impor": "4. Import",
    "Uji coba menampilkan hasilnya tanpa menyimpan apa pun. Impor sungguhan membuat cadangan dulu, lalu menyimpan semuanya dalam satu langkah.":
        "A trial run shows the result without saving anything. The real import makes a backup "
        "first, then saves everything in one step.",
    "&Uji coba": "&Trial run", "&Impor sekarang": "&Import now",
    "Simpan baris &ditolak (CSV)...": "Save &rejected rows (CSV)...",
    "%v dari %m baris": "%v of %m rows", "Sedang mengimpor...": "Importing...",
    "Sedang menguji...": "Trying...", "Alasan / catatan": "Reason / note",
    "Simpan baris yang ditolak": "Save the rejected rows",
    "Baris yang ditolak disimpan: {0}": "Rejected rows saved: {0}",
    "Klien baru": "New client", "Klien lama (digabung)": "Returning client (joined)",
    "Sudah pernah diimpor": "Imported before", "Ditolak": "Rejected",
    # --- letters ---
    "Buku agenda surat keluar": "Outgoing-letter book",
    "Buku agenda surat keluar...": "Outgoing-letter book...",
    "Kantor penerbit:": "Issuing office:",
    "Tahun:": "Year:",
    "Jenis surat": "Letter type",
    "Hal": "Subject",
    "Kepada": "To",
    "Nomor kasus": "Case number",
    "Versi": "Version",
    " (ralat)": " (corrected)",
    "Tutup": "Close",
    "{0} surat bernomor pada tahun {1}": "{0} numbered letters in {1}",
    "Kode kantor (nomor surat):": "Office code (letter numbers):",
    "Pangkat / golongan": "Rank / grade",
    # --- search ---
    "Data klien &ganda\u2026": "&Duplicate client records\u2026",
    "Data klien ganda": "Duplicate client records",
    "Gabungkan data klien": "Merge client records",
    "Gabungkan data {0} ke data {1}? Semua kasus, keluarga, lampiran dan riwayatnya pindah ke "
    "{1}; data {0} ditandai sebagai gabungan.":
        "Merge the record of {0} into that of {1}? All cases, family, attachments and history "
        "move to {1}; the record of {0} is marked as merged.",
    "Tidak ada data klien yang tampak ganda.": "No client records look duplicated.",
    "{0} digabungkan ke {1}; {2} data ikut dipindahkan.":
        "{0} merged into {1}; {2} records moved along.",
    "Pasangan data yang kemungkinan besar orang yang sama (NIK sama, atau nama yang terdengar "
    "sama dengan jenis kelamin, umur dan asal yang cocok). Periksa, lalu gabungkan data baru "
    "ke data lama: semua kasus dan riwayat tetap tersimpan.":
        "Pairs of records that are probably the same person (the same NIK, or names that "
        "sound the same with matching sex, age and origin). Check, then merge the newer "
        "record into the older one: every case and all history are kept.",
    "Skor": "Score",
    "Data lama (dipertahankan)": "Older record (kept)",
    "Data baru (digabungkan)": "Newer record (merged)",
    "&Gabungkan ke data lama\u2026": "&Merge into the older record\u2026",
    "{0}+ klien (menghitung\u2026)": "{0}+ clients (counting\u2026)",
    "Mencari data ganda\u2026": "Looking for duplicates\u2026",
    "{0} pasangan": "{0} pairs",
    # --- recovery ---
    "&Berkas cadangan:": "&Backup file:",
    "&Pilih\u2026": "&Choose\u2026",
    "&Pulihkan": "&Restore",
    "&Pulihkan dari cadangan\u2026": "&Restore from a backup\u2026",
    "Basis data bermasalah": "Problem with the database",
    "Basis data dibuka hanya untuk dibaca. Pulihkan dari cadangan secepatnya (jendela masuk, "
    "tombol 'Pulihkan dari cadangan').":
        "The database is open for reading only. Restore from a backup soon (sign-in window, "
        "button 'Restore from a backup').",
    "Basis data diganti dengan isi cadangan. Basis data yang sekarang (juga bila rusak atau "
    "hilang) disisihkan ke folder 'disisihkan-...', tidak ditimpa. Cukup berkas cadangan dan "
    "kata sandi akun di dalamnya, atau kunci pemulihan.":
        "The database is replaced by the backup's content. The current database (also when "
        "damaged or missing) is set aside in a folder 'disisihkan-...', not overwritten. The "
        "backup file and the password of an account in it, or the recovery key, are enough.",
    "Basis data dipulihkan dari cadangan. Silakan masuk.":
        "The database was restored from the backup. Please sign in.",
    "Basis data tidak lolos pemeriksaan saat masuk ({0}). Data hanya dapat dibaca; tidak ada "
    "yang dapat disimpan. Pulihkan dari cadangan sekarang?":
        "The database failed its check at sign-in ({0}). The data can only be read; nothing "
        "can be saved. Restore from a backup now?",
    "Basis data, lampiran dan berkas kunci dienkripsi ulang dengan kunci baru. Salinan lama "
    "berkas kunci tidak dapat membuka apa pun yang ditulis sesudah ini. Meja lain harus masuk "
    "ulang. Lanjutkan?":
        "The database, attachments and key file are re-encrypted under a new key. Old copies "
        "of the key file cannot open anything written after this. Other desks must sign in "
        "again. Continue?",
    "Berkas sebelumnya disisihkan di {0}.": "The previous files were set aside in {0}.",
    "Cadangan Rumah Singgah (*.rsbak *.sqlite);;Semua berkas (*)":
        "Rumah Singgah backups (*.rsbak *.sqlite);;All files (*)",
    "Dengan kunci pemulihan": "With the recovery key",
    "Dengan nama pengguna dan kata sandi": "With user name and password",
    "Ganti k&unci\u2026": "Rotate &key\u2026",
    "Ganti kunci": "Rotate key",
    "Hanya baca": "Read only",
    "Isi kunci pemulihan.": "Enter the recovery key.",
    "K&unci pemulihan:": "Recovery &key:",
    "Kunci basis data telah diganti.": "The database key was rotated.",
    "Memulihkan\u2026 (basis data lama disisihkan, tidak dihapus)":
        "Restoring\u2026 (the old database is set aside, not deleted)",
    "Mengenkripsi ulang basis data": "Re-encrypting the database",
    "Mengenkripsi ulang lampiran": "Re-encrypting attachments",
    "Mengganti kunci\u2026": "Rotating the key\u2026",
    "Menonaktifkan dan mengganti kunci\u2026": "Disabling and rotating the key\u2026",
    "Menulis berkas kunci": "Writing the key file",
    "Pilih berkas cadangan": "Choose a backup file",
    "Pilih berkas cadangan lebih dulu.": "Choose a backup file first.",
    "Pulihkan dari cadangan": "Restore from a backup",
    # --- sync ---
    "Ekspor paket sinkronisasi": "Export sync bundle",
    "Impor paket sinkronisasi": "Import sync bundle",
    "Ekspor paket sinkronisasi...": "Export sync bundle...",
    "Impor paket sinkronisasi...": "Import sync bundle...",
    "Meja-meja shelter...": "Desks of this shelter...",
    "Konflik sinkronisasi...": "Sync conflicts...",
    "Konflik sinkronisasi": "Sync conflicts",
    "Untuk meja": "For desk",
    "Ukuran": "Size",
    "Satu berkas (flashdisk)": "One file (flash drive)",
    "Bagian untuk surel (maks. 18 MB)": "Parts for e-mail (max. 18 MB)",
    "Bagian untuk WhatsApp (maks. 95 MB)": "Parts for WhatsApp (max. 95 MB)",
    "Semua data (bukan hanya yang belum diterima)": "All data (not only what is missing)",
    "Pilih berkas .rssync": "Choose a .rssync file",
    "Paket Rumah Singgah (*.rssync)": "Rumah Singgah bundle (*.rssync)",
    "Belum ada meja lain. Undang meja baru dulu, atau centang Semua data.":
        "There is no other desk yet. Invite a new desk first, or tick All data.",
    "Paket disimpan ({0} baris data, {1} lampiran):": "Bundle saved ({0} rows, {1} attachments):",
    "Paket ke-{0} dari meja {1} digabungkan.": "Bundle no. {0} from desk {1} merged.",
    "{0} baris baru, {1} diperbarui, {2} sudah sama, {3} konflik, {4} lampiran.":
        "{0} new rows, {1} updated, {2} unchanged, {3} conflicts, {4} attachments.",
    "Nomor kasus {0} dipakai dua kasus; salah satunya menjadi {1}.":
        "Case number {0} was used by two cases; one of them became {1}.",
    "Tinjau konflik lewat Berkas > Konflik sinkronisasi.":
        "Review the conflicts under File > Sync conflicts.",
    "Meja-meja shelter ini": "Desks of this shelter",
    "Kode": "Code",
    "Meja": "Desk",
    "Paket terakhir diterima": "Last bundle received",
    "Paket terakhir dikirim": "Last bundle sent",
    "belum ada": "none yet",
    "ke-{0}, {1}": "no. {0}, {1}",
    "{0} · meja ini: {1}": "{0} · this desk: {1}",
    "{0} (meja ini)": "{0} (this desk)",
    "Bandingkan": "Compare",
    "Nilai sekarang": "Current value",
    "Nilai lainnya": "Other value",
    "Nilai lainnya (meja {0})": "Other value (desk {0})",
    "Pakai nilai sekarang": "Keep the current value",
    "Pakai nilai lainnya": "Use the other value",
    "Tulis gabungan kedua nilai": "Write a combination of both values",
    "Simpan gabungan": "Save the combination",
    "Keputusan disimpan.": "Decision saved.",
    "Tidak ada konflik yang perlu ditinjau.": "No conflicts to review.",
    "Perhatian": "Please note",
    # --- integration ---
    "DuplicatesDialog": "DuplicatesDialog",
    "Isian yang diubah berbeda di dua meja. Nilai sekarang sudah dipakai di semua meja; nilai lainnya disimpan di sini sampai diputuskan. Keputusan tercatat di jejak audit.":
        "The field was changed differently on two desks. The current value is used on every "
        "desk; the other value is kept here until someone decides. The decision is recorded "
        "in the audit trail.",
    "Meja baru ditambahkan dengan paket bergabung: rumahsinggah desk invite di meja ini, lalu rumahsinggah desk join di komputer baru.":
        "A new desk is added with a join bundle: rumahsinggah desk invite on this desk, then "
        "rumahsinggah desk join on the new computer.",
    "Simpan untuk satu meja apa yang belum diterimanya, ke berkas terkunci, lalu bawa ke meja itu (flashdisk, surel atau WhatsApp).":
        "Save what one desk has not yet received to a locked file, then take it to that desk "
        "(flash drive, e-mail or WhatsApp).",
    "Gabungkan paket dari meja lain. Isian yang diubah di dua meja disimpan sebagai konflik untuk ditinjau; mengimpor paket yang sama dua kali tidak mengubah apa pun. Pilih semua bagian paket sekaligus bila ada.":
        "Merge a bundle from another desk. A field changed on two desks is kept as a conflict "
        "to review; importing the same bundle twice changes nothing. Choose all the parts of "
        "a bundle at once when there are several.",
    # --- bulk ---
    "Ber&gabung ke rumah singgah (meja baru)\u2026": "&Join a shelter (new desk)\u2026",
    "Bergabung ke rumah singgah (meja baru)": "Join a shelter (new desk)",
    "Komputer ini menjadi meja baru dari rumah singgah yang sudah memakai aplikasi ini.":
        "This computer becomes a new desk of a shelter that already uses the application.",
    "Di meja yang sudah ada, petugas kantor membuat paket bergabung dengan perintah 'rumahsinggah desk invite'. Pilih paket itu, ketik kata sandi paketnya, lalu akun shelter yang bekerja di meja ini dengan kata sandi barunya di meja ini.":
        "On an existing desk, office staff make a join bundle with the command "
        "'rumahsinggah desk invite'. Choose that bundle, type its passphrase, then the "
        "shelter account that works at this desk and its new password on this desk.",
    "&Paket bergabung:": "&Join bundle:",
    "Kata sandi &paket:": "Bundle &passphrase:",
    "&Kata sandi baru:": "&New password:",
    "Paket Rumah Singgah (*.rssync*);;Semua berkas (*)":
        "Rumah Singgah bundles (*.rssync*);;All files (*)",
    "Membuka paket dan menyiapkan meja baru\u2026": "Opening the bundle and setting up the new desk\u2026",
}
