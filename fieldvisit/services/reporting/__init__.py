"""Printed reports: build each document's snapshot from the database and render it."""

from fieldvisit.services.reporting.covisit import covisit_snapshot
from fieldvisit.services.reporting.lookup import find_member, parse_id
from fieldvisit.services.reporting.planning import plan_snapshot
from fieldvisit.services.reporting.records import account_snapshot, record_snapshot
from fieldvisit.services.reporting.render import (
    KINDS,
    PrintOptions,
    render_account,
    render_covisit,
    render_document,
    render_plan,
    render_record,
    render_summary,
    render_team,
)
from fieldvisit.services.reporting.summary import summary_snapshot
from fieldvisit.services.reporting.team import load_team_month, team_snapshot
from fieldvisit.services.settings import company_name

__all__ = [
    "KINDS",
    "PrintOptions",
    "account_snapshot",
    "company_name",
    "covisit_snapshot",
    "find_member",
    "load_team_month",
    "parse_id",
    "plan_snapshot",
    "record_snapshot",
    "render_account",
    "render_covisit",
    "render_document",
    "render_plan",
    "render_record",
    "render_summary",
    "render_team",
    "summary_snapshot",
    "team_snapshot",
]
