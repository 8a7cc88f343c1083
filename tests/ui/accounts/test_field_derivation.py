"""A card field is described once; the editor, the merge dialog, the sheet columns, the
checks, load/save and the printed card all follow its description.

The tests describe ``legal_representative`` anew, as a field of the Commercial group
with another label, sheet header and print row (and a person's ``wechat`` with another
label, tab and header), and find it under that description everywhere, with nothing
else changed.
"""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from fieldvisit.domain import card_rules as r
from fieldvisit.domain.enums import AccountType
from fieldvisit.domain.errors import ValidationError
from fieldvisit.domain.fields import account, stakeholder
from fieldvisit.domain.fields.spec import Column, FieldSpec, Form, Label, Printed
from fieldvisit.services.accounts.card_data import (
    AccountCard,
    Basics,
    Classification,
    Commercial,
    Credit,
)
from fieldvisit.services.accounts.cards import load_card, save_card
from fieldvisit.services.accounts.stakeholders import list_stakeholders
from fieldvisit.services.import_export import export_accounts, import_accounts_file
from fieldvisit.services.import_export.fields import recognise
from fieldvisit.services.reporting import PrintOptions, render_account
from fieldvisit.services.team import MemberRow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account
from fieldvisit.ui.accounts.card_editor import CardWindow
from fieldvisit.ui.accounts.merge_dialog import MergeAccountsDialog
from fieldvisit.ui.accounts.merge_fields import stakeholder_labels
from fieldvisit.ui.accounts.stakeholder_editor import StakeholderDialog
from fieldvisit.ui.events import DataEvents
from tests.reports.pdfcheck import text

AGENT = Label("Registered agent", "登记代理人")
KEY = "commercial.legal_representative"


@pytest.fixture
def described_anew(monkeypatch: pytest.MonkeyPatch) -> FieldSpec:
    spec = FieldSpec(
        "legal_representative",
        "commercial",
        AGENT,
        max_length=120,
        form=Form("credit", "commercial", placeholder=Label("e.g. 王五", "例如 王五")),
        printed=Printed("commercial"),
        column=Column(AGENT.en, AGENT.zh, ("代理人",)),
    )
    fields = tuple(spec if f.attr == "legal_representative" else f for f in account.ACCOUNT_FIELDS)
    monkeypatch.setattr(account, "ACCOUNT_FIELDS", fields)
    return spec


def _save(db: Database, name: str, agent: str | None) -> Any:
    card = AccountCard(
        basics=Basics(name, AccountType.HOSPITAL), commercial=Commercial(legal_representative=agent)
    )
    return save_card(db, card)


