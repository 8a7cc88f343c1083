"""The customer card (客户资料卡). Personal profiles only when the snapshot carries them."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from fieldvisit.domain.enums import KeyAccountLevel
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
        tier = a.sub_tier.value if a.sub_tier else (a.tier.value if a.tier else None)
        meta = [label(a.account_type, lang), label(a.status, lang)]
        if tier:
            meta.append(f"{ctx.t('card.tier')} {tier}")
        story: list[Flowable] = [
            para(a.name, style("DocTitle")),
            para(" · ".join(meta), style("Meta")),
            section(
                ctx.t("card.basics"),
                fields_grid(
                    [
                        (
                            ctx.t("card.address"),
                            _address(a),
                        ),
                        (ctx.t("card.phone"), a.phone),
                        (ctx.t("card.fax"), a.fax),
                        (ctx.t("card.website"), a.website),
                        (ctx.t("card.legal"), a.legal_representative),
                        (ctx.t("card.owner"), a.owner),
                        (ctx.t("card.handler"), a.their_handler),
                        (
                            ctx.t("card.began"),
                            ctx.date(a.business_began_on) if a.business_began_on else None,
                        ),
                        (ctx.t("card.scale"), a.business_scale),
                        (ctx.t("card.key_staff"), a.key_staff),
                    ],
                    ctx.width,
                ),
            ),
            section(
                ctx.t("card.classification"),
                fields_grid(
                    [
                        (ctx.t("card.tier"), tier),
                        (
                            ctx.t("card.key_level"),
                            label(a.key_account_level, lang) if a.key_account_level else None,
                        ),
                        (ctx.t("card.man"), a.man_grade.value if a.man_grade else None),
                        (
                            ctx.t("card.credit_5c"),
                            " / ".join(g.value if g else DASH for g in a.credit_grades),
                        ),
                        (
                            ctx.t("card.credit_grade"),
                            a.credit_grade.value if a.credit_grade else None,
                        ),
                        (
                            ctx.t("card.credit_limit"),
                            strings.format_money(a.credit_limit_cents)
                            if a.credit_limit_cents
                            else None,
                        ),
                    ],
                    ctx.width,
                ),
            ),
            section(
                ctx.t("card.commercial"),
                fields_grid(
                    [
                        (ctx.t("card.brands"), a.brands_carried),
                        (ctx.t("card.settlement"), a.settlement),
                        (ctx.t("card.delivery"), a.delivery_requirements),
                    ],
                    ctx.width,
                ),
            ),
            section(ctx.t("card.stakeholders"), *self._stakeholders(a, ctx)),
        ]
        if a.with_personal:
            story.append(section(ctx.t("card.profiles"), *self._profiles(a, ctx)))
        story += self._history(a, ctx)
        if a.notes:
            story.append(section(ctx.t("card.notes"), body(a.notes)))
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
        if a.key_account_level is KeyAccountLevel.LEVEL_1 and len(active) == 1:
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


def _address(a: AccountSnapshot) -> str | None:
    """Province and city before the street address, unless the address already says them."""
    parts = list(dict.fromkeys(x for x in (a.province, a.city) if x and x not in (a.address or "")))
    return " ".join([*parts, *([a.address] if a.address else [])]) or None


def _profile_items(p: ProfileSnapshot, ctx: Context) -> list[tuple[str, str | None]]:
    return [
        (ctx.t("profile.birthday"), ctx.date(p.birthday) if p.birthday else None),
        (ctx.t("profile.education"), ctx.join(x for x in (p.school, p.major) if x)),
        (ctx.t("profile.hometown"), p.hometown),
        (ctx.t("profile.family"), ctx.join(x for x in (p.spouse, p.children) if x)),
        (ctx.t("profile.personality"), p.personality),
        (ctx.t("profile.hobbies"), ctx.join(x for x in (p.hobbies, p.sports) if x)),
        (ctx.t("profile.food"), p.food),
        (ctx.t("profile.reading"), p.reading),
        (ctx.t("profile.car"), p.car),
        (ctx.t("profile.holidays"), p.holidays),
        (ctx.t("profile.organisations"), p.other_organisations),
        (ctx.t("profile.colleagues"), p.colleague_relations),
        (ctx.t("profile.notes"), p.notes),
    ]
