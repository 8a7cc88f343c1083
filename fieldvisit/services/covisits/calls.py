"""The calls of a co-visit: choosing them, their type, plan, observations and debrief."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from fieldvisit.domain.checklist import TypeSuggestion, suggest_type
from fieldvisit.domain.enums import CoVisitType, PlannedKind, Tier
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.covisits.call_changes import (
    DEBRIEF_FIELDS,
    PLAN_FIELDS,
    set_stakeholders,
)
from fieldvisit.services.covisits.reading import (
    clean,
    editable_call,
    editable_covisit,
    load_view,
)
from fieldvisit.services.covisits.record_link import auto_link
from fieldvisit.services.covisits.template import load_template
from fieldvisit.services.covisits.views import CallView
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    CallObservation,
    CoVisitCall,
    MonthlyPlan,
    PlannedContact,
    Stakeholder,
    TeamMember,
)

CALL_FIELDS = frozenset(PLAN_FIELDS + DEBRIEF_FIELDS)
MANAGER_FEEDBACK = frozenset({"feedback_went_well", "feedback_do_differently", "agreed_learning"})
ACCOUNT_LIMIT = 200


@dataclass(frozen=True, slots=True)
class CallCandidate:
    """An account the call can be made at: from the rep's plan for the day, or any of theirs."""

    account_id: uuid.UUID
    name: str
    tier: Tier | None
    planned: bool
    purpose: str | None
    stakeholders: tuple[tuple[uuid.UUID, str], ...]
    city: str | None = None
    """Tells same-name accounts apart."""


def call_candidates(
    db: Database, rep_id: uuid.UUID, day: date, text: str = ""
) -> list[CallCandidate]:
    """The rep's planned visits of ``day`` first, then their other accounts: by name, or
    with ``text`` as the account list finds and ranks them (pinyin, initials, …)."""
    from fieldvisit.services.accounts.picking import choose_accounts

    found = (
        [
            c.id
            for c in choose_accounts(db, text, limit=ACCOUNT_LIMIT, owner_ids=frozenset({rep_id}))
        ]
        if text.strip()
        else None
    )
    with db.session_scope() as session:
        planned: dict[uuid.UUID, str | None] = {}
        for account_id, purpose in session.execute(
            select(PlannedContact.account_id, PlannedContact.purpose)
            .join(MonthlyPlan, MonthlyPlan.id == PlannedContact.plan_id)
            .where(
                MonthlyPlan.rep_id == rep_id,
                MonthlyPlan.deleted_at.is_(None),
                PlannedContact.deleted_at.is_(None),
                PlannedContact.planned_on == day,
                PlannedContact.kind == PlannedKind.VISIT,
            )
            .order_by(PlannedContact.slot, PlannedContact.created_at)
        ):
            planned.setdefault(account_id, purpose)
        if found is None:
            query = select(Account).where(Account.owner_id == rep_id, Account.deleted_at.is_(None))
            others = list(session.scalars(query.order_by(Account.name).limit(ACCOUNT_LIMIT)))
        else:
            others = [a for a in (session.get(Account, i) for i in found) if a is not None]
        chosen = [session.get(Account, a) for a in planned] + [
            a for a in others if a.id not in planned
        ]
        accounts = [a for a in chosen if a is not None and a.deleted_at is None]
        people: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {a.id: [] for a in accounts}
        for sid, account_id, name in session.execute(
            select(Stakeholder.id, Stakeholder.account_id, Stakeholder.name)
            .where(Stakeholder.account_id.in_(people), Stakeholder.deleted_at.is_(None))
            .order_by(Stakeholder.name)
        ):
            people[account_id].append((sid, name))
        return [
            CallCandidate(
                a.id,
                a.name,
                a.tier,
                a.id in planned,
                planned.get(a.id),
                tuple(people[a.id]),
                a.city,
            )
            for a in accounts
        ]


def suggest_call_type(
    db: Database, rep_id: uuid.UUID, account_id: uuid.UUID | None, on: date
) -> TypeSuggestion:
    """The type for the rep's stage; key accounts (tier A) of experienced reps: a joint call."""
    with db.session_scope() as session:
        rep = session.get(TeamMember, rep_id)
        if rep is None:
            raise NotFoundError(
                message(
                    "No team member has the ID {id}.",
                    id=rep_id,
                )
            )
        account = session.get(Account, account_id) if account_id else None
        key = account is not None and account.tier is Tier.A
        return suggest_type(rep.joined_on, on, key)


def add_call(
    db: Database,
    covisit_id: uuid.UUID,
    account_id: uuid.UUID,
    day: date,
    call_type: CoVisitType,
    stakeholder_ids: list[uuid.UUID] | tuple[uuid.UUID, ...] = (),
    visit_objective: str | None = None,
) -> CallView:
    """A new call at the end of the list, linked to the rep's record of the visit if one."""
    with db.session_scope() as session:
        cv = editable_covisit(session, covisit_id)
        if not cv.first_day <= day <= cv.last_day:
            raise ValidationError(
                "day",
                message(
                    "The call must be on one of the co-visit's days.",
                ),
            )
        account = session.get(Account, account_id)
        if account is None or account.deleted_at is not None:
            raise NotFoundError(
                message(
                    "No account has the ID {id}.",
                    id=account_id,
                )
            )
        seq = (
            session.scalar(
                select(func.max(CoVisitCall.seq)).where(
                    CoVisitCall.covisit_id == cv.id, CoVisitCall.deleted_at.is_(None)
                )
            )
            or 0
        ) + 1
        call = CoVisitCall(
            covisit_id=cv.id,
            seq=seq,
            day=day,
            account_id=account.id,
            call_type=call_type,
            visit_objective=clean(visit_objective),
        )
        session.add(call)
        session.flush()
        set_stakeholders(session, call, stakeholder_ids)
        auto_link(session, cv, call)
        return load_view(session, cv).call(call.id)


def set_call_field(db: Database, call_id: uuid.UUID, name: str, value: str | None) -> None:
    """Save one text field of a call as typed (the coaching stays in the co-visit)."""
    if name not in CALL_FIELDS:
        raise ValueError(f"{name} is not a call field")
    with db.session_scope() as session:
        call, _ = editable_call(session, call_id)
        if name in MANAGER_FEEDBACK and clean(value) and not call.rep_self_assessment:
            raise ValidationError(
                name,
                message(
                    "The rep assesses the call first: write the rep's self-assessment.",
                ),
            )
        setattr(call, name, clean(value))


def set_call_type(db: Database, call_id: uuid.UUID, call_type: CoVisitType) -> None:
    with db.session_scope() as session:
        call, _ = editable_call(session, call_id)
        call.call_type = call_type


def set_observation(
    db: Database,
    call_id: uuid.UUID,
    step: str,
    rating: int | None,
    note: str | None,
) -> None:
    """The manager's rating (1–5, optional) and note on one observed call step."""
    if rating is not None and not 1 <= rating <= 5:
        raise ValidationError("rating", message("A rating is from 1 to 5."))
    with db.session_scope() as session:
        call, cv = editable_call(session, call_id)
        steps = {s.key for s in load_template(cv.template_version).steps}
        if step not in steps:
            raise ValidationError(
                "step",
                message(
                    "{step} is not a step of this checklist.",
                    step=repr(step),
                ),
            )
        obs = session.scalars(
            select(CallObservation).where(
                CallObservation.call_id == call.id, CallObservation.item_key == step
            )
        ).first()
        if obs is None:
            obs = CallObservation(call_id=call.id, item_key=step)
            session.add(obs)
        obs.rating, obs.note, obs.deleted_at = rating, clean(note), None
