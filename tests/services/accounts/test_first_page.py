"""The list's first page from SQL: the whole index's first rows, or nothing."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import update

from fieldvisit import clock
from fieldvisit.domain.enums import AccountStatus, AccountType, KeyAccountLevel, Tier
from fieldvisit.services.accounts.account_index import load_index
from fieldvisit.services.accounts.first_page import answerable, first_page, owns_accounts
from fieldvisit.services.accounts.listing import AccountQuery, SortColumn
from fieldvisit.services.accounts.search_keys import rebuild_stale_keys
from fieldvisit.services.team import list_team
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account
from tests.services.accounts.conftest import TODAY, Region

CITIES = ("北京市", "武汉市", "长沙市", None)


@pytest.fixture
def crowded(db: Database, region: Region) -> Region:
    """The region and 40 more accounts: same names (some with the very same key), every
    type, tier and status, owned by either rep or nobody, a few in the trash."""
    kinds = itertools.cycle(AccountType)
    tiers = itertools.cycle([*Tier, None])
    statuses = itertools.cycle(AccountStatus)
    levels = itertools.cycle([KeyAccountLevel.LEVEL_1, None, None])
    owners = itertools.cycle([*region.reps.values(), None])
    with db.session_scope() as session:
        for n in range(40):
            account = Account(
                name=("协和医院", "Apex Pharmacy", "同济药房", f"张氏诊所{n}")[n % 4],
                account_type=next(kinds),
                tier=next(tiers),
                status=next(statuses),
                key_account_level=next(levels),
                city=CITIES[n % 3] if n % 4 else None,  # same name, same key: a tie
                owner_id=next(owners),
                deleted_at=clock.now_utc() if n % 9 == 0 else None,
            )
            session.add(account)
    rebuild_stale_keys(db)
    return region


QUERIES = [
    AccountQuery(),
    AccountQuery(descending=True),
    AccountQuery(include_deleted=True),
    AccountQuery(include_deleted=True, descending=True),
    AccountQuery(account_types=frozenset({AccountType.HOSPITAL, AccountType.PHARMACY})),
    AccountQuery(tiers=frozenset({Tier.A, Tier.C}), descending=True),
    AccountQuery(statuses=frozenset({AccountStatus.ACTIVE})),
    AccountQuery(key_account_levels=frozenset({KeyAccountLevel.LEVEL_1})),
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("limit", [7, 100])
def test_first_page_is_the_whole_lists_first_rows(
    db: Database, crowded: Region, query: AccountQuery, limit: int
) -> None:
    whole = load_index(db, today=TODAY).search(query).rows(db, 0, limit)
    page = first_page(db, query, limit, today=TODAY)
    assert page is not None
    assert page.rows(db, 0, limit) == whole
    assert len(whole) == min(limit, len(load_index(db, today=TODAY).search(query)))


def test_first_page_of_each_owner_and_of_both(db: Database, crowded: Region) -> None:
    reps = list(crowded.reps.values())
    for owners in ([reps[0]], [reps[1]], reps):
        query = AccountQuery(owner_ids=frozenset(owners), tiers=frozenset({Tier.A, Tier.B}))
        whole = load_index(db, today=TODAY).search(query)
        page = first_page(db, query, 100, today=TODAY)
        assert page is not None
        assert page.ids() == whole.ids()
        assert owns_accounts(db, owners[0])


def test_owns_accounts_counts_live_ones_only(db: Database, region: Region) -> None:
    grace = region.reps["Grace Ng"]
    assert owns_accounts(db, grace)
    with db.session_scope() as session:
        session.execute(
            update(Account).where(Account.owner_id == grace).values(deleted_at=clock.now_utc())
        )
    assert not owns_accounts(db, grace)


@pytest.mark.parametrize(
    "query",
    [
        AccountQuery(text="xh"),
        AccountQuery(sort=SortColumn.CITY),
        AccountQuery(sort=SortColumn.LAST_CONTACT),
        AccountQuery(overdue_only=True),
    ],
)
def test_only_the_index_answers_text_other_orders_and_overdue(
    db: Database, region: Region, query: AccountQuery
) -> None:
    assert not answerable(query)
    assert first_page(db, query, 100, today=TODAY) is None


def test_a_stale_key_leaves_the_first_page_to_the_index(db: Database, region: Region) -> None:
    with db.session_scope() as session:
        session.execute(
            update(Account)
            .where(Account.id == region.accounts["Raffles Hospital"])
            .values(search_key=None)
        )
    for descending in (False, True):
        assert first_page(db, AccountQuery(descending=descending), 100, today=TODAY) is None
    rebuild_stale_keys(db)
    assert first_page(db, AccountQuery(), 100, today=TODAY) is not None


def test_the_index_counts_each_owners_live_accounts_as_the_team_list_does(
    db: Database, crowded: Region
) -> None:
    counts = load_index(db, today=TODAY).owner_counts()
    assert counts == {m.id: m.account_count for m in list_team(db) if m.account_count}
    assert list_team(db, counts) == list_team(db)
