"""Settings kept in the database: company name, backups, and who uses the laptop."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldvisit.domain.enums import AccountType, MemberRole, WorkBase
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.reporting import company_name
from fieldvisit.services.settings import (
    DEFAULT_BACKUP_KEEP,
    AppSettings,
    last_auto_backup,
    load_settings,
    record_auto_backup,
    save_settings,
    update_current_user,
)
from fieldvisit.services.team import current_user, list_team, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account


def test_defaults_on_a_new_database(db: Database) -> None:
    assert load_settings(db) == AppSettings("", None, DEFAULT_BACKUP_KEEP)
    assert last_auto_backup(db) is None
    assert company_name(db) == "FieldVisit"


def test_saved_settings_come_back_and_reach_the_report_header(db: Database, tmp_path: Path) -> None:
    saved = save_settings(db, AppSettings("  华东  医药  有限公司 ", tmp_path / "bk", 3))
    assert saved == AppSettings("华东 医药 有限公司", tmp_path / "bk", 3)
    assert load_settings(db) == saved
    assert company_name(db) == "华东 医药 有限公司"

    save_settings(db, AppSettings("", None, 5))
    assert load_settings(db) == AppSettings("", None, 5)
    assert company_name(db) == "FieldVisit"


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        (AppSettings("x" * 121), "company_name"),
        (AppSettings(backup_keep=0), "backup_keep"),
        (AppSettings(backup_keep=366), "backup_keep"),
        (AppSettings(backup_folder=Path("relative/folder")), "backup_folder"),
    ],
)
def test_invalid_settings_name_the_field_and_save_nothing(
    db: Database, settings: AppSettings, field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        save_settings(db, settings)
    assert raised.value.field == field
    assert load_settings(db) == AppSettings()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_backup_folder_is_refused(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    with pytest.raises(ValidationError) as raised:
        save_settings(db, AppSettings(backup_folder=folder))
    assert raised.value.field == "backup_folder"


def test_a_file_is_not_a_backup_folder(db: Database, tmp_path: Path) -> None:
    file = tmp_path / "file.txt"
    file.write_text("x")
    with pytest.raises(ValidationError, match="not a folder"):
        save_settings(db, AppSettings(backup_folder=file))


def test_last_automatic_backup_time(db: Database) -> None:
    when = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
    record_auto_backup(db, when)
    assert last_auto_backup(db) == when


def test_a_new_spelling_renames_the_current_member_and_keeps_their_accounts(
    db: Database,
) -> None:
    me = set_current_user(db, "Wang Fang", MemberRole.REP)
    with db.session_scope() as session:
        session.add(
            Account(name="City Hospital", account_type=AccountType.HOSPITAL, owner_id=me.id)
        )
    renamed = update_current_user(db, " 王芳 ", MemberRole.REP, WorkBase.HOME)
    assert renamed.id == me.id
    assert (renamed.name, renamed.work_base) == ("王芳", WorkBase.HOME)
    assert [m.account_count for m in list_team(db)] == [1]


def test_another_members_name_and_role_switch_to_that_member(db: Database) -> None:
    other = set_current_user(db, "Zhao Lei", MemberRole.MANAGER)
    me = set_current_user(db, "Li Na", MemberRole.REP)
    assert update_current_user(db, "Li Na", MemberRole.MANAGER).id not in {me.id, other.id}
    switched = update_current_user(db, "Zhao Lei", MemberRole.MANAGER, WorkBase.HOME)
    assert switched.id == other.id
    assert switched.work_base is WorkBase.HOME
    assert current_user(db) == switched


def test_an_empty_name_is_refused(db: Database) -> None:
    set_current_user(db, "Li Na", MemberRole.REP)
    with pytest.raises(ValidationError) as raised:
        update_current_user(db, "   ", MemberRole.REP)
    assert raised.value.field == "name"
    me = current_user(db)
    assert me is not None and me.name == "Li Na"


def test_a_folder_that_cannot_be_created_is_refused(db: Database, tmp_path: Path) -> None:
    file = tmp_path / "file.txt"
    file.write_text("x")
    with pytest.raises(ValidationError) as raised:
        save_settings(db, AppSettings(backup_folder=file / "backups"))
    assert raised.value.field == "backup_folder"
    assert "cannot write" in raised.value.detail
