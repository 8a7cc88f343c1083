"""The co-visit's one read model: plain, frozen views that the window, the handout and the
command line all take; their JSON form for revisions; the digest of what the rep acknowledges."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from fieldvisit.domain.enums import ActionReview, ActionStatus, CoVisitStatus, CoVisitType


@dataclass(frozen=True, slots=True)
class ObservationView:
    step: str
    rating: int | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CallView:
    id: uuid.UUID
    seq: int
    day: date
    account_id: uuid.UUID
    account_name: str
    call_type: CoVisitType
    stakeholder_ids: tuple[uuid.UUID, ...] = ()
    stakeholder_names: tuple[str, ...] = ()
    visit_objective: str | None = None
    precall_opening: str | None = None
    precall_key_messages: str | None = None
    precall_objections: str | None = None
    precall_commitment: str | None = None
    rep_self_assessment: str | None = None
    feedback_went_well: str | None = None
    feedback_do_differently: str | None = None
    agreed_learning: str | None = None
    observations: tuple[ObservationView, ...] = ()
    contact_record_id: uuid.UUID | None = None

    def observation(self, step: str) -> ObservationView:
        return next((o for o in self.observations if o.step == step), ObservationView(step))


@dataclass(frozen=True, slots=True)
class RatingView:
    standard: str
    score: int
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class ActionView:
    id: uuid.UUID
    seq: int
    description: str
    owner_id: uuid.UUID | None = None
    owner_name: str | None = None
    due_on: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    review_note: str | None = None
    reviewed_in_id: uuid.UUID | None = None
    """The co-visit whose review last looked at the action."""
    from_day: date | None = None
    """First day of the co-visit that agreed the action (for actions under review)."""

    def review_in(self, covisit_id: uuid.UUID) -> ActionReview | None:
        """What the review in ``covisit_id`` decided, ``None`` if it has not reviewed it
        (a closed action from before reviews were recorded counts as reviewed)."""
        legacy = self.reviewed_in_id is None and self.status is not ActionStatus.OPEN
        if self.reviewed_in_id != covisit_id and not legacy:
            return None
        return _OUTCOME[self.status]


_OUTCOME = {
    ActionStatus.OPEN: ActionReview.NOT_DONE,
    ActionStatus.DONE: ActionReview.DONE,
    ActionStatus.DROPPED: ActionReview.DROPPED,
}


@dataclass(frozen=True, slots=True)
class RevisionView:
    number: int
    reason: str | None
    made_at: datetime
    author: str | None = None


@dataclass(frozen=True, slots=True)
class CoVisitView:
    id: uuid.UUID
    rep_id: uuid.UUID
    rep_name: str
    manager_id: uuid.UUID
    manager_name: str
    first_day: date
    last_day: date
    template_version: str
    development_objectives: tuple[str, ...] = ()
    strengths: str | None = None
    development_areas: str | None = None
    big_question_yes: bool | None = None
    big_question_why: str | None = None
    manager_comments: str | None = None
    rep_comments: str | None = None
    rep_acknowledged_at: datetime | None = None
    """When the rep acknowledged exactly this content (``None`` once it has changed)."""
    acknowledgement_withdrawn: bool = False
    """The rep acknowledged, then the report changed: a new acknowledgement is needed."""
    manager_signed_at: datetime | None = None
    status: CoVisitStatus = CoVisitStatus.IN_PROGRESS
    completed_at: datetime | None = None
    late: bool = False
    """Not signed by the end of the last day (``domain.covisit_rules``), as of the clock."""
    revision: int = 1
    calls: tuple[CallView, ...] = ()
    ratings: tuple[RatingView, ...] = ()
    actions: tuple[ActionView, ...] = ()
    review: tuple[ActionView, ...] = ()
    """Earlier co-visits' actions reviewed in this one: still open, or decided here."""
    territory: str | None = None
    revisions: tuple[RevisionView, ...] = ()

    @property
    def locked(self) -> bool:
        return self.status is CoVisitStatus.SIGNED_OFF

    def call(self, call_id: uuid.UUID) -> CallView:
        return next(c for c in self.calls if c.id == call_id)

    def rating(self, standard: str) -> RatingView | None:
        return next((r for r in self.ratings if r.standard == standard), None)


