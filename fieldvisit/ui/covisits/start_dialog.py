"""Start a co-visit: the rep and the days (one full day at least, two recommended)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QWidget,
)

from fieldvisit.clock import today as local_today
from fieldvisit.domain.enums import MemberRole
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.services.covisits import history
from fieldvisit.services.covisits import session as sess
from fieldvisit.services.covisits.views import CoVisitView
from fieldvisit.services.team import current_user, list_team
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import date_text, pydate, qdate
from fieldvisit.ui.widgets import error_label, hint_label, named


class StartCoVisitDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startCoVisitDialog")
        self.setWindowTitle(self.tr("Start a co-visit"))
        self.db = db
        self.started: CoVisitView | None = None
        self.open_instead: uuid.UUID | None = None
        """An unsigned earlier report the manager chose to open instead of starting."""
        me = current_user(db)
        self.rep = named(QComboBox(), "coVisitRep", self.tr("Rep"))
        reps = [m for m in list_team(db) if m.role is MemberRole.REP and m.active]
        reps.sort(key=lambda m: (me is None or m.manager_id != me.id, m.name))
        for m in reps:
            self.rep.addItem(m.name + (f" · {m.territory}" if m.territory else ""), m.id)
        today = qdate(local_today())
        self.first = named(QDateEdit(today), "coVisitFirstDay", self.tr("First day"))
        self.last = named(QDateEdit(today), "coVisitLastDay", self.tr("Last day"))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._check_days)
        self.hint = hint_label(
            self.tr("A co-visit lasts at least one full day; two consecutive days are recommended.")
        )
        self.error = error_label("startCoVisitError")
        self.unsigned_warning = error_label("unsignedCoVisitWarning")
        self.open_unsigned = named(QPushButton(self.tr("Open that report")), "openUnsignedCoVisit")
        self.open_unsigned.setVisible(False)
        self.open_unsigned.clicked.connect(self._open_unsigned)
        self.unsigned: CoVisitView | None = None
        self.rep.currentIndexChanged.connect(self._check_unsigned)
        form = QFormLayout(self)
        form.addRow(self.tr("Rep"), self.rep)
        form.addRow(self.tr("First day"), self.first)
        form.addRow(self.tr("Last day"), self.last)
        form.addRow(self.hint)
        form.addRow(self.unsigned_warning)
        form.addRow(self.open_unsigned)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = named(buttons.button(QDialogButtonBox.StandardButton.Ok), "startCoVisitOk")
        self.ok.setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._check_unsigned()

    def _check_unsigned(self) -> None:
        """Warn when the rep's previous report is not signed off (and say if it is late):
        the manager may go on, or open that report instead."""
        rep_id = self.rep.currentData()
        pending = history.unsigned_covisits_of(self.db, rep_id) if rep_id is not None else []
        self.unsigned = pending[0] if pending else None
        if self.unsigned is None:
            self.unsigned_warning.setVisible(False)
            self.open_unsigned.setVisible(False)
            return
        days = date_text(self.unsigned.first_day)
        if self.unsigned.late:
            text = self.tr(
                "The report of the co-visit of {day} with this rep is late: it is not signed "
                "off. You can still start a new co-visit, or open that report first."
            )
        else:
            text = self.tr(
                "The report of the co-visit of {day} with this rep is not signed off yet. "
                "You can still start a new co-visit, or open that report first."
            )
        self.unsigned_warning.setText(text.format(day=days))
        self.unsigned_warning.setVisible(True)
        self.open_unsigned.setVisible(True)

    def _open_unsigned(self) -> None:
        if self.unsigned is not None:
            self.open_instead = self.unsigned.id
            super().accept()

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
