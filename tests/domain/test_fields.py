"""The card's field descriptions: each edited column described once, and consistently."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import String

import fieldvisit
from fieldvisit.domain.fields import account, profile, stakeholder
from fieldvisit.domain.fields.spec import Column, FieldSpec, Kind, Label, Printed, print_rows
from fieldvisit.storage.models import Account, Stakeholder, StakeholderProfile

BOOKKEEPING = {"id", "created_at", "updated_at", "deleted_at", "search_key"}
EDITOR_BLOCKS = {
    ("basics", "quick"),
    ("basics", "details"),
    ("relationship", "relationship"),
    ("relationship", "classification"),
    ("relationship", "man"),
    ("relationship", "early"),
    ("credit", "grades"),
    ("credit", "overall"),
    ("credit", "commercial"),
}


def test_every_account_column_users_edit_is_described_exactly_once() -> None:
    edited = [c.name for c in Account.__table__.columns if c.name not in BOOKKEEPING]
    attrs = [f.attr for f in account.ACCOUNT_FIELDS]
    assert sorted(attrs) == sorted(edited)
    assert len(set(attrs)) == len(attrs)
    keys = [f.key for f in account.ACCOUNT_FIELDS]
    assert len(set(keys)) == len(keys)


def test_every_stakeholder_column_users_edit_is_described_exactly_once() -> None:
    own = BOOKKEEPING | {"account_id"}
    edited = [c.name for c in Stakeholder.__table__.columns if c.name not in own]
    attrs = [f.attr for f in stakeholder.STAKEHOLDER_FIELDS]
    assert sorted(attrs) == sorted(edited)
    assert len(set(attrs)) == len(attrs)
    columns = Stakeholder.__table__.columns
    for f in stakeholder.STAKEHOLDER_FIELDS:
        assert f.label.en and f.label.zh and f.form is not None, f.attr
        column_type = columns[f.attr].type
        if isinstance(column_type, String) and column_type.length and f.kind is not Kind.ENUM:
            assert f.max_length == column_type.length, f.attr


def test_every_profile_column_is_described_once_and_printed() -> None:
    own = BOOKKEEPING | {"stakeholder_id"}
    edited = [c.name for c in StakeholderProfile.__table__.columns if c.name not in own]
    attrs = [f.attr for f in profile.PROFILE_FIELDS]
    assert sorted(attrs) == sorted(edited) and len(set(attrs)) == len(attrs)
    columns = StakeholderProfile.__table__.columns
    for f in profile.PROFILE_FIELDS:
        column_type = columns[f.attr].type
        if isinstance(column_type, String) and column_type.length:
            assert f.max_length == column_type.length, f.attr
        assert f.printed is not None and f.printed.section == "profile", f.attr
    rows = print_rows(profile.PROFILE_FIELDS, "profile")
    [education] = [r for r in rows if r.label.en == "Education"]
    assert education.text(["复旦大学", "药学"], "—", "、") == "复旦大学、药学"
    assert education.text([None, "药学"], "—", "、") == "药学"


def test_descriptions_agree_with_the_model() -> None:
    columns = Account.__table__.columns
    for f in account.ACCOUNT_FIELDS:
        column_type = columns[f.attr].type
        if isinstance(column_type, String) and column_type.length and f.kind is not Kind.ENUM:
            assert f.max_length == column_type.length, f.attr
        assert (f.kind is Kind.MONEY) == f.attr.endswith("_cents"), f.attr
        assert f.group in account.CARD_GROUPS, f.attr


def test_every_field_is_labelled_in_both_languages_and_placed_in_the_editor() -> None:
    for f in account.ACCOUNT_FIELDS:
        assert f.label.en and f.label.zh and f.label.en != f.label.zh, f.attr
        assert f.form is not None and (f.form.tab, f.form.section) in EDITOR_BLOCKS, f.attr
        if f.printed is not None:
            assert f.printed.section in account.PRINT_SECTIONS, f.attr
        if f.column is not None:
            assert f.column.en and f.column.zh, f.attr


def test_labels_drop_mnemonics_when_plain() -> None:
    assert Label("&Name", "名称(&N)").plain("zh") == "名称"
    assert Label("Pro&vince", "省份(&V)").plain("en") == "Province"
    assert Label("R&&D", "研发").plain("en") == "R&D"


def test_fields_sharing_a_print_row_join_as_described() -> None:
    def spec(attr: str, printed: Printed) -> FieldSpec:
        return FieldSpec(attr, "basics", Label(attr, attr + "字"), printed=printed)

    place = (
        spec("province", Printed("s", row="at", label=Label("Where", "地点"), contained=True)),
        spec("city", Printed("s", row="at")),
        spec("street", Printed("s", row="at")),
    )
    [row] = print_rows(place, "s")
    assert row.label.en == "Where" and [f.attr for f in row.fields] == [
        "province",
        "city",
        "street",
    ]
    assert row.text(["北京", "东城区", "北京东城区帅府园1号"], "—") == "北京东城区帅府园1号"
    assert row.text(["上海", "上海", "武进路 85 号"], "—") == "上海 武进路 85 号"
    assert row.text([None, None, None], "—") is None

    grades = tuple(
        spec(n, Printed("s", row="5c", join=" / ", blanks=True)) for n in ("a", "b", "c")
    )
    [row] = print_rows(grades, "s")
    assert row.text(["A", None, "C"], "—") == "A / — / C"

    tiers = (spec("tier", Printed("s", row="t", join="")), spec("sub", Printed("s", row="t")))
    [row] = print_rows(tiers, "s")
    assert row.text(["A", "A1"], "—") == "A1" and row.text(["B", None], "—") == "B"


def test_only_the_section_asked_for_is_printed() -> None:
    fields = (
        FieldSpec("x", "basics", Label("X", "甲"), printed=Printed("one")),
        FieldSpec("y", "basics", Label("Y", "乙"), printed=Printed("two")),
        FieldSpec("z", "basics", Label("Z", "丙"), column=Column("Z", "丙")),
    )
    assert [r.label.en for r in print_rows(fields, "two")] == ["Y"]


PLAIN_FIELDS = (
    "legal_representative",
    "postal_code",
    "outlets",
    "house_rules",
    "key_staff",
    "business_scale",
    "supply_agreement_terms",
    "brands_carried",
    "invoice_type",
    "settlement_contact",
    "after_sales_service",
    "early_classification_notes",
)
"""Card fields no rule singles out: nothing but their description should name them."""
WHERE_A_FIELD_IS_NAMED = {
    "domain/fields/account.py",  # the description
    "storage/models/accounts.py",  # the column
}
"""Besides the migrations, and the demo data generator (which fills every field)."""


def test_a_plain_card_field_is_named_only_by_its_description_model_and_migrations() -> None:
    package = Path(fieldvisit.__file__).parent
    for name in PLAIN_FIELDS:
        pattern = re.compile(rf"\b{name}\b")
        named = {
            path.relative_to(package).as_posix()
            for path in package.rglob("*.py")
            if pattern.search(path.read_text(encoding="utf-8"))
        }
        named = {
            p for p in named if not p.startswith(("storage/migrations/versions/", "services/demo/"))
        }
        assert named <= WHERE_A_FIELD_IS_NAMED, (name, named - WHERE_A_FIELD_IS_NAMED)


def test_the_searched_fields_are_those_the_search_key_is_built_from() -> None:
    # services.accounts.search_keys builds an account's key from these columns.
    searched = {f.attr for f in account.ACCOUNT_FIELDS if f.searched}
    assert searched == {"name", "province", "city", "address", "phone", "fax"}
