"""Checklist templates: every version ships valid; old reports keep their own wording."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from fieldvisit.domain.checklist import TemplateError, parse_template
from fieldvisit.domain.enums import CoVisitType
from fieldvisit.reports.covisit_handout import CoVisitHandout
from fieldvisit.services.covisits import session as sess
from fieldvisit.services.covisits import template as tpl
from fieldvisit.services.reporting.covisit import covisit_snapshot
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import CoVisit
from tests.reports.pdfcheck import text
from tests.services.covisits.conftest import DAY, Field, fill_complete


def test_every_shipped_version_loads() -> None:
    assert tpl.CURRENT_VERSION in tpl.available_versions()
    for version in tpl.available_versions():
        t = tpl.load_template(version)
        assert len(t.steps) == 8 and len(t.standards) == 7
        for step in t.steps:
            assert {k for k in step.prompts} == set(CoVisitType)
        for std in t.standards:
            assert all(t.level_meaning(std.key, n, "zh") for n in range(1, 6))


def test_a_broken_template_names_the_file_and_the_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads(tpl.template_path("2026.1").read_text(encoding="utf-8"))
    data["standards"][2]["levels"] = data["standards"][2]["levels"][:4]
    with pytest.raises(TemplateError, match=r"standards\[2\].levels must list exactly 5"):
        parse_template(data, "x.json")
    del data["types"][0]
    with pytest.raises(TemplateError, match="each co-visit type"):
        parse_template(data, "x.json")
    with pytest.raises(TemplateError, match=r"9\.9 is missing"):
        tpl.load_template("9.9")
    with pytest.raises(TemplateError, match="not a checklist template version"):
        tpl.load_template("../etc")
    bad = tmp_path / "checklists"
    bad.mkdir()
    (bad / "covisit-7.json").write_text("{ nope", encoding="utf-8")
    monkeypatch.setattr(tpl, "resource_path", lambda *p: tmp_path.joinpath(*p))
    with pytest.raises(TemplateError, match="not valid JSON"):
        tpl.load_template.__wrapped__("7")


def test_per_standard_meanings_differ_from_the_first_editions_generic_ones() -> None:
    old, new = tpl.load_template("1"), tpl.load_template("2026.1")
    assert old.level_meaning("channel", 3, "en") == "Meets the standard consistently"
    assert new.level_meaning("channel", 3, "en") == "Tracks stock, orders and collections routinely"


def test_an_older_report_prints_in_its_own_wording(db: Database, field: Field) -> None:
    cv = sess.start_covisit(db, field.rep_id, DAY)
    fill_complete(db, cv.id, field)
    new_pdf = CoVisitHandout().render(covisit_snapshot(db, cv.id), lang="en", printed_on=DAY)
    with db.session_scope() as s:
        row = s.get(CoVisit, cv.id)
        assert row is not None
        row.template_version = "1"
    old_pdf = CoVisitHandout().render(covisit_snapshot(db, cv.id), lang="en", printed_on=DAY)
    new_text, old_text = text(new_pdf), text(old_pdf)
    assert "Tracks stock, orders and collections" in new_text
    assert "Tracks stock, orders and collections" not in old_text
    assert "Meets the standard consistently" in old_text
    zh = text(CoVisitHandout().render(covisit_snapshot(db, cv.id), lang="zh", printed_on=DAY))
    assert "稳定达到标准" in zh and "渠道管理" in zh


def test_new_covisits_use_the_current_version(db: Database, field: Field) -> None:
    assert sess.start_covisit(db, field.rep_id, date(2026, 3, 1)).template_version == "2026.1"
