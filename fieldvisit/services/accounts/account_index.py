"""An in-memory index of every account, for a list that answers each keystroke at once.

Scanning 50,000 wide account rows with ``LIKE`` costs SQLite 30–60 ms per keystroke
(measured with bench/bench_search.py); scanning the same search keys held in memory
costs a few milliseconds. The index is read in one query (about 0.2 s for 50,000
accounts), kept by the caller until the data changes, and answers any
:class:`~.listing.AccountQuery` with the positions of the matching accounts in list
order; rows for the visible page are then read from the database.
"""

from __future__ import annotations

import sys
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, tzinfo
from enum import StrEnum
from itertools import compress
from operator import itemgetter
from typing import Any

from sqlalchemy import String, select, type_coerce

from fieldvisit import clock
from fieldvisit.domain.enums import AccountStatus, AccountType, KeyAccountLevel, SubTier, Tier
from fieldvisit.domain.frequency import FrequencyRule, overdue, rule_for
from fieldvisit.domain.search_text import account_key, name_head, own_part_end, query_terms
from fieldvisit.services.accounts.activity import (
    Activity,
    load_activity,
    raw_id,
    rules_in_force,
)
from fieldvisit.services.accounts.listing import (
    AccountQuery,
    AccountRow,
    SortColumn,
    is_key_account,
)
from fieldvisit.services.accounts.match_notes import MatchNote, explain
from fieldvisit.services.accounts.ranking import FEW, match, rank, scan
from fieldvisit.services.local_days import local_zone
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, TeamMember

NO_ACTIVITY = Activity()
_TYPES = list(AccountType)
_TIERS = list(Tier)
_SUBS = list(SubTier)
_STATUSES = list(AccountStatus)
_LEVELS = list(KeyAccountLevel)


def _raw(column: Any) -> Any:
    return type_coerce(column, String)


