"""The error log: private files beside the database, exceptions without their messages."""

from __future__ import annotations

import errno
import logging
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from fieldvisit.domain.errors import DatabaseLockedError
from fieldvisit.domain.problems import Problem, problem_of
from fieldvisit.services.error_log import (
    MAX_BYTES,
    log,
    log_exception,
    log_file,
    scrubbed_details,
    setup_logging,
    start_logging,
    stop_logging,
)
from fieldvisit.storage.database import Database

CUSTOMER = "王秀英 13912345678"


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path / "data" / "logs")
    yield path
    stop_logging()


def customer_integrity_error(db: Database) -> IntegrityError:
    """A real IntegrityError whose statement carried a customer's name and phone."""
    same = uuid.uuid4().hex
    insert = text(
        "INSERT INTO account (id, name, created_at, updated_at) VALUES (:id, :name, '', '')"
    )
    with pytest.raises(IntegrityError) as caught, db.session_scope() as session:
        session.execute(insert, {"id": same, "name": CUSTOMER})
        session.execute(insert, {"id": same, "name": CUSTOMER})
    return caught.value


def test_the_log_and_its_folder_are_private_and_rotate(log_path: Path) -> None:
    assert log_path.name == "fieldvisit.log" and log_path.parent.name == "logs"
    assert log_file() == log_path
    log.error("first line")
    assert stat.S_IMODE(log_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_path.stat().st_mode) == 0o600
    handler = next(h for h in log.handlers if isinstance(h, logging.FileHandler))
    assert handler.maxBytes == MAX_BYTES  # type: ignore[attr-defined]
    handler.doRollover()  # type: ignore[attr-defined]
    log.error("second line")
    rotated = log_path.with_name("fieldvisit.log.1")
    assert "first line" in rotated.read_text(encoding="utf-8")
    assert "second line" in log_path.read_text(encoding="utf-8")
    for path in (rotated, log_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_logging_follows_the_database_and_survives_an_unwritable_folder(tmp_path: Path) -> None:
    try:
        here = start_logging(tmp_path / "mine" / "fieldvisit.db", tmp_path / "standard")
        assert here == tmp_path / "mine" / "logs" / "fieldvisit.log"
        blocked = tmp_path / "file"
        blocked.write_text("not a folder")
        assert start_logging(None, blocked) is None
    finally:
        stop_logging()


def test_an_integrity_error_never_puts_the_customer_in_the_log(
    db: Database, log_path: Path
) -> None:
    error = customer_integrity_error(db)
    assert CUSTOMER not in str(error)  # the engine hides statement parameters
    log_exception(error, "saving a card")
    written = log_path.read_text(encoding="utf-8")
    assert "sqlalchemy.exc.IntegrityError" in written
    assert "sqlite3.IntegrityError [SQLITE_CONSTRAINT_" in written
    assert "test_error_log.py:" in written
    assert CUSTOMER not in written and "王秀英" not in written and "13912345678" not in written


def test_details_keep_types_and_frames_but_no_message() -> None:
    def save() -> None:
        raise ValueError(f"bad value {CUSTOMER}")

    try:
        try:
            save()
        except ValueError as exc:
            raise RuntimeError(CUSTOMER) from exc
    except RuntimeError as exc:
        details = scrubbed_details(exc)
    assert "RuntimeError" in details and "caused by: ValueError" in details
    assert "in save" in details and "tests/services/test_error_log.py:" in details
    assert "王秀英" not in details and "/home/" not in details


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (sqlite3.OperationalError("database or disk is full"), Problem.DISK_FULL),
        (sqlite3.OperationalError("database is locked"), Problem.LOCKED),
        (sqlite3.OperationalError("disk I/O error"), Problem.DISK_IO),
        (sqlite3.OperationalError("attempt to write a readonly database"), Problem.READ_ONLY),
        (OSError(errno.ENOSPC, "No space left on device"), Problem.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), Problem.READ_ONLY),
        (OSError(errno.EACCES, "Permission denied"), Problem.NO_PERMISSION),
        (OSError(errno.EFBIG, "File too large"), Problem.FILE_TOO_LARGE),
        (sqlite3.DatabaseError("database disk image is malformed"), Problem.DAMAGED),
        (DatabaseLockedError("busy"), Problem.LOCKED),
        (
            OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")),
            Problem.DISK_FULL,
        ),
        (sqlite3.OperationalError("no such table: account"), None),
        (KeyError("x"), None),
    ],
)
def test_known_environment_problems_are_recognised(
    error: BaseException, problem: Problem | None
) -> None:
    assert problem_of(error) is problem


def test_a_bug_while_handling_a_full_disk_stays_a_bug() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "full")
        except OSError:
            raise KeyError("bug") from None
    except KeyError as exc:
        assert problem_of(exc) is None


def test_any_logged_exception_in_the_app_is_scrubbed(log_path: Path) -> None:
    try:
        raise ValueError(f"no such file: {CUSTOMER}.pdf")
    except ValueError:
        logging.getLogger("fieldvisit.ui.printing.batch").exception("Exporting document 1 failed")
    written = log_path.read_text(encoding="utf-8")
    assert "Exporting document 1 failed" in written and "ValueError" in written
    assert "王秀英" not in written
