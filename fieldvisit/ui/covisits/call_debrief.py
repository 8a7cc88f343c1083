"""Call part 3: the debrief — the rep assesses first, then the manager's feedback."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from fieldvisit.services.covisits import calls as call_service
from fieldvisit.services.covisits.views import CallView
from fieldvisit.ui.covisits.autosave import set_text
from fieldvisit.ui.covisits.fields import StepContext, caption, text_box
from fieldvisit.ui.covisits.step_page import StepPage
from fieldvisit.ui.widgets import hint_label

DEBRIEF_FIELDS = {
    "self_assessment": "rep_self_assessment",
    "went_well": "feedback_went_well",
    "do_differently": "feedback_do_differently",
    "agreed_learning": "agreed_learning",
}


class DebriefPage(StepPage):
    def __init__(self, ctx: StepContext, call_id: uuid.UUID) -> None:
        self.call_id = call_id
        call = ctx.view.call(call_id)
        super().__init__(
            ctx,
            QCoreApplication.translate("DebriefPage", "Call {n} · {account} — Debrief").format(
                n=call.seq, account=call.account_name
            ),
            QCoreApplication.translate(
                "DebriefPage",
                "The rep assesses the call first; then give specific, behavioural, balanced "
                "feedback and agree one learning.",
            ),
        )
        self.boxes: dict[str, QPlainTextEdit] = {}
        for item in ctx.template.debrief_items:
            field = DEBRIEF_FIELDS[item.key]
            label = item.label.get(ctx.lang)
            self.body.addWidget(caption(label))
            box = text_box(f"debrief_{item.key}", label, item.prompt.get(ctx.lang), lines=4)
            ctx.saver.bind_text(box, self._saver(field))
            self.body.addWidget(box)
            self.boxes[field] = box
            if field == "rep_self_assessment":
                self.waiting = hint_label(
                    QCoreApplication.translate(
                        "DebriefPage",
                        "Your feedback opens once the rep's self-assessment is written.",
                    )
                )
                self.waiting.setObjectName("debriefWaiting")
                self.body.addWidget(self.waiting)
                box.textChanged.connect(self._gate)
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
        self._gate()

    def _gate(self) -> None:
        written = bool(self.boxes["rep_self_assessment"].toPlainText().strip())
        for field, box in self.boxes.items():
            if field != "rep_self_assessment":
                box.setEnabled(written or bool(box.toPlainText().strip()))
        self.waiting.setVisible(not written and self.ctx.editable)

    def progress(self) -> tuple[int, int]:
        call = self.call()
        return sum(1 for f in self.boxes if getattr(call, f)), len(self.boxes)

    def first_field(self) -> QWidget | None:
        return self.boxes["rep_self_assessment"]
