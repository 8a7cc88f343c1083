"""Search keys: normalised text, pinyin, initials, heteronyms, phone digits, query terms."""

from __future__ import annotations

from fieldvisit.domain.search_text import (
    NAME_MARK,
    account_key,
    digits,
    name_head,
    normalise,
    person_forms,
    pinyin_forms,
    query_terms,
    sort_name,
    stakeholder_key,
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
    assert "cengzhiwei" in forms
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
    assert name_head(key) == " ".join(words[:3])


def test_sort_name_is_pinyin() -> None:
    assert sort_name("安康") < sort_name("北京") < sort_name("Raffles") < sort_name("协和")
