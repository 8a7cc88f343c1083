"""Merging duplicate accounts and duplicate stakeholders.

One side is kept and takes, field by field, the value the user chose (by default
its own, with its empty fields filled from the other side); every row that refers
to the other side moves to it (see :mod:`.merge_refs`); the other side goes to the
trash with a note of where it went. One transaction; nothing is deleted.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from sqlalchemy import update
from sqlalchemy.orm import Session

from fieldvisit import clock
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.domain.fields import account as account_fields
from fieldvisit.domain.fields import stakeholder
from fieldvisit.domain.fields.spec import Kind, MergeRule
from fieldvisit.i18n import message
from fieldvisit.services.accounts.merge_refs import (
    FoldedRow,
    count_clashes,
    count_references,
    is_empty,
    relink,
)
from fieldvisit.services.accounts.trash import TrashKind, record_trail
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder, TeamMember
from fieldvisit.sync.commands import queue_command

Side = Literal["keep", "remove"]
M = TypeVar("M", Account, Stakeholder)


def account_merge_fields() -> tuple[str, ...]:
    """The card fields a merge offers, in the card's order (their merge rule is PICK)."""
    return tuple(s.attr for s in account_fields.ACCOUNT_FIELDS if s.merge is MergeRule.PICK)


def stakeholder_merge_fields() -> tuple[str, ...]:
    """The person's own fields a merge offers; the kept person stays in their own account."""
    return tuple(s.attr for s in stakeholder.STAKEHOLDER_FIELDS if s.merge is MergeRule.PICK)


@dataclass(frozen=True, slots=True)
class FieldPair:
    """One field with both sides' values (a team member's id shown as their name)."""

    name: str
    keep: object
    remove: object

    @property
    def differs(self) -> bool:
        if is_empty(self.keep) and is_empty(self.remove):
            return False
        return self.keep != self.remove

    @property
    def default(self) -> Side:
        return "remove" if is_empty(self.keep) and not is_empty(self.remove) else "keep"


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What a merge would do, for the dialog. Personal profiles are not included."""

    kind: TrashKind
    keep_id: uuid.UUID
    keep_name: str
    keep_place: str | None
    """The account's city, or the stakeholder's account name."""
    remove_id: uuid.UUID
    remove_name: str
    remove_place: str | None
    fields: tuple[FieldPair, ...]
    moves: dict[str, int]
    """Live rows that will move to the kept side, per table (zero counts left out)."""
    clashes: dict[str, int]
    """Rows whose key the kept side already has: folded into its row, or dropped as duplicates."""

    def default_choices(self) -> dict[str, Side]:
        return {f.name: f.default for f in self.fields if f.differs}


@dataclass(frozen=True, slots=True)
class MergeResult:
    kind: TrashKind
    keep_id: uuid.UUID
    keep_name: str
    remove_id: uuid.UUID
    remove_name: str
    taken_from_removed: tuple[str, ...]
    """Fields of the kept side that now hold the removed side's value."""
    moved: dict[str, int]
    folded: tuple[FoldedRow, ...]
    dropped_links: dict[str, int] = field(default_factory=dict)
    note: str = ""
    """The line added to the removed side's notes."""

    @property
    def tables(self) -> set[str]:
        """Tables that changed, for ``DataEvents.announce``."""
        base = {"account", "stakeholder"}
        return base | set(self.moved) | {f.table for f in self.folded} | set(self.dropped_links)


def preview_account_merge(db: Database, keep_id: uuid.UUID, remove_id: uuid.UUID) -> MergePreview:
    with db.session_scope() as session:
        keep, remove = _pair(session, Account, keep_id, remove_id)
        names = _owner_names(session, keep, remove)
        fields = tuple(
            FieldPair(
                name,
                _shown(name, getattr(keep, name), names),
                _shown(name, getattr(remove, name), names),
            )
            for name in account_merge_fields()
        )
        return MergePreview(
            kind=TrashKind.ACCOUNT,
            keep_id=keep.id,
            keep_name=keep.name,
            keep_place=keep.city,
            remove_id=remove.id,
            remove_name=remove.name,
            remove_place=remove.city,
            fields=fields,
            moves=_nonzero(count_references(session, "account", remove.id)),
            clashes=_nonzero(count_clashes(session, "account", keep.id, remove.id)),
        )


