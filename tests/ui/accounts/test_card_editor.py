"""The customer card window: type, save, see errors, keep drafts, stakeholders."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import event, select

from fieldvisit.domain.enums import (
    AccountType,
    BuyingRole,
    KeyAccountLevel,
    PeriodKind,
    SubTier,
    Tier,
)
from fieldvisit.services.accounts.card_data import AccountCard, Basics, Classification
from fieldvisit.services.accounts.cards import load_card, save_card
from fieldvisit.services.accounts.stakeholders import (
    ProfileData,
    StakeholderData,
    list_stakeholders,
    load_stakeholder,
    save_profile,
    save_stakeholder,
)
from fieldvisit.services.drafts import load_draft
from fieldvisit.services.team import MemberRow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, RelationshipGrade
from fieldvisit.ui.accounts.card_conflict import CardConflictDialog
from fieldvisit.ui.accounts.card_editor import CardWindow
from fieldvisit.ui.accounts.stakeholder_editor import StakeholderDialog
from fieldvisit.ui.events import DataEvents


def _window(qtbot: QtBot, db: Database, events: DataEvents, settings: Any, account_id=None):
    window = CardWindow(db, events, settings, account_id)
    qtbot.addWidget(window, before_close_func=lambda w: w.discard_changes())
    window.show()
    qtbot.waitExposed(window)
    return window


def type_in(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a user: ASCII key by key, Chinese committed by the input method."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def _choose(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def _accounts(db: Database) -> list[Account]:
    with db.session_scope() as s:
        return list(s.scalars(select(Account)))


@pytest.fixture
def no_draft_question(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.mark.usefixtures("no_draft_question")
def test_type_basics_and_save(
    qtbot: QtBot, db: Database, events: DataEvents, settings: Any, user: MemberRow
) -> None:
    window = _window(qtbot, db, events, settings)
    b = window.basics
    type_in(qtbot, b.name, "北京协和医院")
    _choose(b.account_type, "hospital")
    type_in(qtbot, b.city, "东城区")
    type_in(qtbot, b.address, "帅府园1号")
    type_in(qtbot, b.phone, "010-6915 6114")
    _choose(b.tier, "A")
    _choose(b.sub_tier, "A1")
    assert window.is_dirty() and window.windowTitle().endswith("*")
    with qtbot.waitSignal(events.changed):
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    [account] = _accounts(db)
    assert (account.name, account.account_type, account.city, account.phone) == (
        "北京协和医院",
        AccountType.HOSPITAL,
        "东城区",
        "010-6915 6114",
    )
    assert (account.tier, account.sub_tier, account.owner_id) == (Tier.A, SubTier.A1, user.id)
    assert window.account_id == account.id and not window.is_dirty()


@pytest.mark.usefixtures("no_draft_question")
def test_invalid_phone_is_shown_next_to_the_field_and_nothing_saved(
    qtbot: QtBot, db: Database, events: DataEvents, settings: Any, user: MemberRow
) -> None:
    window = _window(qtbot, db, events, settings)
    type_in(qtbot, window.basics.name, "仁和药房")
    _choose(window.basics.account_type, "pharmacy")
    type_in(qtbot, window.basics.phone, "6529 5114")
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    error = window.findChild(QLabel, "basics_phone_error")
    assert error is not None and error.isVisible()
    assert "area code" in error.text()
    assert window.basics.phone.property("invalid") is True
    assert window.focusWidget() is window.basics.phone
    assert _accounts(db) == []
    window.basics.phone.clear()
    type_in(qtbot, window.basics.phone, "010-6529 5114")
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert not error.isVisible() and len(_accounts(db)) == 1


@pytest.mark.usefixtures("no_draft_question")
def test_bad_amount_and_missing_type(
    qtbot: QtBot, db: Database, events: DataEvents, settings: Any, user: MemberRow
) -> None:
    window = _window(qtbot, db, events, settings)
    type_in(qtbot, window.basics.name, "仁和药房")
    limit = window.fields.widgets["credit.limit_cents"]
    assert isinstance(limit, QLineEdit)
    type_in(qtbot, limit, "12.345")
    assert not window.save()
    assert window.fields.errors["basics.account_type"].text() == "Choose the account type."
    assert "two decimals" in window.fields.errors["credit.limit_cents"].text()
    assert window.tabs.currentIndex() == 0  # the first bad field is on Basics
    assert _accounts(db) == []


def test_close_with_changes_warns_and_the_draft_is_offered_on_reopen(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: Any,
    user: MemberRow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account_id = save_card(db, AccountCard(basics=Basics("同仁医院", AccountType.HOSPITAL)))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: warned.append(a[2]) or QMessageBox.StandardButton.Cancel,
    )
    window = _window(qtbot, db, events, settings, account_id)
    qtbot.wait(10)
    assert asked == []  # no draft yet
    type_in(qtbot, window.basics.city, "东城区")
    window.close()
    assert warned and window.isVisible()  # Cancel keeps the window open
    draft = load_draft(db, "account", account_id)
    assert draft is not None and draft.payload["fields"]["basics.city"] == "东城区"
    assert load_card(db, account_id).basics.city is None  # nothing saved
    # the app dies here; the card is opened again later
    window.draft_timer.stop()
    window._unregister()
    window.hide()
    again = _window(qtbot, db, events, settings, account_id)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked[0].startswith("Restore unsaved changes from ")
    assert again.basics.city.text() == "东城区" and again.is_dirty()


@pytest.mark.usefixtures("no_draft_question")
def test_discard_on_close_drops_the_draft(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: Any,
    user: MemberRow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account_id = save_card(db, AccountCard(basics=Basics("同仁医院", AccountType.HOSPITAL)))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = _window(qtbot, db, events, settings, account_id)
    type_in(qtbot, window.basics.city, "东城区")
    window.write_draft()
    assert load_draft(db, "account", account_id) is not None
    window.close()
    assert load_draft(db, "account", account_id) is None
    assert load_card(db, account_id).basics.city is None


@pytest.mark.usefixtures("no_draft_question")
def test_add_a_grading_period(
    qtbot: QtBot, db: Database, events: DataEvents, settings: Any, user: MemberRow
) -> None:
    account_id = save_card(db, AccountCard(basics=Basics("同仁医院", AccountType.HOSPITAL)))
    window = _window(qtbot, db, events, settings, account_id)
    table = window.history.grades
    section = window.findChild(type(window.history).__mro__[0], "historyTab")
    assert section is window.history
    add = window.history.findChild(type(window.save_button), "gradesAdd")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    table.set_raw(0, table.column_of("familiarity"), "4")
    table.set_raw(0, table.column_of("closeness"), "3")
    assert window.save()
    with db.session_scope() as s:
        [grade] = s.scalars(select(RelationshipGrade)).all()
        assert (grade.period_kind, grade.familiarity, grade.closeness) == (
            PeriodKind.QUARTER,
            4,
            3,
        )
    # the saved period is history: its period column is now read-only
    item = table.item(0, table.column_of("period_start"))
    assert item is not None and not item.flags() & Qt.ItemFlag.ItemIsEditable
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 2
    assert window.save()
    assert len(load_card(db, account_id).grades) == 2


@pytest.mark.usefixtures("no_draft_question")
def test_bad_cell_is_marked(
    qtbot: QtBot, db: Database, events: DataEvents, settings: Any, user: MemberRow
) -> None:
    account_id = save_card(db, AccountCard(basics=Basics("同仁医院", AccountType.HOSPITAL)))
    window = _window(qtbot, db, events, settings, account_id)
    window.history.prices.add_row({"product": "立普妥", "effective_on": date(2025, 1, 1)})
    window.history.prices.set_raw(0, 2, "-3")
    assert not window.save()
    assert "negative" in window.summary.text()
    item = window.history.prices.item(0, 2)
    assert item is not None and item.toolTip() == "An amount cannot be negative."
    assert load_card(db, account_id).prices == ()


@pytest.mark.usefixtures("no_draft_question")
def test_duplicate_hint_while_typing(
    qtbot: QtBot, db: Database, events: DataEvents, settings: Any, user: MemberRow
) -> None:
    save_card(db, AccountCard(basics=Basics("北京协和医院", AccountType.HOSPITAL, city="东城区")))
    window = _window(qtbot, db, events, settings)
    type_in(qtbot, window.basics.name, "北京协和医院有限公司")
    hint = window.basics.name_hint
    qtbot.waitUntil(hint.isVisible, timeout=3000)
    assert "北京协和医院 (东城区)" in hint.text()


def test_stakeholder_dialog_adds_a_person_with_two_roles(
    qtbot: QtBot, db: Database, user: MemberRow
) -> None:
    account_id = save_card(db, AccountCard(basics=Basics("同仁医院", AccountType.HOSPITAL)))
    dialog = StakeholderDialog(db, account_id)
    qtbot.addWidget(dialog)
    dialog.show()
    type_in(qtbot, dialog.name, "梅丹")
    mobile = dialog.fields.widgets["mobile"]
    assert isinstance(mobile, QLineEdit)
    type_in(qtbot, mobile, "139 1122 3344")
    for role in (BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER):
        for i in range(dialog.roles.count()):
            item = dialog.roles.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == role.value:
                item.setCheckState(Qt.CheckState.Checked)
    trust = dialog.fields.widgets["trust_rely"]
    assert isinstance(trust, QComboBox)
    _choose(trust, 4)  # type: ignore[arg-type]
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    [person] = list_stakeholders(db, account_id)
    assert person.name == "梅丹" and person.mobile == "139 1122 3344"
    assert person.roles == {BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER}
    assert person.trust_rely == 4


def test_stakeholder_dialog_shows_errors_and_reads_the_profile_only_when_opened(
    qtbot: QtBot, db: Database, user: MemberRow
) -> None:
    account_id = save_card(db, AccountCard(basics=Basics("同仁医院", AccountType.HOSPITAL)))
    person_id = save_stakeholder(db, StakeholderData(account_id=account_id, name="梅丹"))
    save_profile(db, person_id, ProfileData(hobbies="钓鱼"))
    statements: list[str] = []
    event.listen(
        db.engine, "before_cursor_execute", lambda _c, _k, sql, *_a: statements.append(sql)
    )
    [person] = list_stakeholders(db, account_id)
    dialog = StakeholderDialog(db, account_id, person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not any("stakeholder_profile" in sql for sql in statements)
    dialog.tabs.setCurrentIndex(dialog.profile_index)
    assert any("stakeholder_profile" in sql for sql in statements)
    hobbies = dialog.profile.fields.widgets["profile.hobbies"]
    assert hobbies.toPlainText() == "钓鱼"  # type: ignore[attr-defined]
    mobile = dialog.fields.widgets["mobile"]
    assert isinstance(mobile, QLineEdit)
    type_in(qtbot, mobile, "010-1234")
    assert dialog.save() is None
    assert dialog.fields.errors["mobile"].isVisibleTo(dialog)
    assert list_stakeholders(db, account_id)[0].mobile is None


@pytest.mark.usefixtures("no_draft_question")
def test_key_account_with_one_stakeholder_shows_the_banner(
    qtbot: QtBot, db: Database, events: DataEvents, settings: Any, user: MemberRow
) -> None:
    card = AccountCard(
        basics=Basics("北京协和医院", AccountType.HOSPITAL),
        classification=Classification(key_account_level=KeyAccountLevel.LEVEL_1),
    )
    account_id = save_card(db, card)
    save_stakeholder(db, StakeholderData(account_id=account_id, name="梅丹"))
    window = _window(qtbot, db, events, settings, account_id)
    banner = window.stakeholders.banner
    assert not banner.isHidden() and "only 1 active stakeholder" in banner.text()
    save_stakeholder(db, StakeholderData(account_id=account_id, name="王五"))
    events.announce({"stakeholder"})
    assert banner.isHidden()
    assert window.stakeholders.table.rowCount() == 2
    # an ordinary account never shows it
    other = save_card(db, AccountCard(basics=Basics("仁和药房", AccountType.PHARMACY)))
    plain = _window(qtbot, db, events, settings, other)
    assert plain.stakeholders.banner.isHidden()
    _choose(plain.basics.tier, "A")
    assert not plain.stakeholders.banner.isHidden()  # follows the unsaved tier


@pytest.mark.usefixtures("no_draft_question")
def test_a_draft_that_meets_a_full_disk_says_not_saved_and_is_written_on_retry(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: Any,
    user: MemberRow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    import fieldvisit.ui.accounts.card_editor as card_editor

    account_id = save_card(db, AccountCard(basics=Basics("同仁医院", AccountType.HOSPITAL)))
    real = card_editor.save_draft
    failures = [1]

    def full_once(*args: Any) -> Any:
        if failures[0]:
            failures[0] -= 1
            raise OperationalError(
                "INSERT INTO draft", {}, sqlite3.OperationalError("database or disk is full")
            )
        return real(*args)

    monkeypatch.setattr(card_editor, "save_draft", full_once)
    window = _window(qtbot, db, events, settings, account_id)
    type_in(qtbot, window.basics.city, "东城区")
    window.write_draft()
    assert window.status.text().startswith("Not saved: the disk is full")
    assert load_draft(db, "account", account_id) is None
    assert window.basics.city.text() == "东城区"
    assert window.draft_timer.isActive() and window.draft_timer.interval() <= 1000
    qtbot.waitUntil(lambda: window.status.text().startswith("Saved as a draft"), timeout=4000)
    draft = load_draft(db, "account", account_id)
    assert draft is not None and draft.payload["fields"]["basics.city"] == "东城区"


@pytest.mark.usefixtures("no_draft_question")
def test_saving_a_card_on_a_full_disk_says_so_and_keeps_the_form(
    qtbot: QtBot,
    db: Database,
    events: DataEvents,
    settings: Any,
    user: MemberRow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno

    import fieldvisit.ui.accounts.card_editor as card_editor

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    real = card_editor.save_card
    failures = [1]

    def full_once(*args: Any) -> Any:
        if failures[0]:
            failures[0] -= 1
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args)

    monkeypatch.setattr(card_editor, "save_card", full_once)
    window = _window(qtbot, db, events, settings)
    type_in(qtbot, window.basics.name, "北京协和医院")
    _choose(window.basics.account_type, "hospital")
    assert not window.save()
    assert (
        window.status.text()
        == "Not saved: The disk is full. Free some space on the disk, then try again."
    )
    assert warned and _accounts(db) == []
    assert window.basics.name.text() == "北京协和医院"
    assert window.save()
    assert [a.name for a in _accounts(db)] == ["北京协和医院"]


def test_stakeholder_dialog_shows_a_title_changed_meanwhile_and_saves_the_choice(
    qtbot: QtBot, db: Database, user: MemberRow, monkeypatch: pytest.MonkeyPatch
) -> None:
    account_id = save_card(db, AccountCard(basics=Basics("同仁医院", AccountType.HOSPITAL)))
    person_id = save_stakeholder(db, StakeholderData(account_id=account_id, name="梅丹"))
    [person] = list_stakeholders(db, account_id)
    dialog = StakeholderDialog(db, account_id, person)
    qtbot.addWidget(dialog)
    dialog.show()
    meanwhile = load_stakeholder(db, person_id)
    save_stakeholder(db, meanwhile.replace(title="副院长", mobile="139 1122 3344"), meanwhile)
    shown: list[tuple[str, str]] = []

    def keep_theirs(conflict: CardConflictDialog) -> int:
        shown.append(conflict.shown("person.title"))
        conflict.choose("person.title", theirs=True)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CardConflictDialog, "exec", keep_theirs)
    title = dialog.fields.widgets["title"]
    assert isinstance(title, QLineEdit)
    type_in(qtbot, title, "院长")
    type_in(qtbot, dialog.fields.widgets["department"], "心内科")
    assert dialog.save() == person_id
    assert shown == [("副院长", "院长")]
    now = load_stakeholder(db, person_id)
    assert (now.title, now.department, now.mobile) == ("副院长", "心内科", "139 1122 3344")
