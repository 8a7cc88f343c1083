"""The rep's own contact record of a call's visit: shown, and linked or unlinked, on the call.

The co-visit writes no contact record: the record is the rep's account of the customer
visit, the coaching stays in the report. The call only points at the rep's record.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from fieldvisit.services.covisits import call_changes
from fieldvisit.ui.covisits.fields import StepContext, caption
from fieldvisit.ui.dates import datetime_text
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.widgets import hint_label, named


class RecordPicker(QWidget):
    def __init__(self, ctx: StepContext, call_id: uuid.UUID) -> None:
        super().__init__()
        self.ctx, self.call_id = ctx, call_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(caption(self.tr("The rep's contact record of this visit")))
        self.combo = named(
            QComboBox(), "callRecord", self.tr("The rep's contact record of this visit")
        )
        layout.addWidget(self.combo)
        self.hint = hint_label("")
        self.hint.setObjectName("callRecordHint")
        layout.addWidget(self.hint)
        self.combo.activated.connect(self._chosen)

    def load(self) -> None:
        choices = call_changes.record_choices(self.ctx.db, self.call_id)
        self.combo.clear()
        self.combo.addItem(self.tr("Not linked"), None)
        for choice in choices:
            self.combo.addItem(
                f"{datetime_text(choice.occurred_at)} · {enum_label(choice.method)}"
                f" · {enum_label(choice.status)}",
                str(choice.id),
            )
        linked = next((n for n, c in enumerate(choices, start=1) if c.linked), 0)
        self.combo.setCurrentIndex(linked)
        self.combo.setEnabled(self.ctx.editable and bool(choices))
        self.hint.setText(
            self.tr(
                "The contact record is the rep's own account of the visit; "
                "your coaching stays in this report."
            )
            if choices
            else self.tr(
                "The rep has no contact record of this account on this day yet. "
                "Your coaching stays in this report; link the rep's record here once written."
            )
        )

    def _chosen(self, index: int) -> None:
        data = self.combo.itemData(index)
        record_id = uuid.UUID(data) if data else None
        self.ctx.saver.run(lambda: call_changes.link_record(self.ctx.db, self.call_id, record_id))
