"""The co-visit report's workflow steps as the team server decides them.

The manager writes the report on their laptop (row pushes, while it is open); these steps
are commands, checked here against the server's own rows: the rep's acknowledgement (on the
rep's laptop, or in person on the manager's with the rep's own code), the manager's
signature (only over an acknowledgement of the content as it stands) and a correction (a
new revision, refused when it starts from an outdated one). A signed report never changes
by a row push (:mod:`fieldvisit.server.locks`).

What the rep acknowledges is compared by the digest of the report
(``domain.covisit_view.acknowledged_digest``), computed here from the server's rows with
the one loader the laptops use.
"""

from __future__ import annotations

import hmac
import uuid
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from fieldvisit import clock
from fieldvisit.domain.covisit_rules import is_report_late
from fieldvisit.domain.covisit_view import CoVisitView, acknowledged_digest, to_json
from fieldvisit.domain.enums import CoVisitStatus, MemberRole
from fieldvisit.server.commands import Outcome, command
from fieldvisit.server.models import AckCode
from fieldvisit.server.scope import Caller
from fieldvisit.services.covisits.ack_codes import ack_proof
from fieldvisit.services.covisits.completeness import missing_for_signoff
from fieldvisit.services.covisits.reading import load_view
from fieldvisit.services.covisits.signoff import revision_id
from fieldvisit.storage.models import CoVisit
from fieldvisit.sync.tables import table

# Reasons a command is refused (the laptop words them: fieldvisit.sync.conflicts).
NOT_FOUND = "covisit_missing"
NOT_YOURS = "covisit_not_yours"
SIGNED = "covisit_signed"
NOT_SIGNED = "covisit_not_signed"
OUTDATED = "covisit_outdated"
CHANGED = "covisit_changed"
INCOMPLETE = "covisit_incomplete"
NOT_ACKNOWLEDGED = "covisit_not_acknowledged"
WRONG_CODE = "ack_code_wrong"
NO_CODE = "ack_code_missing"
CODE_LOCKED = "ack_code_locked"
BAD_CODE = "ack_code_invalid"

MAX_FAILED = 5
"""Wrong codes in a row before the rep's code stops working (the rep sets a new one)."""


# ------------------------------------------------------------------ reading the report


def _covisit_row(conn: Connection, args: Mapping[str, Any]) -> Mapping[str, Any] | None:
    try:
        covisit_id = uuid.UUID(str(args["covisit_id"]))
    except (KeyError, ValueError):
        return None
    cv = table("covisit")
    row = conn.execute(select(cv).where(cv.c.id == covisit_id).with_for_update()).first()
    if row is None or row._mapping["deleted_at"] is not None:
        return None
    return dict(row._mapping)


def server_view(conn: Connection, covisit_id: uuid.UUID) -> CoVisitView:
    """The report as the server holds it, by the laptops' own loader (in this transaction)."""
    with Session(bind=conn) as session:
        cv = session.get(CoVisit, covisit_id)
        assert cv is not None
        view = load_view(session, cv)
    # The people met at a call are listed by name; the database's collation must not
    # change what is acknowledged, so order them as SQLite on the laptops does (by code point).
    calls = []
    for call in view.calls:
        met = sorted(zip(call.stakeholder_names, call.stakeholder_ids, strict=True))
        calls.append(
            replace(
                call,
                stakeholder_ids=tuple(i for _, i in met),
                stakeholder_names=tuple(n for n, _ in met),
            )
        )
    return replace(view, calls=tuple(calls))


def _outcome(reason: str | None, covisit_id: object) -> Outcome:
    return Outcome(reason=reason, table="covisit", key=[str(covisit_id)])


def _when(args: Mapping[str, Any], name: str) -> datetime:
    """The moment the person took the step (laptop time: data, as every client timestamp)."""
    raw = args.get(name)
    try:
        when = datetime.fromisoformat(str(raw)) if raw else clock.now_utc()
    except ValueError:
        when = clock.now_utc()
    return when if when.tzinfo is not None else when.replace(tzinfo=clock.now_utc().tzinfo)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


# ------------------------------------------------------------------ acknowledgement


def _acknowledge(conn: Connection, row: Mapping[str, Any], args: Mapping[str, Any]) -> str | None:
    """Record the acknowledgement of exactly the content the rep read, or say why not."""
    if row["status"] == CoVisitStatus.SIGNED_OFF.value or row["status"] is CoVisitStatus.SIGNED_OFF:
        return SIGNED
    if args.get("revision") != row["revision"]:
        return OUTDATED
    cv = table("covisit")
    conn.execute(
        update(cv).where(cv.c.id == row["id"]).values(rep_comments=_text(args.get("rep_comments")))
    )
    digest = acknowledged_digest(server_view(conn, row["id"]))
    if not hmac.compare_digest(digest, str(args.get("digest", ""))):
        return CHANGED  # the manager changed the report after the rep read it
    conn.execute(
        update(cv)
        .where(cv.c.id == row["id"])
        .values(rep_acknowledged_at=_when(args, "at"), rep_acknowledged_hash=digest)
    )
    return None


@command("covisit.acknowledge")
def acknowledge(conn: Connection, caller: Caller, args: Mapping[str, Any]) -> Outcome:
    """The rep, on their own laptop, acknowledges the revision they read, with comments."""
    row = _covisit_row(conn, args)
    if row is None:
        return _outcome(NOT_FOUND, args.get("covisit_id"))
    if row["rep_id"] != caller.member_id:
        return _outcome(NOT_YOURS, row["id"])
    return _outcome(_acknowledge(conn, row, args), row["id"])


