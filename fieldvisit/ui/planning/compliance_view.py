"""The compliance tab: per-rep totals, a chart of the month, and planned/done per account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.services.planning.compliance import AccountCompliance, RepCompliance
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.planning.calendar_view import TIER_COLOURS, tier_icon
from fieldvisit.ui.planning.chart import ComplianceChart
from fieldvisit.ui.widgets import ERROR_COLOUR, hint_label, named

OK_COLOUR = QColor("#2e7d32")


def _cell(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = named(QTableWidget(0, len(headers)), name, accessible)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class ComplianceView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complianceView")
        self.reps: list[RepCompliance] = []
        self.current: RepCompliance | None = None

        self.team_table = _table(
            "teamTotals",
            self.tr("Totals per rep"),
            [
                self.tr("Rep"),
                self.tr("Plan"),
                self.tr("Visits"),
                self.tr("Calls"),
                self.tr("Overdue"),
            ],
        )
        self.team_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary = named(QLabel(), "complianceSummary", self.tr("Totals"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grouping = named(QComboBox(), "chartGrouping", self.tr("Chart by"))
        self.grouping.addItem(self.tr("By week"), "week")
        self.grouping.addItem(self.tr("By tier"), "tier")
        self.grouping.currentIndexChanged.connect(self._draw_chart)
        self.chart = ComplianceChart()
        self.accounts_table = _table(
            "complianceAccounts",
            self.tr("Planned and done per account"),
            [
                self.tr("Tier"),
                self.tr("Account"),
                self.tr("On-site planned"),
                self.tr("On-site done"),
                self.tr("On-site required"),
                self.tr("Phone planned"),
                self.tr("Phone done"),
                self.tr("Phone required"),
                self.tr("Last contact"),
                self.tr("Overdue"),
            ],
        )
        self.accounts_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.empty = hint_label(self.tr("No accounts to plan for this month."))
        self.empty.setObjectName("complianceEmpty")

        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        by = QLabel(self.tr("C&hart:"))
        by.setBuddy(self.grouping)
        row.addWidget(by)
        row.addWidget(self.grouping)
        chart_layout.addLayout(row)
        chart_layout.addWidget(self.chart, 1)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        top.addWidget(self.team_table)
        top.addWidget(chart_box)
        top.setStretchFactor(1, 2)
        top.setSizes([420, 800])
        self.team_table.setToolTip(
            self.tr("Visits and calls: planned / done / required by the tier rules.")
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("complianceSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.accounts_table)
        splitter.setSizes([260, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)

    def set_data(self, reps: list[RepCompliance], current: RepCompliance | None) -> None:
        self.reps = reps
        self.current = current
        self.team_table.setVisible(len(reps) > 1)
        self.team_table.setRowCount(len(reps))
        for i, r in enumerate(reps):
            status = enum_label(r.plan_status) if r.plan_status else self.tr("No plan")
            cells = [
                _cell(r.rep),
                _cell(status),
                _cell(f"{r.visits_planned} / {r.visits_done} / {r.visits_required}", True),
                _cell(f"{r.phone_planned} / {r.phone_done} / {r.phone_required}", True),
                _cell(str(r.overdue_accounts), True),
            ]
            for column, item in enumerate(cells):
                self.team_table.setItem(i, column, item)
            if current is not None and r.rep_id == current.rep_id:
                self.team_table.selectRow(i)
        self._show_rep(current)

    def _show_rep(self, rep: RepCompliance | None) -> None:
        accounts = rep.accounts if rep else ()
        self.empty.setVisible(not accounts)
        if rep is None:
            self.summary.setText("")
        else:
            self.summary.setText(
                self.tr(
                    "{rep}: visits {vd} done of {vp} planned ({vr} required); calls {pd} done "
                    "of {pp} planned ({pr} required); {late} accounts overdue for their tier "
                    "as of {day}."
                ).format(
                    rep=rep.rep,
                    vd=rep.visits_done,
                    vp=rep.visits_planned,
                    vr=rep.visits_required,
                    pd=rep.phone_done,
                    pp=rep.phone_planned,
                    pr=rep.phone_required,
                    late=rep.overdue_accounts,
                    day=rep.as_of.isoformat(),
                )
            )
        self.accounts_table.setRowCount(len(accounts))
        for i, a in enumerate(accounts):
            for column, item in enumerate(self._account_cells(a)):
                self.accounts_table.setItem(i, column, item)
        self._draw_chart()

    def _account_cells(self, a: AccountCompliance) -> list[QTableWidgetItem]:
        tier = QTableWidgetItem(tier_icon(a.sub_tier), a.tier.value if a.tier else "–")
        tier.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if a.sub_tier is not None:
            tier.setText("D" if a.tier and a.tier.value == "D" else a.sub_tier.value)
            tier.setForeground(TIER_COLOURS[a.sub_tier])
        visits_needed = (
            self.tr("as needed") if a.visits_required is None else str(a.visits_required)
        )
        late = []
        if a.overdue_visit:
            late.append(self.tr("visit"))
        if a.overdue_phone:
            late.append(self.tr("phone"))
        overdue = _cell(", ".join(late))
        if late:
            overdue.setForeground(ERROR_COLOUR)
        visits_done = _cell(str(a.visits_done), True)
        visits_done.setForeground(OK_COLOUR if a.visits_ok else ERROR_COLOUR)
        phone_done = _cell(str(a.phone_done), True)
        phone_done.setForeground(OK_COLOUR if a.phone_ok else ERROR_COLOUR)
        return [
            tier,
            _cell(a.account),
            _cell(str(a.visits_planned), True),
            visits_done,
            _cell(visits_needed, True),
            _cell(str(a.phone_planned), True),
            phone_done,
            _cell(str(a.phone_required), True),
            _cell(a.last_contact.isoformat() if a.last_contact else self.tr("never")),
            overdue,
        ]

    def _draw_chart(self) -> None:
        rep = self.current
        if rep is None:
            self.chart.set_groups([])
            return
        if self.grouping.currentData() == "tier":
            groups = [(f.key, f) for f in rep.tiers]
        else:
            groups = [(self.tr("Week {}").format(f.key), f) for f in rep.weeks]
        self.chart.set_groups(groups)
