"""Two imports into one database at the same time both succeed (issue 13, item 6).

Each runs in its own thread with its own :func:`open_database`, as two programs would.
The second starts while the first holds its write transaction: it waits its turn
(BEGIN IMMEDIATE and the busy timeout) instead of failing.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import func, select

from fieldvisit.services.import_export.account_import import ImportResult, import_accounts_file
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, Stakeholder

ROWS = 300  # more than PROGRESS_EVERY, so the first import reports progress while writing


def _sheet(path: Path, prefix: str) -> Path:
    lines = ["单位名称,市,联系人,手机"]
    lines += [f"{prefix}药房{i:04d},昆明,{prefix}{i:04d}号,135{i:08d}" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_simultaneous_imports_both_succeed(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()  # created and upgraded before the two programs start
    first = _sheet(tmp_path / "first.csv", "甲")
    second = _sheet(tmp_path / "second.csv", "乙")
    first_writing = threading.Event()
    results: dict[str, ImportResult] = {}
    errors: dict[str, BaseException] = {}

    def hold_while_writing(done: int, total: int) -> None:
        if done > total // 2 and not first_writing.is_set():  # inside the write transaction
            first_writing.set()
            time.sleep(1.0)  # the second import asks for the write lock meanwhile

    def run(name: str, path: Path, wait_for: threading.Event | None) -> None:
        try:
            db = open_database(db_path)
            try:
                if wait_for is not None:
                    assert wait_for.wait(30)
                progress = hold_while_writing if wait_for is None else None
                results[name] = import_accounts_file(db, path, progress=progress)
            finally:
                db.close()
        except BaseException as exc:  # reported below, with the other thread's outcome
            errors[name] = exc

    threads = [
        threading.Thread(target=run, args=("first", first, None)),
        threading.Thread(target=run, args=("second", second, first_writing)),
    ]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads)
    assert errors == {}
    assert time.monotonic() - started < 30
    for name in ("first", "second"):
        result = results[name]
        assert result.committed and not result.rejected, name
        assert (result.accounts_created, result.stakeholders_created) == (ROWS, ROWS)
    db = open_database(db_path)
    try:
        with db.read_scope() as s:
            assert s.scalar(select(func.count()).select_from(Account)) == 2 * ROWS
            assert s.scalar(select(func.count()).select_from(Stakeholder)) == 2 * ROWS
            names = set(s.scalars(select(Account.name)))
    finally:
        db.close()
    assert {f"甲药房{i:04d}" for i in range(ROWS)} <= names
    assert {f"乙药房{i:04d}" for i in range(ROWS)} <= names
