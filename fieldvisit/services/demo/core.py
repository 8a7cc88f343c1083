"""The generator's shared machinery: seeded randomness, ids, clock, and the bulk writer."""

from __future__ import annotations

import calendar
import random
import uuid
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import JSON, Dialect, Table, Uuid, insert
from sqlalchemy.orm import Session

from fieldvisit.domain.enums import AccountStatus, AccountType, KeyAccountLevel, SubTier, Tier
from fieldvisit.storage.base import Base

T = TypeVar("T")

LOCAL_TZ = timezone(timedelta(hours=8), "CST")
"""China Standard Time: the whole demo territory lies in one province."""

BATCH_ROWS = 4000
"""Rows per executemany call."""
FLUSH_ROWS = 40000
"""Buffered rows (all tables) that trigger a flush between reps."""

Row = dict[str, Any]
Processor = Callable[[Any], Any]


class Writer:
    """Buffers rows per table and writes them with Core bulk inserts in dependency order.

    Flushing every table in ``Base.metadata.sorted_tables`` order means a child row is
    never written before its parent, so foreign keys hold at every statement.

    On positional-parameter drivers (SQLite) the compiled ``INSERT`` runs through
    ``exec_driver_sql`` with values already passed through each column type's own bind
    processor: the same SQL and the same stored values as ``session.execute(insert(t), rows)``,
    without its generic per-row bookkeeping (about twice as fast). Elsewhere the plain
    Core executemany is used.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._tables: list[Table] = list(Base.metadata.sorted_tables)
        self._buffers: dict[str, list[Row]] = {t.name: [] for t in self._tables}
        self._plans: dict[str, _InsertPlan | None] = {}
        self._pending = 0
        self.counts: dict[str, int] = {}

    def add(self, table: str, row: Row) -> None:
        self._buffers[table].append(row)
        self._pending += 1

    def maybe_flush(self) -> None:
        if self._pending >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        for table in self._tables:
            rows = self._buffers[table.name]
            if not rows:
                continue
            plan = self._plan(table, rows[0])
            for start in range(0, len(rows), BATCH_ROWS):
                batch = rows[start : start + BATCH_ROWS]
                if plan is None:
                    self._session.execute(insert(table), batch)
                else:
                    self._session.connection().exec_driver_sql(plan.sql, plan.params(batch))
            self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)
            self._buffers[table.name] = []
        self._pending = 0

    def _plan(self, table: Table, sample: Row) -> _InsertPlan | None:
        if table.name not in self._plans:
            dialect = self._session.get_bind().dialect
            compiled = insert(table).compile(dialect=dialect, column_keys=list(sample))
            plan = None
            if dialect.name == "sqlite" and compiled.positional and compiled.positiontup:
                plan = _InsertPlan(table, dialect, compiled.string, list(compiled.positiontup))
            self._plans[table.name] = plan
        return self._plans[table.name]


class _Memo(dict[Any, Any]):
    """Remembers a bind processor's output for values that repeat (dates, times, codes)."""

    def __init__(self, process: Processor) -> None:
        super().__init__()
        self._process = process

    def __missing__(self, value: Any) -> Any:
        if len(self) > 50_000:
            self.clear()
        out = self[value] = self._process(value)
        return out


class _InsertPlan:
    """A compiled positional INSERT and the bind processor of each of its columns."""

    def __init__(self, table: Table, dialect: Dialect, sql: str, keys: list[str]) -> None:
        self.sql = sql
        self._get = itemgetter(*keys)
        self._procs: list[tuple[int, Processor]] = []
        for i, key in enumerate(keys):
            column_type = table.c[key].type
            process = column_type.dialect_impl(dialect).bind_processor(dialect)
            if process is None:
                continue
            repeats = not isinstance(column_type, (Uuid, JSON)) and not key.endswith("id")
            self._procs.append((i, _Memo(process).__getitem__ if repeats else process))
        self._single = len(keys) == 1

    def params(self, batch: list[Row]) -> list[tuple[Any, ...]]:
        get, procs = self._get, self._procs
        out = []
        for row in batch:
            values = [get(row)] if self._single else list(get(row))
            for i, process in procs:
                values[i] = process(values[i])
            out.append(tuple(values))
        return out


