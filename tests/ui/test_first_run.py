"""The first-run prompt saves who uses the laptop, and nothing when cancelled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fieldvisit.domain.enums import MemberRole, WorkBase
from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import AppSetting, TeamMember
from fieldvisit.ui.first_run import FirstRunDialog


def make_dialog(qtbot: QtBot, db: Database) -> FirstRunDialog:
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def count(db: Database, model: type) -> int:
    with db.session_scope() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_manager_is_saved_as_current_user(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    qtbot.keyClicks(dialog.name_edit, "  Zhang   Wei ")
    qtbot.mouseClick(dialog.manager_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.home_radio, Qt.MouseButton.LeftButton)
    assert dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    user = current_user(db)
    assert user is not None
    assert (user.name, user.role, user.work_base) == (
        "Zhang Wei",
        MemberRole.MANAGER,
        WorkBase.HOME,
    )
    with db.session_scope() as session:
        member = session.scalars(select(TeamMember)).one()
        assert member.id == user.id == dialog.member.id  # type: ignore[union-attr]


def test_work_base_is_asked_of_managers_only(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    assert dialog.rep_radio.isChecked()
    assert not dialog.office_radio.isVisible()
    qtbot.mouseClick(dialog.manager_radio, Qt.MouseButton.LeftButton)
    assert dialog.office_radio.isVisible()
    assert dialog.office_radio.isChecked()


def test_start_is_disabled_until_a_name_is_typed(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.name_error.isVisible()

    qtbot.keyClicks(dialog.name_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    assert dialog.name_error.isVisible()
    assert dialog.name_error.text() == "Enter your name."

    qtbot.keyClicks(dialog.name_edit, "Li")
    assert dialog.ok_button.isEnabled()
    assert not dialog.name_error.isVisible()


def test_rep_is_the_default_role(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    qtbot.keyClicks(dialog.name_edit, "Chen Jing")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    user = current_user(db)
    assert user is not None
    assert (user.role, user.work_base) == (MemberRole.REP, WorkBase.OFFICE)


def test_cancel_writes_nothing(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    qtbot.keyClicks(dialog.name_edit, "Zhou Min")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == FirstRunDialog.DialogCode.Rejected
    assert current_user(db) is None
    assert count(db, TeamMember) == 0
    assert count(db, AppSetting) == 0


def test_every_input_has_a_stable_name(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    for widget in (
        dialog.name_edit,
        dialog.rep_radio,
        dialog.manager_radio,
        dialog.office_radio,
        dialog.home_radio,
        dialog.ok_button,
        dialog.cancel_button,
    ):
        assert widget.objectName()
        assert widget.accessibleName()
