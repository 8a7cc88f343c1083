"""A stakeholder's personal profile (DOMAIN.md §3), each field described once.

Sensitive: kept in its own table, read only when the user opens the profile tab and
printed only on request. The profile tab, its load/save and the printed profile on the
customer card are derived from these descriptions.
"""

from __future__ import annotations

from fieldvisit.domain.fields.spec import FieldSpec, Form, Kind, Label, Printed


def L(en: str, zh: str | None = None) -> Label:
    """A label of the profile fields (context ``Fields.profile`` of the shared catalogue)."""
    return Label(en, zh, "Fields.profile")


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
    _p("birthday", L("Birthday"), Kind.DATE, _LINE, _ALONE),
    _p(
        "school",
        L("School"),
        Kind.TEXT,
        _LINE,
        _row("education", L("Education")),
        200,
    ),
    _p("major", L("Major"), Kind.TEXT, _LINE, _row("education"), 200),
    _p("hometown", L("Hometown"), Kind.TEXT, _LINE, _ALONE, 120),
    _p("spouse", L("Spouse"), Kind.TEXT, _LINE, _row("family", L("Family")), 200),
    _p("children", L("Children"), Kind.LONG_TEXT, _AREA, _row("family")),
    _p("personality", L("Personality"), Kind.LONG_TEXT, _AREA, _ALONE),
    _p(
        "hobbies",
        L("Hobbies"),
        Kind.LONG_TEXT,
        _AREA,
        _row("hobbies", L("Hobbies and sports")),
    ),
    _p("sports", L("Sports"), Kind.LONG_TEXT, _AREA, _row("hobbies")),
    _p("food", L("Food and restaurants"), Kind.LONG_TEXT, _AREA, _ALONE),
    _p("reading", L("Reading"), Kind.LONG_TEXT, _AREA, _ALONE),
    _p("car", L("Car"), Kind.TEXT, _LINE, _ALONE, 200),
    _p("holidays", L("Holidays"), Kind.LONG_TEXT, _AREA, _ALONE),
    _p("other_organisations", L("Other organisations"), Kind.LONG_TEXT, _AREA, _ALONE),
    _p(
        "colleague_relations",
        L("Relations with colleagues"),
        Kind.LONG_TEXT,
        _AREA,
        _ALONE,
    ),
    _p("notes", L("Notes"), Kind.LONG_TEXT, _AREA, _ALONE),
)
"""Every field of the personal profile, in the tab's order."""
