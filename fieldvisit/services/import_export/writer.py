"""Writing the file's accounts, once matched (:mod:`matching`): only what differs."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import AccountStatus, AccountType
from fieldvisit.domain.fields import account as account_fields
from fieldvisit.domain.fields.spec import FieldSpec
from fieldvisit.services.import_export.people import (
    PossibleDuplicate,
    find_person,
    same_mobile,
    set_person,
    with_phone_notes,
)
from fieldvisit.services.import_export.phones import PHONE_NOTES
from fieldvisit.services.import_export.rows import AccountData, PersonData, norm_city
from fieldvisit.storage.models import Account, Stakeholder

CHUNK = 500


def _searched(specs: tuple[FieldSpec, ...]) -> frozenset[str]:
    """The attributes a search key is built from: changing one makes the key stale."""
    return frozenset(s.attr for s in specs if s.searched)


@dataclass(slots=True)
class Counts:
    accounts_created: int = 0
    accounts_updated: int = 0
    accounts_unchanged: int = 0
    people_created: int = 0
    people_updated: int = 0
    people_unchanged: int = 0
    possible_duplicates: list[PossibleDuplicate] = field(default_factory=list)


@dataclass(slots=True)
class Plan:
    data: AccountData
    account_id: uuid.UUID | None
    """The existing account to update; ``None`` creates one."""
    new_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    extra: Mapping[str, object] = field(default_factory=dict)


def _chunks(items: Sequence[uuid.UUID]) -> Iterator[Sequence[uuid.UUID]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class AccountWriter:
    """Writes plans into one session; sets only attributes whose value differs."""

    def __init__(self, session: Session, plans: Sequence[Plan], file: str = "") -> None:
        self.session = session
        self.file = file
        self.counts = Counts()
        targets = [p.account_id for p in plans if p.account_id is not None]
        self._accounts: dict[uuid.UUID, Account] = {}
        self._people: dict[uuid.UUID, list[Stakeholder]] = defaultdict(list)
        for chunk in _chunks(targets):
            for account in session.scalars(select(Account).where(Account.id.in_(chunk))):
                self._accounts[account.id] = account
            people = select(Stakeholder).where(
                Stakeholder.account_id.in_(chunk), Stakeholder.deleted_at.is_(None)
            )
            for person in session.scalars(people.order_by(Stakeholder.created_at)):
                self._people[person.account_id].append(person)

    def write(self, plan: Plan) -> None:
        values = plan.data.values
        if plan.account_id is None:
            account = Account(
                id=plan.new_id or uuid.uuid4(),
                name=str(values["name"]),
                account_type=values.get("account_type") or AccountType.OTHER,
                status=values.get("status") or AccountStatus.TARGET,
            )
            self.session.add(account)
            self._set_account(account, values, plan.owner_id)
            self.counts.accounts_created += 1
            people: list[Stakeholder] = []
        else:
            account = self._accounts[plan.account_id]
            changed = self._set_account(account, values, plan.owner_id)
            if changed:
                self.counts.accounts_updated += 1
            else:
                self.counts.accounts_unchanged += 1
            people = self._people[account.id]
        for person in plan.data.people:
            if self._write_person(account, people, person):
                account.search_key = None

    def _set_account(
        self, account: Account, values: Mapping[str, object], owner_id: uuid.UUID | None
    ) -> bool:
        changed = False
        for attr, value in values.items():
            if attr in ("id", "owner", "notes", PHONE_NOTES):
                continue
            if attr == "city" and account.city and norm_city(account.city) == norm_city(value):
                continue  # 北京 and 北京市 are the same city: no churn
            if getattr(account, attr) != value:
                setattr(account, attr, value)
                changed = True
                if attr in _searched(account_fields.ACCOUNT_FIELDS):
                    account.search_key = None
        if "owner" in values and account.owner_id != owner_id:
            account.owner_id = owner_id
            changed = True
        notes = with_phone_notes(account.notes, values)
        if notes != account.notes:
            account.notes = notes
            changed = True
        return changed

    def _write_person(
        self, account: Account, people: list[Stakeholder], person: PersonData
    ) -> bool:
        """Create or update one stakeholder; True when its search key went stale."""
        values = person.values
        match = find_person(people, values)
        if match is None:
            twin = same_mobile(people, values)
            given = values.get("id")
            reuse = isinstance(given, uuid.UUID) and self.session.get(Stakeholder, given) is None
            match = Stakeholder(
                id=given if reuse else uuid.uuid4(),
                account_id=account.id,
                name=str(values["name"]),
            )
            self.session.add(match)
            people.append(match)
            set_person(match, values)
            self.counts.people_created += 1
            if twin is not None:
                self.counts.possible_duplicates.append(
                    PossibleDuplicate(self.file, person.rows[0], match.id, twin.id)
                )
            return True
        changed, stale = set_person(match, values)
        if changed:
            self.counts.people_updated += 1
        else:
            self.counts.people_unchanged += 1
        return stale
