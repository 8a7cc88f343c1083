"""From sheet rows to accounts with their stakeholders, before the database is consulted.

Rows of one account may be consecutive or scattered (same ID, or same name and city),
and a row may also carry several stakeholders side by side (repeated columns).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from fieldvisit.services.import_export.fields import Field, by_key
from fieldvisit.services.import_export.messages import say
from fieldvisit.services.import_export.phones import PHONE_NOTES, add_note
from fieldvisit.services.import_export.table import Table, column_letter
from fieldvisit.services.import_export.values import (
    CellError,
    Value,
    cell_text,
    parse_cell,
    parse_phone,
)

_NON_DIGITS = re.compile(r"\D+")


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """One reason a row cannot be imported, located as a user finds it in the file."""

    file: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}:{self.column}: {self.reason}"


@dataclass(slots=True)
class PersonData:
    values: dict[str, Value]
    rows: list[int]


@dataclass(slots=True)
class AccountData:
    """One account of the file: its merged values, its people, the rows it came from."""

    values: dict[str, Value] = field(default_factory=dict)
    people: list[PersonData] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    first_row: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class ParsedRow:
    number: int
    account: dict[str, Value]
    people: list[dict[str, Value]]
    issues: list[ImportIssue]


def norm_text(text: object) -> str:
    """Name and city compared without case, width or spacing: 'Ａ 医院' == 'a医院'."""
    return _norm(text if isinstance(text, str) else str(text or ""))


@lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    # Cached: an import compares the same cities, types and names again and again.
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def norm_city(text: object) -> str:
    value = norm_text(text)
    return value[:-1] if len(value) > 1 and value.endswith("市") else value


def digits(text: object) -> str:
    value = _NON_DIGITS.sub("", str(text or ""))
    return value[2:] if value.startswith("86") and len(value) == 13 else value


def column_name(table: Table, index: int) -> str:
    header = table.headers[index] if index < len(table.headers) else ""
    return header or f"column {column_letter(index + 1)}"


def parse_row(
    table: Table, mapping: Sequence[str | None], number: int, cells: Sequence[object], lang: str
) -> ParsedRow:
    return RowParser(table, mapping, lang).parse(number, cells)


_Parsed = tuple[Value, str | None, str | None]
"""A cell's stored value, the note its phone cell leaves, or why it cannot be imported."""


class RowParser:
    """Parses the rows of one table with one mapping, column by column.

    What each mapped column is (its field, account or which stakeholder) is worked out
    once; a column's cells are parsed by its field's kind, and a value met again in the
    same column (an account's type, city, name on each of its people's rows) is not
    parsed again (a bounded cache per column)."""

    CACHE = 4096
    """Distinct values remembered per column (then it starts afresh)."""

    def __init__(self, table: Table, mapping: Sequence[str | None], lang: str) -> None:
        self.table = table
        self.file = table.path.name
        self.lang = lang
        specs = by_key()
        slots: dict[str, int] = {}
        self.columns: list[tuple[int, Field, bool, int, dict[object, _Parsed]]] = []
        for index, key in enumerate(mapping):
            if key is None:
                continue
            spec = specs[key]
            slot = slots.get(key, 0)
            if spec.entity == "stakeholder":
                slots[key] = slot + 1
            self.columns.append((index, spec, spec.entity == "account", slot, {}))
        name_column = mapping.index("account.name") if "account.name" in mapping else None
        self.name_column = column_name(table, name_column) if name_column is not None else "-"

    def _cell(self, spec: Field, raw: object) -> _Parsed:
        try:
            if spec.kind == "phone":
                phone = parse_phone(spec, raw, self.lang)
                return phone.number, phone.note(spec, self.lang), None
            return parse_cell(spec, raw, self.lang), None, None
        except CellError as exc:
            return None, None, str(exc)

    def parse(self, number: int, cells: Sequence[object]) -> ParsedRow:
        file = self.file
        account: dict[str, Value] = {}
        people: dict[int, dict[str, Value]] = {}
        first_column: dict[int, int] = {}
        issues: list[ImportIssue] = []
        width = len(cells)
        for index, spec, is_account, slot, cache in self.columns:
            raw = cells[index] if index < width else None
            if raw is None:
                continue  # an empty cell sets nothing, whatever its field
            key = raw if raw.__class__ is str else (raw.__class__, raw)  # 1, 1.0, True apart
            parsed = cache.get(key)
            if parsed is None:
                parsed = self._cell(spec, raw)
                if len(cache) >= self.CACHE:
                    cache.clear()
                cache[key] = parsed
            value, note, error = parsed
            if error is not None:
                issues.append(ImportIssue(file, number, column_name(self.table, index), error))
                continue
            if value is None and note is None:
                continue
            if is_account:
                target = account
            elif slot in people:
                target = people[slot]
            else:
                target = people[slot] = {}
                first_column[slot] = index
            if value is not None:
                target[spec.attr] = value
            if note is not None:
                target[PHONE_NOTES] = add_note(_text(target.get(PHONE_NOTES)), note)
        if "name" not in account and "id" not in account:
            issues.append(
                ImportIssue(
                    file, number, self.name_column, say(self.lang, "The account name is empty.")
                )
            )
        persons: list[dict[str, Value]] = []
        for slot in sorted(people):
            person = people[slot]
            if "name" not in person and "id" not in person:
                issues.append(
                    ImportIssue(
                        file,
                        number,
                        column_name(self.table, first_column[slot]),
                        say(
                            self.lang,
                            "A stakeholder's details are given but not their name.",
                        ),
                    )
                )
            else:
                persons.append(person)
        return ParsedRow(number, account, persons, issues)


