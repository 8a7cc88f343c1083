"""A stakeholder's own fields (DOMAIN.md §3), each described once, in the editor's order.

The person's editor, checks and load/save, the merge dialog and the sheet columns read
this table. The buying roles (a set, kept in their own table) and the personal profile
(sensitive, its own table) are not fields of the person and are handled apart.
"""

from __future__ import annotations

from fieldvisit.domain import card_rules as r
from fieldvisit.domain import enums as e
from fieldvisit.domain.fields.spec import Column, FieldSpec, Form, Kind, Label

L = Label
GROUP = "person"


def _contact(caption: Label) -> Form:
    return Form("identity", "contact", caption)


def _trust(attr: str, en: str, zh: str, question: Label) -> FieldSpec:
    label = L(f"Trust: {en}", f"信任：{zh}")
    return FieldSpec(attr, GROUP, label, Kind.SCORE, form=Form("assessment", "trust", question))


STAKEHOLDER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        GROUP,
        L("Name", "名称"),
        searched=True,
        max_length=120,
        required=r.PERSON_NAME_REQUIRED,
        default="",
        form=_contact(L("&Name", "名称(&N)")),
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
        L("Title", "职务"),
        max_length=120,
        form=_contact(L("&Title", "职务(&T)")),
        column=Column("Title", "职务", ("职位", "职称", "position", "jobtitle")),
    ),
    FieldSpec(
        "department",
        GROUP,
        L("Department", "科室"),
        max_length=120,
        form=_contact(L("&Department", "科室/部门(&D)")),
        column=Column("Department", "科室", ("部门", "dept")),
    ),
    FieldSpec(
        "mobile",
        GROUP,
        L("Mobile", "手机"),
        Kind.MOBILE,
        searched=True,
        max_length=40,
        form=_contact(L("&Mobile", "手机(&M)")),
        column=Column(
            "Mobile", "手机", ("手机号", "手机号码", "移动电话", "cell", "cellphone", "mobilephone")
        ),
    ),
    FieldSpec(
        "office_phone",
        GROUP,
        L("Office phone", "办公电话"),
        Kind.PHONE,
        searched=True,
        max_length=40,
        form=_contact(L("&Office phone", "办公电话(&O)")),
        column=Column(
            "Office phone", "办公电话", ("座机", "联系人电话", "workphone", "directline")
        ),
    ),
    FieldSpec(
        "email",
        GROUP,
        L("Email", "电子邮箱"),
        Kind.EMAIL,
        max_length=200,
        form=_contact(L("&Email", "电子邮箱(&E)")),
        column=Column("Email", "邮箱", ("电子邮件", "电子邮箱", "mail")),
    ),
    FieldSpec(
        "wechat",
        GROUP,
        L("WeChat", "微信"),
        max_length=80,
        form=_contact(L("&WeChat", "微信(&W)")),
        column=Column("WeChat", "微信", ("微信号", "weixin")),
    ),
    FieldSpec(
        "address",
        GROUP,
        L("Address", "地址"),
        max_length=300,
        form=_contact(L("&Address", "地址(&A)")),
    ),
    FieldSpec(
        "org_level",
        GROUP,
        L("Level", "层级"),
        Kind.ENUM,
        enum=e.OrgLevel,
        form=Form("identity", "level", L("Organisation level", "组织层级")),
        column=Column("Org level", "层级", ("管理层级",)),
    ),
    FieldSpec(
        "org_function",
        GROUP,
        L("Function", "部门职能"),
        Kind.ENUM,
        enum=e.OrgFunction,
        form=Form("identity", "level"),
    ),
    FieldSpec(
        "key_customer_level",
        GROUP,
        L("Key-customer level", "关键客户级别"),
        Kind.ENUM,
        enum=e.KeyAccountLevel,
        form=Form("identity", "level"),
    ),
    FieldSpec(
        "values_style",
        GROUP,
        L("Values", "价值观"),
        Kind.ENUM,
        enum=e.ValuesStyle,
        form=Form("assessment", "values"),
    ),
    FieldSpec(
        "thinking_preference",
        GROUP,
        L("Thinking preference", "思维偏好"),
        max_length=200,
        form=Form("assessment", "values"),
    ),
    FieldSpec(
        "adoption_stage",
        GROUP,
        L("Adoption stage", "采纳阶段"),
        Kind.ENUM,
        enum=e.AdoptionStage,
        form=Form("assessment", "values"),
    ),
    _trust("trust_rely", "can rely on us", "可以依靠", L("Can I rely on you?", "我能依靠你吗？")),
    _trust("trust_honest", "honest", "诚实", L("Are you honest?", "你诚实吗？")),
    _trust(
        "trust_sensitive",
        "sensitive to needs",
        "体察需求",
        L("Are you sensitive to my needs?", "你在意我的需求吗？"),
    ),
    _trust("trust_capable", "capable", "有能力", L("Are you capable?", "你有能力吗？")),
    _trust("trust_like", "likes us", "喜欢我们", L("Do I like you?", "我喜欢你吗？")),
    FieldSpec(
        "ended_on",
        GROUP,
        L("Left the role on", "离任日期"),
        Kind.DATE,
        form=Form("assessment", "end", L("Ended on", "离任日期")),
    ),
    FieldSpec(
        "notes",
        GROUP,
        L("Notes", "备注"),
        Kind.LONG_TEXT,
        form=Form("assessment", "end"),
        column=Column("Stakeholder notes", "联系人备注", ("contactnotes",)),
    ),
)
"""Every field of a person a user edits, in the editor's order."""
