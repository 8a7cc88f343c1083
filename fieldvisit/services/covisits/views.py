"""Plain, frozen views of a co-visit for the window, and their JSON form for revisions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from fieldvisit.domain.enums import ActionStatus, CoVisitStatus, CoVisitType


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
    rep_comments: str | None = None
    rep_acknowledged_at: datetime | None = None
    manager_signed_at: datetime | None = None
    status: CoVisitStatus = CoVisitStatus.IN_PROGRESS
    completed_at: datetime | None = None
    late: bool = False
    revision: int = 1
    calls: tuple[CallView, ...] = ()
    ratings: tuple[RatingView, ...] = ()
    actions: tuple[ActionView, ...] = ()

    @property
    def locked(self) -> bool:
        return self.status is CoVisitStatus.SIGNED_OFF

    def call(self, call_id: uuid.UUID) -> CallView:
        return next(c for c in self.calls if c.id == call_id)

    def rating(self, standard: str) -> RatingView | None:
        return next((r for r in self.ratings if r.standard == standard), None)


# ------------------------------------------------------------------ JSON (revisions)

_NESTED: dict[str, Any] = {
    "calls": CallView,
    "ratings": RatingView,
    "actions": ActionView,
    "observations": ObservationView,
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
