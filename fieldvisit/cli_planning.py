"""``fieldvisit plan …`` and ``fieldvisit compliance``: monthly visit plans, headless.

Wired into :mod:`fieldvisit.cli` with ``add_planning_commands(commands, common)``.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from fieldvisit.cli_text import cli_text
from fieldvisit.domain.enums import MemberRole, PlanStatus
from fieldvisit.domain.errors import ValidationError
from fieldvisit.domain.labels import label
from fieldvisit.i18n import current_language, message, short_language
from fieldvisit.reports.strings import text as report_text


def add_planning_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--rep", required=True, metavar="NAME", help="the rep's exact name")
    who.add_argument("--month", required=True, metavar="YYYY-MM", help="the planned month")

    plan = commands.add_parser("plan", help="suggest or export a rep's monthly visit plan")
    actions = plan.add_subparsers(dest="plan_action", metavar="ACTION", required=True)
    suggest = actions.add_parser(
        "suggest",
        parents=[common, who],
        help="suggest the month's visits and calls from the tier policy and scheduling habit",
    )
    suggest.add_argument(
        "--save", action="store_true", help="add the suggestion to the rep's draft plan"
    )
    suggest.set_defaults(handler=_cmd_suggest)
    me = argparse.ArgumentParser(add_help=False)
    me.add_argument(
        "--rep", metavar="NAME", help="the rep's exact name (default: who uses this laptop)"
    )
    me.add_argument("--month", required=True, metavar="YYYY-MM", help="the planned month")
    submit = actions.add_parser(
        "submit",
        parents=[common, me],
        help="submit the month's plan for approval, after showing its summary",
    )
    submit.add_argument("--yes", action="store_true", help="submit without asking")
    submit.set_defaults(handler=_cmd_submit)
    withdraw = actions.add_parser(
        "withdraw",
        parents=[common, me],
        help="take a submitted plan back to a draft, until the manager has decided",
    )
    withdraw.set_defaults(handler=_cmd_withdraw)
    decide = actions.add_parser(
        "decide",
        parents=[common, who],
        help="approve or return a rep's submitted plan (the rep's manager, on their laptop)",
    )
    decide.add_argument("decision", choices=("approve", "return"), help="approve or return")
    decide.add_argument(
        "--comment", metavar="TEXT", help="a comment for the rep (needed to return a plan)"
    )
    decide.set_defaults(handler=_cmd_decide)
    status = actions.add_parser(
        "status", parents=[common, who], help="where a rep's plan for the month stands"
    )
    status.set_defaults(handler=_cmd_status)
    ics = actions.add_parser(
        "ics", parents=[common, who], help="write the plan as an iCalendar (.ics) file"
    )
    ics.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.ics")
    ics.add_argument("--lang", choices=("zh", "en"), default="zh", help="event titles (default zh)")
    ics.set_defaults(handler=_cmd_ics)

    compliance = commands.add_parser(
        "compliance",
        parents=[common, who],
        help="planned against done per account, and accounts overdue for their tier",
    )
    compliance.set_defaults(handler=_cmd_compliance)


def _open(args: argparse.Namespace) -> Any:
    from fieldvisit.storage.migrate import open_database

    return open_database(getattr(args, "db", None))


def _rep_and_month(db: Any, args: argparse.Namespace) -> tuple[Any, Any]:
    from fieldvisit.services.reporting.lookup import find_member, parse_month

    month = parse_month(args.month)
    with db.session_scope() as session:
        rep = find_member(session, args.rep, MemberRole.REP)
        return rep.id, month


def _print(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _table(headers: list[str], rows: list[list[str]]) -> None:
    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for line in [headers, ["-" * w for w in widths], *rows]:
        print(
            "  ".join(c + " " * (w - width(c)) for c, w in zip(line, widths, strict=True)).rstrip()
        )


def _cmd_suggest(args: argparse.Namespace) -> int:
    from fieldvisit.services.planning.suggest import save_plan, suggest_plan

    db = _open(args)
    try:
        rep_id, month = _rep_and_month(db, args)
        draft = suggest_plan(db, rep_id, month)
        if args.save:
            save_plan(db, draft)
    finally:
        db.close()
    if getattr(args, "json", False):
        if draft.calendar_source.value == "weekdays":
            print(_weekdays_note(draft.month.year), file=sys.stderr)
        _print(
            {
                "visits": [_contact_json(c) for c in draft.visits],
                "calls": [_contact_json(c) for c in draft.calls],
                "unplaced": [
                    {
                        "account_id": str(u.account_id),
                        "account": u.account,
                        "sub_tier": u.sub_tier.value,
                        "week": u.week,
                        "reason": u.reason.value,
                        "choices": [c.value for c in u.choices],
                    }
                    for u in draft.unplaced
                ],
            }
        )
        return 0
    _table(
        ["day", "slot", "kind", "tier", "account"],
        [
            [
                f"{c.day:%Y-%m-%d} {weekday_label(c.day)}",
                c.slot.value,
                c.kind.value,
                c.sub_tier.value,
                c.account,
            ]
            for c in draft.contacts
        ],
    )
    print()
    print(
        cli_text(
            "{rep}, {month} ({policy}): {visits} visits and {calls} calls for {accounts} "
            "accounts, at most {capacity} visits a day; {kept} already planned.",
            rep=draft.rep,
            month=f"{draft.month:%Y-%m}",
            policy=draft.policy_name,
            visits=len(draft.visits),
            calls=len(draft.calls),
            accounts=draft.accounts,
            capacity=draft.capacity,
            kept=draft.kept,
        )
    )
    if draft.calendar_source.value == "weekdays":
        print(_weekdays_note(draft.month.year))
    if draft.unplaced:
        print(
            cli_text(
                "{n} visits do not fit within {capacity} a day and were not planned "
                "(choices: a phone call instead, next month, or a lower frequency for C):",
                n=len(draft.unplaced),
                capacity=draft.capacity,
            )
        )
        _table(
            ["tier", "week", "account"],
            [[u.sub_tier.value, str(u.week), u.account] for u in draft.unplaced],
        )
    if draft.over_capacity:
        days = ", ".join(f"{d:%m-%d}" for d in draft.over_capacity)
        print(
            cli_text(
                "Already more than {capacity} visits on {days}: move some to other days.",
                capacity=draft.capacity,
                days=days,
            )
        )
    if args.save:
        print(cli_text("Saved to the draft plan."))
    else:
        print(cli_text("Not saved: add --save to keep it."))
    return 0


def _contact_json(c: Any) -> dict[str, Any]:
    return {
        "date": c.day.isoformat(),
        "account_id": str(c.account_id),
        "account": c.account,
        "sub_tier": c.sub_tier.value,
        "slot": c.slot.value,
        "kind": c.kind.value,
    }


def _weekdays_note(year: int) -> str:
    return cli_text(
        "The official holidays of {year} are not known yet: the plan uses Monday to Friday. "
        "Add the year's holidays and make-up working days with `fieldvisit calendar set`.",
        year=year,
    )


def _plan_owner(db: Any, args: argparse.Namespace) -> tuple[Any, Any]:
    """The rep named with --rep, or the laptop's user when they are a rep."""
    from fieldvisit.services.reporting.lookup import parse_month
    from fieldvisit.services.team import current_user

    if args.rep:
        return _rep_and_month(db, args)
    me = current_user(db)
    if me is None or me.role is not MemberRole.REP:
        raise ValidationError("rep", "Name the rep with --rep NAME.")
    return me.id, parse_month(args.month)


