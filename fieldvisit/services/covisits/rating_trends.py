"""Rating trends per standard over the last twelve months, for the manager's month."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import Standard
from fieldvisit.services.covisits.manager_month import StandardTrend, TrendPoint
from fieldvisit.storage.models import CoVisit, StandardRating

TREND_MONTHS = 12


def months_before(first: date, n: int) -> date:
    index = first.year * 12 + first.month - 1 - n
    return date(index // 12, index % 12 + 1, 1)


def rating_trends(
    session: Session,
    manager_id: uuid.UUID,
    rep_id: uuid.UUID | None,
    first: date,
    last: date,
) -> tuple[tuple[StandardTrend, ...], float | None]:
    """Each standard's points and average from ``first`` to ``last``, and the mean of
    every rating in that window."""
    query = (
        select(StandardRating.standard, CoVisit.first_day, StandardRating.score)
        .join(CoVisit, StandardRating.covisit_id == CoVisit.id)
        .where(
            CoVisit.manager_id == manager_id,
            CoVisit.deleted_at.is_(None),
            StandardRating.deleted_at.is_(None),
            CoVisit.first_day >= first,
            CoVisit.first_day <= last,
        )
    )
    if rep_id is not None:
        query = query.where(CoVisit.rep_id == rep_id)
    scores: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    every: list[int] = []
    for standard, day, score in session.execute(query):
        # One rep: a point per co-visit day; the whole team: a point per month, else the
        # lines of several reps zig-zag into noise.
        scores[standard][day if rep_id is not None else day.replace(day=1)].append(score)
        every.append(score)
    known = [s.value for s in Standard]
    order = sorted(scores, key=lambda k: (known.index(k) if k in known else len(known), k))
    trends = []
    for standard in order:
        by_day = scores[standard]
        points = tuple(
            TrendPoint(day, sum(v) / len(v), len(v)) for day, v in sorted(by_day.items())
        )
        flat = [x for v in by_day.values() for x in v]
        trends.append(StandardTrend(standard, points, sum(flat) / len(flat)))
    return tuple(trends), (sum(every) / len(every) if every else None)
