"""Moving the database to another folder: copied, verified, remembered, then switched."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from fieldvisit.domain.enums import MemberRole
from fieldvisit.domain.errors import DatabaseOpenError, ValidationError
from fieldvisit.services import data_folder
from fieldvisit.services.data_folder import DataFolderError, check_target, move_database
from fieldvisit.services.demo import generate_demo
from fieldvisit.services.team import current_user, set_current_user
from fieldvisit.storage.database import (
    Database,
    default_db_path,
    resolve_url,
    sqlite_path,
    standard_db_path,
)
from fieldvisit.storage.location import chosen_db_path, location_file, remember_db_path
from fieldvisit.storage.migrate import open_database


def counts(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.fixture
def filled(db: Database) -> Database:
    generate_demo(db, accounts=20, seed=3)
    set_current_user(db, "Li Na", MemberRole.REP)
    return db


def test_move_keeps_every_row_and_the_next_start_opens_the_new_place(
    filled: Database, tmp_path: Path
) -> None:
    old = filled.path
    assert old is not None
    before = counts(old)
    result = move_database(filled, tmp_path / "elsewhere")

    new = tmp_path / "elsewhere" / "fieldvisit.db"
    assert (result.old, result.new, result.old_left_at) == (old, new, None)
    assert not old.exists()
    assert filled.path == new
    me = current_user(filled)  # the open database now works on the new file
    assert me is not None and me.name == "Li Na"
    assert counts(new) == before
    with contextlib.closing(sqlite3.connect(new)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    assert json.loads(location_file().read_text(encoding="utf-8")) == {"database": str(new)}
    assert default_db_path() == new
    reopened = open_database(None)
    try:
        assert reopened.path == new
        assert current_user(reopened) == me
    finally:
        reopened.close()


def test_moving_back_to_the_standard_folder_forgets_the_choice(
    filled: Database, tmp_path: Path
) -> None:
    move_database(filled, tmp_path / "elsewhere")
    assert chosen_db_path() is not None
    move_database(filled, standard_db_path().parent)
    assert not location_file().exists()
    assert filled.path == standard_db_path()


def test_an_existing_target_is_refused_and_left_alone(filled: Database, tmp_path: Path) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    (folder / "fieldvisit.db").write_bytes(b"someone else's")
    with pytest.raises(ValidationError) as raised:
        move_database(filled, folder)
    assert raised.value.field == "data_folder"
    assert "already exists" in raised.value.detail
    assert (folder / "fieldvisit.db").read_bytes() == b"someone else's"
    assert filled.path == tmp_path / "fieldvisit.db"
    assert not location_file().exists()


def test_the_same_folder_and_a_file_are_refused(filled: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="already in"):
        check_target(filled, tmp_path)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(ValidationError, match="not a folder"):
        check_target(filled, tmp_path / "file.txt")
    with pytest.raises(ValidationError, match="cannot write"):
        check_target(filled, tmp_path / "file.txt" / "sub")


def test_a_full_disk_midway_leaves_the_old_database_in_use_and_untouched(
    filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = filled.path
    assert old is not None
    before = counts(old)
    old_bytes_size = old.stat().st_size

    def fail(source: Path, target: Path) -> None:
        target.write_bytes(b"half a database")
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr(data_folder, "_copy_online", fail)
    with pytest.raises(DataFolderError) as raised:
        move_database(filled, tmp_path / "usb")
    assert "No space left on device" in raised.value.detail
    assert str(old.parent) in raised.value.detail
    assert not (tmp_path / "usb").exists()  # the partial copy and its new folder are gone
    assert filled.path == old
    assert old.stat().st_size == old_bytes_size
    assert counts(old) == before
    assert not location_file().exists()
    assert current_user(filled) is not None


def test_a_copy_that_does_not_verify_is_discarded(
    filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_copy = data_folder._copy_online

    def lossy(source: Path, target: Path) -> None:
        real_copy(source, target)
        with contextlib.closing(sqlite3.connect(target)) as conn:
            conn.execute("DELETE FROM promise")
            conn.commit()

    monkeypatch.setattr(data_folder, "_copy_online", lossy)
    with pytest.raises(DataFolderError, match="same rows"):
        move_database(filled, tmp_path / "other")
    assert not (tmp_path / "other").exists()
    assert filled.path == tmp_path / "fieldvisit.db"


def test_a_remembered_file_that_went_missing_is_an_error(tmp_path: Path) -> None:
    remember_db_path(tmp_path / "gone" / "fieldvisit.db")
    with pytest.raises(DatabaseOpenError, match="not there"):
        open_database(None)
    remember_db_path(None)
    assert default_db_path() == standard_db_path()


def test_db_and_the_environment_still_win_over_the_remembered_place(
    filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    move_database(filled, tmp_path / "elsewhere")
    monkeypatch.setenv("FIELDVISIT_DB", str(tmp_path / "env.db"))
    assert sqlite_path(resolve_url()) == (tmp_path / "env.db").resolve()
    assert sqlite_path(resolve_url(tmp_path / "arg.db")) == (tmp_path / "arg.db").resolve()
    monkeypatch.delenv("FIELDVISIT_DB")
    assert sqlite_path(resolve_url()) == tmp_path / "elsewhere" / "fieldvisit.db"