def preview_stakeholder_merge(
    db: Database, keep_id: uuid.UUID, remove_id: uuid.UUID
) -> MergePreview:
    with db.session_scope() as session:
        keep, remove = _pair(session, Stakeholder, keep_id, remove_id)
        moves = count_references(session, "stakeholder", remove.id)
        # The profile moves with the person but is never shown or counted here.
        moves.pop("stakeholder_profile", None)
        clashes = count_clashes(session, "stakeholder", keep.id, remove.id)
        clashes.pop("stakeholder_profile", None)
        return MergePreview(
            kind=TrashKind.STAKEHOLDER,
            keep_id=keep.id,
            keep_name=keep.name,
            keep_place=_account_name(session, keep.account_id),
            remove_id=remove.id,
            remove_name=remove.name,
            remove_place=_account_name(session, remove.account_id),
            fields=tuple(
                FieldPair(name, getattr(keep, name), getattr(remove, name))
                for name in stakeholder_merge_fields()
            ),
            moves=_nonzero(moves),
            clashes=_nonzero(clashes),
        )


def merge_accounts(
    db: Database,
    keep_id: uuid.UUID,
    remove_id: uuid.UUID,
    choices: Mapping[str, Side] | None,
    author_id: uuid.UUID | None,
) -> MergeResult:
    """Merge account ``remove_id`` into ``keep_id`` and move the removed one to the trash."""
    picked = _check_choices(choices, account_merge_fields())
    with db.session_scope() as session:
        keep, remove = _pair(session, Account, keep_id, remove_id)
        taken = _take_fields(keep, remove, account_merge_fields(), picked)
        session.flush()
        report = relink(session, "account", keep.id, remove.id)
        note = _note(remove, keep.name, keep.id)
        now = clock.now_utc()
        remove.deleted_at = now
        keep.search_key = None
        remove.search_key = None
        # The moved people's keys name their account: stale now.
        session.execute(
            update(Stakeholder)
            .where(Stakeholder.account_id.in_([keep.id, remove.id]))
            .values(search_key=None)
        )
        record_trail(session, TrashKind.ACCOUNT, remove.id, author_id, (keep.id, keep.name))
        queue_command(
            session.connection(),
            "account.merge",
            {"keep_id": str(keep.id), "remove_id": str(remove.id)},
        )
        return MergeResult(
            kind=TrashKind.ACCOUNT,
            keep_id=keep.id,
            keep_name=keep.name,
            remove_id=remove.id,
            remove_name=remove.name,
            taken_from_removed=taken,
            moved=_nonzero(report.moved),
            folded=tuple(report.folded),
            dropped_links=_nonzero(report.dropped_links),
            note=note,
        )


def merge_stakeholders(
    db: Database,
    keep_id: uuid.UUID,
    remove_id: uuid.UUID,
    choices: Mapping[str, Side] | None,
    author_id: uuid.UUID | None,
) -> MergeResult:
    """Merge person ``remove_id`` into ``keep_id``; the kept one stays in their own account.

    Links the kept person already has (records, co-visit calls, roles) are not
    doubled; the personal profile's empty fields are filled from the other's.
    """
    picked = _check_choices(choices, stakeholder_merge_fields())
    with db.session_scope() as session:
        keep, remove = _pair(session, Stakeholder, keep_id, remove_id)
        taken = _take_fields(keep, remove, stakeholder_merge_fields(), picked)
        session.flush()
        report = relink(session, "stakeholder", keep.id, remove.id)
        note = _note(remove, keep.name, keep.id)
        remove.deleted_at = clock.now_utc()
        keep.search_key = None
        remove.search_key = None
        session.execute(
            update(Account)
            .where(Account.id.in_({keep.account_id, remove.account_id}))
            .values(search_key=None)
        )
        record_trail(session, TrashKind.STAKEHOLDER, remove.id, author_id, (keep.id, keep.name))
        queue_command(
            session.connection(),
            "stakeholder.merge",
            {"keep_id": str(keep.id), "remove_id": str(remove.id)},
        )
        # Roles were moved with Core: drop the loaded collections so nothing stale is flushed.
        session.expire(keep, ["roles"])
        session.expire(remove, ["roles"])
        return MergeResult(
            kind=TrashKind.STAKEHOLDER,
            keep_id=keep.id,
            keep_name=keep.name,
            remove_id=remove.id,
            remove_name=remove.name,
            taken_from_removed=taken,
            moved=_nonzero(report.moved),
            folded=tuple(report.folded),
            dropped_links=_nonzero(report.dropped_links),
            note=note,
        )


