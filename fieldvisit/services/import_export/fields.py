"""The columns an account sheet can carry: headers people write, and how each value is read.

One definition per field serves the import (header recognition, value parsing) and the
export (its header in English or Chinese), so that an exported file always re-imports.
The columns come from the field descriptions (:mod:`fieldvisit.domain.fields.account`,
:mod:`fieldvisit.domain.fields.stakeholder`); the ids and the buying roles are added here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from fieldvisit.domain import enums as e
from fieldvisit.domain.fields import account, spec, stakeholder

Entity = Literal["account", "stakeholder"]
Kind = Literal["text", "enum", "date", "phone", "email", "money", "yes_no", "roles", "owner", "id"]


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


_ACCOUNT_ID = _a(
    "id", "Account ID", "客户ID", "id", synonyms=("id", "accountid", "账户id", "客户编码")
)
_KINDS: dict[spec.Kind, Kind] = {
    spec.Kind.TEXT: "text",
    spec.Kind.LONG_TEXT: "text",
    spec.Kind.WEBSITE: "text",
    spec.Kind.PHONE: "phone",
    spec.Kind.MOBILE: "phone",
    spec.Kind.EMAIL: "email",
    spec.Kind.ENUM: "enum",
    spec.Kind.DATE: "date",
    spec.Kind.MEMBER: "owner",
    spec.Kind.MONEY: "money",
    spec.Kind.YES_NO: "yes_no",
}


def _column(entity: Entity, f: spec.FieldSpec) -> Field:
    """A described field's sheet column; an owner is read as a name."""
    assert f.column is not None
    kind = _KINDS.get(f.kind)
    if kind is None:
        raise ValueError(f"{f.attr}: a {f.kind} field cannot be a sheet column yet")
    attr = "owner" if kind == "owner" else f.attr
    c = f.column
    made = _a if entity == "account" else _s
    return made(attr, c.en, c.zh, kind, max_length=f.max_length, enum=f.enum, synonyms=c.synonyms)


_STAKEHOLDER_ID = _s("id", "Stakeholder ID", "联系人ID", "id", synonyms=("contactid",))
_ROLES = _s(
    "roles", "Buying roles", "采购角色", "roles", synonyms=("角色", "buyingrole", "roles", "role")
)


@dataclass(frozen=True, slots=True)
class _Columns:
    source: tuple[tuple[spec.FieldSpec, ...], tuple[spec.FieldSpec, ...]]
    fields: tuple[Field, ...]
    by_key: dict[str, Field]
    synonyms: dict[str, str]


_current: list[_Columns] = []


def _columns() -> _Columns:
    """The sheet's columns: the account's id and every card field that declares a column,
    then the same for the stakeholder, with the buying roles last; rebuilt only when
    the descriptions change."""
    source = (account.ACCOUNT_FIELDS, stakeholder.STAKEHOLDER_FIELDS)
    if not _current or _current[0].source != source:
        made = (
            _ACCOUNT_ID,
            *(_column("account", f) for f in source[0] if f.column is not None),
            _STAKEHOLDER_ID,
            *(_column("stakeholder", f) for f in source[1] if f.column is not None),
            _ROLES,
        )
        _current[:] = [_Columns(source, made, {f.key: f for f in made}, _synonym_table(made))]
    return _current[0]


def all_fields() -> tuple[Field, ...]:
    """Every column in sheet order."""
    return _columns().fields


def by_key() -> dict[str, Field]:
    return _columns().by_key


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


def _synonym_table(fields: tuple[Field, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for f in fields:
        for word in (f.en, f.zh, f.attr, *f.synonyms):
            key = normalise_header(word)
            owner = table.setdefault(key, f.key)
            if owner != f.key and word not in f.synonyms:
                continue  # the attr name clashes (account.name vs stakeholder.name): first wins
    return table


def recognise(header: object) -> str | None:
    """The field a header names, or ``None``."""
    return _columns().synonyms.get(normalise_header(header)) if header not in (None, "") else None


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