class AccountIndex:
    """Columns of every account (deleted ones too, flagged), position by position."""

    def __init__(self, today: date, zone: tzinfo, rules: Sequence[FrequencyRule]) -> None:
        self.today = today
        self.zone = zone
        self.rules = tuple(rules)
        self.ids: list[str] = []
        # Each search key in three parts (a term never spans two: parts end at a space).
        self.heads: list[str] = []
        """The marked name forms at the start of each key."""
        self.owns: list[str] = []
        """The rest of each key's own forms (address, city, province, phones)."""
        self.people: list[str] = []
        """The forms of each account's people (stakeholders); "" when it has none."""
        self.me: str | None = None
        """The current user's id (hex): their own accounts rank first."""
        self._mine: tuple[str | None, bytes | None] = (None, None)
        self.names: list[str] = []
        self.types: list[AccountType] = []
        self.tiers: list[Tier | None] = []
        self.sub_tiers: list[SubTier | None] = []
        self.statuses: list[AccountStatus] = []
        self.levels: list[KeyAccountLevel | None] = []
        self.cities: list[str | None] = []
        self.phones: list[str | None] = []
        self.owners: list[str | None] = []
        self.deleted: list[bool] = []
        self.owner_names: dict[str, str] = {}
        self.activity: dict[str, Activity] | None = None
        self._orders: dict[tuple[SortColumn, bool], list[int]] = {}
        self._filter_cache: dict[AccountQuery, _Filtered] = {}
        self._last: tuple[AccountQuery, list[str], list[int], bytes | None] | None = None
        """The last query: its filters, terms, matches in list order and, when it was
        answered by a scan of every key, each position's group code (0: no match)."""

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def live_count(self) -> int:
        return len(self.deleted) - sum(self.deleted)

    def owner_counts(self) -> dict[uuid.UUID, int]:
        """Live accounts per owner."""
        counts = Counter(o for o, gone in zip(self.owners, self.deleted, strict=True) if not gone)
        return {uuid.UUID(hex=o): n for o, n in counts.items() if o is not None}

    def mine(self) -> bytes | None:
        """Per position, 1 where the current user owns the account; None without a user."""
        me, mask = self._mine
        if me != self.me or (mask is None and self.me):
            mask = bytes([o == self.me for o in self.owners]) if self.me else None
            self._mine = (self.me, mask)
        return mask

    # --- loading ---------------------------------------------------------------
    def load(self, db: Database, activity: bool = False) -> None:
        a = Account
        # Keys then lie in memory in list order: scans run faster. Ties (the same key)
        # by id, so that a part read on its own (:meth:`load_part`) lies the same way.
        sort_again = self._read(db, _columns().order_by(a.search_key, a.id), activity)
        # The list's own order (by name) is the keys' order (they start with the name's
        # usual pinyin), as read. The whole keys are not kept (nor held all at once while
        # reading: 100,000 of them are some 50 MB); sorted again if a stale key was made here.
        self._orders[SortColumn.NAME, False] = (
            sorted(range(len(self.heads)), key=self._whole_key)
            if sort_again
            else list(range(len(self.heads)))
        )

    def load_part(
        self, db: Database, where: Sequence[Any], limit: int, descending: bool = False
    ) -> bool:
        """Read only the first ``limit`` accounts passing ``where`` in name order (the
        last ones when ``descending``): they lie as they do in the whole index.

        False when that cannot be told from SQL: a key is stale (built here, it would
        sort elsewhere) or the database orders text by its own collation.
        """
        a = Account
        stale_first = a.search_key.is_(None).desc()  # one stale key is enough to tell
        order: tuple[Any, ...]
        if descending:
            order = (stale_first, a.search_key.desc(), a.id.desc())
        else:
            order = (stale_first, a.search_key, a.id)
        if self._read(db, _columns().where(*where).order_by(*order).limit(limit)):
            return False
        by_name = list(range(len(self.heads)))
        self._orders[SortColumn.NAME, False] = by_name[::-1] if descending else by_name
        return True

    def _read(self, db: Database, query: Any, activity: bool = False) -> bool:
        """Append the accounts ``query`` reads; True when a key had to be made here (a
        stale one) or the database is not SQLite: the order read is then not the list's."""
        sort_again = False
        with db.read_scope() as session:
            result = session.connection().execute(query)
            # The driver's own rows, a batch at a time, column by column: ids and codes are
            # selected as text, so SQLAlchemy's per-row processing has nothing to add (it
            # took a third of the time for 50,000 accounts), and a batch's keys are split
            # and dropped before the next (100,000 whole keys at once are some 100 MB).
            cursor = result.cursor
            try:
                while batch := cursor.fetchmany(READ_BATCH):
                    sort_again = self._append(batch) or sort_again
            finally:
                result.close()
            self.owner_names = {
                raw_id(member_id): name
                for member_id, name in session.execute(select(_raw(TeamMember.id), TeamMember.name))
            }
            if activity:
                self.activity = load_activity(session, zone=self.zone)
            # SQLite orders text by code point, as Python does (not so a server's collation).
            return sort_again or session.get_bind().dialect.name != "sqlite"

    def _append(self, rows: Sequence[Sequence[Any]]) -> bool:
        """Append a batch of rows (as :func:`_columns` selects them); True when one had a
        stale key, made here."""
        ids, keys, names, types, tiers, subs, statuses, levels, cities, phones, owners, gone = (
            list(column) for column in zip(*rows, strict=True)
        )
        stale = None in keys
        if stale:  # a stale key (NULL) still finds the account by its name and city
            keys = [
                key if key is not None else account_key(name, city=city)
                for key, name, city in zip(keys, names, cities, strict=True)
            ]
        heads = list(map(name_head, keys))
        ends = list(map(own_part_end, keys))
        self.ids += map(raw_id, ids)
        self.heads += heads
        self.owns += [k[len(h) + 1 : e] for k, h, e in zip(keys, heads, ends, strict=True)]
        self.people += [k[e + 3 :] for k, e in zip(keys, ends, strict=True)]  # after " ¦ "
        self.names += names
        # Stored enum values to members by dictionary.
        self.types += map(_TYPE_OF.__getitem__, types)
        self.tiers += map(_TIER_OF.get, tiers)
        self.sub_tiers += map(_SUB_OF.get, subs)
        self.statuses += map(_STATUS_OF.__getitem__, statuses)
        self.levels += map(_LEVEL_OF.get, levels)
        intern = sys.intern
        self.cities += [intern(c) if c else None for c in cities]
        self.phones += phones
        self.owners += [intern(raw_id(o)) if o is not None else None for o in owners]
        self.deleted += map(bool, gone)
        return stale

    def _whole_key(self, i: int) -> str:
        """The search key of position ``i`` as stored (its three parts joined again)."""
        own, people = self.owns[i], self.people[i]
        return self.heads[i] + (" " + own if own else "") + (" ¦ " + people if people else "")

    def ensure_activity(self, db: Database) -> None:
        """Read every account's people and last contacts (ordering or filtering by them)."""
        if self.activity is None:
            with db.read_scope() as session:
                self.activity = load_activity(session, zone=self.zone)

    # --- answering queries ------------------------------------------------------
    def search(self, query: AccountQuery) -> AccountResult:
        if query.needs_activity and self.activity is None:
            raise RuntimeError("call ensure_activity() before ordering by activity")
        terms = query_terms(query.text)
        base = replace(query, text="")
        filtered = self._filtered(base)
        last = self._last
        # Typing on: every account matching the new terms matched the old ones.
        narrower = last is not None and last[0] == base and _narrower(terms, last[1])
        if not terms:
            self._last = (base, terms, filtered.order, None)
            return AccountResult(self, filtered.order, terms)
        if last is not None and narrower and len(last[2]) * FEW < len(self):
            # A few candidates: look at just those, in list order.
            order, codes = match(self, last[2], terms)
            self._last = (base, terms, order, None)
        else:
            # Many: every key in memory order (the cache-friendly way), only the
            # candidates' counted, then the codes read out in list order.
            if last is not None and narrower and last[3] is not None:
                bounded = len(terms) == len(last[1]) == 1
                by_position = scan(self, terms, last[3], bounded)
            else:
                by_position = scan(self, terms, filtered.mask())
            in_order = filtered.pick(by_position)
            order = list(compress(filtered.order, in_order))
            codes = in_order.translate(None, b"\0")
            self._last = (base, terms, order, by_position)
        return AccountResult(self, rank(self, order, codes, terms), terms)

    def _filtered(self, base: AccountQuery) -> _Filtered:
        """The positions passing the filters (not the text), in order."""
        found = self._filter_cache.get(base)
        if found is None:
            order = self._order(base.sort, base.descending)
            for check in self._checks(base):
                order = [i for i in order if check(i)]
            found = _Filtered(order, len(self))
            if len(self._filter_cache) > 8:
                self._filter_cache.clear()
            self._filter_cache[base] = found
        return found

    def _checks(self, query: AccountQuery) -> list[Callable[[int], bool]]:
        checks: list[Callable[[int], bool]] = []
        if not query.include_deleted:
            deleted = self.deleted
            checks.append(lambda i: not deleted[i])
        for values, column in (
            (query.account_types, self.types),
            (query.tiers, self.tiers),
            (query.statuses, self.statuses),
            (query.key_account_levels, self.levels),
        ):
            if values:
                checks.append(lambda i, v=values, c=column: c[i] in v)  # type: ignore[misc]
        if query.owner_ids:
            owners = {o.hex for o in query.owner_ids}
            checks.append(lambda i: self.owners[i] in owners)
        if query.overdue_only:
            checks.append(lambda i: bool(self.overdue_at(i)))
        return checks

    def activity_at(self, i: int) -> Activity:
        return (self.activity or {}).get(self.ids[i], NO_ACTIVITY)

    def overdue_at(self, i: int, activity: Activity | None = None) -> Any:
        found = activity if activity is not None else self.activity_at(i)
        rule = rule_for(self.rules, self.tiers[i], self.sub_tiers[i])
        return overdue(rule, found.last_contact, found.last_visit, self.today)

    def _order(self, column: SortColumn, descending: bool) -> list[int]:
        """Positions ordered by ``column``, ties by name; computed once per load."""
        found = self._orders.get((column, descending))
        if found is None:
            by_name = self._orders.get((SortColumn.NAME, False), [])
            if column is SortColumn.NAME:
                found = by_name[::-1] if descending else by_name
            else:  # a stable sort: equal values stay in name order either way
                found = sorted(by_name, key=self._sort_key(column), reverse=descending)
            self._orders[column, descending] = found
        return found

    def _sort_key(self, column: SortColumn) -> Callable[[int], Any]:
        def rank(values: Sequence[Any], members: list[Any]) -> Callable[[int], int]:
            positions = {m: n for n, m in enumerate(members)}
            return lambda i: positions.get(values[i], len(members))

        if column is SortColumn.TYPE:
            return rank(self.types, _TYPES)
        if column is SortColumn.TIER:
            tier, sub = rank(self.tiers, _TIERS), rank(self.sub_tiers, _SUBS)
            return lambda i: (tier(i), sub(i))
        if column is SortColumn.STATUS:
            return rank(self.statuses, _STATUSES)
        if column is SortColumn.KEY_ACCOUNT:
            return rank(self.levels, _LEVELS)
        if column is SortColumn.CITY:
            return _text_key(self.cities)
        if column is SortColumn.PHONE:
            return lambda i: (self.phones[i] is None, self.phones[i] or "")
        if column is SortColumn.OWNER:
            names = [self.owner_names.get(o) if o else None for o in self.owners]
            return _text_key(names)
        return self._activity_key(column)

    def _activity_key(self, column: SortColumn) -> Callable[[int], Any]:
        if column is SortColumn.STAKEHOLDERS:
            return lambda i: self.activity_at(i).stakeholders
        if column is SortColumn.LAST_CONTACT:  # never contacted first: most neglected
            return lambda i: self.activity_at(i).last_contact or date.min
        if column is SortColumn.LAST_VISIT:
            return lambda i: self.activity_at(i).last_visit or date.min
        if column is SortColumn.OVERDUE:
            return lambda i: -_overdue_weight(self.overdue_at(i))
        return lambda i: (
            not (
                is_key_account(self.tiers[i], self.levels[i])
                and self.activity_at(i).stakeholders == 1
            )
        )

    # --- rows ------------------------------------------------------------------
    def rows(
        self, db: Database, positions: Sequence[int], terms: Sequence[str] = ()
    ) -> list[AccountRow]:
        """The rows at ``positions``; with ``terms``, each says where they matched."""
        if not positions:
            return []
        ids = [self.ids[i] for i in positions]
        if self.activity is not None:
            found = self.activity
        else:
            with db.read_scope() as session:
                found = load_activity(session, ids, zone=self.zone)
        notes = explain(db, self, positions, terms) if terms else {}
        return [self._row(i, found.get(self.ids[i], NO_ACTIVITY), notes.get(i)) for i in positions]

    def _row(self, i: int, activity: Activity, match: MatchNote | None = None) -> AccountRow:
        late = self.overdue_at(i, activity)
        owner = self.owners[i]
        return AccountRow(
            id=uuid.UUID(hex=self.ids[i]),
            name=self.names[i],
            account_type=self.types[i],
            tier=self.tiers[i],
            sub_tier=self.sub_tiers[i],
            status=self.statuses[i],
            key_account_level=self.levels[i],
            city=self.cities[i],
            phone=self.phones[i],
            owner_id=uuid.UUID(hex=owner) if owner else None,
            owner_name=self.owner_names.get(owner) if owner else None,
            stakeholder_count=activity.stakeholders,
            last_contact=activity.last_contact,
            last_visit=activity.last_visit,
            overdue_phone=late.phone,
            overdue_visit=late.visit,
            deleted=self.deleted[i],
            match=match,
        )


