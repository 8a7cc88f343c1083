"""Call part 2: the eight observed call steps, with prompts for the call's type."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from fieldvisit.services.covisits import calls as call_service
from fieldvisit.services.covisits.views import CallView
from fieldvisit.ui.covisits.autosave import set_text
from fieldvisit.ui.covisits.call_plan import roles_box
from fieldvisit.ui.covisits.fields import RatingButtons, StepContext, caption
from fieldvisit.ui.covisits.step_page import StepPage
from fieldvisit.ui.widgets import hint_label, named


class ObservationPage(StepPage):
    def __init__(self, ctx: StepContext, call_id: uuid.UUID) -> None:
        self.call_id = call_id
        call = ctx.view.call(call_id)
        info = ctx.template.type_info(call.call_type)
        super().__init__(
            ctx,
            QCoreApplication.translate(
                "ObservationPage", "Call {n} · {account} — Observation"
            ).format(n=call.seq, account=call.account_name),
            QCoreApplication.translate(
                "ObservationPage",
                "{type}: rate each step 1–5 if you can, and note what you saw.",
            ).format(type=info.name.get(ctx.lang)),
        )
        self.body.addWidget(roles_box(ctx, call.call_type))
        self.ratings: dict[str, RatingButtons] = {}
        self.notes: dict[str, QLineEdit] = {}
        for step in ctx.template.steps:
            label = step.label.get(ctx.lang)
            self.body.addWidget(caption(label))
            self.body.addWidget(hint_label(step.prompt(call.call_type).get(ctx.lang)))
            rating = RatingButtons(f"rating_{step.key}", label)
            rating.chosen.connect(lambda value, key=step.key: self._rate(key, value))
            self.body.addWidget(rating)
            note = named(QLineEdit(), f"note_{step.key}", label)
            note.setPlaceholderText(
                QCoreApplication.translate("ObservationPage", "What you saw (specific behaviour)")
            )
            ctx.saver.bind_text(note, self._note_saver(step.key))
            self.body.addWidget(note)
            self.ratings[step.key], self.notes[step.key] = rating, note
        self.finish()

    def call(self) -> CallView:
        return self.ctx.view.call(self.call_id)

    def load(self) -> None:
        call = self.call()
        for key, rating in self.ratings.items():
            obs = call.observation(key)
            rating.set_value(obs.rating)
            rating.setEnabled(self.ctx.editable)
            set_text(self.notes[key], obs.note)
            self.notes[key].setReadOnly(not self.ctx.editable)

    def _rate(self, key: str, value: object) -> None:
        rating = value if isinstance(value, int) else None
        note = self.notes[key].text()
        self.ctx.saver.run(
            lambda: call_service.set_observation(self.ctx.db, self.call_id, key, rating, note)
        )

    def _note_saver(self, key: str) -> Callable[[str | None], None]:
        def save(text: str | None) -> None:
            rating = self.ratings[key].value()
            call_service.set_observation(self.ctx.db, self.call_id, key, rating, text)

        return save

    def progress(self) -> tuple[int, int]:
        call = self.call()
        done = sum(
            1 for key in self.ratings if call.observation(key).rating or call.observation(key).note
        )
        return done, len(self.ratings)

    def first_field(self) -> QWidget | None:
        return self.notes[self.ctx.template.steps[0].key]
