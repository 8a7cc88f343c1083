"""Shared fixtures: no display, no real user folders, a fresh SQLite file per test."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, date, time
from pathlib import Path

import pytest

# CI has no display; set before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from fieldvisit.clock import FixedClock, set_clock
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep tests away from the developer's own data folder and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("FIELDVISIT_DB", raising=False)
    # The command line speaks $FIELDVISIT_LANG or the locale's language: English in tests.
    monkeypatch.setenv("FIELDVISIT_LANG", "en")


@pytest.fixture(autouse=True)
def _no_background_work_left() -> Iterator[None]:
    """Work a test's widgets started off the GUI thread ends with the test: left running,
    it would meet the next test's set-up (which rewrites the environment) and its files."""
    yield
    background = sys.modules.get("fieldvisit.ui.background")
    if background is not None:
        background.wait_for_background_work()


@pytest.fixture(autouse=True)
def _english_by_default() -> Iterator[None]:
    """Every test starts in English; one that switches language cannot leak it."""
    from fieldvisit import i18n

    previous = i18n.set_language(i18n.ENGLISH)
    yield
    i18n.set_language(previous)


# The day every test lives on unless it moves the clock itself (a Monday).
TEST_DAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def fixed_clock() -> Iterator[FixedClock]:
    """Every test runs on the same day whatever the machine's date: time is an input."""
    pinned = FixedClock.on(TEST_DAY, time(10, 0), UTC)
    previous = set_clock(pinned)
    yield pinned
    set_clock(previous)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "fieldvisit.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


def pytest_configure(config: pytest.Config) -> None:
    """``faketime -f +400d python -m pytest`` as typed: start again the way .ci/clock-shift
    does. libfaketime (0.9.10) fakes the monotonic clock too unless told not to, and then
    every timed thread wait sleeps for the whole shift; with it real, CPython's sleep needs
    the select()-based one in .ci/faketime. Both are read when a process starts."""
    if not os.environ.get("FAKETIME") or os.environ.get("FAKETIME_DONT_FAKE_MONOTONIC"):
        return
    site = Path(__file__).resolve().parents[1] / ".ci" / "faketime"
    os.environ["FAKETIME_DONT_FAKE_MONOTONIC"] = "1"
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, (str(site), os.environ.get("PYTHONPATH")))
    )
    capture = config.pluginmanager.getplugin("capturemanager")
    if capture is not None:
        capture.stop_global_capturing()  # the new process writes to the real terminal
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])
