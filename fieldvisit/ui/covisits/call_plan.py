"""Call part 1: the pre-call plan agreed with the rep, and the call's type with its roles."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QRadioButton, QWidget

from fieldvisit.domain.checklist import TypeSuggestion
from fieldvisit.domain.enums import CoVisitType
from fieldvisit.services.covisits import calls as call_service
from fieldvisit.services.covisits.views import CallView
from fieldvisit.ui.covisits.autosave import set_text
from fieldvisit.ui.covisits.fields import StepContext, caption, clear_layout, text_box
from fieldvisit.ui.covisits.record_picker import RecordPicker
from fieldvisit.ui.covisits.step_page import StepPage
from fieldvisit.ui.widgets import hint_label, named

PLAN_FIELDS = {
    "objective": "visit_objective",
    "opening": "precall_opening",
    "key_messages": "precall_key_messages",
    "objections": "precall_objections",
    "commitment": "precall_commitment",
}


def roles_box(ctx: StepContext, call_type: CoVisitType) -> QWidget:
    """Who sells, what the manager does, what the type is best for."""
    info = ctx.template.type_info(call_type)
    box = QWidget()
    box.setObjectName("typeRoles")
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 4)
    rows = (
        (QCoreApplication.translate("CoVisitRoles", "Who sells"), info.who_sells),
        (QCoreApplication.translate("CoVisitRoles", "Manager's role"), info.manager_role),
        (QCoreApplication.translate("CoVisitRoles", "Best for"), info.best_for),
    )
    for r, (name, text) in enumerate(rows):
        grid.addWidget(caption(name), r, 0)
        value = QLabel(text.get(ctx.lang))
        value.setWordWrap(True)
        grid.addWidget(value, r, 1)
    grid.setColumnStretch(1, 1)
    return box


class PreCallPage(StepPage):
    def __init__(self, ctx: StepContext, call_id: uuid.UUID) -> None:
        self.call_id = call_id
        call = ctx.view.call(call_id)
        super().__init__(
            ctx,
            QCoreApplication.translate(
                "PreCallPage", "Call {n} · {account} — Pre-call plan"
            ).format(n=call.seq, account=call.account_name),
            QCoreApplication.translate(
                "PreCallPage", "Agree the plan with the rep before the call."
            ),
        )
        self.body.addWidget(caption(self.tr("Type of call")))
        row = QHBoxLayout()
        self.types = QButtonGroup(self)
        for n, kind in enumerate(CoVisitType):
            button = named(
                QRadioButton(ctx.template.type_info(kind).name.get(ctx.lang)),
                f"callType_{kind.value}",
            )
            self.types.addButton(button, n)
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.suggestion = hint_label("")
        self.body.addWidget(self.suggestion)
        self.roles_holder = QWidget()
        self.roles_layout = QHBoxLayout(self.roles_holder)
        self.roles_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.roles_holder)
        self.types.idClicked.connect(self._type_chosen)
        self.record = RecordPicker(ctx, call_id)
        self.body.addWidget(self.record)
        self.boxes = {}
        for item in ctx.template.plan_items:
            field = PLAN_FIELDS[item.key]
            self.body.addWidget(caption(item.label.get(ctx.lang)))
            box = text_box(f"plan_{item.key}", item.label.get(ctx.lang), item.prompt.get(ctx.lang))
            ctx.saver.bind_text(box, self._saver(field))
            self.body.addWidget(box)
            self.boxes[field] = box
        self.finish()

    def _saver(self, field: str):  # type: ignore[no-untyped-def]
        def save(text: str | None) -> None:
            call_service.set_call_field(self.ctx.db, self.call_id, field, text)

        return save

    def call(self) -> CallView:
        return self.ctx.view.call(self.call_id)

    def load(self) -> None:
        call = self.call()
        for field, box in self.boxes.items():
            set_text(box, getattr(call, field))
            box.setReadOnly(not self.ctx.editable)
        kinds = list(CoVisitType)
        self.types.button(kinds.index(call.call_type)).setChecked(True)
        for button in self.types.buttons():
            button.setEnabled(self.ctx.editable)
        self._show_roles(call.call_type)
        suggestion = call_service.suggest_call_type(
            self.ctx.db, self.ctx.view.rep_id, call.account_id, call.day
        )
        self.suggestion.setText(suggestion_text(suggestion, self.ctx))
        self.record.load()

    def _show_roles(self, kind: CoVisitType) -> None:
        clear_layout(self.roles_layout)
        self.roles_layout.addWidget(roles_box(self.ctx, kind))

    def _type_chosen(self, index: int) -> None:
        kind = list(CoVisitType)[index]
        if self.ctx.saver.run(lambda: call_service.set_call_type(self.ctx.db, self.call_id, kind)):
            self.ctx.reload()

    def progress(self) -> tuple[int, int]:
        call = self.call()
        return (sum(1 for f in PLAN_FIELDS.values() if getattr(call, f)), len(PLAN_FIELDS))

    def first_field(self) -> QWidget | None:
        return self.boxes["visit_objective"]


def suggestion_text(suggestion: TypeSuggestion, ctx: StepContext) -> str:
    """Why a type is suggested, from the rep's stage (months since joining)."""
    name = ctx.template.type_info(suggestion.call_type).name.get(ctx.lang)
    if suggestion.stage == "new":
        why = QCoreApplication.translate(
            "CoVisitRoles", "the rep joined {n} months ago (new rep)"
        ).format(n=suggestion.months)
    elif suggestion.stage == "developing":
        why = QCoreApplication.translate(
            "CoVisitRoles", "the rep joined {n} months ago (developing)"
        ).format(n=suggestion.months)
    elif suggestion.stage == "experienced" and suggestion.key_account:
        why = QCoreApplication.translate(
            "CoVisitRoles", "an experienced rep at a key (tier A) account"
        )
    elif suggestion.stage == "experienced":
        why = QCoreApplication.translate(
            "CoVisitRoles", "an experienced rep; coaching unless it is a key account"
        )
    else:
        why = QCoreApplication.translate("CoVisitRoles", "the rep's start date is not known")
    return QCoreApplication.translate("CoVisitRoles", "Suggested: {type} — {why}").format(
        type=name, why=why
    )
