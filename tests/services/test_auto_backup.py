"""Daily automatic backups: one a day, the newest N kept, nobody else's files touched."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldvisit.domain.enums import MemberRole
from fieldvisit.domain.errors import BackupError
from fieldvisit.services.auto_backup import (
    automatic_backups,
    back_up_now,
    backup_folder,
    run_due_backup,
)
from fieldvisit.services.settings import AppSettings, last_auto_backup, save_settings
from fieldvisit.services.team import set_current_user
from fieldvisit.storage.database import Database

T0 = datetime(2025, 3, 14, 8, 0, tzinfo=UTC)


@pytest.fixture
def folder(db: Database, tmp_path: Path) -> Path:
    set_current_user(db, "Li Na", MemberRole.REP)
    chosen = tmp_path / "backups-chosen"
    save_settings(db, AppSettings(backup_folder=chosen, backup_keep=3))
    return chosen


def member_names(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM team_member")]


def test_one_backup_a_day(db: Database, folder: Path) -> None:
    first = run_due_backup(db, T0)
    assert first == folder / "fieldvisit-auto-20250314T080000Z.db"
    assert member_names(first) == ["Li Na"]
    assert last_auto_backup(db) == T0

    assert run_due_backup(db, T0 + timedelta(hours=23, minutes=59)) is None
    second = run_due_backup(db, T0 + timedelta(hours=24, seconds=1))
    assert second is not None and second != first
    assert [b.path for b in automatic_backups(folder)] == [first, second]


def test_the_default_folder_is_beside_the_database(db: Database, db_path: Path) -> None:
    assert backup_folder(db) == db_path.parent / "backups"
    written = run_due_backup(db, T0)
    assert written is not None and written.parent == db_path.parent / "backups"


def test_retention_keeps_the_newest_and_never_touches_foreign_files(
    db: Database, folder: Path
) -> None:
    folder.mkdir()
    foreign = [
        folder / "fieldvisit-20250101T000000Z.db",  # a manual `fieldvisit backup FOLDER`
        folder / "fieldvisit-auto-20200101T000000Z.db.txt",
        folder / "fieldvisit-auto-latest.db",
        folder / "notes.txt",
    ]
    for path in foreign:
        path.write_text("not ours")

    written = [run_due_backup(db, T0 + timedelta(days=d)) for d in range(5)]
    assert all(w is not None for w in written)
    kept = [b.path for b in automatic_backups(folder)]
    assert kept == written[2:]
    for path in foreign:
        assert path.read_text() == "not ours"


def test_back_up_now_writes_even_when_not_due(db: Database, folder: Path) -> None:
    first = run_due_backup(db, T0)
    again = back_up_now(db, now=T0)  # the same second: a distinct name
    assert first is not None and again != first
    other = back_up_now(db, folder / "elsewhere", keep=1, now=T0 + timedelta(minutes=5))
    assert other.parent == folder / "elsewhere"
    assert len(automatic_backups(folder)) == 2


def test_an_unwritable_folder_is_reported(db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(BackupError):
        back_up_now(db, blocker / "backups", now=T0)
