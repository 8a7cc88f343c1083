"""Planning figures on a copy of the 50k demo database.

Budgets (issue 4): suggest a month's plan for a rep with 400 accounts < 1 s; compliance
for a team of 10 reps < 1 s. Works on a copy (the source is never written); gives one
rep 400 accounts in the copy if none has that many. Prints median and worst, never asserts.

    python bench/bench_planning.py [--db bench/out/demo-50k.db] [--runs 7]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select, update

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.planning.compliance import compliance_for_reps
from fieldvisit.services.planning.suggest import suggest_plan
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, TeamMember

DEFAULT_DB = Path("/work/main/bench/out/demo-50k.db")
TARGET_ACCOUNTS = 400
TEAM = 10


def timed(label: str, work: Callable[[], object], runs: int, budget: float) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    worst = max(times)
    verdict = "within" if worst < budget else "OVER"
    print(
        f"{label}: median {statistics.median(times) * 1000:.0f} ms, "
        f"worst {worst * 1000:.0f} ms ({verdict} the {budget:.0f} s budget, {runs} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--month", default="2026-10", help="month of the compliance figures")
    parser.add_argument("--plan-month", default="2027-03", help="an unplanned month to suggest")
    args = parser.parse_args()
    month = date.fromisoformat(f"{args.month}-01")
    plan_month = date.fromisoformat(f"{args.plan_month}-01")
    with tempfile.TemporaryDirectory(prefix="bench-planning-") as folder:
        copy = Path(folder) / "copy.db"
        shutil.copyfile(args.db, copy)
        db = open_database(copy)
        try:
            with db.session_scope() as s:
                counts = s.execute(
                    select(Account.owner_id, func.count())
                    .where(Account.deleted_at.is_(None), Account.owner_id.is_not(None))
                    .group_by(Account.owner_id)
                    .order_by(func.count().desc())
                ).all()
                rep_id, owned = counts[0]
                assert rep_id is not None
                if owned < TARGET_ACCOUNTS:
                    extra = s.scalars(
                        select(Account.id)
                        .where(Account.owner_id != rep_id, Account.deleted_at.is_(None))
                        .limit(TARGET_ACCOUNTS - owned)
                    ).all()
                    s.execute(update(Account).where(Account.id.in_(extra)).values(owner_id=rep_id))
                    owned = TARGET_ACCOUNTS
                reps = list(
                    s.scalars(
                        select(TeamMember.id)
                        .where(TeamMember.role == MemberRole.REP, TeamMember.deleted_at.is_(None))
                        .order_by(TeamMember.name)
                        .limit(TEAM)
                    )
                )
                team_accounts = sum(n for r, n in counts if r in set(reps))
            print(f"database: {args.db} (copy), month {args.month}")
            draft = suggest_plan(db, rep_id, plan_month, today=plan_month)
            print(
                f"suggest {args.plan_month}: rep with {owned} accounts -> "
                f"{len(draft.visits)} visits, {len(draft.calls)} calls "
                f"for {draft.accounts} accounts; {len(draft.unplaced)} visits not placed "
                f"(at most {draft.capacity} a day, calendar: {draft.calendar_source.value})"
            )
            timed(
                "suggest_plan", lambda: suggest_plan(db, rep_id, month, today=month), args.runs, 1
            )
            print(f"compliance: {len(reps)} reps, {team_accounts} accounts")
            timed(
                "compliance_for_reps",
                lambda: compliance_for_reps(db, reps, month, today=month),
                args.runs,
                1,
            )
        finally:
            db.close()


if __name__ == "__main__":
    main()
