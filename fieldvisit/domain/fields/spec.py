"""The vocabulary of a field description (no Qt, no storage)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What a value is, which also decides its widget, its checks and how it prints."""

    TEXT = "text"
    """One line of text (a line edit)."""
    LONG_TEXT = "long_text"
    """Several lines (a text area)."""
    PHONE = "phone"
    """A landline or mobile number."""
    MOBILE = "mobile"
    """A mobile number."""
    EMAIL = "email"
    WEBSITE = "website"
    ENUM = "enum"
    """One of the codes of :attr:`FieldSpec.enum` (a choice list)."""
    YES_NO = "yes_no"
    DATE = "date"
    """A day; on a card it may not lie in the future."""
    MONEY = "money"
    """Integer cents, typed and shown in yuan."""
    MEMBER = "member"
    """A team member's id (typed as a choice of names)."""
    SCORE = "score"
    """A score from 1 to 5."""


class MergeRule(StrEnum):
    PICK = "pick"
    """The user picks a side; by default the kept side, its empty value filled from the other."""
    SKIP = "skip"
    """Not offered when merging."""


_MNEMONIC = re.compile(r"\(&\w\)|&(&)|&(?=\w)")


@dataclass(frozen=True, slots=True)
class Label:
    """A text in English and simplified Chinese; ``&`` marks a keyboard mnemonic."""

    en: str
    zh: str

    def text(self, lang: str) -> str:
        """The text in ``lang`` ("en", "zh", "zh_CN"), mnemonic marks kept."""
        return self.zh if lang.startswith("zh") else self.en

    def plain(self, lang: str) -> str:
        """The text without mnemonic marks ("名称(&N)" → "名称", "R&&D" → "R&D")."""
        return _MNEMONIC.sub(lambda m: m.group(1) or "", self.text(lang))


@dataclass(frozen=True, slots=True)
class Form:
    """Where the field's widget sits in the editor."""

    tab: str
    """The editor tab ("basics", "relationship", "credit"; "identity", "assessment")."""
    section: str
    """The block of the tab the widget goes in, in declaration order."""
    caption: Label | None = None
    """The caption beside the widget when it says more than the field's label (a unit…)."""
    lines: int = 3
    """Height of a text area, in lines."""
    wide: bool = False
    """Spans the whole row of a two-column grid."""
    placeholder: Label | None = None


@dataclass(frozen=True, slots=True)
class Printed:
    """A row of the printed customer card."""

    section: str
    """The section of the printout ("basics", "classification", "commercial")."""
    row: str | None = None
    """Fields with the same ``row`` print together, in one cell, under the first one's label."""
    label: Label | None = None
    """The row's label when it is not the field's own."""
    join: str = " "
    """Between the values of a shared row; ``""`` keeps only the last value given."""
    blanks: bool = False
    """A shared row shows a dash for each missing value instead of leaving it out."""
    listed: bool = False
    """A shared row reads as a list in running text: 甲、乙 in Chinese, "a, b" in English."""
    contained: bool = False
    """Leave the value out when a later value of the row already contains it (a city
    that the street address already names)."""


@dataclass(frozen=True, slots=True)
class Column:
    """A column of the import/export sheet: its headers and what else people call it."""

    en: str
    zh: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of an aggregate, described once."""

    attr: str
    """The storage model's attribute."""
    group: str
    """The group of the aggregate's read model (``basics``, ``credit``…)."""
    label: Label
    kind: Kind = Kind.TEXT
    name: str = ""
    """The name inside its group (``capital`` for ``credit_capital``); defaults to ``attr``."""
    enum: type[StrEnum] | None = None
    max_length: int | None = None
    required: str | None = None
    """The message shown when the field is left empty; ``None`` when optional."""
    default: object = None
    form: Form | None = None
    printed: Printed | None = None
    column: Column | None = None
    merge: MergeRule = MergeRule.PICK
    searched: bool = False
    """Part of the search key: changing it makes the key stale."""

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.attr)
        if (self.kind is Kind.ENUM) != (self.enum is not None):
            raise ValueError(f"{self.attr}: an enum field names its enum, and only it")

    @property
    def key(self) -> str:
        """The dotted key services and forms use (``basics.phone``)."""
        return f"{self.group}.{self.name}"


def by_attr(specs: tuple[FieldSpec, ...]) -> dict[str, FieldSpec]:
    return {s.attr: s for s in specs}


def in_group(specs: tuple[FieldSpec, ...], group: str) -> tuple[FieldSpec, ...]:
    return tuple(s for s in specs if s.group == group)


def in_section(specs: tuple[FieldSpec, ...], tab: str, section: str) -> tuple[FieldSpec, ...]:
    """The fields of one block of the editor, in declaration order."""
    return tuple(s for s in specs if s.form and s.form.tab == tab and s.form.section == section)


@dataclass(frozen=True, slots=True)
class PrintRow:
    """One row of a printed section: its label and the fields it shows, in order."""

    label: Label
    fields: tuple[FieldSpec, ...]
    printed: Printed
    """The first field's print description: it says how the values join."""

    def text(self, texts: list[str | None], dash: str, listing: str = ", ") -> str | None:
        """The row's text from each field's value as text (``None`` when empty);
        ``listing`` separates the items of a listed row."""
        p = self.printed
        if p.listed:
            return listing.join(t for t in texts if t) or None
        if p.blanks:
            return p.join.join(t or dash for t in texts)
        present = [t for t in texts if t]
        if not p.join:
            return present[-1] if present else None
        if p.contained:
            present = [
                t for i, t in enumerate(present) if not any(t in u for u in present[i + 1 :])
            ]
        return p.join.join(dict.fromkeys(present)) or None


def print_rows(specs: tuple[FieldSpec, ...], section: str) -> list[PrintRow]:
    """The rows of one printed section, in declaration order; fields sharing a ``row``
    make one row where the first of them stands."""
    rows: list[PrintRow] = []
    shared: dict[str, int] = {}
    for s in specs:
        p = s.printed
        if p is None or p.section != section:
            continue
        if p.row is not None and p.row in shared:
            at = shared[p.row]
            rows[at] = PrintRow(rows[at].label, (*rows[at].fields, s), rows[at].printed)
            continue
        if p.row is not None:
            shared[p.row] = len(rows)
        rows.append(PrintRow(p.label or s.label, (s,), p))
    return rows