def _cmd_submit(args: argparse.Namespace) -> int:
    from fieldvisit.services.planning.capacity import plan_summary
    from fieldvisit.services.planning.plans import submit_plan

    db = _open(args)
    try:
        rep_id, month = _plan_owner(db, args)
        summary = plan_summary(db, rep_id, month)
        as_json = getattr(args, "json", False)
        if not as_json:
            _print_summary(summary)
        if not args.yes:
            if not sys.stdin.isatty():
                raise ValidationError("yes", "Not submitted: add --yes to submit without asking.")
            answer = input(cli_text("Submit this plan for approval? [y/N] "))
            if answer.strip().lower() not in ("y", "yes", "是", "好"):
                print(cli_text("Not submitted."))
                return 1
        view = submit_plan(db, rep_id, month)
    finally:
        db.close()
    if as_json:
        _print(
            {
                "rep": view.rep,
                "month": f"{view.month:%Y-%m}",
                "status": view.status.value if view.status else None,
                "visits": summary.visits,
                "calls": summary.calls,
                "capacity": summary.capacity,
                "days_over_capacity": [d.isoformat() for d in summary.over_capacity],
                "holiday_days": [d.isoformat() for d in summary.holiday_visits],
                "short_accounts": summary.short_accounts,
                "most_calls_a_day": summary.most_calls,
            }
        )
    else:
        print(cli_text("Submitted for approval."))
    return 0


