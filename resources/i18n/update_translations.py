"""Refresh the translation sources and build the .qm files.

    /work/venv/bin/python resources/i18n/update_translations.py

1. ``pyside6-lupdate`` extracts every ``self.tr(...)`` / ``QCoreApplication.translate(...)``
   of ``src/rumahsinggah/gui`` into ``rumahsinggah_en.ts`` (existing translations are kept).
2. Texts lupdate cannot see are added: action texts marked ``N("MainWindow", "...")`` in
   ``gui/main_window.py`` and the vocabulary labels of ``core.vocab`` (context "vocab").
3. Messages still untranslated get the English of :data:`ENGLISH` below, if it has them.
4. ``pyside6-lrelease`` builds ``rumahsinggah_en.qm`` (committed, so no build step is needed).

The source language is Indonesian; a message without a translation shows in Indonesian.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GUI = ROOT / "src" / "rumahsinggah" / "gui"
TS = HERE / "rumahsinggah_en.ts"
QM = HERE / "rumahsinggah_en.qm"
BIN = Path(sys.executable).parent

ENGLISH = {
    # board
    "Nomor kasus": "Case number", "Nama (panggilan)": "Name (nickname)",
    "Fasilitas": "Facility", "Kategori PMKS": "PMKS category", "Status": "Status",
    "Hari ke-": "Day", "Batas tinggal": "Stay limit", "Tenggat layanan": "Service deadlines",
    "Hari ke-{0} dari batas {1} hari": "Day {0} of a {1}-day limit",
    "Terlambat ({0} langkah)": "Overdue ({0} steps)", "Tepat waktu": "On time",
    "Dalam batas": "Within limit", "Mendekati {0} hari": "Approaching {0} days",
    "Lewat {0} hari": "Past {0} days", "Semua": "All", "Mendekati batas": "Approaching limit",
    "Lewat batas": "Past limit", "{0} klien": "{0} clients",
    "{0} penghuni ditampilkan": "{0} residents shown", "Papan Penghuni": "Resident Board",
    "Siapa yang sedang menghuni dan siapa yang perlu ditindaklanjuti hari ini.":
        "Who is staying now and who needs action today.",
    "Penghuni saat ini": "Current residents", "Mendekati batas 21 hari": "Approaching 21 days",
    "Lewat batas 21 hari": "Past 21 days", "Langkah layanan terlambat": "Overdue service steps",
    "Menunggu keputusan": "Awaiting decision", "&Cari:": "&Search:",
    "Nama, nama panggilan, NIK atau nomor kasus (Ctrl+F)":
        "Name, nickname, NIK or case number (Ctrl+F)",
    "&Fasilitas:": "&Facility:", "S&tatus:": "S&tatus:", "&Kategori:": "&Category:",
    "&Batas tinggal:": "Stay &limit:", "Semua klien": "All clients",
    "L/P": "M/F", "Kasus terakhir": "Latest case", "Status terakhir": "Latest status",
    "menghuni": "staying",
    # record
    "NIK {0}": "NIK {0}", "Tanpa NIK": "No NIK", "sekitar {0}": "about {0}",
    "lahir {0}": "born {0}", "Sedang menghuni: {0}, {1}, sejak {2}":
        "Staying now: {0}, {1}, since {2}",
    "Belum ada\nfoto": "No photo\nyet", "{0} catatan": "entries: {0}", "Daftar surat": "Letters", "belum ada": "none yet",
    "Penerimaan": "Admission", "Asesmen": "Assessment",
    "Rencana intervensi": "Intervention plan", "Intervensi": "Intervention",
    "Resosialisasi": "Resocialisation", "Terminasi": "Termination",
    "Bimbingan lanjut": "Aftercare", "Keluarga": "Family",
    "Penelusuran keluarga": "Family tracing", "Tambah": "Added", "Ubah": "Changed",
    "Hapus": "Removed", "identitas": "identity", "kasus": "case", "lampiran": "attachment",
    "keluarga": "family", "Telepon": "Telephone", "Kunjungan": "Visit",
    "Surat dinas": "Official letter", "Media sosial": "Social media", "Ditemukan": "Found",
    "Tidak ditemukan": "Not found", "Menunggu": "Waiting", "Pindaian KTP": "ID card scan",
    "Pindaian KK": "Family card scan", "Foto": "Photo", "Surat": "Letter",
    "Surat penjamin": "Guarantee letter", "Dokumentasi": "Documentation", "Lainnya": "Other",
    "Tidak ada perubahan untuk disimpan.": "There are no changes to save.",
    "Pilih foto klien": "Choose the client's photo",
    "Gambar (*.png *.jpg *.jpeg)": "Images (*.png *.jpg *.jpeg)",
    "Pilih berkas pindaian": "Choose a scanned file",
    "Pindaian (*.pdf *.png *.jpg *.jpeg);;Semua berkas (*)":
        "Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)",
    "Berkas tidak dapat dibaca: {0}": "The file cannot be read: {0}",
    "Lampiran": "Attachments",
    "Tidak ada aplikasi untuk membuka berkas ini.": "No application can open this file.",
    "Identitas": "Identity", "Riwayat kasus": "Case history",
    "Keluarga && penelusuran": "Family && tracing", "Riwayat perubahan": "Change history",
    "Nama lengkap": "Full name", "Nama panggilan": "Nickname", "NIK": "NIK",
    "Nomor KK": "Family card no.", "Jenis kelamin": "Sex", "Tanggal lahir": "Date of birth",
    "Tanggal lahir perkiraan": "Date of birth estimated", "Tempat lahir": "Place of birth",
    "Agama": "Religion", "Alamat": "Address", "Desa / kelurahan": "Village",
    "Kecamatan": "District", "Kabupaten / kota": "Regency / city", "Provinsi": "Province",
    "Ciri-ciri fisik": "Physical description", "Catatan": "Notes",
    "&Simpan identitas": "&Save identity", "Ganti &foto\u2026": "Change &photo\u2026",
    "&Tambah pindaian\u2026": "&Add a scan\u2026", "&Buka": "&Open", "Jenis:": "Kind:",
    "Kasus / tahap": "Case / stage", "Tanggal": "Date", "Kegiatan": "Activity",
    "Keterangan": "Details", "Nama / tanggal": "Name / date",
    "Hubungan / cara": "Relationship / method", "Telepon / hasil": "Phone / result",
    "Nama berkas": "File name", "Jenis": "Kind", "Ditambahkan": "Added", "Ukuran": "Size",
    "Nomor surat": "Letter number", "Jenis surat": "Letter type",
    "Penanda tangan": "Signatory", "Waktu": "Time", "Petugas": "Officer",
    "Perubahan": "Change", "Rincian": "Details",
    # lock
    "Terkunci oleh {0}. Masukkan kata sandi untuk membuka.":
        "Locked by {0}. Enter the password to unlock.",
    "Layar terkunci": "Screen locked", "Kata sandi": "Password",
    "&Buka kunci": "&Unlock", "&Ganti pengguna": "S&witch user",
    # main window
    "Pendaftaran klien baru": "New client intake",
    "Wisaya pendaftaran belum terpasang pada versi ini.":
        "The intake wizard is not installed in this version.",
    "Enter\tBuka rekam klien yang dipilih": "Enter\tOpen the selected client's record",
    "Pintasan papan ketik": "Keyboard shortcuts", "Rekam klien": "Client record",
    "Perubahan belum disimpan": "Unsaved changes",
    "Identitas klien ini belum disimpan. Tutup tanpa menyimpan?":
        "This client's identity has not been saved. Close without saving?",
    "Masuk sebagai {0} ({1})": "Signed in as {0} ({1})", "Rumah Singgah": "Rumah Singgah",
    "&Berkas": "&File", "&Kasus": "&Cases", "&Tampilan": "&View",
    "&Pengaturan": "&Settings", "&Bantuan": "&Help",
    "Ada identitas klien yang belum disimpan. Keluar tanpa menyimpan?":
        "A client's identity has not been saved. Quit without saving?",
    "&Ganti pengguna\u2026": "S&witch user\u2026", "&Kunci layar": "&Lock screen",
    "&Keluar": "&Quit", "Pendaftaran klien &baru\u2026": "&New client intake\u2026",
    "&Buka rekam klien": "&Open client record",
    "Kasus &menunggu keputusan": "Cases &awaiting decision",
    "&Putuskan kasus (Kepala Bidang)\u2026": "&Decide a case (Head of Division)\u2026",
    "Penghuni &lewat batas 21 hari": "Residents &past 21 days",
    "&Cari klien": "&Find client", "&Muat ulang": "&Refresh",
    "&Papan Penghuni": "Resident &Board", "&Tutup tab": "&Close tab",
    "&Pengaturan\u2026": "&Settings\u2026", "Pen&gguna\u2026": "&Users\u2026",
    "Bahasa &Indonesia": "Bahasa &Indonesia", "&English": "&English",
    "&Pintasan papan ketik": "&Keyboard shortcuts",
    # settings
    "Pilih logo instansi": "Choose the agency logo",
    "NIP harus 18 angka (baris {0}).": "An NIP has 18 digits (row {0}).",
    "Pengaturan": "Settings", "Kop surat instansi": "Agency letterhead",
    "Penanda tangan surat": "Letter signatories", "Komputer ini": "This computer",
    "&Nama:": "&Name:", "Kode:": "Code:", "&Alamat:": "&Address:", "&Telepon:": "&Phone:",
    "&Kapasitas (orang):": "&Capacity (people):", "&Pemerintah:": "&Government:",
    "&Instansi:": "A&gency:", "Ala&mat:": "Add&ress:", "Tele&pon:": "P&hone:",
    "&Situs web:": "&Website:", "&Kota surat:": "Letter &city:",
    "&Ukuran kertas:": "&Paper size:", "Logo:": "Logo:", "Pilih &logo\u2026": "Choose &logo\u2026",
    "Nama": "Name", "NIP": "NIP", "Jabatan": "Position", "Kepala Dinas": "Head of Agency",
    "Kepala Bidang": "Head of Division", "Kepala Panti / RS": "Head of Shelter",
    "Kunci layar setelah (&menit):": "Lock screen after (&minutes):",
    "&Bahasa:": "&Language:", " menit": " minutes", "&Simpan": "&Save", "&Tutup": "&Close",
    # set-up and sign-in
    "Penyiapan Rumah Singgah": "Rumah Singgah set-up", "&Lanjut >": "&Next >",
    "< &Kembali": "< &Back", "&Batal": "&Cancel", "&Selesai": "&Finish",
    "{0} menit {1} detik": "{0} min {1} s", "{0} detik": "{0} seconds",
    "Terlalu banyak percobaan yang salah. Coba lagi dalam {0}.":
        "Too many wrong attempts. Try again in {0}.",
    "Isi nama pengguna dan kata sandi.": "Enter the user name and the password.",
    "Memeriksa\u2026": "Checking\u2026", "Ganti pengguna": "Switch user", "Masuk": "Sign in",
    "Aplikasi layanan rumah singgah dan panti sosial":
        "Service application for social shelters",
    "Masuk sebagai petugas lain. Pekerjaan yang terbuka tetap tersimpan.":
        "Sign in as another officer. Open work is kept.",
    "Masukkan nama pengguna dan kata sandi Anda untuk membuka data.":
        "Enter your user name and password to open the data.",
    "&Nama pengguna:": "&User name:", "&Kata sandi:": "&Password:", "&Masuk": "&Sign in",
    "Kedua kata sandi tidak sama.": "The two passwords differ.",
    "Menyiapkan data terenkripsi\u2026": "Preparing the encrypted data\u2026",
    "Administrator": "Administrator",
    "Akun pertama. Administrator menambah petugas lain dan mengatur hak aksesnya.":
        "The first account. The administrator adds other officers and sets their access.",
    "Nama &lengkap:": "&Full name:", "Nama &pengguna:": "&User name:",
    "&Ulangi kata sandi:": "&Repeat password:",
    "Kode fasilitas 2-6 huruf atau angka, misalnya BJM.":
        "The facility code has 2-6 letters or digits, for example BJM.",
    "Rumah singgah atau panti yang memakai aplikasi ini. Kode fasilitas menjadi awalan "
    "nomor kasus.": "The shelter that uses this application. The facility code prefixes "
    "case numbers.",
    "&Nama fasilitas:": "Facility &name:", "&Kode:": "&Code:", "&Jenis:": "&Kind:",
    "Rumah Singgah Dinas Sosial Kota \u2026": "Rumah Singgah Dinas Sosial Kota \u2026",
    "mis. BJM": "e.g. BJM", "Kunci pemulihan Rumah Singgah": "Rumah Singgah recovery key",
    "Simpan kertas ini di tempat terkunci. Kunci ini membuka data bila kata sandi "
    "administrator hilang.": "Keep this paper locked away. This key opens the data if the "
    "administrator's password is lost.",
    "Kunci pemulihan": "Recovery key", "Ditampilkan sekali ini saja.": "Shown this once only.",
    "Catat atau cetak kunci pemulihan di bawah ini dan simpan di tempat terkunci. Tanpa "
    "kunci ini, data tidak dapat dibuka bila kata sandi administrator hilang. Kunci ini "
    "tidak akan ditampilkan lagi.": "Write down or print the recovery key below and keep it "
    "locked away. Without it the data cannot be opened if the administrator's password is "
    "lost. The key will not be shown again.",
    "&Cetak\u2026": "&Print\u2026",
    # users
    "Tambah petugas": "Add officer", "&Peran:": "&Role:", "&NIP:": "&NIP:",
    "&Jabatan:": "P&osition:", "&Kata sandi awal:": "Initial &password:", "&Tambah": "&Add",
    "Atur ulang kata sandi": "Reset password",
    "Kata sandi baru untuk {0}:": "New password for {0}:", "Aktif": "Active",
    "Nonaktif": "Disabled", "&Nonaktifkan": "&Disable", "&Aktifkan": "&Enable",
    "Petugas {0} ditambahkan.": "Officer {0} added.", "Akun {0} diaktifkan.":
        "Account {0} enabled.", "Akun {0} dinonaktifkan.": "Account {0} disabled.",
    "Kata sandi {0} telah diatur ulang.": "The password of {0} has been reset.",
    "Pengguna": "Users",
    "Akun petugas di komputer ini. Akun tidak dihapus; nonaktifkan akun petugas yang sudah "
    "tidak bertugas.": "Officer accounts on this computer. Accounts are never deleted; "
    "disable the account of an officer who has left.",
    "Nama pengguna": "User name", "Peran": "Role", "&Tambah petugas\u2026": "&Add officer\u2026",
    "Atur ulang &kata sandi\u2026": "Reset &password\u2026",
    "Belum ada lampiran. Tambahkan pindaian KTP, KK, surat atau foto dengan tombol di atas.":
        "No attachments yet. Add a scan of an ID card, family card, letter or photo with the "
        "buttons above.",
    "Surat kasus {0}": "Letters of case {0}",
    "Belum ada surat untuk klien ini.": "No letters for this client yet.",
    "Belum ada perubahan yang tercatat.": "No changes recorded yet.",
    "Semua surat klien ini (semua kasus)": "All letters of this client (every case)",
    "{0} langkah, {1} terlambat":
        "{0} steps, {1} overdue", "selesai": "done", "batas": "due",
    "Selesai tepat waktu": "Done on time", "Selesai (terlambat)": "Done (late)",
    "Dalam batas waktu": "Within the time limit", "Segera jatuh tempo": "Due soon",
    "Terlambat": "Overdue", "Belum dimulai": "Not started", "Tidak berlaku": "Not applicable",
    "Cadangan harian tersimpan.": "Today's backup is saved.",
    "Cadangan harian gagal: {0}": "Today's backup failed: {0}",
    # letters (gui/letters)
    "Pratinjau surat": "Letter preview", "Cetak...": "Print...",
    "Simpan sebagai PDF...": "Save as PDF...", "Tutup": "Close",
    "Simpan surat sebagai PDF": "Save the letter as PDF", "Gagal menyimpan": "Not saved",
    "Berkas tidak dapat disimpan: {0}": "The file cannot be saved: {0}",
    "Gagal mencetak": "Not printed",
    "Printer tidak dapat dipakai. Periksa printer lalu coba lagi.":
        "The printer cannot be used. Check the printer and try again.",
    "Buat surat": "Make letter", "Buka / cetak ulang": "Open / reprint", "Nomor": "Number",
    "Versi": "Version", "Jenis surat:": "Letter type:", " (diralat)": " (corrected)",
    "{0} surat tersimpan": "{0} letters kept",
    "Surat tidak dapat dibuat": "The letter cannot be made",
    # common
    "Terjadi kesalahan yang tidak terduga: {0}": "An unexpected error occurred: {0}",
    "Tidak berhasil": "Not done",
    # vocabulary
    "Terdaftar": "Registered", "Identifikasi awal": "Initial identification",
    "Dalam pelayanan": "In service", "Dirujuk": "Referred",
    "Dirujuk ke layanan kesehatan": "Referred to health services", "Ditolak": "Rejected",
    "Selesai (terminasi)": "Closed (terminated)", "Pramu Sosial": "Social care worker",
    "Pekerja Sosial": "Social worker",
    "Kepala Bidang / Kepala Seksi": "Head of Division / Section",
    "Petugas Administrasi": "Administrative officer",
    "Razia / operasi penertiban": "Raid / public order operation",
    "Laporan masyarakat": "Public report", "Rujukan instansi": "Agency referral",
    "Rujukan antar daerah": "Inter-regional referral",
    "Permintaan langsung": "Direct request", "Laki-laki": "Male", "Perempuan": "Female",
    "Panti Sosial": "Social care home", "Rumah Perlindungan Sosial": "Social protection home",
    # gui/sync_dialog.py
    "Ekspor paket sinkronisasi...": "Export sync bundle...",
    "Impor paket sinkronisasi...": "Import sync bundle...",
    "Ekspor paket sinkronisasi": "Export sync bundle",
    "Impor paket sinkronisasi": "Import sync bundle",
    "Simpan perubahan sejak ekspor terakhir ke satu berkas terkunci, lalu bawa ke meja lain "
    "(misalnya dengan flashdisk).":
        "Save the changes since the last export into one locked file, then take it to the "
        "other desk (for example on a flash drive).",
    "Gabungkan berkas paket dari meja lain. Perubahan yang lebih baru menang; mengimpor paket "
    "yang sama dua kali tidak mengubah apa pun.":
        "Merge a bundle from another desk. Newer changes win; importing the same bundle twice "
        "changes nothing.",
    "Pilih berkas .rsbundle": "Choose a .rsbundle file",
    "Pilih...": "Choose...",
    "Batal": "Cancel",
    "Semua data (bukan hanya perubahan baru)": "All data (not only new changes)",
    "Berkas paket": "Bundle file",
    "Kata sandi paket": "Bundle passphrase",
    "Ulangi kata sandi": "Repeat passphrase",
    "Ekspor": "Export",
    "Impor": "Import",
    "Paket Rumah Singgah (*.rsbundle)": "Rumah Singgah bundle (*.rsbundle)",
    "Pilih berkas paket terlebih dahulu.": "Choose the bundle file first.",
    "Kata sandi paket minimal {0} karakter.":
        "The bundle passphrase needs at least {0} characters.",
    "Sedang bekerja...": "Working...",
    "Paket disimpan: {0}\n{1} baris data, {2} lampiran.":
        "Bundle saved: {0}\n{1} data rows, {2} attachments.",
    "Paket dari {0} digabungkan: {1} baris baru, {2} diperbarui, {3} sudah sama.":
        "Bundle from {0} merged: {1} new rows, {2} updated, {3} already the same.",
    "Nomor kasus {0} sudah dipakai di meja ini; kasus masuk diberi nomor {1}.":
        "Case number {0} is already used on this desk; the incoming case was numbered {1}.",
}


def extra_messages() -> dict[str, list[str]]:
    from rumahsinggah.core import vocab

    actions = re.findall(r'N\("MainWindow", "((?:[^"\\]|\\.)*)"\)',
                         (GUI / "main_window.py").read_text(encoding="utf-8"))
    labels: list[str] = []
    for table in (vocab.CASE_STATUS_LABELS, vocab.ROLE_LABELS, vocab.CASE_SOURCE_LABELS,
                  vocab.SEX_LABELS, vocab.FACILITY_KIND_LABELS):
        labels.extend(table.values())
    return {"MainWindow": [a.encode().decode("unicode_escape") for a in actions],
            "vocab": labels}


def main() -> int:
    from rumahsinggah.gui.wizards.english import ENGLISH as WIZARD_ENGLISH

    ENGLISH.update(WIZARD_ENGLISH)  # the wizards keep their English beside their code
    files = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-ts", str(TS),
                    "-source-language", "id", "-target-language", "en", "-no-obsolete"],
                   check=True)
    tree = ET.parse(TS)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    for name, texts in extra_messages().items():
        ctx = contexts.get(name)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = name
            contexts[name] = ctx
        have = {m.findtext("source") for m in ctx.findall("message")}
        for text in texts:
            if text not in have:
                msg = ET.SubElement(ctx, "message")
                ET.SubElement(msg, "source").text = text
                ET.SubElement(msg, "translation", type="unfinished")
                have.add(text)
    missing = []
    for ctx in root.findall("context"):
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            source = msg.findtext("source")
            if tr.get("type") in ("unfinished", None) and not (tr.text or "").strip():
                if source in ENGLISH:
                    tr.text = ENGLISH[source]
                    tr.attrib.pop("type", None)
                else:
                    missing.append(f"{ctx.findtext('name')}: {source!r}")
            elif tr.get("type") == "unfinished" and tr.text:
                tr.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
