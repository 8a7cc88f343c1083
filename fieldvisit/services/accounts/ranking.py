"""The order of search results: the account the user means first.

1. the exact name (as characters, full pinyin or initials);
2. names starting with what was typed (characters, pinyin or initials);
3. the user's own accounts (owner == the current user) matching on their own fields;
4. other accounts whose name holds what was typed;
5. other accounts matching on their own fields (address, city, phone);
6. accounts found only through one of their people (stakeholders), own ones first.

Within each group the list's order (its sort column) stands, and in groups 1, 2 and 4
own accounts come first. Every step is one pass over the matching positions with C-level
string tests, so 100,000 matches rank in a few tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from operator import not_
from typing import TYPE_CHECKING

from fieldvisit.domain.search_text import NAME_MARK, normalise

if TYPE_CHECKING:
    from fieldvisit.services.accounts.account_index import AccountIndex


def rank(index: AccountIndex, order: list[int], terms: Sequence[str]) -> list[int]:
    """``order`` (positions matching every term, in list order) regrouped as above."""
    if not order:
        return order
    heads, keys, ends = index.heads, index.keys, index.own_ends
    owners, me = index.owners, index.me

    mark = NAME_MARK + terms[0]
    starts = [mark in heads[i] for i in order]
    prefix = list(compress(order, starts))
    rest = list(compress(order, map(not_, starts)))

    joined = NAME_MARK + "".join(terms)
    exact_mask = [_is_exact(heads[i], joined) for i in prefix]
    if len(terms) > 1:  # a name of several words typed word by word
        names, typed = index.names, " ".join(terms)
        exact_mask = [
            e or normalise(names[i]) == typed for e, i in zip(exact_mask, prefix, strict=True)
        ]
    exact = list(compress(prefix, exact_mask))
    prefix = list(compress(prefix, map(not_, exact_mask)))

    # The name first: its forms are short (the head of the key). Only what the name does
    # not hold is looked for in the rest of the account's own part (a bounded find).
    if len(terms) == 1:
        term = terms[0]
        in_name = [term in heads[i] for i in rest]
    else:
        in_name = [all(t in heads[i] for t in terms) for i in rest]
    by_name = list(compress(rest, in_name))
    rest = list(compress(rest, map(not_, in_name)))
    if len(terms) == 1:
        own_part = [keys[i].find(term, 0, ends[i]) >= 0 for i in rest]
    else:
        own_part = [all(keys[i].find(t, 0, ends[i]) >= 0 for t in terms) for i in rest]
    by_field = list(compress(rest, own_part))
    people = list(compress(rest, map(not_, own_part)))

    if me:  # the user's own accounts (by name, then by other fields) before the others'
        name_mine = [owners[i] == me for i in by_name]
        field_mine = [owners[i] == me for i in by_field]
        own = [*compress(by_name, name_mine), *compress(by_field, field_mine)]
        by_name = list(compress(by_name, map(not_, name_mine)))
        by_field = list(compress(by_field, map(not_, field_mine)))
    else:
        own = []

    return [
        *_own_first(exact, owners, me),
        *_own_first(prefix, owners, me),
        *own,
        *by_name,
        *by_field,
        *_own_first(people, owners, me),
    ]


def _own_first(positions: list[int], owners: Sequence[str | None], me: str | None) -> list[int]:
    if not me or not positions:
        return positions
    mine = [owners[i] == me for i in positions]
    return [*compress(positions, mine), *compress(positions, map(not_, mine))]


def _is_exact(head: str, joined: str) -> bool:
    """Whether one of the name forms in ``head`` is ``joined`` (all terms run together)."""
    return (
        head == joined
        or head.startswith(joined + " ")
        or head.endswith(" " + joined)
        or f" {joined} " in head
    )
