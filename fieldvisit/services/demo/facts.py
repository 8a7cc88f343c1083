"""Per-period facts of an account: contributions, prices, complaints, grades, plans, files."""

from __future__ import annotations

import hashlib
import struct
import uuid
import zlib
from datetime import date, datetime, timedelta

from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    BuyingStage,
    Grade,
    KeyAccountLevel,
    PeriodKind,
    Tier,
)
from fieldvisit.services.demo.core import AccountInfo, Ctx, month_start, quarter_start
from fieldvisit.services.demo.phrases import PRODUCTS

COMPLAINTS = (
    ("到货外箱破损两件，影响入库验收。", "已协调物流补发并承担运费。"),
    ("发票抬头错误，无法入账。", "已作废重开，三日内寄达。"),
    ("近效期产品占比偏高。", "已按协议办理退换。"),
    ("送货延迟三天，门店断货。", "调整配送路线，改为每周两次送货。"),
    ("促销赠品未按时到位。", None),
)
PROJECTS = (
    "年度心血管用药遴选",
    "新院区药房首批采购",
    "DTP药房合作项目",
    "慢病管理中心共建",
    "门店会员慢病服务升级",
    "二级库智能化改造",
)
UNIT_PRICE_CENTS = (2350, 3580, 4620, 1890, 2760, 5120, 980, 1560, 2240)


