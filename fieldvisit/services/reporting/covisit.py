"""The co-visit handout's snapshot, made from the co-visit's one read model."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.clock import local_zone
from fieldvisit.domain.checklist import ChecklistTemplate
from fieldvisit.reports import snapshots as s
from fieldvisit.services.covisits.reading import earlier_covisits, find_covisit, load_view
from fieldvisit.services.covisits.template import checklist_for
from fieldvisit.services.covisits.views import CallView, CoVisitView
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
    """The handout's plain data: the co-visit's view as the window shows it, plus the trend
    of earlier ratings that only paper shows."""
    zone = local_zone()
    return s.CoVisitSnapshot(
        rep=view.rep_name,
        manager=view.manager_name,
        first_day=view.first_day,
        last_day=view.last_day,
        development_objectives=view.development_objectives,
        actions=tuple(
            s.ActionLine(a.description, a.owner_name, a.due_on, a.status) for a in view.actions
        ),
        big_question_yes=view.big_question_yes,
        big_question_why=view.big_question_why,
        strengths=view.strengths,
        development_areas=view.development_areas,
        calls=tuple(_call(c) for c in view.calls),
        ratings=tuple(s.Rating(r.standard, r.score, r.comment) for r in view.ratings),
        earlier=earlier,
        review=tuple(
            s.ReviewLine(
                a.description,
                a.owner_name,
                a.due_on,
                a.review_in(view.id),
                a.review_note,
                a.from_day,
            )
            for a in view.review
        ),
        manager_comments=view.manager_comments,
        rep_comments=view.rep_comments,
        rep_acknowledged_at=view.rep_acknowledged_at,
        manager_signed_at=view.manager_signed_at,
        status=view.status,
        completed_at=view.completed_at,
        late=view.late,
        revision=view.revision,
        revisions=tuple(
            s.RevisionNote(r.number, r.reason, r.made_at.astimezone(zone).date(), r.author)
            for r in view.revisions
        ),
        territory=view.territory,
        checklist=checklist or checklist_for(view.template_version),
    )


_SAME_IN_CALL = tuple(
    f.name for f in fields(s.CallDetail) if f.name in {g.name for g in fields(CallView)}
)
"""Fields the handout's call takes as they are in the view (names, plan, debrief)."""


def _call(c: CallView) -> s.CallDetail:
    same: dict[str, Any] = {name: getattr(c, name) for name in _SAME_IN_CALL}
    same["observations"] = tuple(s.Observation(o.step, o.rating, o.note) for o in c.observations)
    return s.CallDetail(account=c.account_name, stakeholders=c.stakeholder_names, **same)


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
