"""Moving a person to another account picks that account with the accounts search, by id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldvisit.domain.enums import AccountType
from fieldvisit.services.accounts.search_keys import rebuild_stale_keys
from fieldvisit.services.accounts.stakeholders import list_stakeholders, move_stakeholder
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder
from fieldvisit.ui.accounts.card_stakeholders import MoveDialog


def test_move_to_the_right_one_of_two_same_name_accounts(qtbot: QtBot, db: Database) -> None:
    with db.session_scope() as s:
        here = Account(name="湘雅医院", account_type=AccountType.HOSPITAL, city="长沙市")
        first = Account(name="湘雅二医院", account_type=AccountType.HOSPITAL, city="长沙市")
        second = Account(name="湘雅二医院", account_type=AccountType.HOSPITAL, city="株洲市")
        s.add_all([here, first, second])
        s.flush()
        s.add(Stakeholder(account_id=here.id, name="解晓东"))
        ids = here.id, first.id, second.id
    rebuild_stale_keys(db)
    [person] = list_stakeholders(db, ids[0])
    dialog = MoveDialog(db, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.chooser.wait_ready()
    qtbot.waitUntil(dialog.chooser.is_ready)
    qtbot.keyClicks(dialog.account, "xiangya")
    qtbot.waitUntil(lambda: len(dialog.chooser.choices) == 2)  # not the person's own account
    assert {c.city for c in dialog.chooser.choices} == {"长沙市", "株洲市"}
    row = [c.city for c in dialog.chooser.choices].index("株洲市")
    for _ in range(row):
        qtbot.keyClick(dialog.account, Qt.Key.Key_Down)
    dialog.accept()
    assert dialog.choice is not None and dialog.choice.id == ids[2]
    assert person.id is not None
    move_stakeholder(db, person.id, dialog.choice.id)  # what the Stakeholders tab does next
    with db.session_scope() as s:
        moved = s.scalars(select(Stakeholder).where(Stakeholder.name == "解晓东")).one()
        assert moved.account_id == ids[2]
