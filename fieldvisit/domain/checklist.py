"""The co-visit checklist template (DOMAIN.md §6): its typed model and validation.

The wording lives in versioned JSON files (``fieldvisit/resources/checklists/``); every co-visit
keeps the version it was written with, so an old report still reads as it was written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from fieldvisit.domain.enums import CoVisitType
from fieldvisit.domain.errors import FieldVisitError

LEVELS = 5
PLAN_KEYS = ("objective", "opening", "key_messages", "objections", "commitment")
DEBRIEF_KEYS = ("self_assessment", "went_well", "do_differently", "agreed_learning")
END_OF_DAY_KEYS = ("strengths", "development_areas")


class TemplateError(FieldVisitError):
    """A checklist template is missing or broken; names the file and what is wrong."""

    title = "Co-visit checklist template problem"


@dataclass(frozen=True, slots=True)
class Text:
    """One piece of wording in English and Simplified Chinese."""

    en: str
    zh: str

    def get(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


@dataclass(frozen=True, slots=True)
class TypeInfo:
    key: CoVisitType
    name: Text
    who_sells: Text
    manager_role: Text
    best_for: Text


@dataclass(frozen=True, slots=True)
class Item:
    """A field of the checklist: its label and the prompt shown beside it."""

    key: str
    label: Text
    prompt: Text


@dataclass(frozen=True, slots=True)
class Step:
    """An observed call step with a prompt per co-visit type."""

    key: str
    label: Text
    prompts: Mapping[CoVisitType, Text]

    def prompt(self, call_type: CoVisitType) -> Text:
        return self.prompts[call_type]


@dataclass(frozen=True, slots=True)
class StandardItem:
    key: str
    label: Text
    focus: Text
    levels: tuple[Text, ...] | None
    """What each score 1–5 means for this standard; ``None``: the template's generic levels."""


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    version: str
    title: Text
    types: tuple[TypeInfo, ...]
    plan_items: tuple[Item, ...]
    steps: tuple[Step, ...]
    debrief_items: tuple[Item, ...]
    end_of_day: Mapping[str, Text]
    rating_levels: tuple[Text, ...]
    standards: tuple[StandardItem, ...]
    big_question: Text
    big_question_why: Text
    development_objectives: tuple[Text, ...]

    def type_info(self, call_type: CoVisitType) -> TypeInfo:
        return next(t for t in self.types if t.key is call_type)

    def step_label(self, key: str, lang: str) -> str:
        """The label of a step key; an unknown key (from another version) as is."""
        found = next((s for s in self.steps if s.key == key), None)
        return found.label.get(lang) if found else key

    def standard(self, key: str) -> StandardItem | None:
        return next((s for s in self.standards if s.key == key), None)

    def standard_label(self, key: str, lang: str) -> str:
        found = self.standard(key)
        return found.label.get(lang) if found else key

    def level_meaning(self, standard: str, level: int, lang: str) -> str:
        """One line on what ``level`` (1–5) means against ``standard``."""
        if not 1 <= level <= LEVELS:
            return ""
        found = self.standard(standard)
        levels = found.levels if found is not None and found.levels else self.rating_levels
        return levels[level - 1].get(lang)

    def standard_order(self) -> dict[str, int]:
        return {s.key: i for i, s in enumerate(self.standards)}

    def step_order(self) -> dict[str, int]:
        return {s.key: i for i, s in enumerate(self.steps)}


# ------------------------------------------------------------------ suggestion


@dataclass(frozen=True, slots=True)
class TypeSuggestion:
    call_type: CoVisitType
    stage: str
    """``new`` (under 6 months), ``developing`` (under 2 years), ``experienced``, ``unknown``."""
    months: int | None
    key_account: bool


NEW_REP_MONTHS = 6
EXPERIENCED_MONTHS = 24


def months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (1 if end.day < start.day else 0)


def suggest_type(joined_on: date | None, on: date, key_account: bool) -> TypeSuggestion:
    """The co-visit type that suits the rep's stage (DOMAIN.md §6, "best for")."""
    if joined_on is None:
        return TypeSuggestion(CoVisitType.COACHING, "unknown", None, key_account)
    months = max(0, months_between(joined_on, on))
    if months < NEW_REP_MONTHS:
        return TypeSuggestion(CoVisitType.DEMONSTRATION, "new", months, key_account)
    if months < EXPERIENCED_MONTHS:
        return TypeSuggestion(CoVisitType.COACHING, "developing", months, key_account)
    kind = CoVisitType.JOINT if key_account else CoVisitType.COACHING
    return TypeSuggestion(kind, "experienced", months, key_account)


# ------------------------------------------------------------------ parsing


