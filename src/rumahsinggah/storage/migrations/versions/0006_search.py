"""search: phonetic name key, merged-into link, full-text indexes

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 18:40:00

Adds ``client.sounds_key`` (filled here from each full name with ``core.phonetic``) and
``client.merged_into_id`` (a merged duplicate points at the kept client), then the FTS5
tables and triggers of ``storage.search_index``, filled from the existing rows.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

from rumahsinggah.core import phonetic
from rumahsinggah.storage import search_index

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sounds_key', sqlmodel.sql.sqltypes.AutoString(length=400),
                                      nullable=False, server_default=''))
        batch_op.add_column(sa.Column('merged_into_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_client_merged_into_id'), ['merged_into_id'],
                              unique=False)
        batch_op.drop_index(batch_op.f('ix_client_name_key'))
        batch_op.create_index('ix_client_name_search', ['name_key', 'deleted_at', 'search_text'],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_client_merged_into_id_client'), 'client',
                                    ['merged_into_id'], ['id'])
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.create_index('ix_stay_client_case', ['client_id', 'case_number'], unique=False)
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, full_name FROM client")).all()
    if rows:
        conn.execute(sa.text("UPDATE client SET sounds_key = :k WHERE id = :i"),
                     [{"k": phonetic.sounds_key(name or ""), "i": id_} for id_, name in rows])
    search_index.install(conn)
    search_index.rebuild(conn)


def downgrade() -> None:
    conn = op.get_bind()
    search_index.drop(conn)
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.drop_index('ix_stay_client_case')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_client_merged_into_id_client'),
                                 type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_client_merged_into_id'))
        batch_op.drop_index('ix_client_name_search')
        batch_op.create_index(batch_op.f('ix_client_name_key'), ['name_key'], unique=False)
        batch_op.drop_column('merged_into_id')
        batch_op.drop_column('sounds_key')
