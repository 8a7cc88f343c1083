"""Known environment problems: the disk is full, the file is locked, read-only or failing.

They are not bugs, so the user gets a short message saying what to do instead of the
crash dialog, and an autosave that meets one keeps the typed text and tries again.
Recognised from the standard library's exceptions only (``sqlite3``, ``OSError``) and
from the ``orig`` of a database driver's wrapper, so this stays free of SQLAlchemy.
"""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum

from fieldvisit.domain.errors import DatabaseLockedError


class Problem(StrEnum):
    LOCKED = "locked"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    NO_PERMISSION = "no_permission"
    DISK_IO = "disk_io"
    FILE_TOO_LARGE = "file_too_large"
    DAMAGED = "damaged"


# SQLite's primary result codes (extended codes keep them in the low byte).
_SQLITE_CODES = {
    3: Problem.NO_PERMISSION,  # SQLITE_PERM
    5: Problem.LOCKED,  # SQLITE_BUSY
    6: Problem.LOCKED,  # SQLITE_LOCKED
    8: Problem.READ_ONLY,  # SQLITE_READONLY
    10: Problem.DISK_IO,  # SQLITE_IOERR
    11: Problem.DAMAGED,  # SQLITE_CORRUPT
    13: Problem.DISK_FULL,  # SQLITE_FULL
    26: Problem.DAMAGED,  # SQLITE_NOTADB
}
# The fixed texts SQLite gives those codes (an exception raised without a code).
_SQLITE_TEXTS = (
    ("database is locked", Problem.LOCKED),
    ("database table is locked", Problem.LOCKED),
    ("database or disk is full", Problem.DISK_FULL),
    ("disk i/o error", Problem.DISK_IO),
    ("attempt to write a readonly database", Problem.READ_ONLY),
    ("database disk image is malformed", Problem.DAMAGED),
    ("file is not a database", Problem.DAMAGED),
)
_ERRNOS = {
    errno.ENOSPC: Problem.DISK_FULL,
    errno.EDQUOT: Problem.DISK_FULL,
    errno.EROFS: Problem.READ_ONLY,
    errno.EACCES: Problem.NO_PERMISSION,
    errno.EPERM: Problem.NO_PERMISSION,
    errno.EIO: Problem.DISK_IO,
    errno.EFBIG: Problem.FILE_TOO_LARGE,  # ulimit -f, or a FAT32 stick's 4 GB
}


def _file_size_limited() -> bool:
    """Whether this process runs under a file size limit (``ulimit -f``)."""
    try:
        import resource
    except ImportError:  # Windows
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY


def _own_problem(exc: BaseException) -> Problem | None:
    if isinstance(exc, DatabaseLockedError):
        return Problem.LOCKED
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
            found: Problem | None = _SQLITE_CODES[code & 0xFF]
        else:
            text = str(exc.args[0]).lower() if exc.args else ""
            found = next((p for known, p in _SQLITE_TEXTS if text.startswith(known)), None)
        if found is Problem.DISK_IO and _file_size_limited():
            # SQLite reports a write refused with EFBIG as a plain I/O error.
            return Problem.FILE_TOO_LARGE
        return found
    if isinstance(exc, OSError) and exc.errno is not None:
        return _ERRNOS.get(exc.errno)
    return None


def causes(exc: BaseException) -> list[BaseException]:
    """``exc`` and what it wraps: a driver's ``orig``, then its ``raise … from`` cause, in order.

    The implicit context is not followed: a bug raised while handling a full disk is a bug.
    """
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 20:
        chain.append(current)
        orig = getattr(current, "orig", None)
        if isinstance(orig, BaseException) and orig not in chain:
            chain.append(orig)
        current = current.__cause__
    return chain


def problem_of(exc: BaseException) -> Problem | None:
    """The known environment problem behind ``exc``, or ``None`` for anything else (a bug)."""
    for link in causes(exc):
        found = _own_problem(link)
        if found is not None:
            return found
    return None
