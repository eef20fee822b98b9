"""Penerimaan: one person, or a whole raid typed row after row from the keyboard.

Every person is checked for a returning client as they are typed (the matcher of the rules
service, through the door), candidates are shown side by side with the reasons, and staff say
"orang yang sama" or "orang baru". Nothing is written until Finish; Finish registers everyone
in one transaction by one call of the intake service.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from rumahsinggah.core.vocab import (
    CASE_SOURCE_LABELS,
    PMKS_CATEGORIES,
    RELIGIONS,
    SEX_LABELS,
    CaseSource,
)
from rumahsinggah.gui.wizards import bridge, deskclock
from rumahsinggah.gui.wizards.pages import WizardPage, set_options
from rumahsinggah.gui.wizards.text import HINT_STYLE, lazy_tr, tr
from rumahsinggah.gui.wizards.widgets import (
    IMAGE_FILTER,
    CandidatePanel,
    PeopleTable,
    add_files,
    parse_sex,
    row_problem,
)
from rumahsinggah.gui.wizards.wizard import WizardBase

MATCH_DELAY_MS = 300
MODE_RAID = "razia"
MODE_ONE = "satu"


class IntakeWizard(WizardBase):
    name = "penerimaan"
    title = lazy_tr(lambda: tr("Penerimaan klien"))
    permission = "intake.register"

    def build(self) -> None:
        self.reference: dict[str, Any] = {}
        self.decisions: dict[str, str] = {}  # row key -> client id ("" = new person)
        self.candidates: dict[str, list[Any]] = {}  # row key -> candidates
        self.match_asked: dict[str, tuple] = {}  # row key -> the values last sent
        self._match_timers: dict[str, QTimer] = {}
        self._build_start()
        self._build_raid()
        self._build_people()
        self._build_person()
        self._build_requirements()
        self._build_summary()

    # -- pages -----------------------------------------------------------------------------

    def _build_start(self) -> None:
        p = WizardPage("penerimaan", tr("Penerimaan klien"),
                       tr("Pilih jenis kedatangan. Untuk hasil razia, semua orang dari satu surat "
                          "razia dicatat sekaligus."))
        self.mode = p.add_combo("mode", tr("Jenis kedatangan"), [
            (MODE_RAID, tr("Rombongan hasil razia (beberapa orang)")),
            (MODE_ONE, tr("Satu orang")),
        ], required=True, placeholder=tr("- pilih jenis kedatangan -"))
        self.source = p.add_combo("source", tr("Sumber"), [
            (s.value, label) for s, label in CASE_SOURCE_LABELS.items()
        ], required=True)
        self.facility = p.add_combo("facility_id", tr("Fasilitas"), required=True)
        self.standard = p.add_combo("standard_code", tr("Standar pelayanan"), required=True)
        self.agency = p.add_combo("referring_agency_id", tr("Instansi perujuk / pengantar"),
                                  placeholder=tr("- tidak ada -"))
        p.add_datetime("arrival_at", tr("Waktu tiba"), required=True)
        p.add_line("requester_name", tr("Pemohon (yang harus diberi tahu)"),
                   placeholder=tr("nama petugas / lembaga / warga yang meminta layanan"))
        p.add_line("requester_contact", tr("Kontak pemohon"), placeholder=tr("telepon / alamat"))
        # why the standard list is empty, and which facility has one (the service says)
        self.standard_note = QLabel()
        self.standard_note.setObjectName("standard_note")
        self.standard_note.setWordWrap(True)
        self.standard_note.setStyleSheet("color: #8a4b00;")
        self.standard_note.setVisible(False)
        self.standard.parentWidget().layout().addWidget(self.standard_note)  # under the list
        self.raid_agency_auto = ""  # the raiding agency last filled in for the user
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.facility.currentIndexChanged.connect(self._facility_changed)
        self.add_page(p)
        self.start_page = p

    def _build_raid(self) -> None:
        p = WizardPage("razia", tr("Surat razia"),
                       tr("Data surat pemberitahuan/pengantaran dari instansi yang melaksanakan "
                          "razia."))
        p.add_line("raid_agency", tr("Instansi pelaksana"), required=True,
                   placeholder=tr("mis. Satpol PP Kota Banjarmasin"))
        p.add_line("raid_letter", tr("Nomor surat"), required=True,
                   placeholder=tr("mis. 300/145/Satpol PP/XI/2026"))
        p.add_date("raid_date", tr("Tanggal razia"), required=True)
        p.add_line("raid_place", tr("Tempat razia"), required=True,
                   placeholder=tr("mis. Simpang Empat Sudimampir"))
        p.add_combo("raid_pmks", tr("Kategori PPKS (semua orang)"),
                    [(c, c) for c in PMKS_CATEGORIES], placeholder=tr("- belum ditentukan -"),
                    help_text=tr("Boleh dikosongkan; dapat diubah per orang di rekam klien."))
        self.add_page(p)

    def _build_people(self) -> None:
        p = WizardPage("orang", tr("Orang-orang hasil razia"),
                       tr("Ketik satu orang per baris. Tab pindah kolom; setelah kolom Asal, Tab "
                          "membuka baris baru. Setiap nama langsung dicocokkan dengan klien "
                          "lama."))
        self.table = PeopleTable()
        self.table.setMinimumHeight(230)
        p.body.insertWidget(0, self.table)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(HINT_STYLE)
        p.body.insertWidget(1, self.count_label)
        self.raid_panel = CandidatePanel()
        p.body.insertWidget(2, self.raid_panel)
        p.add_field("people", tr("Daftar orang"), self.table, self._people_value,
                    self.table.set_rows, [self.table.rows_changed], required=True,
                    in_form=False)
        p.extra_checks.append(self._people_check)
        self.table.row_edited.connect(self._row_edited)
        self.table.currentCellChanged.connect(lambda r, *_: self._show_panel_for(r))
        self.raid_panel.decided.connect(self._decided)
        self.add_page(p)
        self.people_page = p

    def _build_person(self) -> None:
        p = WizardPage("identitas", tr("Identitas"),
                       tr("Orang tanpa KTP/KK itu biasa: NIK boleh kosong. Nama dicocokkan "
                          "dengan klien lama saat diketik."))
        p.add_line("full_name", tr("Nama lengkap"), required=True,
                   placeholder=tr("nama panggilan bila nama lengkap tidak diketahui"))
        p.add_line("nickname", tr("Nama panggilan"))
        p.add_combo("sex", tr("Jenis kelamin"), [(k.value, v) for k, v in SEX_LABELS.items()],
                    required=True)
        p.add_line("nik", tr("NIK"), validate=bridge.nik_problem,
                   placeholder=tr("16 angka, bila ada"))
        p.add_line("kk_number", tr("Nomor KK"), validate=_kk_problem,
                   placeholder=tr("16 angka, bila ada"))
        p.add_line("birth_date", tr("Tanggal lahir"), validate=_date_problem,
                   placeholder=tr("hh-bb-tttt, bila diketahui"))
        p.add_line("age", tr("Umur (perkiraan)"), validate=_age_problem,
                   placeholder=tr("tahun; isi bila tanggal lahir tidak diketahui"))
        p.add_line("regency", tr("Kabupaten / kota asal"))
        p.add_combo("pmks_category", tr("Kategori PPKS"), [(c, c) for c in PMKS_CATEGORIES],
                    placeholder=tr("- pilih kategori -"))
        self.person_panel = CandidatePanel()
        p.body.addWidget(self.person_panel)
        p.extra_checks.append(self._person_check)
        for name in ("full_name", "nickname", "nik", "age", "regency", "birth_date"):
            p.fields[name].widget.textChanged.connect(lambda _t: self._schedule_match("one"))
        p.fields["sex"].widget.currentIndexChanged.connect(lambda _i: self._schedule_match("one"))
        self.person_panel.decided.connect(self._decided)
        self.add_page(p)
        self.person_page = p
        a = WizardPage("asal", tr("Asal dan ciri"),
                       tr("Alamat asal membantu penelusuran keluarga; isi yang diketahui saja."))
        a.add_line("birth_place", tr("Tempat lahir"))
        a.add_combo("religion", tr("Agama"), [(r, r) for r in RELIGIONS],
                    placeholder=tr("- tidak diketahui -"))
        a.add_line("address", tr("Alamat asal"), placeholder=tr("jalan, gang, RT/RW"))
        a.add_line("village", tr("Desa / kelurahan"))
        a.add_line("district", tr("Kecamatan"))
        a.add_line("province", tr("Provinsi asal"))
        a.add_text("physical_description", tr("Ciri fisik"), height=60,
                   placeholder=tr("tinggi, tanda lahir, bekas luka, pakaian saat tiba"))
        self.add_page(a)

    def _build_requirements(self) -> None:
        p = WizardPage("syarat", tr("Persyaratan, kesehatan dan barang bawaan"),
                       tr("Centang persyaratan standar yang terpenuhi. Orang yang tidak sehat "
                          "jasmani dirujuk ke layanan kesehatan, tidak diterima di rumah singgah."))
        self.req_holder = QLabel()
        self.req_holder.setWordWrap(True)
        self.req_boxes: dict[str, QCheckBox] = {}
        self.req_page = p
        p.add_field("requirements", tr("Persyaratan standar"), _ReqBoxes(self),
                    self._req_value, self._req_set, [], in_form=True)
        # one person
        p.add_check("healthy", tr("Sehat jasmani"), label=tr("Kesehatan"))
        p.add_line("health_referral_to", tr("Dirujuk ke layanan kesehatan"),
                   placeholder=tr("mis. Puskesmas Pekapuran Raya"))
        self.unhealthy_note = p.add_note(tr(
            "<b>Tidak sehat jasmani:</b> orang ini tidak diterima di rumah singgah. Kasusnya "
            "dicatat lalu ditutup sebagai rujukan ke layanan kesehatan di atas."))
        self.unhealthy_note.setStyleSheet("color: #8a4b00;")
        p.add_text("belongings", tr("Barang bawaan"), height=50,
                   placeholder=tr("satu barang per baris, mis. 2 baju; 1 tas ransel"))
        self.photo = add_files(p, "photo", tr("Foto"), tr("Pilih &foto…"), IMAGE_FILTER,
                               single=True, camera=True)
        # a raid: one row per person
        self.health = QTableWidget(0, 4)
        self.health.setObjectName("health_table")
        self.health.setHorizontalHeaderLabels([
            tr("Nama"), tr("Sehat jasmani"), tr("Bila tidak sehat: dirujuk ke"),
            tr("Barang bawaan"),
        ])
        self.health.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.health.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.health.setColumnWidth(1, 110)
        self.health.setColumnWidth(2, 220)
        self.health.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                    | QAbstractItemView.EditTrigger.DoubleClicked)
        self.health.setMinimumHeight(200)
        self.health_label = QLabel(tr("Kesehatan dan barang bawaan per orang"))
        p.body.addWidget(self.health_label)
        p.body.addWidget(self.health)
        p.add_field("health_rows", "", self.health, self._health_value, self._health_set,
                    [self.health.itemChanged], in_form=False)
        p.fields["healthy"].setter(True)
        p.fields["healthy"].widget.toggled.connect(self._healthy_toggled)
        p.extra_checks.append(self._health_check)
        self.add_page(p)

    def _build_summary(self) -> None:
        p = WizardPage("ringkasan", tr("Periksa dan simpan"),
                       tr("Belum ada yang tersimpan ke kasus. Tekan \"Selesai & simpan\" "
                          "(Ctrl+Enter) untuk mencatat semuanya sekaligus."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        p.body.insertWidget(0, self.summary)
        self.add_page(p)

    # -- flow ------------------------------------------------------------------------------

    def is_raid(self) -> bool:
        return self.mode.currentData() == MODE_RAID

    def nextId(self) -> int:  # noqa: N802
        key = self.current_key()
        if key == "penerimaan":
            return self.page_id("razia" if self.is_raid() else "identitas")
        if key == "razia":
            return self.page_id("orang")
        if key == "identitas":
            return self.page_id("asal")
        if key in ("orang", "asal"):
            return self.page_id("syarat")
        if key == "syarat":
            return self.page_id("ringkasan")
        return -1

    def _mode_changed(self, _i: int) -> None:
        self._facility_changed(0)  # a raid needs a standard for raids
        if self.restoring:
            return
        if self.is_raid():
            self.source.setCurrentIndex(max(self.source.findData(CaseSource.RAZIA.value), 0))

    def _facility_changed(self, _i: int) -> None:
        fac = next((f for f in self.reference.get("facilities", [])
                    if f["id"] == self.facility.currentData()), None)
        which = "raid" if self.is_raid() else "one"
        codes = set(fac[f"standards_{which}"]) if fac else set()
        options = [(s["code"], s["title_short"]) for s in self.reference.get("standards", [])
                   if s["code"] in codes]
        current = self.standard.currentData()
        set_options(self.standard, options, tr("- pilih standar -"))
        if current is not None:
            self.standard.setCurrentIndex(max(self.standard.findData(current), 0))
        note = fac[f"note_{which}"] if fac and not options else ""
        self.standard_note.setText(note)
        self.standard_note.setVisible(bool(note))
        if fac and fac.get("default_standard") and not self.restoring:
            index = self.standard.findData(fac["default_standard"])
            if index >= 0:
                self.standard.setCurrentIndex(index)
        if self.standard.currentData() is None and len(options) == 1:
            self.standard.setCurrentIndex(1)

    def initializePage(self, page_id: int) -> None:  # noqa: N802
        super().initializePage(page_id)
        key = self.page(page_id).key
        if key == "razia":
            self._prefill_raid_agency()
        if key == "orang":
            QTimer.singleShot(0, self._focus_table)
        elif key == "syarat":
            self._prepare_requirements()
        elif key == "ringkasan":
            self.summary.setText(self._summary_html())

    def _prefill_raid_agency(self) -> None:
        """The raid letter's agency starts as the one chosen on the first page (the rule is
        the intake service's); what the user typed there is never replaced."""
        field = self.pages["razia"].fields["raid_agency"]
        typed = field.value().strip()
        if typed and typed != self.raid_agency_auto:
            return
        name = bridge.raid_agency_prefill(self.reference.get("agencies", []), self.agency.currentData())
        if name:
            field.setter(name)
            self.raid_agency_auto = name

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)

    # -- reference data --------------------------------------------------------------------

    def load_job(self, store: Any) -> dict[str, Any]:
        return bridge.intake_reference(store, self.actor)

    def apply_loaded(self, data: dict[str, Any]) -> None:
        self.reference = data or {}
        set_options(self.facility, [(f["id"], f["label"]) for f in self.reference["facilities"]],
                    tr("- pilih fasilitas -"))
        if self.facility.currentData() is None and self.reference["facilities"]:
            default = self.reference.get("default_facility") or self.reference["facilities"][0]["id"]
            self.facility.setCurrentIndex(max(self.facility.findData(default), 0))
        set_options(self.agency, [(a["id"], a["label"]) for a in self.reference["agencies"]],
                    tr("- tidak ada -"))
        self._facility_changed(0)
        raid_agency = self.pages["razia"].fields["raid_agency"]
        if not raid_agency.value() and self.reference.get("raid_agency_default"):
            raid_agency.setter(self.reference["raid_agency_default"])
            self.raid_agency_auto = self.reference["raid_agency_default"]

    # -- people ----------------------------------------------------------------------------

    def _people_value(self) -> list[dict[str, str]]:
        rows = self.table.rows()
        while rows and not any(v.strip() for v in rows[-1].values()):
            rows.pop()
        return rows

    def people(self) -> list[dict[str, str]]:
        return [r for r in self._people_value() if any(v.strip() for v in r.values())]

    def _people_check(self) -> str | None:
        if not self.is_raid():
            return None
        rows = self._people_value()
        self.count_label.setText(tr("{n} orang diketik.").format(n=len(self.people())))
        for i, row in enumerate(rows):
            problem = row_problem(row)
            if problem:
                return tr("baris {n}: {p}").format(n=i + 1, p=problem)
        for i, row in enumerate(rows):
            key = f"row{i}"
            if self.candidates.get(key) and key not in self.decisions and not row_problem(row):
                return tr("baris {n} ({name}): pilih orang yang sama atau orang baru").format(
                    n=i + 1, name=row.get("full_name", ""))
        return None

    def _row_edited(self, row: int) -> None:
        rows = self.table.rows()
        if row >= len(rows):
            return
        problem = row_problem(rows[row])
        key = f"row{row}"
        if problem:
            self.table.set_status(row, "⚠ " + problem, warn=True)
        else:
            self._status(row)
        if not self.restoring:
            self._schedule_match(key)

    def _status(self, row: int) -> None:
        key = f"row{row}"
        cands = self.candidates.get(key) or []
        if key in self.decisions:
            cid = self.decisions[key]
            if cid:
                cand = next((c for c in cands if c.client_id == cid), None)
                label = cand.last_case or cand.full_name if cand else ""
                self.table.set_status(row, tr("✓ klien lama {c}").format(c=label))
            else:
                self.table.set_status(row, tr("✓ orang baru"))
        elif cands:
            self.table.set_status(row, tr("⚠ mungkin klien lama ({n})").format(n=len(cands)),
                                  warn=True)
        else:
            self.table.set_status(row, "")

    def _schedule_match(self, key: str) -> None:
        if self.restoring:
            return
        timer = self._match_timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(MATCH_DELAY_MS)
            timer.timeout.connect(lambda k=key: self._match(k))
            self._match_timers[key] = timer
        timer.start()

    def _typed(self, key: str) -> dict[str, str]:
        if key == "one":
            v = self.values()
            sex = v.get("sex") or ""
            age = v["age"]
            born = _parse_date(v["birth_date"])
            if born is not None and not age:
                today = deskclock.today()
                age = str(today.year - born.year - ((today.month, today.day)
                                                    < (born.month, born.day)))
            return {"full_name": v["full_name"], "nickname": v["nickname"], "sex": sex,
                    "age": age, "origin": v["regency"], "nik": v["nik"]}
        row = int(key[3:])
        rows = self.table.rows()
        if row >= len(rows):
            return {}
        r = dict(rows[row])
        r["sex"] = parse_sex(r.get("sex", "")) or ""
        return r

    def _match(self, key: str) -> None:
        typed = self._typed(key)
        if not typed or len(typed.get("full_name", "").strip()) < 3:
            self._set_candidates(key, typed, [])
            return
        signature = tuple(sorted(typed.items()))
        if self.match_asked.get(key) == signature:
            return
        self.match_asked[key] = signature
        query = dict(typed)

        def job(store: Any) -> list[Any]:
            return bridge.find_candidates(store, query)

        self.door.query(job, lambda res: self._matched(key, signature, res), owner=self)

    def _matched(self, key: str, signature: tuple, found: list[Any]) -> None:
        if self.match_asked.get(key) != signature:
            return  # the row changed again; a newer answer is on its way
        self._set_candidates(key, dict(signature), found)

    def _set_candidates(self, key: str, typed: dict[str, str], found: list[Any]) -> None:
        before = {c.client_id for c in self.candidates.get(key, [])}
        self.candidates[key] = list(found)
        if {c.client_id for c in found} != before and self.decisions.get(key):
            self.decisions.pop(key, None)  # the candidates changed: ask again
        if key == "one":
            if found:
                self._show_person_panel()
            else:
                self.person_panel.clear()
            self.person_page.refresh()
        else:
            self._status(int(key[3:]))
            current = self.table.currentRow()
            if found and (current == int(key[3:]) or not self.raid_panel.isVisible()):
                self._show_panel_for(int(key[3:]))
            elif not found and self.raid_panel.key == key:
                self._show_panel_for(current)
            self.people_page.refresh()
        self._dirty = True
        self._timer.start()

    def _show_panel_for(self, row: int) -> None:
        key = f"row{row}"
        if row < 0 or not self.candidates.get(key):
            # show the first row still waiting for a decision, if any
            waiting = [k for k, c in self.candidates.items()
                       if k.startswith("row") and c and k not in self.decisions]
            if not waiting:
                self.raid_panel.clear()
                return
            key = waiting[0]
            row = int(key[3:])
        typed = self._typed(key)
        typed["sex"] = typed.get("sex", "")
        self.raid_panel.show_candidates(
            key, typed, self.candidates[key],
            heading=tr("Baris {n}: {name} mungkin klien lama. Orang yang sama?").format(
                n=row + 1, name=typed.get("full_name", "")),
            chosen=self.decisions.get(key),
        )

    def _show_person_panel(self) -> None:
        typed = self._typed("one")
        self.person_panel.show_candidates(
            "one", typed, self.candidates.get("one", []),
            heading=tr("{name} mungkin pernah tercatat. Orang yang sama?").format(
                name=typed.get("full_name", "")),
            chosen=self.decisions.get("one"),
        )

    def _decided(self, key: str, client_id: str) -> None:
        self.decisions[key] = client_id
        if key == "one":
            self._show_person_panel()
            self.person_page.refresh()
        else:
            row = int(key[3:])
            self._status(row)
            self.people_page.refresh()
            # move on to the next row still waiting, or back to the table
            waiting = [k for k, c in self.candidates.items()
                       if k.startswith("row") and c and k not in self.decisions]
            if waiting:
                self._show_panel_for(int(waiting[0][3:]))
            else:
                self._show_panel_for(row)
            self.table.setFocus()
        self._dirty = True
        self._timer.start()

    def _person_check(self) -> str | None:
        if self.candidates.get("one") and "one" not in self.decisions:
            return tr("pilih orang yang sama atau orang baru")
        return None

    # -- requirements and health -----------------------------------------------------------

    def _std(self) -> dict[str, Any] | None:
        code = self.standard.currentData()
        return next((s for s in self.reference.get("standards", []) if s["code"] == code), None)

    def _prepare_requirements(self) -> None:
        std = self._std()
        boxes: _ReqBoxes = self.req_page.fields["requirements"].widget
        boxes.set_requirements(std["requirements"] if std else [])
        raid = self.is_raid()
        for name in ("healthy", "health_referral_to", "belongings", "photo"):
            _set_row_visible(self.req_page, name, not raid)
        self.health.setVisible(raid)
        self.health_label.setVisible(raid)
        if raid:
            self._fill_health()
        self._healthy_toggled(self.req_page.fields["healthy"].value())
        self.req_page.refresh()

    def _fill_health(self) -> None:
        old = {r["name"]: r for r in self._health_value()}
        self._health_set([{**{"healthy": True, "referral": "", "belongings": ""},
                           **old.get(p["full_name"], {}), "name": p["full_name"]}
                          for p in self.people()])

    def _health_value(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.health.rowCount()):
            out.append({
                "name": self.health.item(r, 0).text(),
                "healthy": self.health.item(r, 1).checkState() == Qt.CheckState.Checked,
                "referral": self.health.item(r, 2).text(),
                "belongings": self.health.item(r, 3).text(),
            })
        return out

    def _health_set(self, rows: Any) -> None:
        self.health.blockSignals(True)
        self.health.setRowCount(0)
        for data in rows or []:
            r = self.health.rowCount()
            self.health.insertRow(r)
            name = QTableWidgetItem(data.get("name", ""))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.health.setItem(r, 0, name)
            check = QTableWidgetItem(tr("sehat"))
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                           | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if data.get("healthy", True)
                                else Qt.CheckState.Unchecked)
            self.health.setItem(r, 1, check)
            self.health.setItem(r, 2, QTableWidgetItem(data.get("referral", "")))
            self.health.setItem(r, 3, QTableWidgetItem(data.get("belongings", "")))
        self.health.blockSignals(False)

    def _health_check(self) -> str | None:
        if self.is_raid():
            for row in self._health_value():
                if not row["healthy"] and not row["referral"].strip():
                    return tr("{name}: tidak sehat, isi layanan kesehatan rujukannya").format(
                        name=row["name"])
            return None
        v = self.values()
        if not v["healthy"] and not v["health_referral_to"]:
            return tr("tidak sehat jasmani: isi layanan kesehatan rujukannya")
        return None

    def _healthy_toggled(self, healthy: bool) -> None:
        _set_row_visible(self.req_page, "health_referral_to",
                         not self.is_raid() and not healthy)
        self.req_page.form.setRowVisible(self.unhealthy_note, not self.is_raid() and not healthy)
        self.req_page.refresh()

    def _req_value(self) -> dict[str, bool]:
        return self.req_page.fields["requirements"].widget.value()

    def _req_set(self, value: Any) -> None:
        self.req_page.fields["requirements"].widget.set_value(value or {})

    # -- drafts ----------------------------------------------------------------------------

    def extra_state(self) -> dict[str, Any]:
        return {"decisions": self.decisions,
                "candidates": {k: [vars(c) for c in v] for k, v in self.candidates.items()}}

    def restore_extra(self, state: dict[str, Any]) -> None:
        from rumahsinggah.gui.wizards.widgets import Candidate

        self.decisions = dict(state.get("decisions") or {})
        self.candidates = {k: [Candidate(**c) for c in v]
                           for k, v in (state.get("candidates") or {}).items()}
        QTimer.singleShot(0, self._after_restore)

    def _after_restore(self) -> None:
        for r in range(self.table.rowCount()):
            self._status(r)
        if self.candidates.get("one"):
            self._show_person_panel()
        self._show_panel_for(self.table.currentRow())
        self.refresh_pages()

    # -- finishing -------------------------------------------------------------------------

    def _summary_html(self) -> str:
        v = self.values()
        std = self._std()
        lines = [
            tr("<b>Fasilitas:</b> {f}").format(f=self.facility.currentText()),
            tr("<b>Standar:</b> {s}").format(s=std["title"] if std else "-"),
            tr("<b>Sumber:</b> {s}").format(s=self.source.currentText()),
        ]
        if self.is_raid():
            lines.append(tr("<b>Razia:</b> {a}, surat {n}, {p}").format(
                a=v["raid_agency"], n=v["raid_letter"], p=v["raid_place"]))
            people = self.people()
            health = {r["name"]: r for r in self._health_value()}
            unhealthy = [p["full_name"] for p in people
                         if not health.get(p["full_name"], {}).get("healthy", True)]
            returning = [k for k, cid in self.decisions.items() if k.startswith("row") and cid]
            lines.append(tr("<b>{n} orang</b>: {r} klien lama, {b} orang baru.").format(
                n=len(people), r=len(returning), b=len(people) - len(returning)))
            if unhealthy:
                lines.append(tr("<b>Dirujuk ke layanan kesehatan:</b> ") + ", ".join(unhealthy))
            items = ""
            for i, p in enumerate(self._people_value()):
                if not any(x.strip() for x in p.values()):
                    continue
                mark = ""
                if self.decisions.get(f"row{i}"):
                    mark = tr(" — <b>klien lama</b>")
                if not health.get(p["full_name"], {}).get("healthy", True):
                    mark += tr(" — <b>dirujuk ke layanan kesehatan</b>")
                items += (f"<li>{p['full_name']} ({parse_sex(p['sex']) or '?'}, "
                          f"{p['age'] or '?'} th, {p['origin'] or '-'}){mark}</li>")
            lines.append(f"<ol>{items}</ol>")
        else:
            lines.append(tr("<b>Nama:</b> {n}").format(n=v["full_name"]))
            if self.decisions.get("one"):
                lines.append(tr("Dicatat sebagai <b>klien lama</b> (riwayatnya tersambung)."))
            if not v["healthy"]:
                lines.append(tr("<b>Tidak sehat jasmani:</b> dirujuk ke {r}, tidak diterima.")
                             .format(r=v["health_referral_to"]))
        return "<br>".join(lines)

    def prepare(self, values: dict[str, Any]) -> Any:
        raid = self.is_raid()
        people = []
        if raid:
            health = self._health_value()
            for i, row in enumerate(self._people_value()):
                if not any(x.strip() for x in row.values()):
                    continue
                h = health[i] if i < len(health) else {"healthy": True, "referral": "",
                                                       "belongings": ""}
                people.append({
                    "index": i,
                    "full_name": row["full_name"].strip(),
                    "nickname": row["nickname"].strip(),
                    "sex": parse_sex(row["sex"]) or "",
                    "age": int(row["age"]) if row["age"].strip().isdigit() else None,
                    "regency": row["origin"].strip(),
                    "pmks_category": "",  # the raid-wide one is applied by the service
                    "healthy": bool(h.get("healthy", True)),
                    "health_referral_to": h.get("referral", "").strip(),
                    "belongings": [b.strip() for b in h.get("belongings", "").split(";")
                                   if b.strip()],
                    "client_id": self.decisions.get(f"row{i}") or None,
                })
        else:
            people.append({
                "index": 0,
                **{k: values[k] for k in ("full_name", "nickname", "nik", "kk_number",
                                          "birth_place", "religion", "address", "village",
                                          "district", "regency", "province", "pmks_category",
                                          "physical_description")},
                "birth_date": _parse_date(values["birth_date"]),
                "sex": values["sex"] or "",
                "age": int(values["age"]) if str(values["age"]).isdigit() else None,
                "healthy": bool(values["healthy"]),
                "health_referral_to": values["health_referral_to"],
                "belongings": [b.strip() for b in values["belongings"].splitlines() if b.strip()],
                "client_id": self.decisions.get("one") or None,
                "photo": (values["photo"] or [None])[0],
            })
        return {
            "raid": raid,
            "values": values,
            "people": people,
            "arrival_at": values["arrival_at"],
            "requirements": values["requirements"],
        }

    def commit(self, session: Any, payload: Any) -> Any:
        return bridge.register_intake(session, self.store_for_files, payload)

    def after_commit(self, result: Any) -> None:
        """The standard's warnings about who was registered (e.g. Pangkalpinang's client who
        does not fit its requirement) are shown once the intake is saved."""
        from rumahsinggah.gui.common import show_info

        people = getattr(result, "people", None) or (result,)
        lines = [f"{p.case_number}: {w}" for p in people for w in getattr(p, "warnings", ())]
        if lines:
            show_info(self.parentWidget() or self, self.tr("Perhatian"), "\n".join(lines))
        raid_id = getattr(result, "raid_id", None)
        if raid_id is not None:  # issue 15: say the new case numbers; offer the papers
            from rumahsinggah.gui import list_actions

            list_actions.announce_raid(self.parentWidget(), self.door, self.actor, raid_id)

    @property
    def store_for_files(self) -> Any:
        return self.door.store

    def error_field(self, field_name: str | None) -> str | None:
        return bridge.intake_error_field(field_name, self.is_raid())


