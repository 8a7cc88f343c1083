"""Every error detail in the user's language: the raising sites of a few areas, walked
in Chinese, say their detail in Chinese (not only the title)."""

from __future__ import annotations

import ast
import os
import re
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldvisit import i18n
from fieldvisit.domain.enums import CoVisitStatus, PromiseStatus
from fieldvisit.domain.errors import (
    BackupError,
    CorruptDatabaseError,
    FieldVisitError,
    ForeignDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    NotFoundError,
    ValidationError,
)
from fieldvisit.services.accounts.trash import AccountInTrashError, PurgeRefusedError
from fieldvisit.services.backup import restore
from fieldvisit.services.covisits import session as covisit_session
from fieldvisit.services.covisits.reading import CoVisitLockedError
from fieldvisit.services.covisits.session import AcknowledgementError
from fieldvisit.services.records.promises import close_promise
from fieldvisit.services.records.records import load_record
from fieldvisit.services.settings import check_writable_folder
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import CoVisit
from tests.services.covisits.conftest import make_field

CJK = re.compile(r"[\u4e00-\u9fff]")
DAY = date(2026, 3, 10)


@pytest.fixture
def chinese() -> Iterator[None]:
    previous = i18n.set_language(i18n.CHINESE)
    yield
    i18n.set_language(previous)


def detail_of(action: Callable[[], object], kind: type[FieldVisitError]) -> str:
    with pytest.raises(kind) as raised:
        action()
    return raised.value.detail


def assert_chinese(detail: str, *english: str) -> None:
    """Chinese, and none of the English sentence (a word of it, or the whole)."""
    assert CJK.search(detail), detail
    for words in english:
        assert words not in detail, detail


