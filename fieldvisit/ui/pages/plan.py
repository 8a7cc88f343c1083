"""The monthly visit plans and the frequency policy page."""

from __future__ import annotations

from fieldvisit.ui.pages.overview import OverviewPage


class PlanPage(OverviewPage):
    key = "plan"
    tables = ("monthly_plan", "planned_contact", "frequency_policy")

    def texts(self) -> tuple[str, str]:
        return (
            self.tr("Plan"),
            self.tr(
                "Monthly visit plans submitted for approval, checked against the visit "
                "frequency each tier needs."
            ),
        )
