"""The wording of the printed documents, by key, and how dates and amounts are written.

Here is the English of each key; its Chinese lives in the shared catalogue
(``resources/translations/fieldvisit_shared_*.ts``, context ``Reports``, the key as
the Linguist disambiguation), read through :mod:`fieldvisit.i18n` like every other
visible string. An entry written the old way, ``"key": ("English", "中文")``, still
works until ``tools/move_texts_to_catalogue.py`` moves its Chinese to the catalogue.
"""

from __future__ import annotations

from datetime import date, datetime

from fieldvisit.clock import local_zone
from fieldvisit.domain.enums import PeriodKind
from fieldvisit.i18n import text_of

CONTEXT = "Reports"

_TEXT: dict[str, str | tuple[str, str]] = {
    # common
    "printed_on": "Printed {date}",
    "page_x_of_y": "Page {page} of {pages}",
    "range": "{start} – {end}",
    "none": "None",
    "yes": "Yes",
    "no": "No",
    "unanswered": "Not answered",
    "revision": "Revision {n}",
    "signed_on": "Signed {date}",
    "not_signed": "Not signed yet",
    "acknowledged_on": "Acknowledged {date}",
    "not_acknowledged": "Not acknowledged yet",
    "as_needed": "as needed",
    "col.action": "Action",
    "col.owner": "Owner",
    "col.due": "Due",
    "col.status": "Status",
    "col.standard": "Standard",
    "col.score": "Score",
    "col.trend": "Since last",
    "col.meaning": "What this level means",
    "col.comment": "Comment",
    "col.account": "Account",
    "col.date": "Date",
    "col.promise": "Promise",
    "col.stakeholder": "Stakeholder",
    # co-visit handout
    "covisit.title": "Co-visit report",
    "covisit.heading": "Co-visit with {rep}",
    "covisit.manager_line": "Manager {manager}",
    "covisit.calls_count": "{n} calls",
    "covisit.calls_count_one": "1 call",
    "covisit.late": "Report completed late",
    "covisit.late_unsigned": "Late: not signed by the end of {day}",
    "covisit.review": "Last time's actions, reviewed",
    "covisit.not_reviewed": "Not reviewed yet",
    "covisit.manager_comments": "Manager's comment",
    "covisit.observation_notes": "Observation notes",
    "col.outcome": "Outcome",
    "col.review_note": "Review note",
    "col.agreed_on": "Agreed",
    "covisit.development_objectives": "Development objectives",
    "covisit.action_plan": "Agreed action plan",
    "covisit.big_question": "The Big Question",
    "covisit.big_question_text": (
        "After this co-visit, is the rep more motivated to keep doing good work?"
    ),
    "covisit.strengths": "Strengths",
    "covisit.development_areas": "Development areas",
    "covisit.ratings": "Ratings against the standards",
    "covisit.this_covisit": "This co-visit",
    "covisit.calls": "The calls",
    "covisit.call_title": "Call {n} · {day} · {account}",
    "covisit.met": "met {names}",
    "covisit.precall": "Pre-call plan",
    "covisit.visit_objective": "Visit objective",
    "covisit.opening": "Opening",
    "covisit.key_messages": "Key messages",
    "covisit.objections": "Expected objections",
    "covisit.commitment": "Commitment to ask for",
    "covisit.debrief": "Debrief",
    "covisit.self_assessment": "Rep's self-assessment",
    "covisit.went_well": "Went well",
    "covisit.do_differently": "Do differently next time",
    "covisit.agreed_learning": "Agreed learning",
    "covisit.observed_steps": "Observed steps",
    "covisit.signatures": "Comments and signatures",
    "covisit.rep_comments": "Rep's comments",
    "covisit.manager_signature": "Manager",
    "covisit.rep_signature": "Rep",
    "covisit.revisions": "Revisions",
    "covisit.revision_line": "Revision {n}, {date}: {reason}",
    # contact record
    "record.title": "Contact record",
    "record.heading": "{account}",
    "record.when": "When",
    "record.method": "Method",
    "record.place": "Where",
    "record.author": "Written by",
    "record.status": "Status",
    "record.stakeholders": "Customer side",
    "record.participants": "Our side",
    "record.objectives": "Objectives",
    "record.sales_objectives": "Sales objectives",
    "record.admin_objectives": "Administrative objectives",
    "record.purposes": "Purposes",
    "record.objective_notes": "Notes on the objectives",
    "record.content": "Content of the talk or activity",
    "record.review": "Review",
    "record.successes": "Successes",
    "record.shortcomings": "Shortcomings",
    "record.lessons": "Lessons",
    "record.agreements": "New agreements and promises",
    "record.plan": "New plan",
    "record.next_steps": "Next steps",
    "record.next_visit": "Next visit",
    "record.special_notes": "Special notes",
    "record.other_notes": "Other",
    "record.checks": "Store and account checks",
    "check.our_prices": "Our prices",
    "check.competitor_prices": "Competitor prices",
    "check.stock": "Stock of our products",
    "check.sell_through": "What sells",
    "check.credit_limit": "Credit limit",
    "check.paid": "Paid",
    "check.unpaid": "Unpaid",
    "check.receivable": "Receivable",
    "check.promotion": "Promotion and after-sales",
    "check.shelf": "Shelf display",
    "check.draft_order": "Draft order",
    # customer card
    "card.title": "Customer card",
    "card.basics": "Basics",
    "card.type": "Type",
    "card.status": "Status",
    "card.classification": "Classification and credit",
    "card.tier": "Tier",
    "card.commercial": "Commercial",
    "card.notes": "Notes",
    "card.stakeholders": "Stakeholders",
    "card.name": "Name",
    "card.position": "Title and department",
    "card.roles": "Buying roles",
    "card.contact": "Phone / WeChat / email",
    "card.left": "left {date}",
    "card.single_stakeholder": (
        "Warning: only one active stakeholder at a key account. Build more relationships."
    ),
    "card.profiles": "Personal profiles (confidential)",
    "card.no_profile": "No profile recorded.",
    "card.contributions": "Contribution",
    "col.period": "Period",
    "col.volume": "Volume",
    "col.revenue": "Revenue",
    "col.collections": "Collections",
    "col.receivables": "Receivables",
    "card.projects": "Buying projects",
    "col.project": "Project",
    "col.stage": "Stage",
    "col.started": "Started",
    "card.complaints": "Complaints",
    "col.complaint": "Complaint",
    "col.handling": "Handling",
    "col.resolved": "Resolved",
    "card.open_promises": "Open promises",
    "card.recent_contacts": "Recent contacts",
    "col.method": "Method",
    "col.summary": "Summary",
}
_TEXT.update(
    {
        # visit plan
        "plan.title": "Monthly visit plan",
        "plan.heading": "{rep} · {month}",
        "plan.no_plan": "No plan was made for this month.",
        "plan.policy": "Frequency policy: {name}",
        "plan.manager_comment": "Manager's comment",
        "plan.more": "+{n} more",
        "plan.legend": "V visit · P phone · S service · am / pm morning / afternoon · ✓ done",
        "plan.kind.visit": "V",
        "plan.kind.phone": "P",
        "plan.kind.service": "S",
        "plan.slot.morning": "am",
        "plan.slot.afternoon": "pm",
        "plan.compliance": "Compliance",
        "plan.on_site": "On-site visits",
        "plan.phone": "Phone contacts",
        "plan.required": "Required",
        "plan.planned": "Planned",
        "plan.done": "Done",
        "plan.short": "Short",
        "plan.ok": "OK",
        "plan.sub_tier": "Sub-tier",
        "plan.by_tier": "Visits by sub-tier",
        "plan.accounts_short": "Accounts below their tier frequency",
        "plan.untiered": "No tier",
        "weekday.0": "Mon",
        "weekday.1": "Tue",
        "weekday.2": "Wed",
        "weekday.3": "Thu",
        "weekday.4": "Fri",
        "weekday.5": "Sat",
        "weekday.6": "Sun",
        # summary
        "summary.title": "Customer management report",
        "summary.heading": "{author} · {period}",
        "summary.prefilled": "Not yet written: pre-filled from the period's records and promises.",
        "summary.records": "Contacts",
        "summary.on_site": "On-site",
        "summary.phone": "Phone",
        "summary.kept": "Promises kept",
        "summary.open": "Promises open",
        "col.plan": "Plan",
        "col.key_data": "Key data",
        "col.problems_met": "Problems met",
        "col.worked": "What worked / did not",
        "col.thanks": "Thanks to",
        "col.problems_expected": "Problems expected",
        "col.solutions": "Proposed solutions",
        "col.help": "Help needed",
        "col.known_data": "Known data",
        "col.challenges": "Challenges expected",
        "summary.week": "Week of {date}",
        "summary.year": "Year {year}",
        "summary.quarter": "Q{q} {year}",
        "summary.contacts_item": "{n} contacts ({on_site} on-site, {phone} phone)",
        "summary.kept_on": "kept {date}",
        "summary.due": "due {date}",
        "summary.overdue": "overdue since {date}",
        "summary.next_visit": "next visit {date}",
        "summary.planned_item": "{n} planned contacts",
        # team
        "team.title": "Team co-visit summary",
        "team.heading": "{manager} · {month}",
        "team.field_days": "Field days",
        "team.covisit_days": "Co-visit days",
        "team.counted_to": "Current month: working days are counted up to {date}.",
        "team.as_of": "Each rep's data as of their last sync: {reps}.",
        "team.not_begun": "This month has not begun: no working days yet.",
        "team.working_days": "Working days",
        "team.field_share": "In the field",
        "team.target": "target ≥ {pct} %",
        "team.covisits": "Co-visits",
        "team.per_rep": "By rep",
        "col.rep": "Rep",
        "col.days": "Days",
        "col.joint": "Joint",
        "col.demo": "Demo",
        "col.coaching": "Coaching",
        "col.average": "Avg. rating",
        "col.open_actions": "Open actions",
        "col.late": "Late reports",
        "col.calls": "Calls",
        "team.total": "Team",
        "team.list": "Co-visits this month",
        "team.no_covisits": "No co-visits this month.",
        "team.late_mark": "late",
    }
)

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_EN_LONG = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def source(key: str) -> str:
    """The English of ``key``: the catalogue's source text."""
    entry = _TEXT[key]
    return entry if isinstance(entry, str) else entry[0]


