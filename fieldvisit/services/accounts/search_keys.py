"""Computing and filling the search keys of accounts and stakeholders.

:func:`account_search_key` and :func:`stakeholder_search_key` are the one way to compute
a key (the importer and the demo write keys with them). Services that change what a key
holds may instead set it to ``NULL`` (the search-key contract); :func:`rebuild_stale_keys`
fills every ``NULL`` key again, in batches, each batch its own short transaction so that
a rebuild of a whole region (50,000 accounts after an upgrade) never holds the database
for long and can be cancelled between batches.

What a key holds has a version (:data:`~fieldvisit.domain.search_text.KEY_VERSION`),
kept in the ``app_setting`` row ``search_key_version``: a database whose keys were built
by an older version has them all set to ``NULL`` by the next rebuild, which then fills
them the current way.
"""

from __future__ import annotations

import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from fieldvisit.domain.errors import DatabaseLockedError
from fieldvisit.domain.search_text import KEY_VERSION, account_key, stakeholder_key
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, AppSetting, Stakeholder

BATCH_SIZE = 2000
RETRIES = 5

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

_account_table: Table = Account.__table__  # type: ignore[assignment]
_stakeholder_table: Table = Stakeholder.__table__  # type: ignore[assignment]
VERSION_SETTING = "search_key_version"


def stakeholder_search_key(
    name: str, mobile: str | None = None, office_phone: str | None = None
) -> str:
    """The search key of a stakeholder: name (every reading), pinyin, initials, phones."""
    return stakeholder_key(name, (mobile, office_phone))


def account_search_key(
    name: str,
    *,
    address: str | None = None,
    city: str | None = None,
    province: str | None = None,
    phone: str | None = None,
    fax: str | None = None,
    people: Iterable[str] = (),
) -> str:
    """The search key of an account.

    ``people``: the :func:`stakeholder_search_key` of each of its active stakeholders
    (not deleted, not ended), in name order.
    """
    return account_key(
        name, address=address, city=city, province=province, phones=(phone, fax), people=people
    )


def keys_outdated(session: Session) -> bool:
    """Whether the stored keys were built by another version of :func:`account_search_key`."""
    return session.scalar(select(AppSetting.value).where(AppSetting.key == VERSION_SETTING)) != str(
        KEY_VERSION
    )


def record_key_version(session: Session) -> None:
    """Note that the keys are built the current way (after writing all of them)."""
    setting = session.get(AppSetting, VERSION_SETTING)
    if setting is None:
        session.add(AppSetting(key=VERSION_SETTING, value=str(KEY_VERSION)))
    else:
        setting.value = str(KEY_VERSION)


def retire_outdated_keys(db: Database) -> bool:
    """Set every key to ``NULL`` if they were built by another version; True if so."""
    with db.session_scope() as session:
        if not keys_outdated(session):
            return False
        for table in (_account_table, _stakeholder_table):
            session.execute(
                update(table)
                .where(table.c.search_key.is_not(None))
                .values(search_key=None, updated_at=table.c.updated_at)
            )
        record_key_version(session)
        return True


def stale_key_count(db: Database) -> int:
    """Accounts and stakeholders whose key is ``NULL`` or built by another version."""
    with db.session_scope() as session:
        if keys_outdated(session):
            every = select(func.count())
            return int(session.scalar(every.select_from(_account_table)) or 0) + int(
                session.scalar(every.select_from(_stakeholder_table)) or 0
            )
        return _stale_accounts(session) + _stale_stakeholders(session)


def _stale_accounts(session: Session) -> int:
    query = select(func.count()).select_from(_account_table)
    return int(session.scalar(query.where(_account_table.c.search_key.is_(None))) or 0)


def _stale_stakeholders(session: Session) -> int:
    query = select(func.count()).select_from(_stakeholder_table)
    return int(session.scalar(query.where(_stakeholder_table.c.search_key.is_(None))) or 0)


def rebuild_stale_keys(
    db: Database,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    batch_size: int = BATCH_SIZE,
) -> int:
    """Fill every ``NULL`` key; returns how many keys were written.

    ``progress(done, total)`` is called after each batch; when ``cancel()`` returns true
    the rebuild stops between batches (what was written stays, the rest stays stale).
    A batch that meets a concurrent writer is read and written again. Keys of another
    version are first set to ``NULL`` (:func:`retire_outdated_keys`).
    """
    retire_outdated_keys(db)
    with db.session_scope() as session:
        total = _stale_accounts(session) + _stale_stakeholders(session)
    done = 0
    if total == 0:
        return 0
    if progress is not None:
        progress(0, total)
    for step in (_stakeholder_batch, _account_batch):
        while not (cancel is not None and cancel()):
            written = _with_retry(db, step, batch_size)
            if written == 0:
                break
            done += written
            if progress is not None:
                progress(min(done, total), max(total, done))
    return done