@command("covisit.acknowledge_in_person")
def acknowledge_in_person(conn: Connection, caller: Caller, args: Mapping[str, Any]) -> Outcome:
    """The rep acknowledges on the manager's laptop, proving who they are with their code
    (a proof made from it for this acknowledgement; the code itself never travels)."""
    row = _covisit_row(conn, args)
    if row is None:
        return _outcome(NOT_FOUND, args.get("covisit_id"))
    if row["manager_id"] != caller.member_id:
        return _outcome(NOT_YOURS, row["id"])
    proof = str(args.get("proof", ""))
    refused = _check_proof(conn, row["rep_id"], proof, row["id"], args)
    if refused is not None:
        return _outcome(refused, row["id"])
    return _outcome(_acknowledge(conn, row, args), row["id"])


def _check_proof(
    conn: Connection,
    member_id: uuid.UUID,
    proof: str,
    covisit_id: uuid.UUID,
    args: Mapping[str, Any],
) -> str | None:
    """Whether the proof was made with the rep's code for this very acknowledgement."""
    stored = conn.execute(select(AckCode).where(AckCode.member_id == member_id)).first()
    if stored is None:
        return NO_CODE
    saved = stored._mapping
    if saved["failed_attempts"] >= MAX_FAILED:
        return CODE_LOCKED
    revision = args.get("revision")
    expected = ack_proof(
        saved["code_hash"],
        covisit_id,
        revision if isinstance(revision, int) else -1,
        str(args.get("digest", "")),
    )
    if not hmac.compare_digest(expected, proof):
        # A refused step is rolled back, so the wrong try is counted in a transaction of its
        # own: guessing a PIN stops after a few tries, until the rep sets a new code.
        with conn.engine.begin() as own:
            own.execute(
                update(AckCode)
                .where(AckCode.member_id == member_id)
                .values(failed_attempts=AckCode.failed_attempts + 1)
            )
        return WRONG_CODE
    if saved["failed_attempts"]:
        conn.execute(
            update(AckCode).where(AckCode.member_id == member_id).values(failed_attempts=0)
        )
    return None


@command("member.set_ack_code")
def set_ack_code(conn: Connection, caller: Caller, args: Mapping[str, Any]) -> Outcome:
    """A person's own acknowledgement code, as the key their laptop derived from it (the
    code itself never leaves the person's typing)."""
    key = str(args.get("key", ""))
    if len(key) != 64 or any(ch not in "0123456789abcdef" for ch in key):
        return Outcome(reason=BAD_CODE)
    values = {
        "code_hash": key,
        "salt": caller.member_id.hex,
        "set_at": clock.now_utc(),
        "failed_attempts": 0,
    }
    conn.execute(
        pg_insert(AckCode)
        .values(member_id=caller.member_id, **values)
        .on_conflict_do_update(index_elements=[AckCode.member_id], set_=values)
    )
    return Outcome()


# ------------------------------------------------------------------ sign-off, correction


@command("covisit.sign")
def sign(conn: Connection, caller: Caller, args: Mapping[str, Any]) -> Outcome:
    """The manager signs: only their own report, complete, over an acknowledgement of this
    very content and revision."""
    row = _covisit_row(conn, args)
    if row is None:
        return _outcome(NOT_FOUND, args.get("covisit_id"))
    if row["manager_id"] != caller.member_id or caller.role is not MemberRole.MANAGER:
        return _outcome(NOT_YOURS, row["id"])
    if _signed(row):
        return _outcome(SIGNED, row["id"])
    if args.get("revision") != row["revision"]:
        return _outcome(OUTDATED, row["id"])
    missing = {m.what for m in missing_for_signoff(server_view(conn, row["id"]))}
    if missing & {"acknowledgement", "acknowledgement_withdrawn"}:
        return _outcome(NOT_ACKNOWLEDGED, row["id"])
    if missing:
        return _outcome(INCOMPLETE, row["id"])
    when = _when(args, "at")
    values: dict[str, Any] = {"status": CoVisitStatus.SIGNED_OFF, "manager_signed_at": when}
    if row["revision"] == 1:  # due the same day; a later correction does not make it late
        values["completed_at"] = when
        values["late"] = is_report_late(row["last_day"], when, when, clock.local_zone())
    cv = table("covisit")
    conn.execute(update(cv).where(cv.c.id == row["id"]).values(**values))
    return _outcome(None, row["id"])


@command("covisit.correct")
def correct(conn: Connection, caller: Caller, args: Mapping[str, Any]) -> Outcome:
    """A new revision of a signed report, starting from the revision the manager had."""
    row = _covisit_row(conn, args)
    if row is None:
        return _outcome(NOT_FOUND, args.get("covisit_id"))
    if row["manager_id"] != caller.member_id or caller.role is not MemberRole.MANAGER:
        return _outcome(NOT_YOURS, row["id"])
    if args.get("from_revision") != row["revision"]:
        return _outcome(OUTDATED, row["id"])
    if not _signed(row):
        return _outcome(NOT_SIGNED, row["id"])
    number = int(row["revision"])
    snapshot = to_json(server_view(conn, row["id"]))
    conn.execute(
        insert(table("covisit_revision")).values(
            id=revision_id(row["id"], number),
            covisit_id=row["id"],
            number=number,
            reason=_text(args.get("reason")),
            author_id=caller.member_id,
            snapshot=snapshot,
            created_at=_when(args, "at"),
            updated_at=clock.now_utc(),
        )
    )
    cv = table("covisit")
    conn.execute(
        update(cv)
        .where(cv.c.id == row["id"])
        .values(revision=number + 1, status=CoVisitStatus.IN_PROGRESS, manager_signed_at=None)
    )
    return _outcome(None, row["id"])


def _signed(row: Mapping[str, Any]) -> bool:
    status = row["status"]
    return status is CoVisitStatus.SIGNED_OFF or status == CoVisitStatus.SIGNED_OFF.value
