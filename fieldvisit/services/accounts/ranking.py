"""The order of search results: the account the user means first.

1. the exact name (as characters, full pinyin or initials);
2. names starting with what was typed (characters, pinyin or initials);
3. the user's own accounts (owner == the current user) matching on their own fields;
4. other accounts whose name holds what was typed;
5. other accounts matching on their own fields (address, city, phone);
6. accounts found only through one of their people (stakeholders), own ones first.

Within each group the list's order (its sort column) stands, and in groups 1, 2 and 4
own accounts come first.

Matching and grouping are one pass: each account's key is held in three parts (its
name forms, its other own fields, its people), and a term is looked for in the name
first, in the rest only when the name lacks it. The pass gives every match a group
code; the groups are then split out at C speed (``bytes.translate`` and ``compress``).
One- and two-letter queries match nearly every account, so the passes over all of
them are what a keystroke costs (measured with bench/bench_search.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from typing import TYPE_CHECKING

from fieldvisit.domain.search_text import NAME_MARK, normalise

if TYPE_CHECKING:
    from fieldvisit.services.accounts.account_index import AccountIndex

PREFIX, NAME, OWN, PEOPLE = 1, 2, 3, 4
"""Group codes: a name form starts with the first term; the name holds every term; the
account's own fields hold every term; a term only in its people. 0: no match."""


def _only(code: int) -> bytes:
    return bytes(1 if n == code else 0 for n in range(256))


_ONLY = {code: _only(code) for code in (PREFIX, NAME, OWN, PEOPLE)}
_FLIP = bytes([1]) + bytes(255)
"""Translates a 0/1 mask to its complement."""


FEW = 2
"""Fewer candidates than one in this many accounts are looked up one by one (in list
order); more, and every key is scanned in memory order (:func:`scan`)."""


def scan(
    index: AccountIndex, terms: Sequence[str], candidates: bytes | None, bounded: bool = False
) -> bytes:
    """Each position's group code for ``terms`` (0: no match), over the whole index.

    ``candidates``: nonzero at the positions to look at (None: all of them). The keys are
    read in memory order, which for 100,000 accounts runs about twice as fast as in the
    order of another sort column. ``bounded``: ``candidates`` are the group codes of one
    term the single term of ``terms`` holds (typing on): a longer term is found no earlier
    in the key than the shorter one, so an account found by its people is looked for there
    only (what typing a phone number on after its first digit mostly meets).
    """
    heads, owns, people = index.heads, index.owns, index.people
    first = terms[0]
    mark = NAME_MARK + first
    if candidates is None:
        codes = bytes(
            [
                (PREFIX if mark in h else NAME)
                if first in h
                else OWN
                if first in o
                else PEOPLE
                if first in p
                else 0
                for h, o, p in zip(heads, owns, people, strict=True)
            ]
        )
    elif bounded and len(terms) == 1:
        codes = bytes(
            [
                0
                if not c
                else (PREFIX if mark in h else NAME)
                if c <= NAME and first in h
                else OWN
                if c <= OWN and first in o
                else PEOPLE
                if first in p
                else 0
                for c, h, o, p in zip(candidates, heads, owns, people, strict=True)
            ]
        )
    else:
        codes = bytes(
            [
                0
                if not c
                else (PREFIX if mark in h else NAME)
                if first in h
                else OWN
                if first in o
                else PEOPLE
                if first in p
                else 0
                for c, h, o, p in zip(candidates, heads, owns, people, strict=True)
            ]
        )
    for term in terms[1:]:  # a later term can only lower an account's group
        codes = bytes(
            [
                0
                if not c
                else c
                if term in h
                else (c if c == PREFIX else max(c, OWN))
                if term in o
                else (c if c == PREFIX else PEOPLE)
                if term in p
                else 0
                for c, h, o, p in zip(codes, heads, owns, people, strict=True)
            ]
        )
    return codes


def match(
    index: AccountIndex, order: Sequence[int], terms: Sequence[str]
) -> tuple[list[int], bytes]:
    """The positions of ``order`` holding every term (in order) and their group codes."""
    heads, owns, people = index.heads, index.owns, index.people
    first = terms[0]
    mark = NAME_MARK + first
    found = bytes(
        [
            (PREFIX if mark in h else NAME)
            if first in (h := heads[i])
            else OWN
            if first in owns[i]
            else PEOPLE
            if first in people[i]
            else 0
            for i in order
        ]
    )
    matched = list(compress(order, found))
    codes = found.translate(None, b"\0")
    for term in terms[1:]:
        more = bytes(
            [
                NAME
                if term in heads[i]
                else OWN
                if term in owns[i]
                else PEOPLE
                if term in people[i]
                else 0
                for i in matched
            ]
        )
        kept = list(compress(codes, more))
        matched = list(compress(matched, more))
        codes = bytes(
            [
                a if a == PREFIX else max(a, b)
                for a, b in zip(kept, more.translate(None, b"\0"), strict=True)
            ]
        )
    return matched, codes


def rank(index: AccountIndex, order: list[int], codes: bytes, terms: Sequence[str]) -> list[int]:
    """``order`` (positions matching every term, in list order, with their group codes
    from :func:`match`) regrouped as above."""
    if not order:
        return order
    heads, mine = index.heads, index.mine()

    def group(code: int) -> list[int]:
        return list(compress(order, codes.translate(_ONLY[code])))

    prefix = group(PREFIX)
    joined = NAME_MARK + "".join(terms)
    # A name form is exactly ``joined`` (marks only ever start a form).
    spaced = joined + " "
    exact_mask = [h.endswith(joined) or spaced in h for h in map(heads.__getitem__, prefix)]
    if len(terms) > 1:  # a name of several words typed word by word
        names, typed = index.names, " ".join(terms)
        exact_mask = [
            e or normalise(names[i]) == typed for e, i in zip(exact_mask, prefix, strict=True)
        ]
    exact = list(compress(prefix, exact_mask))
    prefix = list(compress(prefix, [not e for e in exact_mask]))
    by_name, by_field, people = group(NAME), group(OWN), group(PEOPLE)

    if mine is not None:  # the user's own accounts (by name, then by other fields) first
        name_mine = bytes(map(mine.__getitem__, by_name))
        field_mine = bytes(map(mine.__getitem__, by_field))
        own = [*compress(by_name, name_mine), *compress(by_field, field_mine)]
        by_name = list(compress(by_name, name_mine.translate(_FLIP)))
        by_field = list(compress(by_field, field_mine.translate(_FLIP)))
    else:
        own = []

    return [
        *_own_first(exact, mine),
        *_own_first(prefix, mine),
        *own,
        *by_name,
        *by_field,
        *_own_first(people, mine),
    ]


def _own_first(positions: list[int], mine: bytes | None) -> list[int]:
    if mine is None or not positions:
        return positions
    flags = bytes(map(mine.__getitem__, positions))
    return [*compress(positions, flags), *compress(positions, flags.translate(_FLIP))]
