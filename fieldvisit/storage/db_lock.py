"""Who has a database file open: every FieldVisit process holds a shared lock beside it,
and whatever replaces the file whole (restore) needs the exclusive one.

SQLite's own locks cover single transactions only; a restore that overwrites the file
between two transactions of another program would lose that program's writes and leave
it writing on unaware. The lock file makes the restore refuse instead.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import portalocker

from fieldvisit.storage.files import create_private_file


def lock_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.lock")


class FileLock:
    """A shared or exclusive lock on ``<db folder>/.<db name>.lock``, held until released."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database)
        self._handle: IO[bytes] | None = None

    def acquire(self, *, exclusive: bool) -> bool:
        """Take the lock without waiting; ``False`` when another process holds a conflicting one.

        Where no lock file can be made (a read-only folder) there is nothing to guard: ``True``.
        """
        flags = portalocker.LockFlags.EXCLUSIVE if exclusive else portalocker.LockFlags.SHARED
        for _attempt in range(5):
            try:
                create_private_file(self.path)
                handle = open(self.path, "rb+")  # noqa: SIM115 - held open for the lock's life
            except OSError:
                return True
            try:
                portalocker.lock(handle, flags | portalocker.LockFlags.NON_BLOCKING)
            except (portalocker.exceptions.LockException, OSError):
                handle.close()
                return False
            if self._still_there(handle):
                self._handle = handle
                return True
            handle.close()  # the last holder removed the file meanwhile: lock the new one
        return False

    def _still_there(self, handle: IO[bytes]) -> bool:
        try:
            return os.path.samestat(os.fstat(handle.fileno()), os.stat(self.path))
        except OSError:
            return False

    def release(self) -> None:
        """Let go; the last holder removes the lock file, so nothing is left beside the data."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with contextlib.suppress(OSError, portalocker.exceptions.LockException):
            portalocker.lock(
                handle, portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING
            )
            self.path.unlink()  # nobody else holds it (Windows refuses: it stays, harmless)
        with contextlib.suppress(OSError, portalocker.exceptions.LockException):
            portalocker.unlock(handle)
        handle.close()


@contextlib.contextmanager
def exclusive_use(database: Path) -> Iterator[bool]:
    """``True`` inside when no other process has ``database`` open (and none can open it)."""
    lock = FileLock(database)
    try:
        yield lock.acquire(exclusive=True)
    finally:
        lock.release()
