"""Engine and session life cycle. Nothing here runs at import time: call :func:`open_database`."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from fieldvisit.domain.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseOpenError,
    ForeignDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from fieldvisit.domain.problems import Problem, problem_of
from fieldvisit.i18n import message
from fieldvisit.storage.db_lock import FileLock
from fieldvisit.storage.files import create_private_file, kind_of
from fieldvisit.storage.location import APP_NAME, chosen_db_path

DB_ENV_VAR = "FIELDVISIT_DB"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
READ_ONLY_OPTION = "fieldvisit_read_only"


def default_data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def standard_db_path() -> Path:
    return default_data_dir() / "fieldvisit.db"


def default_db_path() -> Path:
    """The file chosen in Settings ▸ Data (see :mod:`.location`), else the standard one."""
    return chosen_db_path() or standard_db_path()


def resolve_url(target: str | os.PathLike[str] | None = None) -> URL:
    """Turn ``--db``, ``$FIELDVISIT_DB`` or the default into a SQLAlchemy URL.

    A value containing ``://`` is taken as a URL (e.g. ``postgresql+psycopg://…``);
    anything else is a path to a SQLite file.
    """
    raw = os.fspath(target) if target is not None else os.environ.get(DB_ENV_VAR) or None
    if raw is not None and "://" in raw:
        return make_url(raw)
    path = Path(raw).expanduser() if raw else default_db_path()
    return URL.create("sqlite+pysqlite", database=str(path.resolve()))


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


@dataclass(frozen=True, slots=True)
class FileState:
    """What a SQLite file holds before FieldVisit touches it."""

    is_new: bool
    revision: str | None


def inspect_sqlite_file(path: Path) -> FileState:
    """Look at a file read-only and refuse anything that is not a FieldVisit database.

    Runs before the engine connects, so a wrong file is never written to.
    """
    kind = kind_of(path)
    if kind is not None:
        # A device, a FIFO or a folder: never opened, written or chmodded.
        raise NotADatabaseError(
            message(
                "{path} is a {kind}, not a database file. It was left untouched; "
                "choose a regular file with --db.",
                path=path,
                kind=_kind_name(kind),
            )
        )
    if not path.exists() or path.stat().st_size == 0:
        return FileState(is_new=True, revision=None)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(
            message(
                "{path} cannot be read: {reason}.",
                path=path,
                reason=exc.strerror,
            )
        ) from exc
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            message(
                "{path} is not an SQLite file, so it cannot hold FieldVisit data. "
                "It was left unchanged; choose another file with --db.",
                path=path,
            )
        )
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise DatabaseLockedError(
                message(
                    "{path} is locked by another program. Close it and try again.",
                    path=path,
                )
            ) from exc
        if not _writable(path):
            # SQLite cannot open a WAL database whose folder it may not write: not damage.
            raise ReadOnlyDatabaseError(
                message(
                    "{path} is in a folder FieldVisit cannot write to (read-only or no "
                    "permission). The file was left unchanged; make the folder writable, or "
                    "copy the database to a writable folder and open it with --db.",
                    path=path,
                )
            ) from exc
        if problem_of(exc) is Problem.DISK_IO:
            raise DatabaseOpenError(
                message(
                    "{path} cannot be read: the disk reported an error. The file was left "
                    "unchanged; check the disk or drive, then try again.",
                    path=path,
                )
            ) from exc
        raise CorruptDatabaseError(
            message(
                "{path} cannot be read as a database ({reason}). The file was left unchanged; "
                "restore it from a backup (fieldvisit restore FILE).",
                path=path,
                reason=exc,
            )
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            message(
                "{path} is damaged ({reason}). The file was left unchanged; "
                "restore it from a backup (fieldvisit restore FILE).",
                path=path,
                reason=exc,
            )
        ) from exc
    if not tables:
        return FileState(is_new=True, revision=None)
    if revision is None:
        raise ForeignDatabaseError(
            message(
                "{path} is an SQLite database of another program, not FieldVisit's. "
                "The file was left unchanged. Choose another file with --db.",
                path=path,
            )
        )
    return FileState(is_new=False, revision=revision)


def _kind_name(kind: str) -> str:
    """What :func:`kind_of` found, in the user's language."""
    if kind == "folder":
        return message("folder")
    if kind == "device":
        return message("device")
    if kind == "pipe":
        return message("pipe")
    if kind == "socket":
        return message("socket")
    return message("special file")


