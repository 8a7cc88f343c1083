"""Comments on a contact record or a day report.

The rep comments on their own, the manager on their reps'; each person edits and removes
only their own comments. The team server applies the same rule to what laptops send
(``fieldvisit.server.scope``), so a laptop that bypassed this check is refused there.
"""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import clock
from fieldvisit.domain.enums import MemberRole
from fieldvisit.domain.errors import FieldVisitError, NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.reports.snapshots import CommentLine
from fieldvisit.services.team import current_member, member_names
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    DayReport,
    DayReportComment,
    RecordComment,
    TeamMember,
)

MAX_COMMENT_LENGTH = 4000

Comment = TypeVar("Comment", RecordComment, DayReportComment)


class ReviewNotAllowedError(FieldVisitError):
    title = "Not allowed"


def me_in(session: Session) -> TeamMember:
    """The person using this laptop (set at first start, or taken from the team server)."""
    member = current_member(session)
    if member is None:
        raise ReviewNotAllowedError(
            message(
                "Say who uses this laptop first (Settings → Team).",
            )
        )
    return member


def may_review(session: Session, me: TeamMember, rep_id: uuid.UUID | None) -> bool:
    """Whether ``me`` may comment in the scope of ``rep_id``: the rep or their manager."""
    if rep_id is None:
        return False
    if me.id == rep_id:
        return me.role is MemberRole.REP
    rep = session.get(TeamMember, rep_id)
    return me.role is MemberRole.MANAGER and rep is not None and rep.manager_id == me.id


def _clean(text: str) -> str:
    clean = text.strip()
    if not clean:
        raise ValidationError("text", message("Write the comment."))
    if len(clean) > MAX_COMMENT_LENGTH:
        raise ValidationError(
            "text",
            message(
                "A comment can be at most {n} characters.",
                n=MAX_COMMENT_LENGTH,
            ),
        )
    return clean


def _refuse() -> ReviewNotAllowedError:
    return ReviewNotAllowedError(
        message(
            "Only the rep and their manager comment here.",
        )
    )


def _record_rep(session: Session, record_id: uuid.UUID) -> uuid.UUID | None:
    row = session.execute(
        select(Account.owner_id, ContactRecord.deleted_at)
        .join(Account, Account.id == ContactRecord.account_id)
        .where(ContactRecord.id == record_id)
    ).first()
    if row is None or row.deleted_at is not None:
        raise NotFoundError(message("No contact record has the ID {id}.", id=record_id))
    owner: uuid.UUID | None = row.owner_id
    return owner


def _report_rep(session: Session, report_id: uuid.UUID) -> uuid.UUID:
    report = session.get(DayReport, report_id)
    if report is None or report.deleted_at is not None:
        raise NotFoundError(message("No day report has the ID {id}.", id=report_id))
    return report.rep_id


def add_record_comment(db: Database, record_id: uuid.UUID, text: str) -> uuid.UUID:
    """A comment by this laptop's user on a record of theirs or of one of their reps."""
    clean = _clean(text)
    with db.session_scope() as session:
        me = me_in(session)
        if not may_review(session, me, _record_rep(session, record_id)):
            raise _refuse()
        row = RecordComment(
            record_id=record_id, author_id=me.id, written_at=clock.now_utc(), text=clean
        )
        session.add(row)
        session.flush()
        return row.id


def add_day_report_comment(db: Database, report_id: uuid.UUID, text: str) -> uuid.UUID:
    """A comment by the manager (or the rep) on a day report that was sent."""
    clean = _clean(text)
    with db.session_scope() as session:
        me = me_in(session)
        if not may_review(session, me, _report_rep(session, report_id)):
            raise _refuse()
        row = DayReportComment(
            report_id=report_id, author_id=me.id, written_at=clock.now_utc(), text=clean
        )
        session.add(row)
        session.flush()
        return row.id


def _own(session: Session, comment_id: uuid.UUID) -> RecordComment | DayReportComment:
    """One's own comment (on a record or a day report), or why not."""
    row: RecordComment | DayReportComment | None = session.get(DayReportComment, comment_id)
    if row is None:
        row = session.get(RecordComment, comment_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(message("No comment has the ID {id}.", id=comment_id))
    if row.author_id != me_in(session).id:
        raise ReviewNotAllowedError(
            message(
                "Only its author changes or removes a comment.",
            )
        )
    return row


def edit_comment(db: Database, comment_id: uuid.UUID, text: str) -> None:
    """Change one's own comment (on a record or on a day report)."""
    clean = _clean(text)
    with db.session_scope() as session:
        _own(session, comment_id).text = clean


def remove_comment(db: Database, comment_id: uuid.UUID) -> None:
    """Remove one's own comment (kept as a removal, so it leaves every laptop)."""
    with db.session_scope() as session:
        _own(session, comment_id).deleted_at = clock.now_utc()


def comment_lines(
    session: Session, model: type[Comment], parent_id: uuid.UUID
) -> tuple[CommentLine, ...]:
    parent = RecordComment.record_id if model is RecordComment else DayReportComment.report_id
    rows = session.scalars(
        select(model)
        .where(parent == parent_id, model.deleted_at.is_(None))
        .order_by(model.written_at, model.id)
    ).all()
    names = member_names(session, [r.author_id for r in rows])
    return tuple(
        CommentLine(
            id=r.id,
            author_id=r.author_id,
            author=names.get(r.author_id) if r.author_id else None,
            written_at=r.written_at,
            text=r.text,
        )
        for r in rows
    )


def record_comments(db: Database, record_id: uuid.UUID) -> tuple[CommentLine, ...]:
    with db.read_scope() as session:
        return comment_lines(session, RecordComment, record_id)
