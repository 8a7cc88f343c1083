"""Opening files: wrong or damaged files are refused untouched, new ones are made private."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
import uuid
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text

from fieldvisit.domain.enums import AccountType, MemberRole
from fieldvisit.domain.errors import (
    CorruptDatabaseError,
    DatabaseOpenError,
    ForeignDatabaseError,
    NotADatabaseError,
)
from fieldvisit.storage.database import (
    create_app_engine,
    default_db_path,
    resolve_url,
    sqlite_path,
)
from fieldvisit.storage.migrate import alembic_config, head_revision, open_database
from fieldvisit.storage.models import Account, Stakeholder, TeamMember

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _revisions() -> list[str]:
    """Revisions from the base up."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _stored_revision(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _passes_integrity_check(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(path)) as conn:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False


def _page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def _root_page(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    return int(row[0])


def _overwrite_page(path: Path, page: int, *, skip: int = 0) -> None:
    """Fill one page (1-based) with random bytes, keeping its first ``skip`` bytes."""
    size = _page_size(path)
    with path.open("r+b") as fh:
        fh.seek((page - 1) * size + skip)
        fh.write(random.Random(page).randbytes(size - skip))


@pytest.fixture
def real_db(tmp_path: Path) -> Path:
    """A FieldVisit database at head with some data, closed (no -wal beside it)."""
    path = tmp_path / "source" / "fieldvisit.db"
    db = open_database(path)
    try:
        with db.session_scope() as session:
            rep = TeamMember(id=uuid.uuid4(), name="王芳", role=MemberRole.REP)
            session.add(rep)
            session.flush()
            session.add_all(
                Account(name=f"药店 {i}", account_type=AccountType.PHARMACY, owner_id=rep.id)
                for i in range(200)
            )
    finally:
        db.close()
    assert _listing(path.parent) == ["fieldvisit.db"]
    return path


# --- files that are not FieldVisit databases --------------------------------------------


def _assert_refused_untouched(path: Path, error: type[DatabaseOpenError], match: str) -> None:
    before = path.read_bytes()
    listing = _listing(path.parent)
    with pytest.raises(error, match=match) as info:
        open_database(path)
    assert str(path) in info.value.detail
    assert path.read_bytes() == before
    assert _listing(path.parent) == listing  # no -wal, -shm or backups folder


def test_random_bytes_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photo.db"
    path.write_bytes(random.Random(7).randbytes(20_000))
    _assert_refused_untouched(path, NotADatabaseError, "not an SQLite file")


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_text("name,phone\n张三,13800000000\n", encoding="utf-8")
    _assert_refused_untouched(path, NotADatabaseError, "not an SQLite file")


def test_text_file_starting_like_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"SQLite format 3\x00 but then just a note about SQLite.\n" * 100)
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_database(path)
    assert path.read_bytes() == b"SQLite format 3\x00 but then just a note about SQLite.\n" * 100
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_database_of_another_program_is_refused_untouched(
    tmp_path: Path, journal_mode: str
) -> None:
    path = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(f"PRAGMA journal_mode={journal_mode}")
        conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
        conn.executemany("INSERT INTO songs (title) VALUES (?)", [("a",), ("b",)])
    before = path.read_bytes()

    with pytest.raises(ForeignDatabaseError, match="another program"):
        open_database(path)

    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()
    if journal_mode == "delete":
        assert _listing(tmp_path) == ["other.sqlite"]
    else:
        # A read-only look at a WAL database leaves SQLite's empty WAL/index files behind;
        # nothing is ever written to the other program's data.
        wal = tmp_path / "other.sqlite-wal"
        assert not wal.exists() or wal.stat().st_size == 0
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT title FROM songs ORDER BY id").fetchall() == [("a",), ("b",)]


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-file.db"
    folder.mkdir()
    with pytest.raises(NotADatabaseError, match="folder"):
        open_database(folder)
    assert _listing(folder) == []
    assert _listing(tmp_path) == ["not-a-file.db"]


# --- damaged FieldVisit databases -------------------------------------------------------