def text(key: str, lang: str, **values: object) -> str:
    entry = _TEXT[key]
    english, written = (entry, None) if isinstance(entry, str) else entry
    template = text_of(CONTEXT, english, lang, disambiguation=key, written_chinese=written)
    return template.format(**values) if values else template


def keys() -> frozenset[str]:
    return frozenset(_TEXT)


def format_date(value: date | None, lang: str) -> str:
    if value is None:
        return "—"
    if lang == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def format_datetime(value: datetime | None, lang: str) -> str:
    """Local wall-clock time of an aware datetime (naive ones are taken as they are)."""
    if value is None:
        return "—"
    local = value.astimezone(local_zone()) if value.tzinfo is not None else value
    return f"{format_date(local.date(), lang)} {local:%H:%M}"


def format_month(value: date, lang: str) -> str:
    if lang == "zh":
        return f"{value.year}年{value.month}月"
    return f"{_MONTHS_EN_LONG[value.month - 1]} {value.year}"


def format_period(kind: PeriodKind, start: date, lang: str) -> str:
    """ "March 2025", "Week of 3 Mar 2025", "Q1 2025", "Year 2025" (or in Chinese)."""
    if kind is PeriodKind.MONTH:
        return format_month(start, lang)
    if kind is PeriodKind.WEEK:
        return text("summary.week", lang, date=format_date(start, lang))
    if kind is PeriodKind.QUARTER:
        return text("summary.quarter", lang, q=(start.month - 1) // 3 + 1, year=start.year)
    return text("summary.year", lang, year=start.year)


def format_money(cents: int | None) -> str:
    if cents is None:
        return "—"
    sign = "-" if cents < 0 else ""
    return f"{sign}¥{abs(cents) / 100:,.2f}"


def format_number(value: int | float | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"
