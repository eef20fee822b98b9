"""head office: the shelters it accepts bundles from, and their desks

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 03:08:15
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('shelter',
    sa.Column('store_id', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('named_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('named_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('bundles', sa.Integer(), nullable=False),
    sa.Column('last_bundle_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('store_id', name=op.f('pk_shelter'))
    )
    with op.batch_alter_table('shelter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shelter_code'), ['code'], unique=True)

    op.create_table('shelter_desk',
    sa.Column('site_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('store_id', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('first_seen_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['shelter.store_id'], name=op.f('fk_shelter_desk_store_id_shelter')),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_shelter_desk'))
    )
    with op.batch_alter_table('shelter_desk', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shelter_desk_store_id'), ['store_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('shelter_desk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shelter_desk_store_id'))

    op.drop_table('shelter_desk')
    with op.batch_alter_table('shelter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shelter_code'))

    op.drop_table('shelter')
