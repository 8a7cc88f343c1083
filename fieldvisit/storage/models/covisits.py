"""Co-visits (DOMAIN.md §6): the day, its calls, the checklist, ratings, actions, revisions."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fieldvisit.domain.enums import ActionStatus, CoVisitStatus, CoVisitType
from fieldvisit.storage.base import Base, Entity, enum_column, utcnow
from fieldvisit.storage.natural_ids import natural_default


class CoVisit(Entity, Base):
    __tablename__ = "covisit"
    __table_args__ = (Index("ix_covisit_rep_day", "rep_id", "first_day"),)

    # RESTRICT: a finished report outlives its people; members are soft-deleted instead.
    rep_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("team_member.id", ondelete="RESTRICT"))
    manager_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("team_member.id", ondelete="RESTRICT"), index=True
    )
    first_day: Mapped[date]
    last_day: Mapped[date]
    template_version: Mapped[str] = mapped_column(String(40))
    """Version of the checklist template the report was written with."""

    development_objectives: Mapped[list[str]] = mapped_column(default=list)
    """One or two skills the rep is building; kept apart from the calls' visit objectives."""
    strengths: Mapped[str | None] = mapped_column(Text)
    development_areas: Mapped[str | None] = mapped_column(Text)
    big_question_yes: Mapped[bool | None]
    """After the co-visit, is the rep more motivated to keep doing good work?"""
    big_question_why: Mapped[str | None] = mapped_column(Text)
    manager_comments: Mapped[str | None] = mapped_column(Text)
    """The manager's overall comment on the day, printed on the handout."""
    rep_comments: Mapped[str | None] = mapped_column(Text)
    rep_acknowledged_at: Mapped[datetime | None]
    rep_acknowledged_hash: Mapped[str | None] = mapped_column(String(64))
    """Digest of the report as the rep acknowledged it: any later change withdraws it."""
    manager_signed_at: Mapped[datetime | None]

    status: Mapped[CoVisitStatus] = mapped_column(
        enum_column(CoVisitStatus), default=CoVisitStatus.IN_PROGRESS
    )
    completed_at: Mapped[datetime | None]
    late: Mapped[bool] = mapped_column(default=False)
    """Signed off after the last co-visit day, as recorded at the first sign-off. Whether a
    report is late now (unsigned ones too) is ``services.covisits.reading.report_late``."""
    revision: Mapped[int] = mapped_column(default=1)


class CoVisitCall(Entity, Base):
    __tablename__ = "covisit_call"
    __table_args__ = (Index("ix_covisit_call_covisit_seq", "covisit_id", "seq"),)

    covisit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("covisit.id", ondelete="CASCADE"))
    seq: Mapped[int]
    day: Mapped[date]
    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    call_type: Mapped[CoVisitType] = mapped_column(enum_column(CoVisitType))
    visit_objective: Mapped[str | None] = mapped_column(Text)

    # Pre-call plan, agreed with the rep.
    precall_opening: Mapped[str | None] = mapped_column(Text)
    precall_key_messages: Mapped[str | None] = mapped_column(Text)
    precall_objections: Mapped[str | None] = mapped_column(Text)
    precall_commitment: Mapped[str | None] = mapped_column(Text)

    # Post-call debrief: the rep assesses first, then the manager.
    rep_self_assessment: Mapped[str | None] = mapped_column(Text)
    feedback_went_well: Mapped[str | None] = mapped_column(Text)
    feedback_do_differently: Mapped[str | None] = mapped_column(Text)
    agreed_learning: Mapped[str | None] = mapped_column(Text)

    contact_record_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact_record.id", ondelete="SET NULL"), index=True
    )


class CoVisitCallStakeholder(Base):
    __tablename__ = "covisit_call_stakeholder"

    call_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("covisit_call.id", ondelete="CASCADE"), primary_key=True
    )
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CallObservation(Entity, Base):
    """The manager's answer to one checklist item of a call (keyed by the template)."""

    __tablename__ = "call_observation"
    __table_args__ = (UniqueConstraint("call_id", "item_key"),)
    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, default=natural_default("call_observation")
    )
    """uuid5 of the natural key: the same row made on two laptops is one row."""

    call_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("covisit_call.id", ondelete="CASCADE"), index=True
    )
    item_key: Mapped[str] = mapped_column(String(80))
    """A call step or other template item, e.g. ``presenting``."""
    rating: Mapped[int | None]
    note: Mapped[str | None] = mapped_column(Text)


class StandardRating(Entity, Base):
    """End-of-day rating 1–5 against one of the seven standards."""

    __tablename__ = "standard_rating"
    __table_args__ = (UniqueConstraint("covisit_id", "standard"),)
    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, default=natural_default("standard_rating")
    )
    """uuid5 of the natural key: the same row made on two laptops is one row."""

    covisit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("covisit.id", ondelete="CASCADE"), index=True
    )
    standard: Mapped[str] = mapped_column(String(40))
    """A :class:`~fieldvisit.domain.enums.Standard` code, or a template's own key."""
    score: Mapped[int]
    comment: Mapped[str | None] = mapped_column(Text)


class ActionItem(Entity, Base):
    """An item of the co-visit action plan, reviewed at the next co-visit with the rep."""

    __tablename__ = "action_item"

    covisit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("covisit.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int]
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[date | None]
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus), default=ActionStatus.OPEN
    )
    closed_at: Mapped[datetime | None]
    review_note: Mapped[str | None] = mapped_column(Text)
    reviewed_in_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("covisit.id", ondelete="SET NULL"), index=True
    )
    """The co-visit whose review last looked at this action (not done: still open)."""


class CoVisitRevision(Entity, Base):
    """A signed-off version of a report, kept readable after a correction."""

    __tablename__ = "covisit_revision"
    __table_args__ = (UniqueConstraint("covisit_id", "number"),)
    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, default=natural_default("covisit_revision")
    )
    """uuid5 of the natural key: the same row made on two laptops is one row."""

    covisit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("covisit.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int]
    reason: Mapped[str | None] = mapped_column(Text)
    """Why the next revision was made."""
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