def _writable(path: Path) -> bool:
    """Whether this process may write the file and its folder (a read-only mount is
    refused even to root)."""
    return os.access(path.parent, os.W_OK) and os.access(path, os.W_OK)


def prepare_private_file(path: Path) -> None:
    """Create the folders and the file readable by their owner only (personal data inside).

    What exists already keeps its permissions: FieldVisit changes only what it created.
    """
    create_private_file(path)


def _configure_sqlite(engine: Engine, *, foreign_keys: bool) -> None:
    # pysqlite's own transaction handling skips BEGIN before DDL and SELECT; take it over
    # so that every session and every migration is one atomic transaction.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A unit of work takes the write lock at its start, so a second writer waits its
        # turn (busy_timeout) instead of failing when its read would upgrade to a write.
        # Read-only units (read_scope) begin deferred and never wait for a writer.
        read_only = conn.get_execution_options().get(READ_ONLY_OPTION, False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def create_app_engine(url: URL, *, foreign_keys: bool = True) -> Engine:
    # hide_parameters: a failed statement's message must not quote the values (names,
    # phones) it was writing; they would reach the log, dialogs and the clipboard.
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
        )
        _configure_sqlite(engine, foreign_keys=foreign_keys)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


class Database:
    """An open FieldVisit database: the engine and the way to run one unit of work."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.path = sqlite_path(url)
        self._lock = self._hold_lock(self.path)
        self._make_sessionmakers()

    @staticmethod
    def _hold_lock(path: Path | None) -> FileLock | None:
        """Say "in use" to a restore in another process for as long as this is open."""
        if path is None:
            return None
        lock = FileLock(path)
        if not lock.acquire(exclusive=False):
            raise DatabaseLockedError(
                message(
                    "{path} is being restored or replaced by another FieldVisit program. "
                    "Wait for it to finish, then open it again.",
                    path=path,
                )
            )
        return lock

    def _make_sessionmakers(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        reader = self.engine.execution_options(**{READ_ONLY_OPTION: True})
        self._read_sessions = sessionmaker(reader, expire_on_commit=False)

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One user action: commits as a whole on success, rolls back on any error.

        On SQLite it holds the write lock from its start; another program writing waits
        up to the busy timeout for it.
        """
        with self._scope(self._sessions(), commit=True) as session:
            yield session

    @contextmanager
    def read_scope(self) -> Iterator[Session]:
        """A read-only unit (one consistent snapshot) that never waits for a writer."""
        with self._scope(self._read_sessions(), commit=False) as session:
            yield session

    @contextmanager
    def _scope(self, session: Session, *, commit: bool) -> Iterator[Session]:
        try:
            yield session
            if commit:
                session.commit()
            # A read-only unit just closes: its snapshot ends, loaded rows stay readable.
        except OperationalError as exc:
            session.rollback()
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                raise DatabaseLockedError(
                    message(
                        "{database} is busy in another window or program, which did "
                        "not finish within {seconds} seconds; nothing was "
                        "saved. Try again in a moment.",
                        database=self.describe(),
                        seconds=BUSY_TIMEOUT_MS // 1000,
                    )
                ) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def rebind(self, url: URL) -> None:
        """Use another database from now on (its file was moved); closes the old connections."""
        self.engine.dispose()
        self._release_lock()
        self.url = url
        self.engine = create_app_engine(url)
        self.path = sqlite_path(url)
        self._lock = self._hold_lock(self.path)
        self._make_sessionmakers()

    def describe(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()
        self._release_lock()

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
