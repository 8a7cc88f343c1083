"""The main window: navigation, counts that follow the data, remembered state, menus."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit import clock
from fieldvisit.domain.enums import AccountType, ContactMethod, MemberRole
from fieldvisit.services.team import MemberRow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, ContactRecord, Stakeholder
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import install_translations, remove_translations
from fieldvisit.ui.main_window import MainWindow
from fieldvisit.ui.pages.records import RecordsPage

PAGES = ["todayPage", "accountsPage", "recordsPage", "planPage", "covisitsPage", "reportsPage"]


def open_window(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> MainWindow:
    window = MainWindow(db, user, events, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def add_accounts(db: Database, owner: uuid.UUID, n: int) -> None:
    with db.session_scope() as session:
        for i in range(n):
            account = Account(
                name=f"Hospital {i}", account_type=AccountType.HOSPITAL, owner_id=owner
            )
            session.add(account)
            session.flush()
            session.add(Stakeholder(account_id=account.id, name=f"Dr. {i}"))


def test_accounts_page_has_heading_and_list(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    add_accounts(db, user.id, 1)
    window = open_window(qtbot, db, user, events, settings)
    window.show_page("accounts")
    page = window.accounts_page
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1)
    assert page.heading.text() == window.navigation.currentItem().text()
    assert not page.showing_welcome()


def count_text(window: MainWindow, table: str) -> str:
    label = window.findChild(QWidget, f"count_{table}")
    assert label is not None
    return label.text()  # type: ignore[attr-defined]


def test_navigation_switches_pages(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    window = open_window(qtbot, db, user, events, settings)
    nav = window.navigation
    assert nav.objectName() == "navigation"
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Today",
        "Accounts",
        "Contact records",
        "Plan",
        "Co-visits",
        "Reports",
    ]
    assert window.stack.currentWidget().objectName() == "accountsPage"
    for row, name in enumerate(PAGES):
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.stack.currentWidget().objectName() == name
    nav.setCurrentRow(2)
    assert window.stack.currentWidget().objectName() == "recordsPage"


def test_title_and_status_bar(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    window = open_window(qtbot, db, user, events, settings)
    assert window.windowTitle() == "FieldVisit — Li Na"
    assert str(db.path) in window.database_status.text()
    assert window.role_status.text() == "Sales rep"


@pytest.fixture
def us_english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.mark.usefixtures("us_english")
def test_account_list_follows_data_changes(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    add_accounts(db, user.id, 1)
    window = open_window(qtbot, db, user, events, settings)
    window.show_page("accounts")
    accounts = window.accounts_page
    qtbot.waitUntil(lambda: accounts.list.count_label.text() == "1 account")
    assert accounts.list.model.rowCount() == 1

    add_accounts(db, user.id, 1234)
    events.announce({"account", "stakeholder"})
    qtbot.waitUntil(lambda: accounts.list.count_label.text() == "1,235 accounts")
    assert accounts.list.model.rowCount() == 1235


def test_hidden_pages_refresh_when_shown(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    add_accounts(db, user.id, 1)
    window = open_window(qtbot, db, user, events, settings)
    records = window.page("records")
    assert isinstance(records, RecordsPage)
    window.show_page("records")
    qtbot.waitUntil(lambda: not records.records.is_stale())
    assert records.records.model.rowCount() == 0
    window.show_page("accounts")

    with db.session_scope() as session:
        account_id = session.scalars(select(Account.id)).first()
        assert account_id is not None
        for _ in range(2):
            session.add(
                ContactRecord(
                    account_id=account_id,
                    author_id=user.id,
                    occurred_at=clock.now_utc(),
                    method=ContactMethod.VISIT,
                )
            )
    events.announce({"contact_record"})
    assert records.records.is_stale()
    window.show_page("records")
    qtbot.waitUntil(lambda: records.records.model.rowCount() == 2)


def test_unrelated_changes_leave_a_page_alone(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    window = open_window(qtbot, db, user, events, settings)
    window.show_page("plan")
    qtbot.waitUntil(lambda: not window.page("plan").is_stale())
    events.announce({"covisit"})
    assert not window.page("plan").is_stale()
    assert window.page("covisits").is_stale()


def test_geometry_is_remembered_and_today_is_the_start_page(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    add_accounts(db, user.id, 1)
    window = open_window(qtbot, db, user, events, settings)
    window.resize(760, 540)  # the offscreen screen is 800 x 600
    window.show_page("covisits")
    window.close()

    again = open_window(qtbot, db, user, events, settings)
    assert again.stack.currentWidget().objectName() == "todayPage"
    assert again.navigation.currentRow() == 0
    assert (again.width(), again.height()) == (760, 540)


def test_empty_database_always_opens_on_accounts(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    settings.setValue("mainWindow/page", "reports")
    window = open_window(qtbot, db, user, events, settings)
    assert window.stack.currentWidget().objectName() == "accountsPage"


def test_manager_status_shows_work_base(
    qtbot: QtBot, db: Database, events: DataEvents, settings: QSettings
) -> None:
    from fieldvisit.domain.enums import WorkBase
    from fieldvisit.services.team import set_current_user

    manager = set_current_user(db, "Wu Lei", MemberRole.MANAGER, WorkBase.HOME)
    window = open_window(qtbot, db, manager, events, settings)
    assert window.role_status.text() == "First-line manager · Home-based"


def test_quit_shortcut_and_named_widgets(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    window = open_window(qtbot, db, user, events, settings)
    quit_action = window.findChild(type(window.menuBar().actions()[0]), "quitAction")
    assert quit_action is not None
    assert quit_action.shortcut() == QKeySequence("Ctrl+Q")
    for button in window.findChildren(QAbstractButton):
        if button.objectName().startswith("qt_"):
            continue  # Qt's own, e.g. the menu bar's overflow button
        assert button.objectName(), button.text()
        assert button.accessibleName(), button.objectName()
    quit_action.trigger()
    assert not window.isVisible()


# The other pages are working pages now (tests/ui/accounts, records, planning, covisits).
@pytest.mark.parametrize("key", ["reports"])
def test_every_page_has_heading_and_counts(
    qtbot: QtBot,
    db: Database,
    user: MemberRow,
    events: DataEvents,
    settings: QSettings,
    key: str,
) -> None:
    add_accounts(db, user.id, 1)
    window = open_window(qtbot, db, user, events, settings)
    window.show_page(key)
    page = window.page(key)
    qtbot.waitUntil(lambda: not page.is_stale())
    assert page.heading.text() == window.navigation.currentItem().text()
    assert page.cards
    for table, card in page.cards.items():
        assert card.value_label.text() == str(page.counts[table])


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_pages_are_built_when_first_shown_under_their_own_titles(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    user: MemberRow,
    events: DataEvents,
    settings: QSettings,
    language: str,
) -> None:
    translators = install_translations(qapp, language)
    try:
        add_accounts(db, user.id, 1)
        window = open_window(qtbot, db, user, events, settings)
        assert [p.key for p in window.pages] == ["today", "accounts"]
        nav = window.navigation
        for row, key in enumerate(window.keys):
            window.show_page(key)
            page = window.current_page()
            assert page.key == key and window.stack.currentIndex() == row
            if key != "today":  # Today's entry carries its count
                assert nav.item(row).text() == page.title
        assert [p.key for p in window.pages] == window.keys
    finally:
        remove_translations(qapp, translators)
