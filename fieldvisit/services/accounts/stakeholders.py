"""Stakeholders of an account (DOMAIN.md §3): list, edit, end a role, move to another account.

The personal profile is sensitive and lives in its own table: it is read only by
:func:`load_profile` (when the user opens the profile tab) and written by
:func:`save_profile`, never together with the card or the list.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldvisit import clock
from fieldvisit.domain import card_rules as r
from fieldvisit.domain.enums import (
    BuyingRole,
)
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.domain.fields import profile, stakeholder
from fieldvisit.domain.fields.checks import field_problems
from fieldvisit.domain.fields.spec import FieldSpec, Kind
from fieldvisit.domain.fields.values import FieldValues
from fieldvisit.services.accounts.card_merge import merged_values
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    Stakeholder,
    StakeholderMove,
    StakeholderProfile,
    StakeholderRole,
)

TRUST_FIELDS = tuple(s.attr for s in stakeholder.STAKEHOLDER_FIELDS if s.kind is Kind.SCORE)
"""The five questions a key customer asks about the rep, scored 1 to 5."""


class StakeholderData(FieldValues):
    """One person at an account, without the personal profile: the fields declared in
    :mod:`fieldvisit.domain.fields.stakeholder`, plus the account, the buying roles
    and the id (``None`` for a person not saved yet)."""

    __slots__ = ("account_id", "id", "roles")
    account_id: uuid.UUID
    roles: frozenset[BuyingRole]
    id: uuid.UUID | None

    @classmethod
    def described(cls) -> tuple[FieldSpec, ...]:
        return stakeholder.STAKEHOLDER_FIELDS

    def __init__(
        self,
        account_id: uuid.UUID,
        *args: Any,
        roles: frozenset[BuyingRole] = frozenset(),
        id: uuid.UUID | None = None,
        **values: Any,
    ) -> None:
        object.__setattr__(self, "account_id", account_id)
        object.__setattr__(self, "roles", frozenset(roles))
        object.__setattr__(self, "id", id)
        super().__init__(*args, **values)

    def _extras(self) -> dict[str, Any]:
        return {"account_id": self.account_id, "roles": self.roles, "id": self.id}


class ProfileData(FieldValues):
    """The personal profile (Mackay 66 spirit): sensitive, shown and printed only on
    request; its fields are declared in :mod:`fieldvisit.domain.fields.profile`."""

    __slots__ = ()

    @classmethod
    def described(cls) -> tuple[FieldSpec, ...]:
        return profile.PROFILE_FIELDS


def stakeholder_problems(data: StakeholderData, today: date | None = None) -> list[ValidationError]:
    """Every problem of ``data``, each naming its field (``name``, ``mobile``, ``trust_rely``…)."""
    today = today or clock.today()
    found: list[ValidationError] = []

    def check(field: str, problem: str | None) -> None:
        if problem is not None:
            found.append(ValidationError(field, problem))

    for spec in stakeholder.STAKEHOLDER_FIELDS:
        for problem in field_problems(spec, getattr(data, spec.name), today):
            check(spec.name, problem)
    return found


def validate_stakeholder(data: StakeholderData) -> None:
    problems = stakeholder_problems(data)
    if problems:
        raise problems[0]


def list_stakeholders(db: Database, account_id: uuid.UUID) -> list[StakeholderData]:
    """The account's people: current ones first, then those whose role ended; by name."""
    with db.session_scope() as session:
        people = session.scalars(
            select(Stakeholder)
            .where(Stakeholder.account_id == account_id, Stakeholder.deleted_at.is_(None))
            .order_by(Stakeholder.ended_on.is_not(None), Stakeholder.name)
        ).all()
        return [_data(p) for p in people]


def active_stakeholder_count(db: Database, account_id: uuid.UUID) -> int:
    with db.session_scope() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Stakeholder)
                .where(
                    Stakeholder.account_id == account_id,
                    Stakeholder.deleted_at.is_(None),
                    Stakeholder.ended_on.is_(None),
                )
            )
            or 0
        )


def load_stakeholder(db: Database, stakeholder_id: uuid.UUID) -> StakeholderData:
    with db.read_scope() as session:
        return _data(_live(session, stakeholder_id))


def save_stakeholder(
    db: Database, data: StakeholderData, loaded: StakeholderData | None = None
) -> uuid.UUID:
    """Create (``data.id is None``) or update a person and their roles; returns the id.

    ``loaded`` is the version the editor started from: values changed meanwhile (an
    import, another window, a sync) are kept unless changed here too, which raises
    :class:`EditConflictError` with nothing written (see ``card_merge``)."""
    validate_stakeholder(data)
    with db.session_scope() as session:
        if data.id is not None and loaded is not None:
            data = _merged_person(data, loaded, _data(_live(session, data.id)))
        _live_account(session, data.account_id)
        if data.id is None:
            person = Stakeholder(account_id=data.account_id, name="")
            session.add(person)
            searched_changed = True
        else:
            person = _live(session, data.id)
            searched = [s for s in stakeholder.STAKEHOLDER_FIELDS if s.searched]
            searched_changed = data.account_id != person.account_id or any(
                _value(getattr(data, s.name)) != getattr(person, s.attr) for s in searched
            )
        person.account_id = data.account_id
        for spec in stakeholder.STAKEHOLDER_FIELDS:
            setattr(person, spec.attr, _value(getattr(data, spec.name)))
        wanted = set(data.roles)
        person.roles[:] = [x for x in person.roles if x.role in wanted]
        have = {x.role for x in person.roles}
        person.roles.extend(StakeholderRole(role=role) for role in sorted(wanted - have))
        if searched_changed:
            _stale(session, person, data.account_id)
        session.flush()
        return person.id


