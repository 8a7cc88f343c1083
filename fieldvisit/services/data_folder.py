"""Moving the database to another folder without ever being without a sound copy.

The move copies the database with SQLite's backup API, verifies the copy
(``quick_check`` and equal row counts in every table), remembers the new place
for the next start, switches the open :class:`Database` over, and only then
deletes the old file. Any failure before the switch removes the partial copy and
leaves the old database in use, unchanged.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from fieldvisit.domain.errors import BackupError, FieldVisitError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.services.backup import _copy_online
from fieldvisit.services.settings import check_writable_folder
from fieldvisit.storage.database import Database, standard_db_path
from fieldvisit.storage.location import remember_db_path

FIELD = "data_folder"
SIDE_FILES = ("-wal", "-shm", "-journal")


class DataFolderError(FieldVisitError):
    title = "The database was not moved"


@dataclass(frozen=True, slots=True)
class MoveResult:
    old: Path
    new: Path
    old_left_at: Path | None
    """The old file when it could not be deleted after the move (``None``: it was)."""


def data_folder(db: Database) -> Path | None:
    return db.path.parent if db.path is not None else None


def check_target(db: Database, folder: Path) -> Path:
    """The new database file in ``folder``, or a :class:`ValidationError` saying why not."""
    if db.path is None:
        raise ValidationError(
            FIELD,
            message(
                "{database} is not a file; a server database cannot be moved.",
                database=db.describe(),
            ),
        )
    folder = folder.expanduser()
    check_writable_folder(folder, FIELD)
    folder = folder.resolve()
    if folder == db.path.parent:
        raise ValidationError(
            FIELD,
            message(
                "The database is already in {folder}.",
                folder=folder,
            ),
        )
    target = folder / db.path.name
    if target.exists() or target.is_symlink():
        raise ValidationError(
            FIELD,
            message(
                "{path} already exists. Choose an empty folder; nothing was overwritten.",
                path=target,
            ),
        )
    return target


def move_database(db: Database, folder: Path) -> MoveResult:
    """Move the open database into ``folder`` and keep using it there."""
    target = check_target(db, folder)
    source = db.path
    assert source is not None
    created_folder = not target.parent.exists()
    # Held for the whole move: no other program can commit to the old file meanwhile,
    # so nothing written elsewhere can be lost when the old file goes.
    lock = sqlite3.connect(source, timeout=10, isolation_level=None)
    try:
        try:
            lock.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise DataFolderError(
                message(
                    "{path} is busy in another program ({reason}); close it and try again.",
                    path=source,
                    reason=exc,
                )
            ) from exc
        expected = _row_counts(lock)
        try:
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _copy_online(source, target)
            _verify(target, expected)
            remember_db_path(None if target == standard_db_path() else target)
        except (FieldVisitError, OSError, sqlite3.Error) as exc:
            _discard(target, created_folder)
            raise DataFolderError(
                message(
                    "{reason} The database is still in {folder}, unchanged.",
                    reason=_reason(exc),
                    folder=source.parent,
                )
            ) from exc
        lock.execute("ROLLBACK")
    finally:
        lock.close()
    db.rebind(URL.create("sqlite+pysqlite", database=str(target)))
    return MoveResult(old=source, new=target, old_left_at=_delete_old(source))


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _verify(target: Path, expected: dict[str, int]) -> None:
    with contextlib.closing(sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)) as conn:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise BackupError(
                message(
                    "The copy at {target} did not pass SQLite's check.",
                    target=target,
                )
            )
        if _row_counts(conn) != expected:
            raise BackupError(
                message(
                    "The copy at {target} does not hold the same rows.",
                    target=target,
                )
            )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, FieldVisitError):
        return exc.detail
    if isinstance(exc, OSError) and exc.strerror:
        if exc.filename:
            return message(
                "Writing the copy failed: {reason} ({path}).",
                reason=exc.strerror,
                path=exc.filename,
            )
        return message("Writing the copy failed: {reason}.", reason=exc.strerror)
    return message("Writing the copy failed: {reason}.", reason=exc)


def _discard(target: Path, created_folder: bool) -> None:
    for path in (target, *(target.with_name(target.name + s) for s in SIDE_FILES)):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    if created_folder:
        with contextlib.suppress(OSError):
            target.parent.rmdir()


def _delete_old(source: Path) -> Path | None:
    try:
        source.unlink()
    except OSError:
        return source
    for suffix in SIDE_FILES:
        with contextlib.suppress(OSError):
            os.unlink(source.with_name(source.name + suffix))
    return None
