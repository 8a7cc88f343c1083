"""The columns an account sheet can carry: headers people write, and how each value is read.

One definition per field serves the import (header recognition, value parsing) and the
export (its header in English or Chinese), so that an exported file always re-imports.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from fieldvisit.domain import enums as e

Entity = Literal["account", "stakeholder"]
Kind = Literal["text", "enum", "date", "phone", "email", "roles", "owner", "id"]


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    """``account.name``, ``stakeholder.mobile``, …: what a column is mapped to."""
    entity: Entity
    attr: str
    """The model attribute; ``owner`` and ``roles`` are resolved specially."""
    en: str
    zh: str
    kind: Kind = "text"
    max_length: int | None = None
    enum: type[StrEnum] | None = None
    synonyms: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


def _a(attr: str, en: str, zh: str, kind: Kind = "text", **kw: object) -> Field:
    return Field(f"account.{attr}", "account", attr, en, zh, kind, **kw)  # type: ignore[arg-type]


def _s(attr: str, en: str, zh: str, kind: Kind = "text", **kw: object) -> Field:
    return Field(f"stakeholder.{attr}", "stakeholder", attr, en, zh, kind, **kw)  # type: ignore[arg-type]


FIELDS: tuple[Field, ...] = (
    _a("id", "Account ID", "客户ID", "id", synonyms=("id", "accountid", "账户id", "客户编码")),
    _a(
        "name",
        "Account name",
        "客户名称",
        max_length=200,
        synonyms=(
            "名称",
            "单位名称",
            "客户",
            "客户名",
            "医院名称",
            "医院",
            "机构名称",
            "终端名称",
            "药店名称",
            "account",
            "name",
            "customer",
            "customername",
            "organisation",
            "organization",
        ),
    ),
    _a(
        "account_type",
        "Type",
        "类型",
        "enum",
        enum=e.AccountType,
        synonyms=("客户类型", "类别", "单位类型", "accounttype", "customertype"),
    ),
    _a("status", "Status", "状态", "enum", enum=e.AccountStatus, synonyms=("客户状态",)),
    _a(
        "tier",
        "Tier",
        "级别",
        "enum",
        enum=e.Tier,
        synonyms=("分级", "客户级别", "客户分级", "等级", "class"),
    ),
    _a("sub_tier", "Sub-tier", "子级", "enum", enum=e.SubTier, synonyms=("子级别", "细分级别")),
    _a(
        "key_account_level",
        "Key-account level",
        "大客户级别",
        "enum",
        enum=e.KeyAccountLevel,
        synonyms=("重点客户级别", "kalevel"),
    ),
    _a("province", "Province", "省", max_length=60, synonyms=("省份", "state")),
    _a("city", "City", "城市", max_length=60, synonyms=("市", "所在城市")),
    _a("address", "Address", "地址", max_length=300, synonyms=("详细地址", "单位地址")),
    _a(
        "postal_code",
        "Postal code",
        "邮编",
        max_length=20,
        synonyms=("邮政编码", "postcode", "zip"),
    ),
    _a(
        "phone",
        "Phone",
        "电话",
        "phone",
        max_length=40,
        synonyms=("联系电话", "单位电话", "总机", "telephone", "tel"),
    ),
    _a("fax", "Fax", "传真", "phone", max_length=40),
    _a("website", "Website", "网址", max_length=200, synonyms=("网站", "主页", "web", "url")),
    _a(
        "owner",
        "Owner",
        "负责人",
        "owner",
        synonyms=("业务员", "客户经理", "医药代表", "代表", "rep", "salesrep"),
    ),
    _a(
        "legal_representative",
        "Legal representative",
        "法人代表",
        max_length=120,
        synonyms=("法人", "法定代表人"),
    ),
    _a("their_handler", "Their handler", "对方接洽人", max_length=120, synonyms=("接洽人",)),
    _a(
        "business_began_on",
        "Business began on",
        "开始合作日期",
        "date",
        synonyms=("合作日期", "业务开始日期", "建立业务日期", "businessbegan", "since"),
    ),
    _a("notes", "Account notes", "客户备注", synonyms=("备注", "notes", "note", "remarks")),
    _s("id", "Stakeholder ID", "联系人ID", "id", synonyms=("contactid",)),
    _s(
        "name",
        "Stakeholder",
        "联系人",
        max_length=120,
        synonyms=(
            "姓名",
            "联系人姓名",
            "利害关系人",
            "contact",
            "contactname",
            "stakeholdername",
            "person",
        ),
    ),
    _s("title", "Title", "职务", max_length=120, synonyms=("职位", "职称", "position", "jobtitle")),
    _s("department", "Department", "科室", max_length=120, synonyms=("部门", "dept")),
    _s(
        "mobile",
        "Mobile",
        "手机",
        "phone",
        max_length=40,
        synonyms=("手机号", "手机号码", "移动电话", "cell", "cellphone", "mobilephone"),
    ),
    _s(
        "office_phone",
        "Office phone",
        "办公电话",
        "phone",
        max_length=40,
        synonyms=("座机", "联系人电话", "workphone", "directline"),
    ),
    _s(
        "email", "Email", "邮箱", "email", max_length=200, synonyms=("电子邮件", "电子邮箱", "mail")
    ),
    _s("wechat", "WeChat", "微信", max_length=80, synonyms=("微信号", "weixin")),
    _s(
        "roles",
        "Buying roles",
        "采购角色",
        "roles",
        synonyms=("角色", "buyingrole", "roles", "role"),
    ),
    _s("org_level", "Org level", "层级", "enum", enum=e.OrgLevel, synonyms=("管理层级",)),
    _s("notes", "Stakeholder notes", "联系人备注", synonyms=("contactnotes",)),
)

BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}
ACCOUNT_NAME = "account.name"
STAKEHOLDER_NAME = "stakeholder.name"

_BRACKETS = re.compile(r"[(（\[【].*?[)）\]】]")
_NOISE = re.compile(r"[\s\-_.*:：/#]+")
_TRAILING_NUMBER = re.compile(r"\d+$")


def normalise_header(text: object) -> str:
    """``客户名称 *``, ``手机(必填)``, ``Mobile 2`` → ``客户名称``, ``手机``, ``mobile``."""
    value = unicodedata.normalize("NFKC", str(text or "")).casefold()
    value = _NOISE.sub("", _BRACKETS.sub("", value))
    return _TRAILING_NUMBER.sub("", value) or value


def _synonym_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for f in FIELDS:
        for word in (f.en, f.zh, f.attr, *f.synonyms):
            key = normalise_header(word)
            owner = table.setdefault(key, f.key)
            if owner != f.key and word not in f.synonyms:
                continue  # the attr name clashes (account.name vs stakeholder.name): first wins
    return table


_SYNONYMS = _synonym_table()


def recognise(header: object) -> str | None:
    """The field a header names, or ``None``."""
    return _SYNONYMS.get(normalise_header(header)) if header not in (None, "") else None


def normalise_value(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _enum_lookup() -> dict[type[StrEnum], dict[str, StrEnum]]:
    from fieldvisit.domain.labels import label

    extra: dict[StrEnum, tuple[str, ...]] = {
        e.AccountStatus.ACTIVE: ("业务往来", "往来客户", "合作客户", "在合作"),
        e.AccountStatus.PEER: ("竞争对手", "peer", "competitor"),
        e.AccountType.DISTRIBUTOR: ("商业", "批发", "配送商", "wholesaler"),
        e.AccountType.PHARMACY: ("药房", "连锁药店", "零售药店"),
        e.AccountType.RETAILER: ("零售", "终端"),
        e.KeyAccountLevel.LEVEL_1: ("1级", "一级客户"),
        e.KeyAccountLevel.LEVEL_2: ("2级", "二级客户"),
        e.KeyAccountLevel.LEVEL_3: ("3级", "三级客户"),
        e.BuyingRole.ECONOMIC_BUYER: ("eb",),
        e.BuyingRole.TECHNICAL_BUYER: ("tb",),
        e.BuyingRole.USER_BUYER: ("ub",),
        e.BuyingRole.DECISION_MAKER: ("决策者",),
    }
    lookup: dict[type[StrEnum], dict[str, StrEnum]] = {}
    enums: tuple[type[StrEnum], ...] = (
        e.AccountType,
        e.AccountStatus,
        e.Tier,
        e.SubTier,
        e.KeyAccountLevel,
        e.OrgLevel,
        e.BuyingRole,
    )
    for enum in enums:
        words: dict[str, StrEnum] = {}
        for member in enum:
            for word in (member.value, member.name, label(member, "en"), label(member, "zh")):
                words[normalise_value(word)] = member
            for word in extra.get(member, ()):
                words[normalise_value(word)] = member
            if enum in (e.Tier, e.SubTier):  # 'A类', 'A级', 'A级客户'
                for suffix in ("类", "级", "级客户", "类客户"):
                    words[normalise_value(member.value + suffix)] = member
        lookup[enum] = words
    return lookup


_ENUM_WORDS = _enum_lookup()


def parse_enum(enum: type[StrEnum], text: str) -> StrEnum | None:
    """A member from its code, English or Chinese label (any case, any width)."""
    return _ENUM_WORDS[enum].get(normalise_value(text))


def enum_choices(enum: type[StrEnum], lang: str) -> str:
    """The accepted labels, for an error message."""
    from fieldvisit.domain.labels import label

    return ", ".join(label(m, lang) for m in enum)
