"""Before: the last co-visit's action plan reviewed, and the day's development objectives."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from fieldvisit.domain.enums import ActionReview
from fieldvisit.services.covisits import history
from fieldvisit.services.covisits import session as sess
from fieldvisit.ui.covisits.autosave import set_text
from fieldvisit.ui.covisits.fields import StepContext, caption
from fieldvisit.ui.covisits.step_page import StepPage
from fieldvisit.ui.dates import date_text
from fieldvisit.ui.widgets import hint_label, named


class BeforePage(StepPage):
    def __init__(self, ctx: StepContext) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("BeforePage", "Before the calls"),
            QCoreApplication.translate(
                "BeforePage",
                "Review the last co-visit's action plan first, then agree the day's focus.",
            ),
        )
        self.previous = history.previous_covisit(ctx.db, ctx.view.id)
        self.body.addWidget(caption(self.tr("Last co-visit")))
        self.review_edits: list[QLineEdit] = []
        self.review_groups: list[QButtonGroup] = []
        if self.previous is None:
            self.body.addWidget(hint_label(self.tr("This is the first co-visit with this rep.")))
        else:
            self._previous_block()
        self.body.addWidget(caption(self.tr("Development objectives (one or two skills)")))
        self.body.addWidget(
            hint_label(
                self.tr(
                    "Which skill is the rep building today? "
                    "Keep it apart from the visit objectives."
                )
            )
        )
        self.objectives = []
        for n in (1, 2):
            edit = named(QLineEdit(), f"devObjective{n}", self.tr("Development objective"))
            edit.setPlaceholderText(self.tr("Development objective {n}").replace("{n}", str(n)))
            ctx.saver.bind_text(edit, lambda _t: self._save_objectives())
            self.body.addWidget(edit)
            self.objectives.append(edit)
        self.suggest = named(QComboBox(), "devSuggestion", self.tr("Suggestions"))
        self.suggest.addItem(self.tr("Use a suggestion…"), None)
        for text in ctx.template.development_objectives:
            self.suggest.addItem(text.get(ctx.lang), text.get(ctx.lang))
        self.suggest.activated.connect(self._use_suggestion)
        self.body.addWidget(self.suggest)
        self.finish()

    def _previous_block(self) -> None:
        prev = self.previous
        assert prev is not None
        day = date_text(prev.first_day)
        self.body.addWidget(
            QLabel(self.tr("{day}, with {manager}").format(day=day, manager=prev.manager_name))
        )
        if prev.development_objectives:
            self.body.addWidget(
                hint_label(
                    self.tr("Development objectives: {list}").format(
                        list="; ".join(prev.development_objectives)
                    )
                )
            )
        if prev.ratings:
            parts = [
                f"{self.ctx.template.standard_label(r.standard, self.ctx.lang)} {r.score}"
                for r in prev.ratings
            ]
            self.body.addWidget(
                hint_label(self.tr("Ratings: {list}").format(list=" · ".join(parts)))
            )
        self._review_block()

    def _review_block(self) -> None:
        """Last time's actions (and older ones still open): done, not done (stays open and
        comes back next time) or dropped, each with a note."""
        review = self.ctx.view.review
        grid = QGridLayout()
        self.body.addLayout(grid)
        if not review:
            self.body.addWidget(hint_label(self.tr("No open action to review.")))
        for row, action in enumerate(review):
            due = date_text(action.due_on) if action.due_on else ""
            text = QLabel(f"{row + 1}. {action.description}  ({action.owner_name or ''} {due})")
            text.setWordWrap(True)
            grid.addWidget(text, row * 2, 0, 1, 4)
            group = QButtonGroup(self)  # each row's choices are exclusive on their own
            buttons = {}
            for col, (outcome, caption_text, name) in enumerate(
                (
                    (ActionReview.DONE, self.tr("Done"), "prevDone"),
                    (ActionReview.NOT_DONE, self.tr("Not done (keep open)"), "prevNotDone"),
                    (ActionReview.DROPPED, self.tr("Drop"), "prevDrop"),
                )
            ):
                button = named(QRadioButton(caption_text), f"{name}{row}", caption_text)
                group.addButton(button)
                grid.addWidget(button, row * 2 + 1, col)
                buttons[outcome] = button
            chosen = action.review_in(self.ctx.view.id)
            if chosen is not None:
                buttons[chosen].setChecked(True)
            note = named(
                QLineEdit(action.review_note or ""), f"prevNote{row}", self.tr("Review note")
            )
            note.setPlaceholderText(self.tr("Review note"))
            grid.addWidget(note, row * 2 + 1, 3)
            save = self._review(action.id, buttons, note)
            for button in buttons.values():
                button.toggled.connect(lambda on, s=save: on and self.ctx.saver.run(s))
            self.ctx.saver.bind_text(note, _ignore_text(save))
            self.review_edits.append(note)
            self.review_groups.append(group)
        grid.setColumnStretch(3, 1)

    def _review(
        self,
        action_id: uuid.UUID,
        buttons: dict[ActionReview, QRadioButton],
        note: QLineEdit,
    ) -> Callable[[], None]:
        def save() -> None:
            chosen = next((o for o, b in buttons.items() if b.isChecked()), None)
            history.review_action(self.ctx.db, self.ctx.view.id, action_id, chosen, note.text())

        return save

    def _save_objectives(self) -> None:
        sess.set_development_objectives(
            self.ctx.db, self.ctx.view.id, [e.text() for e in self.objectives]
        )

    def _use_suggestion(self, index: int) -> None:
        text = self.suggest.itemData(index)
        self.suggest.setCurrentIndex(0)
        if not text:
            return
        target = next((e for e in self.objectives if not e.text().strip()), self.objectives[-1])
        target.setText(str(text))
        self.ctx.saver.flush()

    def load(self) -> None:
        values = [*self.ctx.view.development_objectives, "", ""]
        for edit, value in zip(self.objectives, values, strict=False):
            set_text(edit, value)
            edit.setReadOnly(not self.ctx.editable)
        self.suggest.setEnabled(self.ctx.editable)
        # Read-only means read-only: a signed report or an old revision changes nothing.
        for note in self.review_edits:
            note.setReadOnly(not self.ctx.editable)
        for group in self.review_groups:
            for button in group.buttons():
                button.setEnabled(self.ctx.editable)

    def progress(self) -> tuple[int, int]:
        return (1 if self.ctx.view.development_objectives else 0), 1

    def first_field(self) -> QWidget | None:
        return self.objectives[0]


def _ignore_text(save: Callable[[], None]) -> Callable[[str | None], None]:
    def call(_text: str | None) -> None:
        save()

    return call
