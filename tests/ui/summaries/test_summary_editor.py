"""The summary editor as a user drives it: pre-fill, edit, save, reopen, print to PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit.domain.enums import PeriodKind, SummarySection, SummaryStatus
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import SummaryItem, SummaryReport
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.summaries.summary_editor import SummaryEditor
from tests.services.summary_data import Rep, build_month

DONE, PROGRESS, NEW = SummarySection.COMPLETED, SummarySection.IN_PROGRESS, SummarySection.NEW


@pytest.fixture
def rep(db: Database) -> Rep:
    return build_month(db)


def open_editor(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, rep: Rep
) -> SummaryEditor:
    editor = SummaryEditor(db, events, settings, rep.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.set_period(PeriodKind.MONTH, date(2025, 3, 18))
    return editor


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_prefill_edit_save_reopen(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, rep: Rep
) -> None:
    editor = open_editor(qtbot, db, events, settings, rep)
    assert editor.sections[DONE].items == [] and not editor.dirty
    click(qtbot, editor.prefill_button)
    done = editor.sections[DONE]
    assert [done.list.item(i).text() for i in range(done.list.count())] == ["镕安医院"]
    assert done.fields["what_worked"].toPlainText() == "主任同意试用\n约好时间"
    assert set(done.fields) == {"key_data", "problems", "what_worked", "what_did_not", "thanks"}
    assert set(editor.sections[NEW].fields) == {"key_data", "problems", "help_needed"}
    assert editor.dirty

    qtbot.keyClicks(done.fields["thanks"], "Thanks to Wang Zhe")
    new = editor.sections[NEW]
    editor.tabs.setCurrentWidget(new)
    click(qtbot, new.add_button)
    qtbot.keyClicks(new.name_edit, "Second-tier hospitals")
    qtbot.keyClicks(new.fields["help_needed"], "Samples")
    click(qtbot, new.up_button)  # now second of three
    with qtbot.waitSignal(events.changed):
        click(qtbot, editor.save_button)
    assert not editor.dirty and "Saved" in editor.status_label.text()

    with db.session_scope() as s:
        report = s.scalars(select(SummaryReport)).one()
        assert (report.period_start, report.status) == (date(2025, 3, 1), SummaryStatus.DRAFT)
        items = s.scalars(select(SummaryItem).where(SummaryItem.deleted_at.is_(None))).all()
        by_key = {(i.section, i.seq): i for i in items}
        assert by_key[(DONE, 1)].thanks == "Thanks to Wang Zhe"
        assert [by_key[(NEW, n)].name for n in (1, 2, 3)] == [
            "和平诊所",
            "Second-tier hospitals",
            "新华医院",
        ]
        assert by_key[(NEW, 2)].help_needed == "Samples"

    editor.close()
    again = open_editor(qtbot, db, events, settings, rep)
    assert again.sections[DONE].fields["thanks"].toPlainText() == "Thanks to Wang Zhe"
    assert again.sections[NEW].items[1].name == "Second-tier hospitals"


def test_remove_and_finalise(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, rep: Rep
) -> None:
    editor = open_editor(qtbot, db, events, settings, rep)
    click(qtbot, editor.prefill_button)
    progress = editor.sections[PROGRESS]
    progress.select(0)
    click(qtbot, progress.remove_button)
    click(qtbot, editor.final_box)
    click(qtbot, editor.save_button)
    with db.session_scope() as s:
        assert s.scalars(select(SummaryReport)).one().status is SummaryStatus.FINAL
        sections = [i.section for i in s.scalars(select(SummaryItem)) if i.deleted_at is None]
        assert PROGRESS not in sections and DONE in sections


def test_a_plan_without_a_name_is_not_saved(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    rep: Rep,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = open_editor(qtbot, db, events, settings, rep)
    progress = editor.sections[PROGRESS]
    click(qtbot, progress.add_button)
    click(qtbot, editor.save_button)
    assert progress.name_error.isVisible() and "name" in progress.name_error.text()
    assert editor.tabs.currentWidget() is progress
    with db.session_scope() as s:
        assert s.scalars(select(SummaryReport)).all() == []
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)
    assert editor.close()


def test_unsaved_changes_are_not_lost_on_close(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    rep: Rep,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = open_editor(qtbot, db, events, settings, rep)
    click(qtbot, editor.prefill_button)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    assert not editor.close() and editor.isVisible()
    assert editor.close() and not answers
    with db.session_scope() as s:
        assert len(s.scalars(select(SummaryReport)).all()) == 1


def test_save_as_pdf_prints_the_edited_text(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    rep: Rep,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    editor = open_editor(qtbot, db, events, settings, rep)
    click(qtbot, editor.prefill_button)
    done = editor.sections[DONE]
    done.fields["what_worked"].clear()
    qtbot.keyClicks(done.fields["what_worked"], "Brought the trial data")
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(target), "PDF documents (*.pdf)")
    )
    with qtbot.waitSignal(editor.printing.saved, timeout=60_000):
        click(qtbot, editor.pdf_button)  # saves the summary first, then prints it
    assert not editor.dirty
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Brought the trial data" in text and "镕安医院" in text
    assert "Not yet written" not in text
