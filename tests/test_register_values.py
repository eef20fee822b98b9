"""Reading old register cells: dates, ages, NIKs cut by Excel, names in capitals, headings."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rumahsinggah.core.register_values import (
    CellError,
    proper_name,
    read_age,
    read_date,
    read_id_number,
    read_pmks,
    read_sex,
)
from rumahsinggah.services.registers.mapping import find_header_row, suggest_field

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("cell, expected", [
    ("12-08-1985", date(1985, 8, 12)),
    ("12/8/85", date(1985, 8, 12)),
    ("12.08.1985", date(1985, 8, 12)),
    ("12 Agustus 1985", date(1985, 8, 12)),
    ("12 AGUSTUS 1985", date(1985, 8, 12)),
    ("12 Agt 1985", date(1985, 8, 12)),
    ("12-Agu-85", date(1985, 8, 12)),
    ("5 Mei 2020", date(2020, 5, 5)),
    ("5 Nopember 2019", date(2019, 11, 5)),
    ("1 Pebruari 1970", date(1970, 2, 1)),
    ("17 August 1990", date(1990, 8, 17)),
    ("1985-08-12", date(1985, 8, 12)),
    ("3/1/24", date(2024, 1, 3)),
    ("3/1/26", date(2026, 1, 3)),
    ("31271", date(1985, 8, 12)),  # an Excel serial exported as text
    (31271, date(1985, 8, 12)),  # an Excel serial in a number cell
    (datetime(1985, 8, 12, 0, 0), date(1985, 8, 12)),
    (date(1985, 8, 12), date(1985, 8, 12)),
    ("", None),
    (None, None),
    ("-", None),
])
def test_dates_in_every_usual_form(cell, expected):
    assert read_date(cell, today=TODAY) == expected


@pytest.mark.parametrize("cell, words", [
    ("31/02/2020", "bukan tanggal"),
    ("12 Agustos 1985", "bulan"),
    ("kemarin", "tidak terbaca"),
    ("12/08/2030", "masa depan"),
    ("12/8/185", "tiga angka"),
])
def test_unreadable_dates_say_why(cell, words):
    with pytest.raises(CellError) as err:
        read_date(cell, today=TODAY, label="Tanggal masuk")
    assert words in err.value.message and "Tanggal masuk" in err.value.message


def test_two_digit_years_are_in_the_past():
    assert read_date("1/1/27", today=TODAY) == date(1927, 1, 1)
    assert read_date("1/1/00", today=TODAY) == date(2000, 1, 1)


@pytest.mark.parametrize("cell, age", [
    ("45", 45), (45, 45), (45.0, 45), ("± 45 th", 45), ("45 tahun", 45), ("+/- 60 thn", 60),
    ("kira-kira 30", 30), ("", None), (None, None),
])
def test_ages(cell, age):
    assert read_age(cell) == age


def test_impossible_age_refused():
    with pytest.raises(CellError):
        read_age("150")
    with pytest.raises(CellError):
        read_age("tua")


def test_nik_from_a_number_cell_is_damaged_never_valid():
    cut = read_id_number(6.371012345678901e15)
    assert cut.value is None and "15 digit" in cut.damaged
    assert read_id_number(6371012345678900).value is None
    sci = read_id_number("6.37101E+15")
    assert sci.value is None and "notasi ilmiah" in sci.damaged
    assert read_id_number("6,37E+15").value is None
    short = read_id_number("637101234567890")
    assert short.value is None and "15 digit" in short.damaged
    assert read_id_number("6371 0123 4567 8901").value == "6371012345678901"
    assert read_id_number("'6371012345678901").value == "6371012345678901"
    assert read_id_number("-").value is None and not read_id_number("-").damaged


@given(st.integers(min_value=10**14, max_value=10**16 - 1))
@settings(max_examples=200)
def test_any_numeric_nik_cell_is_flagged(number):
    assert read_id_number(number).value is None
    assert read_id_number(float(number)).value is None


@pytest.mark.parametrize("raw, name", [
    ("MUHAMMAD RIZKY BIN ABDULLAH", "Muhammad Rizky bin Abdullah"),
    ("SITI NUR'AINI BINTI SALEH", "Siti Nur'aini binti Saleh"),
    ("ahmad   al-faruq", "Ahmad Al-Faruq"),
    ("I GUSTI NGURAH RAI", "I Gusti Ngurah Rai"),
    ("Dewi van Houten", "Dewi van Houten"),  # mixed case is kept as typed
    ("  ", ""),
])
def test_names_in_capitals_become_names(raw, name):
    assert proper_name(raw) == name


@pytest.mark.parametrize("cell, sex", [
    ("L", "L"), ("lk", "L"), ("Laki-laki", "L"), ("PRIA", "L"), ("male", "L"), (1.0, "L"),
    ("P", "P"), ("Pr", "P"), ("Perempuan", "P"), ("WANITA", "P"), ("F", "P"),
])
def test_sexes(cell, sex):
    assert read_sex(cell) == sex


def test_unknown_sex_refused():
    with pytest.raises(CellError):
        read_sex("X")
    with pytest.raises(CellError):
        read_sex(None)


@pytest.mark.parametrize("cell, category", [
    ("GELANDANGAN", "gelandangan"), ("Pengemis", "pengemis"), ("anjal", "anak jalanan"),
    ("Lansia Terlantar", "lanjut usia terlantar"), ("PSK", "tuna susila"),
    ("ODHA", "orang dengan HIV/AIDS"), ("", ""),
])
def test_pmks_spellings(cell, category):
    assert read_pmks(cell) == category


@pytest.mark.parametrize("heading, code", [
    ("NAMA LENGKAP", "full_name"), ("Nama Klien", "full_name"), ("Name", "full_name"),
    ("L/P", "sex"), ("Jenis Kelamin", "sex"), ("Gender", "sex"),
    ("No. KTP", "nik"), ("NIK", "nik"), ("No. KK", "kk_number"),
    ("Tempat, Tgl Lahir", "birth_place_date"), ("Tgl. Lahir", "birth_date"),
    ("Date of birth", "birth_date"), ("Umur", "age"), ("Usia", "age"),
    ("Tgl. Masuk", "arrival_date"), ("Tanggal Penerimaan", "arrival_date"),
    ("Date of admission", "arrival_date"), ("Tgl Keluar", "exit_date"),
    ("Kab/Kota", "regency"), ("Kategori PMKS", "pmks_category"), ("No. Register", "reference"),
    ("Keterangan", "notes"), ("No", None), ("Foto", None),
])
def test_headings_suggest_fields(heading, code):
    assert suggest_field(heading) == code


def test_heading_row_found_below_a_title():
    rows = [["BUKU DATA KLIEN RUMAH SINGGAH", None, None],
            ["Dinas Sosial Kota Banjarmasin", None, None],
            [None, None, None],
            ["No", "Nama Lengkap", "L/P", "Tgl Masuk"],
            [1, "BUDI", "L", "01-02-2024"]]
    assert find_header_row(rows) == 3
