"""Filling stale search keys: batches, progress, cancel, derived data left untouched."""

from __future__ import annotations

from sqlalchemy import select, update

from fieldvisit.domain.search_text import KEY_VERSION, PEOPLE_MARK
from fieldvisit.services.accounts.search_keys import (
    VERSION_SETTING,
    account_search_key,
    invalidate_keys,
    rebuild_stale_keys,
    stakeholder_search_key,
    stale_key_count,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, AppSetting, Stakeholder
from tests.services.accounts.conftest import Region


def key_of(db: Database, account_id: object) -> str | None:
    with db.session_scope() as session:
        return session.scalar(select(Account.search_key).where(Account.id == account_id))


def test_rebuild_fills_keys_with_pinyin_people_and_phones(db: Database, region: Region) -> None:
    assert stale_key_count(db) == 0
    key = key_of(db, region.accounts["北京协和医院"])
    assert key is not None
    for part in ("^beijingxieheyiyuan", "^bjxhyy", "zhangwei", "zw", "13800138000", "北京市"):
        assert part in key.split(" ")
    ended = key_of(db, region.accounts["重庆银行医务室"])
    assert ended is not None and "shantianfang" in ended and "刘洋" not in ended
    with db.session_scope() as session:
        person = session.scalar(select(Stakeholder.search_key).where(Stakeholder.name == "曾志伟"))
    assert person == "曾志伟 zengzhiwei zzw cengzhiwei czw 13911112222"


def test_rebuild_in_batches_reports_progress_and_keeps_updated_at(
    db: Database, region: Region
) -> None:
    with db.session_scope() as session:
        before = dict(session.execute(select(Account.id, Account.updated_at)).all())
        session.execute(update(Account).values(search_key=None, updated_at=Account.updated_at))
        session.execute(update(Stakeholder).values(search_key=None))
    assert stale_key_count(db) == 5 + 7
    seen: list[tuple[int, int]] = []
    assert rebuild_stale_keys(db, progress=lambda d, t: seen.append((d, t)), batch_size=2) == 12
    assert seen[0] == (0, 12) and seen[-1] == (12, 12)
    assert len(seen) > 5
    assert stale_key_count(db) == 0
    with db.session_scope() as session:
        after = dict(session.execute(select(Account.id, Account.updated_at)).all())
    assert after == before


def test_cancel_stops_between_batches(db: Database, region: Region) -> None:
    with db.session_scope() as session:
        invalidate_keys(session, account_ids=region.accounts.values())
    assert stale_key_count(db) == 5
    done: list[int] = []  # cancelled as soon as the first batch is reported

    written = rebuild_stale_keys(
        db,
        progress=lambda d, _t: done.append(d),
        cancel=lambda: bool(done) and done[-1] > 0,
        batch_size=2,
    )
    assert written == 2
    assert stale_key_count(db) == 3
    assert rebuild_stale_keys(db) == 3


def test_renamed_account_is_found_after_rebuild(db: Database, region: Region) -> None:
    target = region.accounts["Raffles Hospital"]
    with db.session_scope() as session:
        account = session.get(Account, target)
        assert account is not None
        account.name = "莱佛士医院"
        invalidate_keys(session, account_ids=[target])
    assert key_of(db, target) is None
    rebuild_stale_keys(db)
    key = key_of(db, target)
    assert key is not None and "^laifushiyiyuan" in key and "raffles" not in key


def test_keys_of_an_older_version_are_all_rebuilt(db: Database, region: Region) -> None:
    # A database whose keys were built before heteronyms: one reading, no people mark.
    target = region.accounts["重庆银行医务室"]
    with db.session_scope() as session:
        session.execute(
            update(Account).values(search_key="^chongqing", updated_at=Account.updated_at)
        )
        setting = session.get(AppSetting, VERSION_SETTING)
        assert setting is not None and setting.value == str(KEY_VERSION)
        setting.value = "1"
    assert stale_key_count(db) == 5 + 7
    assert rebuild_stale_keys(db) == 5 + 7
    key = key_of(db, target)
    assert key is not None and "^chongqingyinhangyiwushi" in key and PEOPLE_MARK in key
    assert "shantianfang" in key  # a surname reading: not in the version-1 key
    assert stale_key_count(db) == 0 and rebuild_stale_keys(db) == 0


def test_the_public_key_functions_are_what_the_rebuild_writes(db: Database, region: Region) -> None:
    with db.session_scope() as session:
        account = session.get(Account, region.accounts["北京协和医院"])
        assert account is not None
        person = stakeholder_search_key("张伟", "138 0013 8000")
        expected = account_search_key(
            account.name,
            address=account.address,
            city=account.city,
            province=account.province,
            phone=account.phone,
            fax=account.fax,
            people=[person],
        )
    assert key_of(db, region.accounts["北京协和医院"]) == expected
