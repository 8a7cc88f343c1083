"""Open a database for use: refuse wrong files, back up, then upgrade to the newest schema."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError

from fieldvisit import clock
from fieldvisit.domain.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseOpenError,
    FieldVisitError,
    MigrationError,
    NewerDatabaseError,
)
from fieldvisit.i18n import message
from fieldvisit.storage.database import (
    Database,
    create_app_engine,
    inspect_sqlite_file,
    prepare_private_file,
    resolve_url,
    sqlite_path,
)
from fieldvisit.storage.files import copy_sqlite, remove_stale_partials

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SCHEMA_HEAD = "0006_calendar"
"""The newest revision in ``migrations/versions`` (a test keeps the two in step).

Knowing it without Alembic lets a database that is already current open without
importing Alembic and parsing every migration script: ~160 ms of every start-up.
"""


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    if head is None:
        raise MigrationError(message("The application ships no database schema."))
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_known_revision(revision: str | None, where: str, script_location: Path) -> None:
    if revision is None:
        return
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(script_location))
    if revision not in {s.revision for s in scripts.walk_revisions()}:
        raise NewerDatabaseError(
            message(
                "{where} was written by a newer FieldVisit (schema {revision}). "
                "Install the newer version to open it; the file was left unchanged.",
                where=where,
                revision=revision,
            )
        )


def backup_before_migration(path: Path, revision: str) -> Path:
    """Copy the database (consistently, even with a WAL) before its schema changes."""
    stamp = clock.now_utc().strftime("%Y%m%dT%H%M%SZ")
    folder = path.parent / "backups"
    remove_stale_partials(folder)  # an upgrade killed mid-copy left one
    target = folder / f"{path.stem}-before-upgrade-{revision}-{stamp}.db"
    try:
        copy_sqlite(path, target, timeout=5)
    except (OSError, sqlite3.OperationalError) as exc:  # locked, disk full, read-only…
        raise MigrationError(
            message(
                "The database was not upgraded: its safety copy in {folder} could not be "
                "written ({reason}). Nothing was changed.",
                folder=folder,
                reason=exc,
            )
        ) from exc
    except (ValueError, sqlite3.Error) as exc:  # SQLite met damage, or the copy did not verify
        raise CorruptDatabaseError(
            message(
                "{path} is damaged, so it was not upgraded and is unchanged. "
                "Restore it from a backup (fieldvisit restore FILE).",
                path=path,
            )
        ) from exc
    return target


def upgrade(engine: Engine, script_location: Path = MIGRATIONS_DIR) -> None:
    from alembic import command

    config = alembic_config(script_location)
    try:
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except FieldVisitError:
        raise
    except OperationalError as exc:
        if "locked" in str(exc.orig):
            raise DatabaseLockedError(
                message(
                    "The database is in use by another program; close it and start again.",
                )
            ) from exc
        raise MigrationError(_not_upgraded(exc.orig)) from exc
    except DatabaseError as exc:
        # SQLITE_CORRUPT / SQLITE_NOTADB (pages the read-only look did not reach) are not
        # OperationalErrors; without this they escaped as raw SQLAlchemy errors.
        if "malformed" in str(exc.orig) or "not a database" in str(exc.orig):
            raise CorruptDatabaseError(
                message(
                    "The database is damaged ({reason}); the upgrade was rolled back. "
                    "Restore it from a backup (fieldvisit restore FILE).",
                    reason=exc.orig,
                )
            ) from exc
        raise MigrationError(_not_upgraded(exc.orig)) from exc


def _not_upgraded(reason: object) -> str:
    return message(
        "The database could not be upgraded: {reason}",
        reason=reason,
    )


def open_database(
    target: str | os.PathLike[str] | URL | None = None,
    *,
    script_location: Path = MIGRATIONS_DIR,
) -> Database:
    """Open (creating if new) and upgrade a database; raise a user-facing error otherwise."""
    url = target if isinstance(target, URL) else resolve_url(target)
    path = sqlite_path(url)
    if path is not None:
        state = inspect_sqlite_file(path)
        if state.revision == SCHEMA_HEAD and script_location == MIGRATIONS_DIR:
            return Database(url, create_app_engine(url))  # current: the usual start-up
    head = head_revision(script_location)
    if path is not None:
        check_known_revision(state.revision, str(path), script_location)
        if state.is_new:
            prepare_private_file(path)
        elif state.revision != head:
            backup_before_migration(path, state.revision or "base")
        if state.revision == head:
            return Database(url, create_app_engine(url))
    # Migrations run on their own engine with foreign keys off; see migrations/env.py.
    migration_engine = create_app_engine(url, foreign_keys=False)
    try:
        revision = current_revision(migration_engine)
        check_known_revision(revision, "The database", script_location)
        if revision != head:
            upgrade(migration_engine, script_location)
    except OperationalError as exc:
        raise DatabaseOpenError(
            message(
                "Cannot connect to the database: {reason}",
                reason=exc.orig,
            )
        ) from exc
    finally:
        migration_engine.dispose()
    return Database(url, create_app_engine(url))
