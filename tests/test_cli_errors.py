"""Command-line errors: a known problem in one line, a bug in the log (without data)."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest

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
        assert capsys.readouterr().err.strip() == "fieldvisit: 未完成：磁盘已满。"
        set_language("en")
        assert run_handler(handler, args_for(tmp_path / "x.db")) == EXIT_PROBLEM
        assert capsys.readouterr().err.strip() == "fieldvisit: not done: the disk is full."
    finally:
        set_language(previous)


def test_a_command_that_succeeds_leaves_no_log_behind(tmp_path: Path) -> None:
    assert run_handler(lambda _: 0, args_for(tmp_path / "x.db")) == 0
    assert not (tmp_path / "logs").exists()
