"""The records UI tests work on the same small world as the service tests."""

from __future__ import annotations

import pytest

from fieldvisit.services.team import MemberRow
from fieldvisit.storage.database import Database
from tests.services.records.conftest import World, make_world


@pytest.fixture
def world(db: Database, user: MemberRow) -> World:
    """The current user (Li Na, a rep) is the world's rep."""
    return make_world(db, user.id)
