"""Which existing account each of the file's accounts is, and who owns it."""

from __future__ import annotations

import difflib
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.import_export.fields import by_key
from fieldvisit.services.import_export.messages import say
from fieldvisit.services.import_export.rows import AccountData, ImportIssue, norm_city, norm_text
from fieldvisit.services.import_export.writer import Plan
from fieldvisit.services.team import current_member
from fieldvisit.storage.models import Account, TeamMember


def _issue(file: str, group: AccountData, key: str, reason: str) -> ImportIssue:
    return ImportIssue(file, group.rows[0], by_key()[key].en, reason)


@dataclass(frozen=True, slots=True)
class Known:
    """What matching reads of the database: every account's name and city, the team.

    Read once before the write transaction and again inside it: when both readings are
    equal, the plan made from the first still holds.
    """

    accounts: tuple[tuple[uuid.UUID, str, str | None, bool], ...]
    """(id, name, city, in the trash)."""
    members: tuple[tuple[uuid.UUID, str], ...]
    importer: uuid.UUID | None = None
    """The rep using this laptop: owner of new accounts the file gives no owner (a rep's
    accounts are theirs; on a team laptop an account without an owner is nobody's scope)."""


def load_known(session: Session) -> Known:
    accounts = session.execute(
        select(Account.id, Account.name, Account.city, Account.deleted_at.is_not(None))
    )
    members = session.execute(
        select(TeamMember.id, TeamMember.name).where(TeamMember.deleted_at.is_(None))
    )
    me = current_member(session)
    return Known(
        tuple((i, n, c, bool(d)) for i, n, c, d in accounts),
        tuple((i, n) for i, n in members),
        me.id if me is not None and me.role is MemberRole.REP else None,
    )


def resolve(
    known: Known, groups: Sequence[AccountData], file: str, lang: str = "en"
) -> tuple[list[Plan], list[ImportIssue]]:
    """Which existing account each group updates, and its owner; the problems found."""
    live: set[uuid.UUID] = set()
    trashed: set[uuid.UUID] = set()
    by_name: dict[str, list[tuple[uuid.UUID, str]]] = defaultdict(list)
    for account_id, name, city, in_trash in known.accounts:
        if in_trash:
            trashed.add(account_id)
            continue
        live.add(account_id)
        by_name[norm_text(name)].append((account_id, norm_city(city)))
    members: dict[str, list[uuid.UUID]] = defaultdict(list)
    member_names: list[str] = []
    for member_id, name in known.members:
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
                        by_key()["account.name"].en,
                        say(
                            lang,
                            "Same account as row {row}; put its rows together under "
                            "one name and city.",
                            row=used[target],
                        ),
                    )
                )
            used.setdefault(target, group.rows[0])
        owner_id = None
        owner = values.get("owner")
        if isinstance(owner, str):
            owner_id = _match_owner(file, group, owner, members, member_names, issues, lang)
        elif target is None:
            owner_id = known.importer
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
        where = say(lang, " in {c}", c=city) if city else ""
        issues.append(
            _issue(
                file,
                group,
                "account.name",
                say(
                    lang,
                    "{n} accounts are called {name}{where}. Add the City or the Account ID "
                    "column (export the list to get the IDs) to say which.",
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
            n=len(found),
            owner=owner,
        )
    else:
        close = difflib.get_close_matches(owner, names, n=3, cutoff=0.5)
        hint = (
            say(lang, " Did you mean {names}?", names=", ".join(close))
            if close
            else say(lang, " Add them to the team first.")
        )
        reason = say(
            lang,
            "No team member is called {owner}.{hint}",
            owner=owner,
            hint=hint,
        )
    issues.append(_issue(file, group, "account.owner", reason))
    return None
