"""The complaint letters through the letter machinery: numbered in the issuing office's letter
book (the complaint's facility's office), rendered, kept, and linked from the complaint.

``receipt(store, actor, complaint_id)``: the tanda terima pengaduan, dated the day received.
``reply(store, actor, complaint_id)``: the surat tanggapan, dated the day of the response;
refused while no response is recorded. Each is one transaction; a second call makes a new
letter (a new number) and links the newest.
"""

from __future__ import annotations

import uuid

from rumahsinggah.core.errors import DomainError
from rumahsinggah.core.localtime import to_local
from rumahsinggah.documents.indonesian import hari, tanggal
from rumahsinggah.i18n import _
from rumahsinggah.services import permissions
from rumahsinggah.services.calendar import facility_zone
from rumahsinggah.services.complaints import channels_of, get_complaint
from rumahsinggah.services.letters import LetterResult, generate_in
from rumahsinggah.storage.audit import Actor
from rumahsinggah.storage.models import Facility, Stay

ZONE_NAMES = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def _moment(moment, zone) -> str:
    local = to_local(moment, zone)
    label = ZONE_NAMES.get(str(zone), "")
    return f"{hari(local)}, {tanggal(local)} pukul {local:%H.%M}" + (f" {label}" if label
                                                                      else "")


def _params(session, complaint) -> dict:
    from rumahsinggah.services._common import registry

    facility = session.get(Facility, complaint.facility_id)
    zone = facility_zone(session, complaint.facility_id)
    std = registry(session).get(complaint.standard_code) if complaint.standard_code else None
    params = {
        "pengaduan": str(complaint.id),
        "fasilitas": facility.code if facility is not None else "",
        "diterima": _moment(complaint.received_at, zone),
        "saluran": channels_of(std).get(complaint.channel, complaint.channel),
        "pengadu": "Anonim" if complaint.anonymous else complaint.complainant_name,
        "kontak": complaint.contact,
        "identitas": complaint.identity_document,
        "isi": complaint.content,
    }
    if complaint.stay_id:
        stay = session.get(Stay, complaint.stay_id)
        params["kasus"] = stay.case_number if stay is not None else ""
    if complaint.due_at is not None:
        # The due moment is midnight after the last day: print that last day.
        last = to_local(complaint.due_at, zone)
        if (last.hour, last.minute) == (0, 0):
            from datetime import timedelta

            last = last - timedelta(minutes=1)
            params["batas_tanggapan"] = f"{hari(last)}, {tanggal(last)}"
        else:
            params["batas_tanggapan"] = _moment(complaint.due_at, zone)
        limit = std.complaints.response_time if std is not None else None
        if limit is not None:
            params["ketentuan"] = limit.text or limit.describe()
    return params, zone


def receipt(store, actor: Actor, complaint_id: uuid.UUID) -> LetterResult:
    with store.write(actor) as session:
        permissions.require(session, "complaints.letters")
        complaint = get_complaint(session, complaint_id)
        params, zone = _params(session, complaint)
        params["tanggal"] = to_local(complaint.received_at, zone).date().isoformat()
        result = generate_in(store, session, actor, "tanda_terima_pengaduan", params=params)
        complaint.receipt_letter_id = result.letter_id
        session.add(complaint)
        return result


def reply(store, actor: Actor, complaint_id: uuid.UUID) -> LetterResult:
    from rumahsinggah.storage.models import Letter

    with store.write(actor) as session:
        permissions.require(session, "complaints.letters")
        complaint = get_complaint(session, complaint_id)
        if complaint.responded_at is None or not complaint.response:
            raise DomainError(_("Pengaduan belum ditanggapi: catat tahap tanggapan terlebih "
                              "dahulu, lalu buat surat tanggapannya."), field="stage")
        params, zone = _params(session, complaint)
        params["tanggal"] = to_local(complaint.responded_at, zone).date().isoformat()
        params["tanggapan"] = complaint.response
        if complaint.receipt_letter_id:
            kept = session.get(Letter, complaint.receipt_letter_id)
            params["nomor_tanda_terima"] = kept.number if kept is not None else ""
        result = generate_in(store, session, actor, "balasan_pengaduan", params=params)
        complaint.reply_letter_id = result.letter_id
        session.add(complaint)
        return result


__all__ = ["receipt", "reply"]
