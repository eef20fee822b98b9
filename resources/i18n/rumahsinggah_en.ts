<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
    <context>
        <name />
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="193" />
            <source>⌂ {n} kunjungan rumah jatuh tempo</source>
            <translation>⌂ {n} home visits due</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/pages.py" line="64" />
            <source>Wajib diisi.</source>
            <translation>Required.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/pages.py" line="317" />
            <source>Belum dapat lanjut. Lengkapi dulu: </source>
            <translation>Cannot go on yet. First complete: </translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/pages.py" line="319" />
            <source>Kolom bertanda * wajib diisi.</source>
            <translation>Fields marked * are required.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/wizard.py" line="92" />
            <source>&lt; &amp;Kembali</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/wizard.py" line="93" />
            <source>&amp;Lanjut &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/wizard.py" line="94" />
            <source>&amp;Selesai &amp;&amp; simpan</source>
            <translation>&amp;Finish &amp;&amp; save</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/wizard.py" line="95" />
            <source>Tutup (draf disimpan)</source>
            <translation>Close (draft kept)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/wizard.py" line="124" />
            <source>Wizard '{title}' hanya untuk: {who}.</source>
            <translation>The '{title}' wizard is only for: {who}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/wizard.py" line="217" />
            <source>Data pendukung tidak dapat dimuat: </source>
            <translation>The supporting data cannot be loaded: </translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/wizard.py" line="252" />
            <source>Draf tidak dapat disimpan: </source>
            <translation>The draft cannot be saved: </translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/wizard.py" line="276" />
            <source>Ada isian yang belum selesai, disimpan {when}{where}. Lanjutkan dari situ, atau mulai baru (isian lama dibuang)?</source>
            <translation>There is unfinished input, saved {when}{where}. Continue from there, or start anew (the old input is discarded)?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/wizard.py" line="280" />
            <source> (halaman: {p})</source>
            <translation> (page: {p})</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/wizard.py" line="283" />
            <source>Lanjutkan &amp;isian</source>
            <translation>Continue the &amp;input</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/wizard.py" line="284" />
            <source>&amp;Mulai baru</source>
            <translation>Start &amp;new</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/wizard.py" line="380" />
            <source>Gagal menyimpan: {e}. Tidak ada yang tersimpan ke kasus; isian Anda tetap ada sebagai draf. Coba lagi, atau hubungi administrator.</source>
            <translation>Saving failed: {e}. Nothing was saved to the case; your input is kept as a draft. Try again, or contact the administrator.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/camera.py" line="36" />
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="360" />
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
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="29" />
            <source>KTP</source>
            <translation>KTP</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="30" />
            <source>Akta kelahiran</source>
            <translation>Birth certificate</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="31" />
            <source>Surat keterangan lain (kelurahan / polisi)</source>
            <translation>Other certificate (kelurahan / police)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="47" />
            <source>Pilih kasus</source>
            <translation>Choose a case</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="99" />
            <source>Kasus yang dipilih tidak ditemukan. Pilih kasus dari daftar.</source>
            <translation>The selected case was not found. Choose a case from the list.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="100" />
            <source>Kasus {case} · {name} ({status}) tidak dapat dipakai untuk langkah ini. Pilih kasus lain dari daftar.</source>
            <translation>Case {case} · {name} ({status}) cannot be used for this step. Choose another case from the list.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="115" />
            <source>hari ke-{d}</source>
            <translation>day {d}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="135" />
            <source>Identifikasi awal</source>
            <translation>Initial identification</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="137" />
            <source>Identifikasi awal: pilih klien yang baru terdaftar</source>
            <translation>Initial identification: choose a newly registered client</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="138" />
            <source>Tidak ada klien yang menunggu identifikasi awal.</source>
            <translation>No client is waiting for initial identification.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="142" />
            <source>Identifikasi awal oleh pramu sosial</source>
            <translation>Initial identification by the pramu sosial</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="143" />
            <source>Catat dokumen yang dilihat, kondisi kesehatan saat tiba dan barang bawaan.</source>
            <translation>Record the papers seen, the health on arrival and the belongings.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="145" />
            <source>Waktu identifikasi</source>
            <translation>Identification time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="146" />
            <source>Dokumen yang dilihat</source>
            <translation>Papers seen</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="148" />
            <source>Kosongkan bila klien tidak membawa dokumen apa pun.</source>
            <translation>Leave empty when the client carries no papers at all.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="149" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="195" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="210" />
            <source>Sehat jasmani</source>
            <translation>Physically healthy</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="149" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="195" />
            <source>Kesehatan</source>
            <translation>Health</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="151" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="196" />
            <source>Dirujuk ke layanan kesehatan</source>
            <translation>Referred to health services</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="152" />
            <source>mis. Puskesmas Teluk Dalam</source>
            <translation>e.g. Puskesmas Teluk Dalam</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="153" />
            <source>Catatan kesehatan</source>
            <translation>Health notes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="154" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="202" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="211" />
            <source>Barang bawaan</source>
            <translation>Belongings</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="155" />
            <source>satu barang per baris, mis. 2 baju</source>
            <translation>one item per line, e.g. 2 shirts</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="156" />
            <source>Catatan awal</source>
            <translation>First notes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="185" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="587" />
            <source>tidak sehat jasmani: isi layanan kesehatan rujukannya</source>
            <translation>not physically healthy: fill in the health service referred to</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="201" />
            <source>Asesmen</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="205" />
            <source>Asesmen: pilih klien</source>
            <translation>Assessment: choose the client</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="206" />
            <source>Belum ada klien yang selesai diidentifikasi.</source>
            <translation>No client has been identified yet.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="210" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="213" />
            <source>Jenis asesmen</source>
            <translation>Kind of assessment</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="211" />
            <source>Asesmen awal sesudah identifikasi; asesmen lanjutan dan asesmen lingkungan sosial sesudahnya.</source>
            <translation>Initial assessment after identification; follow-up and social environment assessments after that.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="215" />
            <source>Waktu asesmen</source>
            <translation>Assessment time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="216" />
            <source>Masalah</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="217" />
            <source>pengungkapan dan pemahaman masalah</source>
            <translation>uncovering and understanding the problem</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="218" />
            <source>Penyebab</source>
            <translation>Causes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="220" />
            <source>Kondisi klien</source>
            <translation>The client's condition</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="221" />
            <source>Kondisi fisik</source>
            <translation>Physical condition</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="222" />
            <source>Kondisi mental / psikologis</source>
            <translation>Mental / psychological condition</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="223" />
            <source>Kondisi spiritual</source>
            <translation>Spiritual condition</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="224" />
            <source>Kondisi sosial</source>
            <translation>Social condition</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="226" />
            <source>Keluarga, potensi dan kebutuhan</source>
            <translation>Family, potentials and needs</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="227" />
            <source>Situasi keluarga</source>
            <translation>Family situation</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="228" />
            <source>Potensi dan sumber</source>
            <translation>Potentials and resources</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="229" />
            <source>Kebutuhan</source>
            <translation>Needs</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="231" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="233" />
            <source>Rekomendasi</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="232" />
            <source>Rekomendasi pekerja sosial untuk Kepala Bidang.</source>
            <translation>The social worker's recommendation to the Kepala Bidang.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="235" />
            <source>Ajukan ke Kepala Bidang untuk keputusan (tampung / rujuk / tolak)</source>
            <translation>Submit to the Kepala Bidang for a decision (admit / refer / reject)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="236" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="265" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="272" />
            <source>Keputusan</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="238" />
            <source>Klien telah mendapat intervensi dan dapat dipulangkan / direunifikasi</source>
            <translation>The client has received the intervention and may go home / be reunified</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="239" />
            <source>Terminasi</source>
            <translation>Termination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="251" />
            <source>Keputusan Kepala Bidang</source>
            <translation>Kepala Bidang's decision</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="253" />
            <source>Antrean keputusan</source>
            <translation>Decision queue</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="254" />
            <source>Kasus yang sudah diasesmen dan menunggu keputusan Kepala Bidang.</source>
            <translation>Cases assessed and awaiting the Kepala Bidang's decision.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="255" />
            <source>Tidak ada kasus yang menunggu keputusan.</source>
            <translation>No case is awaiting a decision.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="266" />
            <source>Tampung dan intervensi, rujuk lanjutan, atau tolak, dengan alasannya.</source>
            <translation>Admit for intervention, refer onward, or reject, with the reason.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="275" />
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="274" />
            <source>Alasan</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="276" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="300" />
            <source>Tujuan rujukan</source>
            <translation>Referral destination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="277" />
            <source>balai / panti / instansi tujuan</source>
            <translation>receiving balai / panti / agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="278" />
            <source>Buat surat untuk pemohon sesudah disimpan</source>
            <translation>Make the requester's letter after saving</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="279" />
            <source>Pemberitahuan</source>
            <translation>Notice</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="306" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="194" />
            <source>Memuat data kasus…</source>
            <translation>Loading the case…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="313" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="214" />
            <source>Kasus tidak ditemukan.</source>
            <translation>Case not found.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="319" />
            <source>&lt;b&gt;Sumber:&lt;/b&gt; {s} · &lt;b&gt;Pemohon:&lt;/b&gt; {r}</source>
            <translation>&lt;b&gt;Source:&lt;/b&gt; {s} · &lt;b&gt;Requester:&lt;/b&gt; {r}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="323" />
            <source>&lt;b&gt;{k}&lt;/b&gt; ({d}): {p}</source>
            <translation>&lt;b&gt;{k}&lt;/b&gt; ({d}): {p}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="325" />
            <source>&lt;b&gt;Rekomendasi pekerja sosial:&lt;/b&gt; {r}</source>
            <translation>&lt;b&gt;Social worker's recommendation:&lt;/b&gt; {r}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="329" />
            <source>Setelah keputusan disimpan, pemohon ({who}) wajib diberi tahu: pemberitahuan dicatat sebagai tugas sampai dikirim. Suratnya (pemberitahuan, atau surat rujukan untuk keputusan rujuk) dapat langsung dibuat dan dicetak.</source>
            <translation>Once the decision is saved, the requester ({who}) must be informed: the notice is tracked as a task until it is sent. Its letter (a notice, or a referral letter for a referral) can be made and printed right away.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="332" />
            <source>pemohon</source>
            <translation>the requester</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="361" />
            <source>Sesi bimbingan / layanan (fisik, mental-spiritual, sosial, …)</source>
            <translation>Guidance session / service (physical, mental-spiritual, social, …)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="362" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="398" />
            <source>Anggota keluarga</source>
            <translation>Family member</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="363" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="409" />
            <source>Penelusuran keluarga</source>
            <translation>Family tracing</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="364" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="418" />
            <source>Koordinasi dengan Dinas Sosial daerah lain</source>
            <translation>Coordination with another region's Dinas Sosial</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="365" />
            <source>Balasan dari Dinas Sosial daerah lain</source>
            <translation>Reply from another region's Dinas Sosial</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="367" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="404" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="108" />
            <source>Telepon</source>
            <translation>Telephone</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="368" />
            <source>Kunjungan</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="369" />
            <source>Surat ke Dinas Sosial daerah lain</source>
            <translation>Letter to another region's Dinas Sosial</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="370" />
            <source>Media sosial</source>
            <translation>Social media</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="371" />
            <source>Menunggu jawaban</source>
            <translation>Waiting for an answer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="372" />
            <source>Keluarga ditemukan</source>
            <translation>Family found</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="373" />
            <source>Tidak ditemukan</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="379" />
            <source>Catat layanan</source>
            <translation>Record a service</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="381" />
            <source>Catat layanan: pilih klien</source>
            <translation>Record a service: choose the client</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="382" />
            <source>Tidak ada klien yang sedang dilayani.</source>
            <translation>No client is being served.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="386" />
            <source>Apa yang dicatat?</source>
            <translation>What is being recorded?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="387" />
            <source>Jenis catatan</source>
            <translation>Kind of entry</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="389" />
            <source>Sesi bimbingan / layanan</source>
            <translation>Guidance session / service</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="390" />
            <source>Bentuk layanan</source>
            <translation>Kind of service</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="392" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="413" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="155" />
            <source>Waktu</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="393" />
            <source>Pembimbing / petugas</source>
            <translation>Guide / officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="394" />
            <source>kosongkan bila Anda sendiri</source>
            <translation>leave empty if it was you</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="395" />
            <source>Lama (menit)</source>
            <translation>Duration (minutes)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="396" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="416" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="424" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="162" />
            <source>Catatan</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="399" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="210" />
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="251" />
            <source>Nama</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="400" />
            <source>Hubungan</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="401" />
            <source>ibu, ayah, kakak, paman, …</source>
            <translation>mother, father, sibling, uncle, …</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="402" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="151" />
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="252" />
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="403" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="152" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="154" />
            <source>16 angka, bila ada</source>
            <translation>16 digits, if any</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="405" />
            <source>Alamat</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="406" />
            <source>Kabupaten / kota</source>
            <translation>Regency / city</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="407" />
            <source>Provinsi</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="410" />
            <source>Cara</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="411" />
            <source>Yang dihubungi</source>
            <translation>Contacted</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="412" />
            <source>kerabat, kelurahan, Dinas Sosial daerah lain</source>
            <translation>relative, kelurahan, another region's Dinas Sosial</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="414" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="487" />
            <source>Hasil</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="419" />
            <source>Kabupaten / kota asal klien</source>
            <translation>Client's home regency / city</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="420" />
            <source>Dinas yang dihubungi</source>
            <translation>Dinas contacted</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="421" />
            <source>mis. Dinas Sosial Kabupaten Banjar</source>
            <translation>e.g. Dinas Sosial Kabupaten Banjar</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="422" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="109" />
            <source>Nomor surat</source>
            <translation>Letter number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="423" />
            <source>Tanggal kirim</source>
            <translation>Date sent</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="426" />
            <source>Balasan koordinasi</source>
            <translation>Coordination reply</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="427" />
            <source>Jawaban Dinas Sosial daerah lain atas surat koordinasi yang dikirim.</source>
            <translation>The other region's Dinas Sosial's answer to the coordination letter sent.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="428" />
            <source>Surat koordinasi</source>
            <translation>Coordination letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="429" />
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="445" />
            <source>- pilih surat yang dibalas -</source>
            <translation>- choose the letter answered -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="430" />
            <source>Tanggal balasan</source>
            <translation>Reply date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="431" />
            <source>Isi balasan</source>
            <translation>Reply</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="446" />
            <source>- belum ada surat koordinasi yang menunggu balasan -</source>
            <translation>- no coordination letter is waiting for a reply -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="465" />
            <source>Isi lama dalam menit (angka).</source>
            <translation>Enter the duration in minutes (a number).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="474" />
            <source>Kunjungan rumah (bimbingan lanjut)</source>
            <translation>Home visit (aftercare)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="475" />
            <source>Kunjungan rumah yang dijadwalkan</source>
            <translation>Scheduled home visits</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="476" />
            <source>Dijadwalkan dari terminasi untuk klien dari kota yang sama. Yang bertanda JATUH TEMPO sudah waktunya dikunjungi.</source>
            <translation>Scheduled at termination for clients from the same city. Those marked JATUH TEMPO (due) should be visited now.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="478" />
            <source>Tidak ada kunjungan rumah yang dijadwalkan.</source>
            <translation>No home visit is scheduled.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="485" />
            <source>Hasil kunjungan rumah</source>
            <translation>Home visit result</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="486" />
            <source>Waktu kunjungan</source>
            <translation>Visit time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="488" />
            <source>keadaan klien dan keluarga, apakah klien tetap di rumah</source>
            <translation>how the client and family are, whether the client stays home</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="489" />
            <source>Catatan / tindak lanjut</source>
            <translation>Notes / follow-up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="53" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="72" />
            <source>Penerimaan klien</source>
            <translation>Client intake</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="73" />
            <source>Pilih jenis kedatangan. Untuk hasil razia, semua orang dari satu surat razia dicatat sekaligus.</source>
            <translation>Choose the kind of arrival. For a raid, everyone on one raid letter is registered at once.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="75" />
            <source>Jenis kedatangan</source>
            <translation>Kind of arrival</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="76" />
            <source>Rombongan hasil razia (beberapa orang)</source>
            <translation>A raid (several people)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="77" />
            <source>Satu orang</source>
            <translation>One person</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="78" />
            <source>- pilih jenis kedatangan -</source>
            <translation>- choose the kind of arrival -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="79" />
            <source>Sumber</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="82" />
            <source>Fasilitas</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="83" />
            <source>Standar pelayanan</source>
            <translation>Service standard</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="84" />
            <source>Instansi perujuk / pengantar</source>
            <translation>Referring / delivering agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="85" />
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="329" />
            <source>- tidak ada -</source>
            <translation>- none -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="86" />
            <source>Waktu tiba</source>
            <translation>Arrival time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="87" />
            <source>Pemohon (yang harus diberi tahu)</source>
            <translation>Requester (to be informed)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="88" />
            <source>nama petugas / lembaga / warga yang meminta layanan</source>
            <translation>officer / organisation / resident who asked for the service</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="89" />
            <source>Kontak pemohon</source>
            <translation>Requester's contact</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="89" />
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
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="44" />
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
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="274" />
            <source>- pilih standar -</source>
            <translation>- choose a standard -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="324" />
            <source>- pilih fasilitas -</source>
            <translation>- choose a facility -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="351" />
            <source>{n} orang diketik.</source>
            <translation>{n} people typed.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="355" />
            <source>baris {n}: {p}</source>
            <translation>row {n}: {p}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="359" />
            <source>baris {n} ({name}): pilih orang yang sama atau orang baru</source>
            <translation>row {n} ({name}): choose the same person or a new person</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="384" />
            <source>✓ klien lama {c}</source>
            <translation>✓ returning client {c}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="386" />
            <source>✓ orang baru</source>
            <translation>✓ new person</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="388" />
            <source>⚠ mungkin klien lama ({n})</source>
            <translation>⚠ maybe a returning client ({n})</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="483" />
            <source>Baris {n}: {name} mungkin klien lama. Orang yang sama?</source>
            <translation>Row {n}: {name} may be a returning client. The same person?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="492" />
            <source>{name} mungkin pernah tercatat. Orang yang sama?</source>
            <translation>{name} may have been recorded before. The same person?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="519" />
            <source>pilih orang yang sama atau orang baru</source>
            <translation>choose the same person or a new person</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="568" />
            <source>sehat</source>
            <translation>healthy</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="582" />
            <source>{name}: tidak sehat, isi layanan kesehatan rujukannya</source>
            <translation>{name}: not healthy, fill in the health service referred to</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="630" />
            <source>&lt;b&gt;Fasilitas:&lt;/b&gt; {f}</source>
            <translation>&lt;b&gt;Facility:&lt;/b&gt; {f}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="631" />
            <source>&lt;b&gt;Standar:&lt;/b&gt; {s}</source>
            <translation>&lt;b&gt;Standard:&lt;/b&gt; {s}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="632" />
            <source>&lt;b&gt;Sumber:&lt;/b&gt; {s}</source>
            <translation>&lt;b&gt;Source:&lt;/b&gt; {s}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="635" />
            <source>&lt;b&gt;Razia:&lt;/b&gt; {a}, surat {n}, {p}</source>
            <translation>&lt;b&gt;Raid:&lt;/b&gt; {a}, letter {n}, {p}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="642" />
            <source>&lt;b&gt;{n} orang&lt;/b&gt;: {r} klien lama, {b} orang baru.</source>
            <translation>&lt;b&gt;{n} people&lt;/b&gt;: {r} returning clients, {b} new people.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="645" />
            <source>&lt;b&gt;Dirujuk ke layanan kesehatan:&lt;/b&gt; </source>
            <translation>&lt;b&gt;Referred to a health service:&lt;/b&gt; </translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="652" />
            <source> — &lt;b&gt;klien lama&lt;/b&gt;</source>
            <translation> — &lt;b&gt;returning client&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="654" />
            <source> — &lt;b&gt;dirujuk ke layanan kesehatan&lt;/b&gt;</source>
            <translation> — &lt;b&gt;referred to a health service&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="659" />
            <source>&lt;b&gt;Nama:&lt;/b&gt; {n}</source>
            <translation>&lt;b&gt;Name:&lt;/b&gt; {n}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="661" />
            <source>Dicatat sebagai &lt;b&gt;klien lama&lt;/b&gt; (riwayatnya tersambung).</source>
            <translation>Recorded as a &lt;b&gt;returning client&lt;/b&gt; (the history is linked).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="663" />
            <source>&lt;b&gt;Tidak sehat jasmani:&lt;/b&gt; dirujuk ke {r}, tidak diterima.</source>
            <translation>&lt;b&gt;Not physically healthy:&lt;/b&gt; referred to {r}, not admitted.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="766" />
            <source> (jika ada)</source>
            <translation> (if any)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="788" />
            <source>Standar ini tidak mencantumkan persyaratan untuk dicentang.</source>
            <translation>This standard lists no requirements to tick.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="813" />
            <source>Isi umur dalam tahun, angka 0 sampai 120.</source>
            <translation>Enter the age in years, 0 to 120.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="833" />
            <source>Tulis tanggal lahir sebagai hari-bulan-tahun, mis. 17-08-1980.</source>
            <translation>Write the date of birth as day-month-year, e.g. 17-08-1980.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="840" />
            <source>Nomor KK 16 angka.</source>
            <translation>The KK number has 16 digits.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="53" />
            <source>Reunifikasi dan terminasi</source>
            <translation>Reunification and termination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="58" />
            <source>Terminasi: pilih klien</source>
            <translation>Termination: choose the client</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="59" />
            <source>Klien yang sudah lebih dari batas lama tinggal ditandai ‼; yang mendekati batas ditandai ▲.</source>
            <translation>Clients past the stay limit are marked ‼; those approaching it are marked ▲.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="61" />
            <source>Tidak ada klien dalam rumah singgah.</source>
            <translation>There are no clients in the shelter.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="80" />
            <source>Dasar dan cara terminasi</source>
            <translation>Basis and manner of termination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="81" />
            <source>Terminasi hanya dengan dasar yang diizinkan standar pelayanan.</source>
            <translation>Termination only on a basis the service standard allows.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="87" />
            <source>Cara klien keluar</source>
            <translation>How the client leaves</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="90" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="260" />
            <source>Dasar terminasi</source>
            <translation>Termination basis</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="91" />
            <source>Tidak perlu untuk klien yang pergi tanpa pamit atau meninggal dunia.</source>
            <translation>Not needed for a client who left without notice or died.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="99" />
            <source>Dijemput keluarga</source>
            <translation>Picked up by the family</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="100" />
            <source>Periksa KTP/KK penjemput, cetak Surat Penjamin, minta keluarga menandatanganinya di atas meterai, lalu lampirkan pindaiannya.</source>
            <translation>Check the KTP/KK of the person picking up, print the Surat Penjamin, have the family sign it over a meterai, then attach its scan.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="102" />
            <source>Nama penjemput</source>
            <translation>Name of the person picking up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="103" />
            <source>Hubungan dengan klien</source>
            <translation>Relationship to the client</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="104" />
            <source>ibu, ayah, kakak, suami, …</source>
            <translation>mother, father, sibling, husband, …</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="105" />
            <source>NIK penjemput</source>
            <translation>NIK of the person picking up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="106" />
            <source>16 angka, dari KTP</source>
            <translation>16 digits, from the KTP</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="107" />
            <source>Alamat penjemput</source>
            <translation>Address of the person picking up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="109" />
            <source>Dokumen penjemput yang diperiksa</source>
            <translation>Papers of the person picking up, checked</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="110" />
            <source>KTP penjemput</source>
            <translation>KTP of the person picking up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/casework.py" line="29" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="110" />
            <source>Kartu Keluarga</source>
            <translation>Family card (KK)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="114" />
            <source>Cetak &amp;Surat Penjamin…</source>
            <translation>Print the &amp;Surat Penjamin…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="118" />
            <source>Belum dicetak.</source>
            <translation>Not printed yet.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="122" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="342" />
            <source>Surat Penjamin</source>
            <translation>Surat Penjamin</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="126" />
            <source>Surat Penjamin sudah ditandatangani penjemput</source>
            <translation>The Surat Penjamin is signed by the person picking up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="127" />
            <source>Tanda tangan</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="128" />
            <source>Ditandatangani di atas meterai</source>
            <translation>Signed over a meterai</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="128" />
            <source>Meterai</source>
            <translation>Meterai</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="129" />
            <source>Pindaian Surat Penjamin</source>
            <translation>Scan of the Surat Penjamin</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="129" />
            <source>Pilih pindaian…</source>
            <translation>Choose the scan…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="137" />
            <source>Diantar pulang</source>
            <translation>Delivered home</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="138" />
            <source>Klien diantar ke keluarganya karena keluarga tidak dapat datang.</source>
            <translation>The client is taken to the family because the family cannot come.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="139" />
            <source>Alamat tujuan</source>
            <translation>Destination address</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="140" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="144" />
            <source>Petugas pengantar</source>
            <translation>Escorting officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="142" />
            <source>Dirujuk ke balai / panti</source>
            <translation>Referred to a balai / panti</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="143" />
            <source>Balai / panti tujuan</source>
            <translation>Receiving balai / panti</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="146" />
            <source>Diserahkan ke instansi lain</source>
            <translation>Handed over to another agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="147" />
            <source>Instansi penerima</source>
            <translation>Receiving agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="151" />
            <source>Serah terima dan dokumentasi</source>
            <translation>Handover and documentation</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="152" />
            <source>Waktu, tempat dan saksi serah terima, dengan foto dokumentasinya. Untuk klien yang pergi tanpa pamit: kapan diketahui dan upaya pencarian di Catatan.</source>
            <translation>Time, place and witnesses of the handover, with its documentation photos. For a client who left without notice: when it was noticed and the search, under Notes.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="156" />
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="313" />
            <source>Tempat serah terima</source>
            <translation>Handover place</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="157" />
            <source>mis. Rumah Singgah Banjarmasin</source>
            <translation>e.g. Rumah Singgah Banjarmasin</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="158" />
            <source>Saksi</source>
            <translation>Witnesses</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="159" />
            <source>satu nama per baris</source>
            <translation>one name per line</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="160" />
            <source>Foto dokumentasi</source>
            <translation>Documentation photos</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="160" />
            <source>Tambah foto…</source>
            <translation>Add photos…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="163" />
            <source>Jadwalkan kunjungan rumah (bimbingan lanjut)</source>
            <translation>Schedule a home visit (aftercare)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="164" />
            <source>Bimbingan lanjut</source>
            <translation>Aftercare</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="165" />
            <source>Tanggal kunjungan</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="225" />
            <source>Asesmen menyatakan dapat dipulangkan: &lt;b&gt;{x}&lt;/b&gt;</source>
            <translation>Assessment says the client may go home: &lt;b&gt;{x}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="226" />
            <source>ya</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="226" />
            <source>belum</source>
            <translation>not yet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="237" />
            <source>- pilih dasar -</source>
            <translation>- choose a basis -</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="241" />
            <source>Surat Penjamin kasus ini sudah pernah dicetak; cetak ulang bila perlu.</source>
            <translation>This case's Surat Penjamin has been printed before; reprint it if needed.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="274" />
            <source>Standar pelayanan kasus ini tidak menyebut dokumen penjemput: catat siapa yang menjemput.</source>
            <translation>This case's standard names no papers for the person picking up: record who picks the client up.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="291" />
            <source>Cetak Surat Penjamin terlebih dahulu.</source>
            <translation>Print the Surat Penjamin first.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="298" />
            <source>Surat Penjamin belum dicetak</source>
            <translation>Surat Penjamin not printed yet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="302" />
            <source>Surat Penjamin belum ditandatangani</source>
            <translation>the Surat Penjamin is not signed yet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="304" />
            <source>meterai belum dicentang</source>
            <translation>meterai not ticked</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="306" />
            <source>pindaian belum dilampirkan</source>
            <translation>scan not attached yet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="315" />
            <source>paling sedikit satu saksi</source>
            <translation>at least one witness</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="324" />
            <source>Isi nama penjemput dahulu.</source>
            <translation>Enter the name of the person picking up first.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="328" />
            <source>Membuat Surat Penjamin…</source>
            <translation>Making the Surat Penjamin…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/termination.py" line="338" />
            <source>Surat Penjamin nomor {n} dibuat dan disimpan. Cetak, minta penjemput menandatanganinya di atas meterai, lalu centang di bawah.</source>
            <translation>Surat Penjamin number {n} was made and kept. Print it, have the person picking up sign it over a meterai, then tick below.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="65" />
            <source>nama wajib diisi (boleh nama panggilan bila nama lengkap tidak diketahui)</source>
            <translation>a name is required (the nickname will do when the full name is not known)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="67" />
            <source>JK harus L (laki-laki) atau P (perempuan)</source>
            <translation>sex must be L (male) or P (female)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="70" />
            <source>umur harus angka 0 sampai 120</source>
            <translation>age must be a number from 0 to 120</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="42" />
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="251" />
            <source>Panggilan</source>
            <translation>Nickname</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="41" />
            <source>Nama lengkap *</source>
            <translation>Full name *</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="43" />
            <source>JK (L/P) *</source>
            <translation>Sex (M/F) *</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="45" />
            <source>Asal (kab/kota)</source>
            <translation>Origin (regency/city)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="46" />
            <source>Klien lama?</source>
            <translation>Returning client?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="251" />
            <source>JK</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="252" />
            <source>Umur</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="252" />
            <source>Asal</source>
            <translation>Origin</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="253" />
            <source>Kasus terakhir</source>
            <translation>Latest case</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="256" />
            <source>Yang diketik</source>
            <translation>As typed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="260" />
            <source>Kandidat {n} (kemiripan {s}%)</source>
            <translation>Candidate {n} ({s}% similar)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="282" />
            <source>Orang yang sama: kandidat &amp;{n}</source>
            <translation>The same person: candidate &amp;{n}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="284" />
            <source>✓ Sama dengan kandidat &amp;{n}</source>
            <translation>✓ Same as candidate &amp;{n}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="289" />
            <source>✓ Orang baru</source>
            <translation>✓ New person</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="289" />
            <source>Orang &amp;baru (bukan kandidat di atas)</source>
            <translation>A &amp;new person (none of the candidates)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="321" />
            <source>Hapus dari daftar</source>
            <translation>Remove from the list</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="329" />
            <source>Ambil dari ka&amp;mera…</source>
            <translation>From the ca&amp;mera…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="340" />
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="343" />
            <source>Pilih berkas</source>
            <translation>Choose a file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="395" />
            <source>Berkas tidak ditemukan: </source>
            <translation>File not found: </translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="413" />
            <source>Ketik untuk mencari, pilih dengan tombol panah, lalu Enter.</source>
            <translation>Type to search, choose with the arrow keys, then Enter.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="414" />
            <source>Tidak ada kasus yang dapat dipilih.</source>
            <translation>There is no case to choose.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="417" />
            <source>Cari nama, panggilan atau nomor kasus…</source>
            <translation>Search name, nickname or case number…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="440" />
            <source>pilih satu kasus dari daftar</source>
            <translation>choose one case from the list</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/widgets.py" line="461" />
            <source> · hari ke-{d}</source>
            <translation> · day {d}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="33" />
            <source>DuplicatesDialog</source>
            <comment>Gabungkan data klien</comment>
            <translation>DuplicatesDialog</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="34" />
            <source>DuplicatesDialog</source>
            <comment>Gabungkan data {0} ke data {1}? Semua kasus, keluarga, lampiran dan riwayatnya pindah ke {1}; data {0} ditandai sebagai gabungan.</comment>
            <translation>DuplicatesDialog</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="61" />
            <source>Paket ke-{0} dari meja {1} digabungkan.</source>
            <translation>Bundle no. {0} from desk {1} merged.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="63" />
            <source>{0} baris baru, {1} diperbarui, {2} sudah sama, {3} konflik, {4} lampiran.</source>
            <translation>{0} new rows, {1} updated, {2} unchanged, {3} conflicts, {4} attachments.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="65" />
            <source>Nomor kasus {0} dipakai dua kasus; salah satunya menjadi {1}.</source>
            <translation>Case number {0} was used by two cases; one of them became {1}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="69" />
            <source>Tinjau konflik lewat Berkas &gt; Konflik sinkronisasi.</source>
            <translation>Review the conflicts under File &gt; Sync conflicts.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="44" />
            <source>Berkas tersimpan</source>
            <translation>File saved</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="45" />
            <source>Berkas tersimpan di:
{0}</source>
            <translation>File saved to:
{0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="50" />
            <source>Simpan sebagai XLSX</source>
            <translation>Save as XLSX</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="51" />
            <source>Buku kerja Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="89" />
            <source>Daftar penghuni</source>
            <translation>Resident list</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="111" />
            <source>Kedatangan hari ini</source>
            <translation>Today's arrivals</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="118" />
            <source>Tanda terima razia</source>
            <translation>Raid receipt</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="118" />
            <source>Ringkasan razia</source>
            <translation>Raid summary</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="153" />
            <source>Razia {0} tersimpan: {1} orang didaftarkan.</source>
            <translation>Raid {0} saved: {1} people registered.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="155" />
            <source>Nomor kasus baru:</source>
            <translation>New case numbers:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="157" />
            <source>Cetak ringkasan razia dan tanda terima untuk instansi pelaksana?</source>
            <translation>Print the raid summary and the receipt for the raiding agency?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="168" />
            <source>Razia tersimpan</source>
            <translation>Raid saved</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="170" />
            <source>Cetak &amp;ringkasan</source>
            <translation>Print &amp;summary</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="171" />
            <source>Cetak &amp;tanda terima</source>
            <translation>Print &amp;receipt</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/list_actions.py" line="172" />
            <source>&amp;Tutup</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="43" />
            <source>Tentang Rumah Singgah</source>
            <translation>About Rumah Singgah</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="49" />
            <source>&lt;b&gt;Rumah Singgah&lt;/b&gt; versi {0}</source>
            <translation>&lt;b&gt;Rumah Singgah&lt;/b&gt; version {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="52" />
            <source>Aplikasi layanan rumah singgah, panti sosial dan RPS, luring dan terenkripsi.</source>
            <translation>The service application of rumah singgah, panti sosial and RPS: offline and encrypted.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="62" />
            <source>terpasang</source>
            <translation>installed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="62" />
            <source>pengembangan</source>
            <translation>development</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="63" />
            <source>tidak terbaca</source>
            <translation>unreadable</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="65" />
            <source>{0} (program ini: {1})</source>
            <translation>{0} (this program: {1})</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="69" />
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="84" />
            <source>Versi</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="70" />
            <source>Jenis pemasangan</source>
            <translation>Installation</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="71" />
            <source>Python</source>
            <translation>Python</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="72" />
            <source>Folder data</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="73" />
            <source>Berkas basis data</source>
            <translation>Database file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="74" />
            <source>Versi struktur basis data</source>
            <translation>Database schema version</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="84" />
            <source>Pustaka</source>
            <translation>Library</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="84" />
            <source>Lisensi</source>
            <translation>Licence</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="98" />
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="99" />
            <source>Salin keterangan</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/about_dialog.py" line="106" />
            <source>Pustaka yang disertakan dan lisensinya:</source>
            <translation>Bundled libraries and their licences:</translation>
        </message>
    </context>
    <context>
        <name>AddComplaintDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="457" />
            <source>Pengaduan baru</source>
            <translation>New complaint</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="464" />
            <source>Pengadu tidak menyebut nama (&amp;anonim)</source>
            <translation>The complainant gives no name (&amp;anonymous)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="468" />
            <source>mis. KTP 6371...</source>
            <translation>e.g. KTP 6371...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="470" />
            <source>nomor kasus, bila terkait</source>
            <translation>case number, if related</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="476" />
            <source>&amp;Fasilitas:</source>
            <translation>&amp;Facility:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="477" />
            <source>&amp;Saluran:</source>
            <translation>C&amp;hannel:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="478" />
            <source>&amp;Diterima:</source>
            <translation>&amp;Received:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="480" />
            <source>&amp;Nama pengadu:</source>
            <translation>Complainant's &amp;name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="481" />
            <source>&amp;Kontak:</source>
            <translation>&amp;Contact:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="482" />
            <source>Dokumen &amp;identitas:</source>
            <translation>&amp;Identity document:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="483" />
            <source>Kasus &amp;terkait:</source>
            <translation>Rela&amp;ted case:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="484" />
            <source>Isi pen&amp;gaduan:</source>
            <translation>Complaint &amp;text:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="488" />
            <source>Simpan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="490" />
            <source>Simpan (Enter, atau Ctrl+Enter di isi pengaduan)</source>
            <translation>Save (Enter, or Ctrl+Enter in the complaint text)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="491" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="547" />
            <source>Pengadu yang menyebut nama wajib menunjukkan dokumen identitas diri yang sah.</source>
            <translation>A complainant who gives a name must show a valid identity document.</translation>
        </message>
    </context>
    <context>
        <name>AddShelterDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="103" />
            <source>Tambah shelter</source>
            <translation>Add shelter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="105" />
            <source>berkas .rssync dari shelter itu</source>
            <translation>an .rssync file from that shelter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="106" />
            <source>&amp;Pilih...</source>
            <translation>&amp;Choose...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="109" />
            <source>&amp;Baca paket</source>
            <translation>&amp;Read bundle</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="112" />
            <source>dibaca dari paket</source>
            <translation>read from the bundle</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="115" />
            <source>misalnya BJM</source>
            <translation>for example BJM</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="119" />
            <source>Pilih salah satu paket yang dikirim shelter itu dan ketik kata sandi paketnya. Setelah shelter ditambahkan, paket-paketnya dapat diimpor di sini.</source>
            <translation>Choose one of the bundles that shelter sent and type its bundle passphrase. Once the shelter is added, its bundles can be imported here.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="131" />
            <source>Berkas paket:</source>
            <translation>Bundle file:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="132" />
            <source>Kata sandi paket:</source>
            <translation>Bundle passphrase:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="133" />
            <source>Kode basis data:</source>
            <translation>Store id:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="134" />
            <source>Kode shelter:</source>
            <translation>Shelter code:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="135" />
            <source>Nama shelter:</source>
            <translation>Shelter name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="137" />
            <source>&amp;Tambahkan</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="139" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="168" />
            <source>Pilih berkas paket terlebih dahulu.</source>
            <translation>Choose a bundle file first.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="206" />
            <source>Baca paket shelter itu terlebih dahulu.</source>
            <translation>Read that shelter's bundle first.</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="76" />
            <source>Tambah petugas</source>
            <translation>Add officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="78" />
            <source>Nama &amp;lengkap:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="78" />
            <source>Nama &amp;pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="78" />
            <source>&amp;Peran:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="79" />
            <source>&amp;NIP:</source>
            <translation>&amp;NIP:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="79" />
            <source>&amp;Jabatan:</source>
            <translation>P&amp;osition:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="79" />
            <source>&amp;Kata sandi awal:</source>
            <translation>Initial &amp;password:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="82" />
            <source>&amp;Tambah</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="83" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>BoardModel</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="214" />
            <source>Nomor kasus</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="214" />
            <source>Nama (panggilan)</source>
            <translation>Name (nickname)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="214" />
            <source>Fasilitas</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="215" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="215" />
            <source>Hari ke-</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="215" />
            <source>Kategori PPKS</source>
            <translation>PPKS category</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="216" />
            <source>Batas tinggal</source>
            <translation>Stay limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="216" />
            <source>Tenggat layanan</source>
            <translation>Service deadlines</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="233" />
            <source>Hari ke-{0}; standar ini tidak menetapkan batas tinggal</source>
            <translation>Day {0}; this standard sets no stay limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="235" />
            <source>Hari ke-{0} dari batas {1} hari</source>
            <translation>Day {0} of a {1}-day limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="270" />
            <source>Terlambat ({0} langkah)</source>
            <translation>Overdue ({0} steps)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="271" />
            <source>Tepat waktu</source>
            <translation>On time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="276" />
            <source>Tanpa batas</source>
            <translation>No limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="278" />
            <source>Dalam batas</source>
            <translation>Within limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="279" />
            <source>Mendekati {0} hari</source>
            <translation>Approaching {0} days</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="280" />
            <source>Lewat {0} hari</source>
            <translation>Past {0} days</translation>
        </message>
    </context>
    <context>
        <name>BoardWidget</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="964" />
            <source>Cetak daftar ini (PDF)…</source>
            <translation>Print this list (PDF)…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="965" />
            <source>Ekspor daftar ini ke Excel (XLSX)…</source>
            <translation>Export this list to Excel (XLSX)…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="968" />
            <source>Cetak kedatangan hari ini (PDF)…</source>
            <translation>Print today's arrivals (PDF)…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="970" />
            <source>Ekspor kedatangan hari ini (XLSX)…</source>
            <translation>Export today's arrivals (XLSX)…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="977" />
            <source>Buka rekam klien</source>
            <translation>Open client record</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="980" />
            <source>Cetak ringkasan razia (PDF)…</source>
            <translation>Print raid summary (PDF)…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="982" />
            <source>Cetak tanda terima razia (PDF)…</source>
            <translation>Print raid receipt (PDF)…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="984" />
            <source>Ekspor razia ke Excel (XLSX)…</source>
            <translation>Export raid to Excel (XLSX)…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1015" />
            <source>Semua</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1026" />
            <source>Tanpa batas</source>
            <translation>No limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1027" />
            <source>Dalam batas</source>
            <translation>Within limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1028" />
            <source>Mendekati batas</source>
            <translation>Approaching limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1029" />
            <source>Lewat batas</source>
            <translation>Past limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1032" />
            <source>Hari ini</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1033" />
            <source>Kemarin</source>
            <translation>Yesterday</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1034" />
            <source>7 hari terakhir</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1035" />
            <source>30 hari terakhir</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1049" />
            <source>{0}+ klien (menghitung…)</source>
            <translation>{0}+ clients (counting…)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1051" />
            <source>{0} klien</source>
            <translation>{0} clients</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1055" />
            <source>{0} penghuni ditampilkan</source>
            <translation>{0} residents shown</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1059" />
            <source>Saring: langkah layanan terlambat</source>
            <translation>Filter: overdue service steps</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1105" />
            <source>Papan Penghuni</source>
            <translation>Resident Board</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1107" />
            <source>Siapa yang sedang menghuni dan siapa yang perlu ditindaklanjuti hari ini.</source>
            <translation>Who is staying now and who needs action today.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1109" />
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1138" />
            <source>Penghuni saat ini</source>
            <translation>Current residents</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1110" />
            <source>Mendekati batas tinggal</source>
            <translation>Nearing the stay limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1111" />
            <source>Lewat batas tinggal</source>
            <translation>Past the stay limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1112" />
            <source>Langkah layanan terlambat</source>
            <translation>Overdue service steps</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1113" />
            <source>Menunggu keputusan</source>
            <translation>Awaiting decision</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1114" />
            <source>Pengaduan lewat batas tanggapan</source>
            <translation>Complaints past their response limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1115" />
            <source>Pengaduan jatuh tempo hari ini</source>
            <translation>Complaints due today</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1119" />
            <source>&amp;Cari:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1124" />
            <source>T&amp;iba:</source>
            <translation>Arr&amp;ived:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1126" />
            <source>Atur &amp;ulang filter</source>
            <translation>Res&amp;et filters</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1121" />
            <source>Nama, nama panggilan, NIK atau nomor kasus (Ctrl+F)</source>
            <translation>Name, nickname, NIK or case number (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1123" />
            <source>&amp;Fasilitas:</source>
            <translation>&amp;Facility:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1123" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1123" />
            <source>&amp;Kategori:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1124" />
            <source>&amp;Batas tinggal:</source>
            <translation>Stay &amp;limit:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1128" />
            <source>Hapus semua saringan dan pencarian: tampilkan semua penghuni</source>
            <translation>Clear every filter and the search: show all residents</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1129" />
            <source>&amp;Hari ini</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1130" />
            <source>Tampilkan klien yang tiba hari ini</source>
            <translation>Show the clients who arrived today</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1131" />
            <source>C&amp;etak / ekspor</source>
            <translation>Print / e&amp;xport</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1134" />
            <source>Klik untuk membuka register pengaduan dengan pengaduan ini saja</source>
            <translation>Click to open the complaints register with only these complaints</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1137" />
            <source>Klik untuk menampilkan hanya baris ini di papan</source>
            <translation>Click to show only these rows on the board</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="1139" />
            <source>Semua klien</source>
            <translation>All clients</translation>
        </message>
    </context>
    <context>
        <name>CalendarDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="152" />
            <source>Tersimpan: {0}.</source>
            <translation>Saved: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="176" />
            <source>Libur nasional</source>
            <translation>National holiday</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="177" />
            <source>Cuti bersama</source>
            <translation>Cuti bersama (joint leave)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="178" />
            <source>Libur daerah</source>
            <translation>Local holiday</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="179" />
            <source>Kantor tutup</source>
            <translation>Office closed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="188" />
            <source>Hari libur kantor</source>
            <translation>Office holidays</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="189" />
            <source>&amp;Tahun:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="191" />
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="191" />
            <source>Jenis</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="191" />
            <source>Keterangan</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="193" />
            <source>Hari kerja tidak menghitung Sabtu, Minggu, libur nasional, cuti bersama, serta libur daerah dan hari kantor tutup yang dicatat di sini (huruf tebal). Catatan ini ikut tersinkron ke komputer lain.</source>
            <translation>Working days skip Saturdays, Sundays, national holidays, cuti bersama, and the local holidays and office closures recorded here (in bold). These entries sync to the other desks too.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="196" />
            <source>Ta&amp;nggal:</source>
            <translation>Da&amp;te:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="196" />
            <source>&amp;Keterangan:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="197" />
            <source>&amp;Jenis:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="201" />
            <source>Hanya untuk fasilitas ini</source>
            <translation>Only for this facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="202" />
            <source>&amp;Tambah</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="203" />
            <source>&amp;Hapus yang dipilih</source>
            <translation>&amp;Remove the selected one</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="204" />
            <source>T&amp;utup</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/calendar_dialog.py" line="208" />
            <source>misalnya: Hari Jadi Kota Banjarmasin</source>
            <translation>for example: Banjarmasin city anniversary</translation>
        </message>
    </context>
    <context>
        <name>ClientRecordWidget</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="332" />
            <source>NIK {0}</source>
            <translation>NIK {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="334" />
            <source>Tanpa NIK</source>
            <translation>No NIK</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="339" />
            <source>sekitar {0}</source>
            <translation>about {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="340" />
            <source>lahir {0}</source>
            <translation>born {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="349" />
            <source>Sedang menghuni: {0}, {1}, sejak {2}</source>
            <translation>Staying now: {0}, {1}, since {2}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="362" />
            <source>Belum ada
foto</source>
            <translation>No photo
yet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="403" />
            <source>{0} catatan</source>
            <translation>entries: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="404" />
            <source>belum ada</source>
            <translation>none yet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="412" />
            <source>Enter / klik dua kali: buka catatan</source>
            <translation>Enter / double-click: open the entry</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="426" />
            <source>Tenggat layanan</source>
            <translation>Service deadlines</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="427" />
            <source>{0} langkah, {1} terlambat</source>
            <translation>{0} steps, {1} overdue</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="434" />
            <source>selesai</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="434" />
            <source>batas</source>
            <translation>due</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="449" />
            <source>Selesai tepat waktu</source>
            <translation>Done on time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="450" />
            <source>Selesai (terlambat)</source>
            <translation>Done (late)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="451" />
            <source>Dalam batas waktu</source>
            <translation>Within the time limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="452" />
            <source>Segera jatuh tempo</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="453" />
            <source>Terlambat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="454" />
            <source>Belum dimulai</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="455" />
            <source>Tidak berlaku</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="468" />
            <source>Penerimaan</source>
            <translation>Admission</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="469" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="590" />
            <source>Asesmen</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="470" />
            <source>Rencana intervensi</source>
            <translation>Intervention plan</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="471" />
            <source>Intervensi</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="472" />
            <source>Resosialisasi</source>
            <translation>Resocialisation</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="473" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="596" />
            <source>Terminasi</source>
            <translation>Termination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="474" />
            <source>Bimbingan lanjut</source>
            <translation>Aftercare</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="480" />
            <source>Keluarga</source>
            <translation>Family</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="484" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="594" />
            <source>Penelusuran keluarga</source>
            <translation>Family tracing</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="506" />
            <source>Belum ada lampiran. Tambahkan pindaian KTP, KK, surat atau foto dengan tombol di atas.</source>
            <translation>No attachments yet. Add a scan of an ID card, family card, letter or photo with the buttons above.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="518" />
            <source>Surat kasus {0}</source>
            <translation>Letters of case {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="531" />
            <source>Belum ada surat untuk klien ini.</source>
            <translation>No letters for this client yet.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="581" />
            <source>Belum ada perubahan yang tercatat.</source>
            <translation>No changes recorded yet.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="620" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="628" />
            <source>Telepon</source>
            <translation>Telephone</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="628" />
            <source>Kunjungan</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="629" />
            <source>Surat dinas</source>
            <translation>Official letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="629" />
            <source>Media sosial</source>
            <translation>Social media</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="630" />
            <source>Ditemukan</source>
            <translation>Found</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="630" />
            <source>Tidak ditemukan</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="631" />
            <source>Menunggu</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="636" />
            <source>Pindaian KTP</source>
            <translation>ID card scan</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="636" />
            <source>Pindaian KK</source>
            <translation>Family card scan</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="637" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="843" />
            <source>Foto</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="598" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="637" />
            <source>Surat</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="638" />
            <source>Surat penjamin</source>
            <translation>Guarantee letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="639" />
            <source>Dokumentasi</source>
            <translation>Documentation</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="639" />
            <source>Lainnya</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="674" />
            <source>Tidak ada perubahan untuk disimpan.</source>
            <translation>There are no changes to save.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="723" />
            <source>Pilih foto klien</source>
            <translation>Choose the client's photo</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="724" />
            <source>Gambar (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="729" />
            <source>Pilih berkas pindaian</source>
            <translation>Choose a scanned file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="730" />
            <source>Pindaian (*.pdf *.png *.jpg *.jpeg);;Semua berkas (*)</source>
            <translation>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="598" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="791" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="820" />
            <source>Lampiran</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="792" />
            <source>Tidak ada aplikasi untuk membuka berkas ini.</source>
            <translation>No application can open this file.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="588" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="819" />
            <source>Identitas</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="819" />
            <source>Riwayat kasus</source>
            <translation>Case history</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="820" />
            <source>Keluarga &amp;&amp; penelusuran</source>
            <translation>Family &amp;&amp; tracing</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="820" />
            <source>Daftar surat</source>
            <translation>Letters</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="821" />
            <source>Riwayat perubahan</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="621" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="834" />
            <source>Nama lengkap</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="834" />
            <source>Nama panggilan</source>
            <translation>Nickname</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="835" />
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="835" />
            <source>Nomor KK</source>
            <translation>Family card no.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="836" />
            <source>Jenis kelamin</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="836" />
            <source>Tanggal lahir</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="837" />
            <source>Tanggal lahir perkiraan</source>
            <translation>Date of birth estimated</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="838" />
            <source>Tempat lahir</source>
            <translation>Place of birth</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="838" />
            <source>Agama</source>
            <translation>Religion</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="621" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="839" />
            <source>Alamat</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="839" />
            <source>Kategori PPKS</source>
            <translation>PPKS category</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="840" />
            <source>Desa / kelurahan</source>
            <translation>Village</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="840" />
            <source>Kecamatan</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="841" />
            <source>Kabupaten / kota</source>
            <translation>Regency / city</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="841" />
            <source>Provinsi</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="842" />
            <source>Ciri-ciri fisik</source>
            <translation>Physical description</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="616" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="842" />
            <source>Catatan</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="588" />
            <source>Kasus</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="589" />
            <source>Identifikasi awal</source>
            <translation>Initial identification</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="590" />
            <source>Barang bawaan</source>
            <translation>Belongings</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="591" />
            <source>Keputusan Kepala Bidang</source>
            <translation>Kepala Bidang's decision</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="592" />
            <source>Catatan layanan</source>
            <translation>Service note</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="593" />
            <source>Anggota keluarga</source>
            <translation>Family member</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="595" />
            <source>Koordinasi antar daerah</source>
            <translation>Inter-regional coordination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="596" />
            <source>Kunjungan rumah</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="597" />
            <source>Langkah prosedur</source>
            <translation>Procedure step</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="599" />
            <source>Pengaduan</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="599" />
            <source>Razia</source>
            <translation>Raid</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="604" />
            <source>Data lain</source>
            <translation>Other data</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="605" />
            <source>{0} dicatat</source>
            <translation>{0} recorded</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="605" />
            <source>{0} diubah</source>
            <translation>{0} changed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="606" />
            <source>{0} dihapus</source>
            <translation>{0} deleted</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="612" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="612" />
            <source>Nomor kasus</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="613" />
            <source>Waktu tiba</source>
            <translation>Arrival time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="613" />
            <source>Tanggal ditutup</source>
            <translation>Date closed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="614" />
            <source>Fasilitas</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="614" />
            <source>Standar pelayanan</source>
            <translation>Service standard</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="615" />
            <source>Langkah</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="616" />
            <source>Selesai pada</source>
            <translation>Completed at</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="617" />
            <source>Dasar terminasi</source>
            <translation>Termination basis</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="617" />
            <source>Cara terminasi</source>
            <translation>Termination mode</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="618" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="623" />
            <source>Hasil</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="620" />
            <source>Hubungan</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="622" />
            <source>Asal kedatangan</source>
            <translation>Source of arrival</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="622" />
            <source>Uraian</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="623" />
            <source>Tanggal rencana</source>
            <translation>Planned date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="695" />
            <source>✓ Identitas tersimpan ({0}) pukul {1}.</source>
            <translation>✓ Identity saved ({0}) at {1}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="699" />
            <source>Identitas klien tersimpan.</source>
            <translation>Client identity saved.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="715" />
            <source>Tersimpan di meja lain: {0}</source>
            <translation>Saved at another desk: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="847" />
            <source>&amp;Simpan identitas</source>
            <translation>&amp;Save identity</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="848" />
            <source>Ganti &amp;foto…</source>
            <translation>Change &amp;photo…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="849" />
            <source>&amp;Tambah pindaian…</source>
            <translation>&amp;Add a scan…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="850" />
            <source>&amp;Buka</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="851" />
            <source>Jenis:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="854" />
            <source>Kasus / tahap</source>
            <translation>Case / stage</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="854" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="862" />
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="855" />
            <source>Kegiatan</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="855" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="858" />
            <source>Keterangan</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="856" />
            <source>Nama / tanggal</source>
            <translation>Name / date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="857" />
            <source>Hubungan / cara</source>
            <translation>Relationship / method</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="858" />
            <source>Telepon / hasil</source>
            <translation>Phone / result</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="619" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="859" />
            <source>Nama berkas</source>
            <translation>File name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="618" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="859" />
            <source>Jenis</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="860" />
            <source>Ditambahkan</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="860" />
            <source>Ukuran</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="861" />
            <source>Semua surat klien ini (semua kasus)</source>
            <translation>All letters of this client (every case)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="619" />
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="862" />
            <source>Nomor surat</source>
            <translation>Letter number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="863" />
            <source>Jenis surat</source>
            <translation>Letter type</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="863" />
            <source>Penanda tangan</source>
            <translation>Signatory</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="864" />
            <source>Waktu</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="864" />
            <source>Petugas</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="865" />
            <source>Perubahan</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/record_view.py" line="865" />
            <source>Rincian</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>ClientsModel</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="481" />
            <source>Nama (panggilan)</source>
            <translation>Name (nickname)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="481" />
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="481" />
            <source>L/P</source>
            <translation>M/F</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="482" />
            <source>Tanggal lahir</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="482" />
            <source>Kabupaten / kota</source>
            <translation>Regency / city</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="483" />
            <source>Kasus terakhir</source>
            <translation>Latest case</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="483" />
            <source>Status terakhir</source>
            <translation>Latest status</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/board_view.py" line="510" />
            <source>menghuni</source>
            <translation>staying</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="141" />
            <source>Register Pengaduan</source>
            <translation>Complaints register</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="154" />
            <source>Pengaduan &amp;baru...</source>
            <translation>&amp;New complaint...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="155" />
            <source>Catat &amp;tahap...</source>
            <translation>Record a &amp;stage...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="156" />
            <source>Cetak tanda te&amp;rima</source>
            <translation>Print &amp;receipt</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="157" />
            <source>Cetak surat tangga&amp;pan</source>
            <translation>Print re&amp;ply letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="170" />
            <source>Waktu</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="52" />
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="170" />
            <source>Tahap</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="47" />
            <source>Diterima</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="48" />
            <source>Fasilitas</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="49" />
            <source>Saluran</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="50" />
            <source>Pengadu</source>
            <translation>Complainant</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="51" />
            <source>Isi pengaduan</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="53" />
            <source>Petugas</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="54" />
            <source>Batas tanggapan</source>
            <translation>Response due</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="55" />
            <source>Keadaan</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="60" />
            <source>Belum ditanggapi, lewat batas</source>
            <translation>Unanswered, past the limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="61" />
            <source>Jatuh tempo hari ini</source>
            <translation>Due today</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="62" />
            <source>Dalam batas waktu</source>
            <translation>Within the time limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="63" />
            <source>Belum ditanggapi (tanpa batas waktu)</source>
            <translation>Unanswered (no time limit)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="64" />
            <source>Ditanggapi tepat waktu</source>
            <translation>Answered on time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="65" />
            <source>Ditanggapi melewati batas</source>
            <translation>Answered past the limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="145" />
            <source>Semua keadaan</source>
            <translation>All states</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="150" />
            <source>Hanya yang belum &amp;selesai</source>
            <translation>&amp;Open ones only</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="151" />
            <source>Atur &amp;ulang filter</source>
            <translation>Res&amp;et filters</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="153" />
            <source>Tampilkan semua pengaduan semua fasilitas</source>
            <translation>Show every complaint of every facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="171" />
            <source>Oleh</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="171" />
            <source>Catatan</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="177" />
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="181" />
            <source>&amp;Fasilitas:</source>
            <translation>&amp;Facility:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="183" />
            <source>&amp;Keadaan:</source>
            <translation>S&amp;tate:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="333" />
            <source>disaring: {0}</source>
            <translation>filtered: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="256" />
            <source>Semua fasilitas</source>
            <translation>All facilities</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="330" />
            <source>{0} pengaduan; {1} lewat batas tanggapan, {2} jatuh tempo hari ini</source>
            <translation>{0} complaints; {1} past the response limit, {2} due today</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="301" />
            <source>Konflik sinkronisasi</source>
            <translation>Sync conflicts</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="303" />
            <source>Isian yang diubah berbeda di dua meja. Nilai sekarang sudah dipakai di semua meja; nilai lainnya disimpan di sini sampai diputuskan. Keputusan tercatat di jejak audit.</source>
            <translation>The field was changed differently on two desks. The current value is used on every desk; the other value is kept here until someone decides. The decision is recorded in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="309" />
            <source>Bandingkan</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="315" />
            <source>Nilai lainnya</source>
            <translation>Other value</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="322" />
            <source>Nilai sekarang</source>
            <translation>Current value</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="326" />
            <source>Pakai nilai sekarang</source>
            <translation>Keep the current value</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="327" />
            <source>Pakai nilai lainnya</source>
            <translation>Use the other value</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="333" />
            <source>Tulis gabungan kedua nilai</source>
            <translation>Write a combination of both values</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="334" />
            <source>Simpan gabungan</source>
            <translation>Save the combination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="347" />
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="371" />
            <source>Tidak ada konflik yang perlu ditinjau.</source>
            <translation>No conflicts to review.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="385" />
            <source>Nilai lainnya (meja {0})</source>
            <translation>Other value (desk {0})</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="402" />
            <source>Keputusan disimpan.</source>
            <translation>Decision saved.</translation>
        </message>
    </context>
    <context>
        <name>DesksDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="235" />
            <source>Kode</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="235" />
            <source>Meja</source>
            <translation>Desk</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="236" />
            <source>Paket terakhir diterima</source>
            <translation>Last bundle received</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="237" />
            <source>Paket terakhir dikirim</source>
            <translation>Last bundle sent</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="238" />
            <source>Catatan</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="243" />
            <source>Meja-meja shelter ini</source>
            <translation>Desks of this shelter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="251" />
            <source>Meja baru ditambahkan dengan paket bergabung: rumahsinggah desk invite di meja ini, lalu rumahsinggah desk join di komputer baru.</source>
            <translation>A new desk is added with a join bundle: rumahsinggah desk invite on this desk, then rumahsinggah desk join on the new computer.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="256" />
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="272" />
            <source>belum ada</source>
            <translation>none yet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="273" />
            <source>ke-{0}, {1}</source>
            <translation>no. {0}, {1}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="278" />
            <source>{0} · meja ini: {1}</source>
            <translation>{0} · this desk: {1}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="284" />
            <source>{0} (meja ini)</source>
            <translation>{0} (this desk)</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="110" />
            <source>Mencari data ganda…</source>
            <translation>Looking for duplicates…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="131" />
            <source>{0} pasangan</source>
            <translation>{0} pairs</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="132" />
            <source>Tidak ada data klien yang tampak ganda.</source>
            <translation>No client records look duplicated.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="159" />
            <source>{0} digabungkan ke {1}; {2} data ikut dipindahkan.</source>
            <translation>{0} merged into {1}; {2} records moved along.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="172" />
            <source>Data klien ganda</source>
            <translation>Duplicate client records</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="174" />
            <source>Pasangan data yang kemungkinan besar orang yang sama (NIK sama, atau nama yang terdengar sama dengan jenis kelamin, umur dan asal yang cocok). Periksa, lalu gabungkan data baru ke data lama: semua kasus dan riwayat tetap tersimpan.</source>
            <translation>Pairs of records that are probably the same person (the same NIK, or names that sound the same with matching sex, age and origin). Check, then merge the newer record into the older one: every case and all history are kept.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="178" />
            <source>Skor</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="178" />
            <source>Data lama (dipertahankan)</source>
            <translation>Older record (kept)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="179" />
            <source>Data baru (digabungkan)</source>
            <translation>Newer record (merged)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="179" />
            <source>Alasan</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="180" />
            <source>&amp;Gabungkan ke data lama…</source>
            <translation>&amp;Merge into the older record…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="181" />
            <source>&amp;Muat ulang</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/duplicates_view.py" line="182" />
            <source>&amp;Tutup</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="28" />
            <source>Panduan singkat</source>
            <translation>Quick guide</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="35" />
            <source>&amp;Peran:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="52" />
            <source>Papan Penghuni menampilkan siapa yang sedang menghuni. Klik kartu angka di atas untuk menyaring papan; &lt;b&gt;Atur ulang filter&lt;/b&gt; menampilkan semua lagi; &lt;b&gt;Hari ini&lt;/b&gt; menampilkan kedatangan hari ini.</source>
            <translation>The Resident Board shows who is staying now. Click a count card at the top to filter the board; &lt;b&gt;Reset filters&lt;/b&gt; shows everyone again; &lt;b&gt;Today&lt;/b&gt; shows today's arrivals.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="55" />
            <source>Ketik nama, NIK atau nomor kasus di kotak Cari (Ctrl+F); Enter membuka rekam klien bila hanya satu yang cocok.</source>
            <translation>Type a name, NIK or case number in the Search box (Ctrl+F); Enter opens the client record when only one matches.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="57" />
            <source>&lt;b&gt;Cetak / ekspor&lt;/b&gt; (atau klik kanan pada papan) mencetak daftar yang tampil, kedatangan hari ini, dan ringkasan serta tanda terima razia, sebagai PDF atau XLSX.</source>
            <translation>&lt;b&gt;Print / export&lt;/b&gt; (or right-click on the board) prints the list shown, today's arrivals, and a raid's summary and receipt, as PDF or XLSX.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="60" />
            <source>Kunci layar (Ctrl+L) bila meninggalkan meja; Ganti pengguna (Ctrl+Shift+U) menutup tab rekam klien pengguna sebelumnya.</source>
            <translation>Lock the screen (Ctrl+L) when you leave the desk; Switch user (Ctrl+Shift+U) closes the previous user's client record tabs.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="67" />
            <source>Catat penerimaan klien atau rombongan hasil razia (Kasus &gt; Penerimaan, Ctrl+N). Setelah razia disimpan, nomor kasus setiap orang ditampilkan dan tanda terima untuk instansi dapat dicetak.</source>
            <translation>Record a client's intake or a group from a raid (Case &gt; Intake, Ctrl+N). Once a raid is saved, every person's case number is shown and a receipt for the agency can be printed.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="70" />
            <source>Lanjutkan dengan identifikasi awal (Ctrl+Shift+I) dan catat layanan harian (Ctrl+Shift+L).</source>
            <translation>Continue with the initial identification (Ctrl+Shift+I) and record daily services (Ctrl+Shift+L).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="74" />
            <source>Lakukan asesmen (Ctrl+Shift+A), penelusuran keluarga, rujukan dan kunjungan rumah.</source>
            <translation>Do assessments (Ctrl+Shift+A), family tracing, referrals and home visits.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="76" />
            <source>Penghuni lewat batas tinggal (Ctrl+T) dapat diterminasi: Reunifikasi dan terminasi (Ctrl+Shift+T) menandai mereka dengan ‼.</source>
            <translation>Residents past the residency limit (Ctrl+T) may be terminated: Reunification and termination (Ctrl+Shift+T) marks them with ‼.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="80" />
            <source>Kasus menunggu keputusan (Ctrl+K) diputuskan lewat Putuskan kasus (Ctrl+D).</source>
            <translation>Cases awaiting a decision (Ctrl+K) are decided through Decide case (Ctrl+D).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="82" />
            <source>Pantau kartu Lewat batas tinggal dan Langkah layanan terlambat; klik kartu untuk melihat penghuninya.</source>
            <translation>Watch the Past residency limit and Overdue service steps cards; click a card to see its residents.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="86" />
            <source>Kelola surat, pengaduan, pengaturan kantor, hari libur dan sinkronisasi dengan meja lain.</source>
            <translation>Manage letters, complaints, office settings, holidays and synchronisation with other desks.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="88" />
            <source>Cetak daftar penghuni dan kedatangan hari ini untuk laporan harian.</source>
            <translation>Print the resident list and today's arrivals for the daily report.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="91" />
            <source>Kelola pengguna (Ctrl+U), pengaturan kantor, cadangan dan data klien ganda.</source>
            <translation>Manage users (Ctrl+U), office settings, backups and duplicate client data.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="93" />
            <source>Basis data DEMO ditandai pita merah di atas jendela: jangan memasukkan data klien sebenarnya ke sana.</source>
            <translation>A DEMO store is marked by a red band at the top of the window: never enter real client data there.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/guide.py" line="104" />
            <source>Tekan Shift+F1 untuk daftar pintasan papan ketik; Bantuan &gt; Tentang Rumah Singgah untuk versi dan lokasi data.</source>
            <translation>Press Shift+F1 for the list of keyboard shortcuts; Help &gt; About Rumah Singgah for the version and the data location.</translation>
        </message>
    </context>
    <context>
        <name>HeadOfficeDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="53" />
            <source>Paket Rumah Singgah (*.rssync)</source>
            <translation>Rumah Singgah bundles (*.rssync)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="236" />
            <source>Kantor pusat</source>
            <translation>Head office</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="239" />
            <source>Kantor pusat: shelter dan klien kembali</source>
            <translation>Head office: shelters and returning clients</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="243" />
            <source>Shelter yang mengirim paket ke kantor pusat</source>
            <translation>Shelters sending bundles to the head office</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="245" />
            <source>Kode</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="245" />
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="280" />
            <source>Nama</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="245" />
            <source>Diterima</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="245" />
            <source>Meja</source>
            <translation>Desks</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="246" />
            <source>Paket</source>
            <translation>Bundles</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="246" />
            <source>Paket terakhir</source>
            <translation>Last bundle</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="246" />
            <source>Klien</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="247" />
            <source>Sedang tinggal</source>
            <translation>Staying now</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="248" />
            <source>Tambah &amp;shelter...</source>
            <translation>Add &amp;shelter...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="249" />
            <source>&amp;Berhenti terima</source>
            <translation>&amp;Stop accepting</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="258" />
            <source>Hanya administrator yang dapat menambah shelter atau berhenti menerima paketnya.</source>
            <translation>Only an administrator can add a shelter or stop accepting its bundles.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="269" />
            <source>Klien kembali: tiba di satu shelter, kemungkinan sudah tercatat di shelter lain</source>
            <translation>Returning clients: arrived at one shelter, probably already recorded at another</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="276" />
            <source>&amp;Tampilkan</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="280" />
            <source>Tiba</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="280" />
            <source>Shelter</source>
            <translation>Shelter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="280" />
            <source>No. kasus</source>
            <translation>Case no.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="281" />
            <source>Shelter sebelumnya</source>
            <translation>Earlier shelter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="281" />
            <source>Nama sebelumnya</source>
            <translation>Earlier name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="281" />
            <source>Skor</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="282" />
            <source>Alasan</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="284" />
            <source>Tiba sejak:</source>
            <translation>Arrived since:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="309" />
            <source>Ekspor &amp;XLSX...</source>
            <translation>Export &amp;XLSX...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="311" />
            <source>Buku kerja: rekap bulanan per fasilitas dan seluruhnya, capaian layanan, shelter, dan klien kembali pada bulan itu.</source>
            <translation>Workbook: the monthly recap per facility and in total, service level, shelters and the month's returning clients.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="315" />
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="317" />
            <source>Bulan:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="383" />
            <source>mencari...</source>
            <translation>searching...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="396" />
            <source>ya</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="396" />
            <source>tidak lagi</source>
            <translation>no longer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="402" />
            <source>Kode basis data: {0}</source>
            <translation>Store id: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="412" />
            <source>Belum ada shelter. Administrator menambahkannya dari salah satu paket shelter itu.</source>
            <translation>No shelters yet. An administrator adds one from one of that shelter's bundles.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="425" />
            <source>{0}, tiba {1}</source>
            <translation>{0}, arrived {1}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="431" />
            <source>Nomor kasus sebelumnya: {0}</source>
            <translation>Earlier case number: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="441" />
            <source>{0} klien kembali sejak {1}. Klik dua kali untuk membuka rekam klien.</source>
            <translation>{0} returning clients since {1}. Double-click to open the client's record.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="444" />
            <source>{0} klien kembali sejak {1}.</source>
            <translation>{0} returning clients since {1}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="448" />
            <source>Tidak ada klien kembali dari shelter lain sejak {0}.</source>
            <translation>No clients returning from another shelter since {0}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="453" />
            <source>Hanya {0} kedatangan terbaru dari {1} yang diperiksa; pilih tanggal yang lebih dekat untuk sisanya.</source>
            <translation>Only the newest {0} of {1} arrivals were checked; choose a later date for the rest.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="488" />
            <source>Berhenti terima</source>
            <translation>Stop accepting</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="489" />
            <source>Berhenti menerima paket dari {0} ({1})? Data yang sudah dikirimnya tetap ada; administrator dapat menambahkannya lagi kapan saja.</source>
            <translation>Stop accepting bundles from {0} ({1})? What it has sent stays; an administrator can add it again at any time.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="511" />
            <source>Ekspor buku kerja kantor pusat</source>
            <translation>Export the head office workbook</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="515" />
            <source>Buku kerja Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="531" />
            <source>Buku kerja kantor pusat {0} disimpan di:
{1}</source>
            <translation>Head office workbook {0} saved to:
{1}</translation>
        </message>
    </context>
    <context>
        <name>IntakeWizard</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/intake.py" line="726" />
            <source>Perhatian</source>
            <translation>Please note</translation>
        </message>
    </context>
    <context>
        <name>LetterBookDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="42" />
            <source>Buku agenda surat keluar</source>
            <translation>Outgoing-letter book</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="49" />
            <source>Nomor surat</source>
            <translation>Letter number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="49" />
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="49" />
            <source>Jenis surat</source>
            <translation>Letter type</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="49" />
            <source>Hal</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="50" />
            <source>Kepada</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="50" />
            <source>Nomor kasus</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="50" />
            <source>Versi</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="58" />
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="62" />
            <source>Kantor penerbit:</source>
            <translation>Issuing office:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="64" />
            <source>Tahun:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="108" />
            <source> (ralat)</source>
            <translation> (corrected)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="119" />
            <source>{0} surat bernomor pada tahun {1}</source>
            <translation>{0} numbered letters in {1}</translation>
        </message>
    </context>
    <context>
        <name>LetterPreviewDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="52" />
            <source>Pratinjau surat</source>
            <translation>Letter preview</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="73" />
            <source>Cetak...</source>
            <translation>Print...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="74" />
            <source>Simpan sebagai PDF...</source>
            <translation>Save as PDF...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="75" />
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="93" />
            <source>Simpan surat sebagai PDF</source>
            <translation>Save the letter as PDF</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="104" />
            <source>Gagal menyimpan</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="105" />
            <source>Berkas tidak dapat disimpan: {0}</source>
            <translation>The file cannot be saved: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="120" />
            <source>✓ PDF tersimpan di {0}</source>
            <translation>✓ PDF saved to {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="151" />
            <source>Mengirim ke printer...</source>
            <translation>Sending to the printer...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="162" />
            <source>Gagal mencetak</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="163" />
            <source>Surat tidak dapat dicetak: {0}</source>
            <translation>The letter could not be printed: {0}</translation>
        </message>
    </context>
    <context>
        <name>LettersPanel</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="46" />
            <source>Buat surat</source>
            <translation>Make letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="48" />
            <source>Buka / cetak ulang</source>
            <translation>Open / reprint</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="54" />
            <source>Tanggal</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="54" />
            <source>Jenis surat</source>
            <translation>Letter type</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="54" />
            <source>Nomor</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="54" />
            <source>Versi</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="66" />
            <source>Jenis surat:</source>
            <translation>Letter type:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="96" />
            <source> (diralat)</source>
            <translation> (corrected)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/panel.py" line="103" />
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
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="358" />
            <source>Pendaftaran klien baru</source>
            <translation>New client intake</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="359" />
            <source>Wisaya pendaftaran belum terpasang pada versi ini.</source>
            <translation>The intake wizard is not installed in this version.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="367" />
            <source>Enter	Buka rekam klien yang dipilih</source>
            <translation>Enter	Open the selected client's record</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="368" />
            <source>Pintasan papan ketik</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="377" />
            <source>Rekam klien</source>
            <translation>Client record</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="394" />
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="474" />
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="588" />
            <source>Perubahan belum disimpan</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="395" />
            <source>Identitas klien ini belum disimpan. Tutup tanpa menyimpan?</source>
            <translation>This client's identity has not been saved. Close without saving?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="502" />
            <source>Layar terkunci</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="550" />
            <source>Masuk sebagai {0} ({1})</source>
            <translation>Signed in as {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="269" />
            <source>tanpa peran</source>
            <translation>no role</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="276" />
            <source>“{0}” tidak tersedia: peran {1} tidak berwenang {2}. Hanya untuk: {3}.</source>
            <translation>“{0}” is not available: the role {1} may not {2}. Only for: {3}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="278" />
            <source>“{0}” tidak tersedia untuk peran {1}. Hanya untuk: {2}.</source>
            <translation>“{0}” is not available to the role {1}. Only for: {2}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="284" />
            <source>Tidak berwenang</source>
            <translation>Not permitted</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="475" />
            <source>Ada identitas klien yang belum disimpan. Tab rekam klien ditutup bila pengguna lain masuk. Lanjutkan?</source>
            <translation>A client identity has unsaved changes. Client record tabs are closed when another user signs in. Continue?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="556" />
            <source>Server: {0}/{1}</source>
            <translation>Server: {0}/{1}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="568" />
            <source>Rumah Singgah</source>
            <translation>Rumah Singgah</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="569" />
            <source>&amp;Berkas</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="569" />
            <source>&amp;Kasus</source>
            <translation>&amp;Cases</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="570" />
            <source>&amp;Tampilan</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="570" />
            <source>&amp;Pengaturan</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="571" />
            <source>&amp;Bantuan</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="576" />
            <source>Papan Penghuni</source>
            <translation>Resident Board</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="578" />
            <source>DEMO — basis data contoh: data di sini bukan data klien sebenarnya</source>
            <translation>DEMO — sample store: the data here are not real clients</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="589" />
            <source>Ada identitas klien yang belum disimpan. Keluar tanpa menyimpan?</source>
            <translation>A client's identity has not been saved. Quit without saving?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="607" />
            <source>Cadangan harian tersimpan.</source>
            <translation>Today's backup is saved.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/main_window.py" line="613" />
            <source>Cadangan harian gagal: {0}</source>
            <translation>Today's backup failed: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="418" />
            <source>Ekspor paket sinkronisasi...</source>
            <translation>Export sync bundle...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="421" />
            <source>Impor paket sinkronisasi...</source>
            <translation>Import sync bundle...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="424" />
            <source>Meja-meja shelter...</source>
            <translation>Desks of this shelter...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="427" />
            <source>Konflik sinkronisasi...</source>
            <translation>Sync conflicts...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/book.py" line="127" />
            <source>Buku agenda surat keluar...</source>
            <translation>Outgoing-letter book...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="423" />
            <source>Impor register klien lama...</source>
            <translation>Import an old client register...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="669" />
            <source>Register &amp;pengaduan...</source>
            <translation>Com&amp;plaints register...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="181" />
            <source>Capaian &amp;standar pelayanan...</source>
            <translation>Service &amp;standard performance...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="44" />
            <source>Penerimaan klien / hasil razia…</source>
            <translation>Client intake / raid…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="45" />
            <source>Identifikasi awal…</source>
            <translation>Initial identification…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="46" />
            <source>Asesmen…</source>
            <translation>Assessment…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="47" />
            <source>Keputusan Kepala Bidang…</source>
            <translation>Kepala Bidang's decision…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="48" />
            <source>Catat layanan (bimbingan, keluarga, penelusuran)…</source>
            <translation>Record a service (guidance, family, tracing)…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="50" />
            <source>Reunifikasi dan terminasi…</source>
            <translation>Reunification and termination…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/wizards/__init__.py" line="52" />
            <source>Kunjungan rumah (bimbingan lanjut)…</source>
            <translation>Home visit (aftercare)…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="606" />
            <source>&amp;Rekap bulanan...</source>
            <translation>Monthly &amp;recap...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/head_office_view.py" line="585" />
            <source>Kantor pu&amp;sat...</source>
            <translation>Head &amp;office...</translation>
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
            <source>&amp;Cetak daftar papan (PDF)…</source>
            <translation>&amp;Print board list (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Ekspor daftar papan (XLSX)…</source>
            <translation>&amp;Export board list (XLSX)…</translation>
        </message>
        <message>
            <source>Cetak ke&amp;datangan hari ini (PDF)…</source>
            <translation>Print today's &amp;arrivals (PDF)…</translation>
        </message>
        <message>
            <source>Ekspor kedatangan hari ini (&amp;XLSX)…</source>
            <translation>Export today's arrivals (&amp;XLSX)…</translation>
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
            <source>Penghuni &amp;lewat batas tinggal</source>
            <translation>Residents &amp;past the stay limit</translation>
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
            <source>&amp;Kedatangan hari ini</source>
            <translation>Today's &amp;arrivals</translation>
        </message>
        <message>
            <source>Atur &amp;ulang filter</source>
            <translation>Res&amp;et filters</translation>
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
            <source>Hari libur &amp;kantor…</source>
            <translation>Office &amp;holidays…</translation>
        </message>
        <message>
            <source>Data klien &amp;ganda…</source>
            <translation>&amp;Duplicate client records…</translation>
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
            <source>&amp;Panduan singkat…</source>
            <translation>&amp;Quick guide…</translation>
        </message>
        <message>
            <source>Pintasan papan &amp;ketik</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;Tentang Rumah Singgah…</source>
            <translation>&amp;About Rumah Singgah…</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/letters/preview.py" line="205" />
            <source>Surat tidak dapat dibuat</source>
            <translation>The letter cannot be made</translation>
        </message>
    </context>
    <context>
        <name>RecapDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="140" />
            <source>A. Penerimaan klien</source>
            <translation>A. Client admissions</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="143" />
            <source>B. Keputusan dan layanan</source>
            <translation>B. Decisions and services</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="145" />
            <source>C. Terminasi dan rujukan keluar</source>
            <translation>C. Terminations and referrals out</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="147" />
            <source>D. Pengaduan</source>
            <translation>D. Complaints</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="193" />
            <source>Belum ada pengaduan yang ditanggapi</source>
            <translation>No complaint answered yet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="240" />
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="389" />
            <source>Rekap Bulanan</source>
            <translation>Monthly Recap</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="252" />
            <source>&amp;Tampilkan</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="253" />
            <source>Simpan &amp;XLSX...</source>
            <translation>Save &amp;XLSX...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="254" />
            <source>Simpan &amp;PDF...</source>
            <translation>Save &amp;PDF...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="255" />
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="309" />
            <source>Penerimaan: kasus yang datang pada bulan ini. Lama tinggal: kasus yang ditutup pada bulan ini, hari kedatangan dihitung hari ke-1. Setiap fasilitas dihitung menurut zona waktunya (WIB/WITA/WIT).</source>
            <translation>Admissions: cases that arrived this month. Length of stay: cases closed this month, the arrival day counted as day 1. Each facility is counted in its own time zone (WIB/WITA/WIT).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="316" />
            <source>Bulan:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="320" />
            <source>Fasilitas:</source>
            <translation>Facility:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="358" />
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="405" />
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="439" />
            <source>Semua fasilitas</source>
            <translation>All facilities</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="381" />
            <source>Rekap Bulanan {0}: menghitung...</source>
            <translation>Monthly Recap {0}: counting...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="406" />
            <source>Rekap Bulanan {0} – {1}</source>
            <translation>Monthly Recap {0} – {1}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="410" />
            <source>penerimaan baru</source>
            <translation>new admissions</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="412" />
            <source>kasus dilayani bulan ini</source>
            <translation>cases served this month</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="414" />
            <source>masih dalam layanan akhir bulan</source>
            <translation>still in care at month end</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="415" />
            <source>terminasi</source>
            <translation>terminations</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="416" />
            <source>melewati batas tinggal</source>
            <translation>past the residency limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="418" />
            <source>pengaduan, {0} belum ditanggapi</source>
            <translation>complaints, {0} unanswered</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="425" />
            <source>Grafik penerimaan bulan ini: {0}</source>
            <translation>This month's admissions in charts: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="435" />
            <source>Uraian</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="436" />
            <source>Jumlah</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="497" />
            <source>{0}: tidak ada pada bulan ini</source>
            <translation>{0}: none this month</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="502" />
            <source>Lainnya ({0} kategori)</source>
            <translation>Other ({0} categories)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="564" />
            <source>Simpan rekap bulanan</source>
            <translation>Save monthly recap</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="565" />
            <source>Buku kerja Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="566" />
            <source>Dokumen PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="580" />
            <source>Rekap bulanan {0} disimpan di:
{1}</source>
            <translation>Monthly recap {0} saved to:
{1}</translation>
        </message>
    </context>
    <context>
        <name>RecapLabels</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="63" />
            <source>Penerimaan klien</source>
            <translation>Client intake</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="64" />
            <source>Penerimaan menurut sumber</source>
            <translation>Admissions by source</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="65" />
            <source>Penerimaan menurut kategori PPKS</source>
            <translation>Admissions by PPKS category</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="66" />
            <source>Penerimaan menurut jenis kelamin</source>
            <translation>Admissions by sex</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="67" />
            <source>Penerimaan menurut kelompok umur</source>
            <translation>Admissions by age group</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="68" />
            <source>Penerimaan menurut daerah asal</source>
            <translation>Admissions by origin</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="69" />
            <source>Klien yang kembali</source>
            <translation>Returning clients</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="70" />
            <source>Rujukan masuk</source>
            <translation>Referrals in</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="71" />
            <source>Keputusan Kepala Bidang</source>
            <translation>Kepala Bidang's decision</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="72" />
            <source>Terminasi</source>
            <translation>Termination</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="73" />
            <source>Terminasi menurut dasar</source>
            <translation>Terminations by basis</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="74" />
            <source>Terminasi menurut cara</source>
            <translation>Terminations by mode</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="75" />
            <source>Rujukan keluar</source>
            <translation>Referrals out</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="76" />
            <source>Lama tinggal (kasus ditutup bulan ini, hari)</source>
            <translation>Length of stay (cases closed this month, days)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="77" />
            <source>Melewati batas tinggal</source>
            <translation>Past the stay limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="78" />
            <source>Kasus dilayani</source>
            <translation>Cases served</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="79" />
            <source>Pengaduan</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="80" />
            <source>Pengaduan menurut saluran</source>
            <translation>Complaints by channel</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="81" />
            <source>Waktu tanggapan pengaduan</source>
            <translation>Complaint response time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="82" />
            <source>Jumlah</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="83" />
            <source>Jumlah klien</source>
            <translation>Number of clients</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="84" />
            <source>0-5 tahun (balita)</source>
            <translation>0-5 years (infant)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="85" />
            <source>6-17 tahun (anak)</source>
            <translation>6-17 years (child)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="86" />
            <source>18-59 tahun (dewasa)</source>
            <translation>18-59 years (adult)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="87" />
            <source>60 tahun ke atas (lanjut usia)</source>
            <translation>60 years and over (elderly)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="88" />
            <source>Tidak diketahui</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="89" />
            <source>Kabupaten/kota ini</source>
            <translation>This regency/city</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="90" />
            <source>Provinsi ini (kab/kota lain)</source>
            <translation>This province (other regency/city)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="91" />
            <source>Luar provinsi</source>
            <translation>Outside the province</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="92" />
            <source>Tidak diisi</source>
            <translation>Not filled in</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="93" />
            <source>Tanpa dasar (pergi tanpa pamit / meninggal dunia)</source>
            <translation>No basis (left without notice / died)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="94" />
            <source>Jumlah kasus ditutup</source>
            <translation>Cases closed</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="95" />
            <source>Rata-rata (hari)</source>
            <translation>Average (days)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="96" />
            <source>Median (hari)</source>
            <translation>Median (days)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="97" />
            <source>Terlama (hari)</source>
            <translation>Longest (days)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="98" />
            <source>Dilayani selama bulan ini</source>
            <translation>Served during the month</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="99" />
            <source>Masih dalam layanan akhir bulan</source>
            <translation>Still in care at month end</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="100" />
            <source>Diterima</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="101" />
            <source>Sudah ditanggapi</source>
            <translation>Answered</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="102" />
            <source>Tepat waktu</source>
            <translation>On time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="103" />
            <source>Melewati batas waktu</source>
            <translation>Past the time limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="104" />
            <source>Tanpa batas waktu</source>
            <translation>No time limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="105" />
            <source>Belum ditanggapi akhir bulan</source>
            <translation>Unanswered at month end</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="106" />
            <source>Belum ditanggapi dan lewat batas waktu</source>
            <translation>Unanswered and past the time limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="107" />
            <source>Rata-rata (jam)</source>
            <translation>Average (hours)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="108" />
            <source>Median (jam)</source>
            <translation>Median (hours)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="109" />
            <source>Terlama (jam)</source>
            <translation>Longest (hours)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="110" />
            <source>Rata-rata (hari kerja)</source>
            <translation>Average (working days)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="111" />
            <source>Terlama (hari kerja)</source>
            <translation>Longest (working days)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="112" />
            <source>Keputusan rujuk lanjutan</source>
            <translation>Decisions to refer onward</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="113" />
            <source>Rujuk ke layanan kesehatan</source>
            <translation>Referred to health services</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="114" />
            <source>Terminasi: dirujuk ke balai / panti</source>
            <translation>Termination: referred to a balai / panti</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="115" />
            <source>Terminasi: diserahkan ke instansi lain</source>
            <translation>Termination: handed over to another agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="116" />
            <source>Datang langsung</source>
            <translation>In person</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="117" />
            <source>Surat</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="118" />
            <source>Kotak saran</source>
            <translation>Suggestion box</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="119" />
            <source>Laman (website)</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="120" />
            <source>Telepon</source>
            <translation>Telephone</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="121" />
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="122" />
            <source>Pos-el (e-mail)</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="123" />
            <source>SP4N LAPOR!</source>
            <translation>SP4N LAPOR!</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="124" />
            <source>Januari</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="125" />
            <source>Februari</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="126" />
            <source>Maret</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="127" />
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="128" />
            <source>Mei</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="129" />
            <source>Juni</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="130" />
            <source>Juli</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="131" />
            <source>Agustus</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="132" />
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="133" />
            <source>Oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="134" />
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/recap_view.py" line="135" />
            <source>Desember</source>
            <translation>December</translation>
        </message>
    </context>
    <context>
        <name>RegisterImportWizard</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="42" />
            <source>Register (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
            <translation>Register (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="59" />
            <source>Impor register klien lama</source>
            <translation>Import an old client register</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="62" />
            <source>&lt; Kembali</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="63" />
            <source>Lanjut &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="64" />
            <source>Selesai</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="65" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="109" />
            <source>Pilih berkas cadangan</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="110" />
            <source>Cadangan Rumah Singgah (*.rsbak *.sqlite);;Semua berkas (*)</source>
            <translation>Rumah Singgah backups (*.rsbak *.sqlite);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="117" />
            <source>Pilih berkas cadangan lebih dulu.</source>
            <translation>Choose a backup file first.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="123" />
            <source>Isi nama pengguna dan kata sandi.</source>
            <translation>Enter the user name and the password.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="126" />
            <source>Isi kunci pemulihan.</source>
            <translation>Enter the recovery key.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="129" />
            <source>Memulihkan… (basis data lama disisihkan, tidak dihapus)</source>
            <translation>Restoring… (the old database is set aside, not deleted)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="164" />
            <source>Pulihkan dari cadangan</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="166" />
            <source>Basis data diganti dengan isi cadangan. Basis data yang sekarang (juga bila rusak atau hilang) disisihkan ke folder 'disisihkan-...', tidak ditimpa. Cukup berkas cadangan dan kata sandi akun di dalamnya, atau kunci pemulihan.</source>
            <translation>The database is replaced by the backup's content. The current database (also when damaged or missing) is set aside in a folder 'disisihkan-...', not overwritten. The backup file and the password of an account in it, or the recovery key, are enough.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="169" />
            <source>&amp;Berkas cadangan:</source>
            <translation>&amp;Backup file:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="171" />
            <source>&amp;Pilih…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="172" />
            <source>Dengan nama pengguna dan kata sandi</source>
            <translation>With user name and password</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="173" />
            <source>Dengan kunci pemulihan</source>
            <translation>With the recovery key</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="174" />
            <source>&amp;Nama pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="176" />
            <source>&amp;Kata sandi:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="178" />
            <source>K&amp;unci pemulihan:</source>
            <translation>Recovery &amp;key:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="180" />
            <source>&amp;Pulihkan</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/restore_dialog.py" line="181" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>ServiceLevelDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="73" />
            <source>Capaian Standar Pelayanan</source>
            <translation>Service standard performance</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="81" />
            <source>&amp;Tampilkan</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="85" />
            <source>Standar</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="85" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="85" />
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="90" />
            <source>Langkah</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="86" />
            <source>Batas waktu</source>
            <translation>Time limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="86" />
            <source>Tepat waktu</source>
            <translation>On time</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="87" />
            <source>Terlambat</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="87" />
            <source>Terbuka, lewat batas</source>
            <translation>Open, past the limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="88" />
            <source>Terbuka, dalam batas</source>
            <translation>Open, within the limit</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="89" />
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="92" />
            <source>Nomor kasus</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="89" />
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="92" />
            <source>Nama</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="90" />
            <source>Peran yang wajib</source>
            <translation>Role that owes it</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="91" />
            <source>Jatuh tempo</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="91" />
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="94" />
            <source>Keadaan</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="93" />
            <source>Hari ke</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="93" />
            <source>Batas tinggal (hari)</source>
            <translation>Stay limit (days)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="95" />
            <source>Per standar dan langkah</source>
            <translation>By standard and step</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="96" />
            <source>Kasus terbuka: langkah jatuh tempo</source>
            <translation>Open cases: steps due</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="97" />
            <source>Lama tinggal</source>
            <translation>Length of stay</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="99" />
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="102" />
            <source>Fasilitas:</source>
            <translation>Facility:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="104" />
            <source>Periode:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="124" />
            <source>Semua fasilitas</source>
            <translation>All facilities</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/service_level_view.py" line="170" />
            <source>&lt;b&gt;{0}&lt;/b&gt; kasus masuk pada periode ini. Pengaduan: &lt;b&gt;{1}&lt;/b&gt; diterima, &lt;b&gt;{2}&lt;/b&gt; ditanggapi tepat waktu, &lt;b&gt;{3}&lt;/b&gt; ditanggapi melewati batas, &lt;b&gt;{4}&lt;/b&gt; belum ditanggapi dan lewat batas, &lt;b&gt;{5}&lt;/b&gt; belum ditanggapi dalam batas.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; cases came in this period. Complaints: &lt;b&gt;{1}&lt;/b&gt; received, &lt;b&gt;{2}&lt;/b&gt; answered on time, &lt;b&gt;{3}&lt;/b&gt; answered late, &lt;b&gt;{4}&lt;/b&gt; unanswered and past the limit, &lt;b&gt;{5}&lt;/b&gt; unanswered within the limit.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="316" />
            <source>Pilih logo instansi</source>
            <translation>Choose the agency logo</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="317" />
            <source>Gambar (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="353" />
            <source>NIP harus 18 angka (baris {0}).</source>
            <translation>An NIP has 18 digits (row {0}).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="423" />
            <source>Pengaturan</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="424" />
            <source>Fasilitas</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="425" />
            <source>Kop surat instansi</source>
            <translation>Agency letterhead</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="426" />
            <source>Penanda tangan surat</source>
            <translation>Letter signatories</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="427" />
            <source>Komputer ini</source>
            <translation>This computer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="429" />
            <source>&amp;Nama:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="302" />
            <source>Kantor penerbit baru</source>
            <translation>New issuing office</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="303" />
            <source>Nama kantor penerbit surat:</source>
            <translation>Name of the issuing office:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="307" />
            <source>{0} (baru)</source>
            <translation>{0} (new)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="429" />
            <source>&amp;Alamat:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="429" />
            <source>&amp;Fasilitas:</source>
            <translation>&amp;Facility:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="430" />
            <source>&amp;Telepon:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="430" />
            <source>&amp;Kapasitas (orang):</source>
            <translation>&amp;Capacity (people):</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="431" />
            <source>&amp;Zona waktu:</source>
            <translation>Time &amp;zone:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="433" />
            <source>Hari libur &amp;kantor…</source>
            <translation>Office &amp;holidays…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="434" />
            <source>Kantor ba&amp;ru…</source>
            <translation>Ne&amp;w office…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="436" />
            <source>&amp;Pemerintah:</source>
            <translation>&amp;Government:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="436" />
            <source>&amp;Instansi:</source>
            <translation>A&amp;gency:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="436" />
            <source>Kantor pe&amp;nerbit:</source>
            <translation>Issuing o&amp;ffice:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="437" />
            <source>Ala&amp;mat:</source>
            <translation>Add&amp;ress:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="438" />
            <source>Tele&amp;pon:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="438" />
            <source>&amp;Situs web:</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="438" />
            <source>&amp;Kota surat:</source>
            <translation>Letter &amp;city:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="439" />
            <source>&amp;Ukuran kertas:</source>
            <translation>&amp;Paper size:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="439" />
            <source>Kode kantor (nomor surat):</source>
            <translation>Office code (letter numbers):</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="440" />
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="442" />
            <source>Pilih &amp;logo…</source>
            <translation>Choose &amp;logo…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="444" />
            <source>Nama</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="444" />
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="444" />
            <source>Jabatan</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="444" />
            <source>Pangkat / golongan</source>
            <translation>Rank / grade</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="446" />
            <source>Kepala Dinas</source>
            <translation>Head of Agency</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="446" />
            <source>Kepala Bidang</source>
            <translation>Head of Division</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="446" />
            <source>Kepala Panti / RS</source>
            <translation>Head of Shelter</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="447" />
            <source>Petugas</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="448" />
            <source>Kunci layar setelah (&amp;menit):</source>
            <translation>Lock screen after (&amp;minutes):</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="449" />
            <source>&amp;Bahasa:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="451" />
            <source> menit</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="452" />
            <source>&amp;Simpan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/settings_view.py" line="453" />
            <source>&amp;Tutup</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="405" />
            <source>Penyiapan Rumah Singgah</source>
            <translation>Rumah Singgah set-up</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="406" />
            <source>&amp;Lanjut &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="407" />
            <source>&lt; &amp;Kembali</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="408" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="409" />
            <source>&amp;Selesai</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="411" />
            <source>&amp;Pulihkan dari cadangan…</source>
            <translation>&amp;Restore from a backup…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="413" />
            <source>Ber&amp;gabung ke rumah singgah (meja baru)…</source>
            <translation>&amp;Join a shelter (new desk)…</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="61" />
            <source>{0} menit {1} detik</source>
            <translation>{0} min {1} s</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="63" />
            <source>{0} detik</source>
            <translation>{0} seconds</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="64" />
            <source>Terlalu banyak percobaan yang salah. Coba lagi dalam {0}.</source>
            <translation>Too many wrong attempts. Try again in {0}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="158" />
            <source>Isi nama pengguna dan kata sandi.</source>
            <translation>Enter the user name and the password.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="161" />
            <source>Memeriksa…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="180" />
            <source>Basis data dipulihkan dari cadangan. Silakan masuk.</source>
            <translation>The database was restored from the backup. Please sign in.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="182" />
            <source>Berkas sebelumnya disisihkan di {0}.</source>
            <translation>The previous files were set aside in {0}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="193" />
            <source>Basis data bermasalah</source>
            <translation>Problem with the database</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="194" />
            <source>Basis data tidak lolos pemeriksaan saat masuk ({0}). Data hanya dapat dibaca; tidak ada yang dapat disimpan. Pulihkan dari cadangan sekarang?</source>
            <translation>The database failed its check at sign-in ({0}). The data can only be read; nothing can be saved. Restore from a backup now?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="200" />
            <source>Hanya baca</source>
            <translation>Read only</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="201" />
            <source>Basis data dibuka hanya untuk dibaca. Pulihkan dari cadangan secepatnya (jendela masuk, tombol 'Pulihkan dari cadangan').</source>
            <translation>The database is open for reading only. Restore from a backup soon (sign-in window, button 'Restore from a backup').</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="226" />
            <source>Ganti pengguna</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="226" />
            <source>Masuk</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="228" />
            <source>Aplikasi layanan rumah singgah dan panti sosial</source>
            <translation>Service application for social shelters</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="230" />
            <source>Masuk sebagai petugas lain. Pekerjaan yang terbuka tetap tersimpan.</source>
            <translation>Sign in as another officer. Open work is kept.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="232" />
            <source>Masukkan nama pengguna dan kata sandi Anda untuk membuka data.</source>
            <translation>Enter your user name and password to open the data.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="233" />
            <source>&amp;Nama pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="234" />
            <source>&amp;Kata sandi:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="235" />
            <source>&amp;Masuk</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="236" />
            <source>&amp;Batal</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="237" />
            <source>&amp;Pulihkan dari cadangan…</source>
            <translation>&amp;Restore from a backup…</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="590" />
            <source>Catat tahap pengaduan</source>
            <translation>Record a complaint stage</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="602" />
            <source>&amp;Tahap:</source>
            <translation>&amp;Stage:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="603" />
            <source>&amp;Waktu:</source>
            <translation>&amp;Time:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="604" />
            <source>&amp;Catatan:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="605" />
            <source>&amp;Isi tanggapan:</source>
            <translation>Res&amp;ponse:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="611" />
            <source>Simpan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/complaints_view.py" line="613" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="82" />
            <source>Ekspor paket sinkronisasi</source>
            <translation>Export sync bundle</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="83" />
            <source>Impor paket sinkronisasi</source>
            <translation>Import sync bundle</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="95" />
            <source>Pilih...</source>
            <translation>Choose...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="86" />
            <source>Simpan untuk satu meja apa yang belum diterimanya, ke berkas terkunci, lalu bawa ke meja itu (flashdisk, surel atau WhatsApp).</source>
            <translation>Save what one desk has not yet received to a locked file, then take it to that desk (flash drive, e-mail or WhatsApp).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="88" />
            <source>Gabungkan paket dari meja lain. Isian yang diubah di dua meja disimpan sebagai konflik untuk ditinjau; mengimpor paket yang sama dua kali tidak mengubah apa pun. Pilih semua bagian paket sekaligus bila ada.</source>
            <translation>Merge a bundle from another desk. A field changed on two desks is kept as a conflict to review; importing the same bundle twice changes nothing. Choose all the parts of a bundle at once when there are several.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="94" />
            <source>Pilih berkas .rssync</source>
            <translation>Choose a .rssync file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="105" />
            <source>Satu berkas (flashdisk)</source>
            <translation>One file (flash drive)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="106" />
            <source>Bagian untuk surel (maks. 18 MB)</source>
            <translation>Parts for e-mail (max. 18 MB)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="107" />
            <source>Bagian untuk WhatsApp (maks. 95 MB)</source>
            <translation>Parts for WhatsApp (max. 95 MB)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="113" />
            <source>Semua data (bukan hanya yang belum diterima)</source>
            <translation>All data (not only what is missing)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="117" />
            <source>Untuk meja</source>
            <translation>For desk</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="118" />
            <source>Berkas paket</source>
            <translation>Bundle file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="120" />
            <source>Ukuran</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="121" />
            <source>Kata sandi paket</source>
            <translation>Bundle passphrase</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="123" />
            <source>Ulangi kata sandi</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="135" />
            <source>Batal</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="137" />
            <source>Ekspor</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="137" />
            <source>Impor</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="211" />
            <source>Paket disimpan ({0} baris data, {1} lampiran):</source>
            <translation>Bundle saved ({0} rows, {1} attachments):</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="170" />
            <source>Pilih berkas paket terlebih dahulu.</source>
            <translation>Choose the bundle file first.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="173" />
            <source>Belum ada meja lain. Undang meja baru dulu, atau centang Semua data.</source>
            <translation>There is no other desk yet. Invite a new desk first, or tick All data.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="176" />
            <source>Kata sandi paket minimal {0} karakter.</source>
            <translation>The bundle passphrase needs at least {0} characters.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="178" />
            <source>Kedua kata sandi tidak sama.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="187" />
            <source>Sedang bekerja...</source>
            <translation>Working...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/sync_dialog.py" line="222" />
            <source>Tutup</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>TimelineEntryDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/timeline_dialog.py" line="57" />
            <source>Catatan kasus</source>
            <translation>Case entry</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/timeline_dialog.py" line="75" />
            <source>mis. salah ketik nama Puskesmas</source>
            <translation>e.g. the Puskesmas name was mistyped</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/timeline_dialog.py" line="76" />
            <source>Alasan koreksi</source>
            <translation>Reason for the correction</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/timeline_dialog.py" line="78" />
            <source>Ubah isian yang salah, tulis alasannya, lalu simpan. Nilai lama tetap tersimpan di riwayat di bawah.</source>
            <translation>Change what is wrong, write the reason, then save. The old values stay in the history below.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/timeline_dialog.py" line="86" />
            <source>&amp;Simpan koreksi</source>
            <translation>&amp;Save correction</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/timeline_dialog.py" line="89" />
            <source>Riwayat koreksi</source>
            <translation>Correction history</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/timeline_dialog.py" line="105" />
            <source>&amp;Tutup</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/timeline_dialog.py" line="139" />
            <source>Dicatat oleh {who}, {when}</source>
            <translation>Recorded by {who}, {when}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/timeline_dialog.py" line="173" />
            <source>Belum pernah dikoreksi.</source>
            <translation>Never corrected.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/timeline_dialog.py" line="180" />
            <source>Alasan: {0}</source>
            <translation>Reason: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/timeline_dialog.py" line="203" />
            <source>Tidak ada yang berubah: ubah isian yang salah dahulu.</source>
            <translation>Nothing changed: change what is wrong first.</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="108" />
            <source>Atur ulang kata sandi</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="109" />
            <source>Kata sandi baru untuk {0}:</source>
            <translation>New password for {0}:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="182" />
            <source>Aktif</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="182" />
            <source>Nonaktif</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="198" />
            <source>&amp;Nonaktifkan</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="199" />
            <source>&amp;Aktifkan</source>
            <translation>&amp;Enable</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="231" />
            <source>Mengenkripsi ulang basis data</source>
            <translation>Re-encrypting the database</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="232" />
            <source>Mengenkripsi ulang lampiran</source>
            <translation>Re-encrypting attachments</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="233" />
            <source>Menulis berkas kunci</source>
            <translation>Writing the key file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="240" />
            <source>Ganti kunci</source>
            <translation>Rotate key</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="241" />
            <source>Basis data, lampiran dan berkas kunci dienkripsi ulang dengan kunci baru. Salinan lama berkas kunci tidak dapat membuka apa pun yang ditulis sesudah ini. Meja lain harus masuk ulang. Lanjutkan?</source>
            <translation>The database, attachments and key file are re-encrypted under a new key. Old copies of the key file cannot open anything written after this. Other desks must sign in again. Continue?</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="247" />
            <source>Mengganti kunci…</source>
            <translation>Rotating the key…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="249" />
            <source>Kunci basis data telah diganti.</source>
            <translation>The database key was rotated.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="257" />
            <source>Petugas {0} ditambahkan.</source>
            <translation>Officer {0} added.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="266" />
            <source>Menonaktifkan dan mengganti kunci…</source>
            <translation>Disabling and rotating the key…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="269" />
            <source>Akun {0} diaktifkan.</source>
            <translation>Account {0} enabled.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="270" />
            <source>Akun {0} dinonaktifkan.</source>
            <translation>Account {0} disabled.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="282" />
            <source>Kata sandi {0} telah diatur ulang.</source>
            <translation>The password of {0} has been reset.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="290" />
            <source>Pengguna</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="291" />
            <source>Akun petugas di komputer ini. Akun tidak dihapus; nonaktifkan akun petugas yang sudah tidak bertugas.</source>
            <translation>Officer accounts on this computer. Accounts are never deleted; disable the account of an officer who has left.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="293" />
            <source>Nama pengguna</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="293" />
            <source>Nama</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="294" />
            <source>Peran</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="294" />
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="295" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="296" />
            <source>&amp;Tambah petugas…</source>
            <translation>&amp;Add officer…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="297" />
            <source>Atur ulang &amp;kata sandi…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="298" />
            <source>Ganti k&amp;unci…</source>
            <translation>Rotate &amp;key…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/users_view.py" line="299" />
            <source>&amp;Tutup</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>_AdminPage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="713" />
            <source>Kedua kata sandi tidak sama.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="715" />
            <source>Menyiapkan data terenkripsi…</source>
            <translation>Preparing the encrypted data…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="731" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="732" />
            <source>Akun pertama. Administrator menambah petugas lain dan mengatur hak aksesnya.</source>
            <translation>The first account. The administrator adds other officers and sets their access.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="735" />
            <source>Nama &amp;lengkap:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="735" />
            <source>Nama &amp;pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="736" />
            <source>&amp;Kata sandi:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="736" />
            <source>&amp;Ulangi kata sandi:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
    </context>
    <context>
        <name>_ColumnsPage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="177" />
            <source>2. Kolom</source>
            <translation>2. Columns</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="178" />
            <source>Periksa kolom mana berisi apa. Saran diambil dari judul kolom; bidang bertanda * wajib.</source>
            <translation>Check which column holds what. Suggestions come from the column headings; fields marked * are required.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="181" />
            <source>Bidang</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="181" />
            <source>Kolom di register</source>
            <translation>Column in the register</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="182" />
            <source>Contoh isi (baris pertama)</source>
            <translation>Example (first row)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="192" />
            <source>&amp;Simpan pemetaan ke berkas...</source>
            <translation>&amp;Save the mapping to a file...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="211" />
            <source>(tidak ada)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="255" />
            <source>Simpan pemetaan kolom</source>
            <translation>Save the column mapping</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="260" />
            <source>Pemetaan disimpan: {0}</source>
            <translation>Mapping saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>_FacilityPage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="658" />
            <source>Kode fasilitas 2-6 huruf atau angka, misalnya BJM.</source>
            <translation>The facility code has 2-6 letters or digits, for example BJM.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="515" />
            <source>Ketik alamat server basis data.</source>
            <translation>Type the address of the database server.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="516" />
            <source>Alamat harus diawali postgresql://, misalnya {0}.</source>
            <translation>The address must start with postgresql://, for example {0}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="517" />
            <source>Alamat tidak boleh berisi spasi.</source>
            <translation>The address must not contain spaces.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="518" />
            <source>Alamat tanpa nama server, misalnya {0}.</source>
            <translation>The address has no server name, for example {0}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="519" />
            <source>Nomor port harus angka 1 sampai 65535, misalnya 5432.</source>
            <translation>The port must be a number from 1 to 65535, for example 5432.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="520" />
            <source>Alamat tanpa nama basis data di akhir, misalnya {0}.</source>
            <translation>The address has no database name at its end, for example {0}.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="543" />
            <source>Tekan 'Uji sambungan' untuk mencoba alamat ini.</source>
            <translation>Press 'Test connection' to try this address.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="553" />
            <source>Basis data di server ini sudah disiapkan: data fasilitas tidak perlu diisi lagi. Tekan Lanjut, lalu masuk dengan akun Anda.</source>
            <translation>The database on this server is already set up: the facility need not be entered again. Press Next, then sign in with your account.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="558" />
            <source>Tersambung ke {0} (PostgreSQL {1}).</source>
            <translation>Connected to {0} (PostgreSQL {1}).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="560" />
            <source>Sambungan terenkripsi (TLS).</source>
            <translation>The connection is encrypted (TLS).</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="561" />
            <source>Sambungan TIDAK terenkripsi (tanpa TLS). Pakai hanya di jaringan kantor yang tepercaya, atau minta administrator server menyalakan TLS.</source>
            <translation>The connection is NOT encrypted (no TLS). Use it only on a trusted office network, or ask the server's administrator to turn TLS on.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="563" />
            <source>Basis data ini sudah disiapkan: tekan Lanjut untuk masuk.</source>
            <translation>This database is already set up: press Next to sign in.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="565" />
            <source>Basis data ini belum disiapkan: isi data fasilitas, lalu Lanjut.</source>
            <translation>This database is not set up yet: enter the facility, then Next.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="580" />
            <source>Menghubungi server…</source>
            <translation>Contacting the server…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="654" />
            <source>Isi nama dan kode fasilitas.</source>
            <translation>Enter the facility's name and code.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="664" />
            <source>Tempat data dan fasilitas</source>
            <translation>Data location and facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="665" />
            <source>Di mana data disimpan, lalu rumah singgah atau panti yang memakai aplikasi ini. Kode fasilitas menjadi awalan nomor kasus.</source>
            <translation>Where the data is kept, then the shelter or social home that uses this application. The facility code becomes the prefix of case numbers.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="668" />
            <source>Tempat data</source>
            <translation>Data location</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="669" />
            <source>Simpan data di komputer &amp;ini</source>
            <translation>Keep the data on &amp;this computer</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="670" />
            <source>Basis &amp;data di server kantor (PostgreSQL)</source>
            <translation>&amp;Database on the office server (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="671" />
            <source>&amp;Alamat:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="673" />
            <source>&amp;Uji sambungan</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="674" />
            <source>&amp;Nama fasilitas:</source>
            <translation>Facility &amp;name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="675" />
            <source>&amp;Kode:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="675" />
            <source>&amp;Jenis:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="678" />
            <source>Rumah Singgah Dinas Sosial Kota …</source>
            <translation>Rumah Singgah Dinas Sosial Kota …</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="679" />
            <source>mis. BJM</source>
            <translation>e.g. BJM</translation>
        </message>
    </context>
    <context>
        <name>_FilePage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="90" />
            <source>1. Berkas register</source>
            <translation>1. Register file</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="91" />
            <source>Pilih berkas Excel (XLSX, XLS), ODS atau CSV berisi register klien lama, dan fasilitas tujuan.</source>
            <translation>Choose the Excel (XLSX, XLS), ODS or CSV file holding the old client register, and the facility it belongs to.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="95" />
            <source>&amp;Pilih berkas...</source>
            <translation>&amp;Choose file...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="113" />
            <source>Berkas</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="114" />
            <source>Lembar</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="115" />
            <source>Fasilitas tujuan</source>
            <translation>Facility</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="116" />
            <source>Standar pelayanan kasus lama</source>
            <translation>Service standard of the old stays</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="117" />
            <source>Sumber kedatangan bila kolomnya kosong</source>
            <translation>Source of arrival when its column is empty</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="150" />
            <source>Membaca berkas...</source>
            <translation>Reading the file...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="165" />
            <source>Lembar '{0}': {1} baris data, judul kolom di baris {2}.</source>
            <translation>Sheet '{0}': {1} data rows, column headings on row {2}.</translation>
        </message>
    </context>
    <context>
        <name>_JoinPage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="844" />
            <source>Paket Rumah Singgah (*.rssync*);;Semua berkas (*)</source>
            <translation>Rumah Singgah bundles (*.rssync*);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="863" />
            <source>Kedua kata sandi tidak sama.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="865" />
            <source>Membuka paket dan menyiapkan meja baru…</source>
            <translation>Opening the bundle and setting up the new desk…</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="881" />
            <source>Bergabung ke rumah singgah (meja baru)</source>
            <translation>Join a shelter (new desk)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="882" />
            <source>Komputer ini menjadi meja baru dari rumah singgah yang sudah memakai aplikasi ini.</source>
            <translation>This computer becomes a new desk of a shelter that already uses the application.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="885" />
            <source>Di meja yang sudah ada, petugas kantor membuat paket bergabung dengan perintah 'rumahsinggah desk invite'. Pilih paket itu, ketik kata sandi paketnya, lalu akun shelter yang bekerja di meja ini dengan kata sandi barunya di meja ini.</source>
            <translation>On an existing desk, office staff make a join bundle with the command 'rumahsinggah desk invite'. Choose that bundle, type its passphrase, then the shelter account that works at this desk and its new password on this desk.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="889" />
            <source>&amp;Paket bergabung:</source>
            <translation>&amp;Join bundle:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="889" />
            <source>Kata sandi &amp;paket:</source>
            <translation>Bundle &amp;passphrase:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="890" />
            <source>Nama &amp;pengguna:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="890" />
            <source>&amp;Kata sandi baru:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="891" />
            <source>&amp;Ulangi kata sandi:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="893" />
            <source>&amp;Pilih…</source>
            <translation>&amp;Choose…</translation>
        </message>
    </context>
    <context>
        <name>_KeyPage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="773" />
            <source>Kunci pemulihan Rumah Singgah</source>
            <translation>Rumah Singgah recovery key</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="774" />
            <source>Simpan kertas ini di tempat terkunci. Kunci ini membuka data bila kata sandi administrator hilang.</source>
            <translation>Keep this paper locked away. This key opens the data if the administrator's password is lost.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="789" />
            <source>Kunci pemulihan</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="790" />
            <source>Ditampilkan sekali ini saja.</source>
            <translation>Shown this once only.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="792" />
            <source>Catat atau cetak kunci pemulihan di bawah ini dan simpan di tempat terkunci. Tanpa kunci ini, data tidak dapat dibuka bila kata sandi administrator hilang. Kunci ini tidak akan ditampilkan lagi.</source>
            <translation>Write down or print the recovery key below and keep it locked away. Without it the data cannot be opened if the administrator's password is lost. The key will not be shown again.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/signin.py" line="795" />
            <source>&amp;Cetak…</source>
            <translation>&amp;Print…</translation>
        </message>
    </context>
    <context>
        <name>_PreviewPage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="265" />
            <source>Baris</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="266" />
            <source>Nama</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="267" />
            <source>JK</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="268" />
            <source>Tanggal lahir</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="269" />
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="270" />
            <source>Masuk</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="271" />
            <source>Keluar</source>
            <translation>Left</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="272" />
            <source>Keterangan</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="278" />
            <source>3. Pratinjau</source>
            <translation>3. Preview</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="279" />
            <source>Baris pertama sebagaimana akan disimpan. Baris yang ditolak diberi alasannya; perbaiki di berkas, atau lanjutkan dan simpan daftar baris yang ditolak.</source>
            <translation>The first rows as they will be stored. Rejected rows carry their reason; fix them in the file, or go on and save the list of rejected rows.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="302" />
            <source>± {0} (perkiraan)</source>
            <translation>± {0} (estimated)</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="309" />
            <source>DITOLAK: {0}</source>
            <translation>REJECTED: {0}</translation>
        </message>
    </context>
    <context>
        <name>_RunPage</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="323" />
            <source>4. Impor</source>
            <translation>4. Import</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="324" />
            <source>Uji coba menampilkan hasilnya tanpa menyimpan apa pun. Impor sungguhan membuat cadangan dulu, lalu menyimpan semuanya dalam satu langkah.</source>
            <translation>A trial run shows the result without saving anything. The real import makes a backup first, then saves everything in one step.</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="327" />
            <source>&amp;Uji coba</source>
            <translation>&amp;Trial run</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="329" />
            <source>&amp;Impor sekarang</source>
            <translation>&amp;Import now</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="331" />
            <source>Simpan baris &amp;ditolak (CSV)...</source>
            <translation>Save &amp;rejected rows (CSV)...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="339" />
            <source>%v dari %m baris</source>
            <translation>%v of %m rows</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="343" />
            <source>Baris</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="343" />
            <source>Hasil</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="344" />
            <source>Alasan / catatan</source>
            <translation>Reason / note</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="367" />
            <source>Sedang mengimpor...</source>
            <translation>Importing...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="368" />
            <source>Sedang menguji...</source>
            <translation>Trying...</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="408" />
            <source>Simpan baris yang ditolak</source>
            <translation>Save the rejected rows</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/register_import.py" line="413" />
            <source>Baris yang ditolak disimpan: {0}</source>
            <translation>Rejected rows saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>common</name>
        <message>
            <location filename="../../src/rumahsinggah/gui/common.py" line="71" />
            <source>Terjadi kesalahan yang tidak terduga: {0}</source>
            <translation>An unexpected error occurred: {0}</translation>
        </message>
        <message>
            <location filename="../../src/rumahsinggah/gui/common.py" line="78" />
            <source>Tidak berhasil</source>
            <translation>Not done</translation>
        </message>
    </context>
</TS>