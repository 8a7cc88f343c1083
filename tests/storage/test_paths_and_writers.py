"""Paths FieldVisit must not touch, and two programs writing the same database at once."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from fieldvisit.domain.enums import AccountType
from fieldvisit.domain.errors import BackupError, DatabaseLockedError, NotADatabaseError
from fieldvisit.services.backup import backup, restore
from fieldvisit.storage.db_lock import lock_path
from fieldvisit.storage.files import make_private_dirs, partial_name
from fieldvisit.storage.migrate import backup_before_migration, open_database
from fieldvisit.storage.models import Account

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file types and modes")


@posix_only
def test_a_fifo_is_refused_and_left_untouched(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo, 0o644)
    with pytest.raises(NotADatabaseError, match="pipe"):
        open_database(fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert stat.S_IMODE(fifo.stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.db"]


@posix_only
def test_a_device_is_refused_and_its_mode_kept() -> None:
    before = os.stat("/dev/null")
    with pytest.raises(NotADatabaseError, match="device"):
        open_database("/dev/null")
    after = os.stat("/dev/null")
    assert stat.S_IMODE(after.st_mode) == stat.S_IMODE(before.st_mode)


@posix_only
def test_folders_made_on_the_way_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        db = open_database(tmp_path / "a" / "b" / "fieldvisit.db")
        db.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a" / "b").stat().st_mode) == 0o700
    existing = tmp_path / "mine"
    existing.mkdir(mode=0o755)
    os.chmod(existing, 0o755)
    make_private_dirs(existing / "new")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o755


def _add(db_path: Path, name: str, hold: float, started: threading.Event | None) -> None:
    db = open_database(db_path)
    try:
        with db.session_scope() as session:
            # Real units read before they write; a deferred BEGIN fails here on upgrade.
            session.query(Account).count()
            session.add(Account(name=name, account_type=AccountType.PHARMACY))
            session.flush()
            if started is not None:
                started.set()
            time.sleep(hold)
    finally:
        db.close()


def test_a_second_writer_waits_its_turn_instead_of_failing(db_path: Path) -> None:
    open_database(db_path).close()
    started = threading.Event()
    errors: list[BaseException] = []

    def first() -> None:
        try:
            _add(db_path, "药店一", 1.0, started)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=first)
    thread.start()
    assert started.wait(10)
    # Reads begin deferred: they see the last commit at once, without waiting.
    reader = open_database(db_path)
    with reader.read_scope() as session:
        assert session.query(Account).count() == 0
    reader.close()
    # This write starts while the first holds the write lock: it waits, then succeeds.
    _add(db_path, "药店二", 0.0, None)
    thread.join()
    assert errors == []
    db = open_database(db_path)
    with db.read_scope() as session:
        assert sorted(a.name for a in session.query(Account)) == ["药店一", "药店二"]
    db.close()


def test_restore_refuses_while_another_process_has_the_database_open(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    db = open_database(live)
    with db.session_scope() as session:
        session.add(Account(name="保留", account_type=AccountType.CLINIC))
    saved = backup(db, tmp_path / "saved.db")
    db.close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from fieldvisit.storage.migrate import open_database
                db = open_database({str(live)!r})
                print("open", flush=True)
                sys.stdin.read()
                db.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = live.read_bytes()
        with pytest.raises(BackupError, match="open in FieldVisit"):
            restore(live, saved)
        assert live.read_bytes() == before
        assert not (tmp_path / "backups").exists()
    finally:
        holder.communicate("", timeout=30)
    # Once the other program has closed it, the restore goes through.
    result = restore(live, saved)
    assert result.replaced_kept_at is not None
    assert not lock_path(live).exists()


def test_a_restore_in_progress_keeps_others_out(tmp_path: Path) -> None:
    from fieldvisit.storage.db_lock import exclusive_use

    live = tmp_path / "live.db"
    open_database(live).close()
    with exclusive_use(live) as alone:
        assert alone
        with pytest.raises(DatabaseLockedError, match="being restored"):
            open_database(live)


def test_an_interrupted_copy_leaves_nothing_named_like_a_backup(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    open_database(live).close()
    folder = tmp_path / "backups"
    # A copy killed half-way leaves only its hidden partial file, never a "*.db" ...
    earlier = folder / "live-before-upgrade-0001-20260101T000000Z.db"
    make_private_dirs(folder)
    partial_name(earlier).write_bytes(b"SQLite format 3\x00 half")
    # ... which the next safety copy into that folder clears away.
    written = backup_before_migration(live, "0002")
    assert [p.name for p in folder.iterdir()] == [written.name]
    assert written.suffix == ".db"
