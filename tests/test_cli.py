"""The headless command line, end to end on real SQLite files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from fieldvisit.cli import main
from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.team import list_team, set_current_user
from fieldvisit.storage.migrate import open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_demo_then_check_stats_and_team_succeed_with_every_entity_populated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    code, out, err = run(capsys, "--db", db, "demo", "--accounts", "2000")
    assert code == 0, err
    assert "2,000 accounts" in out

    report = run_json(capsys, "--db", db, "check")
    assert isinstance(report, dict)
    assert report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["schema_revision"] == report["head_revision"]

    counts = run_json(capsys, "--db", db, "stats")
    assert isinstance(counts, dict)
    assert counts["account"] == 2000
    # Calendar overrides are days the team enters; sample data invents no holidays.
    own = {"app_setting", "draft", "calendar_override"}
    empty = [name for name, n in counts.items() if n == 0 and name not in own]
    assert empty == []

    team = run_json(capsys, "--db", db, "team")
    assert isinstance(team, list)
    roles = {m["role"] for m in team}
    assert roles == {"rep", "manager"}
    names = {m["name"] for m in team}
    reps = [m for m in team if m["role"] == "rep"]
    assert all(m["manager_name"] in names for m in reps)
    assert sum(m["account_count"] for m in reps) == 2000


def test_options_may_come_before_or_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    before = run_json(capsys, "--db", db, "stats")
    code, out, _ = run(capsys, "stats", "--db", db, "--json")
    assert code == 0
    assert json.loads(out) == before


def test_human_output_lists_team_with_chinese_names(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_path)
    set_current_user(db, "王喆", MemberRole.MANAGER)
    db.close()
    code, out, _ = run(capsys, "--db", str(db_path), "team")
    assert code == 0
    assert "王喆" in out
    assert "manager" in out


def test_garbage_file_gets_a_clear_error_and_is_left_unchanged(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.db"
    content = os.urandom(64 * 1024)
    garbage.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "fieldvisit", "--db", str(garbage), "check"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode != 0
    assert str(garbage) in result.stderr
    assert "not an SQLite file" in result.stderr
    assert result.stdout == ""
    assert garbage.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_check_exits_1_and_names_a_broken_reference(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).close()
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "INSERT INTO stakeholder (id, account_id, name, created_at, updated_at) "
            "VALUES ('0123456789abcdef0123456789abcdef', 'ffffffffffffffffffffffffffffffff',"
            " '孤儿', '2026-01-01', '2026-01-01')"
        )
        conn.commit()
    code, out, _ = run(capsys, "--db", str(db_path), "check")
    assert code == 1
    assert "broken reference: stakeholder" in out


def test_backup_and_restore_bring_back_the_saved_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = tmp_path / "live.db"
    db = open_database(db_file)
    set_current_user(db, "李堃", MemberRole.REP)
    db.close()
    backup_file = tmp_path / "saved.db"
    code, _, err = run(capsys, "--db", str(db_file), "backup", str(backup_file))
    assert code == 0, err
    assert backup_file.exists()
    assert oct(backup_file.stat().st_mode & 0o777) == "0o600"

    code, _, err = run(capsys, "--db", str(db_file), "backup", str(backup_file))
    assert code == 1
    assert "already exists" in err

    db = open_database(db_file)
    set_current_user(db, "张镕", MemberRole.MANAGER)
    db.close()

    result = run_json(capsys, "--db", str(db_file), "restore", str(backup_file))
    assert isinstance(result, dict)
    kept = Path(result["replaced_kept_at"])
    db = open_database(db_file)
    assert [m.name for m in list_team(db)] == ["李堃"]
    db.close()
    old = open_database(kept)
    assert {m.name for m in list_team(old)} == {"李堃", "张镕"}
    old.close()


def test_restore_refuses_a_bad_file_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = tmp_path / "live.db"
    db = open_database(db_file)
    set_current_user(db, "王喆", MemberRole.REP)
    db.close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    code, _, err = run(capsys, "--db", str(db_file), "restore", str(bad))
    assert code == 1
    assert "bad.db" in err
    assert not (tmp_path / "backups").exists()
    db = open_database(db_file)
    assert [m.name for m in list_team(db)] == ["王喆"]
    db.close()


def test_demo_refuses_out_of_range_sizes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "demo", "--accounts", "0")
    assert code == 1
    assert err.startswith("fieldvisit:")


def test_module_entry_point_prints_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fieldvisit", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("FieldVisit ")
