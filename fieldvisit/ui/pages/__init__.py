"""One page per area of the navigation: Today, Accounts, Contact records, Plan, Co-visits,
Reports.

Each page lives in its own module, imported when first used (``from fieldvisit.ui.pages
import PlanPage`` still works): the main window builds a page when it is first shown, so
start-up does not import the code of every area.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldvisit.ui.pages.accounts import AccountsPage
    from fieldvisit.ui.pages.base import AreaPage
    from fieldvisit.ui.pages.covisits import CoVisitsPage
    from fieldvisit.ui.pages.overview import OverviewPage
    from fieldvisit.ui.pages.plan import PlanPage
    from fieldvisit.ui.pages.records import RecordsPage
    from fieldvisit.ui.pages.reports import ReportsPage
    from fieldvisit.ui.pages.today import TodayPage

_MODULES = {
    "AccountsPage": "accounts",
    "AreaPage": "base",
    "CoVisitsPage": "covisits",
    "OverviewPage": "overview",
    "PlanPage": "plan",
    "RecordsPage": "records",
    "ReportsPage": "reports",
    "TodayPage": "today",
}

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


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
