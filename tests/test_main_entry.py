"""`fieldvisit` without a command opens the window without building the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fieldvisit.__main__ import gui_request


@pytest.mark.parametrize(
    ("argv", "db"),
    [([], None), (["--db", "x.db"], "x.db"), (["--db=y.db", "--lang", "zh"], "y.db")],
)
def test_a_plain_start_is_the_window(argv: list[str], db: str | None) -> None:
    request = gui_request(argv)
    assert request is not None and request.db == db


@pytest.mark.parametrize(
    "argv",
    [["demo"], ["--version"], ["-h"], ["--lang", "fr"], ["check", "--db", "x.db"], ["--d", "x"]],
)
def test_anything_else_goes_to_the_command_line(argv: list[str]) -> None:
    assert gui_request(argv) is None


def test_the_window_path_does_not_import_the_commands() -> None:
    code = (
        "import sys; from fieldvisit.__main__ import gui_request; "
        "assert gui_request([]) is not None; "
        "assert 'fieldvisit.cli' not in sys.modules, 'the command line was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
