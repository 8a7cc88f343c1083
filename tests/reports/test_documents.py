"""Every document in both languages: its text, fonts, pages and paper, read back from the PDF."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4, LETTER

from fieldvisit.reports.contact_record import ContactRecordReport
from fieldvisit.reports.covisit_handout import CoVisitHandout
from fieldvisit.reports.customer_card import CustomerCard
from fieldvisit.reports.summary import SummaryReportDocument
from fieldvisit.reports.team_summary import TeamSummary
from fieldvisit.reports.visit_plan import VisitPlanReport
from tests.reports import conftest as samples
from tests.reports.pdfcheck import font_problems, page_texts, qpdf_check, reader, text

PRINTED = date(2025, 3, 12)

DOCUMENTS: dict[str, tuple[Any, Callable[[], Any], dict[str, tuple[str, ...]]]] = {
    "covisit": (
        CoVisitHandout,
        samples.make_covisit,
        {
            "en": (
                "Co-visit report",
                "Agreed action plan",
                "The Big Question",
                "Development areas",
                "Ratings against the standards",
                "Signed 12 Mar 2025",
                "Revision 2",
                "Report completed late",
                "Coaching call",
            ),
            "zh": (
                "协同拜访报告",
                "行动计划",
                "关键问题",
                "待发展方面",
                "职业标准评分",
                "第 2 版",
                "报告延迟完成",
                "指导式拜访",
            ),
        },
    ),
    "record": (
        ContactRecordReport,
        samples.make_record,
        {
            "en": (
                "Contact record",
                "Successes",
                "Shortcomings",
                "New plan",
                "In-person visit",
                "New product",
            ),
            "zh": ("客户联系记录卡", "成功之处", "不足之处", "新的计划", "登门拜访", "新产品"),
        },
    ),
    "card": (
        CustomerCard,
        samples.make_account,
        {
            "en": (
                "Customer card",
                "Stakeholders",
                "Decision-maker",
                "Hospital",
                "Active customer",
            ),
            "zh": ("客户资料卡", "联系人", "采购决策者", "医院", "业务往来客户"),
        },
    ),
    "plan": (
        VisitPlanReport,
        samples.make_plan,
        {
            "en": ("Monthly visit plan", "March 2025", "Compliance", "Mon", "Approved"),
            "zh": ("月度拜访计划", "2025年3月", "计划执行情况", "周一", "已批准"),
        },
    ),
    "summary": (
        SummaryReportDocument,
        samples.make_summary,
        {
            "en": (
                "Customer management report",
                "Completed plans",
                "Plans in progress",
                "New plans",
            ),
            "zh": ("客户管理总结报告", "已完成的计划", "进行中的计划", "新计划"),
        },
    ),
    "team": (
        TeamSummary,
        samples.make_team,
        {
            "en": ("Team co-visit summary", "By rep", "Co-visits this month", "Signed off"),
            "zh": ("团队协访总结", "按代表", "本月协访", "已签署"),
        },
    ),
}
RARE = ("喆", "堃", "镕")


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[str, str], bytes]:
    return {
        (name, lang): renderer().render(make(), lang=lang, company="华东医药", printed_on=PRINTED)
        for name, (renderer, make, _) in DOCUMENTS.items()
        for lang in ("en", "zh")
    }


CASES = [(name, lang) for name in DOCUMENTS for lang in ("en", "zh")]


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_text_reads_back_in_the_language_with_rare_characters(
    rendered: dict[tuple[str, str], bytes], name: str, lang: str
) -> None:
    found = text(rendered[name, lang])
    for expected in (*DOCUMENTS[name][2][lang], *RARE, "华东医药"):
        assert expected in found, f"{expected!r} missing from the {lang} {name}"


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_every_font_is_an_embedded_truetype_subset(
    rendered: dict[tuple[str, str], bytes], name: str, lang: str
) -> None:
    assert font_problems(rendered[name, lang]) == []


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_footer_says_page_x_of_y_and_print_date(
    rendered: dict[tuple[str, str], bytes], name: str, lang: str
) -> None:
    pages = page_texts(rendered[name, lang])
    for number, page in enumerate(pages, start=1):
        if lang == "en":
            assert f"Page {number} of {len(pages)}" in page
            assert "Printed 12 Mar 2025" in page
        else:
            assert f"第 {number} 页，共 {len(pages)} 页" in page
            assert "打印日期：2025年3月12日" in page


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
@pytest.mark.parametrize(("name", "lang"), CASES)
def test_qpdf_finds_no_problem(
    rendered: dict[tuple[str, str], bytes], name: str, lang: str, tmp_path: Path
) -> None:
    result = qpdf_check(rendered[name, lang], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_one_day_three_call_handout_fits_on_three_pages(lang: str) -> None:
    # With the coaching printed (observation notes, last time's actions, both comments) a
    # full three-call day takes a third page; page 1 is still what to do next.
    pdf = CoVisitHandout().render(samples.make_covisit(calls=3), lang=lang, printed_on=PRINTED)
    pages = page_texts(pdf)
    assert len(pages) <= 3
    # Page 1 answers "what do I do next".
    first = pages[0]
    for key in (
        ("Development objectives", "发展目标"),
        ("Agreed action plan", "行动计划"),
        ("The Big Question", "关键问题"),
        ("Strengths", "优点"),
    ):
        assert key[0 if lang == "en" else 1] in first


def test_a_long_co_visit_flows_onto_more_pages_with_correct_footers() -> None:
    pdf = CoVisitHandout().render(samples.make_covisit(calls=9, days=2), printed_on=PRINTED)
    pages = page_texts(pdf)
    assert len(pages) > 2
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_paper_size(paper: str, size: tuple[float, float]) -> None:
    pdf = ContactRecordReport().render(samples.make_record(), paper=paper)
    box = reader(pdf).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.5)


def test_the_visit_plan_is_landscape() -> None:
    pdf = VisitPlanReport().render(samples.make_plan(), paper="letter")
    box = reader(pdf).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(LETTER[::-1], abs=0.5)


def test_customer_card_leaves_personal_profiles_out_unless_asked() -> None:
    plain = text(CustomerCard().render(samples.make_account(with_personal=False), lang="zh"))
    personal = text(CustomerCard().render(samples.make_account(with_personal=True), lang="zh"))
    assert samples.PROFILE_TEXT not in plain
    assert "个人资料" not in plain
    assert samples.PROFILE_TEXT in personal
    assert "个人资料（机密）" in personal


def test_unknown_language_or_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        ContactRecordReport().render(samples.make_record(), lang="fr")
    with pytest.raises(ValueError, match="paper"):
        ContactRecordReport().render(samples.make_record(), paper="a3")


def test_plan_without_a_plan_and_team_without_covisits_still_print() -> None:
    from fieldvisit.reports.snapshots import PlanSnapshot, TeamSnapshot

    plan = text(VisitPlanReport().render(PlanSnapshot(rep="李堃", month=date(2025, 2, 1))))
    assert "No plan was made for this month." in plan
    team = text(TeamSummary().render(TeamSnapshot(manager="王喆", month=date(2025, 2, 1))))
    assert "No co-visits this month." in team


@pytest.mark.parametrize(("calls", "expected"), [(1, "1 call "), (3, "3 calls ")])
def test_handout_counts_calls_in_good_english(calls: int, expected: str) -> None:
    pdf = CoVisitHandout().render(samples.make_covisit(calls=calls), lang="en", printed_on=PRINTED)
    first = page_texts(pdf)[0]
    assert expected in first
    assert "1 calls" not in first