def tiny_png(rgb: tuple[int, int, int], size: int = 8) -> bytes:
    """A valid ``size``×``size`` single-colour PNG, built without any imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return (
            struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


class FactBuilder:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.months = [month_start(ctx.today, -k) for k in range(11, -1, -1)]
        self.quarters = [quarter_start(ctx.today, -k) for k in range(3, -1, -1)]
        self.year = date(ctx.today.year - 1, 1, 1)
        self.photos = [tiny_png(c) for c in ((200, 40, 40), (40, 160, 60), (30, 90, 200))]

    def build(self, info: AccountInfo, forced: bool) -> None:
        ctx = self.ctx
        active = info.status is AccountStatus.ACTIVE
        if active:
            self._contributions(info)
            if info.account_type is not AccountType.OTHER and (forced or ctx.chance(0.6)):
                self._prices(info)
            if forced or ctx.chance(0.04):
                self._complaints(info)
            self._grades(info)
            if forced or (info.tier in (Tier.A, Tier.B) and ctx.chance(0.05)):
                self._agreement(info)
        if (
            forced
            or (
                info.account_type in (AccountType.HOSPITAL, AccountType.DISTRIBUTOR)
                and ctx.chance(0.12)
            )
            or ctx.chance(0.02)
        ):
            self._project(info)
        if info.key_level is KeyAccountLevel.LEVEL_1:
            self._key_plan(info)

    def _contributions(self, info: AccountInfo) -> None:
        ctx = self.ctx
        monthly = info.tier in (Tier.A, Tier.B)
        starts = self.months if monthly else self.quarters
        per_period = info.capacity_cents * ctx.between(20, 60) // 100 // (12 if monthly else 4)
        price = ctx.pick(UNIT_PRICE_CENTS)
        receivable = per_period // 3
        growth = 1.0 + ctx.between(-5, 15) / 100 / len(starts)
        for n, start in enumerate(starts):
            revenue = int(per_period * growth**n * (0.8 + 0.4 * ctx.rng.random()))
            collected = revenue * ctx.between(80, 102) // 100
            receivable = max(0, receivable + revenue - collected)
            row = ctx.entity(ctx.stamp_for(min(start + timedelta(days=35), ctx.today)))
            row.update(
                account_id=info.id,
                period_kind=PeriodKind.MONTH if monthly else PeriodKind.QUARTER,
                period_start=start,
                volume_units=revenue // price,
                revenue_cents=revenue,
                collections_cents=collected,
                receivables_cents=receivable,
            )
            self.ctx.writer.add("period_contribution", row)

    def _prices(self, info: AccountInfo) -> None:
        ctx = self.ctx
        for product in ctx.sample(PRODUCTS, ctx.between(1, 2)):
            price = ctx.pick(UNIT_PRICE_CENTS)
            for _ in range(ctx.between(1, 3)):
                day = ctx.past_day(1, 365)
                price = price * ctx.between(92, 106) // 100
                row = ctx.entity(ctx.stamp_for(day))
                row.update(
                    account_id=info.id,
                    product=product,
                    effective_on=day,
                    price_cents=price,
                    note=ctx.pick((None, "集采后调价", "会员日促销价", "厂家指导价调整")),
                )
                ctx.writer.add("price_change", row)

    def _complaints(self, info: AccountInfo) -> None:
        ctx = self.ctx
        for _ in range(ctx.between(1, 2)):
            description, handling = ctx.pick(COMPLAINTS)
            received = ctx.past_day(5, 360)
            resolved = received + timedelta(days=ctx.between(1, 20)) if handling else None
            row = ctx.entity(ctx.stamp_for(received))
            row.update(
                account_id=info.id,
                received_on=received,
                description=description,
                handling=handling,
                resolved_on=resolved if resolved and resolved < ctx.today else None,
            )
            ctx.writer.add("complaint", row)

    def _grades(self, info: AccountInfo) -> None:
        base = {Tier.A: 4, Tier.B: 3}.get(info.tier or Tier.D, 2)
        if info.tier in (Tier.A, Tier.B):
            for n, start in enumerate(self.quarters):
                self._grade(info, PeriodKind.QUARTER, start, base + (n >= 2), None)
        if info.tier is not Tier.D:
            cls = {4: Grade.A, 3: Grade.B}.get(base, Grade.C)
            self._grade(info, PeriodKind.YEAR, self.year, base, cls)

    def _grade(
        self, info: AccountInfo, kind: PeriodKind, start: date, level: int, cls: Grade | None
    ) -> None:
        ctx = self.ctx

        def score() -> int:
            return max(1, min(5, level + ctx.between(-1, 1)))

        row = ctx.entity(
            ctx.stamp_for(min(start + timedelta(days=95), ctx.today - timedelta(days=1)))
        )
        row.update(
            account_id=info.id,
            period_kind=kind,
            period_start=start,
            familiarity=score(),
            closeness=score(),
            sales_support=score(),
            complaint_occurrence=score(),
            receivables=score(),
            integrated_class=cls,
        )
        ctx.writer.add("relationship_grade", row)

    def _project(self, info: AccountInfo) -> None:
        ctx = self.ctx
        started = ctx.past_day(20, 360)
        row = ctx.entity(ctx.stamp_for(started))
        row.update(
            account_id=info.id,
            name=f"{ctx.today.year}年{ctx.pick(PROJECTS)}",
            stage=ctx.pick(tuple(BuyingStage)),
            started_on=started,
            notes=ctx.pick((None, "前期客户关注需求，后期关注价格。", "竞争对手已提交方案。")),
        )
        ctx.writer.add("buying_project", row)

    def _key_plan(self, info: AccountInfo) -> None:
        ctx = self.ctx
        start = date(ctx.today.year, 1, 1)
        row = ctx.entity(
            ctx.at(start + timedelta(days=ctx.between(3, 20)), 16),
            ctx.stamp_for(ctx.past_day(1, 60)),
        )
        row.update(
            account_id=info.id,
            period_start=start,
            period_end=date(ctx.today.year, 12, 31),
            analysis="医院新院区投入使用，门诊量增长；药剂科主任更换，新主任重视合理用药。",
            goals=f"年度销量增长{ctx.between(10, 30)}%，新进{ctx.between(1, 3)}个品种。",
            resources="区域医学经理支持两次科室会；申请学术会议赞助一次。",
            communication_strategy="院长层面每季度一次高层拜访；药剂科、临床科室多线联系。",
            review=ctx.pick(
                (None, "上半年完成目标的52%，按计划推进。", "组织调整后已更新关系图。")
            ),
        )
        ctx.writer.add("key_account_plan", row)

    def _agreement(self, info: AccountInfo) -> None:
        ctx = self.ctx
        text = (
            f"供货协议\n甲方：{info.name}\n乙方：康泰医药有限公司\n"
            f"有效期：{ctx.today.year}年1月1日至{ctx.today.year}年12月31日\n"
        ).encode()
        when = ctx.stamp_for(ctx.past_day(1, 300))
        self.attach(info, None, when, "供货协议.txt", "text/plain; charset=utf-8", text)

    def attach(
        self,
        info: AccountInfo,
        record: uuid.UUID | None,
        when: datetime,
        filename: str,
        media: str,
        content: bytes,
    ) -> None:
        ctx = self.ctx
        row = ctx.entity(when)
        row.update(
            account_id=info.id,
            record_id=record,
            filename=filename,
            media_type=media,
            size_bytes=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
        )
        ctx.writer.add("attachment", row)

    def photo(self, info: AccountInfo, record: uuid.UUID, when: datetime) -> None:
        name = f"陈列照片-{when.date().isoformat()}.png"
        self.attach(info, record, when, name, "image/png", self.ctx.pick(self.photos))
