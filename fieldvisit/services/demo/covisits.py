"""Co-visits (DOMAIN.md §6): days in the field, calls of three kinds, ratings and action plans."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from fieldvisit.domain.enums import (
    AccountStatus,
    ActionStatus,
    CallStep,
    ContactMethod,
    CoVisitStatus,
    CoVisitType,
    Standard,
    Tier,
)
from fieldvisit.services.demo import phrases as P
from fieldvisit.services.demo.core import AccountInfo, Ctx, Member
from fieldvisit.services.demo.records import RecordBuilder

TYPES = tuple(CoVisitType)
COMMITMENTS = ("同意召开科室会", "同意试用两周", "确认下月订单", "引荐药剂科主任", "同意调整陈列")
STEP_NOTES = {
    CallStep.PREPARATION: "拜访目标清晰，资料准备齐全。",
    CallStep.OPENING: "开场简短，直接切入客户关心的话题。",
    CallStep.PROBING: "开放式问题偏少，可以多问“为什么”。",
    CallStep.LISTENING: "能复述客户观点，确认理解。",
    CallStep.PRESENTING: "FAB结构完整，利益点贴合科室需求。",
    CallStep.OBJECTIONS: "价格异议回应偏弱，需要准备数据。",
    CallStep.COMMITMENT: "提出了明确的下一步请求。",
    CallStep.FOLLOW_UP: "当天完成了拜访记录。",
}


class CoVisitBuilder:
    def __init__(self, ctx: Ctx, records: RecordBuilder) -> None:
        self.ctx = ctx
        self.records = records

    def build(self, rep: Member, accounts: list[AccountInfo], rep_index: int) -> None:
        ctx = self.ctx
        targets = [a for a in accounts if a.stakeholders and a.status is not AccountStatus.PEER]
        if rep.manager_id is None or not targets:
            return
        weights = [6 if a.tier is Tier.A else 3 if a.tier is Tier.B else 1 for a in targets]
        begin = max(ctx.start, rep.joined_on + timedelta(days=14))
        span = (ctx.today - begin).days
        if span < 5:
            return
        n = max(2, round(ctx.between(8, 12) * span / 365))
        days = sorted(
            {
                ctx.workday(begin + timedelta(days=int((k + ctx.rng.random()) * span / n)))
                for k in range(n)
            }
        )
        days = [d for d in days if d < ctx.today]
        in_progress_last = rep_index == 0 or ctx.chance(0.03)
        if in_progress_last and days:
            days[-1] = ctx.workday(ctx.today - timedelta(days=1))
        previous: list[uuid.UUID] = []
        for k, first in enumerate(days):
            last = first
            nxt = first + timedelta(days=3 if first.weekday() == 4 else 1)
            if ctx.chance(0.3) and nxt < ctx.today and (k + 1 == len(days) or nxt < days[k + 1]):
                last = nxt
            if k == 0:
                kind = CoVisitType.DEMONSTRATION
            elif k == 1:
                kind = CoVisitType.JOINT
            else:
                kind = ctx.rng.choices(TYPES, (25, 15, 60))[0]
            open_ = in_progress_last and k == len(days) - 1
            late = not open_ and ((rep_index == 0 and k == 1) or ctx.chance(0.12))
            revised = not open_ and ((rep_index == 0 and k == 2) or ctx.chance(0.04))
            progress = (first - ctx.start).days / 365
            previous = self._covisit(
                rep,
                targets,
                weights,
                first,
                last,
                kind,
                open_,
                late,
                revised,
                rep.skill + progress,
                previous,
            )

    def _covisit(
        self,
        rep: Member,
        targets: list[AccountInfo],
        weights: list[int],
        first: date,
        last: date,
        kind: CoVisitType,
        open_: bool,
        late: bool,
        revised: bool,
        skill: float,
        previous: list[uuid.UUID],
    ) -> list[uuid.UUID]:
        ctx = self.ctx
        manager = rep.manager_id
        assert manager is not None
        cid = ctx.uid()
        if open_:
            done: datetime | None = None
        elif late:
            done = ctx.at(last + timedelta(days=ctx.between(1, 3)), ctx.between(9, 22))
        else:
            done = ctx.at(last, ctx.between(18, 22), ctx.between(0, 59))
        done = min(done, ctx.now) if done else None
        created = ctx.at(first, 8, ctx.between(0, 40))
        objectives = ctx.sample(P.COVISIT_OBJECTIVES, ctx.between(1, 2))
        row = {
            "id": cid,
            "created_at": created,
            "updated_at": done or created,
            "rep_id": rep.id,
            "manager_id": manager,
            "first_day": first,
            "last_day": last,
            "template_version": "1",
            "development_objectives": objectives,
            "strengths": None if open_ else P.say(ctx, P.STRENGTHS, 2),
            "development_areas": None if open_ else P.say(ctx, P.DEV_AREAS),
            "big_question_yes": None,
            "big_question_why": None,
            "rep_comments": None,
            "rep_acknowledged_at": None,
            "manager_signed_at": None,
            "status": CoVisitStatus.IN_PROGRESS if open_ else CoVisitStatus.SIGNED_OFF,
            "completed_at": done,
            "late": late,
            "revision": 2 if revised else 1,
        }
        if done is not None:
            yes = ctx.chance(0.85)
            row.update(
                big_question_yes=yes,
                big_question_why=ctx.pick(P.BIG_WHY if yes else P.BIG_WHY_NO),
                rep_comments=ctx.pick(P.REP_COMMENTS) or None,
                rep_acknowledged_at=done - timedelta(minutes=20),
                manager_signed_at=done,
            )
        ctx.writer.add("covisit", row)
        day_list = [first] if last == first else [first, last]
        calls = ctx.between(1, 4) if len(day_list) == 1 else ctx.between(2, 4)
        for seq in range(calls):
            day = day_list[min(seq * len(day_list) // calls, len(day_list) - 1)]
            call_kind = kind if ctx.chance(0.75) else ctx.pick(TYPES)
            info = ctx.rng.choices(targets, weights)[0]
            partial = open_ and seq == calls - 1
            self._call(cid, seq + 1, day, info, call_kind, rep, manager, skill, partial)
        if not open_:
            for standard in Standard:
                score = max(1, min(5, round(skill + ctx.rng.uniform(-0.8, 0.8))))
                rating = ctx.entity(done or created)
                rating.update(
                    covisit_id=cid,
                    standard=standard.value,
                    score=score,
                    comment=ctx.pick((None, None, "比上次有进步", "继续保持", "需要重点提升")),
                )
                ctx.writer.add("standard_rating", rating)
        items = self._actions(cid, rep, manager, last, open_)
        if revised and done is not None:
            rev = ctx.entity(done + timedelta(days=ctx.between(1, 6)))
            rev.update(
                covisit_id=cid,
                number=1,
                reason=ctx.pick(P.REVISION_REASONS),
                author_id=manager,
                snapshot={
                    "revision": 1,
                    "first_day": first.isoformat(),
                    "last_day": last.isoformat(),
                    "development_objectives": objectives,
                    "strengths": row["strengths"],
                    "development_areas": row["development_areas"],
                },
            )
            rev["created_at"] = rev["updated_at"] = min(rev["created_at"], ctx.now)
            ctx.writer.add("covisit_revision", rev)
        return items

    def _call(
        self,
        cid: uuid.UUID,
        seq: int,
        day: date,
        info: AccountInfo,
        kind: CoVisitType,
        rep: Member,
        manager: uuid.UUID,
        skill: float,
        partial: bool,
    ) -> None:
        ctx = self.ctx
        objective = P.say(ctx, P.fit(P.VISIT_OBJECTIVES, info.account_type))
        when = ctx.at(day, 9 + 2 * seq, ctx.between(0, 45))
        record = (
            None
            if partial
            else self.records.record(
                info,
                rep.id,
                when,
                ContactMethod.VISIT,
                False,
                [rep.id, manager],
                objective=objective,
            )
        )
        row = ctx.entity(ctx.at(day, 8, 30), min(ctx.now, when + timedelta(hours=2)))
        row.update(
            covisit_id=cid,
            seq=seq,
            day=day,
            account_id=info.id,
            call_type=kind,
            visit_objective=objective,
            precall_opening="回顾上次拜访的承诺，确认对方近况。",
            precall_key_messages=P.say(ctx, P.FEEDBACK_GOOD),
            precall_objections=ctx.pick(("价格偏高", "已有同类品种", "进药流程长", "库存压力大")),
            precall_commitment=ctx.pick(P.fit(COMMITMENTS, info.account_type)),
            rep_self_assessment=None if partial else "开场不错，但异议处理时有些紧张。",
            feedback_went_well=None if partial else P.say(ctx, P.FEEDBACK_GOOD),
            feedback_do_differently=None if partial else P.say(ctx, P.FEEDBACK_CHANGE),
            agreed_learning=None if partial else P.say(ctx, P.LESSONS),
            contact_record_id=record,
        )
        ctx.writer.add("covisit_call", row)
        call_id = row["id"]
        for sid, _ in ctx.sample(info.stakeholders, ctx.between(1, 2)):
            ctx.writer.add(
                "covisit_call_stakeholder",
                {"call_id": call_id, "stakeholder_id": sid, "created_at": row["created_at"]},
            )
        steps = list(CallStep)[:3] if partial else list(CallStep)
        for step in steps:
            obs = ctx.entity(row["updated_at"])
            obs.update(
                call_id=call_id,
                item_key=step.value,
                rating=max(1, min(5, round(skill + ctx.rng.uniform(-1.0, 1.0)))),
                note=STEP_NOTES[step] if ctx.chance(0.4) else None,
            )
            ctx.writer.add("call_observation", obs)

    def _actions(
        self, cid: uuid.UUID, rep: Member, manager: uuid.UUID, last: date, open_: bool
    ) -> list[uuid.UUID]:
        ctx = self.ctx
        ids = []
        for seq, text in enumerate(ctx.sample(P.ACTIONS, ctx.between(2, 3)), start=1):
            due = last + timedelta(days=ctx.between(14, 45))
            status = ActionStatus.OPEN
            closed = None
            if due < ctx.today and not open_:
                status = ctx.rng.choices(
                    (ActionStatus.DONE, ActionStatus.DROPPED, ActionStatus.OPEN), (75, 10, 15)
                )[0]
                if status is not ActionStatus.OPEN:
                    closed = min(ctx.now, ctx.at(due - timedelta(days=ctx.between(0, 7)), 17))
            row = ctx.entity(ctx.at(last, 20), closed)
            row.update(
                covisit_id=cid,
                seq=seq,
                description=text,
                owner_id=manager if ctx.chance(0.2) else rep.id,
                due_on=due,
                status=status,
                closed_at=closed,
                review_note="下次协访时检查，完成良好。" if status is ActionStatus.DONE else None,
            )
            ctx.writer.add("action_item", row)
            ids.append(row["id"])
        return ids
