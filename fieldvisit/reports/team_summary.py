"""A manager's team co-visit summary for one month."""

from __future__ import annotations

from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldvisit.domain.labels import label
from fieldvisit.reports import strings
from fieldvisit.reports.base import Context, ReportRenderer
from fieldvisit.reports.blocks import DASH, body, data_table, figures_strip, mark, section
from fieldvisit.reports.charts import ratings_chart
from fieldvisit.reports.paragraphs import para, rich
from fieldvisit.reports.snapshots import RepFigures, TeamSnapshot
from fieldvisit.reports.styles import FILL, style


class TeamSummary(ReportRenderer[TeamSnapshot]):
    """Prints the figures of the snapshot as they are: it counts nothing itself."""

    title_key = "team.title"

    def subject(self, snapshot: TeamSnapshot, ctx: Context) -> str:
        return f"{snapshot.manager} · {strings.format_month(snapshot.month, ctx.lang)}"

    def story(self, snapshot: TeamSnapshot, ctx: Context) -> list[Flowable]:
        t = snapshot
        month = strings.format_month(t.month, ctx.lang)
        share_text = DASH if t.field_share_pct is None else f"{t.field_share_pct} %"
        meta = f"{label(t.work_base, ctx.lang)} · {ctx.t('team.target', pct=t.target_pct)}"
        if t.meets_target is False:
            meta += " · " + mark(share_text, warn=True)
        if t.through is None:
            meta += " · " + escape(ctx.t("team.not_begun"))
        elif t.partial:
            meta += " · " + escape(ctx.t("team.counted_to", date=ctx.date(t.through)))
        covisits = t.total.covisits if t.total else len(t.covisits)
        covisit_days = t.total.covisit_days if t.total else 0
        story: list[Flowable] = [
            para(ctx.t("team.heading", manager=t.manager, month=month), style("DocTitle")),
            rich(meta, style("Meta")),
            figures_strip(
                [
                    (ctx.t("team.covisits"), str(covisits)),
                    (ctx.t("team.covisit_days"), str(covisit_days)),
                    (ctx.t("team.field_days"), str(t.field_days)),
                    (ctx.t("team.working_days"), str(t.working_days)),
                    (ctx.t("team.field_share"), share_text),
                ],
                ctx.width,
            ),
            Spacer(1, 4),
            section(ctx.t("team.per_rep"), self._reps(t, ctx)),
        ]
        synced = [(r.rep, r.as_of) for r in t.reps if r.as_of is not None]
        if synced:
            reps = ctx.list_separator.join(
                f"{rep} {strings.format_datetime(when, ctx.lang)}" for rep, when in synced
            )
            story += [Spacer(1, 3), para(ctx.t("team.as_of", reps=reps), style("Meta"))]
        rated = [r for r in t.reps if r.average_rating is not None]
        if rated:
            series = [(ctx.t("col.average"), [round(r.average_rating or 0) for r in rated])]
            story.append(ratings_chart([r.rep for r in rated], series, ctx.width, height=40 * mm))
        story.append(section(ctx.t("team.list"), self._covisits(t, ctx)))
        return story

    def _reps(self, t: TeamSnapshot, ctx: Context) -> Flowable:
        rows = [_rep_row(r) for r in t.reps]
        extra = []
        if t.total is not None:
            rows.append(_rep_row(replace(t.total, rep=ctx.t("team.total"))))
            extra = [("BACKGROUND", (0, -1), (-1, -1), FILL)]
        header = [
            ctx.t(k)
            for k in (
                "col.rep",
                "team.covisits",
                "col.days",
                "col.joint",
                "col.demo",
                "col.coaching",
                "col.average",
                "col.open_actions",
                "col.late",
            )
        ]
        return data_table(
            header,
            rows,
            [2.4, 1, 0.9, 0.9, 0.9, 0.9, 1.1, 1.1, 1.1],
            ctx.width,
            extra=extra,
        )

    def _covisits(self, t: TeamSnapshot, ctx: Context) -> Flowable:
        if not t.covisits:
            return body(ctx.t("team.no_covisits"))
        rows = []
        for c in t.covisits:
            days = ctx.date(c.first_day)
            if c.last_day != c.first_day:
                days = ctx.t("range", start=days, end=ctx.date(c.last_day))
            status = label(c.status, ctx.lang)
            if c.late:
                status += " · " + ctx.t("team.late_mark")
            avg = f"{c.average_rating:.1f}" if c.average_rating is not None else DASH
            rows.append([days, c.rep, str(c.calls), avg, status])
        header = [
            ctx.t(k) for k in ("col.date", "col.rep", "col.calls", "col.average", "col.status")
        ]
        return data_table(header, rows, [2.6, 2, 1, 1.2, 2.2], ctx.width, zebra=True)


def _rep_row(r: RepFigures) -> list[str | None]:
    avg = f"{r.average_rating:.1f}" if r.average_rating is not None else DASH
    return [
        r.rep,
        str(r.covisits),
        str(r.covisit_days),
        str(r.joint_calls),
        str(r.demonstration_calls),
        str(r.coaching_calls),
        avg,
        str(r.open_actions),
        str(r.late_reports),
    ]
