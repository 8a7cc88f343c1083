"""Merging a laptop's edit into the server's row, field by field.

The laptop sends the row as it has it and the *base* it started from (what it last
received or sent). Only fields it changed are written, so two people editing different
fields of a card both keep their edit. Where both changed the same field, the later
arrival wins and the value it replaced is returned, so it is kept in a conflict list.
Completion is monotone: a completed record, a kept or cancelled promise stays so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Table → (status column, final statuses, columns that go with the final state)
MONOTONE: dict[str, tuple[str, frozenset[str], tuple[str, ...]]] = {
    "contact_record": ("status", frozenset({"complete"}), ("completed_at",)),
    "promise": ("status", frozenset({"kept", "cancelled"}), ("closed_at", "closing_note")),
}


@dataclass
class Merged:
    row: dict[str, Any]
    """The encoded row to store."""
    overwritten: dict[str, Any] = field(default_factory=dict)
    """Field → the server's value this edit replaced (someone else's change)."""
    kept: dict[str, Any] = field(default_factory=dict)
    """Field → the laptop's value the server did not take (a completed record stays so)."""


def merge(
    table: str,
    current: dict[str, Any],
    incoming: dict[str, Any],
    base: dict[str, Any] | None,
) -> Merged:
    """All values encoded (JSON-ready). Without a base every incoming field counts as changed."""
    row = dict(current)
    result = Merged(row)
    for name, value in incoming.items():
        if name not in current:
            continue
        changed_here = base is None or name not in base or base[name] != value
        if not changed_here or current[name] == value:
            continue
        moved_there = base is not None and name in base and current[name] != base[name]
        if moved_there:
            result.overwritten[name] = current[name]
        row[name] = value
    rule = MONOTONE.get(table)
    if rule is not None:
        status, final, companions = rule
        if current.get(status) in final and row.get(status) not in final:
            result.kept[status] = row[status]
            row[status] = current[status]
            for companion in companions:
                if companion in current:
                    row[companion] = current[companion]
            result.overwritten.pop(status, None)
    return result
