"""One stakeholder of an import: found by who they are, then only what differs written.

Shared by the sheet and the vCard importers. A person is found by ID, else by name
within the account; a mobile never identifies anyone (assistants and departments share
phones): a new name with a known mobile is a new person, reported as a possible duplicate.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TypeVar

from fieldvisit.domain.enums import BuyingRole
from fieldvisit.domain.fields import stakeholder as stakeholder_fields
from fieldvisit.domain.fields.spec import FieldSpec
from fieldvisit.services.import_export.phones import PHONE_NOTES, add_note
from fieldvisit.services.import_export.rows import digits, norm_text
from fieldvisit.storage.models import Stakeholder, StakeholderRole


class Person(Protocol):
    """What finding a person reads: a stored stakeholder or the bulk writer's row of one."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def name(self) -> str: ...

    @property
    def mobile(self) -> str | None: ...


P = TypeVar("P", bound=Person)


def _searched(specs: tuple[FieldSpec, ...]) -> frozenset[str]:
    """The attributes a search key is built from: changing one makes the key stale."""
    return frozenset(s.attr for s in specs if s.searched)


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


def find_person(people: Iterable[P], values: Mapping[str, object]) -> P | None:
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


def same_mobile(people: Iterable[P], values: Mapping[str, object]) -> P | None:
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
            if attr in _searched(stakeholder_fields.STAKEHOLDER_FIELDS):
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
