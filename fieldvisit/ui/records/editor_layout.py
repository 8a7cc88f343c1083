"""The record editor's sections in reading order, and moving a form in and out of them."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QObject, QSettings, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.enums import AdminObjective, ContactMethod, Purpose, SalesObjective
from fieldvisit.services.records import RecordChoices, RecordForm
from fieldvisit.services.records.forms import MAX_PLACE
from fieldvisit.storage.database import Database
from fieldvisit.ui.dates import pydate, qdate, styled
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.records.fields import CodeChecks, Collapsible, TickList, text_box
from fieldvisit.ui.records.promise_table import PromiseTable
from fieldvisit.ui.records.record_extras import MONEY_FIELDS, PhotoList, VisitCheckSection
from fieldvisit.ui.widgets import ERROR_COLOUR, error_label, heading_label, hint_label, named

MUST_WRITE_MARK = " *"


class EditorLayout(QObject):
    """Owns the widgets of one record editor; the window adds the buttons around them."""

    changed = Signal()

    def __init__(self, db: Database, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.account_heading = heading_label("", 1.4)
        self.account_heading.setObjectName("recordAccount")
        self.status_label = QLabel()
        self.status_label.setObjectName("recordStatus")
        self.header = QWidget()
        top = QVBoxLayout(self.header)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.account_heading)
        top.addWidget(self.status_label)

        self.error_banner = QLabel()
        self.error_banner.setObjectName("recordErrors")
        self.error_banner.setWordWrap(True)
        palette = self.error_banner.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
        self.error_banner.setPalette(palette)
        self.error_banner.setVisible(False)

        self.errors: dict[str, QLabel] = {}
        self.focus: dict[str, QWidget] = {}
        self.body = QWidget()
        self.body.setObjectName("recordBody")
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(4, 4, 12, 4)
        self.column.setSpacing(6)
        self._build_contact()
        self._build_people()
        self._build_objectives()
        self._build_talk()
        self._build_reflection()
        self._build_agreements()
        self._build_next()
        self.checks = VisitCheckSection()
        self.checks.changed.connect(self.changed)
        self.checks_box = Collapsible(
            self.tr("Store and account checks (optional)"), "visitChecks", self.checks
        )
        self.column.addWidget(self.checks_box)
        self._section(self.tr("Photos"))
        self.photos = PhotoList(db, settings)
        self.photos.changed.connect(self.changed)
        self.column.addWidget(self.photos)
        self.column.addStretch(1)

    # -- building ----------------------------------------------------------------------

    def _section(self, title: str, hint: str | None = None) -> None:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.column.addSpacing(8)
        self.column.addWidget(line)
        self.column.addWidget(heading_label(title, 1.15))
        if hint:
            self.column.addWidget(hint_label(hint))

    def _error(self, key: str, focus: QWidget) -> QLabel:
        label = error_label(f"error_{key}")
        self.errors[key] = label
        self.focus[key] = focus
        return label

    def _text(self, key: str, caption: str, lines: int = 3) -> QPlainTextEdit:
        box = text_box(key, caption.rstrip(":：*"), lines)
        box.textChanged.connect(self.changed)
        return box

    def _build_contact(self) -> None:
        self._section(self.tr("Contact"))
        form = QFormLayout()
        self.when = named(QDateTimeEdit(), "when", self.tr("Date and time"))
        styled(self.when)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setMinimumWidth(200)
        self.when.dateTimeChanged.connect(self.changed)
        self.method = named(QComboBox(), "method", self.tr("Method"))
        for method in ContactMethod:
            self.method.addItem(enum_label(method), method.value)
        self.method.currentIndexChanged.connect(self.changed)
        self.place = named(QLineEdit(), "place", self.tr("Place"))
        self.place.setMaxLength(MAX_PLACE)
        self.place.setPlaceholderText(self.tr("e.g. pharmacy department, 3rd floor"))
        self.place.textEdited.connect(self.changed)
        self.method.setMinimumWidth(200)
        form.addRow(self.tr("&When:"), _left(self.when))
        form.addRow(self.tr("&Method:"), _left(self.method))
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow("", self._error("place", self.place))
        self.column.addLayout(form)

    def _build_people(self) -> None:
        self._section(self.tr("Who took part"))
        row = QHBoxLayout()
        self.stakeholders = TickList("stakeholdersMet", self.tr("Stakeholders met"))
        self.stakeholders.itemChanged.connect(self.changed)
        self.participants = TickList("participants", self.tr("Our people"))
        self.participants.itemChanged.connect(self.changed)
        for caption, widget in (
            (self.tr("Stakeholders met:"), self.stakeholders),
            (self.tr("Our people:"), self.participants),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(caption))
            column.addWidget(widget)
            row.addLayout(column)
        self.column.addLayout(row)
        self.no_stakeholders = hint_label(
            self.tr("This account has no active stakeholders yet; add them on the customer card.")
        )
        self.column.addWidget(self.no_stakeholders)
        self.column.addWidget(self._error("stakeholders", self.stakeholders))

    def _build_objectives(self) -> None:
        self._section(
            self.tr("Objectives"),
            self.tr("Sales objectives win volume; administrative ones keep the business healthy."),
        )
        self.sales = CodeChecks(SalesObjective, "salesObjectives")
        self.admin = CodeChecks(AdminObjective, "adminObjectives")
        self.purposes = CodeChecks(Purpose, "purposes")
        for caption, widget in (
            (self.tr("Sales objectives:"), self.sales),
            (self.tr("Administrative objectives:"), self.admin),
            (self.tr("Purposes:"), self.purposes),
        ):
            widget.changed.connect(self.changed)
            self.column.addWidget(QLabel(caption))
            self.column.addWidget(widget)
        self.objective_notes = self._text("objectiveNotes", self.tr("Objective notes"), 2)
        self.column.addWidget(QLabel(self.tr("Notes on the objectives:")))
        self.column.addWidget(self.objective_notes)

    def _build_talk(self) -> None:
        self._section(self.tr("Content"), self.tr("What was said or done, in detail."))
        self.content = self._text("content", self.tr("Content"), 5)
        self.column.addWidget(self.content)

    def _build_reflection(self) -> None:
        self._section(
            self.tr("Reflection — must be written"),
            self.tr("A record is complete only when all three fields marked * are written."),
        )
        self.successes = self._text("successes", self.tr("Successes"))
        self.shortcomings = self._text("shortcomings", self.tr("Shortcomings"))
        self.lessons = self._text("lessons", self.tr("Lessons"))
        for key, caption, box in (
            ("successes", self.tr("Successes"), self.successes),
            ("shortcomings", self.tr("Shortcomings"), self.shortcomings),
            ("lessons", self.tr("Lessons"), self.lessons),
        ):
            label = QLabel(caption + MUST_WRITE_MARK)
            label.setObjectName(f"label_{key}")
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setBuddy(box)
            box.setAccessibleDescription(self.tr("Required to complete the record"))
            self.column.addWidget(label)
            self.column.addWidget(box)
            self.column.addWidget(self._error(key, box))

    def _build_agreements(self) -> None:
        self._section(
            self.tr("New agreements"),
            self.tr(
                "Each agreement becomes a promise tracked until it is kept. "
                "Promise carefully, deliver always."
            ),
        )
        self.promises = PromiseTable()
        self.promises.changed.connect(self.changed)
        self.legacy_agreements = hint_label("")
        self.legacy_agreements.setObjectName("legacyAgreements")
        self.column.addWidget(self.legacy_agreements)
        self.column.addWidget(self.promises)
        self.column.addWidget(self._error("promises", self.promises))

    def _build_next(self) -> None:
        self._section(self.tr("New plan"))
        self.next_steps = self._text("nextSteps", self.tr("Next steps"))
        self.has_next_visit = named(QCheckBox(self.tr("Next &visit on:")), "hasNextVisit")
        self.next_visit = named(QDateEdit(), "nextVisitOn", self.tr("Next visit date"))
        styled(self.next_visit)
        self.next_visit.setCalendarPopup(True)
        self.next_visit.setEnabled(False)
        self.has_next_visit.toggled.connect(self.next_visit.setEnabled)
        self.has_next_visit.toggled.connect(self.changed)
        self.next_visit.dateChanged.connect(self.changed)
        row = QHBoxLayout()
        row.addWidget(self.has_next_visit)
        row.addWidget(self.next_visit)
        row.addStretch(1)
        self.special_notes = self._text("specialNotes", self.tr("Special notes"), 2)
        self.other_notes = self._text("otherNotes", self.tr("Other"), 2)
        self.column.addWidget(QLabel(self.tr("Next steps:")))
        self.column.addWidget(self.next_steps)
        self.column.addLayout(row)
        self.column.addWidget(self._error("next_visit_on", self.next_visit))
        self.column.addWidget(QLabel(self.tr("Special notes:")))
        self.column.addWidget(self.special_notes)
        self.column.addWidget(QLabel(self.tr("Other:")))
        self.column.addWidget(self.other_notes)

    # -- data in and out ---------------------------------------------------------------

    def show_form(self, form: RecordForm, choices: RecordChoices) -> None:
        self.account_heading.setText(form.account_name)
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(form.when.timestamp())))
        self.method.setCurrentIndex(max(self.method.findData(form.method.value), 0))
        self.place.setText(form.place)
        people = [
            (s.id, " · ".join(p for p in (s.name, s.title, s.department) if p))
            for s in choices.stakeholders
        ]
        known = {s.id for s in choices.stakeholders}
        people += [
            (sid, self.tr("(former stakeholder)"))
            for sid in form.stakeholder_ids
            if sid not in known
        ]
        self.stakeholders.set_people(people, form.stakeholder_ids)
        self.no_stakeholders.setVisible(not people)
        self.participants.set_people(
            [(m.id, m.name) for m in choices.members], form.participant_ids
        )
        self.sales.set_codes(form.sales_objectives)
        self.admin.set_codes(form.admin_objectives)
        self.purposes.set_codes(form.purposes)
        self.objective_notes.setPlainText(form.objective_notes)
        self.content.setPlainText(form.content)
        self.successes.setPlainText(form.successes)
        self.shortcomings.setPlainText(form.shortcomings)
        self.lessons.setPlainText(form.lessons)
        self.promises.set_choices(
            choices.members, choices.stakeholders, form.author_id, form.when.date()
        )
        self.promises.set_promises(form.promises)
        legacy = form.new_agreements.strip()
        tracked = [p.description.strip() for p in form.promises]
        if legacy in tracked or legacy == "\n".join(tracked):
            legacy = ""  # the same words are already tracked as promises
        self.legacy_agreements.setText(
            self.tr("Agreements noted as text: {}").format(legacy) if legacy else ""
        )
        self.legacy_agreements.setVisible(bool(legacy))
        self.next_steps.setPlainText(form.next_steps)
        self.has_next_visit.setChecked(form.next_visit_on is not None)
        self.next_visit.setDate(qdate(form.next_visit_on or form.when.date()))
        self.special_notes.setPlainText(form.special_notes)
        self.other_notes.setPlainText(form.other_notes)
        self.checks.set_check(form.check)
        self.checks_box.set_open(form.check is not None)
        self.photos.set_photos(form.photos)

    def collect(self, base: RecordForm, *, strict: bool) -> RecordForm:
        """A new form from the widgets; ``strict`` parses amounts (raising on bad ones)."""
        when = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        try:
            check = self.checks.check()
        except Exception:
            if strict:
                raise
            check = base.check
        return dataclasses.replace(
            base,
            when=when.replace(second=0, microsecond=0),
            method=ContactMethod(self.method.currentData()),
            place=self.place.text().strip(),
            stakeholder_ids=self.stakeholders.ticked(),
            participant_ids=self.participants.ticked(),
            sales_objectives=self.sales.codes(),
            admin_objectives=self.admin.codes(),
            purposes=self.purposes.codes(),
            objective_notes=self.objective_notes.toPlainText().strip(),
            content=self.content.toPlainText().strip(),
            successes=self.successes.toPlainText().strip(),
            shortcomings=self.shortcomings.toPlainText().strip(),
            lessons=self.lessons.toPlainText().strip(),
            promises=self.promises.promises(),
            next_steps=self.next_steps.toPlainText().strip(),
            next_visit_on=(
                pydate(self.next_visit.date()) if self.has_next_visit.isChecked() else None
            ),
            special_notes=self.special_notes.toPlainText().strip(),
            other_notes=self.other_notes.toPlainText().strip(),
            check=check,
            photos=self.photos.current_photos(),
        )

    def money_fields(self) -> tuple[str, ...]:
        return MONEY_FIELDS

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)
        self.checks.show_money_error(None)
        self.error_banner.setVisible(False)

    def show_error(self, field: str, text: str) -> None:
        if field in MONEY_FIELDS:
            self.checks_box.set_open(True)
            self.checks.show_money_error(field)
            return
        label = self.errors.get(field)
        if label is None:
            return
        label.setText(text)
        label.setVisible(True)

    def focus_field(self, field: str) -> None:
        widget = self.focus.get(field)
        if widget is not None:
            widget.setFocus()


def _left(widget: QWidget) -> QWidget:
    """The widget at its natural width, not stretched across the form."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return holder