def _truncate_to(pages: float) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        with path.open("r+b") as fh:
            fh.truncate(int(_page_size(path) * pages))

    return damage


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(_truncate_to(0.05), id="truncated-inside-the-header-page"),
        pytest.param(_truncate_to(1), id="truncated-to-one-page"),
        pytest.param(
            lambda p: _truncate_to(os.path.getsize(p) // _page_size(p) // 2)(p),
            id="truncated-to-half",
        ),
        pytest.param(lambda p: _overwrite_page(p, 1, skip=100), id="schema-page-overwritten"),
        pytest.param(lambda p: _overwrite_page(p, 2), id="page-2-overwritten"),
        pytest.param(
            lambda p: _overwrite_page(p, _root_page(p, "alembic_version")),
            id="alembic-version-page-overwritten",
        ),
    ],
)
def test_damaged_database_is_refused_untouched(
    tmp_path: Path, real_db: Path, damage: Callable[[Path], None]
) -> None:
    path = tmp_path / "fieldvisit.db"
    shutil.copy(real_db, path)
    damage(path)
    before = path.read_bytes()

    with pytest.raises(CorruptDatabaseError) as info:
        open_database(path)

    assert isinstance(info.value, DatabaseOpenError)
    assert "damaged" in info.value.detail
    assert "backup" in info.value.detail  # says what to do
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_damage_outside_the_schema_is_not_noticed_at_open(tmp_path: Path, real_db: Path) -> None:
    """What happens today: opening only reads the schema and the revision.

    A database damaged elsewhere opens; the damage shows when the damaged table is read
    (and in ``PRAGMA integrity_check``). Checking every page at start-up would cost time
    proportional to the file size on every launch.
    """
    path = tmp_path / "fieldvisit.db"
    shutil.copy(real_db, path)
    _overwrite_page(path, _root_page(path, "account"))

    db = open_database(path)
    try:
        with db.session_scope() as session:
            assert session.scalar(select(func.count()).select_from(TeamMember)) == 1
        with pytest.raises(sa.exc.DatabaseError, match="malformed"), db.session_scope() as session:
            session.scalars(select(Account)).all()
    finally:
        db.close()
    assert not _passes_integrity_check(path)


def test_damage_met_during_an_upgrade_is_reported_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "fieldvisit.db"
    first = _revisions()[0]
    engine = create_app_engine(resolve_url(path), foreign_keys=False)
    try:
        config = alembic_config()
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, first)
    finally:
        engine.dispose()
    if first == head_revision():
        pytest.skip("only one revision: nothing to upgrade")
    # Damage every table's root page except the ones the open itself reads.
    with closing(sqlite3.connect(path)) as conn:
        roots = [
            r[0]
            for r in conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE type = 'table' "
                "AND name NOT IN ('alembic_version') AND rootpage > 1"
            )
        ]
    for page in roots:
        _overwrite_page(path, page)

    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_database(path)

    assert _stored_revision(path) == first  # the upgrade was rolled back


# --- new and existing files -------------------------------------------------------------


@posix_only
def test_new_database_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "fieldvisit.db"
    db = open_database(path)
    try:
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        with db.session_scope() as session:
            session.add(TeamMember(name="赵六", role=MemberRole.REP))
        wal = Path(f"{path}-wal")
        assert wal.exists()  # WAL mode; SQLite gives it the database file's mode
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    finally:
        db.close()
    assert _stored_revision(path) == head_revision()
    assert not (path.parent / "backups").exists()  # nothing to back up in a new file


@posix_only
def test_empty_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "fieldvisit.db"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    open_database(path).close()
    assert _stored_revision(path) == head_revision()
    # Not created by FieldVisit: its permissions are the user's choice and stay as they were.
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"account", "stakeholder", "contact_record", "team_member"} <= tables
    assert not (tmp_path / "backups").exists()


def test_reopening_at_head_makes_no_backup_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "fieldvisit.db"
    db = open_database(path)
    with db.session_scope() as session:
        session.add(TeamMember(name="孙七", role=MemberRole.MANAGER))
    db.close()
    for _ in range(2):
        db = open_database(path)
        with db.session_scope() as session:
            assert session.scalars(select(TeamMember.name)).all() == ["孙七"]
        db.close()
    assert not (tmp_path / "backups").exists()
    assert _listing(tmp_path) == ["fieldvisit.db"]


def test_open_connections_use_wal_foreign_keys_and_full_sync(tmp_path: Path) -> None:
    db = open_database(tmp_path / "fieldvisit.db")
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    finally:
        db.close()


# --- where the database is --------------------------------------------------------------


def test_resolve_url_takes_an_explicit_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDVISIT_DB", str(tmp_path / "from-env.db"))
    monkeypatch.chdir(tmp_path)
    url = resolve_url("sub/../mine.db")
    assert url.get_backend_name() == "sqlite"
    assert sqlite_path(url) == tmp_path.resolve() / "mine.db"
    assert sqlite_path(resolve_url(tmp_path / "p.db")) == tmp_path.resolve() / "p.db"


