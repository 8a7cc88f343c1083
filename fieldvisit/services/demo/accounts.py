"""Customer cards (DOMAIN.md §2): a rep's portfolio, classified as a realistic pyramid."""

from __future__ import annotations

from datetime import timedelta

from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    BuyingStage,
    Grade,
    KeyAccountLevel,
    SubTier,
    Tier,
    VolumeBand,
)
from fieldvisit.services.demo.core import AccountInfo, Ctx, Member, Row, cumulative
from fieldvisit.services.demo.names import (
    CITIES,
    City,
    address,
    chinese_person,
    landline,
)
from fieldvisit.services.demo.orgs import FAMOUS, NameBook, account_name
from fieldvisit.services.demo.phrases import PRODUCTS

TYPES = tuple(AccountType)
# A pharmaceutical rep's book: mostly pharmacies and clinics, a layer of hospitals, a few
# distributors, supermarkets with a pharmacy counter and public bodies.
TYPE_WEIGHTS = cumulative((15, 22, 42, 6, 7, 8))
STATUSES = tuple(AccountStatus)
STATUS_WEIGHTS = cumulative((68, 14, 13, 5))
TIERS = tuple(Tier)
TIER_WEIGHTS = {
    AccountType.HOSPITAL: cumulative((14, 30, 36, 20)),
    AccountType.DISTRIBUTOR: cumulative((20, 35, 30, 15)),
}
DEFAULT_TIER_WEIGHTS = cumulative((4, 13, 33, 50))
CAPACITY_YUAN = {
    Tier.A: (2_000_000, 20_000_000),
    Tier.B: (500_000, 2_000_000),
    Tier.C: (100_000, 500_000),
    Tier.D: (10_000, 100_000),
}
GRADES = tuple(Grade)
GRADE_BY_TIER = {
    tier: cumulative(w)
    for tier, w in (
        (Tier.A, (6, 3, 1, 0)),
        (Tier.B, (3, 5, 2, 0)),
        (Tier.C, (1, 4, 4, 1)),
        (Tier.D, (1, 2, 4, 3)),
    )
}
SETTLEMENT_TIMING = ("月结30天", "月结60天", "货到90天付款", "现款现货", "季度结算")
SETTLEMENT_METHOD = ("银行转账", "银行承兑汇票", "电汇", "支票")
INVOICE = ("增值税专用发票", "增值税普通发票", "电子发票")
DELIVERY = (
    "周二、周五上午送货，需提前一天预约。",
    "冷链品种全程温控，到货后两小时内验收。",
    "每周一次配送，紧急订单48小时内到货。",
    "送货到药库，需随货同行单和检验报告。",
)
HOUSE_RULES = (
    "医药代表须在院内预约系统登记后方可拜访；周三下午为科室学习时间，不接待来访。",
    "新品引进须经药事委员会审议，每季度一次。",
    "门店陈列由总部统一规划，调整需提前报备。",
    "供应商须每年更新资质文件。",
)


TWIN_MIN_PORTFOLIO = 12
"""Portfolios at least this big get one deliberate duplicate card (see ``TWINS``)."""
TWINS = ((0, 2, 7), (1, 0, 9))
"""(portfolio, original, twin): the first two portfolios each hold one duplicate card."""


