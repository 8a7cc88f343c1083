"""The first-run prompt: who uses this laptop, as a rep or as a manager, or join a team.

Used alone, the laptop asks for the user's name and role as it always did. Joining a team
takes the server's address and a one-time code; the person's identity then comes from the
server (``sync.join.join``, run off the GUI thread).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import MemberRole, WorkBase
from fieldvisit.domain.errors import FieldVisitError, ValidationError
from fieldvisit.services.team import MAX_NAME_LENGTH, MemberRow, current_user, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.sync.device import SyncSetupError
from fieldvisit.sync.join import JoinResult, join
from fieldvisit.sync.protocol import CODE_EXPIRED, CODE_INVALID, CODE_USED, PROTOCOL_OUTDATED
from fieldvisit.ui.background import BackgroundTask
from fieldvisit.ui.labels import error_line, role_label, work_base_label
from fieldvisit.ui.widgets import error_label, heading_label, hint_label, named


class FirstRunDialog(QDialog):
    """Asks for the user's name and role once; saves them with ``set_current_user``."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.member: MemberRow | None = None
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to FieldVisit"))
        self.setMinimumWidth(520)

        heading = heading_label(self.tr("Welcome to FieldVisit"))
        intro = QLabel(
            self.tr(
                "Tell FieldVisit who uses this laptop. Your name appears on contact "
                "records, visit plans and co-visit reports."
            )
        )
        intro.setWordWrap(True)

        self.name_edit = named(QLineEdit(), "firstRunName", self.tr("Your name"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("For example: Wang Fang"))
        self.name_error = error_label("firstRunNameError")

        self.rep_radio = named(QRadioButton(role_label(MemberRole.REP)), "roleRep")
        self.manager_radio = named(QRadioButton(role_label(MemberRole.MANAGER)), "roleManager")
        self._roles = QButtonGroup(self)
        self._roles.addButton(self.rep_radio)
        self._roles.addButton(self.manager_radio)
        role_row = QHBoxLayout()
        role_row.addWidget(self.rep_radio)
        role_row.addWidget(self.manager_radio)
        role_row.addStretch(1)

        self.office_radio = named(QRadioButton(work_base_label(WorkBase.OFFICE)), "workBaseOffice")
        self.home_radio = named(QRadioButton(work_base_label(WorkBase.HOME)), "workBaseHome")
        self._bases = QButtonGroup(self)
        self._bases.addButton(self.office_radio)
        self._bases.addButton(self.home_radio)
        base_row = QHBoxLayout()
        base_row.addWidget(self.office_radio)
        base_row.addWidget(self.home_radio)
        base_row.addStretch(1)
        base_hint = hint_label(
            self.tr(
                "Sets your field-day target: at least 70 % of working days in the field "
                "when office-based, 60 % when home-based."
            )
        )
        base_hint.setObjectName("workBaseHint")
        base_box = QVBoxLayout()
        base_box.setContentsMargins(0, 0, 0, 0)
        base_box.addLayout(base_row)
        base_box.addWidget(base_hint)

        self.alone_radio = named(
            QRadioButton(self.tr("Use FieldVisit &alone on this laptop")), "firstRunAlone"
        )
        self.team_radio = named(QRadioButton(self.tr("&Join a team")), "firstRunJoin")
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.alone_radio)
        self._modes.addButton(self.team_radio)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.alone_radio)
        mode_row.addWidget(self.team_radio)
        mode_row.addStretch(1)

        self.server_edit = named(QLineEdit(), "joinServer", self.tr("Team server address"))
        self.server_edit.setPlaceholderText(self.tr("For example: https://fieldvisit.example.com"))
        self.code_edit = named(QLineEdit(), "joinCode", self.tr("Enrolment code"))
        self.code_edit.setPlaceholderText(self.tr("The one-time code from your administrator"))
        self.join_error = error_label("joinError")
        self.join_error.setWordWrap(True)
        join_hint = hint_label(
            self.tr(
                "Your name and role come from the team server. What this laptop already "
                "holds goes to the team at the first sync."
            )
        )
        join_form = QFormLayout()
        join_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        join_form.addRow(self.tr("&Server:"), self.server_edit)
        join_form.addRow(self.tr("&Code:"), self.code_edit)
        for field in (self.server_edit, self.code_edit):
            label = join_form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.join_box = QWidget()
        self.join_box.setObjectName("joinBox")
        join_layout = QVBoxLayout(self.join_box)
        join_layout.setContentsMargins(0, 0, 0, 0)
        join_layout.addLayout(join_form)
        join_layout.addWidget(join_hint)
        join_layout.addWidget(self.join_error)
        self._joining = BackgroundTask(self)
        self._joining.succeeded.connect(self._on_joined)
        self._joining.failed.connect(self._on_join_failed)

        name_box = QVBoxLayout()
        name_box.setContentsMargins(0, 0, 0, 0)
        name_box.setSpacing(2)
        name_box.addWidget(self.name_edit)
        name_box.addWidget(self.name_error)

        self.alone_box = QWidget()
        self.alone_box.setObjectName("aloneBox")
        self._form = QFormLayout(self.alone_box)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.addRow(self.tr("&Name:"), name_box)
        self._form.addRow(self.tr("Role:"), role_row)
        self._form.addRow(self.tr("Work base:"), base_box)
        name_label = self._form.labelForField(name_box)
        if isinstance(name_label, QLabel):
            name_label.setBuddy(self.name_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = named(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok),
            "firstRunOk",
            self.tr("Start using FieldVisit"),
        )
        self.ok_button.setText(self.tr("&Start"))
        self.cancel_button = named(
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
            "firstRunCancel",
            self.tr("Quit FieldVisit"),
        )
        self.cancel_button.setText(self.tr("&Quit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(mode_row)
        layout.addSpacing(4)
        layout.addWidget(self.alone_box)
        layout.addWidget(self.join_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.name_edit.textEdited.connect(self._on_name_edited)
        self.manager_radio.toggled.connect(self._update_work_base)
        self.team_radio.toggled.connect(self._update_mode)
        self.server_edit.textEdited.connect(self._on_join_edited)
        self.code_edit.textEdited.connect(self._on_join_edited)
        self.load()

    def load(self) -> None:
        """Start from a rep based in the office, with the name field ready for typing."""
        self.name_edit.clear()
        self.alone_radio.setChecked(True)
        self.join_box.setVisible(False)
        self.join_error.hide()
        self.rep_radio.setChecked(True)
        self.office_radio.setChecked(True)
        self._update_work_base()
        self.validate(show_errors=False)
        self.name_edit.setFocus()

    def role(self) -> MemberRole:
        return MemberRole.MANAGER if self.manager_radio.isChecked() else MemberRole.REP

    def work_base(self) -> WorkBase:
        return WorkBase.HOME if self.home_radio.isChecked() else WorkBase.OFFICE

    def joining(self) -> bool:
        return self.team_radio.isChecked()

    def validate(self, *, show_errors: bool = True) -> bool:
        """Enable Start only for a usable name; say what is wrong once the user typed."""
        if self.joining():
            ready = bool(self.server_edit.text().strip() and self.code_edit.text().strip())
            self.ok_button.setEnabled(ready and not self._joining.is_busy())
            return ready
        name = " ".join(self.name_edit.text().split())
        problem = "" if name else self.tr("Enter your name.")
        self._show_name_error(problem if show_errors else "")
        self.ok_button.setEnabled(not problem)
        return not problem

    def save(self) -> bool:
        if not self.validate():
            return False
        try:
            self.member = set_current_user(
                self._db, self.name_edit.text(), self.role(), self.work_base()
            )
        except ValidationError as exc:
            self._show_name_error(exc.detail)
            self.name_edit.setFocus()
            return False
        except FieldVisitError as exc:
            self._show_name_error(error_line(exc))
            return False
        return True

    def accept(self) -> None:
        if self.joining():
            self.start_join()
        elif self.save():
            super().accept()

    def start_join(self) -> None:
        """Join off the GUI thread; the dialog closes when the server has answered yes."""
        if not self.validate() or self._joining.is_busy():
            return
        db, url, code = self._db, self.server_edit.text().strip(), self.code_edit.text().strip()
        self._show_join_error("")
        self._set_joining(True)
        self._joining.start(lambda: join(db, url, code))

    @Slot(object)
    def _on_joined(self, result: object) -> None:
        assert isinstance(result, JoinResult)
        self._set_joining(False)
        self.member = current_user(self._db)
        if self.member is not None:
            super().accept()

    @Slot(object)
    def _on_join_failed(self, error: object) -> None:
        self._set_joining(False)
        if isinstance(error, SyncSetupError) and self._join_problem(error.reason):
            self._show_join_error(self._join_problem(error.reason))
        elif isinstance(error, FieldVisitError):
            self._show_join_error(error_line(error))
        else:
            failed = self.tr("Joining failed ({kind}).")
            self._show_join_error(failed.format(kind=type(error).__name__))

    def _join_problem(self, reason: str) -> str:
        """What a refusal of the join means, in the window's language ("" when unknown)."""
        problems = {
            "unreachable": self.tr(
                "The team server cannot be reached. Check the address and the network, "
                "then try again; nothing was changed."
            ),
            "not_a_server": self.tr("This address did not answer as a FieldVisit team server."),
            "not_tls": self.tr("A team server is reached over https:// (TLS)."),
            "already_joined": self.tr("This laptop is already in a team."),
            CODE_INVALID: self.tr(
                "The server does not know this enrolment code. Check it, or ask your "
                "administrator for a new one."
            ),
            CODE_USED: self.tr(
                "This enrolment code has been used already. Ask your administrator for a new one."
            ),
            CODE_EXPIRED: self.tr(
                "This enrolment code has expired. Ask your administrator for a new one."
            ),
            PROTOCOL_OUTDATED: self.tr(
                "The team server needs a newer FieldVisit. Update it, then join again."
            ),
        }
        return problems.get(reason, "")

    def _set_joining(self, busy: bool) -> None:
        for widget in (self.server_edit, self.code_edit, self.alone_radio, self.team_radio):
            widget.setEnabled(not busy)
        self.ok_button.setText(self.tr("Joining…") if busy else self.tr("&Start"))
        self.validate(show_errors=False)
        if busy:
            self.ok_button.setEnabled(False)

    def _show_join_error(self, message: str) -> None:
        self.join_error.setText(message)
        self.join_error.setVisible(bool(message))

    def reject(self) -> None:
        self._joining.discard()
        self._joining.wait()
        super().reject()

    def _on_join_edited(self, _text: str) -> None:
        self._show_join_error("")
        self.validate(show_errors=False)

    def _update_mode(self) -> None:
        joining = self.joining()
        self.alone_box.setVisible(not joining)
        self.join_box.setVisible(joining)
        (self.server_edit if joining else self.name_edit).setFocus()
        self.validate(show_errors=False)
        self.adjustSize()

    def _on_name_edited(self, _text: str) -> None:
        self.validate(show_errors=True)

    def _update_work_base(self) -> None:
        self._form.setRowVisible(2, self.manager_radio.isChecked())
        self.adjustSize()

    def _show_name_error(self, message: str) -> None:
        self.name_error.setText(message)
        self.name_error.setVisible(bool(message))
        self.name_edit.setAccessibleDescription(message)