def foreign_database(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    return path


def test_opening_a_database_that_cannot_be_used_is_said_in_chinese(
    tmp_path: Path, chinese: None
) -> None:
    foreign = foreign_database(tmp_path / "other.db")
    detail = detail_of(lambda: open_database(foreign), ForeignDatabaseError)
    assert_chinese(detail, "another program", "left unchanged")
    assert str(foreign) in detail  # the path stays as it is

    folder = tmp_path / "dir.db"
    folder.mkdir()
    detail = detail_of(lambda: open_database(folder), NotADatabaseError)
    assert_chinese(detail, "not a database file", "folder")
    assert "是文件夹" in detail

    text_file = tmp_path / "notes.db"
    text_file.write_text("not a database", encoding="utf-8")
    assert_chinese(
        detail_of(lambda: open_database(text_file), NotADatabaseError), "is not an SQLite file"
    )

    damaged = tmp_path / "damaged.db"
    open_database(damaged).close()
    data = bytearray(damaged.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree, past the header
    damaged.write_bytes(bytes(data))
    assert_chinese(
        detail_of(lambda: open_database(damaged), CorruptDatabaseError),
        "cannot be read as a database",
        "is damaged",
        "restore it from a backup",
    )


def test_a_database_from_a_newer_fieldvisit_is_said_in_chinese(
    db: Database, db_path: Path, chinese: None
) -> None:
    with db.session_scope() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'f00dfeedbeef'"))
    db.close()
    detail = detail_of(lambda: open_database(db_path), NewerDatabaseError)
    assert_chinese(detail, "was written by a newer", "Install the newer version")
    assert "f00dfeedbeef" in detail


def test_a_failed_restore_is_said_in_chinese(tmp_path: Path, db_path: Path, chinese: None) -> None:
    open_database(db_path).close()
    missing = tmp_path / "no-such-backup.db"
    assert_chinese(
        detail_of(lambda: restore(db_path, missing), BackupError), "does not exist", "not a file"
    )
    assert_chinese(detail_of(lambda: restore(db_path, db_path), BackupError), "the same file")
    foreign = foreign_database(tmp_path / "other.db")
    assert_chinese(detail_of(lambda: restore(db_path, foreign), BackupError), "another program")


def test_a_missing_record_and_a_closed_promise_are_said_in_chinese(
    db: Database, chinese: None
) -> None:
    missing = uuid.uuid4()
    detail = detail_of(lambda: load_record(db, missing), NotFoundError)
    assert_chinese(detail, "No contact record", "has the ID")
    assert str(missing) in detail
    assert_chinese(
        detail_of(lambda: close_promise(db, missing, PromiseStatus.KEPT, ""), ValidationError),
        "Write a short note",
    )


def test_a_signed_off_co_visit_refuses_an_edit_in_chinese(db: Database, chinese: None) -> None:
    field = make_field(db)
    cv = covisit_session.start_covisit(db, field.rep_id, DAY)
    # Nothing written yet: what the rep would acknowledge is missing, said in Chinese.
    detail = detail_of(lambda: covisit_session.acknowledge(db, cv.id, None), AcknowledgementError)
    assert_chinese(detail, "Add at least one call", "development objectives")
    with db.session_scope() as session:
        row = session.get(CoVisit, cv.id)
        assert row is not None
        row.status = CoVisitStatus.SIGNED_OFF
    detail = detail_of(
        lambda: covisit_session.set_covisit_field(db, cv.id, "strengths", "x"),
        CoVisitLockedError,
    )
    assert_chinese(detail, "signed off and is locked", "new revision")


def test_a_folder_that_cannot_be_used_is_said_in_chinese(tmp_path: Path, chinese: None) -> None:
    afile = tmp_path / "a-file"
    afile.write_text("x", encoding="utf-8")
    detail = detail_of(lambda: check_writable_folder(afile, "backup_folder"), ValidationError)
    assert_chinese(detail, "is a file, not a folder")
    assert_chinese(
        detail_of(
            lambda: check_writable_folder(Path("relative"), "backup_folder"), ValidationError
        ),
        "is not a full path",
    )


def test_trash_refusals_name_no_customer_and_speak_chinese(chinese: None) -> None:
    refused = AccountInTrashError({uuid.uuid4(): "北京协和医院"})
    assert_chinese(refused.detail, "belong to", "Restore the accounts")
    assert "北京协和医院" not in refused.detail and "1" in refused.detail
    i18n.set_language(i18n.ENGLISH)
    english = PurgeRefusedError(())
    assert "Co-visit reports and visit plans refer to 0" in english.detail


def test_the_details_stay_english_in_english(db: Database, tmp_path: Path) -> None:
    """Tests and the default speak English: the same sites, the English sentence."""
    missing = uuid.uuid4()
    assert detail_of(lambda: load_record(db, missing), NotFoundError) == (
        f"No contact record has the ID {missing}."
    )
    foreign = foreign_database(tmp_path / "other.db")
    detail = detail_of(lambda: open_database(foreign), ForeignDatabaseError)
    assert detail.startswith(f"{foreign} is an SQLite database of another program")
    assert not CJK.search(detail)


def test_the_command_line_prints_a_chinese_detail(tmp_path: Path) -> None:
    foreign = foreign_database(tmp_path / "other.db")
    env = {**os.environ, "FIELDVISIT_LANG": "zh"}
    done = subprocess.run(
        [sys.executable, "-m", "fieldvisit", "--db", str(foreign), "search", "x"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "不是 FieldVisit 的" in done.stderr, done.stderr
    assert "another program" not in done.stderr


def _message_calls() -> Iterator[tuple[str, int, str, str | None]]:
    """Every ``message("English", "中文"?, ...)`` in the package: (file, line, en, zh)."""
    package = Path(__file__).resolve().parents[1] / "fieldvisit"
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "message"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                continue
            zh = node.args[1] if len(node.args) > 1 else None
            written = zh.value if isinstance(zh, ast.Constant) else None
            yield path.name, node.lineno, node.args[0].value, written


def test_every_message_has_its_chinese_with_the_same_fields() -> None:
    """Written beside it until the catalogue tool moves it, or in the catalogue: either
    way Chinese, and naming the same ``{fields}`` (a typo would raise a KeyError)."""
    fields = re.compile(r"\{(\w*)[^{}]*\}")
    calls = list(_message_calls())
    assert len(calls) > 150
    for name, line, en, written in calls:
        zh = written or i18n.lookup(i18n.MESSAGES, en, i18n.CHINESE)
        if en.strip(" ,") == "":
            continue  # a separator
        assert zh and CJK.search(zh), f"{name}:{line}: {en!r} has no Chinese"
        assert set(fields.findall(zh)) == set(fields.findall(en)), f"{name}:{line}: {zh!r}"


def test_what_a_co_visit_lacks_has_the_sign_off_pages_chinese() -> None:
    """The service says what is missing with the page's sentences: each has its Chinese."""
    from fieldvisit.services.covisits import completeness

    for sentence in completeness._SENTENCES.values():
        zh = i18n.lookup(completeness.SENTENCE_CONTEXT, sentence, i18n.CHINESE)
        assert zh and CJK.search(zh), sentence