def parse_template(data: Any, source: str) -> ChecklistTemplate:
    """A template from its JSON data, or a :class:`TemplateError` naming what is wrong."""
    p = _Parser(source)
    root = p.mapping(data, "the file")
    types = tuple(p.type_info(x, i) for i, x in enumerate(p.array(root, "types")))
    missing = {t.value for t in CoVisitType} - {t.key.value for t in types}
    if missing or len(types) != len(CoVisitType):
        p.fail("types", f"needs each co-visit type exactly once (missing: {sorted(missing)})")
    plan = p.items(root, "plan_items", PLAN_KEYS)
    debrief = p.items(root, "debrief_items", DEBRIEF_KEYS)
    steps = tuple(p.step(x, i) for i, x in enumerate(p.array(root, "steps")))
    p.unique([s.key for s in steps], "steps")
    levels = p.levels(root.get("rating_levels"), "rating_levels")
    standards = tuple(p.standard(x, i) for i, x in enumerate(p.array(root, "standards")))
    p.unique([s.key for s in standards], "standards")
    eod = p.mapping(root.get("end_of_day"), "end_of_day")
    bq = p.mapping(root.get("big_question"), "big_question")
    version = root.get("version")
    if not isinstance(version, str) or not version.strip():
        p.fail("version", "must be a non-empty text")
    return ChecklistTemplate(
        version=str(version),
        title=p.text(root.get("title"), "title"),
        types=types,
        plan_items=plan,
        steps=steps,
        debrief_items=debrief,
        end_of_day={k: p.text(eod.get(k), f"end_of_day.{k}") for k in END_OF_DAY_KEYS},
        rating_levels=levels,
        standards=standards,
        big_question=p.text(bq.get("question"), "big_question.question"),
        big_question_why=p.text(bq.get("why_prompt"), "big_question.why_prompt"),
        development_objectives=tuple(
            p.text(x, f"development_objectives[{i}]")
            for i, x in enumerate(p.array(root, "development_objectives", allow_empty=True))
        ),
    )


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, what: str) -> None:
        raise TemplateError(f"{self.source}: {where} {what}.")

    def mapping(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, "must be an object")
        assert isinstance(value, dict)
        return value

    def array(self, root: dict[str, Any], key: str, allow_empty: bool = False) -> list[Any]:
        value = root.get(key)
        if not isinstance(value, list) or (not value and not allow_empty):
            self.fail(key, "must be a non-empty list")
        assert isinstance(value, list)
        return value

    def text(self, value: Any, where: str) -> Text:
        if not isinstance(value, dict):
            self.fail(where, 'must be {"en": …, "zh": …}')
        en, zh = value.get("en"), value.get("zh")
        if not isinstance(en, str) or not en.strip() or not isinstance(zh, str) or not zh.strip():
            self.fail(where, "needs non-empty English (en) and Chinese (zh) wording")
        return Text(en.strip(), zh.strip())

    def unique(self, keys: list[str], where: str) -> None:
        if len(set(keys)) != len(keys):
            self.fail(where, "has a key twice")

    def key(self, value: dict[str, Any], where: str) -> str:
        key = value.get("key")
        if not isinstance(key, str) or not key.strip():
            self.fail(f"{where}.key", "must be a non-empty text")
        return str(key)

    def type_info(self, value: Any, i: int) -> TypeInfo:
        where = f"types[{i}]"
        m = self.mapping(value, where)
        key = self.key(m, where)
        try:
            kind = CoVisitType(key)
        except ValueError:
            self.fail(f"{where}.key", f"{key!r} is not a co-visit type")
            raise
        return TypeInfo(
            kind,
            self.text(m.get("name"), f"{where}.name"),
            self.text(m.get("who_sells"), f"{where}.who_sells"),
            self.text(m.get("manager_role"), f"{where}.manager_role"),
            self.text(m.get("best_for"), f"{where}.best_for"),
        )

    def items(self, root: dict[str, Any], name: str, keys: tuple[str, ...]) -> tuple[Item, ...]:
        found = []
        for i, value in enumerate(self.array(root, name)):
            m = self.mapping(value, f"{name}[{i}]")
            found.append(
                Item(
                    self.key(m, f"{name}[{i}]"),
                    self.text(m.get("label"), f"{name}[{i}].label"),
                    self.text(m.get("prompt"), f"{name}[{i}].prompt"),
                )
            )
        if tuple(sorted(x.key for x in found)) != tuple(sorted(keys)):
            self.fail(name, f"must hold exactly these keys: {', '.join(keys)}")
        return tuple(found)

    def step(self, value: Any, i: int) -> Step:
        where = f"steps[{i}]"
        m = self.mapping(value, where)
        prompts = self.mapping(m.get("prompts"), f"{where}.prompts")
        return Step(
            self.key(m, where),
            self.text(m.get("label"), f"{where}.label"),
            {t: self.text(prompts.get(t.value), f"{where}.prompts.{t.value}") for t in CoVisitType},
        )

    def levels(self, value: Any, where: str) -> tuple[Text, ...]:
        if not isinstance(value, list) or len(value) != LEVELS:
            self.fail(where, f"must list exactly {LEVELS} level meanings (1 to {LEVELS})")
        assert isinstance(value, list)
        return tuple(self.text(x, f"{where}[{n}]") for n, x in enumerate(value, start=1))

    def standard(self, value: Any, i: int) -> StandardItem:
        where = f"standards[{i}]"
        m = self.mapping(value, where)
        return StandardItem(
            self.key(m, where),
            self.text(m.get("label"), f"{where}.label"),
            self.text(m.get("focus"), f"{where}.focus"),
            self.levels(m["levels"], f"{where}.levels") if "levels" in m else None,
        )
