"""The customer card (客户资料卡). Personal profiles only when the snapshot carries them.

The rows of the basics, classification, commercial and notes sections are derived from
the card's field descriptions (:mod:`fieldvisit.domain.fields.account`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from reportlab.platypus import Flowable, Spacer

from fieldvisit.domain.enums import KeyAccountLevel
from fieldvisit.domain.fields import account as account_fields
from fieldvisit.domain.fields import profile
from fieldvisit.domain.fields.spec import FieldSpec, Kind, PrintRow, print_rows
from fieldvisit.domain.labels import label
from fieldvisit.reports import strings
from fieldvisit.reports.base import Context, ReportRenderer
from fieldvisit.reports.blocks import DASH, body, boxed, data_table, fields_grid, mark, section
from fieldvisit.reports.paragraphs import para, rich
from fieldvisit.reports.snapshots import AccountSnapshot, ProfileSnapshot
from fieldvisit.reports.styles import style


class CustomerCard(ReportRenderer[AccountSnapshot]):
    title_key = "card.title"

    def subject(self, snapshot: AccountSnapshot, ctx: Context) -> str:
        return snapshot.name

    def story(self, snapshot: AccountSnapshot, ctx: Context) -> list[Flowable]:
        a = snapshot
        lang = ctx.lang
        rows = {
            part: [(row, _row_text(row, a.values, ctx)) for row in print_rows(_fields(), part)]
            for part in account_fields.PRINT_SECTIONS
        }
        tier = next(
            (text for row, text in rows["classification"] if row.printed.row == "tier"), None
        )
        meta = [label(a.account_type, lang), label(a.status, lang)]
        if tier:
            meta.append(f"{ctx.t('card.tier')} {tier}")
        story: list[Flowable] = [
            para(a.name, style("DocTitle")),
            para(" · ".join(meta), style("Meta")),
        ]
        for part in ("basics", "classification", "commercial"):
            items = [(row.label.text(lang), text) for row, text in rows[part]]
            story.append(section(ctx.t(f"card.{part}"), fields_grid(items, ctx.width)))
        story.append(section(ctx.t("card.stakeholders"), *self._stakeholders(a, ctx)))
        if a.with_personal:
            story.append(section(ctx.t("card.profiles"), *self._profiles(a, ctx)))
        story += self._history(a, ctx)
        notes = [body(text) for _, text in rows["notes"] if text]
        if notes:
            story.append(section(ctx.t("card.notes"), *notes))
        return story

    def _stakeholders(self, a: AccountSnapshot, ctx: Context) -> list[Flowable]:
        if not a.stakeholders:
            return [body(ctx.t("none"))]
        rows: list[list[str | None]] = []
        for p in a.stakeholders:
            name = (
                p.name
                if p.ended_on is None
                else f"{p.name} ({ctx.t('card.left', date=ctx.date(p.ended_on))})"
            )
            rows.append(
                [
                    name,
                    ctx.join(x for x in (p.title, p.department) if x),
                    ctx.join(label(r, ctx.lang) for r in p.roles),
                    "\n".join(x for x in (p.mobile, p.office_phone, p.wechat, p.email) if x)
                    or None,
                ]
            )
        header = [
            ctx.t("card.name"),
            ctx.t("card.position"),
            ctx.t("card.roles"),
            ctx.t("card.contact"),
        ]
        parts: list[Flowable] = [
            data_table(header, rows, [1.6, 2.2, 2.6, 2.6], ctx.width, zebra=True)
        ]
        active = [p for p in a.stakeholders if p.ended_on is None]
        if a.values.get("key_account_level") is KeyAccountLevel.LEVEL_1 and len(active) == 1:
            parts += [
                Spacer(1, 3),
                rich(mark(ctx.t("card.single_stakeholder"), warn=True), style("Small")),
            ]
        return parts

    def _profiles(self, a: AccountSnapshot, ctx: Context) -> list[Flowable]:
        parts: list[Flowable] = []
        for p in a.stakeholders:
            content: list[Flowable] = [para(p.name, style("Subheading"))]
            if p.profile is None:
                content.append(para(ctx.t("card.no_profile"), style("Small")))
            else:
                items = [(k, v) for k, v in _profile_items(p.profile, ctx) if v]
                content.append(fields_grid(items, ctx.width - 16))
            parts.append(boxed(content, ctx.width))
        return parts or [body(ctx.t("none"))]

    def _history(self, a: AccountSnapshot, ctx: Context) -> list[Flowable]:
        lang, w = ctx.lang, ctx.width
        parts: list[Flowable] = []
        rows: list[list[str | None]]
        if a.contributions:
            rows = [
                [
                    f"{label(c.period_kind, lang)} {ctx.date(c.period_start)}",
                    strings.format_number(c.volume_units),
                    strings.format_money(c.revenue_cents),
                    strings.format_money(c.collections_cents),
                    strings.format_money(c.receivables_cents),
                ]
                for c in a.contributions
            ]
            header = [
                ctx.t(k)
                for k in (
                    "col.period",
                    "col.volume",
                    "col.revenue",
                    "col.collections",
                    "col.receivables",
                )
            ]
            parts.append(
                section(
                    ctx.t("card.contributions"),
                    data_table(header, rows, [2.2, 1.2, 1.8, 1.8, 1.8], w),
                )
            )
        if a.projects:
            rows = [[p.name, label(p.stage, lang), ctx.date(p.started_on)] for p in a.projects]
            header = [ctx.t("col.project"), ctx.t("col.stage"), ctx.t("col.started")]
            parts.append(section(ctx.t("card.projects"), data_table(header, rows, [4, 3, 2], w)))
        if a.open_promises:
            rows = [[p.description, p.owner, ctx.date(p.due_on)] for p in a.open_promises]
            header = [ctx.t("col.promise"), ctx.t("col.owner"), ctx.t("col.due")]
            parts.append(
                section(ctx.t("card.open_promises"), data_table(header, rows, [6, 1.5, 1.5], w))
            )
        if a.complaints:
            rows = [
                [ctx.date(c.received_on), c.description, c.handling, ctx.date(c.resolved_on)]
                for c in a.complaints
            ]
            header = [
                ctx.t(k) for k in ("col.date", "col.complaint", "col.handling", "col.resolved")
            ]
            parts.append(
                section(ctx.t("card.complaints"), data_table(header, rows, [1.5, 3.5, 3, 1.5], w))
            )
        if a.recent_contacts:
            rows = [
                [ctx.date(c.occurred_on), label(c.method, lang), c.summary]
                for c in a.recent_contacts
            ]
            header = [ctx.t("col.date"), ctx.t("col.method"), ctx.t("col.summary")]
            parts.append(
                section(ctx.t("card.recent_contacts"), data_table(header, rows, [1.5, 1.8, 6], w))
            )
        return parts


def _fields() -> tuple[FieldSpec, ...]:
    return account_fields.ACCOUNT_FIELDS


def _row_text(row: PrintRow, values: Mapping[str, object], ctx: Context) -> str | None:
    texts = [_value_text(f, values.get(f.attr), ctx) for f in row.fields]
    return row.text(texts, DASH, ctx.list_separator)


def _value_text(spec: FieldSpec, value: object, ctx: Context) -> str | None:
    """A field's value as printed: codes by their label, dates and money in the
    document's language; nothing for an empty value (or a zero amount)."""
    if value is None or value == "" or (spec.kind is Kind.MONEY and not value):
        return None
    if isinstance(value, StrEnum):
        return label(value, ctx.lang)
    if isinstance(value, bool):
        return ctx.t("yes" if value else "no")
    if isinstance(value, date):
        return ctx.date(value)
    if spec.kind is Kind.MONEY and isinstance(value, int):
        return strings.format_money(value)
    return str(value)


def _profile_items(p: ProfileSnapshot, ctx: Context) -> list[tuple[str, str | None]]:
    rows = print_rows(profile.PROFILE_FIELDS, "profile")
    return [(row.label.text(ctx.lang), _row_text(row, p.values, ctx)) for row in rows]
