"""A fully filled customer card to save and load (fixture ``full_card``)."""

from __future__ import annotations

from datetime import date

import pytest

from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    BuyingStage,
    Grade,
    KeyAccountLevel,
    PeriodKind,
    SubTier,
    Tier,
    VolumeBand,
)
from fieldvisit.services.accounts.card_data import (
    AccountCard,
    Basics,
    Classification,
    Commercial,
    ComplaintRow,
    ContributionRow,
    Credit,
    GradeRow,
    PlanRow,
    PriceRow,
    ProjectRow,
    Relationship,
)


@pytest.fixture
def full_card() -> AccountCard:
    return AccountCard(
        basics=Basics(
            name="北京协和医院",
            account_type=AccountType.HOSPITAL,
            province="北京市",
            city="东城区",
            address="帅府园1号",
            postal_code="100730",
            phone="010-6915 6114",
            fax="010-6915 6115 转 2",
            website="www.pumch.cn",
            legal_representative="张抒扬",
            key_staff="药剂科主任 梅丹",
            outlets="东单院区、西单院区",
            business_scale="床位 2000 张",
            category_capacity_cents=1_250_000_00,
            house_rules="药事委员会每季度开会",
        ),
        relationship=Relationship(
            their_handler="梅丹",
            business_began_on=date(2019, 4, 1),
            supply_agreement_terms="年度框架协议，月结 90 天",
            status=AccountStatus.ACTIVE,
        ),
        classification=Classification(
            tier=Tier.A,
            sub_tier=SubTier.A1,
            volume_band=VolumeBand.TOP_50,
            key_account_level=KeyAccountLevel.LEVEL_1,
            man_money=True,
            man_authority=True,
            man_need=False,
            man_grade=Grade.B,
            early_tier=Tier.B,
            early_classification_notes="初评：品种齐全，口碑好",
        ),
        credit=Credit(
            capital=Grade.A,
            character=Grade.A,
            capacity=Grade.B,
            collateral=Grade.C,
            conditions=Grade.B,
            grade=Grade.A,
            limit_cents=50_000_00,
        ),
        commercial=Commercial(
            brands_carried="立普妥 20mg、络活喜 5mg",
            settlement_timing="月结 90 天",
            settlement_method="银行转账",
            invoice_type="增值税专用发票",
            settlement_procedure="财务处对账后付款",
            settlement_contact="王会计",
            delivery_requirements="每周二送货",
            after_sales_service="退换货 7 天内",
            buying_stage=BuyingStage.EVALUATION,
            notes="重点客户",
        ),
        grades=(
            GradeRow(PeriodKind.QUARTER, date(2025, 1, 1), 4, 3, 4, 2, 3, None),
            GradeRow(PeriodKind.YEAR, date(2024, 1, 1), 3, 3, 3, 3, 3, Grade.A),
        ),
        prices=(PriceRow("立普妥 20mg", date(2024, 7, 1), 6_850, "集采后"),),
        contributions=(
            ContributionRow(
                PeriodKind.QUARTER, date(2025, 1, 1), 1200, 800_000_00, 600_000_00, 200_000_00
            ),
        ),
        complaints=(
            ComplaintRow(date(2025, 2, 3), "送货晚两天", "已调整配送路线", date(2025, 2, 10)),
        ),
        projects=(
            ProjectRow("心内科新品进院", BuyingStage.EVALUATION, date(2025, 1, 5), "药事会"),
        ),
        plans=(
            PlanRow(date(2025, 1, 1), date(2025, 12, 31), "分析", "目标", "资源", "沟通", "回顾"),
        ),
    )
