"""The manager's review in the demo: day reports of the last working days (a few missing),
built by the real builder from the records already written, and comments on some of them
and on recent records."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import RecordStatus
from fieldvisit.services.demo.core import Ctx, Member
from fieldvisit.services.reviews.day_report import build_body, report_id_for
from fieldvisit.storage.models import ContactRecord, TeamMember

REPORT_DAYS = 5
"""Working days back from the demo's today that have day reports."""

REASONS = (
    "客户临时外出，改约周四。",
    "上一家医院会议延长，未能赶到。",
    "科室主任出差，下周再约。",
    "临时处理客户投诉，改到明天。",
)
REPORT_COMMENTS = (
    "辛苦了。未完成的拜访请尽快补上。",
    "样品跟进很及时，继续保持。",
    "请把今天的约定录入承诺，按时兑现。",
)
RECORD_COMMENTS = (
    "记录很详细。下次拜访前先确认库存。",
    "不足之处写得好，下次带上对比资料。",
    "请在两天内补全经验教训。",
)


def build_reviews(ctx: Ctx, session: Session, reps: list[Member]) -> None:
    """Day reports and comments; the records and plans must be written (flushed) first."""
    days: list[date] = []
    day = ctx.workday(ctx.today - timedelta(days=1))
    while len(days) < REPORT_DAYS:
        days.append(day)
        day = ctx.workday(day - timedelta(days=1))
    for rep in reps:
        member = session.get(TeamMember, rep.id)
        if member is None:
            continue
        for day in days:
            if ctx.chance(0.15):
                continue  # not sent: the manager sees it missing
            draft = build_body(session, member, day, {})
            reasons = {uuid.UUID(m.account_id): ctx.pick(REASONS) for m in draft.missed_visits}
            body = build_body(session, member, day, reasons)
            sent = ctx.at(day, 18, ctx.between(0, 59))
            report_id = report_id_for(rep.id, day)
            ctx.writer.add(
                "day_report",
                {
                    "id": report_id,
                    "created_at": sent,
                    "updated_at": sent,
                    "rep_id": rep.id,
                    "day": day,
                    "sent_at": sent,
                    "body": body.to_json(),
                },
            )
            if rep.manager_id is not None and ctx.chance(0.4):
                at = sent + timedelta(hours=ctx.between(1, 14))
                ctx.writer.add(
                    "day_report_comment",
                    ctx.entity(at)
                    | {
                        "report_id": report_id,
                        "author_id": rep.manager_id,
                        "written_at": at,
                        "text": ctx.pick(REPORT_COMMENTS),
                    },
                )
        recent = session.execute(
            select(ContactRecord.id, ContactRecord.occurred_at)
            .where(
                ContactRecord.author_id == rep.id,
                ContactRecord.status == RecordStatus.COMPLETE,
                ContactRecord.occurred_at >= ctx.at(ctx.today - timedelta(days=30), 0),
            )
            .order_by(ContactRecord.occurred_at, ContactRecord.id)
        ).all()
        for record_id, occurred in recent:
            if rep.manager_id is None or not ctx.chance(0.08):
                continue
            at = min(occurred + timedelta(days=1), ctx.now)
            ctx.writer.add(
                "record_comment",
                ctx.entity(at)
                | {
                    "record_id": record_id,
                    "author_id": rep.manager_id,
                    "written_at": at,
                    "text": ctx.pick(RECORD_COMMENTS),
                },
            )