def _print_summary(summary: Any) -> None:
    print(
        cli_text(
            "{rep}, {month}: {visits} visits, {calls} calls; {over} days over {capacity} "
            "visits; {short} accounts with fewer visits than their tier needs.",
            rep=summary.rep,
            month=f"{summary.month:%Y-%m}",
            visits=summary.visits,
            calls=summary.calls,
            over=len(summary.over_capacity),
            capacity=summary.capacity,
            short=summary.short_accounts,
        )
    )
    if summary.most_calls:
        print(cli_text("Most phone calls on one day: {n}", n=summary.most_calls))
    if summary.over_capacity:
        days = ", ".join(f"{d:%m-%d}" for d in summary.over_capacity)
        print(cli_text("Days over capacity: {days}", days=days))
    if summary.holiday_visits:
        days = ", ".join(f"{d:%m-%d}" for d in summary.holiday_visits)
        print(cli_text("Contacts on public holidays: {days}", days=days))


def _cmd_withdraw(args: argparse.Namespace) -> int:
    from fieldvisit.services.planning.plans import withdraw_plan

    db = _open(args)
    try:
        rep_id, month = _plan_owner(db, args)
        view = withdraw_plan(db, rep_id, month)
    finally:
        db.close()
    if getattr(args, "json", False):
        _print({"rep": view.rep, "month": f"{view.month:%Y-%m}", "status": view.status})
    else:
        print(
            cli_text(
                "Withdrawn: the plan is a draft again and can be edited.",
            )
        )
    return 0


def _cmd_decide(args: argparse.Namespace) -> int:
    from fieldvisit.services.planning.plans import approve_plan, return_plan
    from fieldvisit.services.team import current_user

    db = _open(args)
    try:
        rep_id, month = _rep_and_month(db, args)
        me = current_user(db)
        if me is None or me.role is not MemberRole.MANAGER:
            raise ValidationError(
                "rep",
                message(
                    "Only a manager decides on plans; this laptop is not a manager's.",
                ),
            )
        if args.decision == "approve":
            view = approve_plan(db, rep_id, month, me.id, args.comment)
        else:
            view = return_plan(db, rep_id, month, me.id, args.comment or "")
        state = _status_json(db, view)
    finally:
        db.close()
    if getattr(args, "json", False):
        _print(state)
    elif args.decision == "approve":
        print(cli_text("Approved; the rep sees it after the next sync."))
    else:
        print(
            cli_text(
                "Returned with your comment; the rep sees it after the next sync.",
            )
        )
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from fieldvisit.services.planning.plans import load_plan

    db = _open(args)
    try:
        rep_id, month = _rep_and_month(db, args)
        state = _status_json(db, load_plan(db, rep_id, month))
    finally:
        db.close()
    if getattr(args, "json", False):
        _print(state)
        return 0
    print(
        cli_text(
            "{rep}, {month}: {status}",
            rep=state["rep"],
            month=state["month"],
            status=label(PlanStatus(state["status"]), short_language(current_language())),
        )
    )
    if state["manager_comment"]:
        print(
            cli_text(
                "Manager's comment: {comment}",
                comment=state["manager_comment"],
            )
        )
    if state["waiting_for_sync"]:
        print(
            cli_text(
                "The last step waits for the next sync to reach the team server.",
            )
        )
    return 0


