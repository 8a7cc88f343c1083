"""Why a row of the account list matched: what to highlight in its name, and what else.

Computed for the rows on screen only (a page at a time). A match on a person names the
person (their name only: never anything of their personal profile) so the user sees
why an account with an unrelated name is in the list.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select

from fieldvisit.domain.search_match import MatchedBy, NameMatch, match_name
from fieldvisit.domain.search_text import digits, stakeholder_key
from fieldvisit.services.accounts.activity import raw_id
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Stakeholder

if TYPE_CHECKING:
    from fieldvisit.services.accounts.account_index import AccountIndex


class Via(StrEnum):
    """Where the terms the name does not hold were found."""

    CITY = "city"
    PHONE = "phone"
    ADDRESS = "address"
    """The address, province or fax: fields the list does not show."""
    PERSON = "person"


@dataclass(frozen=True, slots=True)
class MatchNote:
    spans: tuple[tuple[int, int], ...] = ()
    """Parts of the name to highlight: (start, end) character positions."""
    by: MatchedBy = MatchedBy.TEXT
    """How the highlighted part matched: as typed, by pinyin or by initials."""
    via: Via | None = None
    """None when the name holds every term."""
    person: str | None = None
    """The name of the stakeholder found, when ``via`` is PERSON."""


def explain(
    db: Database, index: AccountIndex, positions: Sequence[int], terms: Sequence[str]
) -> dict[int, MatchNote]:
    """A note for each position of the index (the rows on screen), for ``terms``."""
    notes: dict[int, MatchNote] = {}
    wanted: dict[str, list[str]] = {}
    for i in positions:
        name = index.names[i]
        whole = match_name(name, terms)
        if whole is not None:
            notes[i] = MatchNote(whole.spans, whole.by)
            continue
        found = [(t, match_name(name, [t])) for t in terms]
        spans = tuple(s for _t, m in found if m is not None for s in m.spans)
        by = _weakest([m for _t, m in found if m is not None])
        left = [t for t, m in found if m is None]
        head, own = index.heads[i], index.owns[i]
        if all(t in head or t in own for t in left):
            notes[i] = MatchNote(spans, by, _field(index, i, left))
        else:
            notes[i] = MatchNote(spans, by, Via.PERSON)
            wanted[index.ids[i]] = left
    if wanted:
        people = _people(db, list(wanted))
        for i in positions:
            if index.ids[i] not in wanted:
                continue
            rest = wanted[index.ids[i]]
            person = next(
                (n for n, k in people.get(index.ids[i], []) if all(t in k for t in rest)), None
            )
            note = notes[i]
            notes[i] = MatchNote(note.spans, note.by, Via.PERSON, person)
    return notes


def _weakest(matches: list[NameMatch]) -> MatchedBy:
    kinds = {m.by for m in matches}
    for by in (MatchedBy.INITIALS, MatchedBy.PINYIN):
        if by in kinds:
            return by
    return MatchedBy.TEXT


def _field(index: AccountIndex, i: int, terms: list[str]) -> Via:
    # The city's pinyin as the highlight reads it: pypinyin itself is not loaded for it.
    city = index.cities[i]
    phone = digits(index.phones[i])
    if city and match_name(city, terms) is not None:
        return Via.CITY
    if phone and all(t in phone for t in terms):
        return Via.PHONE
    return Via.ADDRESS


def _people(db: Database, raw_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Name and search key of the active stakeholders of each account (by raw id)."""
    s = Stakeholder
    ids = [uuid.UUID(hex=r) for r in raw_ids]
    out: dict[str, list[tuple[str, str]]] = {}
    with db.read_scope() as session:
        rows = session.execute(
            select(s.account_id, s.name, s.search_key, s.mobile, s.office_phone)
            .where(s.account_id.in_(ids), s.deleted_at.is_(None), s.ended_on.is_(None))
            .order_by(s.name)
        )
        for account_id, name, key, mobile, office in rows:
            found = key or stakeholder_key(name, (mobile, office))
            out.setdefault(raw_id(account_id), []).append((name, found))
    return out
