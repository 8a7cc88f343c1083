"""The customer management report (客户管理总结报告) for a week, month or year."""

from __future__ import annotations

from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer

from fieldvisit.domain.enums import SummarySection
from fieldvisit.domain.labels import label
from fieldvisit.reports import strings
from fieldvisit.reports.base import Context, ReportRenderer
from fieldvisit.reports.blocks import body, data_table, figures_strip, heading, mark
from fieldvisit.reports.paragraphs import para, rich
from fieldvisit.reports.snapshots import SummaryEntry, SummarySnapshot
from fieldvisit.reports.styles import style

_COLUMNS: dict[SummarySection, tuple[tuple[str, float], ...]] = {
    SummarySection.COMPLETED: (
        ("col.plan", 2.4),
        ("col.key_data", 2.0),
        ("col.problems_met", 2.0),
        ("col.worked", 2.4),
        ("col.thanks", 1.2),
    ),
    SummarySection.IN_PROGRESS: (
        ("col.plan", 3.0),
        ("col.key_data", 2.8),
        ("col.problems_expected", 1.6),
        ("col.solutions", 1.6),
        ("col.help", 1.4),
    ),
    SummarySection.NEW: (
        ("col.plan", 2.6),
        ("col.known_data", 2.4),
        ("col.challenges", 2.4),
        ("col.help", 2.0),
    ),
}


class SummaryReportDocument(ReportRenderer[SummarySnapshot]):
    title_key = "summary.title"

    def subject(self, snapshot: SummarySnapshot, ctx: Context) -> str:
        period = strings.format_period(snapshot.period_kind, snapshot.period_start, ctx.lang)
        return f"{snapshot.author} · {period}"

    def story(self, snapshot: SummarySnapshot, ctx: Context) -> list[Flowable]:
        s = snapshot
        period = strings.format_period(s.period_kind, s.period_start, ctx.lang)
        dates = ctx.t("range", start=ctx.date(s.period_start), end=ctx.date(s.period_end))
        status = (
            mark(label(s.status, ctx.lang))
            if s.status
            else mark(ctx.t("summary.prefilled"), warn=True)
        )
        story: list[Flowable] = [
            para(ctx.t("summary.heading", author=s.author, period=period), style("DocTitle")),
            rich(f"{escape(dates)} · {status}", style("Meta")),
            figures_strip(
                [
                    (ctx.t("summary.records"), str(s.records)),
                    (ctx.t("summary.on_site"), str(s.on_site)),
                    (ctx.t("summary.phone"), str(s.phone)),
                    (ctx.t("summary.kept"), str(s.promises_kept)),
                    (ctx.t("summary.open"), str(s.promises_open)),
                ],
                ctx.width,
            ),
            Spacer(1, 4),
        ]
        for section in SummarySection:
            entries = [e for e in s.entries if e.section is section]
            story.append(heading(f"{_NUMBER[section]}. {label(section, ctx.lang)}"))
            if not entries:
                story.append(body(ctx.t("none")))
                continue
            columns = _COLUMNS[section]
            header = [ctx.t(key) for key, _ in columns]
            rows = [_row(section, _worded(e, ctx)) for e in entries]
            story.append(data_table(header, rows, [w for _, w in columns], ctx.width, zebra=True))
        return story


_NUMBER = {SummarySection.COMPLETED: 1, SummarySection.IN_PROGRESS: 2, SummarySection.NEW: 3}


def _row(section: SummarySection, e: SummaryEntry) -> list[str | None]:
    if section is SummarySection.COMPLETED:
        worked = "\n".join(x for x in (e.what_worked, e.what_did_not) if x) or None
        return [e.name, e.key_data, e.problems, worked, e.thanks]
    if section is SummarySection.IN_PROGRESS:
        return [e.name, e.key_data, e.problems, e.solutions, e.help_needed]
    return [e.name, e.key_data, e.problems, e.help_needed]


def _worded(e: SummaryEntry, ctx: Context) -> SummaryEntry:
    """Put a pre-filled entry's facts into words in the reader's language."""
    facts: list[str] = []
    if e.contacts is not None:
        on_site = e.on_site or 0
        facts.append(
            ctx.t(
                "summary.contacts_item", n=e.contacts, on_site=on_site, phone=e.contacts - on_site
            )
        )
    if e.kept_on is not None:
        facts.append(ctx.t("summary.kept_on", date=ctx.date(e.kept_on)))
    if e.due_on is not None:
        key = "summary.overdue" if e.overdue else "summary.due"
        facts.append(ctx.t(key, date=ctx.date(e.due_on)))
    if e.next_visit_on is not None:
        facts.append(ctx.t("summary.next_visit", date=ctx.date(e.next_visit_on)))
    if not facts:
        return e
    key_data = "\n".join([*([e.key_data] if e.key_data else []), *facts])
    return replace(e, key_data=key_data)