class AccountBuilder:
    """Writes one rep's accounts; names are unique within a city except deliberate twins."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self._names = NameBook()
        self._portfolios = 0

    def build(self, rep: Member, count: int) -> list[AccountInfo]:
        portfolio = self._portfolios
        self._portfolios += 1
        drafts = [self._classify(i) for i in range(count)]
        # "532" rule over this rep's active accounts, by category capacity.
        active = sorted(
            (d for d in drafts if d["status"] is AccountStatus.ACTIVE),
            key=lambda d: -int(d["category_capacity_cents"]),
        )
        total = sum(int(d["category_capacity_cents"]) for d in active) or 1
        running = 0
        for d in active:
            share = running / total
            d["volume_band"] = (
                VolumeBand.TOP_50
                if share < 0.5
                else VolumeBand.NEXT_30
                if share < 0.8
                else VolumeBand.LAST_20
            )
            running += int(d["category_capacity_cents"])
        twins = {} if count < TWIN_MIN_PORTFOLIO else {t: o for p, o, t in TWINS if p == portfolio}
        infos: list[AccountInfo] = []
        for i, d in enumerate(drafts):
            original = infos[twins[i]] if i in twins else None
            if original is not None:
                d["account_type"] = original.account_type
            infos.append(self._write(rep, i, d, original, half_width=portfolio == 1))
        return infos

    def _classify(self, i: int) -> Row:
        ctx = self.ctx
        if i == 0:  # every portfolio has at least one top hospital
            kind, status, tier = AccountType.HOSPITAL, AccountStatus.ACTIVE, Tier.A
        else:
            kind = ctx.weighted(TYPES, TYPE_WEIGHTS)
            status = ctx.weighted(STATUSES, STATUS_WEIGHTS)
            tier = ctx.weighted(TIERS, TIER_WEIGHTS.get(kind, DEFAULT_TIER_WEIGHTS))
            if status is AccountStatus.PEER or (
                status is not AccountStatus.ACTIVE and ctx.chance(0.3)
            ):
                tier = None
            elif status is not AccountStatus.ACTIVE and tier is Tier.A:
                tier = Tier.B
        sub: SubTier | None = None
        if tier is Tier.A:
            sub = SubTier.A1 if i == 0 or ctx.chance(0.4) else SubTier.A2
        elif tier is Tier.B:
            sub = SubTier.B1 if ctx.chance(0.4) else SubTier.B2
        elif tier is Tier.C or (tier is Tier.D and ctx.chance(0.5)):
            sub = SubTier.C
        low, high = CAPACITY_YUAN[tier or Tier.D]
        level: KeyAccountLevel | None = None
        if sub is SubTier.A1:
            level = KeyAccountLevel.LEVEL_1
        elif sub is SubTier.A2:
            level = KeyAccountLevel.LEVEL_1 if ctx.chance(0.2) else KeyAccountLevel.LEVEL_2
        elif sub is SubTier.B1 and ctx.chance(0.4):
            level = KeyAccountLevel.LEVEL_3
        return {
            "account_type": kind,
            "status": status,
            "tier": tier,
            "sub_tier": sub,
            "key_account_level": level,
            "volume_band": None,
            "category_capacity_cents": ctx.between(low, high) * 100,
        }

    def _city(self, rep: Member) -> City:
        """The rep's main city mostly; a second city covered gets a good share too."""
        if len(rep.cities) > 1 and self.ctx.chance(0.45):
            return CITIES[self.ctx.pick(rep.cities[1:])]
        return CITIES[rep.cities[0]]

    def _name(self, kind: AccountType, city: City, district: str, i: int) -> tuple[str, str | None]:
        ctx = self.ctx
        if kind is AccountType.HOSPITAL and (i == 0 or ctx.chance(0.3)):
            for famous, famous_site in FAMOUS.get(city.name, ()):
                if self._names.take(famous, city):
                    return famous, famous_site

        def person() -> str:
            return chinese_person(ctx).name

        def draw() -> str:
            return account_name(ctx, kind, city, district, i, person)

        name = self._names.unique(draw, kind, city)
        site = None
        if ctx.chance(0.25 if kind in (AccountType.HOSPITAL, AccountType.DISTRIBUTOR) else 0.05):
            kind_slug = ctx.pick(("yy", "yiyao", "med", "health"))
            site = f"www.{city.slug}{kind_slug}{ctx.digits(3)}.com"
        return name, site

    def _write(
        self, rep: Member, i: int, d: Row, original: AccountInfo | None, *, half_width: bool
    ) -> AccountInfo:
        ctx = self.ctx
        kind: AccountType = d["account_type"]
        status: AccountStatus = d["status"]
        tier: Tier | None = d["tier"]
        city = self._city(rep) if i > 0 else CITIES[rep.cities[0]]
        main = city is CITIES[rep.cities[0]]
        district = ctx.pick(rep.districts) if main and ctx.chance(0.8) else ctx.pick(city.districts)
        if original is None or original.row is None:
            name, site = self._name(kind, city, district, i)
            street, street_district = city.street_in(name)
            district = street_district or district
            addr, postal = address(ctx, city, district, street)
            phone = landline(ctx, city)
        else:
            # A card entered twice: the same customer, found again by name and phone, for
            # the merge to show. One twin is typed with half-width brackets.
            twin = original.row
            name = _half_width(twin["name"]) if half_width else twin["name"]
            city = next(c for c in CITIES if c.name == twin["city"])
            addr, postal, phone, site = (
                twin["address"],
                twin["postal_code"],
                twin["phone"],
                twin["website"],
            )
        active = status is AccountStatus.ACTIVE
        began = ctx.today - timedelta(days=ctx.between(200, 4000)) if active else None
        created = ctx.at(min(began or ctx.start, ctx.start), 10)
        grades = GRADE_BY_TIER[tier or Tier.D]
        five_c = [ctx.weighted(GRADES, grades) for _ in range(5)]
        credit = max(set(five_c), key=five_c.count) if active else None
        prospect = status in (AccountStatus.TARGET, AccountStatus.POTENTIAL)
        man = [ctx.chance(0.6) for _ in range(3)] if prospect else [None, None, None]
        man_grade = (
            (Grade.A, Grade.B, Grade.C, Grade.C)[3 - sum(bool(m) for m in man)]
            if prospect
            else None
        )
        early = tier
        if tier is not None and ctx.chance(0.25):
            early = TIERS[min(3, max(0, TIERS.index(tier) + ctx.pick((-1, 1))))]
        capacity = int(d["category_capacity_cents"])
        legal = chinese_person(ctx).name
        row = ctx.entity(created, ctx.stamp_for(ctx.past_day(1, 120)))
        row.update(
            name=name,
            account_type=kind,
            province=city.province,
            city=city.name,
            address=addr,
            postal_code=postal or None,
            phone=phone,
            fax=landline(ctx, city) if ctx.chance(0.3) else None,
            website=site,
            legal_representative=legal,
            key_staff=None,
            outlets=_outlets(ctx, kind),
            business_scale=_scale(ctx, kind),
            category_capacity_cents=capacity,
            house_rules=ctx.pick(HOUSE_RULES) if ctx.chance(0.3) else None,
            owner_id=rep.id,
            their_handler=None,
            business_began_on=began,
            supply_agreement_terms=(
                f"{ctx.today.year}年度供货协议：年度任务{capacity // 500_000}万元，"
                f"完成后返利{ctx.between(1, 4)}%。"
                if active and ctx.chance(0.5)
                else None
            ),
            status=status,
            tier=tier,
            sub_tier=d["sub_tier"],
            volume_band=d["volume_band"],
            key_account_level=d["key_account_level"],
            man_money=man[0],
            man_authority=man[1],
            man_need=man[2],
            man_grade=man_grade,
            early_tier=early,
            early_classification_notes=(
                f"初评：主营{ctx.pick(('心血管', '慢病', '儿科', 'OTC', '消化'))}类，"
                f"口碑{ctx.pick(('好', '一般', '较好'))}，位置{ctx.pick(('繁华', '社区', '一般'))}"
                if early is not None and ctx.chance(0.5)
                else None
            ),
            credit_capital=five_c[0],
            credit_character=five_c[1],
            credit_capacity=five_c[2],
            credit_collateral=five_c[3],
            credit_conditions=five_c[4],
            credit_grade=credit,
            credit_limit_cents=(capacity // 10 // 100_000 * 100_000 if active else None),
            brands_carried="；".join(ctx.sample(PRODUCTS, ctx.between(1, 4))) if active else None,
            settlement_timing=ctx.pick(SETTLEMENT_TIMING) if active else None,
            settlement_method=ctx.pick(SETTLEMENT_METHOD) if active else None,
            invoice_type=ctx.pick(INVOICE) if active else None,
            settlement_procedure="每月25日前对账，次月10日前付款。"
            if active and ctx.chance(0.4)
            else None,
            settlement_contact=None,
            delivery_requirements=ctx.pick(DELIVERY) if active else None,
            after_sales_service="近效期（6个月内）产品按协议退换。"
            if active and ctx.chance(0.3)
            else None,
            buying_stage=(
                ctx.pick(tuple(BuyingStage)) if prospect or (active and ctx.chance(0.15)) else None
            ),
            notes=None,
        )
        ctx.writer.add("account", row)
        return AccountInfo(
            row["id"],
            name,
            kind,
            status,
            tier,
            d["sub_tier"],
            d["key_account_level"],
            city.name,
            capacity,
            row=row,
        )


def _half_width(name: str) -> str:
    """The name as typed in a hurry: ``益丰大药房(长沙五一大道店)``, ``株洲市 中心医院``."""
    if "（" in name:
        return name.replace("（", "(").replace("）", ")")
    head, sep, rest = name.partition("市")
    return f"{head}市 {rest}" if sep and rest else name


def _outlets(ctx: Ctx, kind: AccountType) -> str | None:
    if kind is AccountType.PHARMACY:
        return f"连锁门店{ctx.between(20, 600)}家，本店为{ctx.pick(('旗舰店', '社区店', '医院店'))}"
    if kind is AccountType.DISTRIBUTOR:
        return f"覆盖{ctx.between(3, 14)}个地市，下游终端约{ctx.between(200, 4000)}家"
    return None


def _scale(ctx: Ctx, kind: AccountType) -> str | None:
    if kind is AccountType.HOSPITAL:
        return f"床位{ctx.between(3, 40) * 100}张，年门诊量约{ctx.between(20, 400)}万人次"
    if kind is AccountType.PHARMACY:
        return f"营业面积约{ctx.between(4, 40) * 10}平方米，日客流{ctx.between(100, 900)}人"
    return None
