"""Start a co-visit: the rep and the days (one full day at least, two recommended)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from fieldvisit.domain.enums import MemberRole
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.covisits import session as sess
from fieldvisit.services.covisits.views import CoVisitView
from fieldvisit.services.team import current_user, list_team
from fieldvisit.storage.database import Database
from fieldvisit.ui.covisits.fields import pydate
from fieldvisit.ui.qt_clock import qdate_today
from fieldvisit.ui.widgets import error_label, hint_label, named


class StartCoVisitDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startCoVisitDialog")
        self.setWindowTitle(self.tr("Start a co-visit"))
        self.db = db
        self.started: CoVisitView | None = None
        me = current_user(db)
        self.rep = named(QComboBox(), "coVisitRep", self.tr("Rep"))
        reps = [m for m in list_team(db) if m.role is MemberRole.REP and m.active]
        reps.sort(key=lambda m: (me is None or m.manager_id != me.id, m.name))
        for m in reps:
            self.rep.addItem(m.name + (f" · {m.territory}" if m.territory else ""), m.id)
        today = qdate_today()
        self.first = named(QDateEdit(today), "coVisitFirstDay", self.tr("First day"))
        self.last = named(QDateEdit(today), "coVisitLastDay", self.tr("Last day"))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._check_days)
        self.hint = hint_label(
            self.tr("A co-visit lasts at least one full day; two consecutive days are recommended.")
        )
        self.error = error_label("startCoVisitError")
        form = QFormLayout(self)
        form.addRow(self.tr("Rep"), self.rep)
        form.addRow(self.tr("First day"), self.first)
        form.addRow(self.tr("Last day"), self.last)
        form.addRow(self.hint)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = named(buttons.button(QDialogButtonBox.StandardButton.Ok), "startCoVisitOk")
        self.ok.setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check_days(self) -> None:
        if self.last.date() < self.first.date():
            self.last.setDate(self.first.date())
        days = self.first.date().daysTo(self.last.date()) + 1
        if days > sess.RECOMMENDED_DAYS:
            self.hint.setText(
                self.tr(
                    "{n} days: longer than the recommended one or two consecutive days."
                ).format(n=days)
            )
        else:
            self.hint.setText(
                self.tr(
                    "A co-visit lasts at least one full day; two consecutive days are recommended."
                )
            )

    def accept(self) -> None:
        if self.rep.currentData() is None:
            self.error.setText(self.tr("Add the rep to the team first."))
            self.error.setVisible(True)
            return
        try:
            self.started = sess.start_covisit(
                self.db,
                self.rep.currentData(),
                pydate(self.first.date()),
                pydate(self.last.date()),
            )
        except FieldVisitError as error:
            self.error.setText(error.detail)
            self.error.setVisible(True)
            return
        super().accept()
