"""Calls: the day's calls in order — add (from the rep's plan or any of their accounts),
change a call's account, day and people, remove (asked, and undone by Ctrl+Z), reorder."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidget, QTreeWidgetItem, QWidget

from fieldvisit.services.covisits import call_changes
from fieldvisit.ui.covisits.call_dialogs import AddCallDialog, ChangeCallDialog
from fieldvisit.ui.covisits.call_undo import apply, confirm, written_summary
from fieldvisit.ui.covisits.fields import StepContext
from fieldvisit.ui.covisits.step_page import StepPage
from fieldvisit.ui.dates import date_text
from fieldvisit.ui.widgets import named


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
        self.change_button = named(QPushButton(self.tr("Change…")), "changeCall")
        self.remove_button = named(QPushButton(self.tr("Remove")), "removeCall")
        self.up_button = named(QPushButton(self.tr("Move up")), "moveCallUp")
        self.down_button = named(QPushButton(self.tr("Move down")), "moveCallDown")
        for button in self._buttons():
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.change_button.clicked.connect(self.open_change_dialog)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.dialog: AddCallDialog | ChangeCallDialog | None = None
        self.finish()

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.add_button,
            self.change_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        )

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
                    date_text(call.day),
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
        for button in self._buttons():
            button.setEnabled(self.ctx.editable)
        if not self.ctx.editable:  # signed off (or read-only): nothing left to take back
            self.ctx.undo.clear()

    def _selected(self) -> uuid.UUID | None:
        item = self.table.currentItem()
        return uuid.UUID(item.data(0, Qt.ItemDataRole.UserRole)) if item else None

    def _remove(self) -> None:
        """Ask when anything of the call is written; the removal can be undone."""
        call_id = self._selected()
        if call_id is None:
            return
        call = self.ctx.view.call(call_id)
        parts = call_changes.written_parts(call)
        if not parts.empty and not confirm(
            self.window(),
            "confirmRemoveCall",
            self.tr("Remove call"),
            self.tr("Remove call {n} ({day}) with all that is written in it?").format(
                n=call.seq, day=date_text(call.day)
            ),
            self.tr("Written: {parts}. Undo (Ctrl+Z) brings the call back.").format(
                parts=written_summary(parts, len(self.ctx.template.steps))
            ),
        ):
            return
        db = self.ctx.db
        apply(
            self.ctx,
            self.tr("the removal of call {n}").format(n=call.seq),
            lambda: call_changes.remove_call(db, call_id),
            lambda: call_changes.restore_call(db, call_id),
        )

    def _move(self, offset: int) -> None:
        call_id = self._selected()
        if call_id and self.ctx.saver.run(
            lambda: call_changes.move_call(self.ctx.db, call_id, offset)
        ):
            self.ctx.reload()

    def open_add_dialog(self) -> AddCallDialog:
        self.dialog = AddCallDialog(self.ctx, self)
        self.dialog.accepted.connect(self.ctx.reload)
        self.dialog.open()
        return self.dialog

    def open_change_dialog(self) -> ChangeCallDialog | None:
        call_id = self._selected()
        if call_id is None:
            return None
        self.dialog = ChangeCallDialog(self.ctx, self.ctx.view.call(call_id), self)
        self.dialog.open()
        return self.dialog

    def progress(self) -> tuple[int, int]:
        return (1 if self.ctx.view.calls else 0), 1

    def first_field(self) -> QWidget | None:
        return self.add_button
