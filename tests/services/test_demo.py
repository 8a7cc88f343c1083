"""`fieldvisit demo`: every table filled, reproducible, refuses to touch a used database."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldvisit import clock
from fieldvisit.clock import FixedClock
from fieldvisit.domain.card_rules import normalise_name
from fieldvisit.domain.enums import AccountType, CoVisitType, MemberRole, Standard
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.demo import DemoSummary, generate_demo
from fieldvisit.services.demo.names import CITIES
from fieldvisit.services.demo.orgs import NameBook
from fieldvisit.services.stats import entity_counts
from fieldvisit.storage.base import Base
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import (
    Account,
    ContactRecord,
    CoVisit,
    CoVisitCall,
    Promise,
    RecordParticipant,
    Stakeholder,
    StakeholderProfile,
    StandardRating,
    TeamMember,
)
from fieldvisit.ui.sample_data import DEFAULT_ACCOUNTS, SAMPLE_SEED

TODAY = date(2026, 11, 23)
N = 60


@pytest.fixture
def demo(db: Database) -> tuple[Database, DemoSummary]:
    return db, generate_demo(db, accounts=N, seed=7, today=TODAY)


def _names_and_ids(db: Database) -> list[tuple[str, str]]:
    with db.session_scope() as session:
        rows = session.execute(select(Account.name, Account.id).order_by(Account.id))
        return [(name, str(account_id)) for name, account_id in rows]


def test_every_table_is_filled(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    counts = entity_counts(db)
    empty = [t.name for t in Base.metadata.sorted_tables if counts[t.name] == 0]
    # Settings and unsaved-editor drafts belong to a user session, not to sample data;
    # calendar overrides are days the team enters (sample data invents no holidays).
    assert [
        name for name in empty if name not in {"app_setting", "draft", "calendar_override"}
    ] == []
    assert counts["account"] == N
    for table, written in summary.counts.items():
        assert counts[table] >= written > 0  # the seeded frequency policy was there before
    assert summary.total_rows == sum(summary.counts.values())
    assert summary.seconds > 0


def test_same_seed_gives_the_same_data_and_another_seed_does_not(tmp_path: Path) -> None:
    results = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        db = open_database(tmp_path / f"{name}.db")
        try:
            generate_demo(db, accounts=25, seed=seed, today=TODAY)
            results.append(_names_and_ids(db))
        finally:
            db.close()
    assert results[0] == results[1]
    assert len(results[0]) == 25
    assert {i for _, i in results[0]}.isdisjoint({i for _, i in results[2]})


@pytest.mark.parametrize("accounts", [0, -5, 100_001])
def test_refuses_an_out_of_range_count(db: Database, accounts: int) -> None:
    before = entity_counts(db)
    with pytest.raises(ValidationError) as caught:
        generate_demo(db, accounts=accounts)
    assert caught.value.field == "accounts"
    assert entity_counts(db) == before


def test_refuses_a_database_that_already_holds_accounts(db: Database) -> None:
    with db.session_scope() as session:
        session.add(Account(name="已有客户", account_type=AccountType.CLINIC))
    before = entity_counts(db)
    with pytest.raises(ValidationError, match="empty database"):
        generate_demo(db, accounts=10)
    assert entity_counts(db) == before


def test_covisits_cover_all_call_types_and_some_are_late(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    with db.session_scope() as session:
        types = set(session.scalars(select(CoVisitCall.call_type).distinct()))
        late = session.scalar(select(func.count()).where(CoVisit.late.is_(True)))
        standards = set(session.scalars(select(StandardRating.standard).distinct()))
    assert types == set(CoVisitType)
    assert late
    assert standards == {s.value for s in Standard}


def test_every_account_has_an_owner_rep_with_a_manager(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.session_scope() as session:
        members = {m.id: m for m in session.scalars(select(TeamMember))}
        owners = list(session.scalars(select(Account.owner_id)))
    assert len(owners) == N
    for owner_id in owners:
        assert owner_id is not None
        rep = members[owner_id]
        assert rep.role is MemberRole.REP
        assert rep.manager_id is not None
        assert members[rep.manager_id].role is MemberRole.MANAGER


def test_some_but_not_all_stakeholders_have_a_profile(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.session_scope() as session:
        people = session.scalar(select(func.count()).select_from(Stakeholder))
        profiles = session.scalar(select(func.count()).select_from(StakeholderProfile))
    assert people is not None and profiles is not None
    assert 0 < profiles < people


def test_names_are_chinese(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    han = re.compile(r"[\u4e00-\u9fff]")
    with db.session_scope() as session:
        accounts = list(session.scalars(select(Account.name)))
        people = list(session.scalars(select(TeamMember.name)))
    assert sum(bool(han.search(n)) for n in accounts) > N // 2
    assert any(ch in "".join(people) for ch in "喆堃镕")


def test_progress_is_reported_up_to_the_total(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    generate_demo(db, accounts=5, seed=1, today=TODAY, progress=lambda d, t: seen.append((d, t)))
    assert seen
    assert seen[-1] == (5, 5)


# --- sample data a newcomer believes ----------------------------------------------------
# The window's first run offers DEFAULT_ACCOUNTS; `fieldvisit demo` writes 2,000 by default.
BELIEVABLE_SIZES = [DEFAULT_ACCOUNTS, 2000]
CHINA = timezone(timedelta(hours=8))


@pytest.fixture(scope="module", params=BELIEVABLE_SIZES, ids=lambda n: f"{n}-accounts")
def sample(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """A sample as the first run makes it: today from the app's clock, the window's seed."""
    previous = clock.set_clock(FixedClock.on(TODAY, time(10, 0), UTC))
    try:
        db = open_database(tmp_path_factory.mktemp("sample") / "sample.db")
        generate_demo(db, accounts=request.param, seed=SAMPLE_SEED)
    finally:
        clock.set_clock(previous)
    yield db
    db.close()


def test_sample_names_are_unique_within_a_city_but_for_a_pair_or_two(sample: Database) -> None:
    with sample.read_scope() as session:
        rows = session.execute(select(Account.name, Account.city, Account.phone)).all()
    per_city = Counter((name, city) for name, city, _ in rows)
    pairs = sum(n * (n - 1) // 2 for n in per_city.values())
    assert pairs <= 2, [key for key, n in per_city.items() if n > 1]
    # The deliberate duplicates are there for the merge to show: same phone, the same
    # name once its brackets and spaces are folded.
    twins = Counter((normalise_name(name), city, phone) for name, city, phone in rows)
    assert 1 <= sum(n * (n - 1) // 2 for n in twins.values()) <= 2


def test_sample_is_one_province_around_its_capital(sample: Database) -> None:
    with sample.read_scope() as session:
        places = session.execute(select(Account.province, Account.city, Account.address)).all()
        territories = list(session.scalars(select(TeamMember.territory)))
    assert {province for province, _, _ in places} == {"湖南省"}
    cities = Counter(city for _, city, _ in places)
    assert cities.most_common(1)[0][0] == "长沙市"
    assert set(cities) <= {"长沙市", "株洲市", "湘潭市", "衡阳市", "岳阳市", "常德市", "益阳市"}
    assert all((address or "").startswith(f"湖南省{city}") for _, city, address in places)
    assert not [t for t in territories if t and re.search(r"[A-Za-z]", t)]


def test_sample_records_lie_on_past_working_days(sample: Database) -> None:
    with sample.read_scope() as session:
        moments = list(session.scalars(select(ContactRecord.occurred_at)))
    assert moments
    days = [_china(moment).date() for moment in moments]
    assert max(days) <= TODAY
    assert [d for d in days if d.weekday() >= 5] == []


def test_sample_covisits_are_led_by_the_reps_own_manager(sample: Database) -> None:
    with sample.read_scope() as session:
        manager_of: dict[uuid.UUID | None, uuid.UUID | None] = dict(
            session.execute(select(TeamMember.id, TeamMember.manager_id)).all()
        )
        covisits = session.execute(
            select(CoVisit.id, CoVisit.rep_id, CoVisit.manager_id, CoVisit.first_day)
        ).all()
        call_records = session.execute(
            select(CoVisitCall.covisit_id, RecordParticipant.member_id).join(
                RecordParticipant, RecordParticipant.record_id == CoVisitCall.contact_record_id
            )
        ).all()
        participants = session.execute(
            select(RecordParticipant.member_id, ContactRecord.author_id).join(
                ContactRecord, ContactRecord.id == RecordParticipant.record_id
            )
        ).all()
    assert covisits
    for _cid, rep, manager, first_day in covisits:
        assert manager == manager_of[rep]
        assert first_day <= TODAY and first_day.weekday() < 5
    leads = {cid: (rep, manager) for cid, rep, manager, _ in covisits}
    assert all(member in leads[cid] for cid, member in call_records)
    # Whoever went along on a record is its author or the author's own manager.
    assert all(member in (author, manager_of.get(author)) for member, author in participants)


def test_sample_promises_fall_due_after_the_visit_that_made_them(sample: Database) -> None:
    with sample.read_scope() as session:
        promises = session.execute(
            select(Promise.due_on, ContactRecord.occurred_at).join(
                ContactRecord, ContactRecord.id == Promise.record_id
            )
        ).all()
    assert promises
    assert [(due, at) for due, at in promises if due < _china(at).date()] == []


# What a rep meets in each kind of account; a title elsewhere would read as a mistake.
TITLES_BY_TYPE = {
    AccountType.HOSPITAL: {"药剂科主任", "副院长", "主治医师", "护士长", "临床药师"},
    AccountType.PHARMACY: {"店长", "执业药师", "店员"},
    AccountType.DISTRIBUTOR: {"采购经理", "总经理", "财务经理"},
}
NEVER = {
    AccountType.HOSPITAL: {"店长", "店员", "采购经理", "总经理", "执业药师"},
    AccountType.CLINIC: {"店长", "药剂科主任", "副院长", "采购经理"},
    AccountType.PHARMACY: {"药剂科主任", "主治医师", "副院长", "采购经理", "总经理"},
    AccountType.RETAILER: {"药剂科主任", "主治医师", "副院长"},
    AccountType.DISTRIBUTOR: {"店长", "药剂科主任", "主治医师", "副院长", "护士长"},
    AccountType.OTHER: {"店长", "药剂科主任", "主治医师", "采购经理"},
}


def test_sample_stakeholder_titles_fit_the_kind_of_account(sample: Database) -> None:
    with sample.read_scope() as session:
        rows = session.execute(
            select(Account.account_type, Stakeholder.title).join(
                Account, Account.id == Stakeholder.account_id
            )
        ).all()
    seen: dict[AccountType, set[str]] = {}
    for kind, title in rows:
        seen.setdefault(kind, set()).add(title or "")
    for kind, titles in seen.items():
        assert not titles & NEVER[kind], (kind, titles & NEVER[kind])
    for kind, expected in TITLES_BY_TYPE.items():
        assert expected <= seen[kind], (kind, expected - seen[kind])


def test_sample_visit_notes_speak_of_the_place_visited(sample: Database) -> None:
    """No shelf talk in a ward, no ward talk on a shop floor or at a distributor."""
    with sample.read_scope() as session:
        rows = session.execute(
            select(
                Account.account_type,
                ContactRecord.content,
                ContactRecord.place,
                ContactRecord.new_agreements,
            ).join(Account, Account.id == ContactRecord.account_id)
        ).all()
    ward = re.compile("科室|药事会|院内|病区|新院区")
    shop = re.compile("陈列|店员|会员日|价签")
    for kind, *texts in rows:
        said = " ".join(t or "" for t in texts)
        if kind in (AccountType.HOSPITAL, AccountType.CLINIC):
            assert not shop.search(said), (kind, said)
        else:
            assert not ward.search(said), (kind, said)


def test_a_full_city_names_chain_store_branches_by_street(sample: Database) -> None:
    """Past what one street holds, a chain's next store there is its second (三店…)."""
    with sample.read_scope() as session:
        rows = session.execute(
            select(Account.name, Account.city).where(Account.account_type == AccountType.PHARMACY)
        ).all()
    in_capital = [name for name, city in rows if city == "长沙市"]
    assert all(re.fullmatch(r"[^（]+（长沙\w+?(路|大道|街)\w*店）", n) for n in in_capital)
    if len(in_capital) > 200:  # ten chains on eighteen streets
        assert [name for name in in_capital if name.endswith("二店）")]


def _china(moment: datetime) -> datetime:
    """A stored moment as a day in the territory's time zone (naive values are UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(CHINA)


@pytest.mark.parametrize(
    ("kind", "drawn", "looks_like"),
    [
        (AccountType.PHARMACY, "益丰大药房（长沙八一路店）", r"益丰大药房（长沙\w+店）"),
        (AccountType.HOSPITAL, "长沙市中医医院", r"长沙市中医医院（\w+院区）"),
        (AccountType.DISTRIBUTOR, "国药控股长沙有限公司", r"国药控股长沙有限公司\w+分公司"),
        (AccountType.OTHER, "长沙市疾病预防控制中心", r"长沙\w+社区居家养老服务中心"),
    ],
)
def test_a_name_drawn_again_and_again_becomes_a_branch(
    kind: AccountType, drawn: str, looks_like: str
) -> None:
    """What keeps 50,000-account benchmark samples unique within a city."""
    book, city = NameBook(), CITIES[0]
    names = [book.unique(lambda: drawn, kind, city) for _ in range(300)]
    assert names[0] == drawn
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(looks_like, name) for name in names[1:]), names[1:4]
