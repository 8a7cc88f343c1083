"""Search keys: normalised text, pinyin, initials, heteronyms, phone digits, query terms."""

from __future__ import annotations

import pytest

from fieldvisit.domain.search_match import MatchedBy, match_name
from fieldvisit.domain.search_text import (
    MAX_VARIANTS,
    NAME_MARK,
    PEOPLE_MARK,
    account_key,
    digits,
    name_head,
    normalise,
    own_part_end,
    person_forms,
    pinyin_forms,
    pinyin_variants,
    query_terms,
    sort_name,
    stakeholder_key,
    text_forms,
)


def test_normalise_folds_width_case_and_space() -> None:
    assert normalise("  Ｒａｆｆｌｅｓ   HOSPITAL ") == "raffles hospital"
    assert normalise("50%_off^") == "50 off"
    assert normalise(None) == ""


def test_pinyin_and_initials_of_chinese() -> None:
    assert pinyin_forms("协和医院") == ("xieheyiyuan", "xhyy")
    assert pinyin_forms("raffles") == ("", "")
    assert pinyin_forms("北京raffles医院") == ("beijingrafflesyiyuan", "bjryy")


def test_heteronyms_follow_the_phrase() -> None:
    assert pinyin_forms("重庆银行")[0] == "chongqingyinhang"
    assert pinyin_forms("行长")[0] == "hangzhang"
    assert pinyin_forms("长沙")[0] == "changsha"


def test_heteronym_surnames_get_both_readings() -> None:
    forms = person_forms("曾志伟")
    assert "zengzhiwei" in forms and "zzw" in forms
    assert "cengzhiwei" in forms and "czw" in forms
    assert "shantianfang" in person_forms("单田芳")


def test_phone_digits_and_phone_terms() -> None:
    assert digits("0731-8888 1234") == "073188881234"
    assert query_terms("(0731) 8888-12") == ["0731", "888812"]
    assert query_terms("XH  协和 xh") == ["xh", "协和"]


def test_account_key_holds_every_field_and_marks_the_name() -> None:
    key = account_key(
        "北京协和医院",
        address="东城区帅府园1号",
        city="北京市",
        province="北京",
        phones=["010-6915 6114", None],
        people=[stakeholder_key("张伟", ["138 0013 8000"])],
    )
    words = key.split(" ")
    assert words[:3] == [NAME_MARK + "beijingxieheyiyuan", NAME_MARK + "北京协和医院", "^bjxhyy"]
    for part in ("东城区帅府园1号", "beijingshi", "bjs", "01069156114", "张伟", "zhangwei"):
        assert part in words
    assert "13800138000" in words
    head = name_head(key)
    assert head == " ".join(words[:3])  # 协和 reads hé in this phrase only
    assert name_head(account_key("北京朝阳医院", city="北京")).split(" ") == [
        "^beijingzhaoyangyiyuan",
        "^北京朝阳医院",
        "^bjzyyy",
        "^beijingchaoyangyiyuan",
        "^bjcyyy",
    ]
    # The people come after a mark of their own; the account's own part ends there.
    end = own_part_end(key)
    assert key[end:].startswith(" " + PEOPLE_MARK + " 张伟")
    assert "zhangwei" not in key[:end] and "01069156114" in key[:end]
    assert own_part_end(account_key("协和")) == len(account_key("协和"))


def _found(key: str, term: str) -> bool:
    return all(t in key for t in query_terms(term))


@pytest.mark.parametrize("typed", ["chaoyang", "zhaoyang", "cyyy", "bjcy", "bjzyyy", "朝阳"])
def test_every_reading_of_a_heteronym_finds_the_name(typed: str) -> None:
    assert _found(account_key("北京朝阳医院"), typed)


@pytest.mark.parametrize("typed", ["xie", "jie", "xiexiaodong", "jiexiaodong", "xxd", "jxd"])
def test_a_heteronym_surname_is_found_both_ways(typed: str) -> None:
    assert _found(stakeholder_key("解晓东", []), typed)
    assert _found(account_key("解晓东诊所"), typed)


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("解晓东", "xie"),
        ("单田芳", "shan"),
        ("曾志伟", "zeng"),
        ("仇英", "qiu"),
        ("区永权", "ou"),
        ("查良镛", "zha"),
        ("覃海洋", "qin"),
        ("朴槿惠", "piao"),
        ("单于丹", "chanyu"),
    ],
)
def test_people_read_their_surname_the_surname_way_first(name: str, surname: str) -> None:
    forms = person_forms(name)
    assert forms[1].startswith(surname), forms  # the usual full pinyin of the person
    assert forms[2].startswith(surname[0])  # and their initials


def test_readings_are_bounded() -> None:
    # Every character here has two or more readings: 2**12 spellings if all were kept.
    name = "重庆长乐和行朝阳单曾解查"
    fulls, initials = pinyin_variants(normalise(name))
    assert len(fulls) <= MAX_VARIANTS and len(initials) <= MAX_VARIANTS
    assert fulls[0] == pinyin_forms(name)[0]
    assert len(account_key(name)) < 600
    assert len(text_forms("协和")) <= 1 + 2 * MAX_VARIANTS


def test_a_phrase_is_read_as_the_phrase_reads() -> None:
    # Inside a phrase pypinyin knows, only its readings: 长沙 is never "zhangsha".
    assert pinyin_variants("重庆银行") == (("chongqingyinhang",), ("cqyh",))
    assert pinyin_variants("长沙市") == (("changshashi",), ("css",))
    # Outside phrases, every reading in use: 长 alone is zhang or chang.
    assert set(pinyin_variants("长")[0]) == {"zhang", "chang"}
    assert "shi" in pinyin_variants("市")[0] and "fu" not in pinyin_variants("市")[0]


@pytest.mark.parametrize(
    ("name", "terms", "spans", "by"),
    [
        ("北京朝阳医院", ["zhaoyang"], ((2, 4),), MatchedBy.PINYIN),
        ("北京朝阳医院", ["chaoyang"], ((2, 4),), MatchedBy.PINYIN),
        ("北京朝阳医院", ["bjcy"], ((0, 4),), MatchedBy.INITIALS),
        ("北京协和医院", ["xieh"], ((2, 4),), MatchedBy.PINYIN),
        ("北京协和医院", ["协和"], ((2, 4),), MatchedBy.TEXT),
        ("Raffles Hospital", ["hosp", "RAF".casefold()], ((0, 3), (8, 12)), MatchedBy.TEXT),
        ("解晓东", ["jie"], ((0, 1),), MatchedBy.PINYIN),
    ],
)
def test_match_name_finds_the_characters_typed(
    name: str, terms: list[str], spans: tuple[tuple[int, int], ...], by: MatchedBy
) -> None:
    found = match_name(name, terms)
    assert found is not None and found.spans == spans and found.by is by


def test_match_name_without_a_match() -> None:
    assert match_name("北京协和医院", ["zz"]) is None


def test_sort_name_is_pinyin() -> None:
    assert sort_name("安康") < sort_name("北京") < sort_name("Raffles") < sort_name("协和")
