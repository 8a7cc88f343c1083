"""Killing FieldVisit at any moment never damages the database or loses a commit.

A writer process (``crash_writer.py``) commits multi-table transactions and reports
each one after its commit; the test kills it with SIGKILL at random moments, then
checks the file: it passes SQLite's integrity checks, holds every reported
transaction, and holds only whole transactions.
"""

from __future__ import annotations

import os
import random
import re
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from fieldvisit.storage.migrate import head_revision, open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 25
STUCK_AFTER_S = 120.0
"""Only guards against a hung writer; never an assertion on speed."""


class Writer:
    """A running ``crash_writer.py`` and the lines it has printed so far."""

    def __init__(self, db_path: Path, first_seq: int, stderr_path: Path) -> None:
        self._stderr_path = stderr_path
        self._stderr = stderr_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path), str(first_seq)],
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            bufsize=0,
        )
        assert self.proc.stdout is not None
        self._fd = self.proc.stdout.fileno()
        self._partial = b""
        self.lines: list[str] = []

    def _read(self, timeout: float) -> bool:
        """Read what is available; False at end of output."""
        with selectors.DefaultSelector() as selector:
            selector.register(self._fd, selectors.EVENT_READ)
            if not selector.select(timeout):
                return True
        chunk = os.read(self._fd, 65536)
        if not chunk:
            return False
        *complete, self._partial = (self._partial + chunk).split(b"\n")
        self.lines += [line.decode() for line in complete]
        return True

    def wait_for_line(self, wanted: str | None = None) -> None:
        """Wait for a line equal to ``wanted``, or for any sequence number if None."""
        deadline = time.monotonic() + STUCK_AFTER_S

        def seen() -> bool:
            if wanted is None:
                return any(line.isdigit() for line in self.lines)
            return wanted in self.lines

        while not seen():
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._read(min(remaining, 1.0)):
                self.kill()
                pytest.fail(f"writer never printed {wanted or 'a commit'}:\n{self.stderr()}")

    def kill(self) -> set[int]:
        """SIGKILL the writer; return every sequence number it reported as committed."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        while self._read(STUCK_AFTER_S):
            pass
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        self._stderr.close()
        return {int(line) for line in self.lines if line.isdigit()}

    def stderr(self) -> str:
        return self._stderr_path.read_text(errors="replace")


def check_database(path: Path) -> set[int]:
    """Integrity, and whole transactions only; returns the sequence numbers stored."""
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
        rows = conn.execute(
            """
            SELECT a.name, t.name,
                   (SELECT count(*) FROM stakeholder s WHERE s.account_id = a.id),
                   (SELECT count(*) FROM contact_record r
                     WHERE r.account_id = a.id AND r.author_id = t.id)
            FROM account a LEFT JOIN team_member t ON t.id = a.owner_id
            """
        ).fetchall()
        totals = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("team_member", "account", "stakeholder", "contact_record")
        }
    seqs: set[int] = set()
    for account_name, owner_name, stakeholders, records in rows:
        match = re.fullmatch(r"account (\d+)", account_name)
        assert match, account_name
        seq = int(match.group(1))
        assert seq not in seqs, f"transaction {seq} stored twice"
        seqs.add(seq)
        assert owner_name == f"rep {seq}", f"account {seq} lost its owner"
        assert stakeholders == 2, f"account {seq} has {stakeholders} stakeholders"
        assert records == 1, f"account {seq} has {records} contact records"
    n = len(seqs)
    assert totals == {"team_member": n, "account": n, "stakeholder": 2 * n, "contact_record": n}
    return seqs


def test_sigkill_at_random_moments_never_loses_a_commit_or_leaves_half_of_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "fieldvisit.db"
    rng = random.Random(20261123)
    stored: set[int] = set()
    next_seq = 1
    killed_while_writing = 0
    for round_no in range(ROUNDS):
        writer = Writer(path, next_seq, tmp_path / f"writer-{round_no}.err")
        if round_no in (7, 16):
            # While the existing database is being opened, before any write.
            writer.wait_for_line("opening")
            time.sleep(rng.uniform(0.0, 0.05))
        else:
            # After the first commit, so that start-up is not the only thing killed.
            writer.wait_for_line(None)
            time.sleep(rng.uniform(0.05, 0.6))
        reported = writer.kill()
        if reported:
            killed_while_writing += 1
        context = f"round {round_no}, first seq {next_seq}:\n{writer.stderr()}"

        now = check_database(path)
        assert stored <= now, f"earlier commits lost in {context}"
        assert reported <= now, f"reported commits lost in {context}"
        expected = set(range(next_seq, next_seq + len(reported)))
        assert reported == expected, context
        # At most one more: committed, but killed before it could say so.
        assert now - stored - reported <= {next_seq + len(reported)}, context
        stored = now
        next_seq = max(stored, default=0) + 1

    assert killed_while_writing == ROUNDS - 2  # the test really interrupted writes
    assert len(stored) >= ROUNDS
    db = open_database(path)  # and FieldVisit opens the result
    db.close()


def test_sigkill_during_the_first_open_leaves_a_database_that_opens(tmp_path: Path) -> None:
    rng = random.Random(7)
    killed_before_open = 0
    for round_no, delay in enumerate((0.0, 0.02, 0.05, 0.1, 0.2, 0.4)):
        path = tmp_path / f"round-{round_no}" / "fieldvisit.db"
        path.parent.mkdir()
        writer = Writer(path, 1, tmp_path / f"writer-{round_no}.err")
        writer.wait_for_line("opening")
        time.sleep(delay * rng.uniform(0.8, 1.2))
        reported = writer.kill()
        if "open" not in writer.lines:
            killed_before_open += 1

        db = open_database(path)
        db.close()
        assert check_database(path) >= reported
        # The half-made file was never taken for an old database needing a backup.
        assert not (path.parent / "backups").exists()
    assert killed_before_open >= 1  # at least one kill landed inside open_database
