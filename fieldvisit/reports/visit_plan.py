"""The monthly visit plan: a calendar grid of planned contacts, then compliance."""

from __future__ import annotations

import calendar
from collections import defaultdict
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from fieldvisit.domain.labels import label
from fieldvisit.reports import strings
from fieldvisit.reports.base import Context, ReportRenderer, fit_text
from fieldvisit.reports.blocks import DASH, ReportTable, body, fields_grid, heading, mark
from fieldvisit.reports.charts import compliance_chart
from fieldvisit.reports.fonts import register_fonts
from fieldvisit.reports.paragraphs import Para, para, rich
from fieldvisit.reports.snapshots import ComplianceLine, PlannedItem, PlanSnapshot
from fieldvisit.reports.styles import FILL, GOOD, MUTED, RULE, ruled_table, style

MAX_LINES_PER_DAY = 5


class VisitPlanReport(ReportRenderer[PlanSnapshot]):
    title_key = "plan.title"
    landscape = True
    margin_top = 22 * mm
    margin_bottom = 18 * mm

    def subject(self, snapshot: PlanSnapshot, ctx: Context) -> str:
        return f"{snapshot.rep} · {strings.format_month(snapshot.month, ctx.lang)}"

    def story(self, snapshot: PlanSnapshot, ctx: Context) -> list[Flowable]:
        p = snapshot
        meta = [label(p.status, ctx.lang) if p.status else ctx.t("plan.no_plan")]
        if p.policy_name:
            meta.append(ctx.t("plan.policy", name=p.policy_name))
        story: list[Flowable] = [
            para(
                ctx.t("plan.heading", rep=p.rep, month=strings.format_month(p.month, ctx.lang)),
                style("DocTitle"),
            ),
            para(" · ".join(meta), style("Meta")),
            self._calendar(p, ctx),
            Spacer(1, 3),
            para(ctx.t("plan.legend"), style("Small")),
        ]
        if p.manager_comment:
            story.append(
                fields_grid(
                    [(ctx.t("plan.manager_comment"), p.manager_comment)], ctx.width, columns=1
                )
            )
        if p.compliance:
            story += self._compliance(p.compliance, ctx)
        return story

    def _calendar(self, p: PlanSnapshot, ctx: Context) -> Table:
        by_day: dict[date, list[PlannedItem]] = defaultdict(list)
        for item in p.items:
            by_day[item.day].append(item)
        weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(p.month.year, p.month.month)
        column = ctx.width / 7
        data: list[list[object]] = [
            [para(ctx.t(f"weekday.{i}"), style("CellHead")) for i in range(7)]
        ]
        commands = ruled_table()
        for r, week in enumerate(weeks, start=1):
            row: list[object] = []
            for c, day in enumerate(week):
                if day.month != p.month.month:
                    row.append("")
                    commands.append(("BACKGROUND", (c, r), (c, r), FILL))
                    continue
                if c >= 5:
                    commands.append(("BACKGROUND", (c, r), (c, r), FILL))
                row.append(
                    [
                        para(str(day.day), style("CalendarDay")),
                        *self._day_lines(by_day.get(day, []), column - 8, ctx),
                    ]
                )
            data.append(row)
        commands += [
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        height = (ctx.height - 32 * mm) / len(weeks)
        table = ReportTable(
            data,
            colWidths=[column] * 7,
            rowHeights=[None] + [max(height, 16 * mm)] * len(weeks),
            repeatRows=1,
        )
        table.setStyle(commands)
        return table

    def _day_lines(self, items: list[PlannedItem], width: float, ctx: Context) -> list[Para]:
        items = sorted(items, key=lambda i: (i.slot is None, i.slot or "", i.account))
        shown = items if len(items) <= MAX_LINES_PER_DAY else items[: MAX_LINES_PER_DAY - 1]
        lines = []
        font, size = register_fonts(), style("Calendar").fontSize
        for item in shown:
            prefix = ctx.t(f"plan.kind.{item.kind.value}")
            if item.slot is not None:
                prefix += "·" + ctx.t(f"plan.slot.{item.slot.value}")
            done = " ✓" if item.done else ""
            room = width - stringWidth(f"{prefix} {done}  ", font, size)
            name = fit_text(item.account, font, size, room)
            colour = GOOD.hexval()[2:] if item.done else MUTED.hexval()[2:]
            lines.append(
                rich(
                    f'<font color="#{colour}">{prefix}</font> {escape(name)}'
                    f'<font color="#{GOOD.hexval()[2:]}">{done}</font>',
                    style("Calendar"),
                )
            )
        if len(items) > len(shown):
            lines.append(para(ctx.t("plan.more", n=len(items) - len(shown)), style("Calendar")))
        return lines

    def _compliance(self, lines: tuple[ComplianceLine, ...], ctx: Context) -> list[Flowable]:
        tiers = sorted(
            {ln.sub_tier.value if ln.sub_tier else ctx.t("plan.untiered") for ln in lines}
        )

        def total(attr: str, tier: str) -> int:
            return sum(
                int(getattr(ln, attr) or 0)
                for ln in lines
                if (ln.sub_tier.value if ln.sub_tier else ctx.t("plan.untiered")) == tier
            )

        chart = compliance_chart(
            tiers,
            [total("visits_required", t) for t in tiers],
            [total("visits_planned", t) for t in tiers],
            [total("visits_done", t) for t in tiers],
            (ctx.t("plan.required"), ctx.t("plan.planned"), ctx.t("plan.done")),
            width=ctx.width * 0.55,
            height=max(60.0, 22.0 * len(tiers) + 20),
        )
        ordered = sorted(
            lines,
            key=lambda ln: (
                ln.visits_ok and ln.phone_ok,
                ln.sub_tier.value if ln.sub_tier else "Z",
                ln.account,
            ),
        )
        req, plan, done = ctx.t("plan.required"), ctx.t("plan.planned"), ctx.t("plan.done")
        data: list[list[object]] = [
            [
                ctx.t("col.account"),
                ctx.t("plan.sub_tier"),
                ctx.t("plan.on_site"),
                "",
                "",
                ctx.t("plan.phone"),
                "",
                "",
                ctx.t("col.status"),
            ],
            ["", "", req, plan, done, req, plan, done, ""],
        ]
        for ln in ordered:
            ok = ln.visits_ok and ln.phone_ok
            status = mark(ctx.t("plan.ok")) if ok else mark(ctx.t("plan.short"), warn=True)
            data.append(
                [
                    ln.account,
                    ln.sub_tier.value if ln.sub_tier else DASH,
                    str(ln.visits_required)
                    if ln.visits_required is not None
                    else ctx.t("as_needed"),
                    str(ln.visits_planned),
                    _count(ln.visits_done, ln.visits_ok),
                    str(ln.phone_required),
                    str(ln.phone_planned),
                    _count(ln.phone_done, ln.phone_ok),
                    status,
                ]
            )
        cells = [
            [
                c
                if isinstance(c, Flowable)
                else rich(
                    str(c),
                    style("CellHead" if r < 2 else ("Cell" if i in (0, 1) else "CellCenter")),
                )
                for i, c in enumerate(row)
            ]
            for r, row in enumerate(data)
        ]
        widths = [6.0, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.4]
        scale = ctx.width / sum(widths)
        table = ReportTable(
            cells, colWidths=[w * scale for w in widths], repeatRows=2, hAlign="LEFT"
        )
        table.setStyle(
            [
                *ruled_table(header_rows=2),
                ("SPAN", (2, 0), (4, 0)),
                ("SPAN", (5, 0), (7, 0)),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (8, 0), (8, 1)),
                ("LINEBEFORE", (2, 0), (2, -1), 0.4, RULE),
                ("LINEBEFORE", (5, 0), (5, -1), 0.4, RULE),
                ("LINEBEFORE", (8, 0), (8, -1), 0.4, RULE),
            ]
        )
        short = sum(1 for ln in lines if not (ln.visits_ok and ln.phone_ok))
        summary = body(f"{ctx.t('plan.accounts_short')}: {short} / {len(lines)}")
        return [
            KeepTogether(
                [
                    heading(ctx.t("plan.compliance")),
                    summary,
                    para(ctx.t("plan.by_tier"), style("Label")),
                    chart,
                ]
            ),
            Spacer(1, 6),
            table,
        ]


def _count(value: int, ok: bool) -> str:
    return str(value) if ok else mark(str(value), warn=True)
