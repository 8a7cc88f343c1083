"""Who a device token belongs to, remembered briefly: a burst of laptops syncing at once
must not cost a database round trip per request just to say who is asking.

An entry lives :data:`TTL` seconds. Administration in this process (a revocation, a
member moved or added, a territory assigned) forgets every entry when it commits; done
from another process it takes effect within :data:`TTL`.
"""

from __future__ import annotations

import threading
import time

from fieldvisit.server.scope import Caller

TTL = 10.0
"""Seconds a token's person, role and team are trusted without asking the database."""
MAX_ENTRIES = 20_000

_lock = threading.Lock()
_entries: dict[str, tuple[float, Caller]] = {}


def cached(key: str) -> Caller | None:
    entry = _entries.get(key)
    if entry is None or entry[0] < time.monotonic():
        return None
    return entry[1]


def remember(key: str, caller: Caller) -> None:
    with _lock:
        if len(_entries) >= MAX_ENTRIES:
            _entries.clear()
        _entries[key] = (time.monotonic() + TTL, caller)


def forget_callers() -> None:
    with _lock:
        _entries.clear()
