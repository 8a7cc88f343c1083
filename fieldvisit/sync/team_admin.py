"""Team set-up from a laptop: the ``/v1/team/…`` calls of the sync service, with this
laptop's device token, for the window of an administrator or a manager (no Qt).

The server decides who may do what and says so with a code; the refusal is worded here in
the user's language (the server's own text is in the administrator's).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx

from fieldvisit.domain.enums import MemberRole, PhonePeriod, SubTier
from fieldvisit.domain.frequency import FrequencyRule
from fieldvisit.i18n import message
from fieldvisit.storage.database import Database
from fieldvisit.sync import protocol as p
from fieldvisit.sync.client import Session, _refusal
from fieldvisit.sync.device import SyncSetupError


class TeamSetupError(SyncSetupError):
    title = "Team set-up"


@dataclass(frozen=True, slots=True)
class Person:
    id: uuid.UUID
    name: str
    role: MemberRole
    manager_id: uuid.UUID | None
    manager_name: str | None
    accounts: int
    devices: int


@dataclass(frozen=True, slots=True)
class TeamView:
    people: tuple[Person, ...]
    may_people: bool
    """People, roles and reporting lines (administrators)."""
    may_territory: bool
    may_policy: bool
    me: uuid.UUID

    def reps(self) -> list[Person]:
        return [m for m in self.people if m.role is MemberRole.REP]

    def managers(self) -> list[Person]:
        return [m for m in self.people if m.role is MemberRole.MANAGER]


@dataclass(frozen=True, slots=True)
class AccountEntry:
    id: uuid.UUID
    name: str
    city: str | None
    owner_name: str | None


@dataclass(frozen=True, slots=True)
class PolicyEntry:
    name: str
    effective_from: date
    rules: tuple[FrequencyRule, ...]


@dataclass(frozen=True, slots=True)
class PolicyView:
    versions: tuple[PolicyEntry, ...]
    may_edit: bool


def _uuid(value: object) -> uuid.UUID | None:
    return uuid.UUID(str(value)) if value else None


class TeamAdmin:
    """One laptop's team set-up calls; close() when done (or use as a context manager)."""

    def __init__(self, db: Database, transport: httpx.BaseTransport | None = None) -> None:
        self._session = Session(db, transport)
        self.http = self._session.http

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> TeamAdmin:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- reading --------------------------------------------------------------------

    def team(self) -> TeamView:
        data = self._call("GET", "/members")
        may = data.get("may", {})
        return TeamView(
            people=tuple(
                Person(
                    id=uuid.UUID(m["id"]),
                    name=str(m["name"]),
                    role=MemberRole(m["role"]),
                    manager_id=_uuid(m.get("manager_id")),
                    manager_name=m.get("manager_name"),
                    accounts=int(m.get("accounts", 0)),
                    devices=int(m.get("devices", 0)),
                )
                for m in data.get("members", [])
            ),
            may_people=bool(may.get("people")),
            may_territory=bool(may.get("territory")),
            may_policy=bool(may.get("policy")),
            me=uuid.UUID(data["me"]["id"]),
        )

    def accounts(self, query: str = "") -> list[AccountEntry]:
        data = self._call("GET", "/accounts", params={"q": query})
        return [
            AccountEntry(uuid.UUID(a["id"]), str(a["name"]), a.get("city"), a.get("owner_name"))
            for a in data.get("accounts", [])
        ]

    def policy(self) -> PolicyView:
        data = self._call("GET", "/policy")
        return PolicyView(
            versions=tuple(
                PolicyEntry(
                    str(v["name"]),
                    date.fromisoformat(v["effective_from"]),
                    tuple(
                        FrequencyRule(
                            SubTier(r["sub_tier"]),
                            int(r["phone_contacts"]),
                            PhonePeriod(r["phone_period"]),
                            r.get("visits_per_month"),
                        )
                        for r in v.get("rules", [])
                    ),
                )
                for v in data.get("versions", [])
            ),
            may_edit=bool(data.get("may_edit")),
        )

    # --- changing -------------------------------------------------------------------

    def add_person(self, name: str, role: MemberRole, manager: uuid.UUID | None) -> str:
        """Add someone to the team; their one-time enrolment code (shown once)."""
        body: dict[str, Any] = {"name": name, "role": role.value}
        if manager is not None:
            body["manager"] = str(manager)
        return str(self._call("POST", "/members", body)["code"])

    def new_code(self, person: uuid.UUID) -> str:
        return str(self._call("POST", f"/members/{person}/code", {})["code"])

    def move(self, person: uuid.UUID, manager: uuid.UUID) -> None:
        self._call("POST", f"/members/{person}/manager", {"manager": str(manager)})

    def set_role(self, person: uuid.UUID, role: MemberRole, manager: uuid.UUID | None) -> None:
        body: dict[str, Any] = {"role": role.value}
        if manager is not None:
            body["manager"] = str(manager)
        self._call("POST", f"/members/{person}/role", body)

    def assign(self, accounts: list[uuid.UUID], to: uuid.UUID) -> int:
        body = {"accounts": [str(a) for a in accounts], "to": str(to)}
        return int(self._call("POST", "/territory", body)["moved"])

    def save_policy(
        self, name: str, effective_from: date, rules: tuple[FrequencyRule, ...]
    ) -> None:
        body = {
            "name": name,
            "effective_from": effective_from.isoformat(),
            "rules": [
                {
                    "sub_tier": r.sub_tier.value,
                    "phone_contacts": r.phone_contacts,
                    "phone_period": r.phone_period.value,
                    "visits_per_month": r.visits_per_month,
                }
                for r in rules
            ],
        }
        self._call("POST", "/policy", body)

    # --- http -----------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        params: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        try:
            response = self.http.request(
                method, f"{p.API_PREFIX}/team{path}", json=body, params=params
            )
        except httpx.HTTPError as exc:
            raise TeamSetupError(
                message(
                    "The team server cannot be reached ({reason}); nothing was changed. "
                    "Try again when this laptop is online.",
                    reason=type(exc).__name__,
                ),
                "unreachable",
            ) from exc
        try:
            data: dict[str, Any] = response.json()
        except ValueError as exc:
            raise TeamSetupError(
                message("The team server's answer could not be read."), "unreadable"
            ) from exc
        if response.status_code != 200:
            code = str(data.get("error", ""))
            raise TeamSetupError(refusal(data, response.status_code), code)
        return data


