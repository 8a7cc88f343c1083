"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

import fieldvisit.storage.models  # noqa: F401  (fills Base.metadata)
from fieldvisit.domain.enums import MemberRole, PeriodKind
from fieldvisit.storage.base import Base
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import SCHEMA_HEAD, head_revision, open_database
from fieldvisit.storage.models import SummaryReport, TeamMember


def test_database_at_head_has_no_difference_from_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_team_member_with_reports_cannot_be_hard_deleted(db: Database) -> None:
    """Reports outlive people: deleting a member who wrote one is refused, not cascaded."""
    with db.session_scope() as session:
        rep = TeamMember(name="李堃", role=MemberRole.REP)
        session.add(rep)
        session.flush()
        session.add(
            SummaryReport(
                author_id=rep.id,
                period_kind=PeriodKind.MONTH,
                period_start=dt.date(2026, 10, 1),
                period_end=dt.date(2026, 10, 31),
            )
        )
    with pytest.raises(IntegrityError), db.session_scope() as session:
        session.delete(session.get(TeamMember, rep.id))
    with db.session_scope() as session:
        assert session.query(SummaryReport).count() == 1


def test_schema_head_constant_is_the_newest_migration() -> None:
    """open_database trusts SCHEMA_HEAD to skip Alembic at start-up; it must be the real head."""
    assert head_revision() == SCHEMA_HEAD


def test_a_current_database_opens_without_importing_alembic(db_path: Path) -> None:
    open_database(db_path).close()
    code = (
        "import sys; from fieldvisit.storage.migrate import open_database; "
        f"open_database({str(db_path)!r}).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
