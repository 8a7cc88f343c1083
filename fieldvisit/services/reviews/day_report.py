"""The day report (日报, DOMAIN.md §9): at the end of a field day the rep sends the manager
the day's records, the promises made and kept, and the planned visits not made with a
reason for each.

What was sent is a snapshot (JSON in ``day_report.body``), never recomputed: the manager
reads what the rep sent. One report per rep and day, with the id ``uuid5(rep, day)``, so
sending again (from this laptop or another) replaces it instead of adding a second one.
Personal profiles are never read here, so they cannot reach a report.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldvisit import clock
from fieldvisit.domain.enums import MemberRole, PlanStatus, PromiseStatus, RecordStatus
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.reports.snapshots import CommentLine
from fieldvisit.services.local_days import local_day_range
from fieldvisit.services.records.listing import stale_before
from fieldvisit.services.reviews.comments import ReviewNotAllowedError, comment_lines, me_in
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    DayReport,
    DayReportComment,
    MonthlyPlan,
    PlannedContact,
    Promise,
    TeamMember,
)

BODY_VERSION = 1
SUMMARY_CHARS = 200
MAX_REASON_LENGTH = 500


def report_id_for(rep_id: uuid.UUID, day: date) -> uuid.UUID:
    """The one id of a rep's report for a day, the same on every laptop."""
    return uuid.uuid5(rep_id, day.isoformat())


@dataclass(frozen=True, slots=True)
class DayRecord:
    record_id: str
    account_id: str
    account: str
    occurred_at: str
    method: str
    status: str
    summary: str


@dataclass(frozen=True, slots=True)
class DayPromise:
    promise_id: str
    account_id: str
    account: str
    description: str
    due_on: str
    status: str


