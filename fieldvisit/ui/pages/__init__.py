"""One page per area of the navigation: Today, Accounts, Contact records, Plan, Co-visits,
Reports."""

from fieldvisit.ui.pages.accounts import AccountsPage
from fieldvisit.ui.pages.base import AreaPage
from fieldvisit.ui.pages.covisits import CoVisitsPage
from fieldvisit.ui.pages.overview import OverviewPage
from fieldvisit.ui.pages.plan import PlanPage
from fieldvisit.ui.pages.records import RecordsPage
from fieldvisit.ui.pages.reports import ReportsPage
from fieldvisit.ui.pages.today import TodayPage

__all__ = [
    "AccountsPage",
    "AreaPage",
    "CoVisitsPage",
    "OverviewPage",
    "PlanPage",
    "RecordsPage",
    "ReportsPage",
    "TodayPage",
]
