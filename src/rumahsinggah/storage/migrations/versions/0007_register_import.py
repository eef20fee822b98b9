"""stays remember the old register they were imported from

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 18:40:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE (no batch rebuild): other tables refer to stay, and SQLite adds and
    # drops a simple column in place.
    op.add_column('stay', sa.Column('register_reference',
                                    sqlmodel.sql.sqltypes.AutoString(length=80),
                                    nullable=False, server_default=''))
    op.create_index(op.f('ix_stay_register_reference'), 'stay', ['register_reference'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_stay_register_reference'), table_name='stay')
    op.drop_column('stay', 'register_reference')
