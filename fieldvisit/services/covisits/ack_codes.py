"""A person's own acknowledgement code: the PIN a rep gives on the manager's laptop to
acknowledge a co-visit report in person. Set on the person's own team laptop; it travels
once to the team server (command ``member.set_ack_code``), which keeps only a salted hash."""

from __future__ import annotations

from fieldvisit.domain.errors import ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.sync.commands import in_team, queue_command

MIN_DIGITS, MAX_DIGITS = 4, 8


def valid_ack_code(code: str) -> bool:
    return code.isascii() and code.isdigit() and MIN_DIGITS <= len(code) <= MAX_DIGITS


def check_ack_code(code: str) -> str:
    """The code as given, or a refusal saying what a code looks like."""
    code = code.strip()
    if not valid_ack_code(code):
        raise ValidationError(
            "code",
            message("An acknowledgement code is 4 to 8 digits."),
        )
    return code


def set_ack_code(db: Database, code: str) -> None:
    """Set (or replace) the current user's code; it reaches the server at the next sync."""
    code = check_ack_code(code)
    if current_user(db) is None:
        raise ValidationError("code", message("Set who you are in Settings first."))
    with db.session_scope() as session:
        conn = session.connection()
        if not in_team(conn):
            raise ValidationError(
                "code",
                message(
                    "An acknowledgement code is for a laptop in a team: join the team first.",
                ),
            )
        queue_command(conn, "member.set_ack_code", {"code": code})
