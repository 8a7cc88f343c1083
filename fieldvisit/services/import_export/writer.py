"""What importing the file's accounts changes, once matched (:mod:`matching`): only what differs.

Worked out in memory from the stored rows (:class:`Current`, read by :mod:`bulk`) into
plain rows to insert and update (:class:`Changes`), search keys included, so that the
write transaction only executes bulk statements (issue 13: the write lock is held
briefly). No ORM object is made: 100,000 rows fit in little memory.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from fieldvisit.clock import now_utc
from fieldvisit.domain.enums import AccountStatus, AccountType, BuyingRole
from fieldvisit.domain.fields import account as account_fields
from fieldvisit.domain.fields import stakeholder as stakeholder_fields
from fieldvisit.services.accounts.search_keys import account_search_key, stakeholder_search_key
from fieldvisit.services.import_export.people import (
    PossibleDuplicate,
    find_person,
    same_mobile,
    with_phone_notes,
)
from fieldvisit.services.import_export.phones import PHONE_NOTES
from fieldvisit.services.import_export.rows import AccountData, PersonData, norm_city

Row = dict[str, object]
Progress = Callable[[int, int], None]
PROGRESS_EVERY = 250

_ACCOUNT_SEARCHED = frozenset(s.attr for s in account_fields.ACCOUNT_FIELDS if s.searched)
_PERSON_SEARCHED = frozenset(s.attr for s in stakeholder_fields.STAKEHOLDER_FIELDS if s.searched)
_ROLE_ORDER = {role: index for index, role in enumerate(BuyingRole)}


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


@dataclass(slots=True)
class Current:
    """The stored rows the plans touch (no search keys: those are derived)."""

    accounts: dict[uuid.UUID, Row] = field(default_factory=dict)
    people: dict[uuid.UUID, list[Row]] = field(default_factory=dict)
    """Each target account's stakeholders not in the trash, oldest first."""
    roles: dict[uuid.UUID, frozenset[str]] = field(default_factory=dict)
    taken_person_ids: frozenset[uuid.UUID] = frozenset()
    """The stakeholder IDs the file gives that some stored stakeholder already has."""


