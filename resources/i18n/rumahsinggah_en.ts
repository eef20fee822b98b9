<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
    <context>
        <name />
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="39" />
            <source>Penerimaan klien / hasil razia…</source>
            <translation>Client intake / raid…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="40" />
            <source>Identifikasi awal…</source>
            <translation>Initial identification…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="41" />
            <source>Asesmen…</source>
            <translation>Assessment…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="42" />
            <source>Keputusan Kepala Bidang…</source>
            <translation>Kepala Bidang's decision…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="43" />
            <source>Catat layanan (bimbingan, keluarga, penelusuran)…</source>
            <translation>Record a service (guidance, family, tracing)…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="45" />
            <source>Reunifikasi dan terminasi…</source>
            <translation>Reunification and termination…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="47" />
            <source>Kunjungan rumah (bimbingan lanjut)…</source>
            <translation>Home visit (aftercare)…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="180" />
            <source>⌂ {n} kunjungan rumah jatuh tempo</source>
            <translation>⌂ {n} home visits due</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="194" />
            <source>Wajib diisi.</source>
            <translation>Required.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="444" />
            <source>Belum dapat lanjut. Lengkapi dulu: </source>
            <translation>Cannot go on yet. First complete: </translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="446" />
            <source>Kolom bertanda * wajib diisi.</source>
            <translation>Fields marked * are required.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="552" />
            <source>&lt; &amp;Kembali</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="553" />
            <source>&amp;Lanjut &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="554" />
            <source>&amp;Selesai &amp;&amp; simpan</source>
            <translation>&amp;Finish &amp;&amp; save</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="555" />
            <source>Tutup (draf disimpan)</source>
            <translation>Close (draft kept)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="583" />
            <source>Wizard '{title}' hanya untuk: {who}.</source>
            <translation>The '{title}' wizard is only for: {who}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="673" />
            <source>Data pendukung tidak dapat dimuat: </source>
            <translation>The supporting data cannot be loaded: </translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="704" />
            <source>Draf tidak dapat disimpan: </source>
            <translation>The draft cannot be saved: </translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="728" />
            <source>Ada isian yang belum selesai, disimpan {when}{where}. Lanjutkan dari situ, atau mulai baru (isian lama dibuang)?</source>
            <translation>There is unfinished input, saved {when}{where}. Continue from there, or start anew (the old input is discarded)?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="732" />
            <source> (halaman: {p})</source>
            <translation> (page: {p})</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="735" />
            <source>Lanjutkan &amp;isian</source>
            <translation>Continue the &amp;input</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="736" />
            <source>&amp;Mulai baru</source>
            <translation>Start &amp;new</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/base.py" line="832" />
            <source>Gagal menyimpan: {e}. Tidak ada yang tersimpan ke kasus; isian Anda tetap ada sebagai draf. Coba lagi, atau hubungi administrator.</source>
            <translation>Saving failed: {e}. Nothing was saved to the case; your input is kept as a draft. Try again, or contact the administrator.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/camera.py" line="36" />
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="370" />
            <source>Foto dari kamera</source>
            <translation>Photo from the camera</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/camera.py" line="46" />
            <source>Arahkan kamera ke wajah klien, lalu tekan Ambil foto.</source>
            <translation>Point the camera at the client's face, then press Take photo.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/camera.py" line="47" />
            <source>&amp;Ambil foto</source>
            <translation>&amp;Take photo</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/camera.py" line="50" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/camera.py" line="59" />
            <source>Kamera gagal: </source>
            <translation>The camera failed: </translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="52" />
            <source>Pilih kasus</source>
            <translation>Choose a case</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="85" />
            <source>Identifikasi awal</source>
            <translation>Initial identification</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="88" />
            <source>Identifikasi awal: pilih klien yang baru terdaftar</source>
            <translation>Initial identification: choose a newly registered client</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="89" />
            <source>Tidak ada klien yang menunggu identifikasi awal.</source>
            <translation>No client is waiting for initial identification.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="93" />
            <source>Identifikasi awal oleh pramu sosial</source>
            <translation>Initial identification by the pramu sosial</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="94" />
            <source>Catat dokumen yang dilihat, kondisi kesehatan saat tiba dan barang bawaan.</source>
            <translation>Record the papers seen, the health on arrival and the belongings.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="96" />
            <source>Waktu identifikasi</source>
            <translation>Identification time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="97" />
            <source>Dokumen yang dilihat</source>
            <translation>Papers seen</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="98" />
            <source>Kosongkan bila klien tidak membawa dokumen apa pun.</source>
            <translation>Leave empty when the client carries no papers at all.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="99" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="195" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="210" />
            <source>Sehat jasmani</source>
            <translation>Physically healthy</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="99" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="195" />
            <source>Kesehatan</source>
            <translation>Health</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="101" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="196" />
            <source>Dirujuk ke layanan kesehatan</source>
            <translation>Referred to health services</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="102" />
            <source>mis. Puskesmas Teluk Dalam</source>
            <translation>e.g. Puskesmas Teluk Dalam</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="103" />
            <source>Catatan kesehatan</source>
            <translation>Health notes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="104" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="202" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="211" />
            <source>Barang bawaan</source>
            <translation>Belongings</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="105" />
            <source>satu barang per baris, mis. 2 baju</source>
            <translation>one item per line, e.g. 2 shirts</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="106" />
            <source>Catatan awal</source>
            <translation>First notes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="120" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="565" />
            <source>tidak sehat jasmani: isi layanan kesehatan rujukannya</source>
            <translation>not physically healthy: fill in the health service referred to</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="131" />
            <source>Asesmen</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="136" />
            <source>Asesmen: pilih klien</source>
            <translation>Assessment: choose the client</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="137" />
            <source>Belum ada klien yang selesai diidentifikasi.</source>
            <translation>No client has been identified yet.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="141" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="144" />
            <source>Jenis asesmen</source>
            <translation>Kind of assessment</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="142" />
            <source>Asesmen awal sesudah identifikasi; asesmen lanjutan dan asesmen lingkungan sosial sesudahnya.</source>
            <translation>Initial assessment after identification; follow-up and social environment assessments after that.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="146" />
            <source>Waktu asesmen</source>
            <translation>Assessment time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="147" />
            <source>Masalah</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="148" />
            <source>pengungkapan dan pemahaman masalah</source>
            <translation>uncovering and understanding the problem</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="149" />
            <source>Penyebab</source>
            <translation>Causes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="151" />
            <source>Kondisi klien</source>
            <translation>The client's condition</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="152" />
            <source>Kondisi fisik</source>
            <translation>Physical condition</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="153" />
            <source>Kondisi mental / psikologis</source>
            <translation>Mental / psychological condition</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="154" />
            <source>Kondisi spiritual</source>
            <translation>Spiritual condition</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="155" />
            <source>Kondisi sosial</source>
            <translation>Social condition</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="157" />
            <source>Keluarga, potensi dan kebutuhan</source>
            <translation>Family, potentials and needs</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="158" />
            <source>Situasi keluarga</source>
            <translation>Family situation</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="159" />
            <source>Potensi dan sumber</source>
            <translation>Potentials and resources</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="160" />
            <source>Kebutuhan</source>
            <translation>Needs</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="162" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="164" />
            <source>Rekomendasi</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="163" />
            <source>Rekomendasi pekerja sosial untuk Kepala Bidang.</source>
            <translation>The social worker's recommendation to the Kepala Bidang.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="166" />
            <source>Ajukan ke Kepala Bidang untuk keputusan (tampung / rujuk / tolak)</source>
            <translation>Submit to the Kepala Bidang for a decision (admit / refer / reject)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="167" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="196" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="203" />
            <source>Keputusan</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="169" />
            <source>Klien telah mendapat intervensi dan dapat dipulangkan / direunifikasi</source>
            <translation>The client has received the intervention and may go home / be reunified</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="170" />
            <source>Terminasi</source>
            <translation>Termination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="181" />
            <source>Keputusan Kepala Bidang</source>
            <translation>Kepala Bidang's decision</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="184" />
            <source>Antrean keputusan</source>
            <translation>Decision queue</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="185" />
            <source>Kasus yang sudah diasesmen dan menunggu keputusan Kepala Bidang.</source>
            <translation>Cases assessed and awaiting the Kepala Bidang's decision.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="186" />
            <source>Tidak ada kasus yang menunggu keputusan.</source>
            <translation>No case is awaiting a decision.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="197" />
            <source>Tampung dan intervensi, rujuk lanjutan, atau tolak, dengan alasannya.</source>
            <translation>Admit for intervention, refer onward, or reject, with the reason.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="206" />
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="283" />
            <source>Alasan</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="207" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="231" />
            <source>Tujuan rujukan</source>
            <translation>Referral destination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="208" />
            <source>balai / panti / instansi tujuan</source>
            <translation>receiving balai / panti / agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="209" />
            <source>Buat surat untuk pemohon sesudah disimpan</source>
            <translation>Make the requester's letter after saving</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="210" />
            <source>Pemberitahuan</source>
            <translation>Notice</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="237" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="195" />
            <source>Memuat data kasus…</source>
            <translation>Loading the case…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="245" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="216" />
            <source>Kasus tidak ditemukan.</source>
            <translation>Case not found.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="251" />
            <source>&lt;b&gt;Sumber:&lt;/b&gt; {s} · &lt;b&gt;Pemohon:&lt;/b&gt; {r}</source>
            <translation>&lt;b&gt;Source:&lt;/b&gt; {s} · &lt;b&gt;Requester:&lt;/b&gt; {r}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="255" />
            <source>&lt;b&gt;{k}&lt;/b&gt; ({d}): {p}</source>
            <translation>&lt;b&gt;{k}&lt;/b&gt; ({d}): {p}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="257" />
            <source>&lt;b&gt;Rekomendasi pekerja sosial:&lt;/b&gt; {r}</source>
            <translation>&lt;b&gt;Social worker's recommendation:&lt;/b&gt; {r}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="261" />
            <source>Setelah keputusan disimpan, pemohon ({who}) wajib diberi tahu: pemberitahuan dicatat sebagai tugas sampai dikirim. Suratnya (pemberitahuan, atau surat rujukan untuk keputusan rujuk) dapat langsung dibuat dan dicetak.</source>
            <translation>Once the decision is saved, the requester ({who}) must be informed: the notice is tracked as a task until it is sent. Its letter (a notice, or a referral letter for a referral) can be made and printed right away.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="264" />
            <source>pemohon</source>
            <translation>the requester</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="293" />
            <source>Sesi bimbingan / layanan (fisik, mental-spiritual, sosial, …)</source>
            <translation>Guidance session / service (physical, mental-spiritual, social, …)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="294" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="330" />
            <source>Anggota keluarga</source>
            <translation>Family member</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="295" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="341" />
            <source>Penelusuran keluarga</source>
            <translation>Family tracing</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="296" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="350" />
            <source>Koordinasi dengan Dinas Sosial daerah lain</source>
            <translation>Coordination with another region's Dinas Sosial</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="297" />
            <source>Balasan dari Dinas Sosial daerah lain</source>
            <translation>Reply from another region's Dinas Sosial</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="299" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="336" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="113" />
            <source>Telepon</source>
            <translation>Telephone</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="300" />
            <source>Kunjungan</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="301" />
            <source>Surat ke Dinas Sosial daerah lain</source>
            <translation>Letter to another region's Dinas Sosial</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="302" />
            <source>Media sosial</source>
            <translation>Social media</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="303" />
            <source>Menunggu jawaban</source>
            <translation>Waiting for an answer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="304" />
            <source>Keluarga ditemukan</source>
            <translation>Family found</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="305" />
            <source>Tidak ditemukan</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="310" />
            <source>Catat layanan</source>
            <translation>Record a service</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="313" />
            <source>Catat layanan: pilih klien</source>
            <translation>Record a service: choose the client</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="314" />
            <source>Tidak ada klien yang sedang dilayani.</source>
            <translation>No client is being served.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="318" />
            <source>Apa yang dicatat?</source>
            <translation>What is being recorded?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="319" />
            <source>Jenis catatan</source>
            <translation>Kind of entry</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="321" />
            <source>Sesi bimbingan / layanan</source>
            <translation>Guidance session / service</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="322" />
            <source>Bentuk layanan</source>
            <translation>Kind of service</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="324" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="345" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="156" />
            <source>Waktu</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="325" />
            <source>Pembimbing / petugas</source>
            <translation>Guide / officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="326" />
            <source>kosongkan bila Anda sendiri</source>
            <translation>leave empty if it was you</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="327" />
            <source>Lama (menit)</source>
            <translation>Duration (minutes)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="328" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="348" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="356" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="163" />
            <source>Catatan</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="331" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="210" />
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="260" />
            <source>Nama</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="332" />
            <source>Hubungan</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="333" />
            <source>ibu, ayah, kakak, paman, …</source>
            <translation>mother, father, sibling, uncle, …</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="334" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="151" />
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="261" />
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="335" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="152" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="154" />
            <source>16 angka, bila ada</source>
            <translation>16 digits, if any</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="337" />
            <source>Alamat</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="338" />
            <source>Kabupaten / kota</source>
            <translation>Regency / city</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="339" />
            <source>Provinsi</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="342" />
            <source>Cara</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="343" />
            <source>Yang dihubungi</source>
            <translation>Contacted</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="344" />
            <source>kerabat, kelurahan, Dinas Sosial daerah lain</source>
            <translation>relative, kelurahan, another region's Dinas Sosial</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="346" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="419" />
            <source>Hasil</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="351" />
            <source>Kabupaten / kota asal klien</source>
            <translation>Client's home regency / city</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="352" />
            <source>Dinas yang dihubungi</source>
            <translation>Dinas contacted</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="353" />
            <source>mis. Dinas Sosial Kabupaten Banjar</source>
            <translation>e.g. Dinas Sosial Kabupaten Banjar</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="354" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="109" />
            <source>Nomor surat</source>
            <translation>Letter number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="355" />
            <source>Tanggal kirim</source>
            <translation>Date sent</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="358" />
            <source>Balasan koordinasi</source>
            <translation>Coordination reply</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="359" />
            <source>Jawaban Dinas Sosial daerah lain atas surat koordinasi yang dikirim.</source>
            <translation>The other region's Dinas Sosial's answer to the coordination letter sent.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="360" />
            <source>Surat koordinasi</source>
            <translation>Coordination letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="361" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="377" />
            <source>- pilih surat yang dibalas -</source>
            <translation>- choose the letter answered -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="362" />
            <source>Tanggal balasan</source>
            <translation>Reply date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="363" />
            <source>Isi balasan</source>
            <translation>Reply</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="378" />
            <source>- belum ada surat koordinasi yang menunggu balasan -</source>
            <translation>- no coordination letter is waiting for a reply -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="397" />
            <source>Isi lama dalam menit (angka).</source>
            <translation>Enter the duration in minutes (a number).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="405" />
            <source>Kunjungan rumah (bimbingan lanjut)</source>
            <translation>Home visit (aftercare)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="407" />
            <source>Kunjungan rumah yang dijadwalkan</source>
            <translation>Scheduled home visits</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="408" />
            <source>Dijadwalkan dari terminasi untuk klien dari kota yang sama. Yang bertanda JATUH TEMPO sudah waktunya dikunjungi.</source>
            <translation>Scheduled at termination for clients from the same city. Those marked JATUH TEMPO (due) should be visited now.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="410" />
            <source>Tidak ada kunjungan rumah yang dijadwalkan.</source>
            <translation>No home visit is scheduled.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="417" />
            <source>Hasil kunjungan rumah</source>
            <translation>Home visit result</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="418" />
            <source>Waktu kunjungan</source>
            <translation>Visit time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="420" />
            <source>keadaan klien dan keluarga, apakah klien tetap di rumah</source>
            <translation>how the client and family are, whether the client stays home</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="421" />
            <source>Catatan / tindak lanjut</source>
            <translation>Notes / follow-up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="59" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="80" />
            <source>Penerimaan klien</source>
            <translation>Client intake</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="81" />
            <source>Pilih jenis kedatangan. Untuk hasil razia, semua orang dari satu surat razia dicatat sekaligus.</source>
            <translation>Choose the kind of arrival. For a raid, everyone on one raid letter is registered at once.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="83" />
            <source>Jenis kedatangan</source>
            <translation>Kind of arrival</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="84" />
            <source>Rombongan hasil razia (beberapa orang)</source>
            <translation>A raid (several people)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="85" />
            <source>Satu orang</source>
            <translation>One person</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="86" />
            <source>- pilih jenis kedatangan -</source>
            <translation>- choose the kind of arrival -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="87" />
            <source>Sumber</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="90" />
            <source>Fasilitas</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="91" />
            <source>Standar pelayanan</source>
            <translation>Service standard</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="92" />
            <source>Instansi perujuk / pengantar</source>
            <translation>Referring / delivering agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="93" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="308" />
            <source>- tidak ada -</source>
            <translation>- none -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="94" />
            <source>Waktu tiba</source>
            <translation>Arrival time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="95" />
            <source>Pemohon (yang harus diberi tahu)</source>
            <translation>Requester (to be informed)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="96" />
            <source>nama petugas / lembaga / warga yang meminta layanan</source>
            <translation>officer / organisation / resident who asked for the service</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="97" />
            <source>Kontak pemohon</source>
            <translation>Requester's contact</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="97" />
            <source>telepon / alamat</source>
            <translation>telephone / address</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="104" />
            <source>Surat razia</source>
            <translation>Raid letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="105" />
            <source>Data surat pemberitahuan/pengantaran dari instansi yang melaksanakan razia.</source>
            <translation>The notification / delivery letter of the agency that carried out the raid.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="107" />
            <source>Instansi pelaksana</source>
            <translation>Raiding agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="108" />
            <source>mis. Satpol PP Kota Banjarmasin</source>
            <translation>e.g. Satpol PP Kota Banjarmasin</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="110" />
            <source>mis. 300/145/Satpol PP/XI/2026</source>
            <translation>e.g. 300/145/Satpol PP/XI/2026</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="111" />
            <source>Tanggal razia</source>
            <translation>Raid date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="112" />
            <source>Tempat razia</source>
            <translation>Raid location</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="113" />
            <source>mis. Simpang Empat Sudimampir</source>
            <translation>e.g. Simpang Empat Sudimampir</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="114" />
            <source>Kategori PPKS (semua orang)</source>
            <translation>PPKS category (everyone)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="115" />
            <source>- belum ditentukan -</source>
            <translation>- not decided yet -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="116" />
            <source>Boleh dikosongkan; dapat diubah per orang di rekam klien.</source>
            <translation>May be left empty; it can be changed per person in the client record.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="120" />
            <source>Orang-orang hasil razia</source>
            <translation>The people brought by the raid</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="121" />
            <source>Ketik satu orang per baris. Tab pindah kolom; setelah kolom Asal, Tab membuka baris baru. Setiap nama langsung dicocokkan dengan klien lama.</source>
            <translation>Type one person per row. Tab moves to the next column; after Origin, Tab opens a new row. Every name is checked against earlier clients at once.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="132" />
            <source>Daftar orang</source>
            <translation>List of people</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="143" />
            <source>Identitas</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="144" />
            <source>Orang tanpa KTP/KK itu biasa: NIK boleh kosong. Nama dicocokkan dengan klien lama saat diketik.</source>
            <translation>People without KTP/KK are common: the NIK may stay empty. The name is checked against earlier clients as it is typed.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="146" />
            <source>Nama lengkap</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="147" />
            <source>nama panggilan bila nama lengkap tidak diketahui</source>
            <translation>the nickname when the full name is not known</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="148" />
            <source>Nama panggilan</source>
            <translation>Nickname</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="149" />
            <source>Jenis kelamin</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="153" />
            <source>Nomor KK</source>
            <translation>Family card no.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="155" />
            <source>Tanggal lahir</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="156" />
            <source>hh-bb-tttt, bila diketahui</source>
            <translation>dd-mm-yyyy, if known</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="157" />
            <source>Umur (perkiraan)</source>
            <translation>Age (estimated)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="158" />
            <source>tahun; isi bila tanggal lahir tidak diketahui</source>
            <translation>years; fill in when the date of birth is unknown</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="159" />
            <source>Kabupaten / kota asal</source>
            <translation>Home regency / city</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="160" />
            <source>Kategori PPKS</source>
            <translation>PPKS category</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="161" />
            <source>- pilih kategori -</source>
            <translation>- choose a category -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="171" />
            <source>Asal dan ciri</source>
            <translation>Origin and description</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="172" />
            <source>Alamat asal membantu penelusuran keluarga; isi yang diketahui saja.</source>
            <translation>The home address helps to trace the family; fill in only what is known.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="173" />
            <source>Tempat lahir</source>
            <translation>Place of birth</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="174" />
            <source>Agama</source>
            <translation>Religion</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="175" />
            <source>- tidak diketahui -</source>
            <translation>- unknown -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="176" />
            <source>Alamat asal</source>
            <translation>Home address</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="176" />
            <source>jalan, gang, RT/RW</source>
            <translation>street, alley, RT/RW</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="177" />
            <source>Desa / kelurahan</source>
            <translation>Village</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="178" />
            <source>Kecamatan</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="179" />
            <source>Provinsi asal</source>
            <translation>Home province</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="180" />
            <source>Ciri fisik</source>
            <translation>Physical description</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="181" />
            <source>tinggi, tanda lahir, bekas luka, pakaian saat tiba</source>
            <translation>height, birthmarks, scars, clothes on arrival</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="185" />
            <source>Persyaratan, kesehatan dan barang bawaan</source>
            <translation>Requirements, health and belongings</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="186" />
            <source>Centang persyaratan standar yang terpenuhi. Orang yang tidak sehat jasmani dirujuk ke layanan kesehatan, tidak diterima di rumah singgah.</source>
            <translation>Tick the standard's requirements that are met. A person who is not physically healthy is referred to a health service, not admitted to the shelter.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="192" />
            <source>Persyaratan standar</source>
            <translation>The standard's requirements</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="197" />
            <source>mis. Puskesmas Pekapuran Raya</source>
            <translation>e.g. Puskesmas Pekapuran Raya</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="199" />
            <source>&lt;b&gt;Tidak sehat jasmani:&lt;/b&gt; orang ini tidak diterima di rumah singgah. Kasusnya dicatat lalu ditutup sebagai rujukan ke layanan kesehatan di atas.</source>
            <translation>&lt;b&gt;Not physically healthy:&lt;/b&gt; this person is not admitted to the shelter. The case is recorded, then closed as a referral to the health service above.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="203" />
            <source>satu barang per baris, mis. 2 baju; 1 tas ransel</source>
            <translation>one item per line, e.g. 2 shirts; 1 backpack</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="204" />
            <source>Foto</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="204" />
            <source>Pilih &amp;foto…</source>
            <translation>Choose a &amp;photo…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="210" />
            <source>Bila tidak sehat: dirujuk ke</source>
            <translation>If not healthy: referred to</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="220" />
            <source>Kesehatan dan barang bawaan per orang</source>
            <translation>Health and belongings per person</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="231" />
            <source>Periksa dan simpan</source>
            <translation>Check and save</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="232" />
            <source>Belum ada yang tersimpan ke kasus. Tekan "Selesai &amp; simpan" (Ctrl+Enter) untuk mencatat semuanya sekaligus.</source>
            <translation>Nothing has been saved to the case yet. Press "Finish &amp; save" (Ctrl+Enter) to record everything at once.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="272" />
            <source>- pilih standar -</source>
            <translation>- choose a standard -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="303" />
            <source>- pilih fasilitas -</source>
            <translation>- choose a facility -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="329" />
            <source>{n} orang diketik.</source>
            <translation>{n} people typed.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="333" />
            <source>baris {n}: {p}</source>
            <translation>row {n}: {p}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="337" />
            <source>baris {n} ({name}): pilih orang yang sama atau orang baru</source>
            <translation>row {n} ({name}): choose the same person or a new person</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="362" />
            <source>✓ klien lama {c}</source>
            <translation>✓ returning client {c}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="364" />
            <source>✓ orang baru</source>
            <translation>✓ new person</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="366" />
            <source>⚠ mungkin klien lama ({n})</source>
            <translation>⚠ maybe a returning client ({n})</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="461" />
            <source>Baris {n}: {name} mungkin klien lama. Orang yang sama?</source>
            <translation>Row {n}: {name} may be a returning client. The same person?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="470" />
            <source>{name} mungkin pernah tercatat. Orang yang sama?</source>
            <translation>{name} may have been recorded before. The same person?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="497" />
            <source>pilih orang yang sama atau orang baru</source>
            <translation>choose the same person or a new person</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="546" />
            <source>sehat</source>
            <translation>healthy</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="560" />
            <source>{name}: tidak sehat, isi layanan kesehatan rujukannya</source>
            <translation>{name}: not healthy, fill in the health service referred to</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="608" />
            <source>&lt;b&gt;Fasilitas:&lt;/b&gt; {f}</source>
            <translation>&lt;b&gt;Facility:&lt;/b&gt; {f}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="609" />
            <source>&lt;b&gt;Standar:&lt;/b&gt; {s}</source>
            <translation>&lt;b&gt;Standard:&lt;/b&gt; {s}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="610" />
            <source>&lt;b&gt;Sumber:&lt;/b&gt; {s}</source>
            <translation>&lt;b&gt;Source:&lt;/b&gt; {s}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="613" />
            <source>&lt;b&gt;Razia:&lt;/b&gt; {a}, surat {n}, {p}</source>
            <translation>&lt;b&gt;Raid:&lt;/b&gt; {a}, letter {n}, {p}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="620" />
            <source>&lt;b&gt;{n} orang&lt;/b&gt;: {r} klien lama, {b} orang baru.</source>
            <translation>&lt;b&gt;{n} people&lt;/b&gt;: {r} returning clients, {b} new people.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="623" />
            <source>&lt;b&gt;Dirujuk ke layanan kesehatan:&lt;/b&gt; </source>
            <translation>&lt;b&gt;Referred to a health service:&lt;/b&gt; </translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="630" />
            <source> — &lt;b&gt;klien lama&lt;/b&gt;</source>
            <translation> — &lt;b&gt;returning client&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="632" />
            <source> — &lt;b&gt;dirujuk ke layanan kesehatan&lt;/b&gt;</source>
            <translation> — &lt;b&gt;referred to a health service&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="637" />
            <source>&lt;b&gt;Nama:&lt;/b&gt; {n}</source>
            <translation>&lt;b&gt;Name:&lt;/b&gt; {n}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="639" />
            <source>Dicatat sebagai &lt;b&gt;klien lama&lt;/b&gt; (riwayatnya tersambung).</source>
            <translation>Recorded as a &lt;b&gt;returning client&lt;/b&gt; (the history is linked).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="641" />
            <source>&lt;b&gt;Tidak sehat jasmani:&lt;/b&gt; dirujuk ke {r}, tidak diterima.</source>
            <translation>&lt;b&gt;Not physically healthy:&lt;/b&gt; referred to {r}, not admitted.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="729" />
            <source> (jika ada)</source>
            <translation> (if any)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="751" />
            <source>Standar ini tidak mencantumkan persyaratan untuk dicentang.</source>
            <translation>This standard lists no requirements to tick.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="776" />
            <source>Isi umur dalam tahun, angka 0 sampai 120.</source>
            <translation>Enter the age in years, 0 to 120.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="796" />
            <source>Tulis tanggal lahir sebagai hari-bulan-tahun, mis. 17-08-1980.</source>
            <translation>Write the date of birth as day-month-year, e.g. 17-08-1980.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="803" />
            <source>Nomor KK 16 angka.</source>
            <translation>The KK number has 16 digits.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="58" />
            <source>Reunifikasi dan terminasi</source>
            <translation>Reunification and termination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="63" />
            <source>Terminasi: pilih klien</source>
            <translation>Termination: choose the client</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="64" />
            <source>Klien yang sudah lebih dari batas lama tinggal ditandai ‼; yang mendekati batas ditandai ▲.</source>
            <translation>Clients past the stay limit are marked ‼; those approaching it are marked ▲.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="66" />
            <source>Tidak ada klien dalam rumah singgah.</source>
            <translation>There are no clients in the shelter.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="85" />
            <source>Dasar dan cara terminasi</source>
            <translation>Basis and manner of termination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="86" />
            <source>Terminasi hanya dengan dasar yang diizinkan standar pelayanan.</source>
            <translation>Termination only on a basis the service standard allows.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="92" />
            <source>Cara klien keluar</source>
            <translation>How the client leaves</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="95" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="256" />
            <source>Dasar terminasi</source>
            <translation>Termination basis</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="96" />
            <source>Tidak perlu untuk klien yang pergi tanpa pamit atau meninggal dunia.</source>
            <translation>Not needed for a client who left without notice or died.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="104" />
            <source>Dijemput keluarga</source>
            <translation>Picked up by the family</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="105" />
            <source>Periksa KTP/KK penjemput, cetak Surat Penjamin, minta keluarga menandatanganinya di atas meterai, lalu lampirkan pindaiannya.</source>
            <translation>Check the KTP/KK of the person picking up, print the Surat Penjamin, have the family sign it over a meterai, then attach its scan.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="107" />
            <source>Nama penjemput</source>
            <translation>Name of the person picking up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="108" />
            <source>Hubungan dengan klien</source>
            <translation>Relationship to the client</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="109" />
            <source>ibu, ayah, kakak, suami, …</source>
            <translation>mother, father, sibling, husband, …</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="110" />
            <source>NIK penjemput</source>
            <translation>NIK of the person picking up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="111" />
            <source>16 angka, dari KTP</source>
            <translation>16 digits, from the KTP</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="112" />
            <source>Alamat penjemput</source>
            <translation>Address of the person picking up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="114" />
            <source>Dokumen penjemput yang diperiksa</source>
            <translation>Papers of the person picking up, checked</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="115" />
            <source>KTP penjemput</source>
            <translation>KTP of the person picking up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="115" />
            <source>Kartu Keluarga</source>
            <translation>Family card (KK)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="119" />
            <source>Cetak &amp;Surat Penjamin…</source>
            <translation>Print the &amp;Surat Penjamin…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="123" />
            <source>Belum dicetak.</source>
            <translation>Not printed yet.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="127" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="301" />
            <source>Surat Penjamin</source>
            <translation>Surat Penjamin</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="128" />
            <source>Surat Penjamin sudah ditandatangani penjemput</source>
            <translation>The Surat Penjamin is signed by the person picking up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="129" />
            <source>Tanda tangan</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="130" />
            <source>Ditandatangani di atas meterai</source>
            <translation>Signed over a meterai</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="130" />
            <source>Meterai</source>
            <translation>Meterai</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="131" />
            <source>Pindaian Surat Penjamin</source>
            <translation>Scan of the Surat Penjamin</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="131" />
            <source>Pilih pindaian…</source>
            <translation>Choose the scan…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="138" />
            <source>Diantar pulang</source>
            <translation>Delivered home</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="139" />
            <source>Klien diantar ke keluarganya karena keluarga tidak dapat datang.</source>
            <translation>The client is taken to the family because the family cannot come.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="140" />
            <source>Alamat tujuan</source>
            <translation>Destination address</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="141" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="145" />
            <source>Petugas pengantar</source>
            <translation>Escorting officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="143" />
            <source>Dirujuk ke balai / panti</source>
            <translation>Referred to a balai / panti</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="144" />
            <source>Balai / panti tujuan</source>
            <translation>Receiving balai / panti</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="147" />
            <source>Diserahkan ke instansi lain</source>
            <translation>Handed over to another agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="148" />
            <source>Instansi penerima</source>
            <translation>Receiving agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="152" />
            <source>Serah terima dan dokumentasi</source>
            <translation>Handover and documentation</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="153" />
            <source>Waktu, tempat dan saksi serah terima, dengan foto dokumentasinya. Untuk klien yang pergi tanpa pamit: kapan diketahui dan upaya pencarian di Catatan.</source>
            <translation>Time, place and witnesses of the handover, with its documentation photos. For a client who left without notice: when it was noticed and the search, under Notes.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="157" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="272" />
            <source>Tempat serah terima</source>
            <translation>Handover place</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="158" />
            <source>mis. Rumah Singgah Banjarmasin</source>
            <translation>e.g. Rumah Singgah Banjarmasin</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="159" />
            <source>Saksi</source>
            <translation>Witnesses</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="160" />
            <source>satu nama per baris</source>
            <translation>one name per line</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="161" />
            <source>Foto dokumentasi</source>
            <translation>Documentation photos</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="161" />
            <source>Tambah foto…</source>
            <translation>Add photos…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="164" />
            <source>Jadwalkan kunjungan rumah (bimbingan lanjut)</source>
            <translation>Schedule a home visit (aftercare)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="165" />
            <source>Bimbingan lanjut</source>
            <translation>Aftercare</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="166" />
            <source>Tanggal kunjungan</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="227" />
            <source>Asesmen menyatakan dapat dipulangkan: &lt;b&gt;{x}&lt;/b&gt;</source>
            <translation>Assessment says the client may go home: &lt;b&gt;{x}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="228" />
            <source>ya</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="228" />
            <source>belum</source>
            <translation>not yet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="239" />
            <source>- pilih dasar -</source>
            <translation>- choose a basis -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="263" />
            <source>Surat Penjamin belum ditandatangani</source>
            <translation>the Surat Penjamin is not signed yet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="265" />
            <source>meterai belum dicentang</source>
            <translation>meterai not ticked</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="274" />
            <source>paling sedikit satu saksi</source>
            <translation>at least one witness</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="283" />
            <source>Isi nama penjemput dahulu.</source>
            <translation>Enter the name of the person picking up first.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="287" />
            <source>Membuat Surat Penjamin…</source>
            <translation>Making the Surat Penjamin…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="298" />
            <source>Surat Penjamin nomor {n} dibuat dan disimpan. Cetak, minta penjemput menandatanganinya di atas meterai, lalu centang di bawah.</source>
            <translation>Surat Penjamin number {n} was made and kept. Print it, have the person picking up sign it over a meterai, then tick below.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="81" />
            <source>nama wajib diisi (boleh nama panggilan bila nama lengkap tidak diketahui)</source>
            <translation>a name is required (the nickname will do when the full name is not known)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="83" />
            <source>JK harus L (laki-laki) atau P (perempuan)</source>
            <translation>sex must be L (male) or P (female)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="86" />
            <source>umur harus angka 0 sampai 120</source>
            <translation>age must be a number from 0 to 120</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="260" />
            <source>Panggilan</source>
            <translation>Nickname</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="260" />
            <source>JK</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="261" />
            <source>Umur</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="261" />
            <source>Asal</source>
            <translation>Origin</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="262" />
            <source>Kasus terakhir</source>
            <translation>Latest case</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="265" />
            <source>Yang diketik</source>
            <translation>As typed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="269" />
            <source>Kandidat {n} (kemiripan {s}%)</source>
            <translation>Candidate {n} ({s}% similar)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="291" />
            <source>Orang yang sama: kandidat &amp;{n}</source>
            <translation>The same person: candidate &amp;{n}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="293" />
            <source>✓ Sama dengan kandidat &amp;{n}</source>
            <translation>✓ Same as candidate &amp;{n}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="298" />
            <source>✓ Orang baru</source>
            <translation>✓ New person</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="298" />
            <source>Orang &amp;baru (bukan kandidat di atas)</source>
            <translation>A &amp;new person (none of the candidates)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="330" />
            <source>Hapus dari daftar</source>
            <translation>Remove from the list</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="338" />
            <source>Ambil dari ka&amp;mera…</source>
            <translation>From the ca&amp;mera…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="349" />
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="352" />
            <source>Pilih berkas</source>
            <translation>Choose a file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="406" />
            <source>Berkas tidak ditemukan: </source>
            <translation>File not found: </translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="434" />
            <source>Ketik untuk mencari, pilih dengan tombol panah, lalu Enter.</source>
            <translation>Type to search, choose with the arrow keys, then Enter.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="435" />
            <source>Tidak ada kasus yang dapat dipilih.</source>
            <translation>There is no case to choose.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="438" />
            <source>Cari nama, panggilan atau nomor kasus…</source>
            <translation>Search name, nickname or case number…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="455" />
            <source>pilih satu kasus dari daftar</source>
            <translation>choose one case from the list</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="476" />
            <source> · hari ke-{d}</source>
            <translation> · day {d}</translation>
        </message>
    </context>
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
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="512" />
            <source>Belum ada perubahan yang tercatat.</source>
            <translation>No changes recorded yet.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="517" />
            <source>Tambah</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="517" />
            <source>Ubah</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="518" />
            <source>Hapus</source>
            <translation>Removed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="519" />
            <source>identitas</source>
            <translation>identity</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="519" />
            <source>kasus</source>
            <translation>case</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="520" />
            <source>lampiran</source>
            <translation>attachment</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="520" />
            <source>keluarga</source>
            <translation>family</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="525" />
            <source>Telepon</source>
            <translation>Telephone</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="525" />
            <source>Kunjungan</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="526" />
            <source>Surat dinas</source>
            <translation>Official letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="526" />
            <source>Media sosial</source>
            <translation>Social media</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="527" />
            <source>Ditemukan</source>
            <translation>Found</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="527" />
            <source>Tidak ditemukan</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="528" />
            <source>Menunggu</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="533" />
            <source>Pindaian KTP</source>
            <translation>ID card scan</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="533" />
            <source>Pindaian KK</source>
            <translation>Family card scan</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="534" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="717" />
            <source>Foto</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="534" />
            <source>Surat</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="535" />
            <source>Surat penjamin</source>
            <translation>Guarantee letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="536" />
            <source>Dokumentasi</source>
            <translation>Documentation</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="536" />
            <source>Lainnya</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="571" />
            <source>Tidak ada perubahan untuk disimpan.</source>
            <translation>There are no changes to save.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="596" />
            <source>Pilih foto klien</source>
            <translation>Choose the client's photo</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="597" />
            <source>Gambar (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="602" />
            <source>Pilih berkas pindaian</source>
            <translation>Choose a scanned file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="603" />
            <source>Pindaian (*.pdf *.png *.jpg *.jpeg);;Semua berkas (*)</source>
            <translation>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="665" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="694" />
            <source>Lampiran</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="666" />
            <source>Tidak ada aplikasi untuk membuka berkas ini.</source>
            <translation>No application can open this file.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="693" />
            <source>Identitas</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="693" />
            <source>Riwayat kasus</source>
            <translation>Case history</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="694" />
            <source>Keluarga &amp;&amp; penelusuran</source>
            <translation>Family &amp;&amp; tracing</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="694" />
            <source>Daftar surat</source>
            <translation>Letters</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="695" />
            <source>Riwayat perubahan</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="708" />
            <source>Nama lengkap</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="708" />
            <source>Nama panggilan</source>
            <translation>Nickname</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="709" />
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="709" />
            <source>Nomor KK</source>
            <translation>Family card no.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="710" />
            <source>Jenis kelamin</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="710" />
            <source>Tanggal lahir</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="711" />
            <source>Tanggal lahir perkiraan</source>
            <translation>Date of birth estimated</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="712" />
            <source>Tempat lahir</source>
            <translation>Place of birth</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="712" />
            <source>Agama</source>
            <translation>Religion</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="713" />
            <source>Kategori PMKS</source>
            <translation>PMKS category</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="713" />
            <source>Alamat</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="714" />
            <source>Desa / kelurahan</source>
            <translation>Village</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="714" />
            <source>Kecamatan</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="715" />
            <source>Kabupaten / kota</source>
            <translation>Regency / city</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="715" />
            <source>Provinsi</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="716" />
            <source>Ciri-ciri fisik</source>
            <translation>Physical description</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="716" />
            <source>Catatan</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="721" />
            <source>&amp;Simpan identitas</source>
            <translation>&amp;Save identity</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="722" />
            <source>Ganti &amp;foto…</source>
            <translation>Change &amp;photo…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="723" />
            <source>&amp;Tambah pindaian…</source>
            <translation>&amp;Add a scan…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="724" />
            <source>&amp;Buka</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="725" />
            <source>Jenis:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="728" />
            <source>Kasus / tahap</source>
            <translation>Case / stage</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="728" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="736" />
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="729" />
            <source>Kegiatan</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="729" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="732" />
            <source>Keterangan</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="730" />
            <source>Nama / tanggal</source>
            <translation>Name / date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="731" />
            <source>Hubungan / cara</source>
            <translation>Relationship / method</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="732" />
            <source>Telepon / hasil</source>
            <translation>Phone / result</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="733" />
            <source>Nama berkas</source>
            <translation>File name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="733" />
            <source>Jenis</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="734" />
            <source>Ditambahkan</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="734" />
            <source>Ukuran</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="735" />
            <source>Semua surat klien ini (semua kasus)</source>
            <translation>All letters of this client (every case)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="736" />
            <source>Nomor surat</source>
            <translation>Letter number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="737" />
            <source>Jenis surat</source>
            <translation>Letter type</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="737" />
            <source>Penanda tangan</source>
            <translation>Signatory</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="738" />
            <source>Waktu</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="738" />
            <source>Petugas</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="739" />
            <source>Perubahan</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="739" />
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
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="417" />
            <source>Cadangan harian tersimpan.</source>
            <translation>Today's backup is saved.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="423" />
            <source>Cadangan harian gagal: {0}</source>
            <translation>Today's backup failed: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="165" />
            <source>Ekspor paket sinkronisasi...</source>
            <translation>Export sync bundle...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="166" />
            <source>Impor paket sinkronisasi...</source>
            <translation>Import sync bundle...</translation>
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
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="336" />
            <source>Pengaturan</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="337" />
            <source>Fasilitas</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="338" />
            <source>Kop surat instansi</source>
            <translation>Agency letterhead</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="339" />
            <source>Penanda tangan surat</source>
            <translation>Letter signatories</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="340" />
            <source>Komputer ini</source>
            <translation>This computer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="342" />
            <source>&amp;Nama:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="342" />
            <source>Kode:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="342" />
            <source>&amp;Alamat:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="343" />
            <source>&amp;Telepon:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="343" />
            <source>&amp;Kapasitas (orang):</source>
            <translation>&amp;Capacity (people):</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="346" />
            <source>&amp;Pemerintah:</source>
            <translation>&amp;Government:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="346" />
            <source>&amp;Instansi:</source>
            <translation>A&amp;gency:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="346" />
            <source>Ala&amp;mat:</source>
            <translation>Add&amp;ress:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="347" />
            <source>Tele&amp;pon:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="347" />
            <source>&amp;Situs web:</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="347" />
            <source>&amp;Kota surat:</source>
            <translation>Letter &amp;city:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="348" />
            <source>&amp;Ukuran kertas:</source>
            <translation>&amp;Paper size:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="348" />
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="350" />
            <source>Pilih &amp;logo…</source>
            <translation>Choose &amp;logo…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="352" />
            <source>Nama</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="352" />
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="352" />
            <source>Jabatan</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="354" />
            <source>Kepala Dinas</source>
            <translation>Head of Agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="354" />
            <source>Kepala Bidang</source>
            <translation>Head of Division</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="354" />
            <source>Kepala Panti / RS</source>
            <translation>Head of Shelter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="355" />
            <source>Petugas</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="356" />
            <source>Kunci layar setelah (&amp;menit):</source>
            <translation>Lock screen after (&amp;minutes):</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="357" />
            <source>&amp;Bahasa:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="359" />
            <source> menit</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="360" />
            <source>&amp;Simpan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="361" />
            <source>&amp;Tutup</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="233" />
            <source>Penyiapan Rumah Singgah</source>
            <translation>Rumah Singgah set-up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="234" />
            <source>&amp;Lanjut &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="235" />
            <source>&lt; &amp;Kembali</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="236" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="237" />
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
            <location filename="../../src/rumahsinggah/gui/signin.py" line="167" />
            <source>Ganti pengguna</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="167" />
            <source>Masuk</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="169" />
            <source>Aplikasi layanan rumah singgah dan panti sosial</source>
            <translation>Service application for social shelters</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="171" />
            <source>Masuk sebagai petugas lain. Pekerjaan yang terbuka tetap tersimpan.</source>
            <translation>Sign in as another officer. Open work is kept.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="173" />
            <source>Masukkan nama pengguna dan kata sandi Anda untuk membuka data.</source>
            <translation>Enter your user name and password to open the data.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="174" />
            <source>&amp;Nama pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="175" />
            <source>&amp;Kata sandi:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="176" />
            <source>&amp;Masuk</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="177" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="44" />
            <source>Ekspor paket sinkronisasi</source>
            <translation>Export sync bundle</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="45" />
            <source>Impor paket sinkronisasi</source>
            <translation>Import sync bundle</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="48" />
            <source>Simpan perubahan sejak ekspor terakhir ke satu berkas terkunci, lalu bawa ke meja lain (misalnya dengan flashdisk).</source>
            <translation>Save the changes since the last export into one locked file, then take it to the other desk (for example on a flash drive).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="50" />
            <source>Gabungkan berkas paket dari meja lain. Perubahan yang lebih baru menang; mengimpor paket yang sama dua kali tidak mengubah apa pun.</source>
            <translation>Merge a bundle from another desk. Newer changes win; importing the same bundle twice changes nothing.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="55" />
            <source>Pilih berkas .rsbundle</source>
            <translation>Choose a .rsbundle file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="56" />
            <source>Pilih...</source>
            <translation>Choose...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="66" />
            <source>Semua data (bukan hanya perubahan baru)</source>
            <translation>All data (not only new changes)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="69" />
            <source>Berkas paket</source>
            <translation>Bundle file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="70" />
            <source>Kata sandi paket</source>
            <translation>Bundle passphrase</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="72" />
            <source>Ulangi kata sandi</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="80" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="82" />
            <source>Ekspor</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="82" />
            <source>Impor</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="96" />
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="101" />
            <source>Paket Rumah Singgah (*.rsbundle)</source>
            <translation>Rumah Singgah bundle (*.rsbundle)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="107" />
            <source>Pilih berkas paket terlebih dahulu.</source>
            <translation>Choose the bundle file first.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="109" />
            <source>Kata sandi paket minimal {0} karakter.</source>
            <translation>The bundle passphrase needs at least {0} characters.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="111" />
            <source>Kedua kata sandi tidak sama.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="119" />
            <source>Sedang bekerja...</source>
            <translation>Working...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="139" />
            <source>Paket disimpan: {0}
{1} baris data, {2} lampiran.</source>
            <translation>Bundle saved: {0}
{1} data rows, {2} attachments.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="142" />
            <source>Paket dari {0} digabungkan: {1} baris baru, {2} diperbarui, {3} sudah sama.</source>
            <translation>Bundle from {0} merged: {1} new rows, {2} updated, {3} already the same.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="145" />
            <source>Nomor kasus {0} sudah dipakai di meja ini; kasus masuk diberi nomor {1}.</source>
            <translation>Case number {0} is already used on this desk; the incoming case was numbered {1}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="153" />
            <source>Tutup</source>
            <translation>Close</translation>
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
            <location filename="../../src/rumahsinggah/gui/signin.py" line="311" />
            <source>Kedua kata sandi tidak sama.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="313" />
            <source>Menyiapkan data terenkripsi…</source>
            <translation>Preparing the encrypted data…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="329" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="330" />
            <source>Akun pertama. Administrator menambah petugas lain dan mengatur hak aksesnya.</source>
            <translation>The first account. The administrator adds other officers and sets their access.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="333" />
            <source>Nama &amp;lengkap:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="333" />
            <source>Nama &amp;pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="334" />
            <source>&amp;Kata sandi:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="334" />
            <source>&amp;Ulangi kata sandi:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
    </context>
    <context>
        <name>_FacilityPage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="266" />
            <source>Kode fasilitas 2-6 huruf atau angka, misalnya BJM.</source>
            <translation>The facility code has 2-6 letters or digits, for example BJM.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="271" />
            <source>Fasilitas</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="272" />
            <source>Rumah singgah atau panti yang memakai aplikasi ini. Kode fasilitas menjadi awalan nomor kasus.</source>
            <translation>The shelter that uses this application. The facility code prefixes case numbers.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="274" />
            <source>&amp;Nama fasilitas:</source>
            <translation>Facility &amp;name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="275" />
            <source>&amp;Kode:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="275" />
            <source>&amp;Jenis:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="278" />
            <source>Rumah Singgah Dinas Sosial Kota …</source>
            <translation>Rumah Singgah Dinas Sosial Kota …</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="279" />
            <source>mis. BJM</source>
            <translation>e.g. BJM</translation>
        </message>
    </context>
    <context>
        <name>_KeyPage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="371" />
            <source>Kunci pemulihan Rumah Singgah</source>
            <translation>Rumah Singgah recovery key</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="372" />
            <source>Simpan kertas ini di tempat terkunci. Kunci ini membuka data bila kata sandi administrator hilang.</source>
            <translation>Keep this paper locked away. This key opens the data if the administrator's password is lost.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="387" />
            <source>Kunci pemulihan</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="388" />
            <source>Ditampilkan sekali ini saja.</source>
            <translation>Shown this once only.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="390" />
            <source>Catat atau cetak kunci pemulihan di bawah ini dan simpan di tempat terkunci. Tanpa kunci ini, data tidak dapat dibuka bila kata sandi administrator hilang. Kunci ini tidak akan ditampilkan lagi.</source>
            <translation>Write down or print the recovery key below and keep it locked away. Without it the data cannot be opened if the administrator's password is lost. The key will not be shown again.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="393" />
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
            <translation>Referred to a health service</translation>
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