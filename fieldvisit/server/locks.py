"""Aggregates a row push may not change while a workflow holds them (SYNC.md conflict rules).

A plan submitted or approved is the manager's to decide on: edits to it that arrive (made
offline before the rep learnt of the decision) are refused and shown, never applied over it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import Connection, select

from fieldvisit.domain.enums import CoVisitStatus, MemberRole, PlanStatus
from fieldvisit.server.scope import Caller, may_read, owner_in, root_row
from fieldvisit.sync.tables import (
    BOOKKEEPING,
    COMMAND_COLUMNS,
    TEAM_WIDE,
    chain,
    root_of,
    synced_tables,
    table,
)

PURGED_BY_COMMAND = frozenset({"account", "stakeholder"})
"""Deleted for good only by the purge command, which checks the server's own rows."""

PLAN_LOCKED = frozenset({PlanStatus.SUBMITTED.value, PlanStatus.APPROVED.value})
FREE_ON_LOCKED_PLAN = frozenset({"record_id"})
"""A visit made links its record to the planned contact, whatever the plan's status."""


def changed_columns(
    current: Mapping[str, Any] | None, values: Mapping[str, Any] | None
) -> set[str]:
    """The columns a push changes (all of them for an insert or a delete)."""
    if current is None or values is None:
        return set((current or values or {}).keys())
    return {name for name, value in values.items() if name in current and current[name] != value}


def locked_reason(
    conn: Connection,
    caller: Caller,
    name: str,
    root: Mapping[str, Any] | None,
    current: Mapping[str, Any] | None,
    values: Mapping[str, Any] | None,
) -> str | None:
    """None when the push may go ahead; else why the aggregate is closed to it."""
    if values is None and current is not None and name in PURGED_BY_COMMAND:
        return "purge_needs_command"
    if root is not None and root_of(name) == "covisit":
        return _covisit_reason(name, root, current, values)
    if root is None or root_of(name) != "monthly_plan":
        return None
    status = root.get("status")
    status = getattr(status, "value", status)
    if status not in PLAN_LOCKED:
        return None
    free = FREE_ON_LOCKED_PLAN | BOOKKEEPING | COMMAND_COLUMNS.get(name, frozenset())
    if changed_columns(current, values) <= free and current is not None and values is not None:
        return None
    return "plan_locked"


@cache
def _foreign_references(name: str) -> tuple[tuple[str, str], ...]:
    """(column, table) of ``name``'s references to scoped rows other than its scope parent:
    a planned visit's account, a co-visit call's account, a record's people…"""
    hops, _owner = chain(name)
    parent_column = hops[0].column.name if hops else None
    synced = {t.name for t in synced_tables()}
    return tuple(
        (fk.parent.name, fk.column.table.name)
        for fk in table(name).foreign_keys
        if fk.parent.name != parent_column
        and fk.column.table.name in synced
        and fk.column.table.name not in TEAM_WIDE
        and fk.column.table.name != name
    )


def reference_reason(
    conn: Connection,
    caller: Caller,
    name: str,
    current: Mapping[str, Any] | None,
    values: Mapping[str, Any] | None,
) -> str | None:
    """A row may point only at rows its writer may read: a visit planned at an account
    handed to another rep meanwhile is refused (the laptop had dropped that account)."""
    if values is None:
        return None
    for column, target in _foreign_references(name):
        value = values.get(column)
        if value is None or (current is not None and current.get(column) == value):
            continue
        t = table(target)
        row = conn.execute(select(t).where(t.c.id == value)).first()
        if row is None:
            continue  # not arrived yet: the insert is deferred until it has
        mapping = dict(row._mapping)
        if not may_read(caller, target, owner_in(target, root_row(conn, target, mapping))):
            return "scope"
    return None


FREE_ON_SIGNED_COVISIT = {
    "action_item": frozenset({"status", "closed_at", "review_note", "reviewed_in_id"}),
}
"""A signed report's actions are followed up at the next co-visit: their outcome is not part
of what was signed (nor of what the rep acknowledged)."""


def _covisit_reason(
    name: str,
    root: Mapping[str, Any],
    current: Mapping[str, Any] | None,
    values: Mapping[str, Any] | None,
) -> str | None:
    """A signed co-visit and every row of it never change by a row push; a correction (a
    command) opens a new revision. The kept revisions are written by that command only."""
    if name == "covisit_revision":
        return "covisit_revision"
    status = root.get("status")
    if getattr(status, "value", status) != CoVisitStatus.SIGNED_OFF.value:
        return None
    free = (
        BOOKKEEPING
        | COMMAND_COLUMNS.get(name, frozenset())
        | FREE_ON_SIGNED_COVISIT.get(name, frozenset())
    )
    if current is not None and values is not None and changed_columns(current, values) <= free:
        return None
    return "covisit_signed"


REP_LINKS = {"covisit_call": frozenset({"contact_record_id"})}
"""Columns of a manager's rows the rep of the co-visit sets: a record the rep writes of a
visit links to the manager's call of it (the record is checked as the rep's own)."""


def rep_may_link(
    caller: Caller,
    name: str,
    root: Mapping[str, Any] | None,
    current: Mapping[str, Any] | None,
    values: Mapping[str, Any] | None,
) -> bool:
    """Whether a push refused for its role only links the rep's record to a call about them."""
    free = REP_LINKS.get(name)
    if free is None or root is None or current is None or values is None:
        return False
    if caller.role is not MemberRole.REP or str(root.get("rep_id")) != str(caller.member_id):
        return False
    return changed_columns(current, values) <= free | BOOKKEEPING
