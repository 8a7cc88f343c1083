"""Hand-made snapshots of every document, with the rare name characters 喆 堃 镕."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from fieldvisit.domain import covisit_view as v
from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    ActionStatus,
    BuyingRole,
    BuyingStage,
    CallStep,
    ContactMethod,
    CoVisitStatus,
    CoVisitType,
    DaySlot,
    Grade,
    KeyAccountLevel,
    PeriodKind,
    PlannedKind,
    PlanStatus,
    RecordStatus,
    Standard,
    SubTier,
    SummarySection,
    Tier,
    WorkBase,
)
from fieldvisit.reports import snapshots as s
from fieldvisit.services.covisits.template import load_template

MANAGER = "王喆"
REP = "李堃"
DOCTOR = "朱镕"
ACCOUNT = "上海市第一人民医院"
PROFILE_TEXT = "喜欢打网球和钓鱼"

DAY = date(2025, 3, 12)
OBSERVATION_NOTES = {
    CallStep.OPENING: "开场提到上次的病人依从性问题，自然。",
    CallStep.OBJECTIONS: "价格异议时急于让步，未先确认顾虑。",
}
REVIEW_NOTE = "客户换了采购负责人，下次协访前完成。"
MANAGER_COMMENT = "整体进步明显，下一步重点练习异议处理。"


def _id(n: int) -> uuid.UUID:
    return uuid.UUID(int=n)


COVISIT_ID, REP_ID, MANAGER_ID = _id(1), _id(2), _id(3)
PREVIOUS_COVISIT = _id(4)


def make_covisit(calls: int = 3, days: int = 1, version: str = "2026.1") -> s.CoVisitSnapshot:
    types = (CoVisitType.COACHING, CoVisitType.JOINT, CoVisitType.DEMONSTRATION)
    call_list = tuple(
        v.CallView(
            id=_id(100 + i),
            seq=i + 1,
            day=date(2025, 3, 12 + (i * days) // max(calls, 1)),
            account_id=_id(200 + i),
            account_name=f"{ACCOUNT}（{i + 1}号楼）" if i else ACCOUNT,
            call_type=types[i % 3],
            visit_objective="让主任同意在心内科试用新剂型，并约定两周后回访。",
            stakeholder_names=(DOCTOR, "张医生"),
            precall_opening="以上次会议提到的病人依从性问题开场。",
            precall_key_messages="每日一次，依从性更好；不良反应发生率低于对照组。",
            precall_objections="价格偏高；医院目录尚未进入。",
            precall_commitment="试用二十例患者并反馈。",
            rep_self_assessment="开场自然，但探询需求时问题太少，过早进入产品介绍。",
            feedback_went_well="准备充分，资料齐全；倾听时有眼神交流。",
            feedback_do_differently="多用开放式问题；处理价格异议时先确认顾虑，再给出数据。",
            agreed_learning="先问三个开放式问题，再介绍产品。",
            observations=tuple(
                v.ObservationView(step.value, 2 + (j + i) % 4, OBSERVATION_NOTES.get(step))
                for j, step in enumerate(CallStep)
            ),
        )
        for i in range(calls)
    )

    def action(n: int, text: str, owner: str, due: date) -> v.ActionView:
        return v.ActionView(
            _id(300 + n), n, text, REP_ID if owner == REP else MANAGER_ID, owner, due
        )

    view = v.CoVisitView(
        id=COVISIT_ID,
        rep_id=REP_ID,
        rep_name=REP,
        manager_id=MANAGER_ID,
        manager_name=MANAGER,
        first_day=DAY,
        last_day=date(2025, 3, 12 + days - 1),
        template_version=version,
        territory="浦东新区",
        development_objectives=("探询需求：多用开放式问题（SPIN）", "处理价格异议"),
        actions=(
            action(1, "每次拜访前写好三个开放式问题", REP, date(2025, 3, 19)),
            action(2, "与经理一起演练价格异议处理", MANAGER, date(2025, 3, 26)),
            replace(
                action(3, "整理二十例试用患者的反馈，提交给朱镕主任", REP, date(2025, 4, 2)),
                status=ActionStatus.DONE,
            ),
        ),
        review=(
            replace(
                action(11, "拜访前准备三个开放式问题", REP, date(2025, 2, 20)),
                status=ActionStatus.DONE,
                review_note="每次都做到了",
                reviewed_in_id=COVISIT_ID,
                from_day=date(2025, 2, 6),
            ),
            replace(
                action(12, "整理竞品价格表", REP, date(2025, 3, 1)),
                review_note=REVIEW_NOTE,
                reviewed_in_id=COVISIT_ID,
                from_day=date(2025, 2, 6),
            ),
        ),
        manager_comments=MANAGER_COMMENT,
        big_question_yes=True,
        big_question_why="代表主动提出下周再安排一次协访，愿意练习新的提问方式。",
        strengths="准备充分，产品知识扎实；与客户关系融洽，客户愿意花时间交流。",
        development_areas="探询需求不够深入；面对价格异议时容易急于让步，应先确认顾虑。",
        calls=call_list,
        ratings=tuple(
            v.RatingView(std.value, 2 + i % 4, "进步明显，继续保持。" if i % 2 else None)
            for i, std in enumerate(Standard)
        ),
        rep_comments="同意以上评估，会在下次协访前完成行动计划。",
        rep_acknowledged_at=datetime(2025, 3, 12, 10, 30, tzinfo=UTC),
        manager_signed_at=datetime(2025, 3, 12, 10, 0, tzinfo=UTC),
        status=CoVisitStatus.SIGNED_OFF,
        completed_at=datetime(2025, 3, 12, 10, 0, tzinfo=UTC),
        late=True,
        revision=2,
        revisions=(
            v.RevisionView(
                1, "补充第三次拜访的观察记录", datetime(2025, 3, 13, 9, tzinfo=UTC), MANAGER
            ),
        ),
    )
    return s.CoVisitSnapshot(
        view,
        earlier=(
            s.EarlierRatings(date(2024, 12, 10), tuple((std.value, 2) for std in Standard)),
            s.EarlierRatings(date(2025, 2, 6), tuple((std.value, 3) for std in Standard)),
        ),
        checklist=load_template(version),
    )


def make_record() -> s.RecordView:
    return s.RecordView(
        account=ACCOUNT,
        occurred_at=datetime(2025, 3, 12, 2, 30, tzinfo=UTC),
        method=ContactMethod.VISIT,
        author=REP,
        place="心内科主任办公室",
        stakeholders_met=(DOCTOR,),
        participants=(REP, MANAGER),
        sales_objectives=("new_product", "more_volume"),
        admin_objectives=("collect_payment",),
        purposes=("product_launch",),
        objective_notes="重点是新剂型进入科室。",
        content="向朱镕主任介绍了新剂型的临床数据，主任对依从性数据很感兴趣。" * 3,
        successes="资料准备充分，主任同意试用。",
        shortcomings="没有问清楚医院目录的流程。",
        lessons="下次先了解采购流程，再谈试用。",
        new_agreements="两周内提供二十例试用装。",
        promises=(
            s.PromiseLine("提供二十例试用装", date(2025, 3, 26), owner=REP, stakeholder=DOCTOR),
        ),
        next_steps="联系药剂科了解进药流程。",
        next_visit_on=date(2025, 3, 26),
        special_notes="主任下周出差。",
        check=s.VisitCheckSnapshot(
            stock="库存 120 盒",
            credit_limit_cents=5_000_000,
            paid_cents=3_000_000,
            unpaid_cents=2_000_000,
        ),
        status=RecordStatus.COMPLETE,
    )


def make_account(with_personal: bool = False) -> s.AccountSnapshot:
    profile = s.ProfileSnapshot(
        values={
            "birthday": date(1975, 5, 4),
            "hobbies": PROFILE_TEXT,
            "hometown": "江苏南京",
            "school": "复旦大学医学院",
        }
    )
    return s.AccountSnapshot(
        name=ACCOUNT,
        account_type=AccountType.HOSPITAL,
        status=AccountStatus.ACTIVE,
        values={
            "owner_id": REP,
            "province": "上海",
            "city": "上海",
            "address": "虹口区武进路 85 号",
            "phone": "021-63240090",
            "legal_representative": "郑镕",
            "key_staff": "药剂科主任 陈喆",
            "tier": Tier.A,
            "sub_tier": SubTier.A1,
            "key_account_level": KeyAccountLevel.LEVEL_1,
            "man_grade": Grade.A,
            "credit_capital": Grade.A,
            "credit_character": Grade.A,
            "credit_capacity": Grade.B,
            "credit_collateral": Grade.B,
            "credit_conditions": Grade.A,
            "credit_grade": Grade.A,
            "credit_limit_cents": 50_000_000,
            "brands_carried": "心脑血管类 12 个品种",
        },
        stakeholders=(
            s.StakeholderLine(
                DOCTOR,
                "主任",
                "心内科",
                mobile="13800000000",
                roles=(BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER),
                profile=profile if with_personal else None,
            ),
        ),
        contributions=(
            s.ContributionLine(
                PeriodKind.MONTH, date(2025, 2, 1), 1200, 36_000_000, 30_000_000, 6_000_000
            ),
        ),
        complaints=(
            s.ComplaintLine(date(2025, 1, 8), "送货延迟两天", "已协调物流", date(2025, 1, 10)),
        ),
        projects=(s.ProjectLine("新剂型进院", BuyingStage.EVALUATION, date(2025, 1, 1)),),
        open_promises=(s.PromiseLine("提供二十例试用装", date(2025, 3, 26), owner=REP),),
        recent_contacts=(s.ContactLine(DAY, ContactMethod.VISIT, "介绍新剂型"),),
        with_personal=with_personal,
    )


def make_plan() -> s.PlanSnapshot:
    items = tuple(
        s.PlannedItem(
            date(2025, 3, d),
            f"{ACCOUNT[:4]}{d}号药店" if d % 3 else ACCOUNT,
            (PlannedKind.VISIT, PlannedKind.PHONE, PlannedKind.SERVICE)[d % 3],
            SubTier.A1 if d % 2 else SubTier.B2,
            DaySlot.MORNING if d % 2 else DaySlot.AFTERNOON,
            done=d < 15,
        )
        for d in range(3, 29)
        for _ in range(1 + d % 3)
    )
    return s.PlanSnapshot(
        rep=REP,
        month=date(2025, 3, 1),
        status=PlanStatus.APPROVED,
        manager_comment=f"A 类客户安排在第一周上午，很好。——{MANAGER}",
        policy_name="默认频率标准",
        items=items,
        compliance=(
            s.ComplianceLine(ACCOUNT, SubTier.A1, 4, 4, 3, 8, 8, 9),
            s.ComplianceLine("镕安大药房", SubTier.B2, 1, 1, 1, 2, 2, 1),
            s.ComplianceLine("堃和诊所", SubTier.C, None, 0, 0, 2, 1, 2),
        ),
    )


def make_summary() -> s.SummarySnapshot:
    return s.SummarySnapshot(
        author=REP,
        period_kind=PeriodKind.MONTH,
        period_start=date(2025, 3, 1),
        period_end=date(2025, 3, 31),
        status=None,
        entries=(
            s.SummaryEntry(
                SummarySection.COMPLETED,
                "新剂型进入心内科",
                "试用二十例",
                what_worked="朱镕主任支持",
                thanks=MANAGER,
            ),
            s.SummaryEntry(
                SummarySection.IN_PROGRESS,
                "进入医院目录",
                problems="药事会三月底开会",
                help_needed="需要经理拜访药剂科主任",
            ),
            s.SummaryEntry(SummarySection.NEW, "开发堃和诊所", key_data="月潜力约 2 万元"),
        ),
        records=14,
        on_site=9,
        phone=5,
        promises_kept=3,
        promises_open=2,
    )


def make_team() -> s.TeamSnapshot:
    return s.TeamSnapshot(
        manager=MANAGER,
        month=date(2025, 3, 1),
        work_base=WorkBase.OFFICE,
        working_days=21,
        field_days=13,
        field_share_pct=62,
        target_pct=70,
        meets_target=False,
        through=date(2025, 3, 31),
        reps=(
            s.RepFigures(REP, 2, 3, 2, 1, 4, 3.4, 2, 1),
            s.RepFigures("陈镕", 1, 1, 0, 1, 2, 2.9, 1, 0),
            s.RepFigures("赵敏", 0),
        ),
        total=s.RepFigures("", 3, 4, 2, 2, 6, 3.2, 3, 1),
        covisits=(
            s.TeamCoVisitLine(DAY, DAY, REP, 3, 3.4, CoVisitStatus.SIGNED_OFF, late=True),
            s.TeamCoVisitLine(
                date(2025, 3, 18), date(2025, 3, 19), "陈镕", 3, 2.9, CoVisitStatus.IN_PROGRESS
            ),
        ),
    )


@pytest.fixture
def covisit() -> s.CoVisitSnapshot:
    return make_covisit()
