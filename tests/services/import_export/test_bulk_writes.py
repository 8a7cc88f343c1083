"""The importer's bulk writes (issue 13, item 10): captured for sync, planned before the
write lock is taken, planned again when someone wrote meanwhile, keys written at once."""

from __future__ import annotations

import json
import time
import uuid
from datetime import UTC
from pathlib import Path

from sqlalchemy import func, select, text

from fieldvisit.domain.enums import AccountType, BuyingRole
from fieldvisit.services.accounts.search_keys import rebuild_stale_keys, stale_key_count
from fieldvisit.services.import_export import detect_mapping, import_accounts, read_table
from fieldvisit.services.import_export.account_import import import_accounts_file
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, Stakeholder
from fieldvisit.sync.capture import install_capture

ROWS = 300  # more than PROGRESS_EVERY: progress is reported while the changes are planned


def _outbox(db: Database) -> set[tuple[str, str]]:
    with db.engine.begin() as conn:
        rows = conn.execute(text("SELECT table_name, row_key, op FROM sync_outbox")).all()
    return {(t, k) for t, k, op in rows if op == "upsert"}


def _key(*parts: uuid.UUID | str) -> str:
    return json.dumps([p.hex if isinstance(p, uuid.UUID) else p for p in parts]).replace(" ", "")


