"""`fieldvisit check`: is the database sound and current?"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from fieldvisit.services.stats import entity_counts
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import current_revision, head_revision

MAX_LISTED_PROBLEMS = 20


@dataclass(frozen=True, slots=True)
class CheckReport:
    database: str
    schema_revision: str | None
    head_revision: str
    integrity: str
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    problems: list[str] = []
    revision = current_revision(db.engine)
    head = head_revision()
    if revision != head:
        problems.append(f"schema is at revision {revision}, the application expects {head}")
    integrity = "not applicable"
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check")).fetchall()]
            integrity = "ok" if rows == ["ok"] else "damaged"
            if rows != ["ok"]:
                problems.extend(f"integrity: {r}" for r in rows[:MAX_LISTED_PROBLEMS])
            broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            problems.extend(
                f"broken reference: {r[0]} row {r[1]} points to a missing {r[2]}"
                for r in broken[:MAX_LISTED_PROBLEMS]
            )
            if len(broken) > MAX_LISTED_PROBLEMS:
                problems.append(f"… and {len(broken) - MAX_LISTED_PROBLEMS} more broken references")
            conn.rollback()
    counts = entity_counts(db) if revision == head else {}
    return CheckReport(
        database=db.describe(),
        schema_revision=revision,
        head_revision=head,
        integrity=integrity,
        problems=problems,
        counts=counts,
    )
