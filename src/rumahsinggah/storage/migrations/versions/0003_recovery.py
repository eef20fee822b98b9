"""recovery: the tamper-evident audit chain (chain_seq, chain_hash per origin desk)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 18:40:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chain_seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('chain_hash', sqlmodel.sql.sqltypes.AutoString(length=64),
                                      nullable=True))
        batch_op.create_index('ix_audit_event_chain', ['site_id', 'chain_seq'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_event_chain')
        batch_op.drop_column('chain_hash')
        batch_op.drop_column('chain_seq')
