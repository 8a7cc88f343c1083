"""The accounts page: typing, filters, header sorting, remembered columns, empty state."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit.domain.enums import AccountType, Tier
from fieldvisit.services.accounts.listing import SortColumn
from fieldvisit.services.accounts.picking import shared_index
from fieldvisit.services.accounts.search_keys import invalidate_keys
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account
from fieldvisit.ui.accounts.list_model import COLUMNS, MATCH_ROLE, column_of
from fieldvisit.ui.accounts.list_view import FAST_MS
from fieldvisit.ui.accounts.name_delegate import name_html
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.pages.accounts import AccountsPage
from tests.services.accounts.conftest import Region, build_region


@pytest.fixture
def region(db: Database) -> Region:
    return build_region(db)


@pytest.fixture(autouse=True)
def us_english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def open_page(qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings) -> AccountsPage:
    page = AccountsPage(db, events, settings)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.list.index is not None and not page.list.is_loading())
    qtbot.waitUntil(lambda: not page.rebuilder.is_running())
    return page


def shown_names(page: AccountsPage) -> list[str]:
    model = page.list.model
    column = column_of(SortColumn.NAME)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def type_search(qtbot: QtBot, page: AccountsPage, text: str) -> None:
    page.list.search.clear()
    qtbot.keyClicks(page.list.search, text)
    qtbot.waitUntil(lambda: page.list.current_query().text == text)


def test_typing_searches_by_pinyin_initials_and_chinese(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, region: Region
) -> None:
    page = open_page(qtbot, db, events, settings)
    assert page.list.count_label.text() == "5 accounts"
    type_search(qtbot, page, "xh")
    assert set(shown_names(page)) == {"北京协和医院", "华中科技大学同济医学院附属协和医院"}
    assert page.list.count_label.text() == "2 of 5 accounts"
    type_search(qtbot, page, "zhangwei")
    assert shown_names(page) == ["北京协和医院"]
    page.list.search.clear()
    page.list.search.insert("协和")  # Chinese arrives from the input method, not as key clicks
    qtbot.keyClick(page.list.search, Qt.Key.Key_Return)  # no waiting for the pause
    assert page.list.current_query().text == "协和"
    assert len(shown_names(page)) == 2


def test_fast_searches_run_without_a_pause_and_rows_say_why_they_matched(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, region: Region
) -> None:
    page = open_page(qtbot, db, events, settings)
    type_search(qtbot, page, "x")
    assert page.list.last_search_ms < FAST_MS
    assert page.list._debounce.interval() == 0  # the next key searches as soon as it is idle
    type_search(qtbot, page, "zhangwei")
    name = page.list.model.index(0, column_of(SortColumn.NAME))
    spans, note = name.data(MATCH_ROLE)
    assert spans == () and note == "via stakeholder 张伟"
    assert name.data(Qt.ItemDataRole.AccessibleTextRole) == "北京协和医院 (via stakeholder 张伟)"
    type_search(qtbot, page, "xieh")
    rows = page.list.model.rowCount()
    marks = [
        page.list.model.index(r, column_of(SortColumn.NAME)).data(MATCH_ROLE) for r in range(rows)
    ]
    assert ((((2, 4),), "pinyin")) in marks  # 北京协和医院: 协和 highlighted
    assert "协和" in name_html("北京协和医院", ((2, 4),), "pinyin")
    page.list.table.viewport().grab()  # the delegate paints without error


def test_no_match_shows_the_empty_state_and_clearing_restores(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, region: Region
) -> None:
    page = open_page(qtbot, db, events, settings)
    type_search(qtbot, page, "nothing-like-this")
    assert page.list.stack.currentWidget() is page.list.empty
    qtbot.mouseClick(page.list.empty_clear, Qt.MouseButton.LeftButton)
    assert page.list.search.text() == ""
    assert page.list.stack.currentWidget() is page.list.table
    assert len(shown_names(page)) == 5


def test_filters_narrow_the_list(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, region: Region
) -> None:
    page = open_page(qtbot, db, events, settings)
    bar = page.list.filters
    bar.types.action_for(AccountType.HOSPITAL).trigger()
    assert set(shown_names(page)) == {
        "北京协和医院",
        "华中科技大学同济医学院附属协和医院",
        "Raffles Hospital",
    }
    assert bar.types.text() == "Type: Hospital ▾"
    bar.tiers.action_for(Tier.A).trigger()
    assert len(shown_names(page)) == 2
    grace = region.reps["Grace Ng"]
    bar.owners.action_for(grace).trigger()
    assert shown_names(page) == []
    assert page.list.stack.currentWidget() is page.list.empty
    assert page.list.clear_button.isEnabled()
    qtbot.mouseClick(page.list.clear_button, Qt.MouseButton.LeftButton)
    assert len(shown_names(page)) == 5
    qtbot.mouseClick(bar.overdue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.list.is_loading())
    assert "北京协和医院" not in shown_names(page)
    assert page.current_query().overdue_only


def test_header_click_sorts_and_sort_and_columns_are_remembered(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, region: Region
) -> None:
    page = open_page(qtbot, db, events, settings)
    header = page.list.table.horizontalHeader()
    tier = column_of(SortColumn.TIER)
    x = header.sectionViewportPosition(tier) + header.sectionSize(tier) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.current_query().sort is SortColumn.TIER
    with db.session_scope() as session:
        lowest = session.scalar(select(Account.name).where(Account.tier == Tier.D))
    names = shown_names(page)
    assert names[-1] == lowest if not page.current_query().descending else names[0] == lowest
    city = column_of(SortColumn.CITY)
    page.list.set_column_visible(city, False)
    header.resizeSection(column_of(SortColumn.NAME), 333)
    sort = page.current_query()
    page.close()

    again = open_page(qtbot, db, events, settings)
    again_header = again.list.table.horizontalHeader()
    assert again_header.isSectionHidden(city)
    assert again_header.sectionSize(column_of(SortColumn.NAME)) == 333
    assert (again.current_query().sort, again.current_query().descending) == (
        sort.sort,
        sort.descending,
    )
    assert again_header.sortIndicatorSection() == tier
    assert shown_names(again) == shown_names(page)


def test_warning_column_flags_single_stakeholder_key_accounts(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, region: Region
) -> None:
    page = open_page(qtbot, db, events, settings)
    model = page.list.model
    warning = column_of(SortColumn.WARNING)
    flagged = [
        model.index(r, column_of(SortColumn.NAME)).data()
        for r in range(model.rowCount())
        if model.index(r, warning).data(Qt.ItemDataRole.DecorationRole) is not None
    ]
    assert flagged == ["北京协和医院"]
    tip = model.index(shown_names(page).index("北京协和医院"), warning).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "one person" in tip


def test_activation_selection_and_toolbar(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, region: Region
) -> None:
    page = open_page(qtbot, db, events, settings)
    type_search(qtbot, page, "raffles")
    table = page.list.table
    table.selectRow(0)
    assert page.selected_account_ids() == [region.accounts["Raffles Hospital"]]
    with qtbot.waitSignal(page.account_activated) as activated:
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert activated.args == [region.accounts["Raffles Hospital"]]
    with qtbot.waitSignal(page.new_account_requested):
        page.list.new_action.trigger()
    merge = QAction("Merge…", page)
    merge.setObjectName("mergeAction")
    page.add_action(merge)
    assert merge in page.list.toolbar.actions()
    assert page.list.toolbar.widgetForAction(merge).objectName() == "mergeActionButton"


def test_rows_are_read_a_page_at_a_time(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, region: Region
) -> None:
    with db.session_scope() as session:
        owner = next(iter(region.reps.values()))
        for i in range(450):
            session.add(
                Account(name=f"Clinic {i:03d}", account_type=AccountType.CLINIC, owner_id=owner)
            )
    page = open_page(qtbot, db, events, settings)
    model = page.list.model
    assert model.rowCount() == 455
    assert model.cached_rows() <= 200  # the visible rows' pages only
    last = model.index(454, column_of(SortColumn.NAME)).data()
    assert last is not None
    assert len(COLUMNS) == model.columnCount()


def test_data_changes_refresh_and_stale_keys_are_rebuilt(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, region: Region
) -> None:
    page = open_page(qtbot, db, events, settings)
    with db.session_scope() as session:
        session.add(Account(name="湘雅医院", account_type=AccountType.HOSPITAL))
    events.announce({"account"})
    qtbot.waitUntil(lambda: page.list.count_label.text() == "6 accounts")
    qtbot.waitUntil(lambda: not page.rebuilder.is_running() and not page.list.is_loading())
    type_search(qtbot, page, "xiangya")
    qtbot.waitUntil(lambda: shown_names(page) == ["湘雅医院"])


def test_empty_database_shows_the_welcome_panel(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    page = AccountsPage(db, events, settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_stale())
    assert page.showing_welcome()
    with qtbot.waitSignal(page.load_sample_requested):
        qtbot.mouseClick(page.welcome.load_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert not page.showing_welcome()
    page.stop()


def test_pickers_share_the_list_index_until_accounts_change(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings, region: Region
) -> None:
    page = open_page(qtbot, db, events, settings)
    assert shared_index(db) is page.list.index  # no second copy of 50,000 keys
    page.hide()  # not shown: the list reads again only when shown
    events.announce({"contact_record"})  # contacts: nothing a picker shows
    assert shared_index(db) is page.list.index
    with db.session_scope() as session:
        account = session.get(Account, region.accounts["Raffles Hospital"])
        assert account is not None
        account.name = "莱佛士医院"
        invalidate_keys(session, account_ids=[account.id])
    events.announce({"account"})
    found = shared_index(db)
    assert found is not page.list.index
    assert "莱佛士医院" in found.names
