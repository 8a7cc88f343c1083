"""End of day: strengths, development areas, ratings on the standards, action plan, the
Big Question."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from fieldvisit.services.covisits import session as sess
from fieldvisit.services.covisits import signoff as so
from fieldvisit.ui.covisits import call_undo
from fieldvisit.ui.covisits.autosave import set_text
from fieldvisit.ui.covisits.fields import (
    RatingButtons,
    StepContext,
    caption,
    clear_layout,
    text_box,
)
from fieldvisit.ui.covisits.step_page import StepPage
from fieldvisit.ui.dates import date_text, pydate, qdate
from fieldvisit.ui.widgets import hint_label, named


class EndOfDayPage(StepPage):
    def __init__(self, ctx: StepContext) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("EndOfDayPage", "End of day"),
            QCoreApplication.translate(
                "EndOfDayPage", "Sum up the day with the rep, the same day."
            ),
        )
        t = ctx.template
        self.boxes: dict[str, QPlainTextEdit] = {}
        for field, label in (
            ("strengths", QCoreApplication.translate("EndOfDayPage", "Strengths")),
            ("development_areas", QCoreApplication.translate("EndOfDayPage", "Development areas")),
        ):
            self.body.addWidget(caption(label))
            box = text_box(field, label, t.end_of_day[field].get(ctx.lang))
            ctx.saver.bind_text(box, self._day_saver(field))
            self.body.addWidget(box)
            self.boxes[field] = box
        self.body.addWidget(
            caption(
                QCoreApplication.translate("EndOfDayPage", "Ratings against the standards (1–5)")
            )
        )
        grid = QGridLayout()
        self.ratings: dict[str, RatingButtons] = {}
        self.meanings: dict[str, QLabel] = {}
        for row, std in enumerate(t.standards):
            name = QLabel(std.label.get(ctx.lang))
            name.setToolTip(std.focus.get(ctx.lang))
            grid.addWidget(name, row, 0)
            buttons = RatingButtons(f"standard_{std.key}", std.label.get(ctx.lang))
            buttons.chosen.connect(lambda v, k=std.key: self._rate(k, v))
            grid.addWidget(buttons, row, 1)
            meaning = hint_label(std.focus.get(ctx.lang))
            meaning.setObjectName(f"meaning_{std.key}")
            grid.addWidget(meaning, row, 2)
            self.ratings[std.key], self.meanings[std.key] = buttons, meaning
        grid.setColumnStretch(2, 1)
        self.body.addLayout(grid)
        self.body.addWidget(
            caption(
                QCoreApplication.translate(
                    "EndOfDayPage", "Action plan (reviewed at the next co-visit)"
                )
            )
        )
        self.actions_grid = QGridLayout()
        self.body.addLayout(self.actions_grid)
        add_row = QHBoxLayout()
        self.new_action = named(
            QLineEdit(), "newAction", QCoreApplication.translate("EndOfDayPage", "New action")
        )
        self.new_action.setPlaceholderText(
            QCoreApplication.translate("EndOfDayPage", "What will be done?")
        )
        self.new_owner = named(
            QComboBox(), "newActionOwner", QCoreApplication.translate("EndOfDayPage", "Owner")
        )
        self.new_due = named(
            QDateEdit(), "newActionDue", QCoreApplication.translate("EndOfDayPage", "Due")
        )
        self.new_due.setCalendarPopup(True)
        self.add_action = named(
            QPushButton(QCoreApplication.translate("EndOfDayPage", "Add action")), "addAction"
        )
        self.add_action.clicked.connect(self._add_action)
        self.new_action.returnPressed.connect(self._add_action)
        for w in (self.new_action, self.new_owner, self.new_due, self.add_action):
            add_row.addWidget(w, 3 if w is self.new_action else 0)
        self.body.addLayout(add_row)
        self.body.addWidget(caption(t.big_question.get(ctx.lang)))
        yes_no = QHBoxLayout()
        self.bq = QButtonGroup(self)
        self.bq_yes = named(
            QRadioButton(QCoreApplication.translate("EndOfDayPage", "Yes")), "bigQuestionYes"
        )
        self.bq_no = named(
            QRadioButton(QCoreApplication.translate("EndOfDayPage", "No")), "bigQuestionNo"
        )
        self.bq.addButton(self.bq_yes, 1)
        self.bq.addButton(self.bq_no, 0)
        self.bq.idClicked.connect(self._answer)
        yes_no.addWidget(self.bq_yes)
        yes_no.addWidget(self.bq_no)
        yes_no.addStretch(1)
        self.body.addLayout(yes_no)
        self.why = text_box(
            "bigQuestionWhy",
            QCoreApplication.translate("EndOfDayPage", "Why"),
            t.big_question_why.get(ctx.lang),
        )
        ctx.saver.bind_text(self.why, self._day_saver("big_question_why"))
        self.body.addWidget(self.why)
        comment_label = QCoreApplication.translate("EndOfDayPage", "Manager's comment")
        self.body.addWidget(caption(comment_label))
        self.manager_comments = text_box(
            "managerComments",
            comment_label,
            QCoreApplication.translate(
                "EndOfDayPage", "Your overall comment on the day, printed on the handout"
            ),
        )
        ctx.saver.bind_text(self.manager_comments, self._day_saver("manager_comments"))
        self.body.addWidget(self.manager_comments)
        self.finish()

    def _day_saver(self, field: str):  # type: ignore[no-untyped-def]
        def save(text: str | None) -> None:
            sess.set_covisit_field(self.ctx.db, self.ctx.view.id, field, text)

        return save

    def _rate(self, key: str, value: object) -> None:
        score = value if isinstance(value, int) else None
        if self.ctx.saver.run(
            lambda: so.set_rating(self.ctx.db, self.ctx.view.id, key, score, None)
        ):
            self._show_meaning(key, score)

    def _show_meaning(self, key: str, score: int | None) -> None:
        t = self.ctx.template
        std = t.standard(key)
        assert std is not None
        text = t.level_meaning(key, score, self.ctx.lang) if score else std.focus.get(self.ctx.lang)
        self.meanings[key].setText(f"{score} — {text}" if score else text)

    def _answer(self, value: int) -> None:
        self.ctx.saver.run(
            lambda: sess.set_covisit_field(
                self.ctx.db, self.ctx.view.id, "big_question_yes", bool(value)
            )
        )

    def _add_action(self) -> None:
        text = self.new_action.text()
        owner = self.new_owner.currentData()
        due = pydate(self.new_due.date())
        if self.ctx.saver.run(
            lambda: so.add_action(self.ctx.db, self.ctx.view.id, text, owner, due)
        ):
            self.new_action.clear()
            self.ctx.reload()

    def _remove_action(self, action_id: uuid.UUID) -> None:
        """Asks first, and Ctrl+Z (or the window's Undo) brings the action back."""
        action = next((a for a in self.ctx.view.actions if a.id == action_id), None)
        if action is None:
            return
        if not call_undo.confirm(
            self,
            "removeActionConfirm",
            self.tr("Remove action"),
            self.tr("Remove action {n} from the action plan?").format(n=action.seq),
            action.description,
        ):
            return
        db = self.ctx.db
        call_undo.apply(
            self.ctx,
            self.tr("Remove action {n}").format(n=action.seq),
            lambda: so.remove_action(db, action_id),
            lambda: so.restore_action(db, action_id),
        )

    def load(self) -> None:
        view, editable = self.ctx.view, self.ctx.editable
        for field, box in self.boxes.items():
            set_text(box, getattr(view, field))
            box.setReadOnly(not editable)
        for key, buttons in self.ratings.items():
            rating = view.rating(key)
            buttons.set_value(rating.score if rating else None)
            buttons.setEnabled(editable)
            self._show_meaning(key, rating.score if rating else None)
        self.bq_yes.setChecked(view.big_question_yes is True)
        self.bq_no.setChecked(view.big_question_yes is False)
        self.bq_yes.setEnabled(editable)
        self.bq_no.setEnabled(editable)
        set_text(self.why, view.big_question_why)
        self.why.setReadOnly(not editable)
        set_text(self.manager_comments, view.manager_comments)
        self.manager_comments.setReadOnly(not editable)
        self.new_owner.clear()
        self.new_owner.addItem(self.tr("Rep: {name}").format(name=view.rep_name), view.rep_id)
        self.new_owner.addItem(
            self.tr("Manager: {name}").format(name=view.manager_name), view.manager_id
        )
        if self.new_due.date() <= qdate(view.last_day):
            self.new_due.setDate(qdate(view.last_day).addDays(14))
        for w in (self.new_action, self.new_owner, self.new_due, self.add_action):
            w.setVisible(editable)
        clear_layout(self.actions_grid)
        for row, action in enumerate(view.actions):
            due = date_text(action.due_on) if action.due_on else ""
            label = QLabel(f"{action.seq}. {action.description} — {action.owner_name or ''} {due}")
            label.setWordWrap(True)
            self.actions_grid.addWidget(label, row, 0)
            remove = named(QPushButton(self.tr("Remove")), f"removeAction{row}")
            remove.setEnabled(editable)
            remove.setVisible(editable)  # the rep reads the action plan; the manager edits it
            remove.clicked.connect(lambda _=False, a=action.id: self._remove_action(a))
            self.actions_grid.addWidget(remove, row, 1)
        self.actions_grid.setColumnStretch(0, 1)

    def progress(self) -> tuple[int, int]:
        v = self.ctx.view
        filled = [
            bool(v.strengths),
            bool(v.development_areas),
            len(v.ratings) >= len(self.ratings),
            bool(v.actions),
            v.big_question_yes is not None and bool(v.big_question_why),
        ]
        return sum(filled), len(filled)

    def first_field(self) -> QWidget | None:
        return self.boxes["strengths"]
