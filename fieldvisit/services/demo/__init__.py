"""`fieldvisit demo`: realistic, reproducible sample data for an empty database.

Everything is drawn from one ``random.Random(seed)`` in a fixed order and dated relative
to ``today``, so the same (accounts, seed, today) always gives the same rows and ids.
Rows are generated one rep's portfolio at a time and written with Core bulk inserts
inside a single transaction: a failure leaves the database as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from fieldvisit import clock
from fieldvisit.domain.errors import ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.accounts.search_keys import record_key_version
from fieldvisit.services.demo.accounts import AccountBuilder
from fieldvisit.services.demo.core import Ctx, Writer
from fieldvisit.services.demo.covisits import CoVisitBuilder
from fieldvisit.services.demo.facts import FactBuilder
from fieldvisit.services.demo.planning import PlanBuilder
from fieldvisit.services.demo.records import RecordBuilder
from fieldvisit.services.demo.reviews import build_reviews
from fieldvisit.services.demo.stakeholders import StakeholderBuilder
from fieldvisit.services.demo.summaries import SummaryBuilder
from fieldvisit.services.demo.team import add_policy_version, build_team
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account

MIN_ACCOUNTS = 1
MAX_ACCOUNTS = 100_000

__all__ = ["MAX_ACCOUNTS", "MIN_ACCOUNTS", "DemoSummary", "generate_demo"]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    counts: dict[str, int] = field(default_factory=dict)
    """Rows written per table (tables left untouched are absent)."""
    seconds: float = 0.0

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def generate_demo(
    db: Database,
    *,
    accounts: int,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty database with a team, ``accounts`` customer cards and a year of work."""
    if not MIN_ACCOUNTS <= accounts <= MAX_ACCOUNTS:
        raise ValidationError(
            "accounts",
            message(
                "Choose between {low} and {high} demo accounts (you asked for {asked}).",
                low=f"{MIN_ACCOUNTS:,}",
                high=f"{MAX_ACCOUNTS:,}",
                asked=f"{accounts:,}",
            ),
        )
    started = time.perf_counter()
    with db.session_scope() as session:
        if session.execute(select(Account.id).limit(1)).first() is not None:
            raise ValidationError(
                "accounts",
                message(
                    "{database} already holds accounts; demo data goes into an empty database. "
                    "Choose a new file with --db.",
                    database=db.describe(),
                ),
            )
        writer = Writer(session)
        ctx = Ctx(seed, today or clock.today(), writer)
        _managers, reps = build_team(ctx, accounts)
        new_policy = add_policy_version(ctx)
        account_builder = AccountBuilder(ctx)
        stakeholder_builder = StakeholderBuilder(ctx)
        facts = FactBuilder(ctx)
        records = RecordBuilder(ctx, facts)
        plans = PlanBuilder(ctx, new_policy)
        covisits = CoVisitBuilder(ctx, records)
        summaries = SummaryBuilder(ctx)
        done = 0
        for r, rep in enumerate(reps):
            count = (r + 1) * accounts // len(reps) - r * accounts // len(reps)
            portfolio = account_builder.build(rep, count)
            for i, info in enumerate(portfolio):
                stakeholder_builder.build(info, force_move=i == 1)
                facts.build(info, forced=i == 0)
                records.build(info, rep)
            covisits.build(rep, portfolio, r)
            plans.build(rep, portfolio, r)
            summaries.build(rep, r)
            writer.maybe_flush()
            done += count
            if progress is not None:
                progress(done, accounts)
        writer.flush()
        build_reviews(ctx, session, reps)
        writer.flush()
        record_key_version(session)  # every key was written the current way
        counts = dict(writer.counts)
    return DemoSummary(counts=counts, seconds=time.perf_counter() - started)
