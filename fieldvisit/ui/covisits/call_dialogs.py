"""Adding a call, and changing a written call's account, day and people."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
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
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import CoVisitType
from fieldvisit.services.covisits import call_changes
from fieldvisit.services.covisits import calls as call_service
from fieldvisit.services.covisits.calls import CallCandidate
from fieldvisit.services.covisits.views import CallView
from fieldvisit.ui.covisits.call_plan import suggestion_text
from fieldvisit.ui.covisits.call_undo import apply
from fieldvisit.ui.covisits.fields import StepContext, caption
from fieldvisit.ui.dates import qdate
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.widgets import hint_label, named


class CallPlaceForm(QWidget):
    """Where and when a call is made: the day, the account (the day's plan first), who is met."""

    account_chosen = Signal(object)  # CallCandidate

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.day = named(QComboBox(), "callDay", self.tr("Day"))
        day = ctx.view.first_day
        while day <= ctx.view.last_day:
            self.day.addItem(QLocale().toString(qdate(day), QLocale.FormatType.LongFormat), day)
            day = day.fromordinal(day.toordinal() + 1)
        layout.addWidget(caption(self.tr("Day")))
        layout.addWidget(self.day)
        self.search = named(QLineEdit(), "accountSearch", self.tr("Find an account"))
        self.search.setPlaceholderText(
            self.tr("Find one of the rep's accounts: name, pinyin or initials")
        )
        layout.addWidget(caption(self.tr("Account")))
        layout.addWidget(self.search)
        self.accounts = named(QListWidget(), "accountList", self.tr("Accounts"))
        layout.addWidget(self.accounts, 2)
        layout.addWidget(caption(self.tr("Stakeholders met")))
        self.people = named(QListWidget(), "stakeholderList", self.tr("Stakeholders met"))
        layout.addWidget(self.people, 1)
        self.candidates: list[CallCandidate] = []
        self._met: set[uuid.UUID] = set()
        self._want: uuid.UUID | None = None
        self.day.currentIndexChanged.connect(self._fill)
        self.search.textChanged.connect(self._fill)
        self.accounts.currentRowChanged.connect(self._chosen)

    def start(self, call: CallView | None = None) -> None:
        """Show the choices, preset to ``call`` when it is changed."""
        if call is not None:
            self._met, self._want = set(call.stakeholder_ids), call.account_id
            self.day.blockSignals(True)
            self.day.setCurrentIndex(max(0, self.day.findData(call.day)))
            self.day.blockSignals(False)
        self._fill()
        if call is not None and self.chosen() is None:  # not among the first accounts
            self.search.setText(call.account_name)

    def _fill(self) -> None:
        self.candidates = call_service.call_candidates(
            self.ctx.db, self.ctx.view.rep_id, self.day_value(), self.search.text()
        )
        self.accounts.clear()
        for c in self.candidates:
            text = c.name + (f" · {c.city}" if c.city else "")
            text += f"  [{enum_label(c.tier)}]" if c.tier else ""
            if c.planned:
                text = self.tr("Planned: {name}").format(name=text)
                if c.purpose:
                    text += f" — {c.purpose}"
            self.accounts.addItem(text)
        ids = [c.account_id for c in self.candidates]
        if self._want in ids:
            self.accounts.setCurrentRow(ids.index(self._want))
        elif self.candidates and self._want is None:
            self.accounts.setCurrentRow(0)

    def _chosen(self, row: int) -> None:
        self.people.clear()
        if not 0 <= row < len(self.candidates):
            return
        chosen = self.candidates[row]
        keep = chosen.account_id == self._want
        for sid, name in chosen.stakeholders:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, str(sid))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            met = keep and sid in self._met
            item.setCheckState(Qt.CheckState.Checked if met else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.account_chosen.emit(chosen)

    def chosen(self) -> CallCandidate | None:
        row = self.accounts.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def day_value(self) -> date:
        value = self.day.currentData()
        assert isinstance(value, date)
        return value

    def met(self) -> list[uuid.UUID]:
        return [
            uuid.UUID(self.people.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]


def dialog_buttons(dialog: QDialog, ok_name: str, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert isinstance(ok, QPushButton)
    named(ok, ok_name).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AddCallDialog(QDialog):
    """Choose the account (the rep's plan for the day first), who is met, the type."""

    def __init__(self, ctx: StepContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("addCallDialog")
        self.setWindowTitle(self.tr("Add a call"))
        self.ctx = ctx
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        self.place = CallPlaceForm(ctx, self)
        layout.addWidget(self.place, 1)
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
        layout.addWidget(dialog_buttons(self, "addCallOk", self.tr("Add call")))
        self.place.account_chosen.connect(self._suggest)
        self.place.start()

    def _suggest(self, chosen: CallCandidate) -> None:
        suggestion = call_service.suggest_call_type(
            self.ctx.db, self.ctx.view.rep_id, chosen.account_id, self.place.day_value()
        )
        self.types.button(list(CoVisitType).index(suggestion.call_type)).setChecked(True)
        self.why.setText(suggestion_text(suggestion, self.ctx))

    def accept(self) -> None:
        chosen = self.place.chosen()
        if chosen is None:
            self.error.setText(self.tr("Choose the account of the call."))
            return
        met, day = self.place.met(), self.place.day_value()
        kind = list(CoVisitType)[max(self.types.checkedId(), 0)]
        ok = self.ctx.saver.run(
            lambda: call_service.add_call(
                self.ctx.db,
                self.ctx.view.id,
                chosen.account_id,
                day,
                kind,
                met,
                self.objective.text(),
            )
        )
        if ok:
            super().accept()


class ChangeCallDialog(QDialog):
    """Correct a written call's account, day and people; what is written stays (and undo)."""

    def __init__(self, ctx: StepContext, call: CallView, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("changeCallDialog")
        self.setWindowTitle(self.tr("Change call {n}").format(n=call.seq))
        self.ctx, self.call = ctx, call
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The plan, observations and debrief stay with the call. "
                    "Undo (Ctrl+Z) takes the change back."
                )
            )
        )
        self.place = CallPlaceForm(ctx, self)
        layout.addWidget(self.place, 1)
        self.error = QLabel()
        self.error.setObjectName("changeCallError")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, "changeCallOk", self.tr("Save changes")))
        self.place.start(call)

    def accept(self) -> None:
        chosen = self.place.chosen()
        if chosen is None:
            self.error.setText(self.tr("Choose the account of the call."))
            return
        db, old = self.ctx.db, self.call
        account, day, met = chosen.account_id, self.place.day_value(), self.place.met()
        if (account, day, set(met)) == (old.account_id, old.day, set(old.stakeholder_ids)):
            super().accept()
            return

        def undo() -> None:
            call_changes.change_call(db, old.id, old.account_id, old.day, old.stakeholder_ids)
            free = {r.id for r in call_changes.record_choices(db, old.id)}
            record = old.contact_record_id if old.contact_record_id in free else None
            call_changes.link_record(db, old.id, record)

        text = self.tr("the change of call {n}").format(n=old.seq)
        if apply(
            self.ctx,
            text,
            lambda: call_changes.change_call(db, old.id, account, day, met),
            undo,
        ):
            super().accept()