def end_role(db: Database, stakeholder_id: uuid.UUID, on: date | None = None) -> None:
    """Mark that the person no longer holds a role at the account (kept for history)."""
    day = on or clock.today()
    if day > clock.today():
        raise ValidationError("ended_on", r.DATE_IN_FUTURE)
    with db.session_scope() as session:
        person = _live(session, stakeholder_id)
        person.ended_on = day


def move_stakeholder(
    db: Database, stakeholder_id: uuid.UUID, to_account_id: uuid.UUID, on: date | None = None
) -> None:
    """The person now works at another account: the row follows them, a move row keeps the
    trail, and a role that had ended starts afresh."""
    day = on or clock.today()
    with db.session_scope() as session:
        person = _live(session, stakeholder_id)
        _live_account(session, to_account_id, field="account")
        if person.account_id == to_account_id:
            raise ValidationError("account", r.SAME_ACCOUNT)
        from_id = person.account_id
        session.add(
            StakeholderMove(
                stakeholder_id=person.id,
                from_account_id=from_id,
                to_account_id=to_account_id,
                moved_on=day,
            )
        )
        person.account_id = to_account_id
        person.ended_on = None
        _stale(session, person, from_id)
        _stale(session, person, to_account_id)


def load_profile(db: Database, stakeholder_id: uuid.UUID) -> ProfileData:
    """The personal profile; an empty one when none was written yet."""
    with db.read_scope() as session:
        _live(session, stakeholder_id)
        return _profile_data(session.get(StakeholderProfile, stakeholder_id))


def _profile_data(p: StakeholderProfile | None) -> ProfileData:
    if p is None or p.deleted_at is not None:
        return ProfileData()
    return ProfileData(**{f.name: getattr(p, f.attr) for f in profile.PROFILE_FIELDS})


def _merged_person(
    mine: StakeholderData, base: StakeholderData, stored: StakeholderData
) -> StakeholderData:
    """Fields merged value by value; roles as a set (each role added or removed here
    applies, the others stay as stored); a move made meanwhile is kept."""
    fields_merged = merged_values(mine, base, stored)
    roles = (stored.roles - (base.roles - mine.roles)) | (mine.roles - base.roles)
    account_id = stored.account_id if mine.account_id == base.account_id else mine.account_id
    return StakeholderData(account_id, roles=roles, id=mine.id, **fields_merged.values())


def save_profile(
    db: Database, stakeholder_id: uuid.UUID, data: ProfileData, loaded: ProfileData | None = None
) -> None:
    """Write the profile; ``loaded`` (the version the editor showed) is merged as for a
    person: changes made meanwhile kept, the same value changed on both sides a conflict."""
    today = clock.today()
    for spec in profile.PROFILE_FIELDS:
        for problem in field_problems(spec, getattr(data, spec.name), today):
            raise ValidationError(spec.name, problem)
    with db.session_scope() as session:
        _live(session, stakeholder_id)
        p = session.get(StakeholderProfile, stakeholder_id)
        if loaded is not None:
            data = merged_values(data, loaded, _profile_data(p))
        if p is None:
            p = StakeholderProfile(stakeholder_id=stakeholder_id)
            session.add(p)
        p.deleted_at = None
        for spec in profile.PROFILE_FIELDS:
            setattr(p, spec.attr, _value(getattr(data, spec.name)))
        p.updated_at = utcnow()


def _value(value: object) -> object:
    return r.clean(value) if isinstance(value, str) else value


def _stale(session: Session, person: Stakeholder, account_id: uuid.UUID) -> None:
    """The search-key contract: the person's and the account's keys are rebuilt later."""
    person.search_key = None
    account = session.get(Account, account_id)
    if account is not None:
        account.search_key = None


def _live(session: Session, stakeholder_id: uuid.UUID) -> Stakeholder:
    person = session.get(Stakeholder, stakeholder_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError("This person no longer exists or is in the trash.")
    return person


def _live_account(session: Session, account_id: uuid.UUID, field: str = "account") -> Account:
    account = session.get(Account, account_id)
    if account is None or account.deleted_at is not None:
        raise ValidationError(field, r.ACCOUNT_REQUIRED)
    return account


def _data(p: Stakeholder) -> StakeholderData:
    return StakeholderData(
        p.account_id,
        id=p.id,
        roles=frozenset(x.role for x in p.roles),
        **{s.name: getattr(p, s.attr) for s in stakeholder.STAKEHOLDER_FIELDS},
    )
