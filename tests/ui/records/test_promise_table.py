"""The new agreements of a record: the due date shows whole, in the language's date style."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldvisit.ui.i18n import install_translations, remove_translations
from fieldvisit.ui.records.promise_table import PromiseTable


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translations(qapp, request.param)
    yield request.param
    remove_translations(qapp, translators)


def test_a_new_agreement_shows_its_whole_due_date_a_week_ahead(qtbot: QtBot, language: str) -> None:
    table = PromiseTable()
    qtbot.addWidget(table)
    table.resize(900, 250)
    table.show()
    row = table.add_row()
    assert row.due.date().toPython() == date(2026, 11, 30)  # the pinned Monday + 7 days
    expected = {"en": "30 Nov 2026", "zh_CN": "2026年11月30日"}[language]
    assert row.due.text() == expected
    # The column fits the editor: nothing of the date is cut off.
    assert table.table.columnWidth(2) >= row.due.sizeHint().width()
    assert table.table.columnWidth(1) >= row.owner.sizeHint().width()