class _Filtered:
    """The positions passing one query's filters, in list order."""

    def __init__(self, order: list[int], size: int) -> None:
        self.order = order
        self.size = size
        self._mask: bytes | None = None
        self._picker: Callable[[bytes], Any] | None = None

    def mask(self) -> bytes | None:
        """1 at each position passing the filters; None when every position does."""
        if len(self.order) == self.size:
            return None
        if self._mask is None:
            mask = bytearray(self.size)
            for i in self.order:
                mask[i] = 1
            self._mask = bytes(mask)
        return self._mask

    def pick(self, by_position: bytes) -> bytes:
        """Values given per position, read out in list order."""
        if len(self.order) < 2:
            return bytes(by_position[i] for i in self.order)
        if self._picker is None:
            self._picker = itemgetter(*self.order)  # one C-level pass per keystroke
        return bytes(self._picker(by_position))


def _columns() -> Any:
    """What the index holds of each account, as one select (order and filters to add)."""
    a = Account
    return select(
        _raw(a.id),
        a.search_key,
        a.name,
        _raw(a.account_type),
        _raw(a.tier),
        _raw(a.sub_tier),
        _raw(a.status),
        _raw(a.key_account_level),
        a.city,
        a.phone,
        _raw(a.owner_id),
        a.deleted_at.is_not(None),
    )


