"""The co-visit handout: what to do next on page 1, then ratings, calls and signatures."""

from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldvisit.domain.checklist import DEBRIEF_KEYS, PLAN_KEYS, ChecklistTemplate
from fieldvisit.domain.covisit_view import CallView, CoVisitView
from fieldvisit.domain.enums import CallStep, CoVisitStatus, Standard
from fieldvisit.domain.labels import code_label, label
from fieldvisit.reports.base import Context, ReportRenderer
from fieldvisit.reports.blocks import (
    DASH,
    ReportTable,
    body,
    boxed,
    bullets,
    data_table,
    fields_grid,
    heading,
    inline,
    labelled,
    mark,
    section,
    side_by_side,
    subheading,
)
from fieldvisit.reports.charts import ratings_chart
from fieldvisit.reports.paragraphs import para, rich
from fieldvisit.reports.snapshots import CoVisitSnapshot
from fieldvisit.reports.styles import RULE, style

MAX_EARLIER = 3


class CoVisitHandout(ReportRenderer[CoVisitSnapshot]):
    title_key = "covisit.title"

    def subject(self, snapshot: CoVisitSnapshot, ctx: Context) -> str:
        return f"{snapshot.view.rep_name} · {ctx.date(snapshot.view.first_day)}"

    def story(self, snapshot: CoVisitSnapshot, ctx: Context) -> list[Flowable]:
        """Page 1 is what to do next; every section without content is left out."""
        s = snapshot.view
        story: list[Flowable] = [
            para(ctx.t("covisit.heading", rep=s.rep_name), style("DocTitle")),
            rich(self._meta(s, ctx), style("Meta")),
        ]
        if s.development_objectives:
            story.append(
                boxed(
                    [
                        subheading(ctx.t("covisit.development_objectives")),
                        *bullets(s.development_objectives),
                    ],
                    ctx.width,
                )
            )
        if s.actions:
            story.append(section(ctx.t("covisit.action_plan"), self._actions(s, ctx)))
        story.append(section(ctx.t("covisit.big_question"), *self._big_question(snapshot, ctx)))
        sides = [
            [heading(ctx.t(f"covisit.{name}")), body(value)]
            for name, value in (
                ("strengths", s.strengths),
                ("development_areas", s.development_areas),
            )
            if value
        ]
        if len(sides) == 2:
            story.append(side_by_side(sides[0], sides[1], ctx.width))
        elif sides:
            story += sides[0]
        if s.ratings:
            story.append(section(ctx.t("covisit.ratings"), *self._ratings(snapshot, ctx)))
        if s.calls:
            first, *rest = [self._call(call, snapshot.checklist, ctx) for call in s.calls]
            story.append(KeepTogether([heading(ctx.t("covisit.calls")), first]))
            story += rest
        if s.review:
            story.append(section(ctx.t("covisit.review"), self._review(s, ctx)))
        story.append(self._signatures(s, ctx))
        return story

    def _meta(self, s: CoVisitView, ctx: Context) -> str:
        days = ctx.date(s.first_day)
        if s.last_day != s.first_day:
            days = ctx.t("range", start=days, end=ctx.date(s.last_day))
        kinds = Counter(call.call_type for call in s.calls)
        mix = ", ".join(f"{n} × {label(kind, ctx.lang)}" for kind, n in kinds.items())
        parts = [
            escape(ctx.t("covisit.manager_line", manager=s.manager_name)),
            escape(days),
            escape(
                ctx.t(
                    "covisit.calls_count_one" if len(s.calls) == 1 else "covisit.calls_count",
                    n=len(s.calls),
                )
                + (f" ({mix})" if mix else "")
            ),
        ]
        if s.territory:
            parts.insert(1, escape(s.territory))
        if s.revision > 1:
            parts.append(mark(ctx.t("revision", n=s.revision)))
        if s.late and s.status is CoVisitStatus.SIGNED_OFF:
            parts.append(mark(ctx.t("covisit.late"), warn=True))
        elif s.late:
            day = ctx.date(s.last_day)
            parts.append(mark(ctx.t("covisit.late_unsigned", day=day), warn=True))
        if s.status is not CoVisitStatus.SIGNED_OFF:
            parts.append(mark(label(s.status, ctx.lang), warn=True))
        return " · ".join(parts)

    def _actions(self, s: CoVisitView, ctx: Context) -> Flowable:
        rows = [
            [str(i), a.description, a.owner_name, ctx.date(a.due_on), label(a.status, ctx.lang)]
            for i, a in enumerate(s.actions, start=1)
        ]
        header = [
            "#",
            ctx.t("col.action"),
            ctx.t("col.owner"),
            ctx.t("col.due"),
            ctx.t("col.status"),
        ]
        return data_table(header, rows, [0.35, 5.2, 1.5, 1.5, 1.1], ctx.width)

    def _review(self, s: CoVisitView, ctx: Context) -> Flowable:
        rows = []
        for a in s.review:
            outcome = a.review_in(s.id)
            rows.append(
                [
                    a.description,
                    a.owner_name,
                    ctx.date(a.from_day),
                    label(outcome, ctx.lang) if outcome else ctx.t("covisit.not_reviewed"),
                    a.review_note,
                ]
            )
        header = [
            ctx.t("col.action"),
            ctx.t("col.owner"),
            ctx.t("col.agreed_on"),
            ctx.t("col.outcome"),
            ctx.t("col.review_note"),
        ]
        return data_table(header, rows, [3.6, 1.3, 1.3, 1.6, 2.6], ctx.width)

    def _big_question(self, snapshot: CoVisitSnapshot, ctx: Context) -> list[Flowable]:
        s = snapshot.view
        if s.big_question_yes is None:
            answer = mark(ctx.t("unanswered"), warn=True)
        else:
            answer = mark(
                ctx.t("yes") if s.big_question_yes else ctx.t("no"), warn=not s.big_question_yes
            )
        return [
            rich(f"{escape(_big_question_text(snapshot, ctx))}  <b>{answer}</b>", style("Body")),
            body(s.big_question_why, empty=""),
        ]

    def _ratings(self, s: CoVisitSnapshot, ctx: Context) -> list[Flowable]:
        ratings = s.view.ratings
        keys = [r.standard for r in ratings]
        names = [_standard_label(s.checklist, k, ctx.lang) for k in keys]
        earlier = s.earlier[-MAX_EARLIER:]
        series: list[tuple[str, list[int | None]]] = [
            (ctx.date(e.first_day), [dict(e.scores).get(k) for k in keys]) for e in earlier
        ]
        series.append((ctx.t("covisit.this_covisit"), [r.score for r in ratings]))
        previous = dict(s.earlier[-1].scores) if s.earlier else {}
        rows = []
        for name, r in zip(names, ratings, strict=True):
            before = previous.get(r.standard)
            rows.append(
                [
                    name,
                    f"{r.score} / 5",
                    _trend(r.score, before),
                    _meaning(s.checklist, r.standard, r.score, ctx.lang),
                    r.comment,
                ]
            )
        header = [
            ctx.t("col.standard"),
            ctx.t("col.score"),
            ctx.t("col.trend"),
            ctx.t("col.meaning"),
            ctx.t("col.comment"),
        ]
        table = data_table(header, rows, [2.0, 0.7, 0.8, 4.3, 2.4], ctx.width)
        return [ratings_chart(names, series, ctx.width, height=42 * mm), Spacer(1, 4), table]

    def _call(self, call: CallView, checklist: ChecklistTemplate | None, ctx: Context) -> Flowable:
        title = ctx.t(
            "covisit.call_title", n=call.seq, day=ctx.date(call.day), account=call.account_name
        )
        meta = label(call.call_type, ctx.lang)
        if call.stakeholder_names:
            meta += " · " + ctx.t("covisit.met", names=ctx.join(call.stakeholder_names))
        plan_text = [
            call.visit_objective,
            call.precall_opening,
            call.precall_key_messages,
            call.precall_objections,
            call.precall_commitment,
        ]
        debrief_text = [
            call.rep_self_assessment,
            call.feedback_went_well,
            call.feedback_do_differently,
            call.agreed_learning,
        ]
        plan = list(zip(_plan_labels(checklist, ctx), plan_text, strict=True))
        debrief = list(zip(_debrief_labels(checklist, ctx), debrief_text, strict=True))
        left = [para(ctx.t("covisit.precall"), style("Label"))]
        left += [inline(k, v) for k, v in plan if v]
        right = [para(ctx.t("covisit.debrief"), style("Label"))]
        right += [inline(k, v) for k, v in debrief if v]
        parts: list[Flowable] = [
            rich(f"<b>{escape(title)}</b>", style("Subheading")),
            para(meta, style("Small")),
            side_by_side(_spaced(left), _spaced(right), ctx.width),
        ]
        rated = [o for o in call.observations if o.rating]
        if rated:
            steps = " · ".join(
                f"{_step_label(checklist, o.step, ctx.lang)} {o.rating}" for o in rated
            )
            parts.append(para(f"{ctx.t('covisit.observed_steps')}: {steps}", style("Small")))
        notes = [
            inline(
                _step_label(checklist, o.step, ctx.lang) + (f" {o.rating}" if o.rating else ""),
                o.note,
                "Small",
            )
            for o in call.observations
            if o.note
        ]
        if notes:
            parts += [para(ctx.t("covisit.observation_notes"), style("Label")), *notes]
        rule = ReportTable([[""]], colWidths=[ctx.width], rowHeights=[4])
        rule.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)])
        return KeepTogether([*parts, rule])

    def _signatures(self, s: CoVisitView, ctx: Context) -> Flowable:
        def block(who: str, name: str, when: str) -> list[Flowable]:
            line = ReportTable([[""]], colWidths=[70 * mm], rowHeights=[14 * mm])
            line.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE)])
            return [labelled(who, name), line, para(when, style("Small"))]

        signed = (
            ctx.t("signed_on", date=ctx.date(s.manager_signed_at.date()))
            if s.manager_signed_at
            else ctx.t("not_signed")
        )
        acknowledged = (
            ctx.t("acknowledged_on", date=ctx.date(s.rep_acknowledged_at.date()))
            if s.rep_acknowledged_at
            else ctx.t("not_acknowledged")
        )
        parts: list[Flowable] = [heading(ctx.t("covisit.signatures"))]
        comments = [
            (ctx.t(key), text)
            for key, text in (
                ("covisit.manager_comments", s.manager_comments),
                ("covisit.rep_comments", s.rep_comments),
            )
            if text
        ]
        if comments:
            parts.append(fields_grid(comments, ctx.width, columns=1))
        parts += [
            side_by_side(
                block(ctx.t("covisit.manager_signature"), s.manager_name, signed),
                block(ctx.t("covisit.rep_signature"), s.rep_name, acknowledged),
                ctx.width,
            ),
        ]
        if s.revisions:
            parts.append(para(ctx.t("covisit.revisions"), style("Subheading")))
            parts += [
                para(
                    ctx.t(
                        "covisit.revision_line",
                        n=r.number,
                        date=ctx.date(r.made_at.date()),
                        reason=r.reason or DASH,
                    ),
                    style("Small"),
                )
                for r in s.revisions
            ]
        return KeepTogether(parts)


