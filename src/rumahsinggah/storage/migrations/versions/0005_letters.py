"""letters: issuing offices, the outgoing-letter book, the parties recorded on a termination

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 18:45:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('issuing_office',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('site_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('change_stamp', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('home_site', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('profile', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issuing_office'))
    )
    with op.batch_alter_table('issuing_office', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issuing_office_change_stamp'), ['change_stamp'],
                              unique=False)

    # Columns are added and dropped in place (SQLite ALTER TABLE), never by rebuilding a table
    # that other tables reference; the new id columns carry no foreign key for that reason.
    op.add_column('facility', sa.Column('issuing_office_id', sa.Uuid(), nullable=True))
    op.add_column('letter', sa.Column('office_key', sqlmodel.sql.sqltypes.AutoString(length=40),
                                      nullable=False, server_default=''))
    op.add_column('letter', sa.Column('desk', sqlmodel.sql.sqltypes.AutoString(length=40),
                                      nullable=False, server_default=''))
    op.add_column('letter', sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(),
                                      nullable=False, server_default=''))
    op.add_column('letter', sa.Column('recipient', sqlmodel.sql.sqltypes.AutoString(),
                                      nullable=False, server_default=''))
    op.create_index(op.f('ix_letter_office_key'), 'letter', ['office_key'], unique=False)
    op.add_column('termination', sa.Column('receiving_agency_id', sa.Uuid(), nullable=True))
    for name in ('receiving_name', 'receiving_nip', 'receiving_title'):
        op.add_column('termination', sa.Column(name, sqlmodel.sql.sqltypes.AutoString(),
                                               nullable=False, server_default=''))
    op.add_column('coordination', sa.Column('reply_due', sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column('coordination', 'reply_due')
    for name in ('receiving_title', 'receiving_nip', 'receiving_name', 'receiving_agency_id'):
        op.drop_column('termination', name)
    op.drop_index(op.f('ix_letter_office_key'), table_name='letter')
    for name in ('recipient', 'subject', 'desk', 'office_key'):
        op.drop_column('letter', name)
    op.drop_column('facility', 'issuing_office_id')
    with op.batch_alter_table('issuing_office', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issuing_office_change_stamp'))
    op.drop_table('issuing_office')
