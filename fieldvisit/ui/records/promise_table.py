"""The "New agreements" section: one row per promise, each tracked once the record is saved."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import clock
from fieldvisit.domain.enums import PromiseStatus
from fieldvisit.services.records import MemberChoice, PromiseForm, StakeholderChoice
from fieldvisit.ui.dates import pydate, qdate, styled
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.widgets import named

DEFAULT_DUE_DAYS = 7
CELL_PADDING = 12  # the table's grid and the combo's frame, beyond the widget's own hint
COLUMNS = 5


@dataclass
class PromiseRowWidgets:
    description: QLineEdit
    owner: QComboBox
    due: QDateEdit
    stakeholder: QComboBox
    status: QLabel
    promise_id: uuid.UUID | None
    promise_status: PromiseStatus
    closing_note: str | None


class PromiseTable(QWidget):
    """Description, owner, due date and stakeholder of each agreement; Add / Remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promiseTable")
        self.members: tuple[MemberChoice, ...] = ()
        self.stakeholders: tuple[StakeholderChoice, ...] = ()
        self.default_owner: uuid.UUID | None = None
        self.base_day = clock.today()
        self.rows: list[PromiseRowWidgets] = []

        self.table = named(QTableWidget(0, COLUMNS), "promiseRows", self.tr("New agreements"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What was agreed"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Stakeholder"),
                self.tr("Status"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):  # sized to their widgets by _fit_columns
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(220)

        self.add_button = named(QPushButton(self.tr("&Add agreement")), "addPromise")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = named(QPushButton(self.tr("Remove agreement")), "removePromise")
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_choices(
        self,
        members: tuple[MemberChoice, ...],
        stakeholders: tuple[StakeholderChoice, ...],
        default_owner: uuid.UUID | None,
        base_day: date,
    ) -> None:
        self.members = members
        self.stakeholders = stakeholders
        self.default_owner = default_owner
        self.base_day = base_day

    def set_promises(self, promises: list[PromiseForm]) -> None:
        self.table.setRowCount(0)
        self.rows = []
        for promise in promises:
            self._append(promise)

    @Slot()
    def add_row(self) -> PromiseRowWidgets:
        due = max(self.base_day, clock.today()) + timedelta(days=DEFAULT_DUE_DAYS)
        row = self._append(PromiseForm("", due, self.default_owner))
        row.description.setFocus()
        self.changed.emit()
        return row

    @Slot()
    def remove_current(self) -> None:
        index = self.table.currentRow()
        if index < 0 or index >= len(self.rows):
            return
        if self.rows[index].promise_status is not PromiseStatus.OPEN:
            return
        self.table.removeRow(index)
        del self.rows[index]
        self.changed.emit()

    def _append(self, promise: PromiseForm) -> PromiseRowWidgets:
        index = len(self.rows)
        self.table.insertRow(index)
        number = index + 1
        description = named(
            QLineEdit(promise.description),
            f"promiseDescription{number}",
            self.tr("Agreement {} — what was agreed").format(number),
        )
        description.setPlaceholderText(self.tr("e.g. send the clinical papers"))
        owner = named(QComboBox(), f"promiseOwner{number}", self.tr("Owner"))
        owner.addItem(self.tr("(nobody)"), None)
        for member in self.members:
            owner.addItem(member.name, str(member.id))
        owner.setCurrentIndex(max(owner.findData(_key(promise.owner_id)), 0))
        due = named(QDateEdit(), f"promiseDue{number}", self.tr("Due"))
        due.setCalendarPopup(True)
        styled(due)
        due.setDate(qdate(promise.due_on or self.base_day))
        stakeholder = named(QComboBox(), f"promiseStakeholder{number}", self.tr("Stakeholder"))
        stakeholder.addItem(self.tr("(none)"), None)
        for person in self.stakeholders:
            stakeholder.addItem(person.name, str(person.id))
        wanted = _key(promise.stakeholder_id)
        if wanted is not None and stakeholder.findData(wanted) < 0:
            stakeholder.addItem(self.tr("(no longer at the account)"), wanted)
        stakeholder.setCurrentIndex(max(stakeholder.findData(wanted), 0))
        status = QLabel(self._status_text(promise))
        status.setObjectName(f"promiseStatus{number}")
        if promise.closing_note:
            status.setToolTip(promise.closing_note)
        closed = promise.status is not PromiseStatus.OPEN
        for widget in (description, owner, due, stakeholder):
            widget.setEnabled(not closed)
        description.textEdited.connect(self.changed)
        owner.currentIndexChanged.connect(self.changed)
        due.dateChanged.connect(self.changed)
        stakeholder.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(index, 0, description)
        self.table.setCellWidget(index, 1, owner)
        self.table.setCellWidget(index, 2, due)
        self.table.setCellWidget(index, 3, stakeholder)
        self.table.setCellWidget(index, 4, status)
        row = PromiseRowWidgets(
            description,
            owner,
            due,
            stakeholder,
            status,
            promise.id,
            promise.status,
            promise.closing_note,
        )
        self.rows.append(row)
        self.table.resizeRowsToContents()
        self._fit_columns()
        return row

    def _fit_columns(self) -> None:
        """Each column as wide as its widest widget or title: ResizeToContents alone measures
        before the cell widgets exist, which left the due date ~40 px wide."""
        header = self.table.horizontalHeader()
        for column in range(1, COLUMNS):
            widths = [header.sectionSizeHint(column)]
            widths += [
                w.sizeHint().width()
                for index in range(self.table.rowCount())
                if (w := self.table.cellWidget(index, column)) is not None
            ]
            header.resizeSection(column, max(widths) + CELL_PADDING)

    def _status_text(self, promise: PromiseForm) -> str:
        if promise.id is None:
            return self.tr("New")
        return enum_label(promise.status)

    def promises(self) -> list[PromiseForm]:
        return [
            PromiseForm(
                description=row.description.text().strip(),
                due_on=pydate(row.due.date()),
                owner_id=_uuid(row.owner.currentData()),
                stakeholder_id=_uuid(row.stakeholder.currentData()),
                id=row.promise_id,
                status=row.promise_status,
                closing_note=row.closing_note,
            )
            for row in self.rows
        ]

    def first_blank(self) -> int | None:
        """The index of the first row without a description, if any."""
        for index, row in enumerate(self.rows):
            if not row.description.text().strip():
                return index
        return None


def _key(value: uuid.UUID | None) -> str | None:
    """Combo boxes hold IDs as text: Qt cannot compare Python objects in findData."""
    return str(value) if value is not None else None


def _uuid(value: object) -> uuid.UUID | None:
    return uuid.UUID(value) if isinstance(value, str) and value else None
