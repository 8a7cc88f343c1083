"""The co-visit handout's snapshot: the co-visit's one read model and the ratings trend."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.checklist import ChecklistTemplate
from fieldvisit.reports import snapshots as s
from fieldvisit.services.covisits.reading import earlier_covisits, find_covisit, load_view
from fieldvisit.services.covisits.template import checklist_for
from fieldvisit.services.covisits.views import CoVisitView
from fieldvisit.services.reporting.lookup import parse_id
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import CoVisit, StandardRating

EARLIER_COVISITS = 3


def covisit_snapshot(db: Database, covisit_id: str | uuid.UUID) -> s.CoVisitSnapshot:
    key = parse_id(covisit_id, "covisit")
    with db.session_scope() as session:
        cv = find_covisit(session, key)
        view = load_view(session, cv)
        checklist = checklist_for(cv.template_version)
        return handout_snapshot(view, _earlier(session, cv, checklist), checklist)


def handout_snapshot(
    view: CoVisitView,
    earlier: tuple[s.EarlierRatings, ...] = (),
    checklist: ChecklistTemplate | None = None,
) -> s.CoVisitSnapshot:
    """The handout prints the co-visit's own view, plus the trend of earlier ratings that
    only paper shows."""
    return s.CoVisitSnapshot(view, earlier, checklist or checklist_for(view.template_version))


def _earlier(
    session: Session, cv: CoVisit, checklist: ChecklistTemplate
) -> tuple[s.EarlierRatings, ...]:
    """Ratings of up to three earlier co-visits with the rep, oldest first."""
    earlier = list(session.scalars(earlier_covisits(cv).limit(EARLIER_COVISITS)))
    order = checklist.standard_order()
    found: dict[uuid.UUID, list[StandardRating]] = defaultdict(list)
    for row in session.scalars(
        select(StandardRating).where(
            StandardRating.covisit_id.in_([e.id for e in earlier]),
            StandardRating.deleted_at.is_(None),
        )
    ):
        found[row.covisit_id].append(row)
    return tuple(
        s.EarlierRatings(
            e.first_day,
            tuple(
                (r.standard, r.score)
                for r in sorted(found[e.id], key=lambda r: (order.get(r.standard, 99), r.standard))
            ),
        )
        for e in reversed(earlier)
        if found[e.id]
    )
