"""rules: facility time zone, local holidays and office closures

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 18:50:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('facility', schema=None) as batch_op:
        batch_op.add_column(sa.Column('time_zone', sqlmodel.sql.sqltypes.AutoString(length=40),
                                      nullable=False, server_default='WIB'))
    op.create_table('calendar_day',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('site_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('change_stamp', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('facility_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_calendar_day_facility_id_facility')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_day'))
    )
    with op.batch_alter_table('calendar_day', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calendar_day_change_stamp'), ['change_stamp'], unique=False)
        batch_op.create_index(batch_op.f('ix_calendar_day_day'), ['day'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('calendar_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calendar_day_day'))
        batch_op.drop_index(batch_op.f('ix_calendar_day_change_stamp'))
    op.drop_table('calendar_day')
    # ALTER TABLE ... DROP COLUMN (SQLite >= 3.35): rebuilding facility would trip the
    # foreign keys that point at it.
    op.drop_column('facility', 'time_zone')
