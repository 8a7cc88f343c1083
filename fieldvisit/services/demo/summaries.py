"""Customer management summary reports (DOMAIN.md §7) for some reps."""

from __future__ import annotations

from datetime import date, timedelta

from fieldvisit.domain.enums import PeriodKind, SummarySection, SummaryStatus
from fieldvisit.services.demo.core import Ctx, Member, month_start

TASKS = {
    SummarySection.COMPLETED: (
        "A类医院季度学术会",
        "回款专项清理",
        "新品进院（心内科）",
        "连锁药店陈列升级",
        "经销商库存盘点",
    ),
    SummarySection.IN_PROGRESS: (
        "新院区药房首批采购",
        "目标客户开发（社区卫生中心）",
        "DTP药房合作洽谈",
        "大客户发展计划季度回顾",
    ),
    SummarySection.NEW: (
        "下月会员日联合促销",
        "二级医院覆盖计划",
        "竞品信息收集专项",
        "经销商年度协议续签",
    ),
}
KEY_DATA = (
    "完成率{n}%，覆盖客户{m}家",
    "回款{n}万元，逾期减少{m}家",
    "新增处方医生{m}人，月销量增长{n}%",
)
PROBLEMS = ("药剂科主任更换，进度延迟", "竞品降价冲击", "客户资金紧张，付款周期拉长", "院内流程长")
WORKED = ("提前准备数据，逐个科室沟通", "与经销商联合拜访", "利用科室会集中传递信息")
NOT_WORKED = ("单靠电话跟进效果差", "促销物料到位太晚")
SOLUTIONS = ("请区域医学经理支持专题讲座", "调整拜访频率，增加第一周上午拜访", "与财务协商分期付款")
HELP = ("需要经理参加一次高层拜访", "需要市场部提供新的病例资料", "需要调拨样品")


class SummaryBuilder:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx

    def build(self, rep: Member, rep_index: int) -> None:
        ctx = self.ctx
        if rep_index != 0 and not ctx.chance(0.5):
            return
        for k in (-2, -1):
            start = month_start(ctx.today, k)
            end = month_start(ctx.today, k + 1) - timedelta(days=1)
            self._report(rep, PeriodKind.MONTH, start, end, SummaryStatus.FINAL)
        if rep_index == 0 or ctx.chance(0.3):
            monday = ctx.today - timedelta(days=ctx.today.weekday() + 7)
            self._report(
                rep, PeriodKind.WEEK, monday, monday + timedelta(days=6), SummaryStatus.DRAFT
            )
        if rep_index == 0 or ctx.chance(0.2):
            year = date(ctx.today.year - 1, 1, 1)
            if year >= rep.joined_on or ctx.chance(0.5):
                self._report(
                    rep, PeriodKind.YEAR, year, date(year.year, 12, 31), SummaryStatus.FINAL
                )

    def _report(
        self, rep: Member, kind: PeriodKind, start: date, end: date, status: SummaryStatus
    ) -> None:
        ctx = self.ctx
        written = min(ctx.now, ctx.at(end + timedelta(days=ctx.between(1, 3)), 17))
        row = ctx.entity(written)
        row.update(
            author_id=rep.id, period_kind=kind, period_start=start, period_end=end, status=status
        )
        ctx.writer.add("summary_report", row)
        for section in SummarySection:
            for seq, name in enumerate(ctx.sample(TASKS[section], ctx.between(1, 3)), start=1):
                done = section is SummarySection.COMPLETED
                item = ctx.entity(written)
                item.update(
                    report_id=row["id"],
                    section=section,
                    seq=seq,
                    name=name,
                    key_data=ctx.pick(KEY_DATA).format(
                        n=ctx.between(60, 130), m=ctx.between(3, 40)
                    ),
                    problems=ctx.pick(PROBLEMS),
                    what_worked=ctx.pick(WORKED) if done else None,
                    what_did_not=ctx.pick(NOT_WORKED) if done else None,
                    thanks=f"感谢{ctx.pick(('经理', '市场部', '医学部', '商务同事'))}的支持"
                    if done
                    else None,
                    solutions=ctx.pick(SOLUTIONS)
                    if section is SummarySection.IN_PROGRESS
                    else None,
                    help_needed=ctx.pick(HELP) if not done else None,
                )
                ctx.writer.add("summary_item", item)
