"""Online backup and validated restore of the SQLite database."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from fieldvisit import clock
from fieldvisit.domain.errors import BackupError, FieldVisitError
from fieldvisit.i18n import message
from fieldvisit.storage.database import (
    Database,
    inspect_sqlite_file,
    prepare_private_file,
    sqlite_path,
)
from fieldvisit.storage.db_lock import exclusive_use
from fieldvisit.storage.files import copy_sqlite, make_private_dirs, remove_stale_partials
from fieldvisit.storage.migrate import MIGRATIONS_DIR, check_known_revision, open_database


@dataclass(frozen=True, slots=True)
class RestoreResult:
    database: Path
    replaced_kept_at: Path | None
    """Where the database that was replaced now lies (``None`` if there was none)."""


def _require_sqlite(db: Database) -> Path:
    if db.path is None:
        raise BackupError(
            message(
                "Backup and restore work on SQLite databases; use your server's tools for "
                "{database}.",
                database=db.describe(),
            )
        )
    return db.path


def _copy_online(source: Path, target: Path) -> None:
    """Copy with SQLite's backup API into a hidden partial file, check it, then move it in.

    The backup API sees one consistent snapshot even while the app writes; the final
    rename means a full disk, a crash or a kill never leaves a half-written file at
    ``target`` (and nothing named like a good backup).
    """
    try:
        copy_sqlite(source, target)
    except ValueError as exc:
        raise BackupError(
            message(
                "The copy written to {target} did not verify; it was removed.",
                target=target,
            )
        ) from exc
    except sqlite3.Error as exc:
        raise BackupError(
            message(
                "Copying {source} to {target} failed: {reason}.",
                source=source,
                target=target,
                reason=exc,
            )
        ) from exc
    except OSError as exc:
        raise BackupError(
            message(
                "Cannot write {target}: {reason}.",
                target=target,
                reason=exc.strerror,
            )
        ) from exc


def backup(db: Database, destination: Path, *, overwrite: bool = False) -> Path:
    source = _require_sqlite(db)
    destination = destination.expanduser().resolve()
    if destination == source:
        raise BackupError(
            message(
                "A backup cannot be written over the database itself.",
            )
        )
    if destination.is_dir():
        stamp = clock.now_utc().strftime("%Y%m%dT%H%M%SZ")
        destination = destination / f"{source.stem}-{stamp}.db"
    if destination.exists() and not overwrite:
        raise BackupError(
            message(
                "{path} already exists; choose another name or overwrite it.",
                path=destination,
            )
        )
    _copy_online(source, destination)
    return destination


def validate_backup_file(path: Path) -> None:
    """Refuse anything that is not a sound FieldVisit database this version can open."""
    if not path.is_file():
        raise BackupError(
            message(
                "{path} does not exist or is not a file.",
                path=path,
            )
        )
    try:
        state = inspect_sqlite_file(path)
    except FieldVisitError as exc:
        raise BackupError(exc.detail) from exc
    if state.is_new:
        raise BackupError(
            message(
                "{path} is empty: it holds no FieldVisit data.",
                path=path,
            )
        )
    try:
        check_known_revision(state.revision, str(path), MIGRATIONS_DIR)
    except FieldVisitError as exc:
        raise BackupError(exc.detail) from exc
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        raise BackupError(
            message(
                "{path} is damaged ({reason}); it was not restored.",
                path=path,
                reason=rows[0],
            )
        )


def restore(target: Path, source: Path) -> RestoreResult:
    """Replace the database at ``target`` with the backup ``source``, keeping the old one aside.

    Nothing is changed unless ``source`` validates. The application should be closed.
    """
    source = source.expanduser().resolve()
    target = target.expanduser().resolve()
    if source == target:
        raise BackupError(
            message(
                "The backup and the database are the same file.",
            )
        )
    validate_backup_file(source)
    with exclusive_use(target) as alone:
        if not alone:
            raise BackupError(
                message(
                    "{target} is open in FieldVisit or another program using it. Close it "
                    "there, then restore again; nothing was changed.",
                    target=target,
                )
            )
        kept = _replace_with(target, source)
    open_database(target).close()  # upgrade an older backup to the current schema
    return RestoreResult(database=target, replaced_kept_at=kept)


def _replace_with(target: Path, source: Path) -> Path | None:
    """Set the current database aside in ``backups/``, then copy ``source`` into it."""
    kept: Path | None = None
    remove_stale_partials(target.parent / "backups")
    if target.exists() and target.stat().st_size > 0:
        stamp = clock.now_utc().strftime("%Y%m%dT%H%M%SZ")
        kept = target.parent / "backups" / f"{target.stem}-replaced-{stamp}.db"
        make_private_dirs(kept.parent)
        try:
            inspect_sqlite_file(target)
        except FieldVisitError:
            # Not a readable database: set its bytes aside exactly as they were.
            os.replace(target, kept)
        else:
            _copy_online(target, kept)
    prepare_private_file(target)
    try:
        # Written through SQLite into the live file: one transaction, so a crash midway
        # leaves the old content, and other connections see the new content after.
        with (
            contextlib.closing(sqlite3.connect(source, timeout=10)) as src,
            contextlib.closing(sqlite3.connect(target, timeout=10)) as dst,
        ):
            src.backup(dst)
    except sqlite3.Error as exc:
        raise BackupError(
            message(
                "Restoring {source} into {target} failed ({reason}); the database is unchanged.",
                source=source,
                target=target,
                reason=exc,
            )
        ) from exc
    return kept


def database_path(db: Database) -> Path | None:
    return sqlite_path(db.url)
