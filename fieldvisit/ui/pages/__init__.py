"""One page per area of the navigation: Accounts, Contact records, Plan, Co-visits, Reports."""

from fieldvisit.ui.pages.areas import (
    AccountsPage,
    CoVisitsPage,
    PlanPage,
    RecordsPage,
)
from fieldvisit.ui.pages.overview import OverviewPage
from fieldvisit.ui.pages.reports import ReportsPage

__all__ = [
    "AccountsPage",
    "CoVisitsPage",
    "OverviewPage",
    "PlanPage",
    "RecordsPage",
    "ReportsPage",
]
