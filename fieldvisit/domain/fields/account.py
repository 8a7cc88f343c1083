"""The customer card's fields (DOMAIN.md §2), each described once, in the editor's order.

The card's read model, its checks, the editor's widgets, the merge dialog, the
import/export columns and the printed card all read this table. A field's ``label``
is its name wherever it appears; ``form.caption`` is the editor's longer caption.
"""

from __future__ import annotations

from fieldvisit.domain import card_rules as r
from fieldvisit.domain import enums as e
from fieldvisit.domain.fields.spec import Column, FieldSpec, Form, Kind, Label, Printed

L = Label


def _quick(caption: Label, *, wide: bool = False, placeholder: Label | None = None) -> Form:
    return Form("basics", "quick", caption, wide=wide, placeholder=placeholder)


_DETAILS = Form("basics", "details")
_ADDRESS = Label("Address", "地址")

ACCOUNT_FIELDS: tuple[FieldSpec, ...] = (
    # Basics tab, the first minute: name, type, status, place, phone, owner, tier.
    FieldSpec(
        "name",
        "basics",
        L("Name", "名称"),
        searched=True,
        max_length=200,
        required=r.NAME_REQUIRED,
        default="",
        form=_quick(
            L("&Name", "名称(&N)"),
            wide=True,
            placeholder=L("e.g. 北京协和医院", "例如 北京协和医院"),
        ),
        column=Column(
            "Account name",
            "客户名称",
            (
                "名称",
                "单位名称",
                "客户",
                "客户名",
                "医院名称",
                "医院",
                "机构名称",
                "终端名称",
                "药店名称",
                "account",
                "name",
                "customer",
                "customername",
                "organisation",
                "organization",
            ),
        ),
    ),
    FieldSpec(
        "account_type",
        "basics",
        L("Type", "类型"),
        Kind.ENUM,
        enum=e.AccountType,
        required=r.TYPE_REQUIRED,
        form=_quick(L("&Type", "类型(&T)")),
        column=Column(
            "Type", "类型", ("客户类型", "类别", "单位类型", "accounttype", "customertype")
        ),
    ),
    FieldSpec(
        "status",
        "relationship",
        L("Status", "客户状态"),
        Kind.ENUM,
        enum=e.AccountStatus,
        default=e.AccountStatus.TARGET,
        form=_quick(L("&Status", "客户状态(&S)")),
        column=Column("Status", "状态", ("客户状态",)),
    ),
    FieldSpec(
        "province",
        "basics",
        L("Province", "省份"),
        searched=True,
        max_length=60,
        form=_quick(L("Pro&vince", "省份(&V)")),
        printed=Printed("basics", row="address", label=_ADDRESS, contained=True),
        column=Column("Province", "省", ("省份", "state")),
    ),
    FieldSpec(
        "city",
        "basics",
        L("City", "城市"),
        searched=True,
        max_length=60,
        form=_quick(L("&City", "城市/区县(&C)")),
        printed=Printed("basics", row="address"),
        column=Column("City", "城市", ("市", "所在城市")),
    ),
    FieldSpec(
        "address",
        "basics",
        _ADDRESS,
        searched=True,
        max_length=300,
        form=_quick(L("A&ddress", "地址(&D)"), wide=True),
        printed=Printed("basics", row="address"),
        column=Column("Address", "地址", ("详细地址", "单位地址")),
    ),
    FieldSpec(
        "phone",
        "basics",
        L("Phone", "电话"),
        Kind.PHONE,
        searched=True,
        max_length=40,
        form=_quick(
            L("&Phone", "电话(&P)"), placeholder=L("e.g. 010-6529 5114", "例如 010-6529 5114")
        ),
        printed=Printed("basics"),
        column=Column("Phone", "电话", ("联系电话", "单位电话", "总机", "telephone", "tel")),
    ),
    FieldSpec(
        "owner_id",
        "relationship",
        L("Our rep", "我方负责人"),
        Kind.MEMBER,
        form=_quick(L("&Owner (rep)", "负责代表(&O)")),
        printed=Printed("basics"),
        column=Column(
            "Owner", "负责人", ("业务员", "客户经理", "医药代表", "代表", "rep", "salesrep")
        ),
    ),
    FieldSpec(
        "tier",
        "classification",
        L("Tier", "客户级别"),
        Kind.ENUM,
        enum=e.Tier,
        form=_quick(L("T&ier", "客户级别(&I)")),
        printed=Printed("classification", row="tier", label=L("Tier", "客户等级"), join=""),
        column=Column("Tier", "级别", ("分级", "客户级别", "客户分级", "等级", "class")),
    ),
    FieldSpec(
        "sub_tier",
        "classification",
        L("Sub-tier", "细分级别"),
        Kind.ENUM,
        enum=e.SubTier,
        form=_quick(L("Su&b-tier", "细分级别(&B)")),
        printed=Printed("classification", row="tier"),
        column=Column("Sub-tier", "子级", ("子级别", "细分级别")),
    ),
    # Basics tab, "More details".
    FieldSpec(
        "fax",
        "basics",
        L("Fax", "传真"),
        Kind.PHONE,
        searched=True,
        max_length=40,
        form=_DETAILS,
        printed=Printed("basics"),
        column=Column("Fax", "传真"),
    ),
    FieldSpec(
        "website",
        "basics",
        L("Website", "网址"),
        Kind.WEBSITE,
        max_length=200,
        form=_DETAILS,
        printed=Printed("basics"),
        column=Column("Website", "网址", ("网站", "主页", "web", "url")),
    ),
    FieldSpec(
        "postal_code",
        "basics",
        L("Postal code", "邮政编码"),
        max_length=20,
        form=_DETAILS,
        column=Column("Postal code", "邮编", ("邮政编码", "postcode", "zip")),
    ),
    FieldSpec(
        "legal_representative",
        "basics",
        L("Legal representative", "法人代表"),
        max_length=120,
        form=_DETAILS,
        printed=Printed("basics"),
        column=Column("Legal representative", "法人代表", ("法人", "法定代表人")),
    ),
    FieldSpec(
        "key_staff",
        "basics",
        L("Key staff", "主要人员"),
        Kind.LONG_TEXT,
        form=_DETAILS,
        printed=Printed("basics"),
    ),
    FieldSpec(
        "outlets",
        "basics",
        L("Outlets and branches", "营业网点"),
        Kind.LONG_TEXT,
        form=Form("basics", "details", L("Outlets / branches", "营业网点/分支机构")),
    ),
    FieldSpec(
        "business_scale",
        "basics",
        L("Business scale", "经营规模"),
        Kind.LONG_TEXT,
        form=Form("basics", "details", lines=2),
        printed=Printed("basics"),
    ),
    FieldSpec(
        "category_capacity_cents",
        "basics",
        L("Category sales capacity", "品类销售容量"),
        Kind.MONEY,
        form=Form(
            "basics",
            "details",
            L("Sales capacity for our category (yuan / year)", "本品类年销售容量（元/年）"),
            placeholder=L("e.g. 1,200,000", "例如 1,200,000"),
        ),
    ),
    FieldSpec(
        "house_rules",
        "basics",
        L("House rules", "内部规定"),
        Kind.LONG_TEXT,
        form=Form("basics", "details", L("House rules that affect business", "影响业务的内部规定")),
    ),
    # Relationship and Classification tab.
    FieldSpec(
        "business_began_on",
        "relationship",
        L("Business began on", "开始合作日期"),
        Kind.DATE,
        form=Form("relationship", "relationship"),
        printed=Printed("basics"),
        column=Column(
            "Business began on",
            "开始合作日期",
            ("合作日期", "业务开始日期", "建立业务日期", "businessbegan", "since"),
        ),
    ),
    FieldSpec(
        "their_handler",
        "relationship",
        L("Their contact person", "对方接洽人"),
        max_length=120,
        form=Form("relationship", "relationship", L("Their contact person (接洽人)", "对方接洽人")),
        printed=Printed("basics"),
        column=Column("Their handler", "对方接洽人", ("接洽人",)),
    ),
    FieldSpec(
        "supply_agreement_terms",
        "relationship",
        L("Supply agreement terms", "供货协议条款"),
        Kind.LONG_TEXT,
        form=Form("relationship", "relationship", lines=4),
    ),
    FieldSpec(
        "volume_band",
        "classification",
        L("Volume band (532)", "销量档次（532）"),
        Kind.ENUM,
        enum=e.VolumeBand,
        form=Form("relationship", "classification", L("532 volume band", "532 销量分档")),
    ),
    FieldSpec(
        "key_account_level",
        "classification",
        L("Key-account level", "大客户级别"),
        Kind.ENUM,
        enum=e.KeyAccountLevel,
        form=Form("relationship", "classification"),
        printed=Printed("classification"),
        column=Column("Key-account level", "大客户级别", ("重点客户级别", "kalevel")),
    ),
    FieldSpec(
        "early_tier",
        "classification",
        L("Early tier", "初期级别"),
        Kind.ENUM,
        enum=e.Tier,
        form=Form("relationship", "classification", L("Early classification (tier)", "初期分级")),
    ),
    FieldSpec(
        "man_money",
        "classification",
        L("M-A-N: money", "MAN：购买力"),
        Kind.YES_NO,
        form=Form("relationship", "man", L("Money (can pay)", "购买力 (Money)")),
    ),
    FieldSpec(
        "man_authority",
        "classification",
        L("M-A-N: authority", "MAN：决策权"),
        Kind.YES_NO,
        form=Form("relationship", "man", L("Authority (can decide)", "决策权 (Authority)")),
    ),
    FieldSpec(
        "man_need",
        "classification",
        L("M-A-N: need", "MAN：需求"),
        Kind.YES_NO,
        form=Form("relationship", "man", L("Need (has a need)", "需求 (Need)")),
    ),
    FieldSpec(
        "man_grade",
        "classification",
        L("M-A-N grade", "M-A-N 评级"),
        Kind.ENUM,
        enum=e.Grade,
        form=Form("relationship", "man", L("M-A-N prospect grade", "M-A-N 潜在客户等级")),
        printed=Printed("classification"),
    ),
    FieldSpec(
        "early_classification_notes",
        "classification",
        L("Early classification notes", "初期分级说明"),
        Kind.LONG_TEXT,
        form=Form("relationship", "early"),
    ),
    # Credit (5C) and Commercial tab.
    *(
        FieldSpec(
            f"credit_{name}",
            "credit",
            L(f"Credit: {name}", f"资信：{zh}"),
            Kind.ENUM,
            name=name,
            enum=e.Grade,
            form=Form("credit", "grades", L(name.capitalize(), f"{caption} ({name.capitalize()})")),
            printed=Printed(
                "classification",
                row="credit_5c",
                label=L(
                    "5C: capital, character, capacity, collateral, conditions",
                    "5C：资本、品德、能力、担保、环境",
                )
                if name == "capital"
                else None,
                join=" / ",
                blanks=True,
            ),
        )
        for name, zh, caption in (
            ("capital", "资本", "资本"),
            ("character", "品格", "品格"),
            ("capacity", "能力", "能力"),
            ("collateral", "担保", "担保"),
            ("conditions", "经营环境", "环境条件"),
        )
    ),
    FieldSpec(
        "credit_grade",
        "credit",
        L("Credit grade", "资信等级"),
        Kind.ENUM,
        name="grade",
        enum=e.Grade,
        form=Form("credit", "overall", L("Overall credit grade", "综合资信等级")),
        printed=Printed("classification"),
    ),
    FieldSpec(
        "credit_limit_cents",
        "credit",
        L("Credit limit", "铺底额度"),
        Kind.MONEY,
        name="limit_cents",
        form=Form(
            "credit",
            "overall",
            L("Credit limit (yuan)", "铺底额度（元）"),
            placeholder=L("e.g. 50,000", "例如 50,000"),
        ),
        printed=Printed("classification"),
    ),
    FieldSpec(
        "brands_carried",
        "commercial",
        L("Brands carried", "经营品种"),
        Kind.LONG_TEXT,
        form=Form(
            "credit",
            "commercial",
            L("Brands / varieties / specifications carried", "经营的品牌/品种/规格"),
        ),
        printed=Printed("commercial"),
    ),
    *(
        FieldSpec(
            attr,
            "commercial",
            label,
            max_length=length,
            form=Form("credit", "commercial"),
            printed=Printed(
                "commercial",
                row="settlement",
                label=L("Settlement", "结算方式") if attr == "settlement_timing" else None,
                join=" · ",
            ),
        )
        for attr, label, length in (
            ("settlement_timing", L("Settlement timing", "结算时间"), 120),
            ("settlement_method", L("Settlement method", "结算方式"), 120),
            ("invoice_type", L("Invoice type", "发票类型"), 60),
        )
    ),
    FieldSpec(
        "settlement_procedure",
        "commercial",
        L("Settlement procedure", "结算流程"),
        Kind.LONG_TEXT,
        form=Form("credit", "commercial", lines=2),
    ),
    FieldSpec(
        "settlement_contact",
        "commercial",
        L("Settlement contact", "结算联系人"),
        max_length=120,
        form=Form("credit", "commercial"),
    ),
    FieldSpec(
        "delivery_requirements",
        "commercial",
        L("Delivery requirements", "送货要求"),
        Kind.LONG_TEXT,
        form=Form(
            "credit", "commercial", L("Delivery timing and requirements", "送货时间与要求"), lines=2
        ),
        printed=Printed("commercial"),
    ),
    FieldSpec(
        "after_sales_service",
        "commercial",
        L("After-sales service", "售后服务"),
        Kind.LONG_TEXT,
        form=Form("credit", "commercial", lines=2),
    ),
    FieldSpec(
        "buying_stage",
        "commercial",
        L("Buying stage", "采购阶段"),
        Kind.ENUM,
        enum=e.BuyingStage,
        form=Form("credit", "commercial", L("Buying stage (main project)", "采购阶段（主要项目）")),
    ),
    FieldSpec(
        "notes",
        "commercial",
        L("Notes", "备注"),
        Kind.LONG_TEXT,
        form=Form("credit", "commercial"),
        printed=Printed("notes"),
        column=Column("Account notes", "客户备注", ("备注", "notes", "note", "remarks")),
    ),
)
"""Every field of the card a user edits, in the editor's order."""

CARD_GROUPS: tuple[str, ...] = ("basics", "relationship", "classification", "credit", "commercial")
"""The groups of the card's read model; a field's dotted key is ``group.name``."""

PRINT_SECTIONS: tuple[str, ...] = ("basics", "classification", "commercial", "notes")
"""The sections of the printed card that show fields; ``notes`` prints as running text."""