def test_a_synced_laptop_captures_the_rows_an_import_writes(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    with db.engine.begin() as conn:
        install_capture(conn)  # as joining a team does
    path = tmp_path / "team.csv"
    path.write_text(
        "Account ID,Account name,City,Phone,Stakeholder name,Buying roles\n"
        f"{seeded['xiehe']},北京协和医院,北京,010-69150000,张伟,决策者\n"
        ",昆明第一药房,昆明,,赵敏,User buyer\n",
        encoding="utf-8-sig",
    )
    result = import_accounts_file(db, path)
    assert result.committed and not result.issues
    assert (result.accounts_created, result.accounts_updated) == (1, 1)
    with db.read_scope() as s:
        new = s.scalars(select(Account).where(Account.name == "昆明第一药房")).one()
        zhao = s.scalars(select(Stakeholder).where(Stakeholder.name == "赵敏")).one()
    captured = _outbox(db)
    assert ("account", _key(seeded["xiehe"])) in captured  # updated
    assert ("account", _key(new.id)) in captured  # inserted
    assert ("stakeholder", _key(zhao.id)) in captured
    assert ("stakeholder_role", _key(zhao.id, BuyingRole.USER_BUYER.value)) in captured
    with db.engine.begin() as conn:
        deleted = conn.execute(
            text("SELECT row_key FROM sync_outbox WHERE op = 'delete'")
        ).scalars()
        # 张伟 was decision maker and influencer: the role the file leaves out is removed.
        assert _key(seeded["zhang"], BuyingRole.INFLUENCER.value) in set(deleted)


def test_new_rows_get_their_search_keys_in_the_same_pass(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "new.csv"
    path.write_text(
        "单位名称,市,联系人,手机\n协和医院,北京,张伟,13812345678\n协和医院,北京,王芳,\n",
        encoding="utf-8",
    )
    assert import_accounts_file(db, path).committed
    assert stale_key_count(db) == 0
    with db.read_scope() as s:
        written = sorted(s.execute(select(Account.search_key)).scalars()) + sorted(
            s.execute(select(Stakeholder.search_key)).scalars()
        )
    assert "xiehe" in written[0] and "zhangwei" in written[0] and "13812345678" in written[0]
    with db.session_scope() as s:
        s.execute(Account.__table__.update().values(search_key=None))  # type: ignore[attr-defined]
        s.execute(Stakeholder.__table__.update().values(search_key=None))  # type: ignore[attr-defined]
    rebuild_stale_keys(db)
    with db.read_scope() as s:
        rebuilt = sorted(s.execute(select(Account.search_key)).scalars()) + sorted(
            s.execute(select(Stakeholder.search_key)).scalars()
        )
    assert written == rebuilt  # what the search service itself builds


def _sheet(path: Path) -> Path:
    lines = ["单位名称,市,联系人,手机"]
    lines += [f"甲药房{i:04d},昆明,甲{i:04d}号,135{i:08d}" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_write_while_the_import_plans_is_not_blocked_and_is_taken_into_account(
    db_path: Path, tmp_path: Path
) -> None:
    """Another program writes while the import works out its changes: it does not wait
    for the import (no write lock is held yet), and the import sees its account."""
    db = open_database(db_path)
    other = open_database(db_path)
    waited: list[float] = []

    def meanwhile(done: int, total: int) -> None:
        if total == 2 * ROWS and not waited:  # planning the writes, after the reading
            started = time.monotonic()
            with other.session_scope() as s:
                s.add(Account(name="甲药房0007", account_type=AccountType.PHARMACY, city="昆明市"))
            waited.append(time.monotonic() - started)

    try:
        result = import_accounts_file(db, _sheet(tmp_path / "a.csv"), progress=meanwhile)
        assert waited and waited[0] < 1.0
        assert result.committed and not result.issues
        # 甲药房0007 was there by then: matched (its card unchanged, a person added), no twin.
        assert (result.accounts_created, result.accounts_unchanged) == (ROWS - 1, 1)
        with db.read_scope() as s:
            named = select(func.count()).where(Account.name == "甲药房0007")
            assert s.scalar(named) == 1
            assert s.scalar(select(func.count()).select_from(Account)) == ROWS
    finally:
        other.close()
        db.close()


def test_a_dry_run_writes_nothing_and_counts_what_it_would(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _sheet(tmp_path / "dry.csv")
    result = import_accounts_file(db, path, dry_run=True)
    assert not result.committed and (result.accounts_created, result.stakeholders_created) == (
        ROWS,
        ROWS,
    )
    with db.read_scope() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 2


def test_a_table_the_caller_holds_is_left_whole(db: Database, tmp_path: Path) -> None:
    """The dialog keeps its table for the preview and a retry; only the file importer,
    whose table nobody else sees, lets rows go as they are parsed."""
    table = read_table(_sheet(tmp_path / "held.csv"))
    rows = list(table.rows)
    result = import_accounts(db, table, detect_mapping(db, table.headers))
    assert result.committed and result.accounts_created == ROWS
    assert table.rows == rows and len(table.raw_rows) == ROWS + 1


def test_people_are_created_in_the_order_of_the_file(db: Database, tmp_path: Path) -> None:
    """Bulk-inserted rows get creation times a microsecond apart, as rows written one by
    one do: the card lists an account's people in the order the file gave them."""
    path = tmp_path / "order.csv"
    names = ["王伟", "李娜", "张敏", "刘洋"]
    path.write_text(
        "单位名称,市,联系人\n" + "".join(f"协和医院,北京,{n}\n" for n in names), encoding="utf-8"
    )
    assert import_accounts_file(db, path).committed
    with db.read_scope() as s:
        created = list(s.scalars(select(Stakeholder.name).order_by(Stakeholder.created_at)))
    assert created == names


def test_rows_handed_to_the_driver_are_stored_as_sqlalchemy_stores_them(db: Database) -> None:
    """The bulk insert converts values with each column type's own bind processor: every
    kind of value (ID, enum, date, time, yes/no, amount, text) is stored byte for byte as
    SQLAlchemy's own insert stores it."""
    from datetime import date, datetime

    from sqlalchemy import insert

    from fieldvisit.domain.enums import AccountStatus, Tier
    from fieldvisit.services.import_export.bulk import TABLES, _insert

    when = datetime(2026, 11, 23, 10, 0, 0, 123456, tzinfo=UTC)
    values: dict[str, object] = {
        "name": "协和医院",
        "account_type": AccountType.HOSPITAL,
        "status": AccountStatus.ACTIVE,
        "tier": Tier.A,
        "business_began_on": date(2001, 2, 3),
        "man_money": True,
        "credit_limit_cents": 1_234_500,
        "notes": "第一行\n第二行",
        "owner_id": None,
        "created_at": when,
        "updated_at": when,
    }
    ours, theirs = uuid.uuid4(), uuid.uuid4()
    table = TABLES["account"]
    with db.session_scope() as session:
        conn = session.connection()
        _insert(conn, table, ("id", *values), [(ours, *values.values())])
        conn.execute(insert(table), [{"id": theirs, **values}])
    columns = ", ".join(f"{c}, typeof({c})" for c in ("id", *values))
    with db.engine.begin() as conn:
        stored = {
            row[0]: row[2:]
            for row in conn.execute(text(f"SELECT id, {columns} FROM account")).all()
        }
    assert stored[ours.hex] == stored[theirs.hex]
