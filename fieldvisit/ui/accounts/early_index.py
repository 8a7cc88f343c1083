"""The accounts list's index, read as soon as the window is up.

The window starts on Today; the list is built when first shown. Reading its index (about
0.3 s for 50,000 accounts) from the window's first idle moment, on its own thread, means
search is ready by the time a user gets to the list; the list takes what was read instead
of reading again. Data changed before then makes the list read afresh.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

from fieldvisit.storage.database import Database

_early: dict[Database, Future[Any]] = {}
_lock = threading.Lock()


def read_soon(db: Database) -> None:
    """Start reading the list's index of ``db`` on a thread of its own."""
    future: Future[Any] = Future()
    with _lock:
        if db in _early:
            return
        _early[db] = future

    def work() -> None:
        try:
            from fieldvisit.ui.accounts.list_view import read_index  # not before first paint

            future.set_result(read_index(db, activity=False))
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=work, name="early-index", daemon=True).start()


def take(db: Database) -> Future[Any] | None:
    """The read started for ``db``, once (the list then keeps its own)."""
    with _lock:
        return _early.pop(db, None)


def forget(db: Database) -> None:
    """Something changed: a read started before it must not be shown."""
    take(db)
