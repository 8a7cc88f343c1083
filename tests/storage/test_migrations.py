"""The Alembic revision chain, and upgrading databases written by earlier versions.

The upgrade test is generic: it walks every revision, so a new migration is covered
as soon as it is added.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import select

import fieldvisit.storage.models  # noqa: F401  (fills Base.metadata)
from fieldvisit.domain.enums import AccountType, BuyingRole, ContactMethod, MemberRole
from fieldvisit.domain.errors import MigrationError, NewerDatabaseError
from fieldvisit.storage.base import Base
from fieldvisit.storage.database import create_app_engine, resolve_url
from fieldvisit.storage.migrate import MIGRATIONS_DIR, alembic_config, head_revision, open_database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    RecordStakeholder,
    Stakeholder,
    StakeholderRole,
    TeamMember,
)

ROWS_PER_TABLE = 3
"""Enough for children to point at different parents and for unique keys to differ."""


def _scripts(script_location: Path = MIGRATIONS_DIR) -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(script_location))


def _earlier_revisions() -> list[str]:
    """Every revision but head, oldest first."""
    chain = [script.revision for script in _scripts().walk_revisions()]  # head first
    return list(reversed(chain[1:]))


def _upgrade_to(path: Path, revision: str, script_location: Path = MIGRATIONS_DIR) -> None:
    """Build a database at ``revision`` the way the app does (see ``migrate.upgrade``)."""
    engine = create_app_engine(resolve_url(path), foreign_keys=False)
    try:
        config = alembic_config(script_location)
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _stored_revision(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _counts(path: Path, tables: list[str]) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _integrity_problems(path: Path) -> list[Any]:
    with closing(sqlite3.connect(path)) as conn:
        problems = [r for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += list(conn.execute("PRAGMA foreign_key_check"))
    return problems


# --- the chain --------------------------------------------------------------------------


def test_revision_chain_is_linear() -> None:
    scripts = _scripts()
    revisions = list(scripts.walk_revisions())
    assert revisions, "no migrations found"
    assert len(scripts.get_heads()) == 1
    assert len(scripts.get_bases()) == 1
    for script in revisions:
        down = script.down_revision
        assert not isinstance(down, tuple | list), f"{script.revision} is a merge point"
        assert not script.is_merge_point
        assert not script.is_branch_point, f"{script.revision} has several children"
        assert not script.branch_labels
        assert not script.dependencies
    # Walking down from the head visits every revision exactly once.
    seen: list[str] = []
    current: str | None = scripts.get_current_head()
    while current is not None:
        seen.append(current)
        down = scripts.get_revision(current).down_revision
        assert down is None or isinstance(down, str)
        current = down
    assert sorted(seen) == sorted(s.revision for s in revisions)
    assert len(seen) == len(set(seen))


# --- upgrading a database from every earlier revision -----------------------------------


def _orm_column(table: str, column: str) -> sa.Column[Any] | None:
    orm_table = Base.metadata.tables.get(table)
    if orm_table is None or column not in orm_table.c:
        return None
    return orm_table.c[column]


def _value_for(table: sa.Table, column: sa.Column[Any], i: int) -> Any:
    """A synthetic value for a column that is not a foreign key."""
    orm = _orm_column(table.name, column.name)
    if orm is not None and isinstance(orm.type, sa.Enum):
        # Stored as a plain string; anything but a member's value breaks the ORM on read.
        return orm.type.enums[i % len(orm.type.enums)]
    kind = column.type
    if (orm is not None and isinstance(orm.type, sa.Uuid)) or (
        isinstance(kind, sa.CHAR) and kind.length == 32
    ):
        return uuid.uuid4().hex
    if isinstance(kind, sa.JSON):
        return [f"{column.name}-{i}", "王"]
    if isinstance(kind, sa.Boolean):
        return i % 2 == 0
    if isinstance(kind, sa.DateTime):
        return datetime(2024, 3, 4, 5, 6, 7, 123456) + timedelta(days=i, minutes=i)  # noqa: DTZ001 - naive on purpose
    if isinstance(kind, sa.Date):
        return date(2024, 1, 1) + timedelta(days=31 * i)
    if isinstance(kind, sa.Integer):
        return 1 + i
    if isinstance(kind, sa.Numeric):
        return 1.5 + i
    if isinstance(kind, sa.LargeBinary):
        return bytes([i, 0, 255]) * 3
    if isinstance(kind, sa.String):
        text = f"{i}-{column.name}-李"
        return text[: kind.length] if kind.length else text
    raise AssertionError(
        f"no synthetic value for {table.name}.{column.name} ({kind!r}); extend _value_for"
    )


def _fill(conn: sa.Connection, metadata: sa.MetaData) -> dict[str, list[dict[str, Any]]]:
    """Insert rows into every table, parents first, every foreign key pointing at a real row."""
    inserted: dict[str, list[dict[str, Any]]] = {}
    for table in metadata.sorted_tables:
        if table.name == "alembic_version":
            continue
        rows: list[dict[str, Any]] = []
        for i in range(ROWS_PER_TABLE):
            row: dict[str, Any] = {}
            for column in table.columns:
                fks = list(column.foreign_keys)
                if not fks:
                    row[column.name] = _value_for(table, column, i)
                    continue
                target = fks[0].column
                parents = (
                    rows if target.table.name == table.name else inserted.get(target.table.name)
                )
                if not parents:
                    assert column.nullable, f"{table.name}.{column.name} needs a parent row"
                    row[column.name] = None
                else:
                    row[column.name] = parents[i % len(parents)][target.name]
            rows.append(row)
            conn.execute(table.insert().values(row))
        inserted[table.name] = rows
    return inserted


def _primary_key(table: sa.Table, row: Any) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in table.primary_key.columns)


@pytest.mark.parametrize("revision", _earlier_revisions())
def test_database_at_every_earlier_revision_upgrades_with_its_data(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "fieldvisit.db"
    _upgrade_to(path, revision)
    assert _stored_revision(path) == revision

    engine = create_app_engine(resolve_url(path), foreign_keys=False)
    try:
        old = sa.MetaData()
        old.reflect(engine)
        with engine.begin() as conn:
            inserted = _fill(conn, old)
    finally:
        engine.dispose()
    assert set(inserted) == set(old.tables) - {"alembic_version"}  # every table has rows
    assert _integrity_problems(path) == []
    counts_before = _counts(path, list(inserted))

    db = open_database(path)
    db.close()

    # A consistent backup at the old revision, written before the upgrade.
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1
    assert f"before-upgrade-{revision}" in backups[0].name
    assert _stored_revision(backups[0]) == revision
    assert _counts(backups[0], list(inserted)) == counts_before
    assert backups[0].stat().st_mode & 0o777 == 0o600

    assert _stored_revision(path) == head_revision()
    assert _integrity_problems(path) == []

    engine = create_app_engine(resolve_url(path))
    try:
        new = sa.MetaData()
        new.reflect(engine)
        with engine.connect() as conn:
            for name, rows in inserted.items():
                if name not in new.tables:
                    continue  # dropped by a later revision on purpose
                table = new.tables[name]
                shared = [c for c in old.tables[name].columns if c.name in table.c]
                stored = {_primary_key(table, r): r for r in conn.execute(select(table)).mappings()}
                for row in rows:
                    key = _primary_key(table, row)
                    assert key in stored, f"{name} row {key} was lost"
                    for column in shared:
                        assert stored[key][column.name] == row[column.name], (
                            f"{name}.{column.name} of row {key} changed"
                        )
    finally:
        engine.dispose()

    # The ORM can read every row of every model (an invalid enum string would fail here).
    db = open_database(path)
    try:
        with db.session_scope() as session:
            for mapper in Base.registry.mappers:
                loaded = session.scalars(select(mapper.class_)).all()
                table_name = mapper.tables[0].name
                assert len(loaded) >= len(inserted.get(table_name, [])), table_name
    finally:
        db.close()
    assert len(list((tmp_path / "backups").iterdir())) == 1, "a second open made a backup"


# --- table rebuilds and the foreign key guard -------------------------------------------


def _copy_migrations(tmp_path: Path, extra_revision_body: str) -> Path:
    target = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (target / "versions" / "zzzz_test_only.py").write_text(
        f'''"""A migration that exists only in this test."""

import sqlalchemy as sa
from alembic import op

revision = "zzzz"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
{extra_revision_body}


def downgrade() -> None:
    pass
''',
        encoding="utf-8",
    )
    return target


def _account_with_children(path: Path) -> dict[str, int]:
    db = open_database(path)
    try:
        with db.session_scope() as session:
            rep = TeamMember(id=uuid.uuid4(), name="张伟", role=MemberRole.REP)
            account = Account(
                id=uuid.uuid4(), name="华山医院", account_type=AccountType.HOSPITAL, owner_id=rep.id
            )
            people = [
                Stakeholder(id=uuid.uuid4(), account_id=account.id, name=name)
                for name in ("刘主任", "陈药师")
            ]
            record = ContactRecord(
                id=uuid.uuid4(),
                account_id=account.id,
                author_id=rep.id,
                occurred_at=datetime(2024, 5, 6, 7, 8).astimezone(),
                method=ContactMethod.VISIT,
            )
            # No relationship() links these models, so flush parents before children.
            session.add(rep)
            session.flush()
            session.add(account)
            session.flush()
            session.add_all([*people, record])
            session.flush()
            session.add_all(
                [
                    StakeholderRole(stakeholder_id=people[0].id, role=next(iter(BuyingRole))),
                    *(RecordStakeholder(record_id=record.id, stakeholder_id=p.id) for p in people),
                ]
            )
    finally:
        db.close()
    tables = ["account", "stakeholder", "stakeholder_role", "contact_record", "record_stakeholder"]
    counts = _counts(path, tables)
    assert counts == {
        "account": 1,
        "stakeholder": 2,
        "stakeholder_role": 1,
        "contact_record": 1,
        "record_stakeholder": 2,
    }
    return counts


def test_table_rebuild_keeps_child_rows(tmp_path: Path) -> None:
    scripts = _copy_migrations(
        tmp_path,
        '    with op.batch_alter_table("account", recreate="always") as b:\n'
        '        b.add_column(sa.Column("extra", sa.String(), nullable=True))',
    )
    path = tmp_path / "data" / "fieldvisit.db"
    counts = _account_with_children(path)

    db = open_database(path, script_location=scripts)
    db.close()

    assert _stored_revision(path) == "zzzz"
    with closing(sqlite3.connect(path)) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(account)")}
    assert "extra" in columns  # the table really was rebuilt
    assert _counts(path, list(counts)) == counts
    assert _integrity_problems(path) == []
    assert len(list((path.parent / "backups").iterdir())) == 1


def test_migration_leaving_a_broken_reference_is_rolled_back(tmp_path: Path) -> None:
    scripts = _copy_migrations(
        tmp_path,
        "    op.execute(\n"
        '        "INSERT INTO stakeholder (id, account_id, name, created_at, updated_at) "\n'
        "        \"VALUES ('00000000000000000000000000000001', "
        "'ffffffffffffffffffffffffffffffff', \"\n"
        "        \"'orphan', '2024-01-01 00:00:00', '2024-01-01 00:00:00')\"\n"
        "    )\n"
        '    with op.batch_alter_table("account", recreate="always") as b:\n'
        '        b.add_column(sa.Column("extra", sa.String(), nullable=True))',
    )
    path = tmp_path / "fieldvisit.db"
    counts = _account_with_children(path)
    old_head = head_revision()

    with pytest.raises(MigrationError, match="broken references"):
        open_database(path, script_location=scripts)

    assert _stored_revision(path) == old_head
    assert _counts(path, list(counts)) == counts
    with closing(sqlite3.connect(path)) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(account)")}
        orphans = conn.execute("SELECT count(*) FROM stakeholder WHERE name = 'orphan'").fetchone()
    assert "extra" not in columns
    assert orphans == (0,)
    assert _integrity_problems(path) == []
    # The database still opens with the shipped migrations.
    open_database(path).close()


# --- databases from the future ----------------------------------------------------------


def test_database_from_a_newer_fieldvisit_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "fieldvisit.db"
    open_database(path).close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    before = path.read_bytes()

    with pytest.raises(NewerDatabaseError, match="f00d_from_the_future"):
        open_database(path)

    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()
    # The read-only look may leave an empty WAL beside the file, never any data in it.
    wal = tmp_path / "fieldvisit.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert _stored_revision(path) == "f00d_from_the_future"