def _labels(widget: QWidget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


@pytest.mark.usefixtures("described_anew", "user")
def test_the_editor_shows_and_saves_the_field_where_it_is_described(
    qtbot: QtBot, db: Database, events: DataEvents, settings: Any
) -> None:
    window = CardWindow(db, events, settings, None)
    qtbot.addWidget(window, before_close_func=lambda w: w.discard_changes())
    window.show()
    qtbot.waitExposed(window)
    assert "basics.legal_representative" not in window.fields.widgets
    edit = window.fields.widgets[KEY]
    assert isinstance(edit, QLineEdit) and edit.placeholderText() == "e.g. 王五"
    credit_tab = window.findChild(QWidget, "creditTab")
    assert credit_tab is not None and credit_tab.isAncestorOf(edit)
    assert AGENT.en in _labels(credit_tab)
    assert "Legal representative" not in _labels(window)

    qtbot.keyClicks(window.basics.name, "Renhe")
    window.basics.account_type.setCurrentIndex(window.basics.account_type.findData("pharmacy"))
    qtbot.keyClicks(edit, "Wang Wu")
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    with db.session_scope() as s:
        stored = s.get(Account, window.account_id)
        assert stored is not None and stored.legal_representative == "Wang Wu"
    assert load_card(db, window.account_id).commercial.legal_representative == "Wang Wu"


@pytest.mark.usefixtures("described_anew", "user")
def test_the_checks_follow_the_description(db: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        _save(db, "甲医院", "长" * 121)
    assert (raised.value.field, raised.value.detail) == (KEY, r.TOO_LONG)


@pytest.mark.usefixtures("described_anew", "user")
def test_the_merge_dialog_offers_the_field_under_its_label(
    qtbot: QtBot, db: Database, events: DataEvents
) -> None:
    keep = _save(db, "甲医院", None)
    remove = _save(db, "甲医院 (2)", "王五")
    dialog = MergeAccountsDialog(db, events, keep, remove)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QRadioButton, "remove_legal_representative")
    assert button is not None and button.isChecked() and button.text() == "王五"
    assert AGENT.en in _labels(dialog)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert load_card(db, keep).commercial.legal_representative == "王五"


@pytest.mark.usefixtures("described_anew", "user")
def test_the_sheet_has_the_column_with_its_headers(db: Database, tmp_path: Path) -> None:
    account_id = _save(db, "甲医院", "王五")
    for lang, header in (("zh", AGENT.zh), ("en", AGENT.en)):
        path = tmp_path / f"accounts-{lang}.csv"
        export_accounts(db, [account_id], path, lang=lang)
        with path.open(encoding="utf-8-sig", newline="") as fh:
            head, row = list(csv.reader(fh))[:2]
        assert row[head.index(header)] == "王五"
        assert "法人代表" not in head and "Legal representative" not in head
    assert recognise("代理人") == "account.legal_representative"
    assert recognise("法定代表人") is None


@pytest.mark.usefixtures("described_anew", "user")
def test_the_printed_card_shows_the_row_in_its_section(db: Database) -> None:
    account_id = _save(db, "甲医院", "王五")
    zh = text(render_account(db, account_id, PrintOptions(lang="zh")))
    assert "登记代理人" in zh and "王五" in zh and "法人代表" not in zh
    commercial = zh.index("商务信息")
    assert commercial < zh.index("登记代理人") < zh.index("联系人\n")
    en = text(render_account(db, account_id, PrintOptions(lang="en")))
    assert "Registered agent" in en


def test_without_a_description_a_column_is_neither_shown_nor_loaded(
    monkeypatch: pytest.MonkeyPatch, db: Database, user: MemberRow
) -> None:
    card = AccountCard(basics=Basics("甲医院", AccountType.HOSPITAL, legal_representative="王五"))
    account_id = save_card(db, card)
    fields = tuple(f for f in account.ACCOUNT_FIELDS if f.attr != "legal_representative")
    monkeypatch.setattr(account, "ACCOUNT_FIELDS", fields)
    card = load_card(db, account_id)
    assert "legal_representative" not in card.basics.values()
    assert "王五" not in text(render_account(db, account_id, PrintOptions(lang="zh")))
    save_card(db, dataclasses.replace(card, basics=card.basics.replace(phone="010-6529 5114")))
    with db.session_scope() as s:
        stored = s.get(Account, account_id)
        assert stored is not None and stored.legal_representative == "王五"  # left alone


@pytest.fixture
def person_described_anew(monkeypatch: pytest.MonkeyPatch) -> FieldSpec:
    spec = FieldSpec(
        "wechat",
        "person",
        MESSENGER,
        max_length=80,
        form=Form("assessment", "end"),
        column=Column(MESSENGER.en, MESSENGER.zh, ("im",)),
    )
    fields = tuple(spec if f.attr == "wechat" else f for f in stakeholder.STAKEHOLDER_FIELDS)
    monkeypatch.setattr(stakeholder, "STAKEHOLDER_FIELDS", fields)
    return spec


MESSENGER = Label("Messenger", "通讯账号")


@pytest.mark.usefixtures("person_described_anew", "user")
def test_a_person_field_follows_its_description_too(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    account_id = save_card(db, AccountCard(basics=Basics("甲医院", AccountType.HOSPITAL)))
    dialog = StakeholderDialog(db, account_id)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.fields.widgets["wechat"]
    assert isinstance(edit, QLineEdit)
    assessment = dialog.tabs.widget(1)
    assert assessment is not None and assessment.isAncestorOf(edit)
    assert MESSENGER.en in _labels(assessment) and "&WeChat" not in _labels(dialog)
    qtbot.keyClicks(dialog.name, "Mei Dan")
    qtbot.keyClicks(edit, "x" * 81)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "wechat_error")
    assert error is not None and error.isVisible() and list_stakeholders(db, account_id) == []
    edit.clear()
    qtbot.keyClicks(edit, "meidan_im")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    [person] = list_stakeholders(db, account_id)
    assert person.wechat == "meidan_im"

    assert stakeholder_labels()["wechat"] == MESSENGER.en
    path = tmp_path / "people.csv"
    export_accounts(db, [account_id], path, lang="zh")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        head, row = list(csv.reader(fh))[:2]
    assert row[head.index(MESSENGER.zh)] == "meidan_im" and "微信" not in head
    assert recognise("im") == "stakeholder.wechat"


@pytest.mark.usefixtures("user")
def test_amounts_and_yes_no_fields_become_columns_when_described_so(
    monkeypatch: pytest.MonkeyPatch, db: Database, tmp_path: Path
) -> None:
    columns = {
        "credit_limit_cents": Column("Credit limit", "铺底额度", ("授信额度",)),
        "man_money": Column("Can pay", "购买力"),
    }
    fields = tuple(
        dataclasses.replace(f, column=columns[f.attr]) if f.attr in columns else f
        for f in account.ACCOUNT_FIELDS
    )
    monkeypatch.setattr(account, "ACCOUNT_FIELDS", fields)
    card = AccountCard(
        basics=Basics("甲医院", AccountType.HOSPITAL),
        classification=Classification(man_money=True),
        credit=Credit(limit_cents=5_000_050),
    )
    account_id = save_card(db, card)
    path = tmp_path / "accounts.csv"
    export_accounts(db, [account_id], path, lang="zh")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        head, row = list(csv.reader(fh))[:2]
    assert (row[head.index("铺底额度")], row[head.index("购买力")]) == ("50000.50", "是")

    sheet = tmp_path / "back.csv"
    sheet.write_text(f'客户ID,授信额度,购买力\n{account_id},"¥80,000",否\n', encoding="utf-8-sig")
    result = import_accounts_file(db, sheet)
    assert result.issues == () and result.accounts_updated == 1
    loaded = load_card(db, account_id)
    assert (loaded.credit.limit_cents, loaded.classification.man_money) == (8_000_000, False)

    sheet.write_text(f"客户ID,授信额度,购买力\n{account_id},很多,也许\n", encoding="utf-8-sig")
    problems = {issue.reason for issue in import_accounts_file(db, sheet, lang="zh").issues}
    assert any("金额" in p for p in problems) and any("不是“是”或“否”" in p for p in problems)
