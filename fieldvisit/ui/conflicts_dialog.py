"""The Conflicts dialog: changes the team server refused or overwrote, both values side by side."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.fields.account import ACCOUNT_FIELDS
from fieldvisit.domain.fields.profile import PROFILE_FIELDS
from fieldvisit.domain.fields.stakeholder import STAKEHOLDER_FIELDS
from fieldvisit.storage.database import Database
from fieldvisit.sync.conflicts import (
    ApplyAgainError,
    Conflict,
    apply_mine_again,
    keep_theirs,
    typed_value,
    unresolved,
)
from fieldvisit.ui.dates import date_text, datetime_text
from fieldvisit.ui.labels import enum_label, interface_language, table_label
from fieldvisit.ui.widgets import heading_label, hint_label, named

_FIELDS = {
    "account": ACCOUNT_FIELDS,
    "stakeholder": STAKEHOLDER_FIELDS,
    "stakeholder_profile": PROFILE_FIELDS,
}
MAX_SHOWN = 200


def shown_value(table_name: str, column: str, value: Any) -> str:
    """A synced value as the window shows it: a code by its label, a time or a day in the
    language's style (the raw value when it is not what the column holds)."""
    typed = typed_value(table_name, column, value)
    if isinstance(typed, StrEnum):
        return enum_label(typed)
    if isinstance(typed, datetime):
        return datetime_text(typed)
    if isinstance(typed, date):
        return date_text(typed)
    return str(value)


