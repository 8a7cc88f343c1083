"""Fixtures for the desktop window: settings in a temporary file, the data broadcast."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.team import MemberRow, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[QSettings]:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield store
    store.sync()


@pytest.fixture
def events(qapp: object) -> DataEvents:
    return DataEvents()


@pytest.fixture
def user(db: Database) -> MemberRow:
    return set_current_user(db, "Li Na", MemberRole.REP)


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read English labels unless they install a translation themselves."""
    monkeypatch.setenv("FIELDVISIT_LANG", "en")