class _ReqBoxes(QWidget):
    """The standard's requirements as check boxes (rebuilt when the standard changes)."""

    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__()
        from PySide6.QtWidgets import QVBoxLayout

        self.setObjectName("requirements")
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.rows: list[QWidget] = []
        self._pending: dict[str, bool] = {}
        self.wizard_ref = wizard

    def set_requirements(self, reqs: list[dict[str, Any]]) -> None:
        keep = {**self._pending, **self.value()}
        self.boxes = {}
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for req in reqs:
            text = req["text"]
            if req["optional"] and "jika ada" not in text.lower():
                text += tr(" (jika ada)")
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            cb = QCheckBox()
            cb.setObjectName(f"req.{req['code']}")
            cb.setChecked(keep.get(req["code"], req["default"]))
            lab = QLabel(text)
            lab.setWordWrap(True)
            lab.setBuddy(cb)
            lab.mousePressEvent = lambda _e, c=cb: c.toggle()
            line.addWidget(cb, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(lab, 1)
            cb.toggled.connect(lambda _c: self.wizard_ref.req_page.refresh())
            cb.toggled.connect(lambda _c: self.wizard_ref.field_changed(
                self.wizard_ref.req_page.fields["requirements"]))
            self.boxes[req["code"]] = cb
            self.rows.append(row)
            self._box.addWidget(row)
            row.show()
        self._pending = {}
        if not reqs:
            lab = QLabel(tr("Standar ini tidak mencantumkan persyaratan untuk dicentang."))
            lab.setStyleSheet(HINT_STYLE)
            self._box.addWidget(lab)
            lab.show()

    def value(self) -> dict[str, bool]:
        return {code: cb.isChecked() for code, cb in self.boxes.items()}

    def set_value(self, value: dict[str, bool]) -> None:
        self._pending = dict(value)
        for code, cb in self.boxes.items():
            if code in value:
                cb.setChecked(bool(value[code]))


def _set_row_visible(page: WizardPage, name: str, visible: bool) -> None:
    f = page.fields[name]
    holder = f.widget.parentWidget()
    if holder is not None:
        page.form.setRowVisible(holder, visible)


def _age_problem(value: Any) -> str | None:
    text = str(value).strip()
    if not text.isdigit() or not 0 <= int(text) <= 120:
        return tr("Isi umur dalam tahun, angka 0 sampai 120.")
    return None


def _parse_date(text: Any) -> date | None:
    """'17-08-1980' (or 17/08/1980) to a date; None when empty or not a date."""
    t = str(text or "").strip().replace("/", "-").replace(".", "-")
    parts = t.split("-")
    if len(parts) != 3 or not all(x.isdigit() for x in parts):
        return None
    day, month, year = (int(x) for x in parts)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_problem(value: Any) -> str | None:
    d = _parse_date(value)
    if d is None or d.year < 1900:
        return tr("Tulis tanggal lahir sebagai hari-bulan-tahun, mis. 17-08-1980.")
    return None


def _kk_problem(value: Any) -> str | None:
    text = str(value).strip()
    if not text.isdigit() or len(text) != 16:
        return tr("Nomor KK 16 angka.")
    return None
