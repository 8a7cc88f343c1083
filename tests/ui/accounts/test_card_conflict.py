"""A card window left open while the card changes behind its back (issue 13, item 2):
Save keeps the changes made meanwhile, and when the same field changed on both sides
it shows both values and saves the one the user chooses."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit.services.accounts.card_data import AccountCard, ComplaintRow
from fieldvisit.services.accounts.cards import load_card, save_card
from fieldvisit.services.team import MemberRow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Complaint
from fieldvisit.ui.accounts.card_conflict import CardConflictDialog
from fieldvisit.ui.accounts.card_editor import CardWindow
from fieldvisit.ui.events import DataEvents
from tests.services.accounts.card_data import full_card  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("no_draft_question")


@pytest.fixture
def no_draft_question(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CardWindow, "offer_draft", lambda _self: False)


@pytest.fixture
def account_id(db: Database, full_card: AccountCard, user: MemberRow) -> uuid.UUID:  # noqa: F811
    return save_card(db, full_card)


def _window(qtbot: QtBot, db: Database, events: DataEvents, settings: Any, account_id: uuid.UUID):
    window = CardWindow(db, events, settings, account_id)
    qtbot.addWidget(window, before_close_func=lambda w: w.discard_changes())
    window.show()
    qtbot.waitExposed(window)
    return window


def _behind_its_back(db: Database, account_id: uuid.UUID, **basics: object) -> None:
    """Another window saves the card, and adds a complaint, while ours is open."""
    other = load_card(db, account_id)
    save_card(
        db,
        dataclasses.replace(
            other,
            basics=other.basics.replace(**basics),
            complaints=(*other.complaints, ComplaintRow(date(2026, 11, 20), "发票开错")),
        ),
    )


def _retype(qtbot: QtBot, widget: Any, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def _stored(db: Database, account_id: uuid.UUID) -> tuple[str | None, str | None, list[str]]:
    with db.read_scope() as s:
        a = s.get(Account, account_id)
        assert a is not None
        live = s.scalars(
            select(Complaint.description).where(
                Complaint.account_id == account_id, Complaint.deleted_at.is_(None)
            )
        )
        return a.phone, a.website, sorted(live)


def test_a_change_to_another_field_meanwhile_is_kept_without_asking(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: Any,
    account_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, db, events, settings, account_id)
    _behind_its_back(db, account_id, website="www.pumch.org.cn")
    asked: list[Any] = []
    monkeypatch.setattr(CardConflictDialog, "exec", lambda d: asked.append(d) or 0)
    _retype(qtbot, window.basics.phone, "010-4444 5555")
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert asked == []  # the full card round-trips through the form without false conflicts
    assert _stored(db, account_id) == (
        "010-4444 5555",
        "www.pumch.org.cn",
        ["发票开错", "送货晚两天"],
    )
    assert not window.is_dirty()


@pytest.mark.parametrize(
    ("take_theirs", "phone"), [(True, "010-2222 3333"), (False, "010-4444 5555")]
)
def test_the_same_field_changed_meanwhile_shows_both_values_and_saves_the_choice(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: Any,
    account_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
    take_theirs: bool,
    phone: str,
) -> None:
    window = _window(qtbot, db, events, settings, account_id)
    _behind_its_back(db, account_id, phone="010-2222 3333")
    shown: list[tuple[str, str]] = []

    def choose(dialog: CardConflictDialog) -> int:
        shown.append(dialog.shown("basics.phone"))
        assert _stored(db, account_id)[0] == "010-2222 3333"  # nothing written yet
        dialog.choose("basics.phone", theirs=take_theirs)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CardConflictDialog, "exec", choose)
    _retype(qtbot, window.basics.phone, "010-4444 5555")
    _retype(qtbot, window.fields.widgets["basics.website"], "www.example.cn")
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert shown == [("010-2222 3333", "010-4444 5555")]
    assert _stored(db, account_id) == (phone, "www.example.cn", ["发票开错", "送货晚两天"])
    assert window.basics.phone.text() == phone and not window.is_dirty()


def test_cancelling_the_choice_saves_nothing(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: Any,
    account_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, db, events, settings, account_id)
    _behind_its_back(db, account_id, phone="010-2222 3333")
    monkeypatch.setattr(CardConflictDialog, "exec", lambda _d: QDialog.DialogCode.Rejected.value)
    _retype(qtbot, window.basics.phone, "010-4444 5555")
    _retype(qtbot, window.fields.widgets["basics.website"], "www.example.cn")
    assert not window.save()
    assert _stored(db, account_id) == ("010-2222 3333", "www.pumch.cn", ["发票开错", "送货晚两天"])
    assert window.is_dirty()  # the typed values stay in the form