def _members(enum: type[StrEnum]) -> dict[str | None, Any]:
    return {m.value: m for m in enum}


_TYPE_OF, _TIER_OF, _SUB_OF = _members(AccountType), _members(Tier), _members(SubTier)
_STATUS_OF, _LEVEL_OF = _members(AccountStatus), _members(KeyAccountLevel)
READ_BATCH = 2_000


def _narrower(terms: list[str], previous: list[str]) -> bool:
    """Whether every key holding all ``terms`` also holds all ``previous`` terms."""
    return all(any(old in new for new in terms) for old in previous)


def _overdue_weight(late: Any) -> int:
    return 2 * int(late.visit) + int(late.phone)


def _text_key(values: Sequence[str | None]) -> Callable[[int], tuple[bool, str]]:
    """Order text by its pinyin (Chinese) or letters; empty values last."""
    from fieldvisit.domain.search_text import sort_name

    forms = {v: sort_name(v) for v in set(values) if v}
    return lambda i: (values[i] is None, forms.get(values[i] or "", ""))


class AccountResult:
    """The accounts matching one query, as positions in the index, in list order."""

    def __init__(
        self, index: AccountIndex, positions: list[int], terms: Sequence[str] = ()
    ) -> None:
        self.index = index
        self.positions = positions
        self.terms = tuple(terms)

    def __len__(self) -> int:
        return len(self.positions)

    def rows(self, db: Database, offset: int, limit: int) -> list[AccountRow]:
        return self.index.rows(db, self.positions[offset : offset + limit], self.terms)

    def id_at(self, row: int) -> uuid.UUID:
        return uuid.UUID(hex=self.index.ids[self.positions[row]])

    def ids(self) -> list[uuid.UUID]:
        ids = self.index.ids
        return [uuid.UUID(hex=ids[i]) for i in self.positions]


def load_index(db: Database, today: date | None = None, activity: bool = False) -> AccountIndex:
    """Read the index of every account; ``activity`` also reads people and contacts."""
    index = empty_index(db, today)
    index.load(db, activity=activity)
    user = current_user(db)
    index.me = user.id.hex if user is not None else None
    return index


def empty_index(db: Database, today: date | None = None) -> AccountIndex:
    """An index with the frequency rules in force ``today`` (by default the clock's), no
    account read yet."""
    day = today or clock.today()
    with db.read_scope() as session:
        rules = rules_in_force(session, day)
    return AccountIndex(day, local_zone(), rules)