# ------------------------------------------------------------------ what the rep acknowledges

_NOT_ACKNOWLEDGED = frozenset(
    {
        # the signatures and states themselves
        "rep_acknowledged_at",
        "acknowledgement_withdrawn",
        "manager_signed_at",
        "status",
        "completed_at",
        "late",
        # follow-up of actions happens after the report (at the next co-visit)
        "review",
        "review_note",
        "reviewed_in_id",
        "from_day",
        # history and display names (the ids are acknowledged)
        "revisions",
        "territory",
        "rep_name",
        "manager_name",
        "account_name",
        "stakeholder_names",
        "owner_name",
        "contact_record_id",
    }
)


def _content(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _content(v) for k, v in value.items() if k not in _NOT_ACKNOWLEDGED}
    if isinstance(value, list):
        return [_content(v) for v in value]
    return value


def acknowledged_digest(view: CoVisitView) -> str:
    """SHA-256 of everything the rep reads and acknowledges (canonical JSON of the view
    without signatures, states and names): a different digest means different content."""
    canonical = json.dumps(
        _content(to_json(view)), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ JSON (revisions)

_NESTED: dict[str, Any] = {
    "calls": CallView,
    "ratings": RatingView,
    "actions": ActionView,
    "review": ActionView,
    "observations": ObservationView,
    "revisions": RevisionView,
}


def to_json(view: Any) -> Any:
    """A JSON-ready form of a view (dates as ISO text, ids as text)."""
    if isinstance(view, tuple):
        return [to_json(v) for v in view]
    if hasattr(view, "__dataclass_fields__"):
        return {f.name: to_json(getattr(view, f.name)) for f in fields(view)}
    if isinstance(view, (datetime, date)):
        return view.isoformat()
    if isinstance(view, uuid.UUID):
        return str(view)
    return view


def covisit_from_json(data: dict[str, Any], fallback: CoVisitView) -> CoVisitView:
    """A view from a revision snapshot; fields the snapshot lacks come from ``fallback``."""
    view = _build(CoVisitView, data, fallback)
    assert isinstance(view, CoVisitView)
    return view


_CONVERT: dict[str, Any] = {
    "id": uuid.UUID,
    "rep_id": uuid.UUID,
    "manager_id": uuid.UUID,
    "account_id": uuid.UUID,
    "owner_id": uuid.UUID,
    "reviewed_in_id": uuid.UUID,
    "from_day": date.fromisoformat,
    "made_at": datetime.fromisoformat,
    "contact_record_id": uuid.UUID,
    "first_day": date.fromisoformat,
    "last_day": date.fromisoformat,
    "day": date.fromisoformat,
    "due_on": date.fromisoformat,
    "rep_acknowledged_at": datetime.fromisoformat,
    "manager_signed_at": datetime.fromisoformat,
    "completed_at": datetime.fromisoformat,
    "call_type": CoVisitType,
    "status": None,  # per class below
    "stakeholder_ids": lambda v: tuple(uuid.UUID(x) for x in v),
    "stakeholder_names": tuple,
    "development_objectives": tuple,
}


def _build(cls: Any, data: dict[str, Any], fallback: Any = None) -> Any:
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            if fallback is not None:
                values[f.name] = getattr(fallback, f.name)
            continue
        raw = data[f.name]
        if raw is None:
            values[f.name] = None
        elif f.name in _NESTED:
            values[f.name] = tuple(_build(_NESTED[f.name], item) for item in raw)
        elif f.name == "status":
            values[f.name] = CoVisitStatus(raw) if cls is CoVisitView else ActionStatus(raw)
        elif f.name in _CONVERT:
            values[f.name] = _CONVERT[f.name](raw)
        else:
            values[f.name] = raw
    return cls(**values)
