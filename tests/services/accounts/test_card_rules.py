"""Phone, e-mail, web, amount and name rules of the customer card."""

from __future__ import annotations

import pytest

from fieldvisit.domain import card_rules as r
from fieldvisit.domain.enums import KeyAccountLevel, SubTier, Tier
from fieldvisit.domain.errors import ValidationError


@pytest.mark.parametrize(
    "phone",
    [
        "010-6529 5114",
        "01065295114",
        "(0755) 8888-1234",
        "0755-88881234 转 806",
        "0755-88881234-806",
        "021 6408 5566 ext 12",
        "138 0013 8000",
        "13800138000",
        "+86 138 0013 8000",
        "+86 21 6408 5566",
        "0086-10-65295114",
        "400-810-8888",
        "＋８６ １３８００１３８０００",
        "+44 20 7946 0958",
    ],
)
def test_phones_accepted(phone: str) -> None:
    assert r.phone_problem(phone) is None


@pytest.mark.parametrize(
    ("phone", "problem"),
    [
        ("6529 5114", r.PHONE_AREA_CODE),
        ("12345", r.PHONE_FORMAT),
        ("010-6529 511a", r.PHONE_FORMAT),
        ("238 0013 8000", r.PHONE_FORMAT),
        ("call me", r.PHONE_FORMAT),
        ("138-0013-8000-1234567", r.PHONE_FORMAT),
    ],
)
def test_phones_refused_with_what_to_do(phone: str, problem: str) -> None:
    assert r.phone_problem(phone) == problem


def test_mobile_must_be_a_mobile() -> None:
    assert r.mobile_problem("+86 139-1122-3344") is None
    assert r.mobile_problem("010-6529 5114") == r.MOBILE_FORMAT


def test_phone_key_ignores_formatting() -> None:
    keys = {r.phone_key(p) for p in ("+86 10 6529 5114", "010-65295114", "(010) 6529-5114 转 8")}
    assert keys == {"1065295114"}
    assert r.phone_key("13800138000") == r.phone_key("+86 138 0013 8000") == "13800138000"
    assert r.phone_key("12") is None


def test_email_and_website() -> None:
    assert r.email_problem("li.na@pumch.cn") is None
    assert r.email_problem("li.na@pumch") == r.EMAIL_FORMAT
    assert r.website_problem("www.pumch.cn") is None
    assert r.website_problem("https://www.pumch.cn/about?x=1") is None
    assert r.website_problem("www pumch cn") == r.WEBSITE_FORMAT


def test_amounts_in_yuan_become_cents() -> None:
    assert r.parse_yuan("f", "12,500.5") == 1250050
    assert r.parse_yuan("f", "¥ 800") == 80000
    assert r.parse_yuan("f", "300元") == 30000
    assert r.parse_yuan("f", "  ") is None
    for text, message in (
        ("-5", r.AMOUNT_NEGATIVE),
        ("12.345", r.AMOUNT_DECIMALS),
        ("twelve", r.AMOUNT_FORMAT),
    ):
        with pytest.raises(ValidationError) as caught:
            r.parse_yuan("credit.limit_cents", text)
        assert caught.value.field == "credit.limit_cents" and caught.value.detail == message
    assert r.yuan_text(1250050) == "12500.50" and r.yuan_text(80000) == "800"


def test_normalised_names() -> None:
    same = {
        r.normalise_name(n)
        for n in ("北京 协和医院有限公司", "北京协和医院", "北京协和医院股份有限公司")
    }
    assert same == {"北京协和医院"}
    assert r.normalise_name("ＡＢＣ Pharma Co., Ltd.") == r.normalise_name("abc pharma")


def test_sub_tier_belongs_to_tier() -> None:
    assert r.sub_tier_problem(Tier.A, SubTier.A1) is None
    assert r.sub_tier_problem(Tier.D, SubTier.C) is None
    assert r.sub_tier_problem(Tier.B, SubTier.A1) == r.SUB_TIER_MISMATCH
    assert r.sub_tier_problem(None, SubTier.B1) == r.SUB_TIER_NEEDS_TIER
    assert r.sub_tiers_of(Tier.A) == (SubTier.A1, SubTier.A2)


def test_key_account_and_messages_in_chinese() -> None:
    assert r.is_key_account(Tier.A, None) and r.is_key_account(Tier.C, KeyAccountLevel.LEVEL_1)
    assert not r.is_key_account(Tier.B, KeyAccountLevel.LEVEL_2)
    assert r.message_in(r.PHONE_AREA_CODE, "zh") == "固定电话请加区号，例如 010-6529 5114。"
    assert r.message_in(r.PHONE_AREA_CODE, "en") == r.PHONE_AREA_CODE
    assert all(zh and zh != en for en, zh in r.all_messages().items())
