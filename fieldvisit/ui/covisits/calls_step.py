"""Calls: the day's calls in order — add (from the rep's plan or any of their accounts),
remove, move up and down."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import CoVisitType
from fieldvisit.services.covisits import calls as call_service
from fieldvisit.services.covisits.calls import CallCandidate
from fieldvisit.ui.covisits.call_plan import suggestion_text
from fieldvisit.ui.covisits.fields import StepContext, caption, qdate, short_date
from fieldvisit.ui.covisits.step_page import StepPage
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.widgets import hint_label, named


class CallsPage(StepPage):
    def __init__(self, ctx: StepContext) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("CallsPage", "Calls"),
            QCoreApplication.translate(
                "CallsPage",
                "Agree the day's calls with the rep: a visit objective each, in the order made.",
            ),
        )
        self.table = named(QTreeWidget(), "callsTable", self.tr("Calls of the co-visit"))
        self.table.setHeaderLabels(
            [
                self.tr("#"),
                self.tr("Day"),
                self.tr("Account"),
                self.tr("Type"),
                self.tr("Met"),
                self.tr("Filled"),
            ]
        )
        self.table.setRootIsDecorated(False)
        self.table.setMinimumHeight(220)
        self.body.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = named(QPushButton(self.tr("Add call…")), "addCall")
        self.remove_button = named(QPushButton(self.tr("Remove")), "removeCall")
        self.up_button = named(QPushButton(self.tr("Move up")), "moveCallUp")
        self.down_button = named(QPushButton(self.tr("Move down")), "moveCallDown")
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.dialog: AddCallDialog | None = None
        self.finish()

    def load(self) -> None:
        self.table.clear()
        for call in self.ctx.view.calls:
            filled = sum(
                1
                for f in ("visit_objective", "rep_self_assessment", "agreed_learning")
                if getattr(call, f)
            )
            item = QTreeWidgetItem(
                [
                    str(call.seq),
                    short_date(call.day),
                    call.account_name,
                    self.ctx.template.type_info(call.call_type).name.get(self.ctx.lang),
                    ", ".join(call.stakeholder_names),
                    f"{filled}/3",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(call.id))
            self.table.addTopLevelItem(item)
        for col in range(self.table.columnCount()):
            self.table.resizeColumnToContents(col)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(self.ctx.editable)

    def _selected(self) -> uuid.UUID | None:
        item = self.table.currentItem()
        return uuid.UUID(item.data(0, Qt.ItemDataRole.UserRole)) if item else None

    def _remove(self) -> None:
        call_id = self._selected()
        if call_id and self.ctx.saver.run(lambda: call_service.remove_call(self.ctx.db, call_id)):
            self.ctx.reload()

    def _move(self, offset: int) -> None:
        call_id = self._selected()
        if call_id and self.ctx.saver.run(
            lambda: call_service.move_call(self.ctx.db, call_id, offset)
        ):
            self.ctx.reload()

    def open_add_dialog(self) -> AddCallDialog:
        self.dialog = AddCallDialog(self.ctx, self)
        self.dialog.accepted.connect(self.ctx.reload)
        self.dialog.open()
        return self.dialog

    def progress(self) -> tuple[int, int]:
        return (1 if self.ctx.view.calls else 0), 1

    def first_field(self) -> QWidget | None:
        return self.add_button


class AddCallDialog(QDialog):
    """Choose the account (the rep's plan for the day first), who is met, the type."""

    def __init__(self, ctx: StepContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("addCallDialog")
        self.setWindowTitle(self.tr("Add a call"))
        self.ctx = ctx
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        self.day = named(QComboBox(), "callDay", self.tr("Day"))
        day = ctx.view.first_day
        while day <= ctx.view.last_day:
            self.day.addItem(QLocale().toString(qdate(day), QLocale.FormatType.LongFormat), day)
            day = day.fromordinal(day.toordinal() + 1)
        layout.addWidget(caption(self.tr("Day")))
        layout.addWidget(self.day)
        self.search = named(QLineEdit(), "accountSearch", self.tr("Find an account"))
        self.search.setPlaceholderText(self.tr("Find one of the rep's accounts by name"))
        layout.addWidget(caption(self.tr("Account")))
        layout.addWidget(self.search)
        self.accounts = named(QListWidget(), "accountList", self.tr("Accounts"))
        layout.addWidget(self.accounts, 2)
        layout.addWidget(caption(self.tr("Stakeholders met")))
        self.people = named(QListWidget(), "stakeholderList", self.tr("Stakeholders met"))
        layout.addWidget(self.people, 1)
        layout.addWidget(caption(self.tr("Type of call")))
        type_row = QHBoxLayout()
        self.types = QButtonGroup(self)
        for n, kind in enumerate(CoVisitType):
            button = named(
                QRadioButton(ctx.template.type_info(kind).name.get(ctx.lang)),
                f"newCallType_{kind.value}",
            )
            self.types.addButton(button, n)
            type_row.addWidget(button)
        type_row.addStretch(1)
        layout.addLayout(type_row)
        self.why = hint_label("")
        layout.addWidget(self.why)
        layout.addWidget(caption(self.tr("Visit objective")))
        self.objective = named(QLineEdit(), "newCallObjective", self.tr("Visit objective"))
        self.objective.setPlaceholderText(
            self.tr("What should this call achieve with the customer?")
        )
        layout.addWidget(self.objective)
        self.error = QLabel()
        self.error.setObjectName("addCallError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = named(buttons.button(QDialogButtonBox.StandardButton.Ok), "addCallOk")
        self.ok.setText(self.tr("Add call"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.candidates: list[CallCandidate] = []
        self.day.currentIndexChanged.connect(self._fill)
        self.search.textChanged.connect(self._fill)
        self.accounts.currentRowChanged.connect(self._account_chosen)
        self._fill()

    def _fill(self) -> None:
        self.candidates = call_service.call_candidates(
            self.ctx.db, self.ctx.view.rep_id, self.day.currentData(), self.search.text()
        )
        self.accounts.clear()
        for c in self.candidates:
            text = c.name + (f"  [{enum_label(c.tier)}]" if c.tier else "")
            if c.planned:
                text = self.tr("Planned: {name}").format(name=text)
                if c.purpose:
                    text += f" — {c.purpose}"
            self.accounts.addItem(text)
        if self.candidates:
            self.accounts.setCurrentRow(0)

    def _account_chosen(self, row: int) -> None:
        self.people.clear()
        if not 0 <= row < len(self.candidates):
            return
        chosen = self.candidates[row]
        for sid, name in chosen.stakeholders:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, str(sid))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        suggestion = call_service.suggest_call_type(
            self.ctx.db, self.ctx.view.rep_id, chosen.account_id, self.day.currentData()
        )
        self.types.button(list(CoVisitType).index(suggestion.call_type)).setChecked(True)
        self.why.setText(suggestion_text(suggestion, self.ctx))

    def accept(self) -> None:
        row = self.accounts.currentRow()
        if not 0 <= row < len(self.candidates):
            self.error.setText(self.tr("Choose the account of the call."))
            return
        met = [
            uuid.UUID(self.people.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]
        kind = list(CoVisitType)[max(self.types.checkedId(), 0)]
        account = self.candidates[row].account_id
        ok = self.ctx.saver.run(
            lambda: call_service.add_call(
                self.ctx.db,
                self.ctx.view.id,
                account,
                self.day.currentData(),
                kind,
                met,
                self.objective.text(),
            )
        )
        if ok:
            super().accept()
