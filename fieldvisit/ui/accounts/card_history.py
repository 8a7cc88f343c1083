"""Tables of the card's per-period rows, with the buttons that add and remove rows.

Gradings and price changes are history: a saved row keeps its period or date and
cannot be removed here; "Add period" / "Add price" start a new row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit import clock
from fieldvisit.domain.card_rules import yuan_text
from fieldvisit.domain.enums import BuyingStage, Grade, PeriodKind
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.accounts.card_data import (
    AccountCard,
    ComplaintRow,
    ContributionRow,
    GradeRow,
    PlanRow,
    PriceRow,
    ProjectRow,
)
from fieldvisit.services.reporting.lookup import period_bounds
from fieldvisit.ui.accounts.card_tables import Column, RowTable, collect_rows
from fieldvisit.ui.widgets import hint_label, named


class TableSection(QGroupBox):
    """A titled table with Add and Remove buttons."""

    def __init__(
        self,
        title: str,
        table: RowTable,
        add_text: str,
        new_row: Callable[[], dict[str, Any]],
        history: bool,
        hint: str = "",
    ) -> None:
        super().__init__(title)
        self.setObjectName(f"{table.key}Section")
        self.table = table
        self.history = history
        self._new_row = new_row
        self.add_button = named(QPushButton(add_text), f"{table.key}Add")
        self.remove_button = named(QPushButton(self.tr("Remove row")), f"{table.key}Remove")
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        if hint:
            layout.addWidget(hint_label(hint))
        layout.addWidget(table)
        layout.addLayout(buttons)

    @Slot()
    def add(self) -> None:
        row = self.table.add_row(self._new_row())
        self.table.edited.emit()
        self.table.setFocus()
        self.table.setCurrentCell(row, 0)

    @Slot()
    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        if self.history and self.table.row_id(row) is not None:
            QMessageBox.information(
                self,
                self.tr("History is kept"),
                self.tr(
                    "Saved gradings and price changes stay as history. Correct the values "
                    "in the row, or add a row for a new period."
                ),
            )
            return
        self.table.remove_current()


def _next_start(table: RowTable, kind_key: str, start_key: str) -> dict[str, Any]:
    """A new row for the period after the latest one, or for the current quarter."""
    kind = PeriodKind.QUARTER
    start = period_bounds(kind, clock.today())[0]
    if table.rowCount():
        last = table.rowCount() - 1
        raw_kind, raw_start = table.raw(last, kind_key), table.raw(last, start_key)
        if raw_kind and raw_start:
            kind = PeriodKind(raw_kind)
            end = period_bounds(kind, date.fromisoformat(raw_start))[1]
            start = date.fromordinal(end.toordinal() + 1)
    return {kind_key: kind, start_key: start}


class HistoryTab(QWidget):
    """Relationship grading, retail prices and contributions per period."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("historyTab")
        score = "score"
        self.grades = RowTable(
            "grades",
            [
                Column("period_kind", self.tr("Period"), "enum", PeriodKind, True, False),
                Column("period_start", self.tr("Starting"), "date", None, True, False),
                Column("familiarity", self.tr("Familiarity"), score),
                Column("closeness", self.tr("Closeness"), score),
                Column("sales_support", self.tr("Sales support"), score),
                Column("complaint_occurrence", self.tr("Complaints"), score),
                Column("receivables", self.tr("Receivables"), score),
                Column("integrated_class", self.tr("Integrated class"), "enum", Grade),
            ],
            self.tr("Relationship grading"),
        )
        self.prices = RowTable(
            "prices",
            [
                Column("product", self.tr("Product"), "text", None, True, width=220),
                Column("effective_on", self.tr("From"), "date", None, True, False),
                Column("price_cents", self.tr("Retail price (yuan)"), "money"),
                Column("note", self.tr("Note"), "long"),
            ],
            self.tr("Retail price changes"),
        )
        self.contributions = RowTable(
            "contributions",
            [
                Column("period_kind", self.tr("Period"), "enum", PeriodKind, empty=False),
                Column("period_start", self.tr("Starting"), "date", empty=False),
                Column("volume_units", self.tr("Volume (units)"), "count"),
                Column("revenue_cents", self.tr("Revenue (yuan)"), "money"),
                Column("collections_cents", self.tr("Collections (yuan)"), "money"),
                Column("receivables_cents", self.tr("Receivables (yuan)"), "money"),
            ],
            self.tr("Contribution per period"),
        )
        sections = [
            TableSection(
                self.tr("Relationship grading per quarter / year"),
                self.grades,
                self.tr("Add period"),
                lambda: _next_start(self.grades, "period_kind", "period_start"),
                True,
                self.tr(
                    "Score each dimension 1 (low) to 5 (high); complaints and receivables: "
                    "5 = hardly any. The integrated class of a year weighs results, "
                    "relationship and credit."
                ),
            ),
            TableSection(
                self.tr("Retail price changes"),
                self.prices,
                self.tr("Add price"),
                lambda: {"effective_on": clock.today()},
                True,
            ),
            TableSection(
                self.tr("Contribution per period"),
                self.contributions,
                self.tr("Add period"),
                lambda: _next_start(self.contributions, "period_kind", "period_start"),
                False,
            ),
        ]
        layout = QVBoxLayout(self)
        for section in sections:
            layout.addWidget(section)
            section.table.edited.connect(self.edited)
        self.tables = {t.key: t for t in (self.grades, self.prices, self.contributions)}

    def load(self, card: AccountCard) -> None:
        self.grades.set_rows([(_values(g), g.id) for g in card.grades])
        self.prices.set_rows(
            [(dict(_values(p), price_cents=yuan_text(p.price_cents)), p.id) for p in card.prices]
        )
        self.contributions.set_rows([(_money(_values(c)), c.id) for c in card.contributions])

    def collect(self, errors: list[ValidationError]) -> dict[str, tuple[Any, ...]]:
        return {
            "grades": collect_rows(self.grades, GradeRow, errors),
            "prices": collect_rows(self.prices, PriceRow, errors),
            "contributions": collect_rows(self.contributions, ContributionRow, errors),
        }


