"""A person's own acknowledgement code: the PIN a rep gives on the manager's laptop to
acknowledge a co-visit report in person.

The PIN itself is never stored nor sent. Set on the person's own team laptop, only a key
derived from it (scrypt, salted with the person's id) goes to the team server (command
``member.set_ack_code``). On the manager's laptop the typed PIN makes a proof bound to the
one acknowledgement (the co-visit, its revision and the digest of the content read); the
queued command carries that proof only, so the manager's laptop never holds the rep's PIN
and a proof cannot be reused for another report.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid

from fieldvisit.domain.errors import ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.sync.commands import in_team, queue_command

MIN_DIGITS, MAX_DIGITS = 4, 8
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


def code_key(member_id: uuid.UUID, code: str) -> str:
    """The key the server keeps for a person's code: slow to guess from, salted per person."""
    return hashlib.scrypt(code.encode("utf-8"), salt=member_id.bytes, **_SCRYPT).hex()


def ack_proof(key: str, covisit_id: uuid.UUID, revision: int, digest: str) -> str:
    """Proof that the holder of the code acknowledged exactly this revision and content."""
    text = f"covisit-ack:{covisit_id}:{revision}:{digest}".encode()
    return hmac.new(bytes.fromhex(key), text, hashlib.sha256).hexdigest()


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
    me = current_user(db)
    if me is None:
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
        queue_command(conn, "member.set_ack_code", {"key": code_key(me.id, code)})
