"""The handout carries the coaching: observation notes, last time's actions reviewed, the
manager's comment; a section with nothing in it is left out, not printed as dashes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from fieldvisit.domain.enums import CoVisitStatus
from fieldvisit.reports.covisit_handout import CoVisitHandout
from fieldvisit.reports.snapshots import CoVisitSnapshot
from tests.reports import conftest as samples
from tests.reports.pdfcheck import page_texts, text

PRINTED = date(2025, 3, 13)
SECTIONS = {
    "review": ("Last time's actions, reviewed", "上次行动计划回顾"),
    "manager": ("Manager's comment", "经理意见"),
    "notes": ("Observation notes", "观察记录"),
    "objectives": ("Development objectives", "发展目标"),
    "plan": ("Agreed action plan", "行动计划"),
    "strengths": ("Strengths", "优点"),
    "rep_comments": ("Rep's comments", "代表意见"),
}


def _text(snapshot: CoVisitSnapshot, lang: str) -> str:
    return text(CoVisitHandout().render(snapshot, lang=lang, printed_on=PRINTED))


@pytest.mark.parametrize(("lang", "i"), [("en", 0), ("zh", 1)])
def test_the_coaching_is_printed(lang: str, i: int) -> None:
    printed = _text(samples.make_covisit(calls=3), lang).replace("\n", "")
    for key in ("review", "manager", "notes"):
        assert SECTIONS[key][i] in printed
    assert samples.MANAGER_COMMENT in printed
    assert samples.REVIEW_NOTE in printed
    for note in samples.OBSERVATION_NOTES.values():
        assert note in printed
    assert ("Not done, carried forward", "未完成，继续跟进")[i] in printed


@pytest.mark.parametrize(("lang", "i"), [("en", 0), ("zh", 1)])
def test_empty_sections_are_left_out(lang: str, i: int) -> None:
    full = samples.make_covisit(calls=2)
    bare_view = replace(
        full.view,
        review=(),
        manager_comments=None,
        development_objectives=(),
        actions=(),
        strengths=None,
        development_areas=None,
        rep_comments=None,
        revisions=(),
        calls=tuple(
            replace(c, observations=tuple(replace(o, note=None) for o in c.observations))
            for c in full.view.calls
        ),
    )
    printed = _text(replace(full, view=bare_view), lang)
    for title in SECTIONS.values():
        assert title[i] not in printed


def test_an_unsigned_late_report_says_so() -> None:
    sample = samples.make_covisit(calls=1)
    late = replace(
        sample,
        view=replace(
            sample.view, status=CoVisitStatus.IN_PROGRESS, manager_signed_at=None, late=True
        ),
    )
    first = page_texts(CoVisitHandout().render(late, lang="en", printed_on=PRINTED))[0]
    assert "Late: not signed by the end of" in first.replace("\n", " ")
