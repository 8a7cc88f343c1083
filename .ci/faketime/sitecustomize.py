"""Loaded by every Python process of the clock-shift pass (PYTHONPATH), children included.

libfaketime 0.9.10 with FAKETIME_DONT_FAKE_MONOTONIC=1 makes time.sleep fail with EINVAL:
CPython sleeps with clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME), and libfaketime shifts
that absolute deadline by the fake offset. select() takes a relative timeout and is left
alone, so sleeping through it waits exactly as long without touching the faked clock.
"""

import select
import time

_real_sleep = time.sleep


def _relative_sleep(seconds: float) -> None:
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        select.select([], [], [], left)


time.sleep = _relative_sleep
