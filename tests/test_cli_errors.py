"""Command-line errors: a known problem in one line, a bug in the log (without data)."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

if sys.platform != "win32":
    import resource

from fieldvisit.cli_errors import EXIT_BUG, EXIT_PROBLEM, run_handler
from fieldvisit.i18n import set_language
from fieldvisit.services.error_log import stop_logging

CUSTOMER = "刘建国 13700001111"


@pytest.fixture(autouse=True)
def _no_log_left_open() -> object:
    yield None
    stop_logging()


def args_for(db: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), command="report")


def test_a_bug_goes_to_the_log_beside_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def handler(_: argparse.Namespace) -> int:
        raise TypeError(f"cannot format {CUSTOMER}")

    code = run_handler(handler, args_for(tmp_path / "x.db"))
    err = capsys.readouterr().err
    log = tmp_path / "logs" / "fieldvisit.log"
    assert code == EXIT_BUG
    assert "TypeError" in err and str(log) in err and "刘建国" not in err
    written = log.read_text(encoding="utf-8")
    assert "TypeError" in written and "in handler" in written and "刘建国" not in written


def test_a_full_disk_is_one_line_in_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def handler(_: argparse.Namespace) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    previous = set_language("zh_CN")  # what --lang zh (or the locale) chose
    try:
        assert run_handler(handler, args_for(tmp_path / "x.db")) == EXIT_PROBLEM
        assert capsys.readouterr().err.strip() == (
            "fieldvisit: 未完成：磁盘已满。请在磁盘上腾出一些空间，然后重试。"
        )
        set_language("en")
        assert run_handler(handler, args_for(tmp_path / "x.db")) == EXIT_PROBLEM
        assert capsys.readouterr().err.strip() == (
            "fieldvisit: not done: the disk is full. Free some space on the disk, then try again."
        )
    finally:
        set_language(previous)


def test_a_command_that_succeeds_leaves_no_log_behind(tmp_path: Path) -> None:
    assert run_handler(lambda _: 0, args_for(tmp_path / "x.db")) == 0
    assert not (tmp_path / "logs").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="ulimit -f is POSIX")
@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "larger than this system allows"), ("zh", "超出此系统允许的大小")],
)
def test_a_file_size_limit_is_said_as_such_and_keeps_what_was_saved(
    tmp_path: Path, lang: str, says: str
) -> None:
    """A real ``ulimit -f``: SQLite reports the refused write as a plain I/O error."""
    db = tmp_path / "small.db"
    fieldvisit = [sys.executable, "-m", "fieldvisit", "--db", str(db)]
    subprocess.run([*fieldvisit, "check"], check=True, capture_output=True)
    before = subprocess.run([*fieldvisit, "stats"], check=True, capture_output=True).stdout

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (db.stat().st_size + 64 * 1024,) * 2)

    done = subprocess.run(
        [*fieldvisit, "demo"],
        capture_output=True,
        text=True,
        preexec_fn=limited,
        env={**os.environ, "FIELDVISIT_LANG": lang},
    )
    assert done.returncode == EXIT_PROBLEM
    assert says in done.stderr and "Traceback" not in done.stderr
    after = subprocess.run([*fieldvisit, "stats"], check=True, capture_output=True).stdout
    assert after == before  # the demo was rolled back whole
