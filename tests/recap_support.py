"""A small month worked out by hand (February 2026) for the monthly recap tests.

Facility BJM (Kota Banjarmasin, Kalimantan Selatan, WITA = UTC+8, standard bjm-penerimaan-rs:
21-day limit, complaints answered within 3 working days) and facility PGK (Kota Pangkalpinang,
WIB = UTC+7). Times below are the facility's wall clock.

BJM stays:
- Ani     25 Jan 10:00 -> terminated 3 Feb (siap_pulang, dijemput): spans two months, day 10.
- Budi    1-10 Dec 2025 (earlier stay), back 10 Feb 08:00 (razia): a returning client, open.
- Citra   1 Feb 00:30 (still 31 Jan in WIB!), agency referral, decided rujuk 5 Feb: day 5.
- Dedi    2 Feb, age 10, admitted 3 Feb, died 20 Feb (meninggal_dunia, no basis): day 19.
- Eka     5 Jan, open: day 55 on 28 Feb, past the 21-day limit.
- Fajar   1 Jan -> terminated 6 Feb (lewat_batas_tinggal, diantar): day 37, past the limit.
- Gita    31 Jan 23:30, open: a January admission; day 29 on 28 Feb, past the limit.
- Ina     19 Feb, born 20 Feb 1966: 59 on arrival (60 the next day), no PMKS category, open.
- Hana    15 Feb, marked deleted: counts nowhere.
BJM complaints:
- K1 received Friday 13 Feb 15:00 (kotak saran); Monday 16 Feb is cuti bersama and 17 Feb
  Imlek, so 3 working days end on Friday 20 Feb; answered 20 Feb 10:00: on time, 163 hours,
  3 working days.
- K2 received 23 Feb 09:00 (WhatsApp) about Eka's case (no facility of its own), due_at
  stamped 26 Feb 00:00, unanswered at month end: overdue.
- K0 received 30 Jan: another month.
PGK: Kartika arrives 28 Feb 23:30 WIB (already 1 March in WITA), tuna susila, open.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy import select

from rumahsinggah.storage.models import Client, Complaint, Decision, Facility, Stay, Termination

WITA = timezone(timedelta(hours=8))
WIB = timezone(timedelta(hours=7))


def at(y: int, m: int, d: int, hh: int = 9, mm: int = 0, tz=WITA) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=tz).astimezone(UTC)


class Month:
    """Ids of the rows made, by first name."""

    def __init__(self) -> None:
        self.stays: dict[str, uuid.UUID] = {}
        self.clients: dict[str, uuid.UUID] = {}
        self.bjm: uuid.UUID | None = None
        self.pgk: uuid.UUID | None = None


def build(store) -> Month:
    ids = Month()
    n = [0]
    with store.write() as s:
        # A store made by ``setup`` has its BJM already: it gets the month's address.
        bjm = s.exec(select(Facility).where(Facility.code == "BJM")).scalars().first() \
            or Facility(name="Rumah Singgah Banjarmasin", kind="rumah_singgah", code="BJM")
        bjm.regency, bjm.province, bjm.time_zone = "Kota Banjarmasin", "Kalimantan Selatan", "WITA"
        bjm.default_standard = "bjm-penerimaan-rs"
        pgk = Facility(name="RPS Pangkalpinang", kind="rps", code="PGK",
                       regency="Kota Pangkalpinang", province="Kepulauan Bangka Belitung",
                       default_standard="pgk-tuna-susila", time_zone="WIB")
        s.add_all([bjm, pgk])
        s.flush()
        ids.bjm, ids.pgk = bjm.id, pgk.id

        def client(name, sex, born, regency, province, pmks):
            c = Client(full_name=name, sex=sex, birth_date=born, regency=regency,
                       province=province, pmks_category=pmks)
            s.add(c)
            s.flush()
            ids.clients[name] = c.id
            return c

        def stay(key, c, arrival, source="razia", *, fac=bjm, status="dalam_pelayanan",
                 closed=None, standard="bjm-penerimaan-rs"):
            n[0] += 1
            st = Stay(case_number=f"{fac.code}-T-{n[0]:03d}", client_id=c.id, facility_id=fac.id,
                      standard_code=standard, source=source, arrival_at=arrival, status=status,
                      closed_at=closed)
            s.add(st)
            s.flush()
            ids.stays[key] = st.id
            return st

        kalsel = "Kalimantan Selatan"
        ani = client("Ani", "P", date(1950, 3, 10), "Kota Banjarmasin", kalsel,
                     "lanjut usia terlantar")
        st = stay("Ani", ani, at(2026, 1, 25, 10), status="selesai", closed=at(2026, 2, 3))
        s.add(Decision(stay_id=st.id, outcome="tampung", reason="-",
                       decided_at=at(2026, 1, 26)))
        s.add(Termination(stay_id=st.id, basis="siap_pulang", mode="dijemput_keluarga",
                          terminated_at=at(2026, 2, 3)))

        budi = client("Budi", "L", date(1990, 5, 1), "Kab. Banjar", kalsel, "gelandangan")
        stay("Budi-2025", budi, at(2025, 12, 1), status="selesai", closed=at(2025, 12, 10))
        st = stay("Budi", budi, at(2026, 2, 10, 8))
        s.add(Decision(stay_id=st.id, outcome="tampung", reason="-",
                       decided_at=at(2026, 2, 11)))

        citra = client("Citra", "P", None, "Kota Surabaya", "Jawa Timur", "pengemis")
        st = stay("Citra", citra, at(2026, 2, 1, 0, 30), "rujukan_instansi", status="dirujuk",
                  closed=at(2026, 2, 5, 14))
        s.add(Decision(stay_id=st.id, outcome="rujuk", reason="-", decided_at=at(2026, 2, 5, 14),
                       referral_destination="Balai Budi Luhur"))

        dedi = client("Dedi", "L", date(2015, 6, 15), "Kota Banjarmasin", kalsel, "anak jalanan")
        st = stay("Dedi", dedi, at(2026, 2, 2), "permintaan_langsung", status="selesai",
                  closed=at(2026, 2, 20, 4))
        s.add(Decision(stay_id=st.id, outcome="tampung", reason="-", decided_at=at(2026, 2, 3)))
        s.add(Termination(stay_id=st.id, basis="", mode="meninggal_dunia",
                          terminated_at=at(2026, 2, 20, 4)))

        eka = client("Eka", "L", date(1985, 1, 1), "Kota Banjarmasin", kalsel, "gelandangan")
        stay("Eka", eka, at(2026, 1, 5, 10), "laporan_masyarakat")

        fajar = client("Fajar", "L", date(1980, 7, 7), "Kota Banjarmasin", kalsel, "pengemis")
        st = stay("Fajar", fajar, at(2026, 1, 1), status="selesai", closed=at(2026, 2, 6))
        s.add(Termination(stay_id=st.id, basis="lewat_batas_tinggal", mode="diantar_pulang",
                          terminated_at=at(2026, 2, 6)))

        gita = client("Gita", "P", date(1995, 2, 2), "Kota Banjarmasin", kalsel, "gelandangan")
        stay("Gita", gita, at(2026, 1, 31, 23, 30))

        ina = client("Ina", "P", date(1966, 2, 20), "Kota Banjarmasin", kalsel, "")
        stay("Ina", ina, at(2026, 2, 19, 10), "laporan_masyarakat")

        hana = client("Hana", "P", date(1970, 1, 1), "Kota Banjarmasin", kalsel, "pengemis")
        st = stay("Hana", hana, at(2026, 2, 15))
        st.deleted_at = at(2026, 2, 16)

        s.add(Complaint(facility_id=bjm.id, channel="kotak_saran", content="Makanan dingin",
                        received_at=at(2026, 2, 13, 15), stage="selesai",
                        resolved_at=at(2026, 2, 20, 10)))
        s.add(Complaint(stay_id=ids.stays["Eka"], channel="whatsapp", content="Kunjungan",
                        received_at=at(2026, 2, 23, 9), due_at=at(2026, 2, 26, 0)))
        s.add(Complaint(facility_id=bjm.id, channel="langsung", content="Januari",
                        received_at=at(2026, 1, 30, 9)))

        kartika = client("Kartika", "P", date(2000, 1, 1), "Kota Pangkalpinang",
                         "Kepulauan Bangka Belitung", "tuna susila")
        stay("Kartika", kartika, at(2026, 2, 28, 23, 30, tz=WIB), "laporan_masyarakat",
             fac=pgk, standard="pgk-tuna-susila")
    return ids


# Every figure of BJM in February 2026, worked out by hand from the list above.
BJM_FEBRUARY = {
    "admissions": {"total": 4},
    "admissions_source": {"razia": 1, "rujukan_instansi": 1, "permintaan_langsung": 1,
                          "laporan_masyarakat": 1},
    "admissions_pmks": {"gelandangan": 1, "pengemis": 1, "anak jalanan": 1, "tidak_diisi": 1},
    "admissions_sex": {"L": 2, "P": 2},
    "admissions_age": {"6-17": 1, "18-59": 2, "tidak_diketahui": 1},
    "admissions_origin": {"kota_ini": 2, "provinsi_ini": 1, "luar_provinsi": 1},
    "returning": {"clients": 1},
    "referrals_in": {"rujukan_instansi": 1},
    "decisions": {"tampung": 2, "rujuk": 1},
    "terminations": {"total": 3},
    "terminations_basis": {"siap_pulang": 1, "lewat_batas_tinggal": 1, "tanpa_dasar": 1},
    "terminations_mode": {"dijemput_keluarga": 1, "diantar_pulang": 1, "meninggal_dunia": 1},
    "referrals_out": {"ref_decision": 1},
    # Closed in February: Citra 5, Ani 10, Dedi 19, Fajar 37 days.
    "stay_length": {"count": 4, "average": 17.8, "median": 14.5, "longest": 37},
    "past_limit": {"total": 3},  # Fajar (closed day 37), Eka (day 55), Gita (day 29)
    "served": {"during_month": 8, "open_at_end": 4},  # open: Budi, Eka, Gita, Ina
    "complaints": {"received": 2, "answered": 1, "within_limit": 1, "beyond_limit": 0,
                   "no_limit": 0, "unanswered": 1, "overdue_unanswered": 1},
    "complaints_channel": {"kotak_saran": 1, "whatsapp": 1},
    "complaint_response": {"average_hours": 163.0, "median_hours": 163.0,
                           "longest_hours": 163.0, "average_working_days": 3.0,
                           "longest_working_days": 3},
}
