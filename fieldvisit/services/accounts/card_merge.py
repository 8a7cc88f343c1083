"""Optimistic concurrency for the customer card: a save is a three-way merge.

The card view an editor loaded (:attr:`AccountCard.loaded`, set by ``read_card``) is
the version it works from. On save the card as edited (*mine*) is merged with what is
stored now (*stored*) against that version (*base*):

- a value the editor did not change takes the stored value (changes made meanwhile by
  an import or another window are kept);
- a value changed here and not meanwhile (or changed to the same) is written;
- a value changed both here and meanwhile to something else is a conflict:
  :class:`EditConflictError` carries every such field with both values, nothing is written;
- rows (grades, prices, contributions, complaints, projects, plans) are merged the
  same way column by column; a row added meanwhile is kept, a row is removed only when
  this editor removed it, and a row trashed meanwhile that this editor left as it was
  stays trashed.

The comparison is by value, not by timestamp, so it holds whatever the clocks of the
laptops say; the same rule can serve sync later.
"""

from __future__ import annotations

from dataclasses import fields, replace
from enum import Enum
from typing import Any, TypeVar

from fieldvisit.domain import card_rules as r
from fieldvisit.domain.errors import EditConflictError, FieldConflict
from fieldvisit.domain.fields import account as account_fields
from fieldvisit.domain.fields.values import FieldValues
from fieldvisit.services.accounts.card_data import GROUP_TYPES, AccountCard

V = TypeVar("V", bound=FieldValues)

ROW_GROUPS = ("grades", "prices", "contributions", "complaints", "projects", "plans")


def comparable(value: object) -> object:
    """A value as stored: typed text trimmed (empty → None); others as they are."""
    if isinstance(value, str) and not isinstance(value, Enum):
        return r.clean(value)
    return value


def _choose(
    key: str, mine: Any, base: Any, stored: Any, conflicts: list[FieldConflict], row_id: Any
) -> Any:
    m, b, s = comparable(mine), comparable(base), comparable(stored)
    if m == b:
        return stored  # not changed here: the newest stored value stays
    if s in (b, m):
        return mine
    conflicts.append(FieldConflict(key, stored, mine, row_id))
    return mine


def merged(mine: AccountCard, base: AccountCard, stored: AccountCard) -> AccountCard:
    """``mine`` with the changes made meanwhile (``base`` → ``stored``) folded in;
    :class:`EditConflictError` when the same value was changed on both sides."""
    conflicts: list[FieldConflict] = []
    values: dict[str, dict[str, Any]] = {name: {} for name in GROUP_TYPES}
    for spec in account_fields.ACCOUNT_FIELDS:
        values[spec.group][spec.name] = _choose(
            spec.key,
            mine.value(spec.key),
            base.value(spec.key),
            stored.value(spec.key),
            conflicts,
            None,
        )
    changes: dict[str, Any] = {name: mine.group(name).replace(**v) for name, v in values.items()}
    for group in ROW_GROUPS:
        changes[group] = _merged_rows(
            group, getattr(mine, group), getattr(base, group), getattr(stored, group), conflicts
        )
    if conflicts:
        raise EditConflictError(conflicts)
    return replace(mine, **changes)


def merged_values(mine: V, base: V, stored: V) -> V:
    """The same rule for one set of declared fields (a person, a personal profile):
    ``mine`` with the values changed meanwhile folded in; :class:`EditConflictError`
    (conflicts keyed by each field's ``key``) when a value changed on both sides."""
    conflicts: list[FieldConflict] = []
    values = {
        spec.name: _choose(
            spec.key,
            getattr(mine, spec.name),
            getattr(base, spec.name),
            getattr(stored, spec.name),
            conflicts,
            None,
        )
        for spec in mine.described()
    }
    if conflicts:
        raise EditConflictError(conflicts)
    return mine.replace(**values)


def resolved_values(mine: V, base: V, conflict: EditConflictError, theirs: set[str]) -> tuple[V, V]:
    """(values to save, version they now stand on) after the user chose per field, as
    :func:`resolved` does for a card."""
    names = {spec.key: spec.name for spec in mine.described()}
    stored = {names[c.field]: c.stored for c in conflict.conflicts if c.field in names}
    chosen = {names[c.field]: c.stored for c in conflict.conflicts if c.field in theirs}
    return mine.replace(**chosen), base.replace(**stored)


def _merged_rows(
    group: str,
    mine: tuple[Any, ...],
    base: tuple[Any, ...],
    stored: tuple[Any, ...],
    conflicts: list[FieldConflict],
) -> tuple[Any, ...]:
    base_by_id = {row.id: row for row in base if row.id is not None}
    stored_by_id = {row.id: row for row in stored}
    out: list[Any] = []
    for index, row in enumerate(mine):
        was = base_by_id.get(row.id) if row.id is not None else None
        if was is None:
            out.append(row)  # new here (or unknown: the save reports it)
            continue
        now = stored_by_id.get(row.id)
        if now is None:
            if row != was:
                out.append(row)  # edited here but removed meanwhile: the save says so
            continue  # removed meanwhile, untouched here: it stays removed
        changes = {
            f.name: _choose(
                f"{group}.{index}.{f.name}",
                getattr(row, f.name),
                getattr(was, f.name),
                getattr(now, f.name),
                conflicts,
                row.id,
            )
            for f in fields(row)
            if f.name != "id"
        }
        out.append(replace(row, **changes))
    mine_ids = {row.id for row in mine if row.id is not None}
    out.extend(
        row for row in stored if row.id not in base_by_id and row.id not in mine_ids
    )  # added meanwhile: never trashed by this save
    return tuple(out)


def resolved(card: AccountCard, conflict: EditConflictError, theirs: set[str]) -> AccountCard:
    """``card`` after the user chose, for each conflicting field, their value (key in
    ``theirs``) or this editor's; its loaded version moves on to the stored values it
    was shown, so saving it again writes the choices (and conflicts again only if the
    value changes once more meanwhile)."""
    base = card.loaded or card
    for c in conflict.conflicts:
        base = _with(base, c, c.stored)
        if c.field in theirs:
            card = _with(card, c, c.stored)
    return replace(card, loaded=replace(base, loaded=None))


def _with(card: AccountCard, c: FieldConflict, value: Any) -> AccountCard:
    if c.row_id is None:
        group, name = c.field.split(".", 1)
        new: dict[str, Any] = {group: card.group(group).replace(**{name: value})}
        return replace(card, **new)
    group, _, column = c.field.split(".")
    rows: dict[str, Any] = {
        group: tuple(
            replace(row, **{column: value}) if row.id == c.row_id else row
            for row in getattr(card, group)
        )
    }
    return replace(card, **rows)