def _pair(
    session: Session, model: type[M], keep_id: uuid.UUID, remove_id: uuid.UUID
) -> tuple[M, M]:
    if keep_id == remove_id:
        raise ValidationError(
            "remove_id",
            message("Choose two different entries to merge."),
        )
    keep = session.get(model, keep_id)
    remove = session.get(model, remove_id)
    for row in (keep, remove):
        if row is None or row.deleted_at is not None:
            if model is Account:
                raise NotFoundError(
                    message(
                        "The account to merge is no longer there (deleted or moved to the "
                        "trash). Refresh the list and choose again.",
                    )
                )
            raise NotFoundError(
                message(
                    "The stakeholder to merge is no longer there (deleted or moved to the "
                    "trash). Refresh the list and choose again.",
                )
            )
    assert keep is not None and remove is not None
    return keep, remove


def _check_choices(choices: Mapping[str, Side] | None, allowed: tuple[str, ...]) -> dict[str, Side]:
    picked = dict(choices or {})
    for name, side in picked.items():
        if name not in allowed:
            raise ValidationError(
                name,
                message(
                    "'{name}' is not a field that can be merged.",
                    name=name,
                ),
            )
        if side not in ("keep", "remove"):
            raise ValidationError(
                name,
                message(
                    "Choose 'keep' or 'remove' for '{name}', not {side}.",
                    name=name,
                    side=repr(side),
                ),
            )
    return picked


def _take_fields(
    keep: Account | Stakeholder,
    remove: Account | Stakeholder,
    names: tuple[str, ...],
    picked: dict[str, Side],
) -> tuple[str, ...]:
    taken: list[str] = []
    for name in names:
        mine, theirs = getattr(keep, name), getattr(remove, name)
        side = picked.get(name) or FieldPair(name, mine, theirs).default
        if side == "remove" and mine != theirs:
            setattr(keep, name, theirs)
            taken.append(name)
    if isinstance(keep, Account) and not keep.name.strip():
        raise ValidationError("name", message("The merged account needs a name."))
    return tuple(taken)


def _note(remove: Account | Stakeholder, keep_name: str, keep_id: uuid.UUID) -> str:
    day = clock.today().isoformat()
    line = f"已合并到 / Merged into: {keep_name} [{keep_id}] {day}"
    remove.notes = f"{remove.notes.rstrip()}\n{line}" if remove.notes else line
    return line


def _owner_names(session: Session, *accounts: Account) -> dict[uuid.UUID, str]:
    ids = {getattr(a, name) for a in accounts for name in _members()} - {None}
    return {i: m.name for i in ids if (m := session.get(TeamMember, i)) is not None}


def _members() -> set[str]:
    """The card fields that hold a team member's id (the owner)."""
    return {s.attr for s in account_fields.ACCOUNT_FIELDS if s.kind is Kind.MEMBER}


def _shown(name: str, value: object, owners: dict[uuid.UUID, str]) -> object:
    if name in _members() and isinstance(value, uuid.UUID):
        return owners.get(value, str(value))
    return value


def _account_name(session: Session, account_id: uuid.UUID) -> str | None:
    account = session.get(Account, account_id)
    return account.name if account is not None else None


def _nonzero(counts: Counter[str]) -> dict[str, int]:
    return {table: n for table, n in counts.items() if n}
