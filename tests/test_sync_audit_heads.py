"""The heads of the audit chains travel in every sync bundle and are kept by the importer."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from rumahsinggah.storage import audit_chain
from rumahsinggah.storage.models import AuditEvent
from rumahsinggah.sync.container import open_bundle
from sync_support import PASS, Desks, register

pytestmark = pytest.mark.both_engines


def test_bundle_manifest_carries_the_chain_heads(tmp_path):
    desks = Desks(tmp_path)
    a, b = desks.stores
    try:
        register(a, "Wahyu Ramadhan")
        paths = desks.bundle(a, b)
        opened = open_bundle(paths, PASS)
        try:
            sent = opened.manifest["audit_heads"][a.site_id]
        finally:
            opened.close()
        with a.read() as s:
            heads = audit_chain.head(s)
            linked = s.execute(select(AuditEvent.chain_hash).where(
                AuditEvent.site_id == a.site_id, AuditEvent.chain_seq == sent["seq"])).scalar()
        # The head as it stood when the bundle was sealed (the export event came after it).
        assert sent["seq"] > 0 and linked == sent["hash"]
        assert heads[a.site_id]["seq"] == sent["seq"] + 1
        from rumahsinggah.storage.audit import SYSTEM
        from rumahsinggah.sync import bundle

        bundle.import_bundle(b, SYSTEM, paths, PASS)
        with b.read() as s:
            event = s.execute(select(AuditEvent).where(AuditEvent.action == "sync_import")
                              .order_by(AuditEvent.at.desc())).scalars().first()
        assert event.changes["audit_heads"][a.site_id] == sent
    finally:
        desks.close()
