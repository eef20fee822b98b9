<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
    <context>
        <name>AddUserDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="68" />
            <source>Tambah petugas</source>
            <translation>Add officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="70" />
            <source>Nama &amp;lengkap:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="70" />
            <source>Nama &amp;pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="70" />
            <source>&amp;Peran:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="71" />
            <source>&amp;NIP:</source>
            <translation>&amp;NIP:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="71" />
            <source>&amp;Jabatan:</source>
            <translation>P&amp;osition:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="71" />
            <source>&amp;Kata sandi awal:</source>
            <translation>Initial &amp;password:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="74" />
            <source>&amp;Tambah</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="75" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>BoardModel</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="164" />
            <source>Nomor kasus</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="164" />
            <source>Nama (panggilan)</source>
            <translation>Name (nickname)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="164" />
            <source>Fasilitas</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="165" />
            <source>Kategori PMKS</source>
            <translation>PMKS category</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="165" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="165" />
            <source>Hari ke-</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="166" />
            <source>Batas tinggal</source>
            <translation>Stay limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="166" />
            <source>Tenggat layanan</source>
            <translation>Service deadlines</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="182" />
            <source>Hari ke-{0} dari batas {1} hari</source>
            <translation>Day {0} of a {1}-day limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="217" />
            <source>Terlambat ({0} langkah)</source>
            <translation>Overdue ({0} steps)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="218" />
            <source>Tepat waktu</source>
            <translation>On time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="223" />
            <source>Dalam batas</source>
            <translation>Within limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="224" />
            <source>Mendekati {0} hari</source>
            <translation>Approaching {0} days</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="225" />
            <source>Lewat {0} hari</source>
            <translation>Past {0} days</translation>
        </message>
    </context>
    <context>
        <name>BoardWidget</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="639" />
            <source>Semua</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="650" />
            <source>Dalam batas</source>
            <translation>Within limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="651" />
            <source>Mendekati batas</source>
            <translation>Approaching limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="652" />
            <source>Lewat batas</source>
            <translation>Past limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="664" />
            <source>{0} klien</source>
            <translation>{0} clients</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="668" />
            <source>{0} penghuni ditampilkan</source>
            <translation>{0} residents shown</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="682" />
            <source>Papan Penghuni</source>
            <translation>Resident Board</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="684" />
            <source>Siapa yang sedang menghuni dan siapa yang perlu ditindaklanjuti hari ini.</source>
            <translation>Who is staying now and who needs action today.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="686" />
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="701" />
            <source>Penghuni saat ini</source>
            <translation>Current residents</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="687" />
            <source>Mendekati batas 21 hari</source>
            <translation>Approaching 21 days</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="688" />
            <source>Lewat batas 21 hari</source>
            <translation>Past 21 days</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="689" />
            <source>Langkah layanan terlambat</source>
            <translation>Overdue service steps</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="690" />
            <source>Menunggu keputusan</source>
            <translation>Awaiting decision</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="694" />
            <source>&amp;Cari:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="696" />
            <source>Nama, nama panggilan, NIK atau nomor kasus (Ctrl+F)</source>
            <translation>Name, nickname, NIK or case number (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="698" />
            <source>&amp;Fasilitas:</source>
            <translation>&amp;Facility:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="698" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="698" />
            <source>&amp;Kategori:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="699" />
            <source>&amp;Batas tinggal:</source>
            <translation>Stay &amp;limit:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="702" />
            <source>Semua klien</source>
            <translation>All clients</translation>
        </message>
    </context>
    <context>
        <name>ClientRecordWidget</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="277" />
            <source>NIK {0}</source>
            <translation>NIK {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="279" />
            <source>Tanpa NIK</source>
            <translation>No NIK</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="284" />
            <source>sekitar {0}</source>
            <translation>about {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="285" />
            <source>lahir {0}</source>
            <translation>born {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="294" />
            <source>Sedang menghuni: {0}, {1}, sejak {2}</source>
            <translation>Staying now: {0}, {1}, since {2}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="307" />
            <source>Belum ada
foto</source>
            <translation>No photo
yet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="347" />
            <source>{0} catatan</source>
            <translation>entries: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="348" />
            <source>belum ada</source>
            <translation>none yet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="366" />
            <source>Tenggat layanan</source>
            <translation>Service deadlines</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="367" />
            <source>{0} langkah, {1} terlambat</source>
            <translation>{0} steps, {1} overdue</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="374" />
            <source>selesai</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="374" />
            <source>batas</source>
            <translation>due</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="389" />
            <source>Selesai tepat waktu</source>
            <translation>Done on time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="390" />
            <source>Selesai (terlambat)</source>
            <translation>Done (late)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="391" />
            <source>Dalam batas waktu</source>
            <translation>Within the time limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="392" />
            <source>Segera jatuh tempo</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="393" />
            <source>Terlambat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="394" />
            <source>Belum dimulai</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="395" />
            <source>Tidak berlaku</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="408" />
            <source>Penerimaan</source>
            <translation>Admission</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="409" />
            <source>Asesmen</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="410" />
            <source>Rencana intervensi</source>
            <translation>Intervention plan</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="411" />
            <source>Intervensi</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="412" />
            <source>Resosialisasi</source>
            <translation>Resocialisation</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="413" />
            <source>Terminasi</source>
            <translation>Termination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="414" />
            <source>Bimbingan lanjut</source>
            <translation>Aftercare</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="420" />
            <source>Keluarga</source>
            <translation>Family</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="424" />
            <source>Penelusuran keluarga</source>
            <translation>Family tracing</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="446" />
            <source>Belum ada lampiran. Tambahkan pindaian KTP, KK, surat atau foto dengan tombol di atas.</source>
            <translation>No attachments yet. Add a scan of an ID card, family card, letter or photo with the buttons above.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="461" />
            <source>Surat kasus {0}</source>
            <translation>Letters of case {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="474" />
            <source>Belum ada surat untuk klien ini.</source>
            <translation>No letters for this client yet.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="497" />
            <source>Belum ada perubahan yang tercatat.</source>
            <translation>No changes recorded yet.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="502" />
            <source>Tambah</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="502" />
            <source>Ubah</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="503" />
            <source>Hapus</source>
            <translation>Removed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="504" />
            <source>identitas</source>
            <translation>identity</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="504" />
            <source>kasus</source>
            <translation>case</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="505" />
            <source>lampiran</source>
            <translation>attachment</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="505" />
            <source>keluarga</source>
            <translation>family</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="510" />
            <source>Telepon</source>
            <translation>Telephone</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="510" />
            <source>Kunjungan</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="511" />
            <source>Surat dinas</source>
            <translation>Official letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="511" />
            <source>Media sosial</source>
            <translation>Social media</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="512" />
            <source>Ditemukan</source>
            <translation>Found</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="512" />
            <source>Tidak ditemukan</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="513" />
            <source>Menunggu</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="518" />
            <source>Pindaian KTP</source>
            <translation>ID card scan</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="518" />
            <source>Pindaian KK</source>
            <translation>Family card scan</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="519" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="700" />
            <source>Foto</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="519" />
            <source>Surat</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="520" />
            <source>Surat penjamin</source>
            <translation>Guarantee letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="521" />
            <source>Dokumentasi</source>
            <translation>Documentation</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="521" />
            <source>Lainnya</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="556" />
            <source>Tidak ada perubahan untuk disimpan.</source>
            <translation>There are no changes to save.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="581" />
            <source>Pilih foto klien</source>
            <translation>Choose the client's photo</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="582" />
            <source>Gambar (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="587" />
            <source>Pilih berkas pindaian</source>
            <translation>Choose a scanned file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="588" />
            <source>Pindaian (*.pdf *.png *.jpg *.jpeg);;Semua berkas (*)</source>
            <translation>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="597" />
            <source>Berkas tidak dapat dibaca: {0}</source>
            <translation>The file cannot be read: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="648" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="677" />
            <source>Lampiran</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="649" />
            <source>Tidak ada aplikasi untuk membuka berkas ini.</source>
            <translation>No application can open this file.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="676" />
            <source>Identitas</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="676" />
            <source>Riwayat kasus</source>
            <translation>Case history</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="677" />
            <source>Keluarga &amp;&amp; penelusuran</source>
            <translation>Family &amp;&amp; tracing</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="677" />
            <source>Daftar surat</source>
            <translation>Letters</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="678" />
            <source>Riwayat perubahan</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="691" />
            <source>Nama lengkap</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="691" />
            <source>Nama panggilan</source>
            <translation>Nickname</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="692" />
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="692" />
            <source>Nomor KK</source>
            <translation>Family card no.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="693" />
            <source>Jenis kelamin</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="693" />
            <source>Tanggal lahir</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="694" />
            <source>Tanggal lahir perkiraan</source>
            <translation>Date of birth estimated</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="695" />
            <source>Tempat lahir</source>
            <translation>Place of birth</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="695" />
            <source>Agama</source>
            <translation>Religion</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="696" />
            <source>Kategori PMKS</source>
            <translation>PMKS category</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="696" />
            <source>Alamat</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="697" />
            <source>Desa / kelurahan</source>
            <translation>Village</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="697" />
            <source>Kecamatan</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="698" />
            <source>Kabupaten / kota</source>
            <translation>Regency / city</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="698" />
            <source>Provinsi</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="699" />
            <source>Ciri-ciri fisik</source>
            <translation>Physical description</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="699" />
            <source>Catatan</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="704" />
            <source>&amp;Simpan identitas</source>
            <translation>&amp;Save identity</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="705" />
            <source>Ganti &amp;foto…</source>
            <translation>Change &amp;photo…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="706" />
            <source>&amp;Tambah pindaian…</source>
            <translation>&amp;Add a scan…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="707" />
            <source>&amp;Buka</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="708" />
            <source>Jenis:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="711" />
            <source>Kasus / tahap</source>
            <translation>Case / stage</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="711" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="719" />
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="712" />
            <source>Kegiatan</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="712" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="715" />
            <source>Keterangan</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="713" />
            <source>Nama / tanggal</source>
            <translation>Name / date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="714" />
            <source>Hubungan / cara</source>
            <translation>Relationship / method</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="715" />
            <source>Telepon / hasil</source>
            <translation>Phone / result</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="716" />
            <source>Nama berkas</source>
            <translation>File name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="716" />
            <source>Jenis</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="717" />
            <source>Ditambahkan</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="717" />
            <source>Ukuran</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="718" />
            <source>Semua surat klien ini (semua kasus)</source>
            <translation>All letters of this client (every case)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="719" />
            <source>Nomor surat</source>
            <translation>Letter number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="720" />
            <source>Jenis surat</source>
            <translation>Letter type</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="720" />
            <source>Penanda tangan</source>
            <translation>Signatory</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="721" />
            <source>Waktu</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="721" />
            <source>Petugas</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="722" />
            <source>Perubahan</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="722" />
            <source>Rincian</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>ClientsModel</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="333" />
            <source>Nama (panggilan)</source>
            <translation>Name (nickname)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="333" />
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="333" />
            <source>L/P</source>
            <translation>M/F</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="334" />
            <source>Tanggal lahir</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="334" />
            <source>Kabupaten / kota</source>
            <translation>Regency / city</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="335" />
            <source>Kasus terakhir</source>
            <translation>Latest case</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="335" />
            <source>Status terakhir</source>
            <translation>Latest status</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="359" />
            <source>menghuni</source>
            <translation>staying</translation>
        </message>
    </context>
    <context>
        <name>LetterPreviewDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="50" />
            <source>Pratinjau surat</source>
            <translation>Letter preview</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="69" />
            <source>Cetak...</source>
            <translation>Print...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="70" />
            <source>Simpan sebagai PDF...</source>
            <translation>Save as PDF...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="71" />
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="89" />
            <source>Simpan surat sebagai PDF</source>
            <translation>Save the letter as PDF</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="98" />
            <source>Gagal menyimpan</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="99" />
            <source>Berkas tidak dapat disimpan: {0}</source>
            <translation>The file cannot be saved: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="126" />
            <source>Gagal mencetak</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="127" />
            <source>Printer tidak dapat dipakai. Periksa printer lalu coba lagi.</source>
            <translation>The printer cannot be used. Check the printer and try again.</translation>
        </message>
    </context>
    <context>
        <name>LettersPanel</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="44" />
            <source>Buat surat</source>
            <translation>Make letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="46" />
            <source>Buka / cetak ulang</source>
            <translation>Open / reprint</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="52" />
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="52" />
            <source>Jenis surat</source>
            <translation>Letter type</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="52" />
            <source>Nomor</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="52" />
            <source>Versi</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="64" />
            <source>Jenis surat:</source>
            <translation>Letter type:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="89" />
            <source> (diralat)</source>
            <translation> (corrected)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="96" />
            <source>{0} surat tersimpan</source>
            <translation>{0} letters kept</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/lock.py" line="121" />
            <source>Terkunci oleh {0}. Masukkan kata sandi untuk membuka.</source>
            <translation>Locked by {0}. Enter the password to unlock.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/lock.py" line="151" />
            <source>Layar terkunci</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/lock.py" line="152" />
            <source>Kata sandi</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/lock.py" line="153" />
            <source>&amp;Buka kunci</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/lock.py" line="154" />
            <source>&amp;Ganti pengguna</source>
            <translation>S&amp;witch user</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="218" />
            <source>Pendaftaran klien baru</source>
            <translation>New client intake</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="219" />
            <source>Wisaya pendaftaran belum terpasang pada versi ini.</source>
            <translation>The intake wizard is not installed in this version.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="227" />
            <source>Enter	Buka rekam klien yang dipilih</source>
            <translation>Enter	Open the selected client's record</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="228" />
            <source>Pintasan papan ketik</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="237" />
            <source>Rekam klien</source>
            <translation>Client record</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="255" />
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="397" />
            <source>Perubahan belum disimpan</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="256" />
            <source>Identitas klien ini belum disimpan. Tutup tanpa menyimpan?</source>
            <translation>This client's identity has not been saved. Close without saving?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="334" />
            <source>Layar terkunci</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="367" />
            <source>Masuk sebagai {0} ({1})</source>
            <translation>Signed in as {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="379" />
            <source>Rumah Singgah</source>
            <translation>Rumah Singgah</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="380" />
            <source>&amp;Berkas</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="380" />
            <source>&amp;Kasus</source>
            <translation>&amp;Cases</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="381" />
            <source>&amp;Tampilan</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="381" />
            <source>&amp;Pengaturan</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="382" />
            <source>&amp;Bantuan</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="387" />
            <source>Papan Penghuni</source>
            <translation>Resident Board</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="398" />
            <source>Ada identitas klien yang belum disimpan. Keluar tanpa menyimpan?</source>
            <translation>A client's identity has not been saved. Quit without saving?</translation>
        </message>
        <message>
            <source>&amp;Ganti pengguna…</source>
            <translation>S&amp;witch user…</translation>
        </message>
        <message>
            <source>&amp;Kunci layar</source>
            <translation>&amp;Lock screen</translation>
        </message>
        <message>
            <source>&amp;Keluar</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Pendaftaran klien &amp;baru…</source>
            <translation>&amp;New client intake…</translation>
        </message>
        <message>
            <source>&amp;Buka rekam klien</source>
            <translation>&amp;Open client record</translation>
        </message>
        <message>
            <source>Kasus &amp;menunggu keputusan</source>
            <translation>Cases &amp;awaiting decision</translation>
        </message>
        <message>
            <source>&amp;Putuskan kasus (Kepala Bidang)…</source>
            <translation>&amp;Decide a case (Head of Division)…</translation>
        </message>
        <message>
            <source>Penghuni &amp;lewat batas 21 hari</source>
            <translation>Residents &amp;past 21 days</translation>
        </message>
        <message>
            <source>&amp;Cari klien</source>
            <translation>&amp;Find client</translation>
        </message>
        <message>
            <source>&amp;Muat ulang</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Papan Penghuni</source>
            <translation>Resident &amp;Board</translation>
        </message>
        <message>
            <source>&amp;Tutup tab</source>
            <translation>&amp;Close tab</translation>
        </message>
        <message>
            <source>&amp;Pengaturan…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Pen&amp;gguna…</source>
            <translation>&amp;Users…</translation>
        </message>
        <message>
            <source>Bahasa &amp;Indonesia</source>
            <translation>Bahasa &amp;Indonesia</translation>
        </message>
        <message>
            <source>&amp;English</source>
            <translation>&amp;English</translation>
        </message>
        <message>
            <source>&amp;Pintasan papan ketik</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="183" />
            <source>Surat tidak dapat dibuat</source>
            <translation>The letter cannot be made</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="241" />
            <source>Pilih logo instansi</source>
            <translation>Choose the agency logo</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="242" />
            <source>Gambar (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="274" />
            <source>NIP harus 18 angka (baris {0}).</source>
            <translation>An NIP has 18 digits (row {0}).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="337" />
            <source>Pengaturan</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="338" />
            <source>Fasilitas</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="339" />
            <source>Kop surat instansi</source>
            <translation>Agency letterhead</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="340" />
            <source>Penanda tangan surat</source>
            <translation>Letter signatories</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="341" />
            <source>Komputer ini</source>
            <translation>This computer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="343" />
            <source>&amp;Nama:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="343" />
            <source>Kode:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="343" />
            <source>&amp;Alamat:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="344" />
            <source>&amp;Telepon:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="344" />
            <source>&amp;Kapasitas (orang):</source>
            <translation>&amp;Capacity (people):</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="347" />
            <source>&amp;Pemerintah:</source>
            <translation>&amp;Government:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="347" />
            <source>&amp;Instansi:</source>
            <translation>A&amp;gency:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="347" />
            <source>Ala&amp;mat:</source>
            <translation>Add&amp;ress:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="348" />
            <source>Tele&amp;pon:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="348" />
            <source>&amp;Situs web:</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="348" />
            <source>&amp;Kota surat:</source>
            <translation>Letter &amp;city:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="349" />
            <source>&amp;Ukuran kertas:</source>
            <translation>&amp;Paper size:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="349" />
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="351" />
            <source>Pilih &amp;logo…</source>
            <translation>Choose &amp;logo…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="353" />
            <source>Nama</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="353" />
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="353" />
            <source>Jabatan</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="355" />
            <source>Kepala Dinas</source>
            <translation>Head of Agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="355" />
            <source>Kepala Bidang</source>
            <translation>Head of Division</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="355" />
            <source>Kepala Panti / RS</source>
            <translation>Head of Shelter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="356" />
            <source>Petugas</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="357" />
            <source>Kunci layar setelah (&amp;menit):</source>
            <translation>Lock screen after (&amp;minutes):</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="358" />
            <source>&amp;Bahasa:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="360" />
            <source> menit</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="361" />
            <source>&amp;Simpan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="362" />
            <source>&amp;Tutup</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="231" />
            <source>Penyiapan Rumah Singgah</source>
            <translation>Rumah Singgah set-up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="232" />
            <source>&amp;Lanjut &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="233" />
            <source>&lt; &amp;Kembali</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="234" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="235" />
            <source>&amp;Selesai</source>
            <translation>&amp;Finish</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="38" />
            <source>{0} menit {1} detik</source>
            <translation>{0} min {1} s</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="40" />
            <source>{0} detik</source>
            <translation>{0} seconds</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="41" />
            <source>Terlalu banyak percobaan yang salah. Coba lagi dalam {0}.</source>
            <translation>Too many wrong attempts. Try again in {0}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="127" />
            <source>Isi nama pengguna dan kata sandi.</source>
            <translation>Enter the user name and the password.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="130" />
            <source>Memeriksa…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="165" />
            <source>Ganti pengguna</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="165" />
            <source>Masuk</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="167" />
            <source>Aplikasi layanan rumah singgah dan panti sosial</source>
            <translation>Service application for social shelters</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="169" />
            <source>Masuk sebagai petugas lain. Pekerjaan yang terbuka tetap tersimpan.</source>
            <translation>Sign in as another officer. Open work is kept.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="171" />
            <source>Masukkan nama pengguna dan kata sandi Anda untuk membuka data.</source>
            <translation>Enter your user name and password to open the data.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="172" />
            <source>&amp;Nama pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="173" />
            <source>&amp;Kata sandi:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="174" />
            <source>&amp;Masuk</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="175" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="100" />
            <source>Atur ulang kata sandi</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="101" />
            <source>Kata sandi baru untuk {0}:</source>
            <translation>New password for {0}:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="163" />
            <source>Aktif</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="163" />
            <source>Nonaktif</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="179" />
            <source>&amp;Nonaktifkan</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="180" />
            <source>&amp;Aktifkan</source>
            <translation>&amp;Enable</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="195" />
            <source>Petugas {0} ditambahkan.</source>
            <translation>Officer {0} added.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="203" />
            <source>Akun {0} diaktifkan.</source>
            <translation>Account {0} enabled.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="204" />
            <source>Akun {0} dinonaktifkan.</source>
            <translation>Account {0} disabled.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="216" />
            <source>Kata sandi {0} telah diatur ulang.</source>
            <translation>The password of {0} has been reset.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="224" />
            <source>Pengguna</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="225" />
            <source>Akun petugas di komputer ini. Akun tidak dihapus; nonaktifkan akun petugas yang sudah tidak bertugas.</source>
            <translation>Officer accounts on this computer. Accounts are never deleted; disable the account of an officer who has left.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="227" />
            <source>Nama pengguna</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="227" />
            <source>Nama</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="228" />
            <source>Peran</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="228" />
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="229" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="230" />
            <source>&amp;Tambah petugas…</source>
            <translation>&amp;Add officer…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="231" />
            <source>Atur ulang &amp;kata sandi…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="232" />
            <source>&amp;Tutup</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>_AdminPage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="309" />
            <source>Kedua kata sandi tidak sama.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="311" />
            <source>Menyiapkan data terenkripsi…</source>
            <translation>Preparing the encrypted data…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="327" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="328" />
            <source>Akun pertama. Administrator menambah petugas lain dan mengatur hak aksesnya.</source>
            <translation>The first account. The administrator adds other officers and sets their access.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="331" />
            <source>Nama &amp;lengkap:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="331" />
            <source>Nama &amp;pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="332" />
            <source>&amp;Kata sandi:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="332" />
            <source>&amp;Ulangi kata sandi:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
    </context>
    <context>
        <name>_FacilityPage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="264" />
            <source>Kode fasilitas 2-6 huruf atau angka, misalnya BJM.</source>
            <translation>The facility code has 2-6 letters or digits, for example BJM.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="269" />
            <source>Fasilitas</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="270" />
            <source>Rumah singgah atau panti yang memakai aplikasi ini. Kode fasilitas menjadi awalan nomor kasus.</source>
            <translation>The shelter that uses this application. The facility code prefixes case numbers.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="272" />
            <source>&amp;Nama fasilitas:</source>
            <translation>Facility &amp;name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="273" />
            <source>&amp;Kode:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="273" />
            <source>&amp;Jenis:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="276" />
            <source>Rumah Singgah Dinas Sosial Kota …</source>
            <translation>Rumah Singgah Dinas Sosial Kota …</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="277" />
            <source>mis. BJM</source>
            <translation>e.g. BJM</translation>
        </message>
    </context>
    <context>
        <name>_KeyPage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="369" />
            <source>Kunci pemulihan Rumah Singgah</source>
            <translation>Rumah Singgah recovery key</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="370" />
            <source>Simpan kertas ini di tempat terkunci. Kunci ini membuka data bila kata sandi administrator hilang.</source>
            <translation>Keep this paper locked away. This key opens the data if the administrator's password is lost.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="385" />
            <source>Kunci pemulihan</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="386" />
            <source>Ditampilkan sekali ini saja.</source>
            <translation>Shown this once only.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="388" />
            <source>Catat atau cetak kunci pemulihan di bawah ini dan simpan di tempat terkunci. Tanpa kunci ini, data tidak dapat dibuka bila kata sandi administrator hilang. Kunci ini tidak akan ditampilkan lagi.</source>
            <translation>Write down or print the recovery key below and keep it locked away. Without it the data cannot be opened if the administrator's password is lost. The key will not be shown again.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="391" />
            <source>&amp;Cetak…</source>
            <translation>&amp;Print…</translation>
        </message>
    </context>
    <context>
        <name>common</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/common.py" line="62" />
            <source>Terjadi kesalahan yang tidak terduga: {0}</source>
            <translation>An unexpected error occurred: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/common.py" line="69" />
            <source>Tidak berhasil</source>
            <translation>Not done</translation>
        </message>
    </context>
    <context>
        <name>vocab</name>
        <message>
            <source>Terdaftar</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Identifikasi awal</source>
            <translation>Initial identification</translation>
        </message>
        <message>
            <source>Asesmen</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Menunggu keputusan</source>
            <translation>Awaiting decision</translation>
        </message>
        <message>
            <source>Dalam pelayanan</source>
            <translation>In service</translation>
        </message>
        <message>
            <source>Resosialisasi</source>
            <translation>Resocialisation</translation>
        </message>
        <message>
            <source>Dirujuk</source>
            <translation>Referred</translation>
        </message>
        <message>
            <source>Dirujuk ke layanan kesehatan</source>
            <translation>Referred to health services</translation>
        </message>
        <message>
            <source>Ditolak</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Selesai (terminasi)</source>
            <translation>Closed (terminated)</translation>
        </message>
        <message>
            <source>Pramu Sosial</source>
            <translation>Social care worker</translation>
        </message>
        <message>
            <source>Pekerja Sosial</source>
            <translation>Social worker</translation>
        </message>
        <message>
            <source>Kepala Bidang / Kepala Seksi</source>
            <translation>Head of Division / Section</translation>
        </message>
        <message>
            <source>Petugas Administrasi</source>
            <translation>Administrative officer</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Razia / operasi penertiban</source>
            <translation>Raid / public order operation</translation>
        </message>
        <message>
            <source>Laporan masyarakat</source>
            <translation>Public report</translation>
        </message>
        <message>
            <source>Rujukan instansi</source>
            <translation>Agency referral</translation>
        </message>
        <message>
            <source>Rujukan antar daerah</source>
            <translation>Inter-regional referral</translation>
        </message>
        <message>
            <source>Permintaan langsung</source>
            <translation>Direct request</translation>
        </message>
        <message>
            <source>Laki-laki</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Perempuan</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Rumah Singgah</source>
            <translation>Rumah Singgah</translation>
        </message>
        <message>
            <source>Panti Sosial</source>
            <translation>Social care home</translation>
        </message>
        <message>
            <source>Rumah Perlindungan Sosial</source>
            <translation>Social protection home</translation>
        </message>
    </context>
</TS>