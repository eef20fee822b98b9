"""NIK (Nomor Induk Kependudukan) checks: optional, but valid and consistent when given.

Validation of the number itself (16 digits, region code, a real date in digits 7-12) is done by
``python-stdnum``; here the date part is also checked against the sex and date of birth
entered (women have 40 added to the day of birth).
"""

from __future__ import annotations

from datetime import date

from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.id import nik as stdnum_nik

from rumahsinggah.core.errors import DomainError
from rumahsinggah.i18n import _


def check_nik(value: str | None, *, sex: str | None = None, birth_date: date | None = None,
              birth_date_estimated: bool = False, field: str = "nik") -> str | None:
    """The NIK in compact form (or None when empty); raises DomainError when it is wrong."""
    if value is None or not str(value).strip():
        return None
    number = stdnum_nik.compact(str(value))
    try:
        stdnum_nik.validate(number)
    except InvalidLength as exc:
        raise DomainError(_("NIK harus 16 angka (yang diisi {number} angka).").format(number=len(number)),
                          field=field) from exc
    except InvalidFormat as exc:
        raise DomainError(_("NIK hanya boleh berisi angka."), field=field) from exc
    except InvalidComponent as exc:
        raise DomainError(
            _("NIK tidak sah: kode wilayah (digit 1-6) atau tanggal lahir (digit 7-12) tidak "
            "mungkin. Periksa kembali dari KTP/KK."), field=field) from exc
    except ValidationError as exc:  # pragma: no cover - other stdnum failures
        raise DomainError(_("NIK tidak sah. Periksa kembali dari KTP/KK."), field=field) from exc
    raw_day = int(number[6:8])
    female = raw_day > 40
    if sex in ("L", "P") and female != (sex == "P"):
        raise DomainError(
            _("Bagian tanggal lahir NIK (digit 7-8) tidak sesuai jenis kelamin: untuk perempuan "
            "tanggal lahir ditambah 40. Periksa NIK atau jenis kelamin."), field=field)
    if birth_date is not None and not birth_date_estimated:
        day, month, yy = raw_day % 40, int(number[8:10]), int(number[10:12])
        if (day, month, yy) != (birth_date.day, birth_date.month, birth_date.year % 100):
            raise DomainError(
                _("Tanggal lahir pada NIK ({day:02d}-{month:02d}-{yy:02d}) tidak sama dengan "
                      "tanggal lahir yang diisi ({birth_date:%d-%m-%Y}). Periksa NIK atau "
                      "tanggal lahir.").format(day=day, month=month, yy=yy, birth_date=birth_date), field=field)
    return number
