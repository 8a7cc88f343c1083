"""``fieldvisit plan …`` and ``fieldvisit compliance``: monthly visit plans, headless.

Wired into :mod:`fieldvisit.cli` with ``add_planning_commands(commands, common)``.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path
from typing import Any

from fieldvisit.cli_text import cli_text
from fieldvisit.domain.enums import MemberRole
from fieldvisit.domain.errors import ValidationError
from fieldvisit.i18n import message


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
        _print(
            {
                "rep": draft.rep,
                "month": f"{draft.month:%Y-%m}",
                "policy": draft.policy_name,
                "accounts": draft.accounts,
                "already_planned": draft.kept,
                "saved": args.save,
                "overbooked_days": [d.isoformat() for d in draft.overbooked_days],
                "contacts": [
                    {
                        "day": c.day.isoformat(),
                        "slot": c.slot.value,
                        "kind": c.kind.value,
                        "account": c.account,
                        "account_id": str(c.account_id),
                        "sub_tier": c.sub_tier.value,
                    }
                    for c in draft.contacts
                ],
            }
        )
        return 0
    _table(
        ["day", "slot", "kind", "tier", "account"],
        [
            [f"{c.day:%Y-%m-%d %a}", c.slot.value, c.kind.value, c.sub_tier.value, c.account]
            for c in draft.contacts
        ],
    )
    visits = sum(1 for c in draft.contacts if c.kind.value != "phone")
    print()
    print(
        cli_text(
            "{rep}, {month} ({policy}): {visits} visits and {calls} calls for {accounts} "
            "accounts; {kept} already planned.",
            rep=draft.rep,
            month=f"{draft.month:%Y-%m}",
            policy=draft.policy_name,
            visits=visits,
            calls=len(draft.contacts) - visits,
            accounts=draft.accounts,
            kept=draft.kept,
        )
    )
    if draft.overbooked_days:
        days = ", ".join(f"{d:%m-%d}" for d in draft.overbooked_days)
        print(
            cli_text(
                "More than 8 visits a day on {days}: the tier rules need more than the month "
                "holds.",
                days=days,
            )
        )
    if args.save:
        print(cli_text("Saved to the draft plan."))
    else:
        print(cli_text("Not saved: add --save to keep it."))
    return 0


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
