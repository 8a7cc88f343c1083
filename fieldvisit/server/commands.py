"""Workflow steps the server decides against its own state (SYNC.md: plans change status only
by commands; a step taken offline is checked when it arrives, in server order).

A handler gets the caller and the command's arguments, writes with Core on the push's
connection (the change log captures it; laptops pull it), and answers an :class:`Outcome`:
refused when ``reason`` is set; ``table``/``key`` name the row the step was about, whose
server version the laptop takes while it keeps its own in the Conflicts list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from fieldvisit.server.scope import Caller


@dataclass(frozen=True, slots=True)
class Outcome:
    reason: str | None = None
    """Why the server refused (a code the laptop words); None: applied."""
    table: str | None = None
    key: list[Any] = field(default_factory=list)
    resend: list[Any] = field(default_factory=list)
    """Refused: ids of ``table`` whose rows (and what belongs to them) the laptops in scope
    are sent again — the refused step had removed them on the laptop that took it."""


Handler = Callable[[Connection, Caller, Mapping[str, Any]], Outcome]
COMMANDS: dict[str, Handler] = {}


class BadCommand(ValueError):
    """A command whose arguments do not follow the protocol (the push is answered 400)."""


def command(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        COMMANDS[name] = handler
        return handler

    return register


def run(conn: Connection, caller: Caller, name: str, args: Mapping[str, Any]) -> Outcome:
    # Handlers register on import; the modules are imported here, not at the top, so that
    # each may import this one.
    import fieldvisit.server.covisit_commands
    import fieldvisit.server.merge_commands
    import fieldvisit.server.plan_commands
    import fieldvisit.server.purge_commands  # noqa: F401

    handler = COMMANDS.get(name)
    if handler is None:
        return Outcome("unknown_command")
    try:
        return handler(conn, caller, args)
    except (KeyError, TypeError, ValueError) as exc:
        raise BadCommand(f"The command {name} is malformed ({type(exc).__name__}).") from exc
