"""Matching the file's accounts to the database, then writing only what differs."""

from __future__ import annotations

import difflib
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import AccountStatus, AccountType, BuyingRole
from fieldvisit.services.import_export.fields import BY_KEY
from fieldvisit.services.import_export.messages import say
from fieldvisit.services.import_export.phones import PHONE_NOTES, add_note
from fieldvisit.services.import_export.rows import (
    AccountData,
    ImportIssue,
    PersonData,
    digits,
    norm_city,
    norm_text,
)
from fieldvisit.storage.models import Account, Stakeholder, StakeholderRole, TeamMember

CHUNK = 500
ACCOUNT_SEARCH_ATTRS = frozenset({"name", "address", "city", "phone"})
PERSON_SEARCH_ATTRS = frozenset({"name", "mobile", "office_phone"})


@dataclass(slots=True)
class Counts:
    accounts_created: int = 0
    accounts_updated: int = 0
    accounts_unchanged: int = 0
    people_created: int = 0
    people_updated: int = 0
    people_unchanged: int = 0
    possible_duplicates: list[PossibleDuplicate] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    """A person created beside one who has the same mobile under another name.

    They stay two people (never a rename); the merge dialog can offer to join them.
    Only IDs and the file's row are kept: no names or numbers in summaries or logs.
    """

    file: str
    row: int
    created_id: uuid.UUID
    existing_id: uuid.UUID

    def __str__(self) -> str:
        return f"{self.file}:{self.row}: possible duplicate of stakeholder {self.existing_id}"


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


def _issue(file: str, group: AccountData, key: str, reason: str) -> ImportIssue:
    return ImportIssue(file, group.rows[0], BY_KEY[key].en, reason)


def resolve(
    session: Session, groups: Sequence[AccountData], file: str, lang: str = "en"
) -> tuple[list[Plan], list[ImportIssue]]:
    """Which existing account each group updates, and its owner; the problems found."""
    live: set[uuid.UUID] = set()
    trashed: set[uuid.UUID] = set()
    by_name: dict[str, list[tuple[uuid.UUID, str]]] = defaultdict(list)
    query = select(Account.id, Account.name, Account.city, Account.deleted_at)
    for account_id, name, city, deleted_at in session.execute(query):
        if deleted_at is not None:
            trashed.add(account_id)
            continue
        live.add(account_id)
        by_name[norm_text(name)].append((account_id, norm_city(city)))
    members: dict[str, list[uuid.UUID]] = defaultdict(list)
    member_names: list[str] = []
    for member_id, name in session.execute(
        select(TeamMember.id, TeamMember.name).where(TeamMember.deleted_at.is_(None))
    ):
        members[norm_text(name)].append(member_id)
        member_names.append(name)

    plans: list[Plan] = []
    issues: list[ImportIssue] = []
    used: dict[uuid.UUID, int] = {}
    for group in groups:
        values = group.values
        found = len(issues)
        target: uuid.UUID | None = None
        new_id: uuid.UUID | None = None
        given = values.get("id")
        if isinstance(given, uuid.UUID):
            if given in live:
                target = given
            elif given in trashed:
                issues.append(
                    _issue(
                        file,
                        group,
                        "account.id",
                        say(
                            lang,
                            "This account is in the trash. Restore it first, or clear the ID "
                            "cell to create a new account.",
                            "该客户在回收站中。请先恢复，或清空编号单元格以新建客户。",
                        ),
                    )
                )
            else:
                new_id = given
        account_name = values.get("name")
        if target is None and len(issues) == found:
            if account_name is None:
                issues.append(
                    _issue(
                        file,
                        group,
                        "account.id",
                        say(
                            lang,
                            "No account has this ID and no name is given.",
                            "没有这个编号的客户，也没有填写名称。",
                        ),
                    )
                )
            else:
                candidates = by_name[norm_text(account_name)]
                target = _match_name(file, group, candidates, values.get("city"), issues, lang)
        if target is not None:
            if target in used:
                issues.append(
                    ImportIssue(
                        file,
                        group.rows[0],
                        BY_KEY["account.name"].en,
                        say(
                            lang,
                            "Same account as row {row}; put its rows together under "
                            "one name and city.",
                            "与第 {row} 行是同一客户，请用同一名称和城市把这些行放在一起。",
                            row=used[target],
                        ),
                    )
                )
            used.setdefault(target, group.rows[0])
        owner_id = None
        owner = values.get("owner")
        if isinstance(owner, str):
            owner_id = _match_owner(file, group, owner, members, member_names, issues, lang)
        if len(issues) == found:
            plans.append(Plan(group, target, new_id, owner_id))
    return plans, issues


