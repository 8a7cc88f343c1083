"""Customer management summaries: pre-filled from a hand-made month, saved, reopened, printed.

The clock is Shanghai's (UTC+8): 00:30 on 1 March there is still February in UTC.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from fieldvisit.domain.enums import (
    PeriodKind,
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
from fieldvisit.storage.models import SummaryItem
from tests.services.local_tz import local_zone
from tests.services.summary_data import Rep, build_month

DONE, PROGRESS, NEW = SummarySection.COMPLETED, SummarySection.IN_PROGRESS, SummarySection.NEW


@pytest.fixture(autouse=True)
def _shanghai() -> Iterator[None]:
    with local_zone("Asia/Shanghai"):
        yield


@pytest.fixture
def rep(db: Database) -> Rep:
    return build_month(db)


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
        progress.key_data == "Promise: 送样品 — due 15 Apr 2025\nContact records still in draft: 1"
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
