"""Client search: spelling variants, nickname, NIK digits, deleted marks, the index it uses."""

from __future__ import annotations

import pytest

from rumahsinggah.services.search import search_clients, search_statement
from rumahsinggah.storage.base import utcnow
from rumahsinggah.storage.models import Client

pytestmark = pytest.mark.both_engines


def _add(store, **fields) -> Client:
    with store.write() as s:
        c = Client(**fields)
        s.add(c)
    return c


def test_search_finds_spelling_variants_nickname_and_nik(store):
    _add(store, full_name="Mohammad Djunaedi", nickname="Jun", sex="L")
    _add(store, full_name="Siti Noor Aisyah", sex="P", nik="6371024507900001")
    _add(store, full_name="Budi Santoso", nickname="Ucok", sex="L")
    with store.read() as s:
        assert [h.full_name for h in search_clients(s, "muhamad junaedi")] == ["Mohammad Djunaedi"]
        assert [h.full_name for h in search_clients(s, "nur aisyah")] == ["Siti Noor Aisyah"]
        assert [h.full_name for h in search_clients(s, "ucok")] == ["Budi Santoso"]
        assert [h.full_name for h in search_clients(s, "450790")] == ["Siti Noor Aisyah"]
        assert search_clients(s, "   ") == []
        assert search_clients(s, "100%") == []  # wildcards in the query are literal


def test_search_skips_clients_marked_deleted_and_orders_by_name(store):
    gone = _add(store, full_name="Ahmad Gone", sex="L")
    _add(store, full_name="Ahmad Zaki", sex="L")
    _add(store, full_name="Achmad Baihaqi", sex="L")
    with store.write() as s:
        s.get(Client, gone.id).deleted_at = utcnow()
    with store.read() as s:
        assert [h.full_name for h in search_clients(s, "ahmad")] == [
            "Achmad Baihaqi", "Ahmad Zaki",
        ]
        assert len(search_clients(s, "ahmad", include_deleted=True)) == 3
        assert len(search_clients(s, "ahmad", limit=1)) == 1


def _plan(store, query: str) -> str:
    with store.read() as s:
        stmt = search_statement(s, query)
        compiled = stmt.compile(bind=s.get_bind())
        sql = str(compiled)
        params = [compiled.params[name] for name in compiled.positiontup]
        conn = s.connection().connection.dbapi_connection
        return " | ".join(str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql,
                                                               params))


@pytest.mark.sqlite_only
def test_search_uses_the_trigram_index_or_the_covering_name_index(store):
    _add(store, full_name="Siti Aminah", sex="P")
    plan = _plan(store, "siti")
    assert "VIRTUAL TABLE" in plan and "client_search" in plan, plan
    short = _plan(store, "si")  # too short for trigrams: the covering index in name order
    assert "USING INDEX ix_client_name_search" in short, short