@dataclass(slots=True)
class AccountInfo:
    """What later generators need to know about an account already written."""

    id: uuid.UUID
    name: str
    account_type: AccountType
    status: AccountStatus
    tier: Tier | None
    sub_tier: SubTier | None
    key_level: KeyAccountLevel | None
    place: str
    capacity_cents: int
    stakeholders: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    """Active stakeholders (id, name)."""
    records: list[tuple[uuid.UUID, date]] = field(default_factory=list)
    """Completed visit/phone records (id, day), oldest first."""
    row: Row | None = None
    """The account's buffered row, completed once its stakeholders exist."""

    @property
    def cadence(self) -> str:
        """A1/A2/B1/B2/C/D, or P (prospect without tier) and X (peer)."""
        if self.status is AccountStatus.PEER:
            return "X"
        if self.tier is Tier.D:
            return "D"
        return self.sub_tier.value if self.sub_tier is not None else "P"


@dataclass(slots=True)
class Member:
    id: uuid.UUID
    name: str
    manager_id: uuid.UUID | None
    cities: tuple[int, ...]
    """Indexes into ``names.CITIES``: the rep's city first, then any smaller city also covered."""
    districts: tuple[str, ...]
    """The districts of the first city the rep mostly works in."""
    joined_on: date
    skill: float = 3.0
    """The rep's starting level on the 1–5 standards scale."""


class Ctx:
    """Seeded randomness and the demo's clock; everything is relative to ``today``."""

    def __init__(self, seed: int, today: date, writer: Writer) -> None:
        self.rng = random.Random(seed)
        self._random = self.rng.random
        self._bits = self.rng.getrandbits
        self.today = today
        self.writer = writer
        self.start = today - timedelta(days=365)
        self.now = datetime.combine(today, time(7, 30), LOCAL_TZ)
        """Demo "now": early on ``today``, so that nothing lies in the future."""

    # --- randomness (thin, fast wrappers: generation is most of the run time) ------
    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self._bits(128), version=4)

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self._random() * len(items))]

    def chance(self, p: float) -> bool:
        return self._random() < p

    def between(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        return low + int(self._random() * (high - low + 1))

    def digits(self, n: int) -> str:
        return str(self._bits(64) % 10**n).zfill(n)

    def sample(self, items: Sequence[T], k: int) -> list[T]:
        """``k`` distinct items (all of them, shuffled, when ``k`` ≥ their number)."""
        n = len(items)
        if k >= n:
            out = list(items)
            self.rng.shuffle(out)
            return out
        chosen: list[int] = []
        while len(chosen) < k:
            i = int(self._random() * n)
            if i not in chosen:
                chosen.append(i)
        return [items[i] for i in chosen]

    def weighted(self, items: Sequence[T], cum_weights: Sequence[float]) -> T:
        """Like ``rng.choices(items, cum_weights=...)[0]``, without its per-call set-up."""
        return items[bisect(cum_weights, self._random() * cum_weights[-1])]

    # --- time -------------------------------------------------------------------
    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL_TZ)

    def stamp_for(self, day: date) -> datetime:
        """An office-hours moment on ``day`` (never after the demo's now)."""
        moment = self.at(day, self.between(8, 18), self.between(0, 59))
        return min(moment, self.now)

    def entity(self, created: datetime, updated: datetime | None = None) -> Row:
        return {"id": self.uid(), "created_at": created, "updated_at": updated or created}

    def past_day(self, days_back_min: int = 1, days_back_max: int = 365) -> date:
        return self.workday(self.today - timedelta(days=self.between(days_back_min, days_back_max)))

    @staticmethod
    def workday(day: date) -> date:
        """Move a weekend day back to the Friday before."""
        wd = day.weekday()
        return day - timedelta(days=wd - 4) if wd > 4 else day


def month_start(day: date, shift: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + shift
    return date(index // 12, index % 12 + 1, 1)


def month_days(first: date) -> int:
    return calendar.monthrange(first.year, first.month)[1]


def quarter_start(day: date, shift: int = 0) -> date:
    first = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return month_start(first, 3 * shift)


def week_day(first: date, week: int, rng: random.Random) -> date:
    """A working day in ``week`` (1–4) of the month starting ``first``."""
    low = 1 + (week - 1) * 7
    high = min(low + 6, month_days(first))
    for _ in range(8):
        day = first.replace(day=rng.randint(low, high))
        if day.weekday() < 5:
            return day
    return Ctx.workday(first.replace(day=low + 2))


def cumulative(weights: Sequence[float]) -> tuple[float, ...]:
    total = 0.0
    out = []
    for w in weights:
        total += w
        out.append(total)
    return tuple(out)