def test_resolve_url_expands_the_home_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    home = Path(os.environ["HOME"])  # isolated by conftest
    assert sqlite_path(resolve_url("~/fv.db")) == home.resolve() / "fv.db"


def test_resolve_url_falls_back_to_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDVISIT_DB", str(tmp_path / "from-env.db"))
    assert sqlite_path(resolve_url()) == tmp_path.resolve() / "from-env.db"
    monkeypatch.setenv("FIELDVISIT_DB", "postgresql+psycopg://rep:secret@server/fieldvisit")
    url = resolve_url()
    assert url.get_backend_name() == "postgresql"
    assert url.database == "fieldvisit"
    assert sqlite_path(url) is None


def test_resolve_url_takes_url_strings_as_urls() -> None:
    url = resolve_url("postgresql+psycopg://rep:secret@server:5433/fieldvisit")
    assert (url.get_backend_name(), url.host, url.port, url.database) == (
        "postgresql",
        "server",
        5433,
        "fieldvisit",
    )
    assert sqlite_path(resolve_url("sqlite://")) is None  # in memory
    assert sqlite_path(resolve_url("sqlite:////data/fv.db")) == Path("/data/fv.db")


def test_default_database_is_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVISIT_DB", "")  # empty counts as unset
    data_home = Path(os.environ["XDG_DATA_HOME"])  # isolated by conftest
    expected = data_home / "FieldVisit" / "fieldvisit.db"
    if sys.platform.startswith("linux"):
        assert default_db_path() == expected
    assert sqlite_path(resolve_url()) == default_db_path().resolve()

    db = open_database()
    try:
        assert db.path == default_db_path().resolve()
    finally:
        db.close()
    assert default_db_path().is_file()
    assert _stored_revision(default_db_path()) == head_revision()


# --- units of work ----------------------------------------------------------------------


def _count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_session_scope_rolls_back_everything_on_an_exception(tmp_path: Path) -> None:
    path = tmp_path / "fieldvisit.db"
    db = open_database(path)
    try:
        with pytest.raises(RuntimeError, match="user pressed cancel"), db.session_scope() as s:
            rep = TeamMember(id=uuid.uuid4(), name="周八", role=MemberRole.REP)
            s.add(rep)
            s.flush()
            account = Account(id=uuid.uuid4(), name="半途", account_type=AccountType.CLINIC)
            s.add(account)
            s.flush()  # both rows are in the database file's transaction now
            s.add(Stakeholder(account_id=account.id, name="半途人"))
            s.flush()
            raise RuntimeError("user pressed cancel")
        with db.session_scope() as s:
            assert s.scalar(select(func.count()).select_from(TeamMember)) == 0
    finally:
        db.close()
    for table in ("team_member", "account", "stakeholder"):
        assert _count(path, table) == 0, table


def test_session_scope_rolls_back_everything_when_the_commit_fails(tmp_path: Path) -> None:
    path = tmp_path / "fieldvisit.db"
    db = open_database(path)
    try:
        with pytest.raises(sa.exc.IntegrityError), db.session_scope() as s:
            s.add(TeamMember(name="吴九", role=MemberRole.REP))
            s.flush()
            # A dangling reference: foreign keys are on for the app's connections.
            s.add(Stakeholder(account_id=uuid.uuid4(), name="无主"))
    finally:
        db.close()
    assert _count(path, "team_member") == 0
    assert _count(path, "stakeholder") == 0


def _read_only_mount_works() -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _read_only_mount_works(), reason="needs unshare -m (root in CI)")
@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "cannot write to (read-only"), ("zh", "所在的文件夹无法写入")],
)
def test_a_database_in_a_read_only_folder_is_said_read_only_not_damaged(
    tmp_path: Path, lang: str, says: str
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "fieldvisit.db"
    open_database(path).close()
    before = path.read_bytes()
    # A real read-only file system: a private mount namespace remounts the folder read-only.
    script = (
        f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && '
        f'"{sys.executable}" -m fieldvisit --db "{path}" search x'
    )
    env = {**os.environ, "FIELDVISIT_LANG": lang}
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, env=env
    )
    assert done.returncode != 0
    assert says in done.stderr
    assert "damaged" not in done.stderr and "损坏" not in done.stderr
    assert path.read_bytes() == before
