"""A stakeholder's personal profile (DOMAIN.md §3), each field described once.

Sensitive: kept in its own table, read only when the user opens the profile tab and
printed only on request. The profile tab, its load/save and the printed profile on the
customer card are derived from these descriptions.
"""

from __future__ import annotations

from fieldvisit.domain.fields.spec import FieldSpec, Form, Kind, Label, Printed

L = Label
GROUP = "profile"
_LINE = Form("profile", "profile", lines=1)
_AREA = Form("profile", "profile", lines=2)


def _p(
    attr: str, label: Label, kind: Kind, form: Form, printed: Printed, length: int | None = None
) -> FieldSpec:
    return FieldSpec(attr, GROUP, label, kind, max_length=length, form=form, printed=printed)


def _row(row: str, label: Label | None = None) -> Printed:
    return Printed("profile", row=row, label=label, listed=True)


_ALONE = Printed("profile")

PROFILE_FIELDS: tuple[FieldSpec, ...] = (
    _p("birthday", L("Birthday", "生日"), Kind.DATE, _LINE, _ALONE),
    _p(
        "school",
        L("School", "毕业院校"),
        Kind.TEXT,
        _LINE,
        _row("education", L("Education", "教育背景")),
        200,
    ),
    _p("major", L("Major", "专业"), Kind.TEXT, _LINE, _row("education"), 200),
    _p("hometown", L("Hometown", "籍贯"), Kind.TEXT, _LINE, _ALONE, 120),
    _p("spouse", L("Spouse", "配偶"), Kind.TEXT, _LINE, _row("family", L("Family", "家庭")), 200),
    _p("children", L("Children", "子女"), Kind.LONG_TEXT, _AREA, _row("family")),
    _p("personality", L("Personality", "性格"), Kind.LONG_TEXT, _AREA, _ALONE),
    _p(
        "hobbies",
        L("Hobbies", "爱好"),
        Kind.LONG_TEXT,
        _AREA,
        _row("hobbies", L("Hobbies and sports", "爱好与运动")),
    ),
    _p("sports", L("Sports", "运动"), Kind.LONG_TEXT, _AREA, _row("hobbies")),
    _p("food", L("Food and restaurants", "饮食与餐厅"), Kind.LONG_TEXT, _AREA, _ALONE),
    _p("reading", L("Reading", "阅读"), Kind.LONG_TEXT, _AREA, _ALONE),
    _p("car", L("Car", "座驾"), Kind.TEXT, _LINE, _ALONE, 200),
    _p("holidays", L("Holidays", "假期安排"), Kind.LONG_TEXT, _AREA, _ALONE),
    _p("other_organisations", L("Other organisations", "其他组织"), Kind.LONG_TEXT, _AREA, _ALONE),
    _p(
        "colleague_relations",
        L("Relations with colleagues", "同事关系"),
        Kind.LONG_TEXT,
        _AREA,
        _ALONE,
    ),
    _p("notes", L("Notes", "备注"), Kind.LONG_TEXT, _AREA, _ALONE),
)
"""Every field of the personal profile, in the tab's order."""
