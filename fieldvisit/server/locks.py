"""Aggregates a row push may not change while a workflow holds them (SYNC.md conflict rules).

A plan submitted or approved is the manager's to decide on: edits to it that arrive (made
offline before the rep learnt of the decision) are refused and shown, never applied over it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection

from fieldvisit.domain.enums import CoVisitStatus, PlanStatus
from fieldvisit.server.scope import Caller
from fieldvisit.sync.tables import BOOKKEEPING, COMMAND_COLUMNS, root_of

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