class ListsTab(QWidget):
    """Complaints and how they were handled, buying projects, key-account plans."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("listsTab")
        self.complaints = RowTable(
            "complaints",
            [
                Column("received_on", self.tr("Received"), "date", empty=False),
                Column("description", self.tr("Complaint"), "long"),
                Column("handling", self.tr("How it was handled"), "long"),
                Column("resolved_on", self.tr("Resolved"), "date"),
            ],
            self.tr("Complaints"),
        )
        self.projects = RowTable(
            "projects",
            [
                Column("name", self.tr("Project"), "text", width=220),
                Column("stage", self.tr("Buying stage"), "enum", BuyingStage, empty=False),
                Column("started_on", self.tr("Started"), "date"),
                Column("notes", self.tr("Notes"), "long"),
            ],
            self.tr("Buying projects"),
        )
        self.plans = RowTable(
            "plans",
            [
                Column("period_start", self.tr("From"), "date", empty=False),
                Column("period_end", self.tr("To"), "date", empty=False),
                Column("analysis", self.tr("Analysis"), "long"),
                Column("goals", self.tr("Goals"), "long"),
                Column("resources", self.tr("Resources"), "long"),
                Column("communication_strategy", self.tr("Communication strategy"), "long"),
                Column("review", self.tr("Review and adjustment"), "long"),
            ],
            self.tr("Key-account plans"),
        )
        today = clock.today()
        sections = [
            TableSection(
                self.tr("Complaints and handling"),
                self.complaints,
                self.tr("Add complaint"),
                lambda: {"received_on": today},
                False,
            ),
            TableSection(
                self.tr("Buying projects and stage"),
                self.projects,
                self.tr("Add project"),
                lambda: {"stage": BuyingStage.NEED_DISCOVERED, "started_on": today},
                False,
                self.tr("Early stages: the customer cares about needs; late stages: about price."),
            ),
            TableSection(
                self.tr("Key-account plans (大客户发展计划书)"),
                self.plans,
                self.tr("Add plan"),
                lambda: {
                    "period_start": date(today.year, 1, 1),
                    "period_end": date(today.year, 12, 31),
                },
                False,
                self.tr(
                    "Diagnose → forecast → goal → strategy → action → control → feedback. "
                    "Adjust the plan when the customer's organisation changes."
                ),
            ),
        ]
        layout = QVBoxLayout(self)
        for section in sections:
            layout.addWidget(section)
            section.table.edited.connect(self.edited)
        self.tables = {t.key: t for t in (self.complaints, self.projects, self.plans)}

    def load(self, card: AccountCard) -> None:
        self.complaints.set_rows([(_values(c), c.id) for c in card.complaints])
        self.projects.set_rows([(_values(p), p.id) for p in card.projects])
        self.plans.set_rows([(_values(p), p.id) for p in card.plans])

    def collect(self, errors: list[ValidationError]) -> dict[str, tuple[Any, ...]]:
        return {
            "complaints": collect_rows(self.complaints, ComplaintRow, errors),
            "projects": collect_rows(self.projects, ProjectRow, errors),
            "plans": collect_rows(self.plans, PlanRow, errors),
        }


def _values(row: Any) -> dict[str, Any]:
    return {name: getattr(row, name) for name in row.__dataclass_fields__ if name != "id"}


def _money(values: dict[str, Any]) -> dict[str, Any]:
    return {k: yuan_text(v) if k.endswith("_cents") else v for k, v in values.items()}
