"""A stakeholder's own fields (DOMAIN.md §3), each described once, in the editor's order.

The person's editor, checks and load/save, the merge dialog and the sheet columns read
this table. The buying roles (a set, kept in their own table) and the personal profile
(sensitive, its own table) are not fields of the person and are handled apart.
"""

from __future__ import annotations

from fieldvisit.domain import card_rules as r
from fieldvisit.domain import enums as e
from fieldvisit.domain.fields.spec import Column, FieldSpec, Form, Kind, Label


def L(en: str, zh: str | None = None) -> Label:
    """A label of the stakeholder fields (catalogue context ``Fields.stakeholder``)."""
    return Label(en, zh, "Fields.stakeholder")


GROUP = "person"


def _contact(caption: Label) -> Form:
    return Form("identity", "contact", caption)


def _trust(attr: str, label: Label, question: Label) -> FieldSpec:
    return FieldSpec(attr, GROUP, label, Kind.SCORE, form=Form("assessment", "trust", question))


STAKEHOLDER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        GROUP,
        L("Name"),
        searched=True,
        max_length=120,
        required=r.PERSON_NAME_REQUIRED,
        default="",
        form=_contact(L("&Name")),
        column=Column(
            "Stakeholder",
            "联系人",
            (
                "姓名",
                "联系人姓名",
                "利害关系人",
                "contact",
                "contactname",
                "stakeholdername",
                "person",
            ),
        ),
    ),
    FieldSpec(
        "title",
        GROUP,
        L("Title"),
        max_length=120,
        form=_contact(L("&Title")),
        column=Column("Title", "职务", ("职位", "职称", "position", "jobtitle")),
    ),
    FieldSpec(
        "department",
        GROUP,
        L("Department"),
        max_length=120,
        form=_contact(L("&Department")),
        column=Column("Department", "科室", ("部门", "dept")),
    ),
    FieldSpec(
        "mobile",
        GROUP,
        L("Mobile"),
        Kind.MOBILE,
        searched=True,
        max_length=40,
        form=_contact(L("&Mobile")),
        column=Column(
            "Mobile", "手机", ("手机号", "手机号码", "移动电话", "cell", "cellphone", "mobilephone")
        ),
    ),
    FieldSpec(
        "office_phone",
        GROUP,
        L("Office phone"),
        Kind.PHONE,
        searched=True,
        max_length=40,
        form=_contact(L("&Office phone")),
        column=Column(
            "Office phone", "办公电话", ("座机", "联系人电话", "workphone", "directline")
        ),
    ),
    FieldSpec(
        "email",
        GROUP,
        L("Email"),
        Kind.EMAIL,
        max_length=200,
        form=_contact(L("&Email")),
        column=Column("Email", "邮箱", ("电子邮件", "电子邮箱", "mail")),
    ),
    FieldSpec(
        "wechat",
        GROUP,
        L("WeChat"),
        max_length=80,
        form=_contact(L("&WeChat")),
        column=Column("WeChat", "微信", ("微信号", "weixin")),
    ),
    FieldSpec(
        "address",
        GROUP,
        L("Address"),
        max_length=300,
        form=_contact(L("&Address")),
    ),
    FieldSpec(
        "org_level",
        GROUP,
        L("Level"),
        Kind.ENUM,
        enum=e.OrgLevel,
        form=Form("identity", "level", L("Organisation level")),
        column=Column("Org level", "层级", ("管理层级",)),
    ),
    FieldSpec(
        "org_function",
        GROUP,
        L("Function"),
        Kind.ENUM,
        enum=e.OrgFunction,
        form=Form("identity", "level"),
    ),
    FieldSpec(
        "key_customer_level",
        GROUP,
        L("Key-customer level"),
        Kind.ENUM,
        enum=e.KeyAccountLevel,
        form=Form("identity", "level"),
    ),
    FieldSpec(
        "values_style",
        GROUP,
        L("Values"),
        Kind.ENUM,
        enum=e.ValuesStyle,
        form=Form("assessment", "values"),
    ),
    FieldSpec(
        "thinking_preference",
        GROUP,
        L("Thinking preference"),
        max_length=200,
        form=Form("assessment", "values"),
    ),
    FieldSpec(
        "adoption_stage",
        GROUP,
        L("Adoption stage"),
        Kind.ENUM,
        enum=e.AdoptionStage,
        form=Form("assessment", "values"),
    ),
    _trust(
        "trust_rely",
        L("Trust: can rely on us"),
        L("Can I rely on you?"),
    ),
    _trust("trust_honest", L("Trust: honest"), L("Are you honest?")),
    _trust(
        "trust_sensitive",
        L("Trust: sensitive to needs"),
        L("Are you sensitive to my needs?"),
    ),
    _trust("trust_capable", L("Trust: capable"), L("Are you capable?")),
    _trust("trust_like", L("Trust: likes us"), L("Do I like you?")),
    FieldSpec(
        "ended_on",
        GROUP,
        L("Left the role on"),
        Kind.DATE,
        form=Form("assessment", "end", L("Ended on")),
    ),
    FieldSpec(
        "notes",
        GROUP,
        L("Notes"),
        Kind.LONG_TEXT,
        form=Form("assessment", "end"),
        column=Column("Stakeholder notes", "联系人备注", ("contactnotes",)),
    ),
)
"""Every field of a person a user edits, in the editor's order."""
