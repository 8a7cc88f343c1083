"""Starting a co-visit, reading it, and saving its day-level fields one at a time."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import select

from fieldvisit.clock import now_utc
from fieldvisit.domain.enums import CoVisitStatus, MemberRole
from fieldvisit.domain.errors import FieldVisitError, NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.covisits.ack_codes import ack_proof, check_ack_code, code_key
from fieldvisit.services.covisits.completeness import missing_for_acknowledgement, sentences
from fieldvisit.services.covisits.reading import (
    clean,
    editable_covisit,
    find_covisit,
    load_view,
)
from fieldvisit.services.covisits.template import CURRENT_VERSION, load_template
from fieldvisit.services.covisits.views import CoVisitView, acknowledged_digest
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import CoVisit, CoVisitCall, TeamMember
from fieldvisit.sync.commands import in_team, queue_command

RECOMMENDED_DAYS = 2
"""One full day at least; two consecutive days recommended (DOMAIN.md §6)."""
MAX_DEVELOPMENT_OBJECTIVES = 2
DAY_FIELDS = frozenset(
    {
        "strengths",
        "development_areas",
        "big_question_yes",
        "big_question_why",
        "manager_comments",
        "rep_comments",
    }
)


def day_count(first_day: date, last_day: date) -> int:
    return (last_day - first_day).days + 1


def start_covisit(
    db: Database, rep_id: uuid.UUID, first_day: date, last_day: date | None = None
) -> CoVisitView:
    """A new co-visit of the current user (a manager) with ``rep_id``, on the current template.

    More than :data:`RECOMMENDED_DAYS` days is allowed (the UI warns); the days must be in order.
    """
    manager = current_user(db)
    if manager is None or manager.role is not MemberRole.MANAGER:
        raise ValidationError(
            "manager",
            message(
                "Only a first-line manager starts a co-visit. Set who you are in Settings.",
            ),
        )
    last = last_day or first_day
    if last < first_day:
        raise ValidationError(
            "last_day",
            message("The last day is before the first day."),
        )
    load_template(CURRENT_VERSION)  # a broken install fails here, before anything is written
    with db.session_scope() as session:
        rep = session.get(TeamMember, rep_id)
        if rep is None or rep.deleted_at is not None:
            raise NotFoundError(
                message(
                    "No team member has the ID {id}.",
                    id=rep_id,
                )
            )
        if rep.id == manager.id:
            raise ValidationError(
                "rep",
                message("Choose the rep you are in the field with."),
            )
        cv = CoVisit(
            rep_id=rep.id,
            manager_id=manager.id,
            first_day=first_day,
            last_day=last,
            template_version=CURRENT_VERSION,
            development_objectives=[],
            status=CoVisitStatus.IN_PROGRESS,
        )
        session.add(cv)
        session.flush()
        return load_view(session, cv)


def get_covisit(db: Database, covisit_id: uuid.UUID) -> CoVisitView:
    with db.session_scope() as session:
        return load_view(session, find_covisit(session, covisit_id))


def set_days(db: Database, covisit_id: uuid.UUID, first_day: date, last_day: date) -> None:
    if last_day < first_day:
        raise ValidationError(
            "last_day",
            message("The last day is before the first day."),
        )
    with db.session_scope() as session:
        cv = editable_covisit(session, covisit_id)
        calls = session.scalars(
            select(CoVisitCall.day).where(
                CoVisitCall.covisit_id == cv.id, CoVisitCall.deleted_at.is_(None)
            )
        )
        outside = sorted({d for d in calls if not first_day <= d <= last_day})
        if outside:
            raise ValidationError(
                "days",
                message(
                    "A call is on {day}; move or remove it first.",
                    day=outside[0].isoformat(),
                ),
            )
        cv.first_day, cv.last_day = first_day, last_day


def set_covisit_field(db: Database, covisit_id: uuid.UUID, name: str, value: object) -> None:
    """Save one day-level field (as typed; blank text is stored as empty)."""
    if name not in DAY_FIELDS:
        raise ValueError(f"{name} is not a co-visit field")
    with db.session_scope() as session:
        cv = editable_covisit(session, covisit_id)
        if name == "big_question_yes":
            if value is not None and not isinstance(value, bool):
                raise ValueError("big_question_yes takes True, False or None")
            cv.big_question_yes = value
        else:
            setattr(cv, name, clean(value if isinstance(value, str) else None))


def set_development_objectives(db: Database, covisit_id: uuid.UUID, objectives: list[str]) -> None:
    """One or two skills the rep builds (kept apart from the calls' visit objectives)."""
    kept = [o.strip() for o in objectives if o and o.strip()]
    if len(kept) > MAX_DEVELOPMENT_OBJECTIVES:
        raise ValidationError(
            "development_objectives",
            message(
                "Keep to one or two development objectives for the day.",
            ),
        )
    with db.session_scope() as session:
        cv = editable_covisit(session, covisit_id)
        cv.development_objectives = kept


class AcknowledgementError(FieldVisitError):
    title = "The report is not ready for the rep's acknowledgement"


class AckCodeNeeded(ValidationError):
    """On a team laptop the rep acknowledging in person on the manager's laptop gives their
    own acknowledgement code (the window asks for it)."""


def acknowledges_in_person(db: Database, covisit_id: uuid.UUID) -> bool:
    """Whether an acknowledgement here is the rep's in person on another's team laptop
    (the rep then gives their own acknowledgement code)."""
    me = current_user(db)
    with db.read_scope() as session:
        cv = find_covisit(session, covisit_id)
        return in_team(session.connection()) and (me is None or me.id != cv.rep_id)


def acknowledge(
    db: Database,
    covisit_id: uuid.UUID,
    comments: str | None,
    now: datetime | None = None,
    code: str | None = None,
) -> datetime:
    """The rep's acknowledgement, with their comments, of the report exactly as it stands:
    refused while something required is missing; any later change withdraws it.

    On a team laptop it also goes to the server as a command: ``covisit.acknowledge`` on the
    rep's own laptop, ``covisit.acknowledge_in_person`` on another's (the manager's), where
    the rep's ``code`` proves who they are (the server checks it)."""
    when = now or now_utc()
    me = current_user(db)
    with db.session_scope() as session:
        cv = editable_covisit(session, covisit_id)
        conn = session.connection()
        in_person = in_team(conn) and (me is None or me.id != cv.rep_id)
        if in_person:
            if not code or not code.strip():
                raise AckCodeNeeded(
                    "code",
                    message(
                        "The rep enters their own acknowledgement code to acknowledge on "
                        "this laptop.",
                    ),
                )
            code = check_ack_code(code)
        cv.rep_comments = clean(comments)
        view = load_view(session, cv)
        missing = missing_for_acknowledgement(view)
        if missing:
            raise AcknowledgementError(sentences(missing))
        digest = acknowledged_digest(view)
        cv.rep_acknowledged_at = when
        cv.rep_acknowledged_hash = digest
        args: dict[str, object] = {
            "covisit_id": str(cv.id),
            "revision": cv.revision,
            "digest": digest,
            "rep_comments": cv.rep_comments,
            "at": when.isoformat(),
        }
        if in_person:
            assert code is not None
            proof = ack_proof(code_key(cv.rep_id, code), cv.id, cv.revision, digest)
            queue_command(conn, "covisit.acknowledge_in_person", args | {"proof": proof})
        else:
            queue_command(conn, "covisit.acknowledge", args)
    return when


def withdraw_acknowledgement(db: Database, covisit_id: uuid.UUID) -> None:
    with db.session_scope() as session:
        cv = editable_covisit(session, covisit_id)
        cv.rep_acknowledged_at = cv.rep_acknowledged_hash = None
