"""Cards open from the list and the open promises; one window per account, with a timeline."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot

from fieldvisit.domain.enums import AccountType
from fieldvisit.services.records import add_promise
from fieldvisit.services.team import MemberRow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account
from fieldvisit.ui.accounts.card_editor import CardWindow, open_cards
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.main_window import MainWindow
from fieldvisit.ui.records.timeline_widget import TimelineWidget


def add_account(db: Database, owner: uuid.UUID, name: str) -> uuid.UUID:
    with db.session_scope() as session:
        account = Account(name=name, account_type=AccountType.HOSPITAL, owner_id=owner)
        session.add(account)
        session.flush()
        return account.id


def open_window(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> MainWindow:
    window = MainWindow(db, user, events, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_activating_an_account_opens_its_card_once_with_a_timeline(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    account = add_account(db, user.id, "北京协和医院")
    window = open_window(qtbot, db, user, events, settings)
    window.accounts_page.account_activated.emit(account)
    window.accounts_page.account_activated.emit(account)
    cards = open_cards(db)
    assert len(cards) == 1  # the second request raised the first window
    card = cards[0]
    assert isinstance(card, CardWindow) and card.isVisible()
    assert card.findChild(TimelineWidget, "cardTimeline") is not None
    assert card.findChild(QTabWidget) is not None
    card.close()


def test_an_open_promise_opens_its_account_card(
    qtbot: QtBot, db: Database, user: MemberRow, events: DataEvents, settings: QSettings
) -> None:
    account = add_account(db, user.id, "协和药房")
    add_promise(db, None, account, "Send the price list", user.id, date(2026, 12, 1))
    window = open_window(qtbot, db, user, events, settings)
    window.records_page.promises.account_requested.emit(account)
    cards = open_cards(db)
    assert len(cards) == 1 and cards[0].account_id == account
    cards[0].close()


def test_closing_the_app_closes_cards_and_cancel_keeps_it_open(
    qtbot: QtBot,
    db: Database,
    user: MemberRow,
    events: DataEvents,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account = add_account(db, user.id, "同仁医院")
    window = open_window(qtbot, db, user, events, settings)
    window.open_card(account)
    (card,) = open_cards(db)
    monkeypatch.setattr(card, "is_dirty", lambda: True)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible() and card.isVisible()
    monkeypatch.setattr(card, "is_dirty", lambda: False)
    window.close()
    assert not window.isVisible() and not card.isVisible()
