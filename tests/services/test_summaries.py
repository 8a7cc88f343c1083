"""Customer management summaries: pre-filled from a hand-made month, saved, reopened, printed.

The clock is Shanghai's (UTC+8): 00:30 on 1 March there is still February in UTC.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    ContactMethod,
    MemberRole,
    PeriodKind,
    PromiseStatus,
    RecordStatus,
    SummarySection,
    SummaryStatus,
)
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.reporting import summary_snapshot
from fieldvisit.services.summaries import (
    SummaryDraftItem,
    finalise_summary,
    find_summary,
    list_summaries,
    load_summary,
    next_period_day,
    prefill_summary,
    save_summary,
    summary_figures,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, ContactRecord, Promise, SummaryItem, TeamMember
from tests.services.local_tz import local_zone

DONE, PROGRESS, NEW = SummarySection.COMPLETED, SummarySection.IN_PROGRESS, SummarySection.NEW


@pytest.fixture(autouse=True)
def _shanghai() -> Iterator[None]:
    with local_zone("Asia/Shanghai"):
        yield


def local(y: int, m: int, d: int, hour: int, minute: int = 0) -> datetime:
    return datetime(y, m, d, hour, minute).astimezone()


@dataclass
class Rep:
    id: uuid.UUID


@pytest.fixture
def rep(db: Database) -> Rep:
    with db.session_scope() as s:
        author = TeamMember(name="李堃", role=MemberRole.REP)
        s.add(author)
        s.flush()

        def account(name: str, **kw: object) -> Account:
            a = Account(
                name=name,
                account_type=AccountType.HOSPITAL,
                status=AccountStatus.ACTIVE,
                owner_id=author.id,
                **kw,
            )
            s.add(a)
            s.flush()
            return a

        old = local(2024, 6, 1, 9)
        a = account("镕安医院", created_at=old)
        b = account("康宁药房", created_at=old)
        c = account("和平诊所", created_at=old)
        account("新华医院", city="北京", created_at=local(2025, 3, 1, 0, 30))
        account("去年的医院", created_at=local(2025, 2, 28, 23, 0))

        def record(
            acc: Account,
            when: datetime,
            method: ContactMethod = ContactMethod.VISIT,
            status: RecordStatus = RecordStatus.COMPLETE,
            **kw: object,
        ) -> None:
            s.add(
                ContactRecord(
                    account_id=acc.id,
                    author_id=author.id,
                    occurred_at=when,
                    method=method,
                    status=status,
                    **kw,
                )
            )

        record(a, local(2025, 3, 5, 10), successes="主任同意试用", shortcomings="未带资料")
        record(a, local(2025, 3, 6, 10), ContactMethod.PHONE, successes="约好时间")
        record(a, local(2025, 4, 1, 0, 30), successes="四月的")  # 31 March in UTC
        record(b, local(2025, 3, 20, 10), status=RecordStatus.DRAFT)
        record(c, local(2025, 2, 20, 10), next_steps="介绍新品", next_visit_on=date(2025, 4, 8))
        s.add_all(
            [
                Promise(
                    account_id=a.id,
                    owner_id=author.id,
                    description="寄送资料",
                    agreed_on=date(2025, 3, 5),
                    due_on=date(2025, 3, 9),
                    status=PromiseStatus.KEPT,
                    closed_at=local(2025, 3, 10, 9),
                ),
                Promise(
                    account_id=b.id,
                    owner_id=author.id,
                    description="补充陈列",
                    agreed_on=date(2025, 3, 10),
                    due_on=date(2025, 3, 25),
                ),
                Promise(
                    account_id=b.id,
                    owner_id=author.id,
                    description="送样品",
                    agreed_on=date(2025, 3, 20),
                    due_on=date(2025, 4, 15),
                ),
                Promise(
                    account_id=b.id,
                    owner_id=author.id,
                    description="四月才答应的",
                    agreed_on=date(2025, 4, 2),
                    due_on=date(2025, 4, 30),
                ),
            ]
        )
        return Rep(author.id)


def test_prefill_three_sections(db: Database, rep: Rep) -> None:
    draft = prefill_summary(db, rep.id, PeriodKind.MONTH, date(2025, 3, 18))
    assert (draft.period_start, draft.period_end, draft.report_id) == (
        date(2025, 3, 1),
        date(2025, 3, 31),
        None,
    )
    assert [i.name for i in draft.section(DONE)] == ["镕安医院"]
    done = draft.section(DONE)[0]
    assert done.key_data == "2 contacts (1 on-site, 1 phone)\nPromise kept: 寄送资料 (10 Mar 2025)"
    assert (done.what_worked, done.what_did_not) == ("主任同意试用\n约好时间", "未带资料")
    [progress] = draft.section(PROGRESS)
    assert progress.name == "康宁药房"
    assert (
        progress.key_data == "Promise: 送样品 — due 15 Apr 2025\n1 contact record(s) still in draft"
    )
    assert progress.problems == "Overdue promise: 补充陈列 (due 25 Mar 2025)"
    new = {i.name: i.key_data for i in draft.section(NEW)}
    assert new == {
        "和平诊所": "介绍新品\nNext visit 8 Apr 2025",
        "新华医院": "New account: Hospital · 北京",
    }


def test_prefill_in_chinese(db: Database, rep: Rep) -> None:
    draft = prefill_summary(db, rep.id, "month", date(2025, 3, 1), lang="zh")
    assert draft.section(DONE)[0].key_data.startswith("联系 2 次（现场 1 次，电话 1 次）")
    assert draft.section(PROGRESS)[0].problems == "逾期承诺：补充陈列（截止 2025年3月25日）"


def test_week_period_and_figures(db: Database, rep: Rep) -> None:
    draft = prefill_summary(db, rep.id, PeriodKind.WEEK, date(2025, 3, 6))
    assert (draft.period_start, draft.period_end) == (date(2025, 3, 3), date(2025, 3, 9))
    assert [i.name for i in draft.section(DONE)] == ["镕安医院"]
    month = prefill_summary(db, rep.id, PeriodKind.MONTH, date(2025, 3, 6))
    figures = summary_figures(db, month)
    assert (figures.records, figures.on_site, figures.phone) == (3, 2, 1)
    assert (figures.promises_kept, figures.promises_open) == (1, 2)
    assert next_period_day(PeriodKind.MONTH, date(2025, 12, 1), 1) == date(2026, 1, 1)
    assert next_period_day(PeriodKind.WEEK, date(2025, 3, 3), -1) == date(2025, 2, 24)


def test_save_reopen_edit_and_finalise(db: Database, rep: Rep) -> None:
    draft = prefill_summary(db, rep.id, PeriodKind.MONTH, date(2025, 3, 18))
    items = list(draft.items)
    items[0] = replace(items[0], thanks="感谢经理支持")
    items.append(SummaryDraftItem(NEW, "  二级医院覆盖  ", help_needed="需要样品"))
    saved = save_summary(db, replace(draft, items=tuple(items)))
    assert saved.report_id is not None and all(i.id for i in saved.items)
    reopened = find_summary(db, rep.id, PeriodKind.MONTH, date(2025, 3, 31))
    assert reopened is not None and reopened.report_id == saved.report_id
    assert reopened.section(DONE)[0].thanks == "感谢经理支持"
    assert [i.name for i in reopened.section(NEW)] == ["和平诊所", "新华医院", "二级医院覆盖"]

    # Reorder the new plans, drop one, change another: one report, items in the new order.
    first, _dropped, third = reopened.section(NEW)
    edited = [i for i in reopened.items if i.section is not NEW]
    edited += [replace(third, key_data="20家"), first]
    again = save_summary(db, replace(reopened, items=tuple(edited)))
    assert again.report_id == saved.report_id
    assert [(i.name, i.key_data) for i in again.section(NEW)] == [
        ("二级医院覆盖", "20家"),
        ("和平诊所", "介绍新品\nNext visit 8 Apr 2025"),
    ]
    with db.session_scope() as s:
        rows = s.scalars(select(SummaryItem).where(SummaryItem.report_id == saved.report_id)).all()
        live = sorted((r.seq, r.name) for r in rows if r.deleted_at is None and r.section is NEW)
        assert live == [(1, "二级医院覆盖"), (2, "和平诊所")]
        assert [r.name for r in rows if r.deleted_at is not None] == ["新华医院"]
    # A fresh pre-fill of the same period keeps the report, so saving replaces its items.
    assert prefill_summary(db, rep.id, "month", date(2025, 3, 2)).report_id == saved.report_id

    finalise_summary(db, saved.report_id)
    assert load_summary(db, saved.report_id).status is SummaryStatus.FINAL
    [row] = list_summaries(db, rep.id)
    assert (row.period_kind, row.status, row.items, row.author) == (
        PeriodKind.MONTH,
        SummaryStatus.FINAL,
        4,
        "李堃",
    )


def test_printed_summary_takes_the_saved_items(db: Database, rep: Rep) -> None:
    draft = prefill_summary(db, rep.id, PeriodKind.MONTH, date(2025, 3, 18))
    items = [replace(draft.items[0], what_worked="改写后的经验")]
    save_summary(db, replace(draft, items=tuple(items)))
    snap = summary_snapshot(db, "李堃", "month", "2025-03-18")
    assert [(e.name, e.what_worked) for e in snap.entries] == [("镕安医院", "改写后的经验")]
    # Local days: the 00:30 contact of 1 April is not March's.
    assert snap.records == 3


def test_items_need_a_name(db: Database, rep: Rep) -> None:
    draft = prefill_summary(db, rep.id, PeriodKind.MONTH, date(2025, 3, 18))
    with pytest.raises(ValidationError) as error:
        save_summary(db, replace(draft, items=(SummaryDraftItem(PROGRESS, "   "),)))
    assert error.value.field == "name" and "in_progress item 1" in error.value.detail
    assert list_summaries(db) == []