def _with_retry(db: Database, step: Callable[[Session, int], int], batch_size: int) -> int:
    for attempt in range(RETRIES):
        try:
            with db.session_scope() as session:
                return step(session, batch_size)
        except DatabaseLockedError:
            if attempt == RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    return 0


def _stakeholder_batch(session: Session, batch_size: int) -> int:
    t = _stakeholder_table
    rows = session.execute(
        select(t.c.id, t.c.name, t.c.mobile, t.c.office_phone)
        .where(t.c.search_key.is_(None))
        .limit(batch_size)
    ).all()
    if not rows:
        return 0
    params = [
        {"key_id": r.id, "key": stakeholder_search_key(r.name, r.mobile, r.office_phone)}
        for r in rows
    ]
    _write(session, t, params)
    return len(rows)


def _account_batch(session: Session, batch_size: int) -> int:
    t = _account_table
    rows = session.execute(
        select(t.c.id, t.c.name, t.c.address, t.c.city, t.c.province, t.c.phone, t.c.fax)
        .where(t.c.search_key.is_(None))
        .limit(batch_size)
    ).all()
    if not rows:
        return 0
    people = active_people(session, [r.id for r in rows])
    params = [
        {
            "key_id": r.id,
            "key": account_search_key(
                r.name,
                address=r.address,
                city=r.city,
                province=r.province,
                phone=r.phone,
                fax=r.fax,
                people=people.get(r.id, ()),
            ),
        }
        for r in rows
    ]
    _write(session, t, params)
    return len(rows)


def active_people(
    session: Session | Connection, account_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[str]]:
    """Stakeholder keys of the active stakeholders of each account (not deleted, not ended)."""
    s = _stakeholder_table
    out: dict[uuid.UUID, list[str]] = defaultdict(list)
    for chunk in _chunks(account_ids, 900):
        rows = session.execute(
            select(s.c.account_id, s.c.name, s.c.mobile, s.c.office_phone)
            .where(
                s.c.account_id.in_(chunk),
                s.c.deleted_at.is_(None),
                s.c.ended_on.is_(None),
            )
            .order_by(s.c.account_id, s.c.name)
        ).all()
        for r in rows:
            out[r.account_id].append(stakeholder_search_key(r.name, r.mobile, r.office_phone))
    return out


def _write(session: Session | Connection, table: Any, params: list[dict[str, Any]]) -> None:
    statement = (
        update(table)
        .where(table.c.id == bindparam("key_id"))
        # Keep updated_at: a key is derived data, not an edit (sync compares updated_at).
        .values(search_key=bindparam("key"), updated_at=table.c.updated_at)
    )
    conn = session if isinstance(session, Connection) else session.connection()
    conn.execute(statement, params)


def fill_keys(conn: Connection, table_name: str, ids: Sequence[uuid.UUID]) -> None:
    """Compute the keys of these accounts or stakeholders in the caller's transaction.

    For rows pulled from the team: keys are derived and never sync, each laptop computes
    them. A stakeholder's key is part of its account's, so its account is done again.
    """
    if table_name == "stakeholder":
        t = _stakeholder_table
        accounts: dict[uuid.UUID, None] = {}
        params = []
        for chunk in _chunks(list(ids), 900):
            for r in conn.execute(
                select(t.c.id, t.c.account_id, t.c.name, t.c.mobile, t.c.office_phone).where(
                    t.c.id.in_(chunk)
                )
            ):
                accounts[r.account_id] = None
                key = stakeholder_search_key(r.name, r.mobile, r.office_phone)
                params.append({"key_id": r.id, "key": key})
        if params:
            _write(conn, t, params)
        fill_keys(conn, "account", list(accounts))
    elif table_name == "account":
        t = _account_table
        people = active_people(conn, ids)
        params = []
        for chunk in _chunks(list(ids), 900):
            for a in conn.execute(
                select(
                    t.c.id, t.c.name, t.c.address, t.c.city, t.c.province, t.c.phone, t.c.fax
                ).where(t.c.id.in_(chunk))
            ):
                key = account_search_key(
                    a.name,
                    address=a.address,
                    city=a.city,
                    province=a.province,
                    phone=a.phone,
                    fax=a.fax,
                    people=people.get(a.id, ()),
                )
                params.append({"key_id": a.id, "key": key})
        if params:
            _write(conn, t, params)


def _chunks(items: Sequence[uuid.UUID], size: int) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def invalidate_keys(
    session: Session,
    account_ids: Iterable[uuid.UUID] = (),
    stakeholder_ids: Iterable[uuid.UUID] = (),
) -> None:
    """Mark keys stale inside the caller's transaction (the search-key contract).

    For services that change names, addresses, phones or who works where; the next
    :func:`rebuild_stale_keys` fills them again.
    """
    for table, ids in ((_account_table, account_ids), (_stakeholder_table, stakeholder_ids)):
        chosen = list(dict.fromkeys(ids))
        for chunk in _chunks(chosen, 900):
            session.execute(
                update(table)
                .where(table.c.id.in_(chunk))
                .values(search_key=None, updated_at=table.c.updated_at)
            )
