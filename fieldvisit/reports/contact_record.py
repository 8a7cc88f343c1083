"""The contact record (客户联系记录卡): one contact with an account, as filed."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from fieldvisit.domain.enums import AdminObjective, Purpose, SalesObjective
from fieldvisit.domain.labels import code_label, label
from fieldvisit.reports import strings
from fieldvisit.reports.base import Context, ReportRenderer
from fieldvisit.reports.blocks import (
    body,
    boxed,
    data_table,
    fields_grid,
    heading,
    section,
    side_by_side,
)
from fieldvisit.reports.paragraphs import para
from fieldvisit.reports.snapshots import RecordView, VisitCheckSnapshot
from fieldvisit.reports.styles import style


class ContactRecordReport(ReportRenderer[RecordView]):
    title_key = "record.title"

    def subject(self, snapshot: RecordView, ctx: Context) -> str:
        return f"{snapshot.account} · {ctx.date(snapshot.occurred_at.date())}"

    def story(self, snapshot: RecordView, ctx: Context) -> list[Flowable]:
        r = snapshot
        lang = ctx.lang
        when = strings.format_datetime(r.occurred_at, lang)
        story: list[Flowable] = [
            para(r.account, style("DocTitle")),
            para(f"{label(r.method, lang)} · {when} · {label(r.status, lang)}", style("Meta")),
            fields_grid(
                [
                    (ctx.t("record.when"), when),
                    (ctx.t("record.method"), label(r.method, lang)),
                    (ctx.t("record.place"), r.place),
                    (ctx.t("record.stakeholders"), ctx.join(r.stakeholders_met)),
                    (ctx.t("record.participants"), ctx.join(r.participants)),
                    (ctx.t("record.author"), r.author),
                ],
                ctx.width,
            ),
            section(
                ctx.t("record.objectives"),
                fields_grid(
                    [
                        (
                            ctx.t("record.sales_objectives"),
                            _codes(SalesObjective, r.sales_objectives, ctx),
                        ),
                        (
                            ctx.t("record.admin_objectives"),
                            _codes(AdminObjective, r.admin_objectives, ctx),
                        ),
                        (ctx.t("record.purposes"), _codes(Purpose, r.purposes, ctx)),
                    ],
                    ctx.width,
                ),
                body(r.objective_notes, empty=""),
            ),
            section(ctx.t("record.content"), body(r.content)),
            section(
                ctx.t("record.review"),
                fields_grid(
                    [
                        (ctx.t("record.successes"), r.successes),
                        (ctx.t("record.shortcomings"), r.shortcomings),
                        (ctx.t("record.lessons"), r.lessons),
                    ],
                    ctx.width,
                ),
            ),
            section(ctx.t("record.agreements"), *self._agreements(r, ctx)),
            section(
                ctx.t("record.plan"),
                boxed(
                    [
                        fields_grid(
                            [
                                (ctx.t("record.next_steps"), r.next_steps),
                                (ctx.t("record.next_visit"), ctx.date(r.next_visit_on)),
                            ],
                            ctx.width - 16,
                            columns=2,
                        )
                    ],
                    ctx.width,
                ),
            ),
        ]
        if r.special_notes or r.other_notes:
            story.append(Spacer(1, 4))
            story.append(
                side_by_side(
                    [heading(ctx.t("record.special_notes")), body(r.special_notes)],
                    [heading(ctx.t("record.other_notes")), body(r.other_notes)],
                    ctx.width,
                )
            )
        if r.check is not None:
            story.append(section(ctx.t("record.checks"), self._checks(r.check, ctx)))
        return story

    def _agreements(self, r: RecordView, ctx: Context) -> list[Flowable]:
        parts: list[Flowable] = []
        if r.new_agreements:
            parts.append(body(r.new_agreements))
        if r.promises:
            rows = [
                [
                    p.description,
                    p.stakeholder,
                    p.owner,
                    ctx.date(p.due_on),
                    label(p.status, ctx.lang),
                ]
                for p in r.promises
            ]
            header = [
                ctx.t("col.promise"),
                ctx.t("col.stakeholder"),
                ctx.t("col.owner"),
                ctx.t("col.due"),
                ctx.t("col.status"),
            ]
            parts.append(data_table(header, rows, [4.6, 1.5, 1.4, 1.5, 1.1], ctx.width))
        return parts or [body(ctx.t("none"))]

    def _checks(self, c: VisitCheckSnapshot, ctx: Context) -> Flowable:
        items = [
            (ctx.t("check.our_prices"), c.our_prices),
            (ctx.t("check.competitor_prices"), c.competitor_prices),
            (ctx.t("check.stock"), c.stock),
            (ctx.t("check.sell_through"), c.sell_through),
            (ctx.t("check.credit_limit"), _money(c.credit_limit_cents)),
            (ctx.t("check.paid"), _money(c.paid_cents)),
            (ctx.t("check.unpaid"), _money(c.unpaid_cents)),
            (ctx.t("check.receivable"), _money(c.receivable_cents)),
            (ctx.t("check.promotion"), c.promotion_compliance),
            (ctx.t("check.shelf"), c.shelf_display),
            (ctx.t("check.draft_order"), c.draft_order),
        ]
        return fields_grid([(k, v) for k, v in items if v], ctx.width, columns=3)


def _codes(
    enum_type: type[SalesObjective] | type[AdminObjective] | type[Purpose],
    codes: tuple[str, ...],
    ctx: Context,
) -> str | None:
    return ctx.join(code_label(enum_type, c, ctx.lang) for c in codes)


def _money(cents: int | None) -> str | None:
    return strings.format_money(cents) if cents is not None else None
