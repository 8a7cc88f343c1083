"""Run a test on a clock far from UTC, so days cut in UTC and in local time differ."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from zoneinfo import ZoneInfo

from fieldvisit.clock import FixedClock, clock


@contextmanager
def local_zone(name: str) -> Iterator[None]:
    """The pinned test clock (and, for libraries that read it, the process) in zone ``name``."""
    pinned = clock()
    assert isinstance(pinned, FixedClock), "tests run on the fixed clock of tests/conftest.py"
    before_zone, before_env = pinned.tz, os.environ.get("TZ")
    pinned.tz = ZoneInfo(name)
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        pinned.tz = before_zone
        if before_env is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before_env
        time.tzset()