class ConflictsDialog(QDialog):
    """Lists unresolved conflicts; Keep theirs settles one, Apply mine again re-queues ours."""

    resolved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._conflicts: list[Conflict] = []
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(860, 480)

        intro = hint_label(
            self.tr(
                "The team server did not take these changes as they were made on this "
                "laptop. Keep the team's version, or apply yours again: it goes to the "
                "server at the next sync."
            )
        )
        self.list = named(QListWidget(), "conflictList", self.tr("Conflicts"))
        self.list.currentRowChanged.connect(self._show)
        self.reason = named(QLabel(), "conflictReason")
        self.reason.setWordWrap(True)
        self.fields = named(QTableWidget(0, 3), "conflictFields", self.tr("Values"))
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Mine"), self.tr("The team's")]
        )
        self.fields.verticalHeader().hide()
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setWordWrap(True)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = named(
            QLabel(self.tr("No conflicts: every change went through.")), "noConflicts"
        )

        self.mine_button = named(
            QPushButton(self.tr("&Apply mine again")),
            "applyMine",
            self.tr("Write my version back; it is sent at the next sync"),
        )
        self.theirs_button = named(
            QPushButton(self.tr("&Keep theirs")), "keepTheirs", self.tr("Keep the team's version")
        )
        self.mine_button.clicked.connect(self.apply_mine)
        self.theirs_button.clicked.connect(self.keep_theirs)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.reason)
        detail_layout.addWidget(self.fields, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.theirs_button)
        actions.addWidget(self.mine_button)
        detail_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([280, 580])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Sync conflicts"), 1.3))
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        row = max(self.list.currentRow(), 0)
        self._conflicts = unresolved(self._db)[:MAX_SHOWN]
        self.list.clear()
        for conflict in self._conflicts:
            item = QListWidgetItem(self.what(conflict))
            item.setToolTip(self.why(conflict))
            self.list.addItem(item)
        self.empty.setVisible(not self._conflicts)
        if self._conflicts:
            self.list.setCurrentRow(min(row, len(self._conflicts) - 1))
        else:
            self._show(-1)

    def what(self, conflict: Conflict) -> str:
        kind = self._kind(conflict.table_name)
        if conflict.command is not None:
            kind = self.tr("{step} ({kind})").format(step=self.step(conflict.command), kind=kind)
        if not conflict.label:
            return kind
        return self.tr("{kind}: {label}").format(kind=kind, label=conflict.label)

    def step(self, command: str) -> str:
        """The workflow step the team server refused, as the user took it."""
        steps = {
            "plan.submit": self.tr("Plan submitted"),
            "plan.withdraw": self.tr("Plan withdrawn"),
            "plan.decide": self.tr("Plan approved or returned"),
            "account.merge": self.tr("Accounts merged"),
            "stakeholder.merge": self.tr("Stakeholders merged"),
            "account.purge": self.tr("Accounts deleted for good"),
            "stakeholder.purge": self.tr("Stakeholders deleted for good"),
            "covisit.acknowledge": self.tr("Report acknowledged"),
            "covisit.acknowledge_in_person": self.tr("Report acknowledged in person"),
            "covisit.sign": self.tr("Report signed"),
            "covisit.correct": self.tr("Report corrected"),
        }
        return steps.get(command) or self.tr("A step")

    def _kind(self, name: str) -> str:
        kinds = {
            "account": self.tr("Account"),
            "stakeholder": self.tr("Stakeholder"),
            "stakeholder_profile": self.tr("Personal profile"),
            "contact_record": self.tr("Contact record"),
            "promise": self.tr("Promise"),
            "monthly_plan": self.tr("Monthly plan"),
            "planned_contact": self.tr("Planned contact"),
            "covisit": self.tr("Co-visit"),
            "covisit_call": self.tr("Co-visit call"),
            "action_item": self.tr("Action item"),
            "record_comment": self.tr("Comment on a record"),
            "day_report": self.tr("Day report"),
            "day_report_comment": self.tr("Comment on a day report"),
        }
        return kinds.get(name) or table_label(name)

    def why(self, conflict: Conflict) -> str:
        reasons = {
            "overwritten": self.tr("Someone else changed this field too; theirs arrived later."),
            "completed": self.tr(
                "The record was completed meanwhile; a completed record stays as it was."
            ),
            "scope": self.tr("Outside your scope: this belongs to another rep's territory."),
            "role": self.tr("Your role may not change this."),
            "team": self.tr("Only the team's administrator changes this, on the server."),
            "plan_locked": self.tr(
                "The plan was submitted or approved on the team server; it cannot be changed "
                "until it is withdrawn or returned."
            ),
            "plan_decided": self.tr("The manager had already decided on the plan."),
            "plan_submitted": self.tr("The plan had already been submitted."),
            "plan_not_submitted": self.tr(
                "The plan was no longer submitted (the rep had withdrawn it)."
            ),
            "plan_changed": self.tr(
                "The rep changed the plan after you read it; read it again before deciding."
            ),
            "plan_empty": self.tr("The plan had no planned contacts on the team server."),
            "missing": self.tr("It was no longer on the team server."),
            "purge_blocked": self.tr(
                "A co-visit report or a visit plan on the team server still refers to it, so "
                "it was not deleted; it is back on this laptop."
            ),
            "purge_live": self.tr(
                "On the team server it is not in the trash (someone restored it), so it was "
                "not deleted; it is back on this laptop."
            ),
            "purge_needs_command": self.tr(
                "Deleting for good is checked by the team server; empty the trash again."
            ),
            "covisit_signed": self.tr(
                "The co-visit report was signed off on the team server; a signed report "
                "never changes. Correct it as a new revision."
            ),
            "covisit_outdated": self.tr(
                "The co-visit report had moved on to another revision on the team server; "
                "read the current revision first."
            ),
            "covisit_changed": self.tr(
                "The manager changed the co-visit report after it was read; read it again "
                "and acknowledge the current content."
            ),
            "covisit_not_acknowledged": self.tr(
                "The rep had not acknowledged this revision of the co-visit report on the "
                "team server; it cannot be signed yet."
            ),
            "covisit_incomplete": self.tr(
                "The co-visit report on the team server is not complete; it cannot be signed."
            ),
            "covisit_not_signed": self.tr(
                "The co-visit report was not signed off on the team server; there is nothing "
                "to correct."
            ),
            "covisit_not_yours": self.tr("This co-visit report is not yours to do this with."),
            "covisit_missing": self.tr("The co-visit report was no longer on the team server."),
            "covisit_revision": self.tr(
                "Revisions of a co-visit report are made by the team server when it is corrected."
            ),
            "ack_code_wrong": self.tr(
                "The rep's acknowledgement code was wrong: the report is not acknowledged. "
                "The rep acknowledges again with their own code."
            ),
            "ack_code_missing": self.tr(
                "The rep has not set an acknowledgement code yet (Settings, on the rep's own "
                "laptop): the report is not acknowledged."
            ),
            "ack_code_locked": self.tr(
                "The rep's acknowledgement code was entered wrongly too often and no longer "
                "works; the rep sets a new one on their own laptop."
            ),
        }
        return reasons.get(conflict.reason) or self.tr("The team server refused this change.")

    def field_label(self, table_name: str, column: str) -> str:
        for spec in _FIELDS.get(table_name, ()):
            if spec.attr == column:
                return spec.label.plain(interface_language())
        columns = {
            "status": self.tr("Status"),
            "submitted_at": self.tr("Submitted"),
            "decided_at": self.tr("Decided"),
            "decided_by_id": self.tr("Decided by"),
            "manager_comment": self.tr("Manager's comment"),
            "planned_on": self.tr("Day"),
            "slot": self.tr("Time of day"),
            "kind": self.tr("Kind"),
            "purpose": self.tr("Purpose"),
            "account_id": self.tr("Account"),
            "record_id": self.tr("Contact record"),
            "occurred_at": self.tr("When"),
            "method": self.tr("How"),
            "content": self.tr("Content"),
            "notes": self.tr("Notes"),
            "due_on": self.tr("Due"),
            "rep_comments": self.tr("Rep's comments"),
            "manager_comments": self.tr("Manager's comments"),
            "rep_acknowledged_at": self.tr("Acknowledged"),
            "manager_signed_at": self.tr("Signed"),
            "revision": self.tr("Revision"),
            "first_day": self.tr("First day"),
            "last_day": self.tr("Last day"),
            "completed_at": self.tr("Completed"),
            "closed_at": self.tr("Closed"),
            "text": self.tr("Text"),
        }
        return columns.get(column) or column.replace("_", " ").capitalize()

    def _value(self, table_name: str, column: str, value: Any, deleted: bool) -> str:
        if deleted:
            return self.tr("(deleted)")
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        text = shown_value(table_name, column, value)
        return text if len(text) <= 300 else text[:300] + "…"

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    @Slot(int)
    def _show(self, row: int) -> None:
        conflict = self._conflicts[row] if 0 <= row < len(self._conflicts) else None
        self.mine_button.setEnabled(conflict is not None and conflict.command is None)
        self.theirs_button.setEnabled(conflict is not None)
        self.fields.setRowCount(0)
        if conflict is None:
            self.reason.clear()
            return
        self.reason.setText(self.why(conflict))
        self.fields.setRowCount(len(conflict.differences))
        for i, difference in enumerate(conflict.differences):
            cells = (
                self.field_label(conflict.table_name, difference.column),
                self._value(
                    conflict.table_name, difference.column, difference.mine, conflict.mine_deleted
                ),
                self._value(
                    conflict.table_name,
                    difference.column,
                    difference.theirs,
                    conflict.theirs_deleted,
                ),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.fields.setItem(i, column, item)
        self.fields.resizeRowsToContents()

    @Slot()
    def apply_mine(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            apply_mine_again(self._db, conflict.id)
        except ApplyAgainError:
            QMessageBox.warning(
                self,
                self.tr("Sync conflicts"),
                self.tr(
                    "This version cannot be applied again: what it belongs to is no longer "
                    "on this laptop. Keep the team's version instead."
                ),
            )
            return
        self.load()
        self.resolved.emit()

    @Slot()
    def keep_theirs(self) -> None:
        conflict = self.current()
        if conflict is not None:
            keep_theirs(self._db, conflict.id)
            self.load()
            self.resolved.emit()