@dataclass(slots=True)
class Changes:
    """Rows to write, grouped by the columns they set so that each group is one statement."""

    inserts: dict[str, dict[tuple[str, ...], list[tuple[object, ...]]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    """table → columns → rows."""
    updates: dict[str, dict[tuple[str, ...], list[tuple[object, ...]]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    """table → columns (the first is ``id``) → rows; ``updated_at`` moves."""
    key_updates: dict[str, list[tuple[uuid.UUID, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    """table → (id, search key): derived data only, ``updated_at`` stays."""
    role_deletes: list[tuple[uuid.UUID, str]] = field(default_factory=list)

    def insert(self, table: str, row: Row) -> None:
        self.inserts[table][tuple(row)].append(tuple(row.values()))

    def update(self, table: str, row_id: uuid.UUID, values: Row) -> None:
        self.updates[table][("id", *values)].append((row_id, *values.values()))


class _Person:
    """A stakeholder as the import leaves it: stored values, what changed, whether new."""

    __slots__ = ("_key", "changed", "is_new", "stale", "values")

    def __init__(self, values: Row, *, is_new: bool = False) -> None:
        self.values = values
        self.changed: Row = {}
        self.is_new = is_new
        self.stale = False
        self._key: str | None = None

    def key(self) -> str:
        """Its search key as its values now are (built once)."""
        if self._key is None:
            self._key = person_key(self.values)
        return self._key

    @property
    def id(self) -> uuid.UUID:
        value = self.values["id"]
        assert isinstance(value, uuid.UUID)
        return value

    @property
    def name(self) -> str:
        return str(self.values["name"])

    @property
    def mobile(self) -> str | None:
        value = self.values.get("mobile")
        return value if isinstance(value, str) else None

    def set(self, attr: str, value: object) -> None:
        self.values[attr] = value
        self.changed[attr] = value
        self._key = None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def person_key(values: Mapping[str, object]) -> str:
    return stakeholder_search_key(
        str(values["name"]), _text(values.get("mobile")), _text(values.get("office_phone"))
    )


def _account_key(values: Mapping[str, object], people: Sequence[_Person]) -> str:
    active = sorted(
        (
            p
            for p in people
            if p.values.get("ended_on") is None and p.values.get("deleted_at") is None
        ),
        key=lambda p: p.name,  # as search_keys.active_people orders them (by name)
    )
    return account_search_key(
        str(values["name"]),
        address=_text(values.get("address")),
        city=_text(values.get("city")),
        province=_text(values.get("province")),
        phone=_text(values.get("phone")),
        fax=_text(values.get("fax")),
        people=[p.key() for p in active],
    )


class ChangePlanner:
    """Works out the rows to write for each plan from the stored rows; sets only what differs."""

    def __init__(self, current: Current, file: str = "") -> None:
        self.current = current
        self.file = file
        self.counts = Counts()
        self.changes = Changes()
        self._created_ids: set[uuid.UUID] = set()
        self.people_of: dict[int, tuple[uuid.UUID, bool]] = {}
        """``id()`` of each :class:`PersonData` planned → (the stakeholder it created or
        matched, whether it left that stakeholder's own values as they were)."""
        self._now = now_utc()
        self._made = 0

    def _stamp(self) -> datetime:
        """Creation times a microsecond apart, in the file's order (as rows written one by
        one get them); given here so that no default runs for each row of a bulk insert."""
        self._made += 1
        return self._now + timedelta(microseconds=self._made)

    def plan_all(self, plans: Sequence[Plan], progress: Progress | None = None) -> Changes:
        total = len(plans)
        for done, plan in enumerate(plans, start=1):
            self.plan(plan)
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(total + done, 2 * total)
        return self.changes

    def plan(self, plan: Plan) -> None:
        values = plan.data.values
        is_new = plan.account_id is None
        if is_new:
            account_id = plan.new_id or uuid.uuid4()
            row: Row = {
                "id": account_id,
                "name": str(values["name"]),
                "account_type": values.get("account_type") or AccountType.OTHER,
                "status": values.get("status") or AccountStatus.TARGET,
            }
            changed: Row = {}
            _set_account(row, changed, values, plan.owner_id)
            people: list[_Person] = []
            self.counts.accounts_created += 1
        else:
            assert plan.account_id is not None
            account_id = plan.account_id
            row = dict(self.current.accounts[account_id])
            changed = {}
            _set_account(row, changed, values, plan.owner_id)
            if changed:
                self.counts.accounts_updated += 1
            else:
                self.counts.accounts_unchanged += 1
            people = [_Person(dict(p)) for p in self.current.people.get(account_id, [])]
        stale = is_new or any(attr in _ACCOUNT_SEARCHED for attr in changed)
        for person in plan.data.people:
            stale |= self._plan_person(account_id, people, person)
        if is_new:
            row["search_key"] = _account_key(row, people)
            row["created_at"] = row["updated_at"] = self._stamp()
            self.changes.insert("account", row)
        elif changed:
            if stale:
                changed["search_key"] = _account_key(row, people)
            self.changes.update("account", account_id, changed)
        elif stale:
            self.changes.key_updates["account"].append((account_id, _account_key(row, people)))
        for p in people:
            self._emit_person(p)

    def _plan_person(self, account_id: uuid.UUID, people: list[_Person], data: PersonData) -> bool:
        """Create or update one stakeholder; True when the account's key went stale."""
        values = data.values
        match = find_person(people, values)
        if match is None:
            twin = same_mobile(people, values)
            given = values.get("id")
            reuse = (
                isinstance(given, uuid.UUID)
                and given not in self.current.taken_person_ids
                and given not in self._created_ids
            )
            person_id = given if reuse and isinstance(given, uuid.UUID) else uuid.uuid4()
            self._created_ids.add(person_id)
            match = _Person(
                {"id": person_id, "account_id": account_id, "name": str(values["name"])},
                is_new=True,
            )
            people.append(match)
            _set_person(match, values, frozenset())
            self.counts.people_created += 1
            self.people_of[id(data)] = (match.id, False)
            if twin is not None:
                self.counts.possible_duplicates.append(
                    PossibleDuplicate(self.file, data.rows[0], match.id, twin.id)
                )
            return True
        before = len(match.changed)
        roles_before = self.current.roles.get(match.id, frozenset())
        changed = _set_person(match, values, roles_before) or len(match.changed) > before
        if changed:
            self.counts.people_updated += 1
        else:
            self.counts.people_unchanged += 1
        self.people_of[id(data)] = (match.id, not changed)
        return match.stale

    def _emit_person(self, person: _Person) -> None:
        roles = person.changed.pop("roles", None)
        if person.is_new:
            row = dict(person.values)
            row.pop("roles", None)
            row["search_key"] = person.key()
            row["created_at"] = row["updated_at"] = self._stamp()
            self.changes.insert("stakeholder", row)
            have: frozenset[str] = frozenset()
        elif person.changed:
            if person.stale:
                person.changed["search_key"] = person.key()
            self.changes.update("stakeholder", person.id, dict(person.changed))
            have = self.current.roles.get(person.id, frozenset())
        else:
            have = self.current.roles.get(person.id, frozenset())
        if isinstance(roles, tuple):
            wanted = set(roles)
            for role in sorted(have - wanted, key=_role_order):
                self.changes.role_deletes.append((person.id, role))
            for role in sorted(wanted - have, key=_role_order):
                self.changes.insert(
                    "stakeholder_role",
                    {"stakeholder_id": person.id, "role": role, "created_at": self._now},
                )


def _role_order(role: str) -> int:
    return _ROLE_ORDER.get(BuyingRole(role), 0)


def _set_account(
    row: Row, changed: Row, values: Mapping[str, object], owner_id: uuid.UUID | None
) -> None:
    for attr, value in values.items():
        if attr in ("id", "owner", "notes", PHONE_NOTES):
            continue
        if attr == "city" and row.get("city") and norm_city(row["city"]) == norm_city(value):
            continue  # 北京 and 北京市 are the same city: no churn
        if row.get(attr) != value:
            row[attr] = changed[attr] = value
    given = "owner" in values or (row.get("owner_id") is None and owner_id is not None)
    if given and row.get("owner_id") != owner_id:
        row["owner_id"] = changed["owner_id"] = owner_id
    notes = with_phone_notes(_text(row.get("notes")), values)
    if notes != row.get("notes"):
        row["notes"] = changed["notes"] = notes


def _set_person(person: _Person, values: Mapping[str, object], roles: frozenset[str]) -> bool:
    """Set what differs; True when the roles changed (kept in ``changed["roles"]``)."""
    roles_changed = False
    for attr, value in values.items():
        if attr in ("id", "notes", PHONE_NOTES):
            continue
        if attr == "roles":
            assert isinstance(value, tuple)
            if set(value) != set(roles):
                person.changed["roles"] = value
                roles_changed = True
            continue
        if person.values.get(attr) != value:
            person.set(attr, value)
            if attr in _PERSON_SEARCHED:
                person.stale = True
    notes = with_phone_notes(_text(person.values.get("notes")), values)
    if notes != person.values.get("notes"):
        person.set("notes", notes)
    return roles_changed