def refusal(data: dict[str, Any], status: int) -> str:
    """The server's refusal of a team set-up request, in the user's language."""
    code = str(data.get("error", ""))
    field = str(data.get("field", ""))
    if code == p.FORBIDDEN:
        return message(
            "The team server does not let your role do this. Ask your administrator.",
        )
    if code == p.OUTSIDE_TEAM:
        return message(
            "Accounts move only between the reps of your own team; ask your administrator "
            "for other changes.",
        )
    if code == p.NOT_FOUND:
        return message(
            "The server no longer has this person or account (changed meanwhile?). "
            "Refresh the page and try again.",
        )
    if code == p.INVALID:
        return _invalid(field)
    return _refusal(data, status)


def _invalid(field: str) -> str:
    if field == "name":
        return message(
            "Name: enter a name that nobody in the team has yet.",
        )
    if field == "manager":
        return message(
            "Manager: a rep needs a manager, and the one chosen must be a manager.",
        )
    if field == "to":
        return message(
            "Accounts can only be handed to a rep.",
        )
    if field == "reps":
        return message(
            "Reps still report to this manager; give them another manager first.",
        )
    if field == "accounts":
        return message(
            "This person still holds accounts; hand them to a rep first.",
        )
    if field == "effective_from":
        return message(
            "Effective from: a version already starts on that day; choose another day.",
        )
    return message(
        "The team server did not accept these values ({field}); check them and try again.",
        field=field or "?",
    )
