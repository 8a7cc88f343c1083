"""One reading of a contact record: the editor's form, the printed record and
``fieldvisit record --json`` all come from the same RecordView and agree."""

from __future__ import annotations

import io
import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldvisit.cli import main
from fieldvisit.domain.enums import ContactMethod, PromiseStatus
from fieldvisit.services.records import (
    PromiseForm,
    VisitCheckForm,
    load_record,
    new_record_form,
    save_draft,
)
from fieldvisit.services.records.view import load_record_view
from fieldvisit.services.reporting.render import PrintOptions, render_record
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import VisitCheck
from tests.services.records.conftest import World

WHEN = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def written(db: Database, world: World) -> str:
    form = new_record_form(db, world.account_id, world.rep_id, WHEN)
    form.method = ContactMethod.VISIT
    form.place = "药剂科"
    form.stakeholder_ids = [world.zhao_id, world.wang_id]
    form.participant_ids = [world.rep_id, world.manager_id]
    form.content = "谈了新品进院"
    form.successes = "主任同意试用"
    form.shortcomings = "没带价格表"
    form.lessons = "先准备价格"
    form.promises = [PromiseForm("送价格表", date(2026, 3, 12), world.rep_id, world.wang_id)]
    form.next_visit_on = date(2026, 3, 20)
    form.check = VisitCheckForm(stock="库存30盒")
    return str(save_draft(db, form))


def test_editor_pdf_and_command_line_read_the_same_record(
    db: Database, world: World, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record_id = written(db, world)
    view = load_record_view(db, uuid.UUID(record_id))
    form = load_record(db, uuid.UUID(record_id))
    assert form.stakeholder_ids == list(view.stakeholder_ids)
    assert form.participant_ids == list(view.participant_ids)
    assert (form.content, form.lessons, form.place) == (view.content, view.lessons, view.place)
    assert [p.description for p in form.promises] == [p.description for p in view.promises]
    assert view.promises[0].owner_id == world.rep_id and view.promises[0].stakeholder
    assert view.promises[0].status is PromiseStatus.OPEN
    assert form.check is not None and form.check.stock == "库存30盒"

    pdf = render_record(db, record_id, PrintOptions(lang="zh"))
    printed = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for text in ("谈了新品进院", "主任同意试用", "送价格表", "库存30盒", *view.stakeholders_met):
        assert text in printed

    db.close()
    assert main(["--db", str(db_path), "record", record_id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["content"] == form.content and shown["lessons"] == form.lessons
    assert shown["stakeholders_met"] == list(view.stakeholders_met)
    assert [p["description"] for p in shown["promises"]] == ["送价格表"]
    assert main(["--db", str(db_path), "record", record_id, "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "洽谈或活动内容: 谈了新品进院" in out and "经验与教训: 先准备价格" in out


def test_a_removed_visit_check_is_gone_on_screen_and_on_paper(db: Database, world: World) -> None:
    """Before one reader, the printout still showed a check the editor had removed."""
    record_id = written(db, world)
    with db.session_scope() as s:
        check = s.get(VisitCheck, uuid.UUID(record_id))
        assert check is not None
        check.deleted_at = datetime(2026, 3, 11, tzinfo=UTC)
    assert load_record(db, uuid.UUID(record_id)).check is None
    pdf = render_record(db, record_id, PrintOptions(lang="zh"))
    printed = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "库存30盒" not in printed and "谈了新品进院" in printed
