"""The Stakeholders tab: the account's people, and the single-contact warning (DOMAIN.md §2)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import clock
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.accounts.picking import AccountChoice as PickedAccount
from fieldvisit.services.accounts.stakeholders import (
    StakeholderData,
    end_role,
    list_stakeholders,
    move_stakeholder,
)
from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts.account_chooser import AccountChooser
from fieldvisit.ui.accounts.card_fields import DateField, error_text
from fieldvisit.ui.accounts.stakeholder_editor import StakeholderDialog
from fieldvisit.ui.dates import date_text
from fieldvisit.ui.labels import enum_label, error_title
from fieldvisit.ui.widgets import named


class StakeholdersTab(QWidget):
    """Table of people with Add / Edit / End role / Move…; ``changed`` after any write."""

    changed = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.setObjectName("stakeholdersTab")
        self.db = db
        self.account_id: uuid.UUID | None = None
        self.people: list[StakeholderData] = []
        self.key_account = False

        self.banner = QLabel()
        self.banner.setObjectName("singleContactBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #b3261e;"
            " border-radius: 4px; padding: 8px; }"
        )
        self.banner.hide()
        self.unsaved = QLabel(self.tr("Save the card first, then add its stakeholders."))
        self.unsaved.setObjectName("stakeholdersUnsaved")

        headers = [
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Department"),
            self.tr("Buying roles"),
            self.tr("Level"),
            self.tr("Key-customer level"),
            self.tr("Adoption stage"),
            self.tr("Phones"),
            self.tr("Ended"),
        ]
        self.table = named(
            QTableWidget(0, len(headers)), "stakeholderTable", self.tr("Stakeholders")
        )
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = named(QPushButton(self.tr("&Add…")), "stakeholderAdd")
        self.edit_button = named(QPushButton(self.tr("&Edit…")), "stakeholderEdit")
        self.end_button = named(QPushButton(self.tr("End &role…")), "stakeholderEnd")
        self.move_button = named(
            QPushButton(self.tr("&Move to another account…")), "stakeholderMove"
        )
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.end_button.clicked.connect(self.end_selected)
        self.move_button.clicked.connect(self.move_selected)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.end_button, self.move_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.more_buttons = QHBoxLayout()
        self.more_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.unsaved)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(self.more_buttons)
        self.dialog: StakeholderDialog | None = None
        self._update_buttons()

    def set_account(self, account_id: uuid.UUID | None, key_account: bool) -> None:
        self.account_id = account_id
        self.key_account = key_account
        self.refresh()

    def set_key_account(self, key_account: bool) -> None:
        self.key_account = key_account
        self._update_banner()

    def refresh(self) -> None:
        self.people = list_stakeholders(self.db, self.account_id) if self.account_id else []
        self.table.setRowCount(len(self.people))
        for row, p in enumerate(self.people):
            roles = ", ".join(sorted(enum_label(r) for r in p.roles))
            phones = " / ".join(x for x in (p.mobile, p.office_phone) if x)
            ended = date_text(p.ended_on) if p.ended_on else ""
            cells = [
                p.name,
                p.title or "",
                p.department or "",
                roles,
                enum_label(p.org_level) if p.org_level else "",
                enum_label(p.key_customer_level) if p.key_customer_level else "",
                enum_label(p.adoption_stage) if p.adoption_stage else "",
                phones,
                ended,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if p.ended_on:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, col, item)
        self.unsaved.setVisible(self.account_id is None)
        self._update_banner()
        self._update_buttons()

    def active_count(self) -> int:
        return sum(1 for p in self.people if p.ended_on is None)

    def _update_banner(self) -> None:
        single = self.key_account and self.account_id is not None and self.active_count() <= 1
        if single:
            self.banner.setText(
                self.tr(
                    "⚠ Key account with only {} active stakeholder: working through a single "
                    "person is a fatal error of key-account management. Add the decision-maker, "
                    "users and influencers you know."
                ).format(self.active_count())
            )
        self.banner.setVisible(single)

    def add_buttons(self, *extra: QPushButton) -> None:
        """A second row of commands (merge, vCard) that other areas provide."""
        for button in extra:
            self.more_buttons.insertWidget(self.more_buttons.count() - 1, button)

    def selected_people(self) -> list[StakeholderData]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.people[r] for r in rows if 0 <= r < len(self.people)]

    def selected(self) -> StakeholderData | None:
        row = self.table.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    @Slot()
    def _update_buttons(self) -> None:
        person = self.selected()
        self.add_button.setEnabled(self.account_id is not None)
        self.edit_button.setEnabled(person is not None)
        self.end_button.setEnabled(person is not None and person.ended_on is None)
        self.move_button.setEnabled(person is not None)

    @Slot()
    def add(self) -> None:
        if self.account_id is not None:
            self._open(StakeholderDialog(self.db, self.account_id, None, self))

    @Slot()
    def edit(self) -> None:
        person = self.selected()
        if person is not None and self.account_id is not None:
            self._open(StakeholderDialog(self.db, self.account_id, person, self))

    def _open(self, dialog: StakeholderDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_write)
        dialog.open()

    @Slot()
    def end_selected(self) -> None:
        person = self.selected()
        if person is None or person.id is None:
            return
        dialog = QDialog(self)
        dialog.setObjectName("endRoleDialog")
        dialog.setWindowTitle(self.tr("End role"))
        day = named(DateField(), "endRoleDate", self.tr("Last day"))
        day.set_value(clock.today())
        form = QFormLayout(dialog)
        form.addRow(
            QLabel(self.tr("{} no longer holds a role at this account.").format(person.name))
        )
        form.addRow(self.tr("Last day"), day)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        form.addRow(box)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            end_role(self.db, person.id, day.value())
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), _detail(exc))
            return
        self._after_write()

    @Slot()
    def move_selected(self) -> None:
        person = self.selected()
        if person is None or person.id is None:
            return
        dialog = MoveDialog(self.db, person, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return
        try:
            move_stakeholder(self.db, person.id, dialog.choice.id, dialog.day.value())
        except FieldVisitError as exc:
            QMessageBox.warning(self, error_title(exc), _detail(exc))
            return
        self._after_write()

    @Slot()
    def _after_write(self) -> None:
        self.refresh()
        self.changed.emit()


def _detail(exc: FieldVisitError) -> str:
    from fieldvisit.domain.errors import ValidationError

    return error_text(exc) if isinstance(exc, ValidationError) else exc.detail


class MoveDialog(QDialog):
    """Choose the account a person moved to: the accounts search, picked by id."""

    def __init__(
        self, db: Database, person: StakeholderData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveStakeholderDialog")
        self.setWindowTitle(self.tr("Move to another account"))
        self.db = db
        self.person = person
        self.choice: PickedAccount | None = None
        self.chooser = AccountChooser(db, parent=self, exclude=frozenset({person.account_id}))
        self.account = named(self.chooser.search, "moveAccount", self.tr("New account"))
        self.chooser.activated.connect(lambda _id: self.accept())
        self.day = named(DateField(), "moveDate", self.tr("Moved on"))
        self.day.set_value(clock.today())
        self.error = QLabel()
        self.error.setObjectName("moveError")
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr("{} now works at another account. The history stays with them.").format(
                    person.name
                )
            )
        )
        form.addRow(self.tr("New account"), self.chooser)
        form.addRow(self.tr("Moved on"), self.day)
        form.addRow(self.error)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.resize(640, 420)

    def accept(self) -> None:
        chosen = self.chooser.chosen()
        if chosen is None:
            self.error.setText(self.tr("Choose the account from the list."))
            self.error.show()
            self.account.setFocus()
            return
        self.choice = chosen
        super().accept()