def _plan_labels(checklist: ChecklistTemplate | None, ctx: Context) -> list[str]:
    if checklist is not None:
        found = {i.key: i.label.get(ctx.lang) for i in checklist.plan_items}
        return [found[k] for k in PLAN_KEYS]
    keys = ("visit_objective", "opening", "key_messages", "objections", "commitment")
    return [ctx.t(f"covisit.{k}") for k in keys]


def _debrief_labels(checklist: ChecklistTemplate | None, ctx: Context) -> list[str]:
    if checklist is not None:
        found = {i.key: i.label.get(ctx.lang) for i in checklist.debrief_items}
        return [found[k] for k in DEBRIEF_KEYS]
    keys = ("self_assessment", "went_well", "do_differently", "agreed_learning")
    return [ctx.t(f"covisit.{k}") for k in keys]


def _big_question_text(s: CoVisitSnapshot, ctx: Context) -> str:
    if s.checklist is not None:
        return s.checklist.big_question.get(ctx.lang)
    return ctx.t("covisit.big_question_text")


def _standard_label(checklist: ChecklistTemplate | None, key: str, lang: str) -> str:
    if checklist is not None and checklist.standard(key) is not None:
        return checklist.standard_label(key, lang)
    return code_label(Standard, key, lang)


def _step_label(checklist: ChecklistTemplate | None, key: str, lang: str) -> str:
    if checklist is not None and any(step.key == key for step in checklist.steps):
        return checklist.step_label(key, lang)
    return code_label(CallStep, key, lang)


def _meaning(checklist: ChecklistTemplate | None, key: str, score: int, lang: str) -> str:
    """What the score means, in the wording of the report's own template version."""
    return checklist.level_meaning(key, score, lang) if checklist is not None else ""


def _trend(score: int, before: int | None) -> str:
    if before is None:
        return DASH
    if score > before:
        return f"↑ +{score - before}"
    if score < before:
        return f"↓ {score - before}"
    return "→ 0"


def _spaced(flowables: list[Flowable]) -> list[Flowable]:
    out: list[Flowable] = []
    for f in flowables:
        out += [f, Spacer(1, 1.5)]
    return out
