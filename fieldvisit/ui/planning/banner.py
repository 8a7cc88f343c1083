"""The Plan page's banner: the plan's state, the calendar it is planned on, days over capacity.

The texts are the Plan page's (translation context ``PlanPage``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from fieldvisit.domain.enums import PlanStatus
from fieldvisit.domain.workdays import CalendarSource, WorkCalendar
from fieldvisit.services.planning.plans import PlanView
from fieldvisit.ui.labels import enum_label

BANNER_COLOURS = {
    None: "#eceff1",
    PlanStatus.DRAFT: "#fff8e1",
    PlanStatus.SUBMITTED: "#e3f2fd",
    PlanStatus.APPROVED: "#e8f5e9",
    PlanStatus.RETURNED: "#ffebee",
}


def days_over(plan: PlanView, capacity: int) -> int:
    """Days of the plan with more visits than ``capacity``."""
    per_day: dict[date, int] = {}
    for c in plan.contacts:
        if c.kind.value != "phone":
            per_day[c.day] = per_day.get(c.day, 0) + 1
    return sum(1 for n in per_day.values() if n > capacity)


def banner_text(plan: PlanView | None, calendar: WorkCalendar, capacity: int) -> str:
    status = plan.status if plan else None
    if plan is None:
        text = QCoreApplication.translate("PlanPage", "No rep to show.")
    elif status is None:
        text = QCoreApplication.translate(
            "PlanPage", "No plan for {month} yet. Suggest one from the frequency policy “{policy}”."
        ).format(month=f"{plan.month:%Y-%m}", policy=plan.policy_name)
    else:
        visits = sum(1 for c in plan.contacts if c.kind.value != "phone")
        text = QCoreApplication.translate(
            "PlanPage", "{status} · {visits} visits, {calls} calls · policy “{policy}”"
        ).format(
            status=enum_label(status),
            visits=visits,
            calls=len(plan.contacts) - visits,
            policy=plan.policy_name,
        )
        if status is PlanStatus.SUBMITTED:
            text += "\n" + QCoreApplication.translate(
                "PlanPage", "Waiting for the manager's approval; read-only until then."
            )
        elif status is PlanStatus.APPROVED:
            text += "\n" + QCoreApplication.translate(
                "PlanPage", "Approved by {name}; the plan is read-only."
            ).format(name=plan.decided_by or "–")
        elif status is PlanStatus.RETURNED:
            text += "\n" + QCoreApplication.translate(
                "PlanPage", "Returned by {name}: “{comment}” Edit the plan and submit it again."
            ).format(name=plan.decided_by or "–", comment=plan.manager_comment or "")
        if plan.manager_comment and status is PlanStatus.APPROVED:
            text += "\n" + QCoreApplication.translate("PlanPage", "Comment: {}").format(
                plan.manager_comment
            )
    if plan is not None:
        if calendar.source(plan.month.year) is CalendarSource.WEEKDAYS:
            text += "\n" + QCoreApplication.translate(
                "PlanPage",
                "The official holidays of {year} are not known yet: Monday to Friday are "
                "taken as working days. Add the year's holidays in File › Settings › Planning.",
            ).format(year=plan.month.year)
        over = days_over(plan, capacity)
        if over:
            text += "\n" + QCoreApplication.translate(
                "PlanPage", "{n} days have more than {capacity} visits: move some to other days."
            ).format(n=over, capacity=capacity)
    return text
