"""The merge and trash dialogs, driven with clicks; results checked in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit.domain.enums import BuyingRole, Tier
from fieldvisit.services.accounts.trash import list_trash, trash_accounts, trash_stakeholders
from fieldvisit.services.team import MemberRow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder, StakeholderRole
from fieldvisit.ui.accounts.merge_dialog import MergeAccountsDialog, MergeStakeholdersDialog
from fieldvisit.ui.accounts.trash_dialog import TrashDialog
from fieldvisit.ui.events import DataEvents
from tests.services.accounts.merge_factory import Pair, build_pair


@pytest.fixture
def pair(db: Database, user: MemberRow) -> Pair:
    return build_pair(db)


def radio(dialog: MergeAccountsDialog | MergeStakeholdersDialog, name: str) -> QRadioButton:
    button = dialog.findChild(QRadioButton, name)
    assert button is not None, name
    return button


def click(button: QRadioButton) -> None:
    """On the indicator: a radio button only reacts to its indicator and its text."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def test_merge_accounts_with_chosen_fields(
    qtbot: QtBot, db: Database, events: DataEvents, pair: Pair, user: MemberRow
) -> None:
    dialog = MergeAccountsDialog(db, events, pair.keep, pair.remove)
    qtbot.addWidget(dialog)
    dialog.show()
    assert radio(dialog, "keep_tier").isChecked()
    assert radio(dialog, "remove_phone").isChecked()  # the kept card has no phone
    assert "北京协和医院 (2) will be merged into 北京协和医院" in dialog.confirm_label.text()
    assert "2 stakeholders" in dialog.confirm_label.text()
    assert "backup" in dialog.confirm_label.text()
    assert dialog.findChild(QRadioButton, "keep_fax") is None  # both empty: no choice

    click(radio(dialog, "remove_tier"))
    click(radio(dialog, "remove_address"))
    with qtbot.waitSignal(events.changed) as announced:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert {"account", "stakeholder", "contact_record"} <= announced.args[0]
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session_scope() as s:
        keep = s.get(Account, pair.keep)
        remove = s.get(Account, pair.remove)
        assert keep is not None and remove is not None
        assert keep.tier is Tier.B
        assert keep.address == "东城区帅府园一号"
        assert keep.phone == "010-69156114"
        assert remove.deleted_at is not None
        people = s.scalars(select(Stakeholder.id).where(Stakeholder.account_id == pair.keep))
        assert len(list(people)) == 3
    [trashed] = list_trash(db)
    assert trashed.deleted_by == user.name


def test_swap_keeps_the_other_account(
    qtbot: QtBot, db: Database, events: DataEvents, pair: Pair
) -> None:
    dialog = MergeAccountsDialog(db, events, pair.keep, pair.remove)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert "北京协和医院 will be merged into 北京协和医院 (2)" in dialog.confirm_label.text()
    assert radio(dialog, "remove_credit_grade").isChecked()  # empty on the new kept side
    click(radio(dialog, "remove_name"))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    with db.session_scope() as s:
        kept = s.get(Account, pair.remove)
        gone = s.get(Account, pair.keep)
        assert kept is not None and gone is not None
        assert kept.deleted_at is None and gone.deleted_at is not None
        assert kept.name == "北京协和医院"


def test_cancel_changes_nothing(qtbot: QtBot, db: Database, events: DataEvents, pair: Pair) -> None:
    dialog = MergeAccountsDialog(db, events, pair.keep, pair.remove)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert list_trash(db) == []


def test_a_vanished_account_is_explained(
    qtbot: QtBot, db: Database, events: DataEvents, pair: Pair
) -> None:
    trash_accounts(db, [pair.remove], None)
    dialog = MergeAccountsDialog(db, events, pair.keep, pair.remove)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error.isVisible() and "trash" in dialog.error.text()
    assert not dialog.merge_button.isEnabled()


def test_merge_stakeholders_dialog(
    qtbot: QtBot, db: Database, events: DataEvents, pair: Pair
) -> None:
    dialog = MergeStakeholdersDialog(db, events, pair.keep_person, pair.remove_person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "张伟 will be merged into 张伟" in dialog.confirm_label.text()
    assert "combined rather than doubled" in dialog.moves_label.text()
    assert dialog.findChild(QRadioButton, "keep_hometown") is None  # the profile is not shown
    click(radio(dialog, "remove_mobile"))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    with db.session_scope() as s:
        keep = s.get(Stakeholder, pair.keep_person)
        assert keep is not None and keep.mobile == "13800000002"
        roles = s.scalars(
            select(StakeholderRole.role).where(StakeholderRole.stakeholder_id == pair.keep_person)
        )
        assert set(roles) == {BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER}


def test_trash_restore_with_clicks_asks_for_the_account(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    pair: Pair,
    user: MemberRow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trash_stakeholders(db, [pair.keep_person], user.id)
    trash_accounts(db, [pair.keep], user.id)
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = TrashDialog(db, events)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    dialog.search.insert("张伟")  # QTest cannot type CJK characters
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 4).text() == user.name
    assert not dialog.restore_button.isEnabled()
    rect = dialog.table.visualItemRect(dialog.table.item(0, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(events.changed):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "北京协和医院" in asked[0]
    assert list_trash(db) == []
    assert dialog.table.rowCount() == 0 and dialog.empty_label.isVisibleTo(dialog)


def test_trash_purge_refusal_and_confirmation(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    pair: Pair,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trash_accounts(db, [pair.remove], None)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        lambda *args, **kwargs: told.append(str(args[2])) or QMessageBox.StandardButton.Ok,
    )
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    dialog = TrashDialog(db, events)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert told and "1 co-visit calls, 1 planned contacts" in told[0]
    assert len(list_trash(db)) == 1

    # A person of the kept account, met in no co-visit call after the merge of links.
    with db.session_scope() as s:
        other = s.scalars(select(Stakeholder.id).where(Stakeholder.name == "刘芳")).one()
    trash_stakeholders(db, [other], None)
    dialog.search.insert("刘芳")
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    with db.session_scope() as s:
        assert s.get(Stakeholder, other) is None
    assert "Deleted 1 items" in dialog.status.text()