@dataclass(frozen=True, slots=True)
class MissedVisit:
    planned_id: str
    account_id: str
    account: str
    kind: str
    slot: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class DayReportBody:
    """What a day report says (also what the rep reviews before sending)."""

    day: date
    rep_id: uuid.UUID
    rep: str
    records: tuple[DayRecord, ...] = ()
    promises_made: tuple[DayPromise, ...] = ()
    promises_kept: tuple[DayPromise, ...] = ()
    missed_visits: tuple[MissedVisit, ...] = ()

    @property
    def completed_records(self) -> int:
        return sum(1 for r in self.records if r.status == RecordStatus.COMPLETE.value)

    def counts(self) -> dict[str, int]:
        return {
            "records": len(self.records),
            "records_completed": self.completed_records,
            "promises_made": len(self.promises_made),
            "promises_kept": len(self.promises_kept),
            "visits_missed": len(self.missed_visits),
        }

    def to_json(self) -> str:
        data = asdict(self)
        data["version"] = BODY_VERSION
        return json.dumps(data, ensure_ascii=False, default=str, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> DayReportBody:
        data: dict[str, Any] = json.loads(raw)
        return cls(
            day=date.fromisoformat(data["day"]),
            rep_id=uuid.UUID(data["rep_id"]),
            rep=data.get("rep", ""),
            records=tuple(DayRecord(**r) for r in data.get("records", ())),
            promises_made=tuple(DayPromise(**p) for p in data.get("promises_made", ())),
            promises_kept=tuple(DayPromise(**p) for p in data.get("promises_kept", ())),
            missed_visits=tuple(MissedVisit(**m) for m in data.get("missed_visits", ())),
        )


@dataclass(frozen=True, slots=True)
class DayReportView:
    id: uuid.UUID
    rep_id: uuid.UUID
    day: date
    sent_at: datetime
    body: DayReportBody
    comments: tuple[CommentLine, ...] = ()


@dataclass(frozen=True, slots=True)
class RepDay:
    """One rep's day on the manager's list: sent or not, and what it holds."""

    rep_id: uuid.UUID
    rep: str
    day: date
    report_id: uuid.UUID | None
    sent_at: datetime | None
    counts: Mapping[str, int]
    comments: int
    late_records: int
    """The rep's drafts past the two-day rule now (the records page's late rule)."""

    @property
    def sent(self) -> bool:
        return self.report_id is not None


# ---------------------------------------------------------------- building


def _summary(content: str | None) -> str:
    text = " ".join((content or "").split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def _iso(moment: datetime) -> str:
    return moment.astimezone(clock.local_zone()).isoformat(timespec="minutes")


def _promise(p: Promise, account: str) -> DayPromise:
    return DayPromise(
        promise_id=str(p.id),
        account_id=str(p.account_id),
        account=account,
        description=p.description,
        due_on=p.due_on.isoformat(),
        status=p.status.value,
    )


def build_body(
    session: Session, rep: TeamMember, day: date, reasons: Mapping[uuid.UUID, str]
) -> DayReportBody:
    """The day as the database has it now, with the rep's reasons for missed visits."""
    start, end = local_day_range(day, day)
    records = session.execute(
        select(ContactRecord, Account.name)
        .join(Account, Account.id == ContactRecord.account_id)
        .where(
            ContactRecord.author_id == rep.id,
            ContactRecord.deleted_at.is_(None),
            Account.deleted_at.is_(None),
            ContactRecord.occurred_at >= start,
            ContactRecord.occurred_at < end,
        )
        .order_by(ContactRecord.occurred_at, Account.name)
    ).all()
    record_ids = [r.id for r, _ in records]
    visited = {r.account_id for r, _ in records}
    made = session.execute(
        select(Promise, Account.name)
        .join(Account, Account.id == Promise.account_id)
        .where(
            Promise.owner_id == rep.id,
            Promise.deleted_at.is_(None),
            Account.deleted_at.is_(None),
            (Promise.agreed_on == day) | Promise.record_id.in_(record_ids),
        )
        .order_by(Promise.due_on, Promise.created_at)
    ).all()
    kept = session.execute(
        select(Promise, Account.name)
        .join(Account, Account.id == Promise.account_id)
        .where(
            Promise.owner_id == rep.id,
            Promise.deleted_at.is_(None),
            Account.deleted_at.is_(None),
            Promise.status == PromiseStatus.KEPT,
            Promise.closed_at >= start,
            Promise.closed_at < end,
        )
        .order_by(Promise.closed_at)
    ).all()
    planned = session.execute(
        select(PlannedContact, Account.name)
        .join(MonthlyPlan, MonthlyPlan.id == PlannedContact.plan_id)
        .join(Account, Account.id == PlannedContact.account_id)
        .where(
            MonthlyPlan.rep_id == rep.id,
            MonthlyPlan.deleted_at.is_(None),
            MonthlyPlan.status != PlanStatus.DRAFT,
            PlannedContact.deleted_at.is_(None),
            Account.deleted_at.is_(None),
            PlannedContact.planned_on == day,
            PlannedContact.record_id.is_(None),
        )
        .order_by(PlannedContact.slot, Account.name)
    ).all()
    return DayReportBody(
        day=day,
        rep_id=rep.id,
        rep=rep.name,
        records=tuple(
            DayRecord(
                record_id=str(r.id),
                account_id=str(r.account_id),
                account=name,
                occurred_at=_iso(r.occurred_at),
                method=r.method.value,
                status=r.status.value,
                summary=_summary(r.content),
            )
            for r, name in records
        ),
        promises_made=tuple(_promise(p, name) for p, name in made),
        promises_kept=tuple(_promise(p, name) for p, name in kept),
        missed_visits=tuple(
            MissedVisit(
                planned_id=str(pc.id),
                account_id=str(pc.account_id),
                account=name,
                kind=pc.kind.value,
                slot=pc.slot.value if pc.slot else None,
                reason=" ".join(reasons.get(pc.account_id, "").split()),
            )
            for pc, name in planned
            if pc.account_id not in visited
        ),
    )


def _rep_in(session: Session) -> TeamMember:
    me = me_in(session)
    if me.role is not MemberRole.REP:
        raise ReviewNotAllowedError(message("A day report is sent by a rep."))
    return me


def _check_day(day: date) -> None:
    if day > clock.today():
        raise ValidationError(
            "date",
            message(
                "A day report is sent for today or a day before; choose another day.",
            ),
        )


def draft_day_report(db: Database, day: date) -> DayReportBody:
    """What sending now would send: the rep reviews it first. The reasons given in a
    report already sent for the day are kept."""
    _check_day(day)
    with db.read_scope() as session:
        rep = _rep_in(session)
        sent = session.get(DayReport, report_id_for(rep.id, day))
        reasons: dict[uuid.UUID, str] = {}
        if sent is not None and sent.deleted_at is None:
            for missed in DayReportBody.from_json(sent.body).missed_visits:
                reasons[uuid.UUID(missed.account_id)] = missed.reason
        return build_body(session, rep, day, reasons)


def send_day_report(db: Database, day: date, reasons: Mapping[uuid.UUID, str]) -> DayReportView:
    """Send (or send again) this laptop's rep's report for ``day``.

    Every planned visit not made needs a reason; a reason for an account that has none
    is refused (a mistyped id would otherwise be lost)."""
    _check_day(day)
    for text in reasons.values():
        if len(text) > MAX_REASON_LENGTH:
            raise ValidationError(
                "reason",
                message(
                    "A reason can be at most {n} characters.",
                    n=MAX_REASON_LENGTH,
                ),
            )
    with db.session_scope() as session:
        rep = _rep_in(session)
        body = build_body(session, rep, day, reasons)
        missed = {uuid.UUID(m.account_id) for m in body.missed_visits}
        unknown = sorted(str(a) for a in reasons if a not in missed)
        if unknown:
            raise ValidationError(
                "reason",
                message(
                    "No planned visit of that day was missed at {ids}; give reasons only "
                    "for the visits listed as not made.",
                    ids=", ".join(unknown),
                ),
            )
        lacking = sorted({m.account_id for m in body.missed_visits if not m.reason})
        if lacking:
            raise ValidationError(
                "reason",
                message(
                    "Say why each planned visit was not made (missing for {ids}).",
                    ids=", ".join(lacking),
                ),
            )
        report_id = report_id_for(rep.id, day)
        now = clock.now_utc()
        report = session.get(DayReport, report_id)
        if report is None:
            report = DayReport(id=report_id, rep_id=rep.id, day=day, sent_at=now, body="")
            session.add(report)
        report.sent_at, report.body, report.deleted_at = now, body.to_json(), None
        session.flush()
        return _view(session, report)


# ---------------------------------------------------------------- reading


def _view(session: Session, report: DayReport) -> DayReportView:
    return DayReportView(
        id=report.id,
        rep_id=report.rep_id,
        day=report.day,
        sent_at=report.sent_at,
        body=DayReportBody.from_json(report.body),
        comments=comment_lines(session, DayReportComment, report.id),
    )


def load_day_report(db: Database, report_id: uuid.UUID) -> DayReportView:
    with db.read_scope() as session:
        report = session.get(DayReport, report_id)
        if report is None or report.deleted_at is not None:
            raise NotFoundError(message("No day report has the ID {id}.", id=report_id))
        return _view(session, report)


def find_day_report(db: Database, rep_id: uuid.UUID, day: date) -> DayReportView | None:
    with db.read_scope() as session:
        report = session.get(DayReport, report_id_for(rep_id, day))
        if report is None or report.deleted_at is not None:
            return None
        return _view(session, report)


def team_days(db: Database, day: date) -> list[RepDay]:
    """Each rep of this laptop's manager (a rep: themselves) for ``day``: sent or not."""
    with db.read_scope() as session:
        me = me_in(session)
        if me.role is MemberRole.MANAGER:
            reps = session.scalars(
                select(TeamMember)
                .where(
                    TeamMember.manager_id == me.id,
                    TeamMember.role == MemberRole.REP,
                    TeamMember.deleted_at.is_(None),
                    TeamMember.active.is_(True),
                )
                .order_by(TeamMember.name, TeamMember.id)
            ).all()
        else:
            reps = [me]
        limit = stale_before(clock.now_utc())
        out = []
        for rep in reps:
            report = session.get(DayReport, report_id_for(rep.id, day))
            if report is not None and report.deleted_at is not None:
                report = None
            late = session.scalar(
                select(func.count())
                .select_from(ContactRecord)
                .join(Account, Account.id == ContactRecord.account_id)
                .where(
                    ContactRecord.author_id == rep.id,
                    ContactRecord.deleted_at.is_(None),
                    Account.deleted_at.is_(None),
                    ContactRecord.status == RecordStatus.DRAFT,
                    ContactRecord.occurred_at < limit,
                )
            )
            comments = 0
            counts: Mapping[str, int] = {}
            if report is not None:
                counts = DayReportBody.from_json(report.body).counts()
                comments = int(
                    session.scalar(
                        select(func.count())
                        .select_from(DayReportComment)
                        .where(
                            DayReportComment.report_id == report.id,
                            DayReportComment.deleted_at.is_(None),
                        )
                    )
                    or 0
                )
            out.append(
                RepDay(
                    rep_id=rep.id,
                    rep=rep.name,
                    day=day,
                    report_id=report.id if report is not None else None,
                    sent_at=report.sent_at if report is not None else None,
                    counts=counts,
                    comments=comments,
                    late_records=int(late or 0),
                )
            )
        return out