def _match_name(
    file: str,
    group: AccountData,
    candidates: list[tuple[uuid.UUID, str]],
    city: object,
    issues: list[ImportIssue],
    lang: str = "en",
) -> uuid.UUID | None:
    if city is not None:
        wanted = norm_city(city)
        exact = [c for c in candidates if c[1] == wanted]
        matches = exact or [c for c in candidates if not c[1]]
    else:
        matches = candidates
    if len(matches) == 1:
        return matches[0][0]
    if len(matches) > 1:
        where = say(lang, " in {c}", "（{c}）", c=city) if city else ""
        issues.append(
            _issue(
                file,
                group,
                "account.name",
                say(
                    lang,
                    "{n} accounts are called {name}{where}. Add the City or the Account ID "
                    "column (export the list to get the IDs) to say which.",
                    "有 {n} 个客户叫“{name}”{where}。请加上城市或客户编号列（导出列表可得到编号）"
                    "以区分。",
                    n=len(matches),
                    name=group.values["name"],
                    where=where,
                ),
            )
        )
    return None


def _match_owner(
    file: str,
    group: AccountData,
    owner: str,
    members: dict[str, list[uuid.UUID]],
    names: list[str],
    issues: list[ImportIssue],
    lang: str = "en",
) -> uuid.UUID | None:
    found = members.get(norm_text(owner), [])
    if len(found) == 1:
        return found[0]
    if found:
        reason = say(
            lang,
            "{n} team members are called {owner}; rename one to tell them apart.",
            "团队中有 {n} 人叫“{owner}”，请改名以便区分。",
            n=len(found),
            owner=owner,
        )
    else:
        close = difflib.get_close_matches(owner, names, n=3, cutoff=0.5)
        hint = (
            say(lang, " Did you mean {names}?", "您是不是要找：{names}？", names=", ".join(close))
            if close
            else say(lang, " Add them to the team first.", "请先把此人加入团队。")
        )
        reason = say(
            lang,
            "No team member is called {owner}.{hint}",
            "团队中没有“{owner}”。{hint}",
            owner=owner,
            hint=hint,
        )
    issues.append(_issue(file, group, "account.owner", reason))
    return None


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
                if attr in ACCOUNT_SEARCH_ATTRS:
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


def find_person(people: Iterable[Stakeholder], values: Mapping[str, object]) -> Stakeholder | None:
    """The account's person these values describe: by ID, else by name; never by phone alone.

    A mobile shared by two names (an assistant's phone, a department's handset) says
    nothing about who someone is; it only tells apart two people of one name.
    """
    given = values.get("id")
    name = norm_text(values.get("name")) if values.get("name") else None
    mobile = digits(values.get("mobile")) if values.get("mobile") else None
    candidates = list(people)
    if given is not None:
        for person in candidates:
            if person.id == given:
                return person
    if name is not None:
        same = [p for p in candidates if norm_text(p.name) == name]
        if len(same) > 1 and mobile:
            same = [p for p in same if digits(p.mobile) == mobile] or same
        if same:
            return same[0]
    return None


def same_mobile(people: Iterable[Stakeholder], values: Mapping[str, object]) -> Stakeholder | None:
    """Someone else of the account with the mobile of ``values``: a possible duplicate."""
    mobile = digits(values.get("mobile")) if values.get("mobile") else ""
    if len(mobile) < 7:
        return None
    return next((p for p in people if p.mobile and digits(p.mobile) == mobile), None)


def set_person(person: Stakeholder, values: Mapping[str, object]) -> tuple[bool, bool]:
    changed = stale = False
    for attr, value in values.items():
        if attr in ("id", "notes", PHONE_NOTES):
            continue
        if attr == "roles":
            changed |= _set_roles(person, value)
            continue
        if getattr(person, attr, None) != value:
            setattr(person, attr, value)
            changed = True
            if attr in PERSON_SEARCH_ATTRS:
                person.search_key = None
                stale = True
    notes = with_phone_notes(person.notes, values)
    if notes != person.notes:
        person.notes = notes
        changed = True
    return changed, stale


def with_phone_notes(notes: str | None, values: Mapping[str, object]) -> str | None:
    """The notes ``values`` give (else ``notes``), with each line of the phone cells'
    remarks added once: importing the same file again changes nothing."""
    given = values.get("notes")
    if isinstance(given, str):
        notes = given
    extra = values.get(PHONE_NOTES)
    if isinstance(extra, str):
        for line in extra.split("\n"):
            notes = add_note(notes, line)
    return notes


def _set_roles(person: Stakeholder, value: object) -> bool:
    assert isinstance(value, tuple)
    wanted: set[StrEnum] = set(value)
    have = {r.role for r in person.roles}
    if have == wanted:
        return False
    person.roles[:] = [r for r in person.roles if r.role in wanted]
    for role in sorted(wanted - have, key=lambda r: list(BuyingRole).index(BuyingRole(r))):
        person.roles.append(StakeholderRole(role=role))
    return True