def _merge(
    target: dict[str, Value],
    first_row: dict[str, int],
    values: dict[str, Value],
    number: int,
    what: str,
    issues: list[ImportIssue],
    file: str,
    lang: str = "en",
) -> None:
    for attr, value in values.items():
        old = target.get(attr)
        if old is None:
            target[attr] = value
            first_row[attr] = number
        elif attr == PHONE_NOTES:  # remarks from several rows' phone cells: all kept
            target[attr] = add_note(_text(old), _text(value) or "")
        elif old != value and _differs(old, value):
            issues.append(
                ImportIssue(
                    file,
                    number,
                    by_key()[f"{what}.{attr}"].en,
                    say(
                        lang,
                        "{new!r} differs from {old!r} on row {row} for the same {what}.",
                        new=cell_text(value),
                        old=cell_text(old),
                        row=first_row[attr],
                        what=say(lang, "account")
                        if what == "account"
                        else say(lang, "stakeholder"),
                    ),
                )
            )


def _text(value: Value) -> str | None:
    return value if isinstance(value, str) else None


def _differs(a: Value, b: Value) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return norm_text(a) != norm_text(b)
    return a != b


def group_rows(
    rows: Sequence[ParsedRow], file: str, lang: str = "en"
) -> tuple[list[AccountData], list[ImportIssue]]:
    """Accounts in the order of their first row; rows of one account merged."""
    groups: list[AccountData] = []
    by_id: dict[uuid.UUID, AccountData] = {}
    by_name: dict[tuple[str, str], AccountData] = {}
    issues: list[ImportIssue] = []
    for row in rows:
        account_id = row.account.get("id")
        name_key = (norm_text(row.account.get("name")), norm_city(row.account.get("city")))
        group = None
        if isinstance(account_id, uuid.UUID):
            group = by_id.get(account_id)
        elif name_key[0]:
            group = by_name.get(name_key)
        if group is None:
            group = AccountData()
            groups.append(group)
            if isinstance(account_id, uuid.UUID):
                by_id[account_id] = group
        if name_key[0]:
            by_name.setdefault(name_key, group)
        group.rows.append(row.number)
        _merge(
            group.values, group.first_row, row.account, row.number, "account", issues, file, lang
        )
        for person in row.people:
            _add_person(group, person, row.number, issues, file, lang)
    return groups, issues


def _add_person(
    group: AccountData,
    person: dict[str, Value],
    number: int,
    issues: list[ImportIssue],
    file: str,
    lang: str = "en",
) -> None:
    for known in group.people:
        same_id = person.get("id") is not None and known.values.get("id") == person.get("id")
        same_name = "name" in person and norm_text(known.values.get("name")) == norm_text(
            person["name"]
        )
        # Two people with one name in one account (two 王伟 at a hospital) keep their IDs apart.
        other_id = person.get("id") is not None and known.values.get("id") not in (
            None,
            person.get("id"),
        )
        if same_id or (same_name and not other_id):
            firsts = {attr: known.rows[0] for attr in known.values}
            _merge(known.values, firsts, person, number, "stakeholder", issues, file, lang)
            known.rows.append(number)
            return
    group.people.append(PersonData(dict(person), [number]))
