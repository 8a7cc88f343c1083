"""Which tables travel between laptops and the server, and whose territory each row is in.

Every synced row belongs to one rep's scope, found by walking up from the row to a root
table that names the rep (an account's owner, a co-visit's rep, a plan's rep, a summary's
author), or to the whole team. A manager reads the scopes of their reps, a rep their own;
personal profiles never leave the rep's scope. Derived from the models' foreign keys, so a
new child table needs one line here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Table

import fieldvisit.storage.models  # noqa: F401  (fills Base.metadata)
from fieldvisit.storage.base import Base

LOCAL_ONLY = frozenset({"app_setting", "draft"})
"""Settings and unsaved drafts stay on the laptop."""

TEAM_WIDE = frozenset({"team_member", "frequency_policy", "frequency_rule", "calendar_override"})
"""Everyone in the team reads these; only the server (administrators) writes them. A
calendar override set on a laptop stays on it until the server has one for that day (ids
are derived from the day, so the server's row replaces it)."""

ROOT_OWNER = {
    "account": "owner_id",
    "covisit": "rep_id",
    "monthly_plan": "rep_id",
    "summary_report": "author_id",
    "day_report": "rep_id",
}
"""Tables whose own column names the rep whose scope the row is in."""

PARENT = {
    "stakeholder": "account",
    "buying_project": "account",
    "complaint": "account",
    "key_account_plan": "account",
    "period_contribution": "account",
    "price_change": "account",
    "relationship_grade": "account",
    "attachment": "account",
    "contact_record": "account",
    "promise": "account",
    "stakeholder_move": "stakeholder",
    "stakeholder_profile": "stakeholder",
    "stakeholder_role": "stakeholder",
    "record_stakeholder": "contact_record",
    "record_participant": "contact_record",
    "visit_check": "contact_record",
    "covisit_call": "covisit",
    "action_item": "covisit.covisit_id",  # not reviewed_in_id: the co-visit that reviewed it
    "standard_rating": "covisit",
    "covisit_revision": "covisit",
    "call_observation": "covisit_call",
    "covisit_call_stakeholder": "covisit_call",
    "planned_contact": "monthly_plan",
    "summary_item": "summary_report",
    "record_comment": "contact_record",
    "day_report_comment": "day_report",
}
"""Child table → the table whose scope it shares (through its foreign key to it), or
``table.column`` where the child has more than one foreign key to that table."""

DERIVED: dict[str, frozenset[str]] = {
    "account": frozenset({"search_key"}),
    "stakeholder": frozenset({"search_key"}),
}
"""Columns a laptop computes from the row itself (search keys): never sent, never stored
or served by the server; a laptop fills them when it applies a pulled row, and a change
of only these columns is not a change to send."""

SENSITIVE = frozenset({"stakeholder_profile"})
"""Personal data: read only within the owning rep's own scope, never by a manager."""

MANAGER_WRITES = frozenset({"covisit"})
"""Roots a manager writes for their reps (their own co-visits); reps write their own."""

COMMENTS = {"record_comment": "author_id", "day_report_comment": "author_id"}
"""Tables the rep and their manager both write in the rep's scope, each person only their
own rows: the column names the writer (nobody edits or removes another's comment)."""


COMMAND_COLUMNS: dict[str, frozenset[str]] = {
    # The rep's acknowledgement, the manager's signature, corrections (server.covisit_commands).
    "covisit": frozenset(
        {
            "status",
            "rep_acknowledged_at",
            "rep_acknowledged_hash",
            "rep_comments",
            "manager_signed_at",
            "completed_at",
            "late",
            "revision",
        }
    ),
    "monthly_plan": frozenset(
        {"status", "submitted_at", "decided_at", "decided_by_id", "manager_comment"}
    ),
}
"""Workflow columns only server-checked commands change (:mod:`fieldvisit.server.commands`):
a row push never changes them (the server keeps its value; a new row gets the default), so a
step taken on a laptop travels as its command and the server decides it against its own state."""

BOOKKEEPING = frozenset({"updated_at"})
"""Columns every local write touches: a push changing only these and command columns is a no-op."""


@dataclass(frozen=True, slots=True)
class Hop:
    """One step up the scope chain: ``child.column`` refers to ``parent.id``."""

    child: Table
    column: Column[object]
    parent: Table


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def synced_tables() -> list[Table]:
    """Every table that syncs, parents before children (the order to apply them in)."""
    return [t for t in Base.metadata.sorted_tables if t.name not in LOCAL_ONLY]


def data_columns(t: Table) -> list[Column[object]]:
    """The columns that travel (all but the :data:`DERIVED` ones)."""
    derived = DERIVED.get(t.name, frozenset())
    return [c for c in t.columns if c.name not in derived]


def key_columns(t: Table) -> list[Column[object]]:
    return list(t.primary_key.columns)


def chain(name: str) -> tuple[list[Hop], str | None]:
    """The hops from ``name`` up to its root, and the root's owner column (None: team-wide)."""
    hops: list[Hop] = []
    current = name
    while current in PARENT:
        parent, _, named = PARENT[current].partition(".")
        child = table(current)
        columns = [
            fk.parent
            for fk in child.foreign_keys
            if fk.column.table.name == parent and named in ("", fk.parent.name)
        ]
        if len(columns) != 1:
            raise LookupError(f"{current} needs exactly one foreign key to {parent}")
        hops.append(Hop(child, columns[0], table(parent)))
        current = parent
    if current in TEAM_WIDE:
        return hops, None
    return hops, ROOT_OWNER[current]


def root_of(name: str) -> str:
    current = name
    while current in PARENT:
        current = PARENT[current].partition(".")[0]
    return current


def check_every_table_is_placed() -> list[str]:
    """Tables that sync but have no scope rule (a test keeps this empty)."""
    placed = set(PARENT) | set(ROOT_OWNER) | TEAM_WIDE
    return sorted(t.name for t in synced_tables() if t.name not in placed)
