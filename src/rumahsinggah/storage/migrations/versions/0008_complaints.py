"""complaints: governing standard, identity document, handler, response time, stages, letters

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 21:50:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    # Plain ALTER TABLE: SQLite adds and drops simple columns in place.
    op.add_column('complaint', sa.Column('standard_code', _TEXT(length=60), nullable=False,
                                         server_default=''))
    op.add_column('complaint', sa.Column('identity_document', _TEXT(), nullable=False,
                                         server_default=''))
    op.add_column('complaint', sa.Column('handler_id', sa.Uuid(), nullable=True))
    op.add_column('complaint', sa.Column('responded_at', sqlmodel.sql.sqltypes.UTCDateTime(),
                                         nullable=True))
    op.add_column('complaint', sa.Column('steps', sa.JSON(), nullable=False,
                                         server_default='[]'))
    op.add_column('complaint', sa.Column('receipt_letter_id', sa.Uuid(), nullable=True))
    op.add_column('complaint', sa.Column('reply_letter_id', sa.Uuid(), nullable=True))


def downgrade() -> None:
    for column in ('reply_letter_id', 'receipt_letter_id', 'steps', 'responded_at',
                   'handler_id', 'identity_document', 'standard_code'):
        op.drop_column('complaint', column)