def _status_json(db: Any, view: Any) -> dict[str, Any]:
    """``plan status --json``: where the plan stands, as this laptop knows it."""
    from fieldvisit.sync.commands import waiting_for

    return {
        "status": (view.status.value if view.status else "draft"),
        "rep": view.rep,
        "month": f"{view.month:%Y-%m}",
        "visits": sum(1 for c in view.contacts if c.kind.value == "visit"),
        "calls": sum(1 for c in view.contacts if c.kind.value != "visit"),
        "submitted_at": view.submitted_at.isoformat() if view.submitted_at else None,
        "decided_at": view.decided_at.isoformat() if view.decided_at else None,
        "decided_by": view.decided_by,
        "manager_comment": view.manager_comment,
        "waiting_for_sync": view.id is not None and waiting_for(db, view.id),
    }


def _cmd_ics(args: argparse.Namespace) -> int:
    from fieldvisit.cli_report import check_output
    from fieldvisit.services.planning.ics import write_plan_ics

    target: Path = args.output.expanduser()
    if target.suffix.lower() != ".ics":
        raise ValidationError(
            "output",
            message(
                "{file}: give the file the .ics extension.",
                file=target.name,
            ),
        )
    check_output(target)
    db = _open(args)
    try:
        rep_id, month = _rep_and_month(db, args)
        events = write_plan_ics(db, rep_id, month, target, args.lang)
    finally:
        db.close()
    if getattr(args, "json", False):
        _print({"file": str(target), "events": events})
    else:
        print(cli_text("Wrote {n} events to {path}.", n=events, path=target))
    return 0


def _cmd_compliance(args: argparse.Namespace) -> int:
    from fieldvisit.services.planning.compliance import compliance_for_rep

    db = _open(args)
    try:
        rep_id, month = _rep_and_month(db, args)
        report = compliance_for_rep(db, rep_id, month)
    finally:
        db.close()
    if getattr(args, "json", False):
        _print(
            {
                "rep": report.rep,
                "month": f"{report.month:%Y-%m}",
                "as_of": report.as_of.isoformat(),
                "plan_status": report.plan_status.value if report.plan_status else None,
                "policy": report.policy_name,
                "totals": {
                    "visits_required": report.visits_required,
                    "visits_planned": report.visits_planned,
                    "visits_done": report.visits_done,
                    "phone_required": report.phone_required,
                    "phone_planned": report.phone_planned,
                    "phone_done": report.phone_done,
                    "overdue_accounts": report.overdue_accounts,
                },
                "accounts": [
                    {
                        "account": a.account,
                        "account_id": str(a.account_id),
                        "sub_tier": a.sub_tier.value if a.sub_tier else None,
                        "visits_required": a.visits_required,
                        "visits_planned": a.visits_planned,
                        "visits_done": a.visits_done,
                        "phone_required": a.phone_required,
                        "phone_planned": a.phone_planned,
                        "phone_done": a.phone_done,
                        "last_contact": a.last_contact,
                        "overdue_phone": a.overdue_phone,
                        "overdue_visit": a.overdue_visit,
                    }
                    for a in report.accounts
                ],
            }
        )
        return 0

    def need(value: int | None) -> str:
        return "as needed" if value is None else str(value)

    _table(
        ["tier", "account", "visits plan/done/need", "calls plan/done/need", "overdue"],
        [
            [
                a.sub_tier.value if a.sub_tier else "-",
                a.account,
                f"{a.visits_planned}/{a.visits_done}/{need(a.visits_required)}",
                f"{a.phone_planned}/{a.phone_done}/{a.phone_required}",
                ", ".join(
                    w
                    for w, late in (("visit", a.overdue_visit), ("phone", a.overdue_phone))
                    if late
                ),
            ]
            for a in report.accounts
        ],
    )
    print()
    print(
        cli_text(
            "{rep}, {month} (as of {as_of}): visits {v_done} done / {v_planned} planned / "
            "{v_required} required; calls {p_done} / {p_planned} / {p_required}; "
            "{overdue} accounts overdue for their tier.",
            rep=report.rep,
            month=f"{report.month:%Y-%m}",
            as_of=report.as_of,
            v_done=report.visits_done,
            v_planned=report.visits_planned,
            v_required=report.visits_required,
            p_done=report.phone_done,
            p_planned=report.phone_planned,
            p_required=report.phone_required,
            overdue=report.overdue_accounts,
        )
    )
    return 0


def weekday_label(day: Any) -> str:
    """The short weekday in the command line's language ("Mon", "周一")."""
    return report_text(f"weekday.{day.weekday()}", short_language(current_language()))
