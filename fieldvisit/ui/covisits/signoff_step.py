"""The rep's comments and acknowledgement, what is still missing, the manager's sign-off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from fieldvisit.services.covisits import session as sess
from fieldvisit.services.covisits import signoff as so
from fieldvisit.services.covisits.completeness import (
    Missing,
    missing_for_acknowledgement,
    missing_for_signoff,
)
from fieldvisit.ui.covisits.ack_code import AckCodeDialog
from fieldvisit.ui.covisits.autosave import set_text
from fieldvisit.ui.covisits.fields import StepContext, caption, text_box
from fieldvisit.ui.covisits.step_page import StepPage
from fieldvisit.ui.dates import datetime_text
from fieldvisit.ui.widgets import error_label, hint_label, named


def missing_text(m: Missing) -> str:
    texts = {
        "calls": QCoreApplication.translate("SignOffPage", "Add at least one call."),
        "development_objectives": QCoreApplication.translate(
            "SignOffPage", "Set one or two development objectives for the day."
        ),
        "visit_objective": QCoreApplication.translate(
            "SignOffPage", "Call {n}: the visit objective is empty."
        ),
        "rep_self_assessment": QCoreApplication.translate(
            "SignOffPage", "Call {n}: the rep's self-assessment is empty."
        ),
        "feedback_went_well": QCoreApplication.translate(
            "SignOffPage", "Call {n}: “what went well” is empty."
        ),
        "feedback_do_differently": QCoreApplication.translate(
            "SignOffPage", "Call {n}: “what to do differently” is empty."
        ),
        "agreed_learning": QCoreApplication.translate(
            "SignOffPage", "Call {n}: the agreed learning is empty."
        ),
        "strengths": QCoreApplication.translate("SignOffPage", "The strengths are empty."),
        "development_areas": QCoreApplication.translate(
            "SignOffPage", "The development areas are empty."
        ),
        "ratings": QCoreApplication.translate("SignOffPage", "Rate the rep on every standard."),
        "actions": QCoreApplication.translate(
            "SignOffPage", "Agree at least one action for the action plan."
        ),
        "action_details": QCoreApplication.translate(
            "SignOffPage", "Every action needs a description, an owner and a due date."
        ),
        "big_question": QCoreApplication.translate(
            "SignOffPage", "Answer the Big Question (yes or no)."
        ),
        "big_question_why": QCoreApplication.translate(
            "SignOffPage", "Say why for the Big Question."
        ),
        "acknowledgement": QCoreApplication.translate(
            "SignOffPage", "The rep has not acknowledged the report yet."
        ),
        "acknowledgement_withdrawn": QCoreApplication.translate(
            "SignOffPage",
            "The report changed after the rep acknowledged it: the rep acknowledges it again.",
        ),
    }
    return texts[m.what].replace("{n}", str(m.call or ""))


class SignOffPage(StepPage):
    def __init__(self, ctx: StepContext) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("SignOffPage", "Rep's acknowledgement and sign-off"),
            QCoreApplication.translate(
                "SignOffPage",
                "The rep reads the report, comments and acknowledges; then you sign it off today.",
            ),
        )
        self.body.addWidget(caption(self.tr("Rep's comments")))
        self.comments = text_box(
            "repComments", self.tr("Rep's comments"), self.tr("The rep's own words on the day")
        )
        ctx.saver.bind_text(
            self.comments,
            lambda text: sess.set_covisit_field(ctx.db, ctx.view.id, "rep_comments", text),
        )
        self.body.addWidget(self.comments)
        self.acknowledged = QLabel()
        self.acknowledged.setObjectName("acknowledgedAt")
        self.body.addWidget(self.acknowledged)
        self.ack_button = named(QPushButton(self.tr("Rep acknowledges the report")), "acknowledge")
        self.ack_button.clicked.connect(self._acknowledge)
        self.body.addWidget(self.ack_button)
        self.body.addWidget(caption(self.tr("Still missing")))
        self.missing = hint_label("")
        self.missing.setObjectName("missingList")
        self.body.addWidget(self.missing)
        self.sign_button = named(QPushButton(self.tr("Sign off the report")), "signOff")
        self.sign_button.clicked.connect(self._sign)
        self.body.addWidget(self.sign_button)
        self.error = error_label("signOffError")
        self.body.addWidget(self.error)
        self.finish()

    def load(self) -> None:
        view = self.ctx.view
        set_text(self.comments, view.rep_comments)
        may_comment = (self.ctx.editable or self.ctx.rep_mode) and not view.locked
        self.comments.setReadOnly(not may_comment)
        before_ack = missing_for_acknowledgement(view)
        self.hint.setText(
            self.tr(
                "Read the whole report, write your comments and acknowledge it; your manager "
                "then signs it off."
            )
            if self.ctx.rep_mode
            else QCoreApplication.translate(
                "SignOffPage",
                "The rep reads the report, comments and acknowledges; then you sign it off today.",
            )
        )
        self.ack_button.setText(
            self.tr("Acknowledge the report")
            if self.ctx.rep_mode
            else self.tr("Rep acknowledges the report")
        )
        if view.rep_acknowledged_at:
            when = datetime_text(view.rep_acknowledged_at)
            self.acknowledged.setText(
                self.tr("Acknowledged by the rep: {when}").replace("{when}", when)
            )
        elif view.acknowledgement_withdrawn:
            self.acknowledged.setText(
                self.tr(
                    "Acknowledgement withdrawn: the report changed after the rep acknowledged "
                    "it. The rep reads it again and acknowledges anew."
                )
            )
        elif before_ack:
            self.acknowledged.setText(
                self.tr("Not acknowledged yet. The rep acknowledges once nothing is missing.")
            )
        else:
            self.acknowledged.setText(self.tr("Not acknowledged yet."))
        self.ack_button.setEnabled(
            may_comment and view.rep_acknowledged_at is None and not before_ack
        )
        missing = missing_for_signoff(view)
        self.missing.setText(
            "\n".join("• " + missing_text(m) for m in missing) if missing else self.tr("Nothing.")
        )
        self.sign_button.setEnabled(self.ctx.editable and not missing)
        self.sign_button.setVisible(not view.locked and not self.ctx.rep_mode)
        if view.locked and view.manager_signed_at:
            signed = datetime_text(view.manager_signed_at)
            self.missing.setText(self.tr("Signed off {when}.").replace("{when}", signed))

    def _acknowledge(self) -> None:
        text = self.comments.toPlainText()
        code: str | None = None
        if sess.acknowledges_in_person(self.ctx.db, self.ctx.view.id):
            code = self.ask_code()
            if code is None:
                return
        if self.ctx.saver.run(
            lambda: sess.acknowledge(self.ctx.db, self.ctx.view.id, text, code=code)
        ):
            self.ctx.reload()

    def ask_code(self) -> str | None:
        """The rep's own code, on a team laptop that is not theirs (``None``: cancelled)."""
        dialog = AckCodeDialog(self.ctx.view.rep_name, self)
        if dialog.exec() != AckCodeDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def confirm_sign_off(self) -> bool:
        """Sign-off locks the report: say so and ask first (Cancel is the default)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Sign off and lock the report?"),
            self.tr(
                "Signing off locks the report: nothing in it can be changed afterwards. "
                "A later change needs a correction (a new revision) that the rep "
                "acknowledges again.\n\nSign off now?"
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmSignOff")
        lock = box.addButton(self.tr("Sign off and lock"), QMessageBox.ButtonRole.AcceptRole)
        lock.setObjectName("confirmSignOffLock")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is lock

    def _sign(self) -> None:
        self.ctx.saver.flush()
        if not self.confirm_sign_off():
            return
        if self.ctx.saver.run(lambda: so.sign_off(self.ctx.db, self.ctx.view.id)):
            self.ctx.reload()

    def progress(self) -> tuple[int, int]:
        v = self.ctx.view
        return int(v.rep_acknowledged_at is not None) + int(v.locked), 2

    def first_field(self) -> QWidget | None:
        return self.comments
