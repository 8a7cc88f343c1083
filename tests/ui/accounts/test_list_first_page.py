"""The account list's first page, shown from SQL while the whole index is still read."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from pytestqt.qtbot import QtBot

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.accounts.listing import SortColumn
from fieldvisit.services.team import current_user, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts import list_view
from fieldvisit.ui.accounts.list_model import column_of
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.pages.accounts import AccountsPage
from tests.services.accounts.conftest import Region, build_region


@pytest.fixture
def region(db: Database) -> Region:
    return build_region(db)


@pytest.fixture
def held_index(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The index is read only once the test sets the event (a slow laptop's index)."""
    release = threading.Event()
    read = list_view.read_index

    def slow_read(db: Database, activity: bool) -> Any:
        release.wait(10)
        return read(db, activity)

    monkeypatch.setattr(list_view, "read_index", slow_read)
    yield release
    release.set()


def open_page(qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings) -> AccountsPage:
    page = AccountsPage(db, events, settings)
    user = current_user(db)
    if user is not None:
        page.set_user(user)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.list.first_page is not None)
    return page


def shown_names(page: AccountsPage) -> list[str]:
    model = page.list.model
    column = column_of(SortColumn.NAME)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def wait_for_index(qtbot: QtBot, page: AccountsPage) -> None:
    qtbot.waitUntil(lambda: page.list.index is not None and not page.list.is_loading())
    qtbot.waitUntil(lambda: not page.rebuilder.is_running())


def test_first_rows_show_before_the_index_and_stay_where_the_user_is(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    region: Region,
    held_index: threading.Event,
) -> None:
    page = open_page(qtbot, db, events, settings)
    assert page.list.index is None
    before = shown_names(page)
    assert len(before) == 5
    table = page.list.table
    table.selectionModel().setCurrentIndex(
        page.list.model.index(2, 1),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = page.list.selected_account_ids()
    held_index.set()
    wait_for_index(qtbot, page)
    assert page.list.first_page is None
    assert shown_names(page) == before  # the index's first rows are the same
    assert page.list.selected_account_ids() == chosen
    assert page.list.count_label.text() == "5 accounts"


def test_typing_before_the_index_is_applied_when_it_arrives(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    region: Region,
    held_index: threading.Event,
) -> None:
    page = open_page(qtbot, db, events, settings)
    qtbot.keyClicks(page.list.search, "xh")
    qtbot.waitUntil(lambda: page.list.current_query().text == "xh")
    assert page.list.model.rowCount() == 0  # not the unfiltered rows under a typed search
    assert page.list.first_page is None
    held_index.set()
    wait_for_index(qtbot, page)
    assert page.list.search.text() == "xh"
    assert set(shown_names(page)) == {"北京协和医院", "华中科技大学同济医学院附属协和医院"}
    assert page.list.count_label.text() == "2 of 5 accounts"


def test_a_rep_starts_on_their_own_accounts_from_the_first_page(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    region: Region,
    held_index: threading.Event,
) -> None:
    set_current_user(db, "Grace Ng", MemberRole.REP)
    page = open_page(qtbot, db, events, settings)
    grace = region.reps["Grace Ng"]
    assert page.list.current_query().owner_ids == frozenset({grace})
    assert sorted(shown_names(page)) == ["Raffles Hospital", "老百姓大药房(长沙店)"]
    held_index.set()
    wait_for_index(qtbot, page)
    assert page.list.current_query().owner_ids == frozenset({grace})
    assert sorted(shown_names(page)) == ["Raffles Hospital", "老百姓大药房(长沙店)"]
    owners = page.list.filters.owners
    assert owners.chosen() == frozenset({grace})
    assert len(owners.menu().actions()) == 2  # the whole team by then: me and 李娜


def test_another_saved_order_waits_for_the_index(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    region: Region,
    held_index: threading.Event,
) -> None:
    settings.setValue(list_view.SORT_KEY, SortColumn.CITY.value)
    page = AccountsPage(db, events, settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.list._first_loader.is_busy())
    assert page.list.first_page is None
    assert page.list.model.rowCount() == 0
    held_index.set()
    wait_for_index(qtbot, page)
    assert len(shown_names(page)) == 5


def test_sorting_before_the_index_is_applied_when_it_arrives(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    region: Region,
    held_index: threading.Event,
) -> None:
    page = open_page(qtbot, db, events, settings)
    page.list.table.sortByColumn(column_of(SortColumn.NAME), Qt.SortOrder.DescendingOrder)
    assert page.list.current_query().descending
    assert page.list.model.rowCount() == 0  # the first page was in the other order
    held_index.set()
    wait_for_index(qtbot, page)
    names = shown_names(page)
    assert len(names) == 5
    page.list.table.sortByColumn(column_of(SortColumn.NAME), Qt.SortOrder.AscendingOrder)
    assert shown_names(page) == names[::-1]


def shown_page(qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings) -> AccountsPage:
    page = AccountsPage(db, events, settings)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_list_takes_the_index_read_since_the_window_came_up_unless_data_changed(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    region: Region,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldvisit.ui.accounts import early_index

    reads: list[str] = []
    read = list_view.read_index

    def counted(database: Database, activity: bool) -> Any:
        result = read(database, activity)
        reads.append(threading.current_thread().name)  # once read: no thread left behind
        return result

    monkeypatch.setattr(list_view, "read_index", counted)
    early_index.read_soon(db)
    qtbot.waitUntil(lambda: len(reads) == 1)
    page = shown_page(qtbot, db, events, settings)
    wait_for_index(qtbot, page)
    assert reads == ["early-index"]  # the list read nothing itself
    assert len(shown_names(page)) == 5
    page.stop()
    # Started, then the data changed before the list was shown: the list reads afresh.
    early_index.read_soon(db)
    qtbot.waitUntil(lambda: len(reads) == 2)
    early_index.forget(db)
    assert early_index.take(db) is None
    other = shown_page(qtbot, db, events, settings)
    wait_for_index(qtbot, other)
    assert reads[-1] != "early-index" and len(reads) == 3
    other.stop()
